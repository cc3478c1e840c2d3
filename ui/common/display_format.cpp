// SPDX-License-Identifier: GPL-3.0-or-later
#include "display_format.h"

#include "key_words.h"

#include <QLocale>
#include <QMetaEnum>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QUrl>

namespace lockstep::ui {

QString DisplayFormat::duration(qint64 seconds)
{
    constexpr qint64 kMinute = 60;
    constexpr qint64 kHour = 60 * kMinute;
    constexpr qint64 kDay = 24 * kHour;
    constexpr qint64 kWeek = 7 * kDay;
    const qint64 s = std::max<qint64>(0, seconds);
    if (s < kMinute)
        return tr("%1 s").arg(s);
    if (s < kHour)
        return tr("%1 min").arg(s / kMinute);
    if (s < kDay)
        return tr("%1 h %2 min").arg(s / kHour).arg((s % kHour) / kMinute, 2, 10, QChar(u'0'));
    if (s < kWeek)
        return tr("%1 d %2 h").arg(s / kDay).arg((s % kDay) / kHour);
    return tr("%1 w %2 d").arg(s / kWeek).arg((s % kWeek) / kDay);
}

QString DisplayFormat::timeLeft(const QDateTime& due, const QDateTime& now)
{
    if (!due.isValid())
        return {};
    const qint64 left = now.secsTo(due);
    return left >= 0 ? tr("in %1").arg(duration(left)) : tr("%1 ago").arg(duration(-left));
}

QString DisplayFormat::localTime(const QDateTime& utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString DisplayFormat::timeOfDay(const QDateTime& utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("HH:mm:ss")) : QString();
}

QString DisplayFormat::fullTime(const QDateTime& utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::LongFormat) : QString();
}

QString DisplayFormat::severity(core::Severity severity)
{
    switch (severity) {
    case core::Severity::Low:
        return tr("Low");
    case core::Severity::Medium:
        return tr("Medium");
    case core::Severity::High:
        return tr("High");
    case core::Severity::Critical:
        return tr("Critical");
    }
    return {};
}

QColor DisplayFormat::severityColor(core::Severity severity)
{
    // Readable on light and dark palettes; the text says the same, colour is only a cue.
    switch (severity) {
    case core::Severity::Low:
        return QColor(0x8a, 0x94, 0x9e);
    case core::Severity::Medium:
        return QColor(0x2f, 0x80, 0xc8);
    case core::Severity::High:
        return QColor(0xe0, 0x8a, 0x1e);
    case core::Severity::Critical:
        return QColor(0xd6, 0x36, 0x36);
    }
    return {};
}

QString DisplayFormat::ownerTeam(core::OwnerTeam team)
{
    switch (team) {
    case core::OwnerTeam::Operations:
        return tr("Operations");
    case core::OwnerTeam::CustomerService:
        return tr("Customer service");
    case core::OwnerTeam::Finance:
        return tr("Finance");
    case core::OwnerTeam::ECommerce:
        return tr("eCommerce");
    }
    return {};
}

QString DisplayFormat::state(core::ExceptionState state)
{
    switch (state) {
    case core::ExceptionState::Open:
        return tr("Open");
    case core::ExceptionState::Acknowledged:
        return tr("Acknowledged");
    case core::ExceptionState::Resolved:
        return tr("Resolved");
    }
    return {};
}

