// SPDX-License-Identifier: GPL-3.0-or-later
#include "order_lookup_page.h"

#include "common/desktop_opener.h"
#include "common/display_format.h"
#include "common/order_text.h"
#include "engine/order_judgement.h"
#include "lifecycle_model.h"
#include "shell/navigation.h"
#include "shell/page_shortcuts.h"
#include "shell/role.h"
#include "store/exception_repository.h"
#include "store/lifecycle_repository.h"
#include "store/order_repository.h"
#include "store/shipment_repository.h"
#include "store/wms_order_repository.h"

#include <QClipboard>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace lockstep::ui {

namespace {

constexpr int kMaxResults = 50; // an email with more orders than this is narrowed by order number
constexpr int kMaxExceptions = 50;
constexpr int kIdRole = Qt::UserRole;
constexpr int kStateRole = Qt::UserRole + 1;
constexpr int kVersionRole = Qt::UserRole + 2;
constexpr int kTypeRole = Qt::UserRole + 3;
// The page's reader: a search, and the order shown (a newer one overtakes the older on each).
constexpr int kSearchChannel = 0;
constexpr int kOrderChannel = 1;

QString money(const core::Money& m)
{
    return m.currency().isEmpty() ? QString() : QStringLiteral("%1 %2").arg(m.toDecimalString(), m.currency());
}

} // namespace

OrderLookupPage::OrderLookupPage(const QString& databasePath, QWidget* parent)
    : QWidget(parent)
    , m_connection(databasePath)
    , m_reader(databasePath, QStringLiteral("order-lookup"))
{
    setObjectName(QStringLiteral("OrderLookupPage"));
    setAccessibleName(tr("Order lookup"));
    buildUi();
}

OrderLookupPage::~OrderLookupPage() = default;

