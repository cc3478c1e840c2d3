// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/clock.h"
#include "store/database.h"

#include <QString>

#include <chrono>
#include <optional>

namespace lockstep::ui {

/// How long a read on the UI thread waits for a database server before it fails (and the page says so): the window
/// never hangs on a server that stopped answering. The background readers wait as long as the engine.
inline constexpr std::chrono::milliseconds kWindowResponseDeadline{4000};

/// A page's own read-only connection to the store, opened on first use and kept for the page's life, and
/// the clock the page reads "now" from (the system clock unless a test sets another).
/// Thread: UI (the connection never leaves the thread that opened it).
class ReadConnection
{
public:
    explicit ReadConnection(QString databasePath);

    /// The open connection, or nullptr when the store cannot be read; errorText() then says why.
    core::store::Database* database();
    QString errorText() const { return m_error; }

    QDateTime nowUtc() const { return m_clock->nowUtc(); }
    /// Not owned; must outlive the page. nullptr restores the system clock.
    void setClock(const core::Clock* clock);

private:
    QString m_path;
    std::optional<core::store::Database> m_db;
    QString m_error;
    const core::Clock* m_clock;
};

} // namespace lockstep::ui
