// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema.h"

#include <QRegularExpression>

#include <algorithm>

namespace lockstep::core::store {

namespace {

// Times are INTEGER milliseconds since the epoch (UTC); money is INTEGER minor units beside a currency.
constexpr const char* kV1 = R"SQL(
CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    storefront TEXT NOT NULL,
    storefront_id TEXT NOT NULL,
    number TEXT NOT NULL,
    status TEXT NOT NULL,
    payment_state TEXT NOT NULL,
    currency TEXT NOT NULL,
    subtotal_minor INTEGER NOT NULL DEFAULT 0,
    discount_minor INTEGER NOT NULL DEFAULT 0,
    shipping_minor INTEGER NOT NULL DEFAULT 0,
    tax_minor INTEGER NOT NULL DEFAULT 0,
    total_minor INTEGER NOT NULL DEFAULT 0,
    customer_name TEXT NOT NULL DEFAULT '',
    customer_email TEXT NOT NULL DEFAULT '',
    ship_to_country TEXT NOT NULL DEFAULT '',
    channel TEXT NOT NULL DEFAULT '',
    created_at INTEGER,
    modified_at INTEGER,
    paid_at INTEGER,
    UNIQUE (storefront, storefront_id)
);
CREATE INDEX orders_by_number ON orders (number);
CREATE INDEX orders_by_email ON orders (customer_email COLLATE NOCASE);
CREATE INDEX orders_by_created ON orders (created_at, id);

CREATE TABLE order_lines (
    order_id INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    line_number INTEGER NOT NULL,
    sku TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL DEFAULT '',
    quantity INTEGER NOT NULL,
    unit_price_minor INTEGER NOT NULL DEFAULT 0,
    total_minor INTEGER NOT NULL DEFAULT 0,
    tax_minor INTEGER NOT NULL DEFAULT 0,
    storefront_line_id TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (order_id, line_number)
);
CREATE INDEX order_lines_by_sku ON order_lines (sku);

CREATE TABLE order_custom_fields (
    order_id INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (order_id, key)
);

CREATE TABLE items (
    sku TEXT PRIMARY KEY,
    wms_item_id TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE bundle_components (
    bundle_sku TEXT NOT NULL REFERENCES items (sku) ON DELETE CASCADE,
    component_sku TEXT NOT NULL,
    quantity INTEGER NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (bundle_sku, component_sku)
);

CREATE TABLE stock (
    sku TEXT NOT NULL,
    facility TEXT NOT NULL,
    on_hand INTEGER NOT NULL,
    allocated INTEGER NOT NULL,
    available INTEGER NOT NULL,
    updated_at INTEGER,
    PRIMARY KEY (sku, facility)
);

CREATE TABLE shipments (
    id INTEGER PRIMARY KEY,
    wms_shipment_id TEXT NOT NULL UNIQUE,
    storefront TEXT NOT NULL,
    storefront_order_id TEXT NOT NULL,
    facility TEXT NOT NULL DEFAULT '',
    carrier TEXT NOT NULL DEFAULT '',
    tracking_number TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL,
    shipped_units INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER,
    collected_at INTEGER
);
CREATE INDEX shipments_by_tracking ON shipments (tracking_number);
CREATE INDEX shipments_by_order ON shipments (storefront, storefront_order_id);

CREATE TABLE lifecycle_events (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    at INTEGER NOT NULL,
    source TEXT NOT NULL,
    kind TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX lifecycle_by_order ON lifecycle_events (order_id, at, id);

CREATE TABLE exceptions (
    id INTEGER PRIMARY KEY,
    type TEXT NOT NULL,
    subject_key TEXT NOT NULL,
    state TEXT NOT NULL,
    severity INTEGER NOT NULL,
    owner_team TEXT NOT NULL,
    order_ref TEXT NOT NULL DEFAULT '',
    order_id INTEGER REFERENCES orders (id) ON DELETE SET NULL,
    sku TEXT NOT NULL DEFAULT '',
    facility TEXT NOT NULL DEFAULT '',
    signature TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL,
    suggested_action TEXT NOT NULL DEFAULT '',
    payload TEXT NOT NULL DEFAULT '{}',
    attempts INTEGER NOT NULL DEFAULT 0,
    first_seen INTEGER NOT NULL,
    last_seen INTEGER NOT NULL,
    sla_due INTEGER,
    cutoff_at INTEGER,
    assignee TEXT NOT NULL DEFAULT '',
    claimed_by TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (type, subject_key)
);
-- Keyset paging: one index per sort column, with and without the type filter, ending in id.
CREATE INDEX exceptions_tl ON exceptions (type, state, last_seen, id);
CREATE INDEX exceptions_tf ON exceptions (type, state, first_seen, id);
CREATE INDEX exceptions_ts ON exceptions (type, state, severity, id);
CREATE INDEX exceptions_to ON exceptions (type, state, order_ref, id);
CREATE INDEX exceptions_sl ON exceptions (state, last_seen, id);
CREATE INDEX exceptions_sf ON exceptions (state, first_seen, id);
CREATE INDEX exceptions_ss ON exceptions (state, severity, id);
CREATE INDEX exceptions_so ON exceptions (state, order_ref, id);
CREATE INDEX exceptions_by_order ON exceptions (order_id);
CREATE INDEX exceptions_by_signature ON exceptions (type, signature);

CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    idempotency_key TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    target TEXT NOT NULL,
    payload TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending',
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    last_error TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX outbox_due ON outbox (state, next_attempt_at, id);

CREATE TABLE sync_cursors (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    subject_type TEXT NOT NULL,
    subject_id TEXT NOT NULL,
    before TEXT NOT NULL DEFAULT '',
    after TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_by_subject ON audit_log (subject_type, subject_id, at, id);
CREATE INDEX audit_by_time ON audit_log (at, id);
)SQL";
// The audit log is append-only, enforced here and not by convention.
constexpr const char* kV1AuditSqlite = R"SQL(
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
)SQL";
// On PostgreSQL the versions applied are rows (userVersion()), and TRUNCATE is refused too; the README's setup
// also revokes UPDATE, DELETE and TRUNCATE on the log from the engine's and the consoles' roles.
constexpr const char* kV1Postgres = R"SQL(
CREATE TABLE schema_migrations (
    version BIGINT PRIMARY KEY,
    applied_at BIGINT NOT NULL
);
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only';
END
$$;
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM PUBLIC;
-- Rights the owner's default privileges gave other roles on every new table are taken back on this one.
DO $$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT DISTINCT grantee FROM information_schema.role_table_grants
        WHERE table_name = 'audit_log' AND privilege_type IN ('UPDATE', 'DELETE', 'TRUNCATE')
            AND grantee NOT IN ('PUBLIC', current_user)
    LOOP
        EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM %I', r.grantee);
    END LOOP;
END
$$;
)SQL";

// Version 2: storefront-to-WMS SKU mappings made by people, and substring search over exceptions.
// The trigram index answers "contains" filters on a million rows without a scan.
constexpr const char* kV2 = R"SQL(
CREATE TABLE sku_map (
    storefront TEXT NOT NULL,
    storefront_sku TEXT NOT NULL,
    wms_sku TEXT NOT NULL,
    created_by TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    PRIMARY KEY (storefront, storefront_sku)
);
)SQL";
constexpr const char* kV2Sqlite = R"SQL(
CREATE VIRTUAL TABLE exceptions_fts USING fts5 (
    order_ref, sku, facility, reason,
    content = 'exceptions', content_rowid = 'id', tokenize = 'trigram'
);
INSERT INTO exceptions_fts (rowid, order_ref, sku, facility, reason)
    SELECT id, order_ref, sku, facility, reason FROM exceptions;
