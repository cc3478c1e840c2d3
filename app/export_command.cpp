// SPDX-License-Identifier: GPL-3.0-or-later
#include "export_command.h"

#include "db_command.h"
#include "domain/exception_record.h"
#include "print_line.h"
#include "reports/report_catalog.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

#include <cstdio>
#include <cstring>

namespace lockstep::app {

namespace {

using namespace lockstep::core;

constexpr int kOk = 0;
constexpr int kFailed = 1;
constexpr int kUsage = 2;
constexpr qint64 kProgressEvery = 100000; // rows between progress lines on stderr

QString tr(const char* text)
{
    return QCoreApplication::translate("export", text);
}

int fail(int code, const QString& message)
{
    printLine(stderr, QStringLiteral("lockstep export: ") + message);
    return code;
}

/// YYYY-MM-DD, "today" or "yesterday" (UTC), or an invalid date.
QDate parseDay(const QString& text)
{
    const QDate today = QDateTime::currentDateTimeUtc().date();
    if (text == QLatin1String("today"))
        return today;
    if (text == QLatin1String("yesterday"))
        return today.addDays(-1);
    return QDate::fromString(text, Qt::ISODate);
}

QStringList listValue(const QString& text)
{
    QStringList out;
    for (const QString& part : text.split(u',', Qt::SkipEmptyParts))
        out.append(part.trimmed());
    return out;
}

} // namespace

bool isExportCommand(int argc, char** argv)
{
    return argc > 1 && std::strcmp(argv[1], "export") == 0;
}

int runExportCommand(QCoreApplication& application, const QStringList& arguments)
{
    Q_UNUSED(application)
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Writes a finance report to a CSV or XLSX file (atomically, with a "
                                        "manifest beside it): discrepancies, reconciliation, exceptions or audit."));
    parser.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"),
        tr("Read the database FILE, or a team's PostgreSQL database at URL (postgresql://USER@HOST/DB) (default: %1).")
            .arg(QDir::toNativeSeparators(store::defaultDatabasePath())),
        QStringLiteral("FILE"));
    const QCommandLineOption from(
        QStringLiteral("from"), tr("First day, YYYY-MM-DD (UTC), today or yesterday."), QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), tr("Last day, included, like --from."), QStringLiteral("DATE"));
    const QCommandLineOption format(
        QStringLiteral("format"), tr("csv or xlsx (default: from the file name)."), QStringLiteral("FORMAT"));
    const QCommandLineOption out(QStringLiteral("out"), tr("The file to write."), QStringLiteral("FILE"));
    const QCommandLineOption kind(QStringLiteral("kind"),
        tr("discrepancies: only these kinds, comma-separated (totals_mismatch, shipped_not_confirmed, "
           "cancelled_but_shipped, refunded_without_return, stock_drift)."),
        QStringLiteral("KINDS"));
    const QCommandLineOption storefront(QStringLiteral("storefront"),
        tr("reconciliation: one storefront (woocommerce, commercetools)."),
        QStringLiteral("NAME"));
    const QCommandLineOption ordersIn(QStringLiteral("orders-in"),
        tr("reconciliation: instead of the days, the orders behind them that count in BUCKET (sales, shipped, "
           "cancelled, refunded, difference)."),
        QStringLiteral("BUCKET"));
    const QCommandLineOption currency(QStringLiteral("currency"),
        tr("reconciliation with --orders-in: only orders in this currency."),
        QStringLiteral("CODE"));
    const QCommandLineOption type(
        QStringLiteral("type"), tr("exceptions: one type (e.g. totals_mismatch)."), QStringLiteral("TYPE"));
    const QCommandLineOption state(
        QStringLiteral("state"), tr("exceptions: one state (open, acknowledged, resolved)."), QStringLiteral("STATE"));
    const QCommandLineOption text(
        QStringLiteral("text"), tr("audit: actor, action or subject contains TEXT."), QStringLiteral("TEXT"));
    const QCommandLineOption columns(QStringLiteral("columns"),
        tr("Only these columns of the report, comma-separated header names."),
        QStringLiteral("LIST"));
    parser.addOptions({db, from, to, format, out, kind, storefront, ordersIn, currency, type, state, text, columns});
    parser.addPositionalArgument(QStringLiteral("report"), tr("discrepancies | reconciliation | exceptions | audit"));
    const QString usage =
        tr("usage: lockstep export discrepancies|reconciliation|exceptions|audit --from DATE --to DATE "
           "--format csv|xlsx --out FILE [--db FILE] (see --help)");
    if (!parser.parse(arguments))
        return fail(kUsage, parser.errorText() + u'\n' + usage);
    if (parser.isSet(QStringLiteral("help"))) {
        printLine(stdout, parser.helpText());
        return kOk;
    }

    // Everything about the command line is checked before the database is touched.
    const QStringList positional = parser.positionalArguments().mid(1); // after "export"
    if (positional.size() != 1)
        return fail(kUsage, usage);
    reports::ReportParams params;
    const auto report = reports::reportKindFromString(positional[0]);
    if (!report)
        return fail(kUsage, tr("unknown report \"%1\"\n%2").arg(positional[0], usage));
    params.kind = *report;
    if (!parser.isSet(from) || !parser.isSet(to))
        return fail(kUsage, tr("--from DATE and --to DATE are both needed\n%1").arg(usage));
    params.from = parseDay(parser.value(from));
    params.to = parseDay(parser.value(to));
    if (!params.from.isValid())
        return fail(kUsage, tr("--from \"%1\" is not a date (YYYY-MM-DD, today or yesterday)").arg(parser.value(from)));
    if (!params.to.isValid())
        return fail(kUsage, tr("--to \"%1\" is not a date (YYYY-MM-DD, today or yesterday)").arg(parser.value(to)));
    if (params.from > params.to)
        return fail(kUsage,
            tr("--from %1 is after --to %2").arg(params.from.toString(Qt::ISODate), params.to.toString(Qt::ISODate)));
    if (!parser.isSet(out) || parser.value(out).isEmpty())
        return fail(kUsage, tr("--out FILE is needed\n%1").arg(usage));
    const QString outputPath = parser.value(out);
    const QString formatText =
        parser.isSet(format) ? parser.value(format).toLower() : QFileInfo(outputPath).suffix().toLower();
    if (formatText != QLatin1String("csv") && formatText != QLatin1String("xlsx"))
        return fail(kUsage, tr("--format must be csv or xlsx (got \"%1\")").arg(formatText));
    const auto fileFormat =
        formatText == QLatin1String("csv") ? reports::ExportFormat::Csv : reports::ExportFormat::Xlsx;
    for (const QString& k : listValue(parser.value(kind))) {
        const auto d = store::discrepancyKindFromString(k);
        if (!d)
            return fail(kUsage, tr("unknown discrepancy kind \"%1\"").arg(k));
        params.discrepancyKinds.append(*d);
    }
    params.storefront = parser.value(storefront);
    if (parser.isSet(ordersIn) && params.kind != reports::ReportKind::Reconciliation)
        return fail(kUsage, tr("--orders-in is for the reconciliation report"));
    if (parser.isSet(ordersIn)) {
        const QString bucket = parser.value(ordersIn);
        params.drillBucket = bucket == QLatin1String("difference") ? std::optional(store::ReconciliationBucket::Open)
                                                                   : store::reconciliationBucketFromString(bucket);
        if (!params.drillBucket || bucket == QLatin1String("open"))
            return fail(kUsage, tr("--orders-in must be sales, shipped, cancelled, refunded or difference"));
        params.drillCurrency = parser.value(currency).toUpper();
    }
    params.exceptionType = parser.value(type);
    if (!params.exceptionType.isEmpty() && !exceptionTypeFromString(params.exceptionType))
        return fail(kUsage, tr("unknown exception type \"%1\"").arg(params.exceptionType));
    params.exceptionState = parser.value(state);
    if (!params.exceptionState.isEmpty() && !exceptionStateFromString(params.exceptionState))
        return fail(kUsage, tr("unknown state \"%1\" (open, acknowledged, resolved)").arg(params.exceptionState));
    params.text = parser.value(text);
    params.columns = listValue(parser.value(columns));
    QStringList known;
    for (const reports::Column& c :
        params.drillBucket ? reports::ReconciliationOrdersSource::headers() : reports::reportColumns(params.kind))
        known.append(c.header);
    for (const QString& c : params.columns) {
        if (!known.contains(c))
            return fail(kUsage,
                tr("the %1 report has no column \"%2\"; its columns: %3")
                    .arg(toString(params.kind), c, known.join(u',')));
    }

    const QString databasePath = parser.isSet(db) ? parser.value(db) : store::defaultDatabasePath();
    if (!store::isServerLocation(databasePath) && !QFileInfo::exists(databasePath))
        return fail(kFailed, tr("no database at %1").arg(QDir::toNativeSeparators(databasePath)));
    // Read-only, so an export never migrates: the schema must already be this version's.
    useDatabasePasswordFromKeychain(databasePath);
    auto database = store::openStore(databasePath, store::Database::Mode::ReadOnly);
    if (!database.ok() && database.error().code == ErrorCode::SchemaTooNew)
        return fail(kFailed,
            tr("%1: a newer version of Lockstep wrote this database; update Lockstep to export from it")
                .arg(database.error().toString()));
    if (!database.ok() && database.error().code == ErrorCode::NotFound)
        return fail(kFailed,
            tr("%1: start this version of Lockstep once with this database (the console, or lockstep --headless "
               "--once) so that it migrates the schema, then export again")
                .arg(database.error().toString()));
    if (!database.ok())
        return fail(kFailed, tr("cannot open the database: %1").arg(database.error().toString()));

    qint64 lastShown = 0;
    const auto progress = [&lastShown](qint64 rows) {
        if (rows - lastShown < kProgressEvery)
            return;
        lastShown = rows;
        printLine(stderr, tr("lockstep export: %1 rows written").arg(rows));
    };
    auto written = reports::exportReport(database.value(), params, outputPath, fileFormat, nullptr, progress);
    if (!written.ok())
        return fail(kFailed, tr("the export failed, no file was written: %1").arg(written.error().toString()));
    printLine(stdout,
        tr("lockstep export: %1 rows of %2 written to %3 (sha256 %4); manifest %5")
            .arg(written->rows)
            .arg(toString(params.kind),
                QDir::toNativeSeparators(outputPath),
                QString::fromLatin1(written->sha256),
                QDir::toNativeSeparators(written->manifestPath)));
    return kOk;
}

} // namespace lockstep::app
