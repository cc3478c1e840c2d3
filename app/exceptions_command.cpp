// SPDX-License-Identifier: GPL-3.0-or-later
#include "exceptions_command.h"

#include "actions/action_executor.h"
#include "common/order_text.h"
#include "config/config.h"
#include "db_command.h"
#include "engine/order_headline.h"
#include "print_line.h"
#include "shell/role.h"
#include "store/exception_repository.h"
#include "store/lifecycle_repository.h"
#include "store/order_repository.h"
#include "store/shipment_repository.h"
#include "store/store.h"
#include "store/wms_order_repository.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <cstring>

namespace lockstep::app {

namespace {

using namespace lockstep::core;

constexpr int kOk = 0;
constexpr int kRefused = 1;
constexpr int kUsage = 2;
constexpr int kNotForRole = 3;

// lupdate files a bare tr() under the namespace it is written in, so that is the context to look it up in.
QString tr(const char* text)
{
    return QCoreApplication::translate("lockstep::app", text);
}

int fail(const QString& message)
{
    printLine(stderr, QStringLiteral("lockstep: ") + message);
    return kUsage;
}

QString iso(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonObject exceptionJson(const ExceptionRecord& r)
{
    return {{QStringLiteral("id"), r.id},
        {QStringLiteral("type"), toString(r.type)},
        {QStringLiteral("state"), toString(r.state)},
        {QStringLiteral("severity"), toString(r.severity)},
        {QStringLiteral("owner"), toString(r.ownerTeam)},
        {QStringLiteral("subject"), r.subjectKey},
        {QStringLiteral("order"), r.orderRef},
        {QStringLiteral("sku"), r.sku},
        {QStringLiteral("facility"), r.facility},
        {QStringLiteral("reason"), r.reason},
        {QStringLiteral("suggested_action"), r.suggestedAction},
        {QStringLiteral("attempts"), r.attempts},
        {QStringLiteral("first_seen"), iso(r.firstSeen)},
        {QStringLiteral("last_seen"), iso(r.lastSeen)},
        {QStringLiteral("assignee"), r.assignee},
        {QStringLiteral("claimed_by"), r.claimedBy},
        {QStringLiteral("version"), r.version}};
}

QString jsonText(const QJsonValue& value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
}

/// The options every store command has.
struct Common
{
    QCommandLineOption db{QStringLiteral("db"),
        QCoreApplication::translate("lockstep::app",
            "Use the database FILE, or a team's PostgreSQL database at URL (postgresql://USER@HOST/DB) (default: %1).")
            .arg(QDir::toNativeSeparators(store::defaultDatabasePath())),
        QStringLiteral("FILE")};
    QCommandLineOption json{
        QStringLiteral("json"), QCoreApplication::translate("lockstep::app", "Write JSON to stdout.")};

    QString databasePath(const QCommandLineParser& parser) const
    {
        return parser.isSet(db) ? parser.value(db) : store::defaultDatabasePath();
    }
};

int listExceptions(store::Database& db,
    const QCommandLineParser& parser,
    const QCommandLineOption& type,
    const QCommandLineOption& state,
    const QCommandLineOption& limit,
    bool json)
{
    store::PageRequest request;
    if (parser.isSet(type)) {
        request.filter.type = exceptionTypeFromString(parser.value(type));
        if (!request.filter.type)
            return fail(tr("unknown exception type \"%1\"").arg(parser.value(type)));
    }
    if (parser.isSet(state)) {
        request.filter.state = exceptionStateFromString(parser.value(state));
        if (!request.filter.state)
            return fail(tr("unknown state \"%1\" (open, acknowledged, resolved)").arg(parser.value(state)));
    }
    bool limitOk = true;
    const int max = parser.isSet(limit) ? parser.value(limit).toInt(&limitOk) : 1000;
    if (!limitOk || max <= 0)
        return fail(tr("--limit needs a positive number"));
    request.sort = store::ExceptionSort::LastSeen;
    request.descending = true;
    request.limit = std::min(max, 500);

    store::ExceptionRepository exceptions(db);
    QList<ExceptionRecord> rows;
    for (;;) {
        auto page = exceptions.page(request);
        if (!page.ok())
            return fail(tr("cannot read the exceptions: %1").arg(page.error().toString()));
        rows += page->rows;
        if (!page->hasMore || rows.size() >= max || page->rows.isEmpty())
            break;
        request.after = store::ExceptionRepository::keyOf(page->rows.constLast(), request.sort);
    }
    if (rows.size() > max)
        rows.resize(max);

    if (json) {
        QJsonArray array;
        for (const ExceptionRecord& r : std::as_const(rows))
            array.append(exceptionJson(r));
        printLine(stdout, jsonText(array));
        return kOk;
    }
    for (const ExceptionRecord& r : std::as_const(rows)) {
        printLine(stdout,
            QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
                .arg(r.id)
                .arg(toString(r.type),
                    toString(r.state),
                    r.orderRef.isEmpty() ? QStringLiteral("-") : r.orderRef,
                    r.sku.isEmpty() ? QStringLiteral("-") : r.sku,
                    core::shownText(r.reasonMessage, r.reason)));
    }
    // A plain int: lupdate 6.4 does not see a translate() whose count is a static_cast<int>(...).
    const int count = static_cast<int>(rows.size());
    printLine(stderr, QCoreApplication::translate("exceptions", "%n exception(s)", nullptr, count));
    return kOk;
}

int runAction(store::Database& db,
    actions::ActionCommand command,
    const QStringList& ids,
    const std::optional<engine::Config>& config,
    bool json)
{
    if (ids.isEmpty())
        return fail(tr("give at least one exception ID"));
    for (const QString& text : ids) {
        bool ok = false;
        const qint64 id = text.toLongLong(&ok);
        if (!ok || id <= 0)
            return fail(tr("\"%1\" is not an exception ID").arg(text));
        command.targets.append({id, 0});
    }
    SystemClock clock;
    actions::ActionExecutor executor(db, clock, config ? &*config : nullptr);
    const actions::Execution done = executor.execute(command);
    if (!done.result.error.isEmpty())
        return fail(done.result.error);

    QJsonArray items;
    for (const actions::ItemOutcome& o : done.result.items) {
        // The JSON keeps the English text for scripts; a person reads it in their language.
        QString message = json ? o.message : o.shown();
        if (o.succeeded && command.kind == actions::ActionKind::Retry)
            message =
                tr("%1 The running engine sends it on its next run (or run lockstep --headless --once).").arg(message);
        if (json) {
            items.append(QJsonObject{{QStringLiteral("id"), o.exceptionId},
                {QStringLiteral("succeeded"), o.succeeded},
                {QStringLiteral("message"), message},
                {QStringLiteral("version"), o.version}});
        } else {
            printLine(o.succeeded ? stdout : stderr,
                (o.succeeded ? tr("exception %1: done. %2") : tr("exception %1: refused. %2"))
                    .arg(o.exceptionId)
                    .arg(message));
        }
    }
    if (json)
        printLine(stdout, jsonText(items));
    return done.result.refusedCount() > 0 ? kRefused : kOk;
}

int lookupOrder(store::Database& db, const QString& query, bool json)
{
    auto found = store::OrderRepository(db).lookup(query, 20);
    if (!found.ok())
        return fail(tr("cannot look the order up: %1").arg(found.error().toString()));
    if (found->isEmpty()) {
        printLine(stderr, tr("lockstep: no order matches \"%1\" (number, email or tracking number).").arg(query));
        return kRefused;
    }
    QJsonArray orders;
    for (const Order& order : std::as_const(found.value())) {
        const QString reference = SubjectKey::order(order.storefront, order.storefrontId).toString();
        auto wms = store::WmsOrderRepository(db).find(reference);
        auto shipments = store::ShipmentRepository(db).forOrder(order.storefront, order.storefrontId);
        auto events = store::LifecycleRepository(db).forOrder(order.id);
        auto exceptions = store::ExceptionRepository(db).forOrder(order.id, 100);
        if (!wms.ok() || !shipments.ok() || !events.ok() || !exceptions.ok())
            return fail(tr("cannot read the history of order %1").arg(order.number));
        std::optional<WmsView> view;
        if (wms.value()) {
            const store::WmsOrderState& w = *wms.value();
            view = WmsView{w.status, w.facility, w.orderedUnits, w.backOrderedUnits, w.firstSeen};
        }
        const OrderHeadline headline =
            deriveHeadline(order, view, shipments.value(), events.value(), QDateTime::currentDateTimeUtc());
        const QString headlineText = ui::OrderText::headline(headline);

        QJsonArray lifecycle;
        for (const LifecycleEvent& e : std::as_const(events.value())) {
            lifecycle.append(QJsonObject{{QStringLiteral("at"), iso(e.at)},
                {QStringLiteral("source"), toString(e.source)},
                {QStringLiteral("kind"), e.kind},
                {QStringLiteral("detail"), e.detail}});
        }
        QJsonArray raised;
        for (const ExceptionRecord& r : std::as_const(exceptions.value()))
            raised.append(exceptionJson(r));
        orders.append(QJsonObject{{QStringLiteral("storefront"), toString(order.storefront)},
            {QStringLiteral("id"), order.storefrontId},
            {QStringLiteral("number"), order.number},
            {QStringLiteral("status"), order.status},
            {QStringLiteral("payment"), toString(order.paymentState)},
            {QStringLiteral("total"), order.totals.total.toDecimalString()},
            {QStringLiteral("currency"), order.currency},
            {QStringLiteral("headline"), headlineText},
            {QStringLiteral("warehouse_status"), view ? toWmsText(view->status) : QString()},
            {QStringLiteral("lifecycle"), lifecycle},
            {QStringLiteral("exceptions"), raised}});

        if (!json) {
            printLine(stdout,
                tr("Order %1 (%2, %3 %4): %5")
                    .arg(order.number,
                        toString(order.storefront),
                        order.totals.total.toDecimalString(),
                        order.currency,
                        headlineText));
            for (const LifecycleEvent& e : std::as_const(events.value()))
                printLine(stdout,
                    QStringLiteral("  %1  %2  %3").arg(iso(e.at), ui::OrderText::eventTitle(e.kind), e.shownDetail()));
            for (const ExceptionRecord& r : std::as_const(exceptions.value()))
                printLine(stdout,
                    tr("  exception %1 (%2, %3): %4")
                        .arg(r.id)
                        .arg(toString(r.type), toString(r.state), core::shownText(r.reasonMessage, r.reason)));
        }
    }
    if (json)
        printLine(stdout, jsonText(QJsonObject{{QStringLiteral("query"), query}, {QStringLiteral("orders"), orders}}));
    return kOk;
}

} // namespace

bool isStoreCommand(int argc, char** argv)
{
    return argc > 1 && (std::strcmp(argv[1], "exceptions") == 0 || std::strcmp(argv[1], "lookup") == 0);
}

int runStoreCommand(QCoreApplication& application, const QStringList& arguments)
{
    Q_UNUSED(application)
    const bool lookup = arguments.value(1) == QLatin1String("lookup");
    QCommandLineParser parser;
    parser.setApplicationDescription(lookup
            ? tr("Shows an order's lifecycle and its exceptions, found by number, email or tracking number.")
            : tr("Lists and acts on exceptions: list, retry ID..., ack ID... --note TEXT [--kind K]."));
    parser.addHelpOption();
    Common common;
    const QCommandLineOption type(
        QStringLiteral("type"), tr("Only exceptions of TYPE (e.g. sku_mismatch)."), QStringLiteral("TYPE"));
    const QCommandLineOption state(QStringLiteral("state"),
        tr("Only exceptions in STATE (open, acknowledged, resolved)."),
        QStringLiteral("STATE"));
    const QCommandLineOption limit(
        QStringLiteral("limit"), tr("At most N exceptions (default 1000)."), QStringLiteral("N"));
    const QCommandLineOption note(
        QStringLiteral("note"), tr("What was done (required to acknowledge)."), QStringLiteral("TEXT"));
    const QCommandLineOption kind(QStringLiteral("kind"),
        tr("How it was resolved: %1 (default other).").arg(actions::resolutionKindNames().join(QStringLiteral(", "))),
        QStringLiteral("KIND"));
    const QCommandLineOption config(QStringLiteral("config"),
        tr("The engine's configuration FILE, so that orders never queued can be decided again."),
        QStringLiteral("FILE"));
    parser.addOptions({common.db, common.json});
    if (!lookup)
        parser.addOptions({type, state, limit, note, kind, config});
    parser.addPositionalArgument(
        QStringLiteral("command"), lookup ? tr("lookup ORDER") : tr("list | retry ID... | ack ID..."));
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        printLine(stdout, parser.helpText());
        return kOk;
    }
    const QStringList positional = parser.positionalArguments().mid(1); // after "exceptions" or "lookup"
    if (lookup && positional.size() != 1)
        return fail(tr("usage: lockstep lookup ORDER [--json] [--db FILE]"));
    const QString verb = lookup ? QString() : positional.value(0);
    if (!lookup && verb != QLatin1String("list") && verb != QLatin1String("retry") && verb != QLatin1String("ack"))
        return fail(tr("usage: lockstep exceptions list|retry|ack ... (see --help)"));