CREATE TRIGGER exceptions_fts_insert AFTER INSERT ON exceptions BEGIN
    INSERT INTO exceptions_fts (rowid, order_ref, sku, facility, reason)
    VALUES (new.id, new.order_ref, new.sku, new.facility, new.reason);
END;
CREATE TRIGGER exceptions_fts_delete AFTER DELETE ON exceptions BEGIN
    INSERT INTO exceptions_fts (exceptions_fts, rowid, order_ref, sku, facility, reason)
    VALUES ('delete', old.id, old.order_ref, old.sku, old.facility, old.reason);
END;
CREATE TRIGGER exceptions_fts_update AFTER UPDATE OF order_ref, sku, facility, reason ON exceptions BEGIN
    INSERT INTO exceptions_fts (exceptions_fts, rowid, order_ref, sku, facility, reason)
    VALUES ('delete', old.id, old.order_ref, old.sku, old.facility, old.reason);
    INSERT INTO exceptions_fts (rowid, order_ref, sku, facility, reason)
    VALUES (new.id, new.order_ref, new.sku, new.facility, new.reason);
END;
)SQL";
// PostgreSQL's trigram index (pg_trgm, trusted: the database's owner may create it) on the text the search reads
// (kSearchedText in exception_repository.cpp), serving ILIKE '%...%'.
constexpr const char* kV2Postgres = R"SQL(
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX exceptions_text ON exceptions
    USING gin ((order_ref || ' ' || sku || ' ' || facility || ' ' || reason) gin_trgm_ops);
)SQL";