namespace {

QString networkErrorWords(QNetworkReply::NetworkError error)
{
    using E = QNetworkReply;
    switch (error) {
    case E::ConnectionRefusedError:
        return DisplayFormat::tr("the connection was refused");
    case E::RemoteHostClosedError:
        return DisplayFormat::tr("the other side closed the connection");
    case E::HostNotFoundError:
        return DisplayFormat::tr("the server's name was not found");
    case E::TimeoutError:
        return DisplayFormat::tr("the server did not answer in time");
    case E::OperationCanceledError:
        return DisplayFormat::tr("the call was cancelled");
    case E::SslHandshakeFailedError:
        return DisplayFormat::tr("a secure connection could not be set up");
    case E::TemporaryNetworkFailureError:
    case E::NetworkSessionFailedError:
    case E::UnknownNetworkError:
        return DisplayFormat::tr("the network failed");
    case E::ProxyConnectionRefusedError:
    case E::ProxyConnectionClosedError:
    case E::ProxyNotFoundError:
    case E::ProxyTimeoutError:
    case E::ProxyAuthenticationRequiredError:
    case E::UnknownProxyError:
        return DisplayFormat::tr("the proxy failed");
    case E::AuthenticationRequiredError:
        return DisplayFormat::tr("the server asked for a sign-in");
    case E::ContentAccessDenied:
    case E::ContentOperationNotPermittedError:
        return DisplayFormat::tr("the server refused access");
    case E::ContentNotFoundError:
        return DisplayFormat::tr("the server does not know this address");
    case E::TooManyRedirectsError:
    case E::InsecureRedirectError:
        return DisplayFormat::tr("the server sent the call elsewhere");
    case E::InternalServerError:
    case E::ServiceUnavailableError:
    case E::UnknownServerError:
        return DisplayFormat::tr("the server failed");
    default:
        return DisplayFormat::tr("the call failed");
    }
}

} // namespace

QString DisplayFormat::auditAction(const QString& action)
{
    static constexpr KeyWords kActions[] = {
        {"exception.raised", QT_TR_NOOP("Raised")},
        {"exception.reopened", QT_TR_NOOP("Raised again")},
        {"exception.auto_resolved", QT_TR_NOOP("Resolved by the engine")},
        {"exception.retry", QT_TR_NOOP("Retry")},
        {"exception.edit", QT_TR_NOOP("Edit")},
        {"exception.acknowledge", QT_TR_NOOP("Acknowledge")},
        {"exception.assign", QT_TR_NOOP("Assign")},
        {"exception.claim", QT_TR_NOOP("Claim")},
        {"exception.unclaim", QT_TR_NOOP("Release claim")},
        {"exception.reopen", QT_TR_NOOP("Reopen")},
        {"exception.probe", QT_TR_NOOP("Check both systems")},
        {"exception.comment", QT_TR_NOOP("Comment")},
        {"exception.request_intercept", QT_TR_NOOP("Warehouse asked to intercept")},
        {"exception.handed_over", QT_TR_NOOP("Handed to customer service")},
        {"edit.map_sku", QT_TR_NOOP("SKU mapped")},
        {"edit.choose_facility", QT_TR_NOOP("Facility chosen")},
        {"edit.map_custom_field", QT_TR_NOOP("Custom field mapped")},
        {"edit.adjust_line", QT_TR_NOOP("Order line changed")},
        {"edit.leave_out_line", QT_TR_NOOP("Sent without a line")},
    };
    return wordsFor(action, kActions, &DisplayFormat::tr);
}

QString DisplayFormat::cause(const QString& signature)
{
    static constexpr KeyWords kCauses[] = {
        {"sku-missing", QT_TR_NOOP("SKU not in the item master")},
        {"sku-duplicate", QT_TR_NOOP("SKU used twice in the storefront")},
        {"sku-variation-parent", QT_TR_NOOP("Variation shares its parent's SKU")},
        {"bundle-component-missing", QT_TR_NOOP("Bundle component not in the item master")},
        {"allocation", QT_TR_NOOP("No stock to allocate")},
        {"order-values", QT_TR_NOOP("Order values the warehouse refuses")},
        {"no-facility", QT_TR_NOOP("Channel maps to no facility")},
        {"unmapped-field", QT_TR_NOOP("Checkout field without a mapping")},
        {"cancel-past-cutoff", QT_TR_NOOP("Cancelled after the warehouse locked it")},
        {"not-acknowledged", QT_TR_NOOP("Not acknowledged by the warehouse")},
        {"given-up", QT_TR_NOOP("Sending to the warehouse given up")},
        {"wms-refused", QT_TR_NOOP("Refused by the warehouse")},
        {"awaiting-payment", QT_TR_NOOP("Waiting for payment")},
        {"storefront-behind", QT_TR_NOOP("Storefront status behind the warehouse")},
        {"totals", QT_TR_NOOP("Order value differs")},
        {"confirmation", QT_TR_NOOP("Shipment confirmation missing")},
        {"drift", QT_TR_NOOP("Storefront stock differs from the warehouse")},
        {"sale", QT_TR_NOOP("Store sale not taken off the warehouse's stock")},
        {"moved-twice", QT_TR_NOOP("Stock move applied twice at the warehouse")},
    };
    const QString kind = signature.section(u':', 0, 0);
    const QString words = wordsFor(kind, kCauses, &DisplayFormat::tr);
    if (words == kind) // a cause without words of its own reads as it is stored
        return signature;
    const QString detail = signature.section(u':', 1);
    return detail.isEmpty() ? words : tr("%1: %2").arg(words, detail);
}

