// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/background_reader.h"
#include "common/exception_ref.h"
#include "common/read_connection.h"
#include "common/record_links.h"
#include "domain/exception_record.h"
#include "domain/order.h"
#include "domain/shipment.h"
#include "engine/order_headline.h"
#include "rules/rule_settings.h"

#include <QWidget>

class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;
class QTreeWidget;

namespace lockstep::ui {

class LifecycleModel;

/// Order lookup for customer service: one search box (order number, storefront id, email, tracking number),
/// a short pick list when several orders match, and for the chosen order a headline of where it is now,
/// its timeline across storefront, warehouse and carrier, its exceptions with Retry and Acknowledge, and
/// Copy as text for a reply. Every read is a short indexed query, run off the UI thread on the page's reader.
/// Retry and Acknowledge are only announced (signals): the engine performs them. Thread: UI.
class OrderLookupPage : public QWidget
{
    Q_OBJECT

public:
    explicit OrderLookupPage(const QString& databasePath, QWidget* parent = nullptr);
    ~OrderLookupPage() override;

    /// For tests: the clock "now" is read from (not owned).
    void setClock(const core::Clock* clock) { m_connection.setClock(clock); }
    /// Where orders open in their storefront's back office; without it the page offers tracking links only.
    void setRecordLinks(const RecordLinks& links) { m_recordLinks = links; }
    /// The service levels the order is judged by as it is read (the engine's configuration; defaults without one).
    void setRuleSettings(const core::rules::RuleSettings& settings) { m_ruleSettings = settings; }
    /// The links shown for the current order: the carrier's tracking pages, then the storefront's record.
    QList<QUrl> linkTargets() const;

    /// Runs a search as if typed and Return pressed, reading off the UI thread: searchFinished() says how many
    /// orders matched, and orderShown() follows when one is shown.
    void search(const QString& query);
    /// Shows one order by its local id, read off the UI thread (orderShown() when it is shown).
    void showOrder(qint64 orderId);
    /// Re-reads the order on show (after the engine reported a change).
    void reload();

    qint64 currentOrderId() const { return m_order.id; }
    /// The line above the results ("Searching…", "No order matches …"); empty when none shows.
    QString messageText() const;
    QString headlineText() const;
    /// The text Copy as text puts on the clipboard.
    QString summaryText() const;

    QLineEdit* searchField() const { return m_search; }
    QTreeWidget* resultList() const { return m_results; }
    LifecycleModel* timelineModel() const { return m_timeline; }
    QTreeWidget* exceptionList() const { return m_exceptions; }

public Q_SLOTS:
    void copyAsText();

Q_SIGNALS:
    /// A search's answer is on the page: `found` orders matched (the first is being read when there is one).
    void searchFinished(int found);
    void orderShown(qint64 orderId);
    /// A person asked to redo the failed step of the exception now; `exception` carries the version they saw, so
    /// a record someone else changed meanwhile is refused, as in the queues; `type` is its queue, as read.
    void retryRequested(const lockstep::ui::ExceptionRef& exception, lockstep::core::ExceptionType type);
    /// A person asked to take the exception, with a note (the handler asks for it).
    void acknowledgeRequested(const lockstep::ui::ExceptionRef& exception, lockstep::core::ExceptionType type);
    /// A person asked the warehouse to pull an order cancelled past its cutoff (the handler shows the message).
    void interceptRequested(const lockstep::ui::ExceptionRef& exception, lockstep::core::ExceptionType type);

private:
    void showLinks();
    void buildUi();
    struct OrderRead;
    void showFound(const QString& query, const core::Result<QList<core::Order>>& orders);
    void showOrderRead(qint64 orderId, const OrderRead& read);
    void showResults(const QList<core::Order>& orders);
    void showMessage(const QString& text);
    void updateExceptionButtons();
    /// The exception under the cursor at the version shown; id 0 when none (or one judged just now, not yet raised).
    ExceptionRef selectedException() const;
    /// The queue of the selected exception, as read with it.
    core::ExceptionType selectedExceptionType() const;

    ReadConnection m_connection; ///< the clock "now" is read from
    BackgroundReader m_reader; ///< every read of the page, off the UI thread
    core::Order m_order;
    core::OrderHeadline m_headline;
    QList<core::Shipment> m_shipments;

    QLineEdit* m_search = nullptr;
    QLabel* m_message = nullptr;
    QTreeWidget* m_results = nullptr;
    QWidget* m_details = nullptr;
    QLabel* m_headlineLabel = nullptr;
    QLabel* m_facts = nullptr;
    QLabel* m_items = nullptr;
    QLabel* m_links = nullptr;
    QList<QUrl> m_linkTargets;
    RecordLinks m_recordLinks;
    core::rules::RuleSettings m_ruleSettings;
    QPushButton* m_copy = nullptr;
    LifecycleModel* m_timeline = nullptr;
    QGroupBox* m_timelineBox = nullptr;
    QTreeView* m_timelineView = nullptr;
    QGroupBox* m_exceptionBox = nullptr;
    QTreeWidget* m_exceptions = nullptr;
    QPushButton* m_retry = nullptr;
    QPushButton* m_acknowledge = nullptr;
    QPushButton* m_intercept = nullptr;
    QLabel* m_noExceptions = nullptr;
};

} // namespace lockstep::ui