// Version 3: the warehouse's view of each order (acknowledgement, allocation, totals) and what was last
// pushed to each storefront's stock (inventory drift is measured against it).
constexpr const char* kV3 = R"SQL(
CREATE TABLE wms_orders (
    reference TEXT PRIMARY KEY,
    wms_id TEXT NOT NULL,
    number TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,
    facility TEXT NOT NULL DEFAULT '',
    currency TEXT NOT NULL DEFAULT '',
    total_minor INTEGER NOT NULL DEFAULT 0,
    ordered_units INTEGER NOT NULL DEFAULT 0,
    allocated_units INTEGER NOT NULL DEFAULT 0,
    back_ordered_units INTEGER NOT NULL DEFAULT 0,
    shipped_units INTEGER NOT NULL DEFAULT 0,
    first_seen INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX wms_orders_by_wms_id ON wms_orders (wms_id);
CREATE INDEX wms_orders_by_number ON wms_orders (number);
CREATE INDEX wms_orders_by_status ON wms_orders (status, updated_at);

CREATE TABLE stock_pushes (
    storefront TEXT NOT NULL,
    sku TEXT NOT NULL,
    quantity INTEGER NOT NULL,
    pushed_at INTEGER NOT NULL,
    PRIMARY KEY (storefront, sku)
);
)SQL";

// Version 4: the dashboard counts acknowledgements per hour; first_seen needs its own index for that.
constexpr const char* kV4 = R"SQL(
CREATE INDEX wms_orders_by_first_seen ON wms_orders (first_seen);
)SQL";

