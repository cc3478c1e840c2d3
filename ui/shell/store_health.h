// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace lockstep::ui {

class BackgroundReader;

/// Whether a database server answers, watched off the UI thread: every few seconds a trivial read on a connection of
/// its own, which waits a few seconds at most. The window learns of a server gone away (lost) within one period and
/// that deadline, and of its return (back) as soon after; a read of its own on the UI thread is never needed to find
/// out. Thread: UI.
class StoreHealth : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds kPeriod{3000};
    static constexpr std::chrono::milliseconds kDeadline{3000};

    explicit StoreHealth(const QString& databasePath, QObject* parent = nullptr);

    bool isAnswering() const { return m_answering; }
    /// When the first read that failed was asked for; invalid while the server answers.
    QDateTime lostSince() const { return m_lostSince; }

    /// Asks now (a window shown again, a refresh a person asked for), unless a check is already on its way.
    void checkNow();

Q_SIGNALS:
    /// The server stopped answering; `problem` says how (in English, no password).
    void lost(const QString& problem);
    /// It answers again.
    void back();

private:
    BackgroundReader* m_reader = nullptr;
    QTimer m_timer;
    bool m_answering = true;
    bool m_checking = false;
    QDateTime m_lostSince;
};

} // namespace lockstep::ui