void OrderLookupPage::buildUi()
{
    auto* layout = new QVBoxLayout(this);

    auto* searchRow = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("orderSearch"));
    m_search->setPlaceholderText(
        tr("Order number (#1072), customer name or email (or how it starts), storefront id or tracking number"));
    m_search->setAccessibleName(tr("Search orders"));
    m_search->setClearButtonEnabled(true);
    auto* go = new QPushButton(tr("&Search"), this);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(go);
    layout->addLayout(searchRow);

    // Labels that show store data are plain text: a customer name is never markup.
    m_message = new QLabel(this);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setText(tr("Type an order number, the customer's name or email (the first letters are enough), a "
                          "storefront order id or a tracking number, then press Enter."));
    layout->addWidget(m_message);

    m_results = new QTreeWidget(this);
    m_results->setObjectName(QStringLiteral("orderResults"));
    m_results->setAccessibleName(tr("Matching orders"));
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_results->setHeaderLabels({tr("Order"), tr("Placed"), tr("Customer"), tr("Status"), tr("Total")});
    m_results->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_results->hide();
    layout->addWidget(m_results);

    m_details = new QWidget(this);
    auto* details = new QVBoxLayout(m_details);
    details->setContentsMargins(0, 0, 0, 0);
    auto* headRow = new QHBoxLayout;
    m_headlineLabel = new QLabel(m_details);
    m_headlineLabel->setObjectName(QStringLiteral("orderHeadline"));
    m_headlineLabel->setTextFormat(Qt::PlainText);
    m_headlineLabel->setWordWrap(true);
    m_headlineLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_headlineLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_headlineLabel->setFont(big);
    m_copy = new QPushButton(tr("&Copy as text"), m_details);
    m_copy->setToolTip(tr("Copy a plain summary for a reply to the customer (Ctrl+Shift+C)"));
    headRow->addWidget(m_headlineLabel, 1);
    headRow->addWidget(m_copy, 0, Qt::AlignTop);
    details->addLayout(headRow);
    m_facts = new QLabel(m_details);
    m_facts->setObjectName(QStringLiteral("orderFacts"));
    m_facts->setTextFormat(Qt::PlainText);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    details->addWidget(m_facts);
    m_items = new QLabel(m_details);
    m_items->setTextFormat(Qt::PlainText);
    m_items->setWordWrap(true);
    m_items->setTextInteractionFlags(Qt::TextSelectableByMouse);
    details->addWidget(m_items);
    // Tracking pages and the order's record in its storefront, opened in the browser.
    m_links = new QLabel(m_details);
    m_links->setObjectName(QStringLiteral("orderLinks"));
    m_links->setTextFormat(Qt::RichText);
    m_links->setWordWrap(true);
    m_links->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_links->setAccessibleName(tr("Links"));
    connect(m_links, &QLabel::linkActivated, this, [](const QString& link) { DesktopOpener::open(QUrl(link)); });
    details->addWidget(m_links);

    auto* split = new QSplitter(Qt::Vertical, m_details);
    m_timelineBox = new QGroupBox(tr("Timeline"), split);
    auto* timelineBox = m_timelineBox;
    auto* timelineLayout = new QVBoxLayout(timelineBox);
    m_timeline = new LifecycleModel(this);
    m_timelineView = new QTreeView(timelineBox);
    m_timelineView->setObjectName(QStringLiteral("orderTimeline"));
    m_timelineView->setAccessibleName(tr("Order timeline"));
    m_timelineView->setModel(m_timeline);
    m_timelineView->setRootIsDecorated(false);
    m_timelineView->setUniformRowHeights(true);
    m_timelineView->setAlternatingRowColors(true);
    m_timelineView->header()->setStretchLastSection(true);
    m_timelineView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_timelineView->header()->setSectionResizeMode(
        static_cast<int>(LifecycleModel::Column::Detail), QHeaderView::Stretch);
    timelineLayout->addWidget(m_timelineView);

    m_exceptionBox = new QGroupBox(tr("Exceptions"), split);
    auto* exceptionBox = m_exceptionBox;
    auto* exceptionLayout = new QVBoxLayout(exceptionBox);
    m_exceptions = new QTreeWidget(exceptionBox);
    m_exceptions->setObjectName(QStringLiteral("orderExceptions"));
    m_exceptions->setAccessibleName(tr("Exceptions about this order"));
    m_exceptions->setRootIsDecorated(false);
    m_exceptions->setUniformRowHeights(true);
    m_exceptions->setHeaderLabels({tr("Problem"), tr("State"), tr("Since"), tr("Reason")});
    m_exceptions->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_exceptions->header()->setStretchLastSection(true);
    exceptionLayout->addWidget(m_exceptions);
    auto* buttons = new QHBoxLayout;
    m_retry = new QPushButton(tr("&Retry"), exceptionBox);
    m_retry->setToolTip(tr("Redo the failed step now"));
    m_acknowledge = new QPushButton(tr("&Acknowledge…"), exceptionBox);
    m_acknowledge->setToolTip(tr("Take this exception, with a note"));
    m_intercept = new QPushButton(tr("Ask to &intercept…"), exceptionBox);
    m_intercept->setToolTip(tr("Ask the warehouse to pull the order before the carrier collects it"));
    buttons->addStretch(1);
    buttons->addWidget(m_intercept);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_acknowledge);
    exceptionLayout->addLayout(buttons);
    split->addWidget(timelineBox);
    split->addWidget(exceptionBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    details->addWidget(split, 1);
    m_noExceptions = new QLabel(tr("No exceptions: nothing about this order needs a person."), m_details);
    details->addWidget(m_noExceptions);
    layout->addWidget(m_details, 1);
    m_details->hide();
    layout->addStretch(0);

    connect(m_search, &QLineEdit::returnPressed, this, [this] { search(m_search->text()); });
    connect(go, &QPushButton::clicked, this, [this] { search(m_search->text()); });
    addFindShortcut(this, m_search);
    addPageShortcut(this, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), [this] { copyAsText(); });
    connect(m_copy, &QPushButton::clicked, this, &OrderLookupPage::copyAsText);
    connect(m_results, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item)
            showOrder(item->data(0, kIdRole).toLongLong());
    });
    connect(m_exceptions, &QTreeWidget::currentItemChanged, this, &OrderLookupPage::updateExceptionButtons);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (const ExceptionRef e = selectedException(); e.id != 0)
            Q_EMIT retryRequested(e, selectedExceptionType());
    });
    connect(m_acknowledge, &QPushButton::clicked, this, [this] {
        if (const ExceptionRef e = selectedException(); e.id != 0)
            Q_EMIT acknowledgeRequested(e, selectedExceptionType());
    });
    connect(m_intercept, &QPushButton::clicked, this, [this] {
        if (const ExceptionRef e = selectedException(); e.id != 0)
            Q_EMIT interceptRequested(e, selectedExceptionType());
    });
    setFocusProxy(m_search);
    connect(&Roles::instance(), &Roles::roleChanged, this, &OrderLookupPage::updateExceptionButtons);
}