// Version 5: what people's actions keep. An acknowledgement's resolution lives apart from the failure
// (kept for reports after a reopen); a facility chosen for one order and custom checkout fields mapped
// by a person are read by the order intake; bulk actions select by SKU.
constexpr const char* kV5 = R"SQL(
CREATE TABLE exception_resolutions (
    id INTEGER PRIMARY KEY,
    exception_id INTEGER NOT NULL REFERENCES exceptions (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    note TEXT NOT NULL CHECK (length(trim(note)) > 0),
    resolved_by TEXT NOT NULL,
    resolved_at INTEGER NOT NULL,
    reopened_by TEXT NOT NULL DEFAULT '',
    reopened_at INTEGER
);
CREATE INDEX exception_resolutions_by_exception ON exception_resolutions (exception_id, resolved_at, id);
CREATE INDEX exception_resolutions_by_time ON exception_resolutions (resolved_at, id);

CREATE TABLE order_overrides (
    order_id INTEGER PRIMARY KEY REFERENCES orders (id) ON DELETE CASCADE,
    facility TEXT NOT NULL DEFAULT '',
    updated_by TEXT NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE TABLE custom_field_map (
    storefront_field TEXT PRIMARY KEY,
    wms_field TEXT NOT NULL,
    created_by TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL
);

CREATE INDEX exceptions_by_sku ON exceptions (sku, type, state, id);
)SQL";
// Version 6: what the exception queues group and rank by, and what the sweep reads. Causes are open
// exceptions grouped by (type, signature); cases are open exceptions grouped by order; pending orders and
// late cancellations are ranked by the warehouse cutoff. Collected shipments are read by collection time.
constexpr const char* kV6 = R"SQL(
CREATE INDEX exceptions_by_cause ON exceptions (state, type, signature, first_seen);
CREATE INDEX exceptions_by_case ON exceptions (state, order_id, severity, first_seen, order_ref);
CREATE INDEX exceptions_by_cutoff ON exceptions (state, type, cutoff_at, id) WHERE cutoff_at IS NOT NULL;
CREATE INDEX shipments_by_collected ON shipments (collected_at) WHERE collected_at IS NOT NULL;
)SQL";
// Version 7: the storefront's shipping address and contact, carried to the WMS create (a label needs them).
constexpr const char* kV7 = R"SQL(
ALTER TABLE orders ADD COLUMN ship_to_first_name TEXT NOT NULL DEFAULT '';
ALTER TABLE orders ADD COLUMN ship_to_last_name TEXT NOT NULL DEFAULT '';
ALTER TABLE orders ADD COLUMN ship_to_company TEXT NOT NULL DEFAULT '';
ALTER TABLE orders ADD COLUMN ship_to_line1 TEXT NOT NULL DEFAULT '';
ALTER TABLE orders ADD COLUMN ship_to_line2 TEXT NOT NULL DEFAULT '';
ALTER TABLE orders ADD COLUMN ship_to_city TEXT NOT NULL DEFAULT '';
ALTER TABLE orders ADD COLUMN ship_to_postal_code TEXT NOT NULL DEFAULT '';
ALTER TABLE orders ADD COLUMN ship_to_state TEXT NOT NULL DEFAULT '';
ALTER TABLE orders ADD COLUMN ship_to_phone TEXT NOT NULL DEFAULT '';
)SQL";

// One engine per store: who holds the engine (the lock itself is the OS's, see engine_claim.h) and the epoch
// that changes with every new holder; an outbox row is claimed ('sending') under that epoch before it is sent.
constexpr const char* kV8 = R"SQL(
CREATE TABLE engine_claim (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    epoch INTEGER NOT NULL,
    holder TEXT NOT NULL,
    pid INTEGER NOT NULL,
    host TEXT NOT NULL,
    since INTEGER NOT NULL
);
ALTER TABLE outbox ADD COLUMN claimed_by TEXT;
ALTER TABLE outbox ADD COLUMN claimed_epoch INTEGER;
ALTER TABLE outbox ADD COLUMN claimed_at INTEGER;
)SQL";

// Version 9: the order lookup finds a customer by the start of their name, their surname or their email.
constexpr const char* kV9 = R"SQL(
CREATE INDEX orders_by_customer_name ON orders (customer_name COLLATE NOCASE);
CREATE INDEX orders_by_ship_to_last_name ON orders (ship_to_last_name COLLATE NOCASE);
)SQL";

// Version 10: inventory drift counts the sales between a push and a read: when the storefront took the push, on
// its own clock (NULL when it sent no Date, and for pushes from before: no sale is counted against them).
constexpr const char* kV10 = R"SQL(
ALTER TABLE stock_pushes ADD COLUMN storefront_at INTEGER;
)SQL";

