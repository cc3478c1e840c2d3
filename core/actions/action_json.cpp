// SPDX-License-Identifier: GPL-3.0-or-later
#include "action_json.h"

#include "domain/enum_text.h"

#include <QDateTime>

#include <array>
#include <nlohmann/json.hpp>

namespace lockstep::core::actions {

using nlohmann::json;

namespace {

constexpr std::array<std::pair<Refusal, const char*>, 11> kRefusalNames{{
    {Refusal::None, "none"},
    {Refusal::NotFound, "not_found"},
    {Refusal::StaleVersion, "stale_version"},
    {Refusal::NoteRequired, "note_required"},
    {Refusal::ClaimedByOther, "claimed_by_other"},
    {Refusal::WrongState, "wrong_state"},
    {Refusal::NotRetryable, "not_retryable"},
    {Refusal::EditNotAllowed, "edit_not_allowed"},
    {Refusal::NeedsConfiguration, "needs_configuration"},
    {Refusal::StillFailing, "still_failing"},
    {Refusal::StoreError, "store_error"},
}};

std::string utf8(const QString& text)
{
    return text.toStdString();
}

QString textOf(const json& object, const char* key)
{
    const auto found = object.find(key);
    return found != object.end() && found->is_string() ? QString::fromStdString(found->get<std::string>()) : QString();
}

qint64 numberOf(const json& object, const char* key)
{
    const auto found = object.find(key);
    return found != object.end() && found->is_number_integer() ? found->get<qint64>() : 0;
}

bool flagOf(const json& object, const char* key)
{
    const auto found = object.find(key);
    return found != object.end() && found->is_boolean() && found->get<bool>();
}

QStringList listOf(const json& object, const char* key)
{
    QStringList out;
    const auto found = object.find(key);
    if (found == object.end() || !found->is_array())
        return out;
    for (const json& item : *found)
        if (item.is_string())
            out << QString::fromStdString(item.get<std::string>());
    return out;
}

json stateToJson(const CurrentState& s)
{
    json shipped = json::array();
    for (const QString& id : s.storefrontShipped)
        shipped.push_back(utf8(id));
    return {{"read_at", s.readAt.toMSecsSinceEpoch()},
        {"order_ref", utf8(s.orderRef)},
        {"storefront_read", s.storefrontRead},
        {"storefront_status", utf8(s.storefrontStatus)},
        {"storefront_payment", utf8(s.storefrontPayment)},
        {"storefront_cancelled", s.storefrontCancelled},
        {"storefront_shipped", shipped},
        {"storefront_error", utf8(s.storefrontError)},
        {"wms_read", s.wmsRead},
        {"at_warehouse", s.atWarehouse},
        {"wms_number", utf8(s.wmsNumber)},
        {"wms_status", utf8(s.wmsStatus)},
        {"wms_facility", utf8(s.wmsFacility)},
        {"wms_error", utf8(s.wmsError)}};
}

CurrentState stateFromJson(const json& j)
{
    CurrentState s;
    s.readAt = QDateTime::fromMSecsSinceEpoch(numberOf(j, "read_at"), Qt::UTC);
    s.orderRef = textOf(j, "order_ref");
    s.storefrontRead = flagOf(j, "storefront_read");
    s.storefrontStatus = textOf(j, "storefront_status");
    s.storefrontPayment = textOf(j, "storefront_payment");
    s.storefrontCancelled = flagOf(j, "storefront_cancelled");
    s.storefrontShipped = listOf(j, "storefront_shipped");
    s.storefrontError = textOf(j, "storefront_error");
    s.wmsRead = flagOf(j, "wms_read");
    s.atWarehouse = flagOf(j, "at_warehouse");
    s.wmsNumber = textOf(j, "wms_number");
    s.wmsStatus = textOf(j, "wms_status");
    s.wmsFacility = textOf(j, "wms_facility");
    s.wmsError = textOf(j, "wms_error");
    return s;
}

/// `text` as a JSON object, or the error that says it is not `what`.
Result<json> objectOf(const QString& text, const char* what)
{
    json j = json::parse(text.toStdString(), nullptr, false);
    if (j.is_discarded() || !j.is_object())
        return makeError(ErrorCode::Parse, QStringLiteral("%1 is not a JSON object").arg(QLatin1String(what)));
    return j;
}

} // namespace

QString commandToJson(const ActionCommand& c)
{
    json targets = json::array();
    for (const ExceptionTarget& t : c.targets)
        targets.push_back({{"id", t.id}, {"version", t.expectedVersion}});
    const EditSpec& e = c.edit;
    const json edit = {{"kind", utf8(toString(e.kind))},
        {"storefront_sku", utf8(e.storefrontSku)},
        {"wms_sku", utf8(e.wmsSku)},
        {"facility", utf8(e.facility)},
        {"storefront_field", utf8(e.storefrontField)},
        {"wms_field", utf8(e.wmsField)},
        {"line", e.lineNumber},
        {"quantity", e.quantity},
        {"retry_after", e.retryAfter}};
    const json j = {{"kind", utf8(toString(c.kind))},
        {"targets", targets},
        {"actor", utf8(c.actor)},
        {"role", utf8(c.role)},
        {"note", utf8(c.note)},
        {"resolution", utf8(toString(c.resolution))},
        {"assignee", utf8(c.assignee)},
        {"edit", edit}};
    return QString::fromStdString(j.dump());
}

Result<ActionCommand> commandFromJson(const QString& text)
{
    const auto parsed = objectOf(text, "an action command");
    if (!parsed.ok())
        return parsed.error();
    const json& j = parsed.value();
    ActionCommand c;
    const auto kind = actionKindFromString(textOf(j, "kind"));
    if (!kind)
        return makeError(ErrorCode::Parse, QStringLiteral("unknown action kind '%1'").arg(textOf(j, "kind")));
    c.kind = *kind;
    if (const auto targets = j.find("targets"); targets != j.end() && targets->is_array())
        for (const json& t : *targets)
            if (t.is_object())
                c.targets.append({numberOf(t, "id"), numberOf(t, "version")});
    c.actor = textOf(j, "actor");
    c.role = textOf(j, "role");
    c.note = textOf(j, "note");
    c.resolution = resolutionKindFromString(textOf(j, "resolution")).value_or(ResolutionKind::Other);
    c.assignee = textOf(j, "assignee");
    if (const auto edit = j.find("edit"); edit != j.end() && edit->is_object()) {
        const json& e = *edit;
        c.edit.kind = editKindFromString(textOf(e, "kind")).value_or(EditKind::MapSku);
        c.edit.storefrontSku = textOf(e, "storefront_sku");
        c.edit.wmsSku = textOf(e, "wms_sku");
        c.edit.facility = textOf(e, "facility");
        c.edit.storefrontField = textOf(e, "storefront_field");
        c.edit.wmsField = textOf(e, "wms_field");
        c.edit.lineNumber = static_cast<int>(numberOf(e, "line"));
        c.edit.quantity = numberOf(e, "quantity");
        c.edit.retryAfter = flagOf(e, "retry_after");
    }
    return c;
}

QString resultToJson(const ActionResult& r)
{
    json items = json::array();
    for (const ItemOutcome& o : r.items) {
        json item = {{"exception", o.exceptionId},
            {"succeeded", o.succeeded},
            {"refusal", utf8(enumText(kRefusalNames, o.refusal))},
            {"message", utf8(o.message)},
            {"text", utf8(o.text.toStored())},
            {"version", o.version},
            {"order_ref", utf8(o.orderRef)}};
        if (o.current)
            item["current"] = stateToJson(*o.current);
        if (o.queue)
            item["queue"] = utf8(toString(*o.queue));
        items.push_back(std::move(item));
    }
    const json j = {{"kind", utf8(toString(r.kind))}, {"items", items}, {"error", utf8(r.error)}};
    return QString::fromStdString(j.dump());
}

Result<ActionResult> resultFromJson(const QString& text)
{
    const auto parsed = objectOf(text, "an action result");
    if (!parsed.ok())
        return parsed.error();
    const json& j = parsed.value();
    ActionResult r;
    r.kind = actionKindFromString(textOf(j, "kind")).value_or(ActionKind::Retry);
    r.error = textOf(j, "error");
    if (const auto items = j.find("items"); items != j.end() && items->is_array()) {
        for (const json& i : *items) {
            if (!i.is_object())
                continue;
            const QString english = textOf(i, "message");
            ItemOutcome o(numberOf(i, "exception"),
                flagOf(i, "succeeded"),
                enumFromText(kRefusalNames, textOf(i, "refusal")).value_or(Refusal::StoreError),
                Message::fromStored(textOf(i, "text")).value_or(Message::literal(english)),
                numberOf(i, "version"));
            o.message = english;
            o.orderRef = textOf(i, "order_ref");
            if (const auto current = i.find("current"); current != i.end() && current->is_object())
                o.current = stateFromJson(*current);
            if (const QString queue = textOf(i, "queue"); !queue.isEmpty())
                o.queue = exceptionTypeFromString(queue);
            r.items.append(std::move(o));
        }
    }
    return r;
}

} // namespace lockstep::core::actions