void OrderLookupPage::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void OrderLookupPage::search(const QString& query)
{
    if (m_search->text() != query)
        m_search->setText(query);
    const QString q = query.trimmed();
    m_results->clear();
    m_results->hide();
    m_details->hide();
    m_order = {};
    m_reader.drop(kOrderChannel); // an order on its way belongs to the search before
    if (q.isEmpty()) {
        showMessage(
            tr("Type an order number, the customer's name or email, a storefront order id or a tracking number."));
        Q_EMIT searchFinished(0);
        return;
    }
    showMessage(tr("Searching…"));
    m_reader.read<QList<core::Order>>(
        kSearchChannel,
        [q](core::store::Database& db) { return core::store::OrderRepository(db).lookup(q, kMaxResults); },
        [this, q](const core::Result<QList<core::Order>>& orders) { showFound(q, orders); });
}

void OrderLookupPage::showFound(const QString& q, const core::Result<QList<core::Order>>& orders)
{
    if (!orders.ok()) {
        showMessage(tr("The search failed: %1").arg(orders.error().toString()));
        Q_EMIT searchFinished(0);
        return;
    }
    const auto& found = orders.value();
    if (found.isEmpty()) {
        showMessage(tr("No order matches “%1”. Try the order number, the start of the customer's name or email, or a "
                       "tracking number.")
                        .arg(q));
    } else if (found.size() == 1) {
        showMessage({});
        showOrder(found.first().id);
    } else {
        showResults(found);
    }
    Q_EMIT searchFinished(int(found.size()));
}

void OrderLookupPage::showResults(const QList<core::Order>& orders)
{
    showMessage(
        orders.size() >= kMaxResults ? tr(
            "More than %n orders match; showing the newest. Search by order number to narrow it.", nullptr, kMaxResults)
                                     : tr("%n orders match; choose one.", nullptr, int(orders.size())));
    const QSignalBlocker block(m_results);
    for (const auto& o : orders) {
        auto* item = new QTreeWidgetItem(m_results,
            {o.number, DisplayFormat::localTime(o.createdAt), o.customerEmail, o.status, money(o.totals.total)});
        item->setData(0, kIdRole, o.id);
    }
    // As tall as its rows, up to eight; more scroll.
    const int rows = std::min<int>(int(orders.size()), 8);
    m_results->setFixedHeight(
        m_results->header()->sizeHint().height() + rows * m_results->sizeHintForRow(0) + 2 * m_results->frameWidth());
    m_results->show();
    m_results->setCurrentItem(m_results->topLevelItem(0));
    showOrder(orders.first().id);
    m_results->setFocus(Qt::OtherFocusReason);
}

/// One order as the page shows it, read together on the page's reader.
struct OrderLookupPage::OrderRead
{
    std::optional<core::Order> order;
    std::optional<core::WmsView> wms;
    QList<core::Shipment> shipments;
    QList<core::LifecycleEvent> timeline;
    QList<core::ExceptionRecord> exceptions; ///< with a stuck pending judged just now first (id 0), if due
    QString historyError; ///< the history could not be read in full
};

