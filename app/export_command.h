// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace lockstep::app {

/// `lockstep export discrepancies|reconciliation|exceptions|audit --from DATE --to DATE --format csv|xlsx
/// --out FILE [--db FILE]` writes a finance report for scheduled tasks, through a read-only connection.
/// DATE is YYYY-MM-DD (a UTC day, both ends included), `today` or `yesterday`. Filters: --kind K,... for
/// discrepancies, --storefront S and --orders-in BUCKET [--currency C] (the orders behind its cells) for the
/// reconciliation, --type T and --state S for exceptions, --text T for
/// the audit log; --columns a,b,... picks the columns of the report's first sheet. Progress goes to stderr.
/// Exit codes: 0 written, 1 the export failed (no file is left behind), 2 usage.
/// Thread: the main thread.
int runExportCommand(QCoreApplication& application, const QStringList& arguments);

/// True when the arguments name the export command (`lockstep export ...`).
bool isExportCommand(int argc, char** argv);

} // namespace lockstep::app