    // Refuse a bad command line before the database is touched.
    actions::ActionCommand command;
    command.actor = actions::currentOsUser();
    // The console's role (Settings, saved as ui/role) decides what this desk may do, and the audit names it.
    const ui::Role role = ui::Roles::instance().effectiveRole();
    command.role = ui::Roles::key(role);
    const auto needs = verb == QLatin1String("retry") ? std::optional(ui::RoleAction::Retry)
        : verb == QLatin1String("ack")                ? std::optional(ui::RoleAction::Acknowledge)
                                                      : std::nullopt;
    if (needs && !ui::Roles::allows(role, *needs)) {
        printLine(stderr,
            tr("lockstep: exceptions %1 is not part of the work of the role \"%2\" (set in the console's Settings); "
               "nothing was changed.")
                .arg(verb, ui::Roles::displayName(role)));
        return kNotForRole;
    }
    if (verb == QLatin1String("ack")) {
        command.kind = actions::ActionKind::Acknowledge;
        command.note = parser.value(note).trimmed();
        if (command.note.isEmpty())
            return fail(tr("exceptions ack needs --note TEXT saying what was done"));
        if (parser.isSet(kind)) {
            const auto resolution = actions::resolutionKindFromString(parser.value(kind));
            if (!resolution)
                return fail(tr("unknown --kind \"%1\"; one of %2")
                                .arg(parser.value(kind), actions::resolutionKindNames().join(QStringLiteral(", "))));
            command.resolution = *resolution;
        }
    }
    std::optional<engine::Config> engineConfig;
    if (verb == QLatin1String("retry")) {
        command.kind = actions::ActionKind::Retry;
        if (parser.isSet(config)) {
            const engine::ConfigLoad load = engine::loadConfigFile(parser.value(config));
            if (!load.ok()) {
                for (const auto& issue : load.issues)
                    printLine(stderr, tr("lockstep: configuration %1: %2").arg(parser.value(config), issue.toString()));
                return kUsage;
            }
            engineConfig = load.config;
        }
    }

    const QString path = common.databasePath(parser);
    useDatabasePasswordFromKeychain(path);
    auto db = store::openStore(path);
    if (!db.ok())
        return fail(tr("cannot open the database %1: %2").arg(store::displayLocation(path), db.error().toString()));
    const bool json = parser.isSet(common.json);
    if (lookup)
        return lookupOrder(db.value(), positional.constFirst(), json);
    if (verb == QLatin1String("list"))
        return listExceptions(db.value(), parser, type, state, limit, json);
    return runAction(db.value(), command, positional.mid(1), engineConfig, json);
}

} // namespace lockstep::app