void OrderLookupPage::showOrder(qint64 orderId)
{
    const QDateTime now = m_connection.nowUtc();
    m_reader.read<OrderRead>(
        kOrderChannel,
        [orderId, now, settings = m_ruleSettings](core::store::Database& db) -> core::Result<OrderRead> {
            auto order = core::store::OrderRepository(db).findById(orderId);
            if (!order.ok())
                return order.error();
            OrderRead read;
            read.order = order.value();
            if (!read.order)
                return read;
            const core::Order& o = *read.order;
            const QString reference = core::SubjectKey::order(o.storefront, o.storefrontId).toString();
            auto wms = core::store::WmsOrderRepository(db).find(reference);
            auto shipments = core::store::ShipmentRepository(db).forOrder(o.storefront, o.storefrontId);
            auto events = core::store::LifecycleRepository(db).forOrder(orderId);
            auto exceptions = core::store::ExceptionRepository(db).forOrder(orderId, kMaxExceptions);
            if (!wms.ok() || !shipments.ok() || !events.ok() || !exceptions.ok()) {
                const core::Error& e = !wms.ok() ? wms.error()
                    : !shipments.ok()            ? shipments.error()
                    : !events.ok()               ? events.error()
                                                 : exceptions.error();
                read.historyError = e.toString();
            }
            if (wms.ok() && wms.value()) {
                const auto& w = *wms.value();
                read.wms = core::WmsView{w.status, w.facility, w.orderedUnits, w.backOrderedUnits, w.firstSeen};
            }
            if (shipments.ok())
                read.shipments = shipments.value();
            if (events.ok())
                read.timeline = events.value();
            if (exceptions.ok())
                read.exceptions = exceptions.value();
            // The service level is judged as the order is read: an order past its limit says so before the engine's
            // sweep has raised it (it has no id yet, so nothing acts on it here; the queue gets it at the sweep).
            const bool stuckRaised =
                std::any_of(read.exceptions.cbegin(), read.exceptions.cend(), [](const core::ExceptionRecord& r) {
                    return r.type == core::ExceptionType::StuckPending && r.state == core::ExceptionState::Open;
                });
            if (!stuckRaised) {
                auto due = core::engine::judgeStuckPending(db, o, settings, now);
                if (due.ok() && due.value())
                    read.exceptions.prepend(*due.value());
            }
            return read;
        },
        [this, orderId](const core::Result<OrderRead>& read) {
            if (!read.ok() || !read.value().order) {
                showMessage(read.ok() ? tr("The order is no longer in the database.")
                                      : tr("Cannot read the order: %1").arg(read.error().toString()));
                m_details->hide();
                return;
            }
            showOrderRead(orderId, read.value());
        });
}

void OrderLookupPage::showOrderRead(qint64 orderId, const OrderRead& read)
{
    if (!read.historyError.isEmpty())
        showMessage(tr("Cannot read the order's history: %1").arg(read.historyError));
    m_order = *read.order;
    const std::optional<core::WmsView>& view = read.wms;
    m_shipments = read.shipments;
    const QList<core::LifecycleEvent>& timeline = read.timeline;
    m_headline = core::deriveHeadline(m_order, view, m_shipments, timeline, m_connection.nowUtc());

    m_headlineLabel->setText(OrderText::headline(m_headline));
    QStringList facts;
    facts << tr("Order %1 in %2").arg(m_order.number, OrderText::systemName(m_order.storefront));
    facts << tr("placed %1").arg(DisplayFormat::localTime(m_order.createdAt));
    if (!m_order.customerName.isEmpty() || !m_order.customerEmail.isEmpty())
        facts << tr("%1 <%2>").arg(m_order.customerName, m_order.customerEmail);
    if (!money(m_order.totals.total).isEmpty())
        facts << money(m_order.totals.total);
    if (view)
        facts << tr("warehouse order at %1 since %2").arg(view->facility, DisplayFormat::localTime(view->firstSeen));
    m_facts->setText(facts.join(QStringLiteral(" · ")));
    QStringList items;
    for (const auto& l : m_order.lines)
        items << tr("%1 × %2 (%3)").arg(QLocale().toString(l.quantity), l.name, l.sku);
    m_items->setText(items.isEmpty() ? tr("No items") : items.join(QStringLiteral(" · ")));
    showLinks();
    m_timeline->setEvents(timeline);
    m_timelineBox->setTitle(timeline.isEmpty() ? tr("Timeline: no events recorded yet")
                                               : tr("Timeline (%n)", nullptr, int(timeline.size())));

    m_exceptions->clear();
    const QList<core::ExceptionRecord>& records = read.exceptions;
    for (const auto& r : records) {
        const QString reason = DisplayFormat::reason(r);
        auto* item = new QTreeWidgetItem(m_exceptions,
            {Navigation::queueName(r.type),
                r.id == 0 ? tr("Due now") : OrderText::exceptionStateName(r.state),
                DisplayFormat::localTime(r.firstSeen),
                reason});
        item->setData(0, kIdRole, r.id);
        item->setData(0, kStateRole, static_cast<int>(r.state));
        item->setData(0, kVersionRole, r.version);
        item->setData(0, kTypeRole, static_cast<int>(r.type));
        const QString suggested = DisplayFormat::suggestedAction(r);
        item->setToolTip(3, suggested.isEmpty() ? reason : reason + u'\n' + suggested);
    }
    m_exceptionBox->setTitle(tr("Exceptions (%n)", nullptr, int(records.size())));
    m_exceptionBox->setVisible(!records.isEmpty());
    m_noExceptions->setVisible(records.isEmpty());
    m_exceptions->setCurrentItem(m_exceptions->topLevelItem(0));
    updateExceptionButtons();
    m_details->show();
    Q_EMIT orderShown(orderId);
}

