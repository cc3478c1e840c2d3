// SPDX-License-Identifier: GPL-3.0-or-later
#include "alert_rules.h"

#include "common/display_format.h"
#include "shell/navigation.h"

#include <QLocale>

namespace lockstep::ui {

qint64 AlertSnapshot::openTotal() const
{
    qint64 total = 0;
    for (qint64 n : openCounts)
        total += n;
    return total;
}

AlertRules::AlertRules(AlertPolicy policy)
    : m_policy(policy)
{}

bool AlertRules::coolingDown(Alert::Kind kind, const QDateTime& now) const
{
    const QDateTime last = m_lastAlert.value(static_cast<int>(kind));
    return last.isValid() && last.secsTo(now) < m_policy.cooldownSeconds;
}

QList<Alert> AlertRules::evaluate(const AlertSnapshot& s)
{
    QList<Alert> out;
    const qint64 total = s.openTotal();
    if (!m_baseline) {
        // What is open at start is known already; only changes from here on are news.
        m_baseline = true;
        for (const auto& c : s.causes)
            m_knownCauses.insert(core::toString(c.type) + u'|' + c.signature);
        m_lastTotal = total;
        return out;
    }

    // New causes: each signature once, however often it comes and goes afterwards.
    QList<AlertSnapshot::Cause> fresh;
    for (const auto& c : s.causes) {
        const QString key = core::toString(c.type) + u'|' + c.signature;
        if (!m_knownCauses.contains(key)) {
            m_knownCauses.insert(key);
            fresh.append(c);
        }
    }
    if (!fresh.isEmpty() && fresh.size() <= m_policy.maxCausesListed) {
        for (const auto& c : fresh) {
            out.append({Alert::Kind::NewCause,
                tr("New cause in %1").arg(Navigation::queueName(c.type)),
                tr("%1 (%n open)", nullptr, static_cast<int>(c.count)).arg(c.signature),
                c.type});
        }
    } else if (!fresh.isEmpty()) {
        QStringList names;
        for (int i = 0; i < m_policy.maxCausesListed; ++i)
            names << fresh.at(i).signature;
        out.append({Alert::Kind::NewCause,
            tr("%n new cause(s) of exceptions", nullptr, static_cast<int>(fresh.size())),
            tr("Among them: %1").arg(names.join(QStringLiteral("; "))),
            fresh.constFirst().type});
    }

    // Spike: the growth of the open total within the window (resolutions in between only make it quieter).
    const qint64 arrived = std::max<qint64>(0, total - m_lastTotal);
    m_lastTotal = total;
    if (arrived > 0)
        m_arrivals.emplace_back(s.at, arrived);
    while (!m_arrivals.empty() && m_arrivals.front().first.secsTo(s.at) > m_policy.spikeWindowSeconds)
        m_arrivals.pop_front();
    qint64 inWindow = 0;
    for (const auto& [when, n] : m_arrivals)
        inWindow += n;
    if (inWindow >= m_policy.spikeCount && !coolingDown(Alert::Kind::Spike, s.at)) {
        m_lastAlert.insert(static_cast<int>(Alert::Kind::Spike), s.at);
        m_arrivals.clear(); // the next spike is counted from here
        out.append({Alert::Kind::Spike,
            tr("Spike of exceptions"),
            tr("%n new exception(s) in the last %1.", nullptr, static_cast<int>(inWindow))
                .arg(DisplayFormat::duration(m_policy.spikeWindowSeconds)),
            std::nullopt});
    }

    // A backlog about to pass the warehouse cutoff.
    if (s.nearCutoff > 0 && !coolingDown(Alert::Kind::Cutoff, s.at)) {
        m_lastAlert.insert(static_cast<int>(Alert::Kind::Cutoff), s.at);
        out.append({Alert::Kind::Cutoff,
            tr("Warehouse cutoff approaching"),
            tr("%n open exception(s) pass the warehouse cutoff soon; the first %1.",
                nullptr,
                static_cast<int>(s.nearCutoff))
                .arg(DisplayFormat::timeLeft(s.firstCutoff, s.at)),
            core::ExceptionType::CancellationPastCutoff});
    }
    return out;
}

void AlertRules::setConnectorSync(const QString& connector, const QDateTime& lastSuccessAt, const QDateTime& now)
{
    auto it = m_connectors.find(connector);
    if (it == m_connectors.end())
        it = m_connectors.insert(connector, Connector{lastSuccessAt, now, false});
    if (lastSuccessAt.isValid() && (!it->lastSuccessAt.isValid() || lastSuccessAt > it->lastSuccessAt)) {
        it->lastSuccessAt = lastSuccessAt;
        // It synced again: a later stop is news once more.
        if (lastSuccessAt.secsTo(now) <= m_policy.stoppedAfterSeconds)
            it->announced = false;
    }
}

QList<Alert> AlertRules::evaluateConnectors(const QDateTime& now)
{
    QList<Alert> out;
    for (auto it = m_connectors.begin(); it != m_connectors.end(); ++it) {
        Connector& c = it.value();
        const QDateTime since = c.lastSuccessAt.isValid() ? c.lastSuccessAt : c.firstSeen;
        if (c.announced || since.secsTo(now) <= m_policy.stoppedAfterSeconds)
            continue;
        c.announced = true;
        out.append({Alert::Kind::ConnectorStopped,
            tr("%1 stopped syncing").arg(it.key()),
            c.lastSuccessAt.isValid() ? tr("No successful call to %1 for %2 (last at %3).")
                                            .arg(it.key(),
                                                DisplayFormat::duration(since.secsTo(now)),
                                                DisplayFormat::localTime(c.lastSuccessAt))
                                      : tr("No successful call to %1 since the console started %2 ago.")
                                            .arg(it.key(), DisplayFormat::duration(since.secsTo(now))),
            std::nullopt});
    }
    return out;
}

} // namespace lockstep::ui