// Version 11: lines a person chose to send an order without (a gift card the warehouse does not stock): the
// intake leaves them out of the order's WMS create.
constexpr const char* kV11 = R"SQL(
CREATE TABLE order_lines_left_out (
    order_id INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    storefront_sku TEXT NOT NULL,
    left_out_by TEXT NOT NULL,
    left_out_at INTEGER NOT NULL,
    PRIMARY KEY (order_id, storefront_sku)
);
)SQL";

// Version 12: people's comments on an exception (a thread, oldest first; each one is audited too), and the
// "Mine" and "Unassigned" views of a queue: an index with the assignee between the queue and its default order.
constexpr const char* kV12 = R"SQL(
CREATE TABLE exception_comments (
    id INTEGER PRIMARY KEY,
    exception_id INTEGER NOT NULL REFERENCES exceptions (id) ON DELETE CASCADE,
    at INTEGER NOT NULL,
    author TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL CHECK (length(trim(body)) > 0)
);
CREATE INDEX exception_comments_by_exception ON exception_comments (exception_id, at, id);
CREATE INDEX exceptions_by_assignee ON exceptions (type, state, assignee, last_seen, id);
)SQL";

// Version 13: a person asked the warehouse to pull an order cancelled past its cutoff (Deposco takes no note or
// hold once an order is released): the follow-up the exception waits on, and what became of it.
constexpr const char* kV13 = R"SQL(
CREATE TABLE intercept_requests (
    exception_id INTEGER PRIMARY KEY REFERENCES exceptions (id) ON DELETE CASCADE,
    requested_by TEXT NOT NULL,
    requested_at INTEGER NOT NULL,
    note TEXT NOT NULL CHECK (length(trim(note)) > 0),
    outcome TEXT NOT NULL DEFAULT '' CHECK (outcome IN ('', 'canceled', 'shipped')),
    outcome_at INTEGER
);
)SQL";

// Version 14: an exception's reason and suggested action as messages (template and arguments, JSON), so each
// console shows them in its person's language. Rows written before keep their English text, shown as it is;
// the engine writes the message the next time it sees an open exception again.
constexpr const char* kV14 = R"SQL(
ALTER TABLE exceptions ADD COLUMN reason_message TEXT NOT NULL DEFAULT '';
ALTER TABLE exceptions ADD COLUMN action_message TEXT NOT NULL DEFAULT '';
)SQL";

// Version 15: the detail of an order's lifecycle event as a message, so the agent reading an order's life sees it
// in their language. Events written before keep their English detail, shown as it is.
constexpr const char* kV15 = R"SQL(
ALTER TABLE lifecycle_events ADD COLUMN detail_message TEXT NOT NULL DEFAULT '';
)SQL";

// Version 16: the engine's note in the audit log (why it raised or resolved an exception) as a message, so the
// audit page reads in each person's language. People's notes stay as they wrote them; older rows show their text.
constexpr const char* kV16 = R"SQL(
ALTER TABLE audit_log ADD COLUMN note_message TEXT NOT NULL DEFAULT '';
)SQL";

// Version 17: the engine's lease on a shared server (engine_claim.h): until when the holder's right runs, in the
// server's milliseconds. A holder that stops renewing it (frozen, cut off, killed) is replaced once it has run out.
// A SQLite store's right is its file lock and leaves it empty.
constexpr const char* kV17 = R"SQL(
ALTER TABLE engine_claim ADD COLUMN lease_until INTEGER;
)SQL";

// Version 18: on PostgreSQL, what consoles show is announced as it changes (change_feed.h): after each statement
// that changed exceptions, one notification per queue it touched ("exceptions:allocation_failed"); after each on
// the other tables a console reads, one naming the table. A notification is delivered at the commit, once per
// transaction and text, and never for a transaction rolled back. SQLite has no such thing: its consoles look at the
// file's data version instead.
constexpr const char* kV18Postgres = R"SQL(
CREATE FUNCTION lockstep_exceptions_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('lockstep_changes', 'exceptions:' || t.type) FROM (SELECT DISTINCT type FROM changed) t;
    RETURN NULL;