void OrderLookupPage::showLinks()
{
    m_linkTargets.clear();
    QStringList parts;
    const auto link = [&](const QUrl& url, const QString& text) {
        m_linkTargets << url;
        parts << QStringLiteral("<a href=\"%1\">%2</a>")
                     .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), text.toHtmlEscaped());
    };
    for (const core::Shipment& s : std::as_const(m_shipments)) {
        if (const QUrl url = OrderText::trackingUrl(s.carrier, s.trackingNumber); url.isValid())
            link(url, tr("Track %1 %2").arg(s.carrier, s.trackingNumber));
    }
    if (const QUrl url = m_recordLinks.storefrontRecord(m_order.storefront, m_order.storefrontId); url.isValid())
        link(url, tr("Open in %1").arg(OrderText::systemName(m_order.storefront)));
    m_links->setText(parts.join(QStringLiteral(" · ")));
    m_links->setVisible(!parts.isEmpty());
}

QList<QUrl> OrderLookupPage::linkTargets() const
{
    return m_order.id ? m_linkTargets : QList<QUrl>();
}

void OrderLookupPage::reload()
{
    if (m_order.id)
        showOrder(m_order.id);
}

QString OrderLookupPage::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QString OrderLookupPage::headlineText() const
{
    return m_order.id ? m_headlineLabel->text() : QString();
}

QString OrderLookupPage::summaryText() const
{
    if (!m_order.id)
        return {};
    return OrderText::customerSummary(m_order, m_headline, m_shipments);
}

void OrderLookupPage::copyAsText()
{
    const QString text = summaryText();
    if (text.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(text);
    showMessage(tr("Copied a summary of order %1 to the clipboard.").arg(m_order.number));
}

ExceptionRef OrderLookupPage::selectedException() const
{
    const QTreeWidgetItem* item = m_exceptions->currentItem();
    if (!item)
        return {};
    return {item->data(0, kIdRole).toLongLong(), item->data(0, kVersionRole).toLongLong()};
}

core::ExceptionType OrderLookupPage::selectedExceptionType() const
{
    const QTreeWidgetItem* item = m_exceptions->currentItem();
    return static_cast<core::ExceptionType>(item ? item->data(0, kTypeRole).toInt() : 0);
}

void OrderLookupPage::updateExceptionButtons()
{
    const QTreeWidgetItem* item = m_exceptions->currentItem();
    // (an SLA judged just now has no exception yet: nothing to act on until the sweep raises it)
    const bool actionable = item && item->data(0, kIdRole).toLongLong() != 0
        && item->data(0, kStateRole).toInt() != static_cast<int>(core::ExceptionState::Resolved);
    m_retry->setVisible(m_exceptions->topLevelItemCount() > 0);
    m_acknowledge->setVisible(m_exceptions->topLevelItemCount() > 0);
    // The role in effect decides too: finance never resends to the warehouse.
    const Roles& roles = Roles::instance();
    m_retry->setEnabled(actionable && roles.allows(RoleAction::Retry));
    const bool open = actionable && item->data(0, kStateRole).toInt() == static_cast<int>(core::ExceptionState::Open);
    m_acknowledge->setEnabled(open && roles.allows(RoleAction::Acknowledge));
    // Only an order cancelled after the warehouse locked it has anything to intercept.
    const bool late =
        item && item->data(0, kTypeRole).toInt() == static_cast<int>(core::ExceptionType::CancellationPastCutoff);
    m_intercept->setVisible(late);
    m_intercept->setEnabled(late && open && roles.allows(RoleAction::Intercept));
}

} // namespace lockstep::ui
