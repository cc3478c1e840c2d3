// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/exception_record.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>

#include <deque>
#include <optional>

namespace lockstep::ui {

/// What the store says at one moment: open counts, the causes (type + signature) that are open, and how many
/// open exceptions reach their warehouse cutoff soon.
struct AlertSnapshot
{
    struct Cause
    {
        core::ExceptionType type = core::ExceptionType::FailedAllocation;
        QString signature;
        qint64 count = 0;
    };

    QDateTime at; ///< UTC
    QHash<core::ExceptionType, qint64> openCounts;
    QList<Cause> causes;
    qint64 nearCutoff = 0; ///< open exceptions whose cutoff falls within the policy's horizon
    QDateTime firstCutoff; ///< UTC, the earliest of those; invalid when none

    qint64 openTotal() const;
};

/// One notification for a person.
struct Alert
{
    enum class Kind
    {
        NewCause,
        Spike,
        Cutoff,
        ConnectorStopped
    };
    Kind kind = Kind::NewCause;
    QString title;
    QString message;
    std::optional<core::ExceptionType> queue; ///< the queue to open when the notification is clicked
};

/// The thresholds; defaults suit a busy warehouse (`alerts/...` in QSettings can change them).
struct AlertPolicy
{
    qint64 spikeCount = 25; ///< this many new exceptions ...
    qint64 spikeWindowSeconds = 600; ///< ... within this window is a spike
    qint64 cutoffHorizonSeconds = 3600; ///< "about to pass the cutoff": within this much time
    qint64 stoppedAfterSeconds = 900; ///< a connector without a successful call for this long has stopped syncing
    qint64 cooldownSeconds = 900; ///< the same kind of alert (spike, cutoff) at most once per this period
    int maxCausesListed = 3; ///< more new causes at once than this become one summary
};

/// Decides what deserves a notification and keeps the console from crying wolf: a new cause is announced once,
/// a spike and a cutoff backlog at most once per cooldown, a stopped connector once until it syncs again. The
/// first snapshot is the baseline: what is already open when the console starts is not news. Pure logic over
/// values (no timer, no tray, no store), so tests drive it with made-up snapshots and times. Thread: UI.
class AlertRules
{
    Q_DECLARE_TR_FUNCTIONS(lockstep::ui::AlertRules)

public:
    explicit AlertRules(AlertPolicy policy = {});

    const AlertPolicy& policy() const { return m_policy; }
    /// The alerts a new snapshot calls for.
    QList<Alert> evaluate(const AlertSnapshot& snapshot);
    /// A connector's last successful call (invalid: none yet), as its health reports it; `now` is UTC.
    void setConnectorSync(const QString& connector, const QDateTime& lastSuccessAt, const QDateTime& now);
    /// The alerts for connectors that stopped syncing by `now`.
    QList<Alert> evaluateConnectors(const QDateTime& now);

private:
    struct Connector
    {
        QDateTime lastSuccessAt;
        QDateTime firstSeen;
        bool announced = false;
    };
    bool coolingDown(Alert::Kind kind, const QDateTime& now) const;

    AlertPolicy m_policy;
    bool m_baseline = false;
    QSet<QString> m_knownCauses;
    qint64 m_lastTotal = 0;
    std::deque<std::pair<QDateTime, qint64>> m_arrivals; ///< (when, how many new) within the spike window
    QHash<int, QDateTime> m_lastAlert; ///< Alert::Kind -> when it was last raised
    QHash<QString, Connector> m_connectors;
};

} // namespace lockstep::ui