END
$$;
CREATE TRIGGER exceptions_inserted AFTER INSERT ON exceptions REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION lockstep_exceptions_changed();
CREATE TRIGGER exceptions_updated AFTER UPDATE ON exceptions REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION lockstep_exceptions_changed();
CREATE TRIGGER exceptions_deleted AFTER DELETE ON exceptions REFERENCING OLD TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION lockstep_exceptions_changed();
CREATE FUNCTION lockstep_table_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('lockstep_changes', TG_TABLE_NAME);
    RETURN NULL;
END
$$;
CREATE TRIGGER orders_changed AFTER INSERT OR UPDATE OR DELETE ON orders
    FOR EACH STATEMENT EXECUTE FUNCTION lockstep_table_changed();
CREATE TRIGGER audit_log_changed AFTER INSERT ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION lockstep_table_changed();
CREATE TRIGGER exception_comments_changed AFTER INSERT OR UPDATE OR DELETE ON exception_comments
    FOR EACH STATEMENT EXECUTE FUNCTION lockstep_table_changed();
CREATE TRIGGER engine_claim_changed AFTER INSERT OR UPDATE OR DELETE ON engine_claim
    FOR EACH STATEMENT EXECUTE FUNCTION lockstep_table_changed();
)SQL";

// Version 19: a retry or probe asked at a console where the engine does not run, for the engine that holds the store
// (action_request_repository.h): taken once by that engine, which writes its progress and result back for the console
// that asked. A request an engine took and did not finish (it stopped, or lost its lease) is marked interrupted by
// the next one, never run again.
constexpr const char* kV19 = R"SQL(
CREATE TABLE action_requests (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    command TEXT NOT NULL,
    requested_by TEXT NOT NULL,
    requested_from TEXT NOT NULL DEFAULT '',
    requested_at INTEGER NOT NULL,
    state TEXT NOT NULL DEFAULT 'queued'
        CHECK (state IN ('queued', 'running', 'done', 'interrupted', 'withdrawn')),
    epoch INTEGER,
    taken_at INTEGER,
    progress_done INTEGER NOT NULL DEFAULT 0,
    progress_total INTEGER NOT NULL DEFAULT 0,
    result TEXT NOT NULL DEFAULT '',
    finished_at INTEGER
);
CREATE INDEX action_requests_by_state ON action_requests (state, id);
)SQL";

/// SQLite's DDL as PostgreSQL's: 64-bit integers (times are milliseconds), identity ids, blobs as bytea, and a
/// NOCASE index as an index on lower() in byte order (the order lookup's prefix ranges read it).
QString postgresDdl(const char* sqlite)
{
    QString ddl = QString::fromUtf8(sqlite);
    ddl.replace(QRegularExpression(QStringLiteral("\\bid INTEGER PRIMARY KEY,")),
        QStringLiteral("id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"));
    ddl.replace(QRegularExpression(QStringLiteral("\\bINTEGER\\b")), QStringLiteral("BIGINT"));
    ddl.replace(QRegularExpression(QStringLiteral("\\bBLOB\\b")), QStringLiteral("BYTEA"));
    ddl.replace(QRegularExpression(QStringLiteral("\\((\\w+) COLLATE NOCASE\\)")),
        QStringLiteral("((lower(\\1) COLLATE \"C\"))"));
    return ddl;
}

/// A step's SQL for both: `common` translated for PostgreSQL, plus what each one alone needs.
Migration::Sql both(const char* common, const char* sqliteOnly = "", const char* postgresOnly = "")
{
    return {QString::fromUtf8(common) + QString::fromUtf8(sqliteOnly),
        postgresDdl(common) + QString::fromUtf8(postgresOnly)};
}

} // namespace