QString DisplayFormat::auditSubject(const QString& type, const QString& id)
{
    if (type == QLatin1String("exception"))
        return tr("Exception %1").arg(id);
    if (type == QLatin1String("order"))
        return tr("Order %1").arg(id);
    if (type == QLatin1String("sku_map"))
        return tr("SKU mapping %1").arg(id);
    if (type == QLatin1String("custom_field_map"))
        return tr("Custom field mapping %1").arg(id);
    return id.isEmpty() ? type : type + u' ' + id;
}

QString DisplayFormat::auditField(const QString& key)
{
    static constexpr KeyWords kFields[] = {
        {"state", QT_TR_NOOP("State")},
        {"assignee", QT_TR_NOOP("Assignee")},
        {"claimed_by", QT_TR_NOOP("Claimed by")},
        {"attempts", QT_TR_NOOP("Attempts")},
        {"version", QT_TR_NOOP("Version")},
        {"detail", QT_TR_NOOP("Detail")},
        {"wms_sku", QT_TR_NOOP("Warehouse SKU")},
        {"wms_field", QT_TR_NOOP("Warehouse field")},
        {"facility", QT_TR_NOOP("Facility")},
        {"lines", QT_TR_NOOP("Lines")},
    };
    return wordsFor(key, kFields, &DisplayFormat::tr);
}

QString DisplayFormat::reason(const core::ExceptionRecord& r)
{
    return plainReason(core::shownText(r.reasonMessage, r.reason));
}

QString DisplayFormat::suggestedAction(const core::ExceptionRecord& r)
{
    return core::shownText(r.actionMessage, r.suggestedAction);
}

QString DisplayFormat::plainReason(const QString& reason)
{
    QString out = reason;
    // "<Qt's message> (SomethingError)": the enum name says what Qt's English message says, in words.
    static const QRegularExpression kQtError(
        QStringLiteral(R"((?:^|(?<=: ))[^:]*?\s*\((\w+Error|ContentAccessDenied)\))"));
    const QMetaEnum errors = QMetaEnum::fromType<QNetworkReply::NetworkError>();
    for (auto m = kQtError.match(out); m.hasMatch(); m = kQtError.match(out, m.capturedStart())) {
        bool known = false;
        const int value = errors.keyToValue(m.captured(1).toLatin1().constData(), &known);
        if (!known)
            break;
        out.replace(
            m.capturedStart(), m.capturedLength(), networkErrorWords(static_cast<QNetworkReply::NetworkError>(value)));
    }
    // "POST https://host/path?query: …" names the host only; the rest is for the log.
    static const QRegularExpression kAddress(
        QStringLiteral(R"((?:\b(?:GET|POST|PUT|PATCH|DELETE|HEAD)\s+)?\bhttps?://[^\s,;()]*[^\s,;():.])"));
    for (auto m = kAddress.match(out); m.hasMatch(); m = kAddress.match(out, m.capturedStart() + 1)) {
        const QString url = m.captured(0).section(u' ', -1);
        const QString host = QUrl(url).host();
        out.replace(m.capturedStart(), m.capturedLength(), host.isEmpty() ? tr("the server") : host);
    }
    return out;
}

} // namespace lockstep::ui