const QList<Migration>& migrations()
{
    static const QList<Migration> kMigrations = {
        {1,
            "orders, catalogue, stock, shipments, lifecycle, exceptions, outbox, cursors, audit",
            both(kV1, kV1AuditSqlite, kV1Postgres)},
        {2, "SKU map and exception text search", both(kV2, kV2Sqlite, kV2Postgres)},
        {3, "WMS order state and stock pushes", both(kV3)},
        {4, "acknowledgement time index for the dashboard", both(kV4)},
        {5, "exception resolutions, order overrides, custom field map", both(kV5)},
        {6, "exception grouping by cause, case and cutoff; sweep reads", both(kV6)},
        {7, "shipping address and contact of orders", both(kV7)},
        {8, "one engine per store: the engine claim and outbox rows claimed before sending", both(kV8)},
        {9, "order lookup by the start of a customer's name or email", both(kV9)},
        {10, "the storefront's time of each stock push", both(kV10)},
        {11, "order lines a person left out of the warehouse order", both(kV11)},
        {12, "comments on exceptions; the assignee views of a queue", both(kV12)},
        {13, "requests to the warehouse to intercept an order cancelled past its cutoff", both(kV13)},
        {14, "exception reasons and suggested actions as messages in any language", both(kV14)},
        {15, "lifecycle event details as messages in any language", both(kV15)},
        {16, "the engine's audit notes as messages in any language", both(kV16)},
        {17, "the engine's lease on a shared server", both(kV17)},
        {18, "change notifications for consoles on a shared server", both("", "", kV18Postgres)},
        {19, "retries and probes asked at a console, for the engine that holds the store", both(kV19)},
    };
    return kMigrations;
}

int latestSchemaVersion()
{
    return migrations().constLast().version;
}

namespace {

Error tooNew(const Database& db, int current)
{
    return makeError(ErrorCode::SchemaTooNew,
        QStringLiteral("database schema %1 is newer than this program understands (%2)")
            .arg(current)
            .arg(latestSchemaVersion()),
        db.path());
}

} // namespace

Status migrate(Database& db, int targetVersion)
{
    if (targetVersion < 0)
        targetVersion = latestSchemaVersion();
    const int seen = db.userVersion();
    if (seen < 0)
        return makeError(
            ErrorCode::Database, QStringLiteral("cannot read the schema version"), displayLocation(db.path()));
    if (seen > latestSchemaVersion())
        return tooNew(db, seen);
    if (seen >= targetVersion)
        return Status::success(); // the usual case: no write lock taken
    // Another process may be migrating the same file right now. Each step reads the version inside its write
    // transaction (BEGIN IMMEDIATE waits out the other's lock within the busy timeout), so a step another process
    // applied meanwhile is seen and skipped, never applied twice.
    for (;;) {
        Transaction tx(db);
        if (!tx.isActive())
            return tx.error();
        const int current = db.userVersion();
        if (current < 0)
            return makeError(
                ErrorCode::Database, QStringLiteral("cannot read the schema version"), displayLocation(db.path()));
        if (current > latestSchemaVersion())
            return tooNew(db, current);
        const auto next = std::find_if(migrations().cbegin(), migrations().cend(), [&](const Migration& m) {
            return m.version > current && m.version <= targetVersion;
        });
        if (next == migrations().cend())
            return Status::success(); // up to date; the empty transaction rolls back
        if (auto st = db.exec(next->sql.of(db.dialect())); !st.ok())
            return makeError(ErrorCode::Database,
                QStringLiteral("migration %1 failed: %2").arg(next->version).arg(st.error().message),
                QString::fromUtf8(next->description));
        if (auto st = db.setUserVersion(next->version); !st.ok())
            return st;
        if (auto st = tx.commit(); !st.ok())
            return st;
    }
}

} // namespace lockstep::core::store
