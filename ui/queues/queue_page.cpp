// SPDX-License-Identifier: GPL-3.0-or-later
#include "queue_page.h"

#include "common/display_format.h"
#include "common/elided_label.h"
#include "queue_detail_panel.h"
#include "queue_table_model.h"
#include "queue_table_view.h"
#include "shell/navigation.h"
#include "shell/page_shortcuts.h"
#include "shell/role.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace lockstep::ui {

using Column = QueueTableModel::Column;

namespace {

const core::SystemClock kSystemClock;

/// The widest text a column usually holds, so default widths follow the font and the screen's scale.
QString typicalText(Column column)
{
    switch (column) {
    case Column::Severity:
        return DisplayFormat::severity(core::Severity::Critical) + QStringLiteral("MMM"); // and the colour swatch
    case Column::Order:
        return QStringLiteral("WC-10000000");
    case Column::Sku:
        return QStringLiteral("BOTTLE-750-STL-X");
    case Column::Facility:
        return QStringLiteral("DAL-10");
    case Column::Reason:
        return QString(30, u'n');
    case Column::Owner:
        return DisplayFormat::ownerTeam(core::OwnerTeam::CustomerService);
    case Column::Age:
        return DisplayFormat::duration(23 * 3600 + 59 * 60);
    case Column::Attempts:
        return QStringLiteral("99");
    case Column::LastSeen:
        return DisplayFormat::localTime(QDateTime(QDate(2026, 12, 28), QTime(23, 59), Qt::UTC));
    case Column::SlaDue:
    case Column::Cutoff:
        return DisplayFormat::timeLeft(QDateTime::fromSecsSinceEpoch(0), QDateTime::fromSecsSinceEpoch(86399));
    case Column::Assignee:
    case Column::ClaimedBy:
        return QStringLiteral("a.nnnnnnn");
    case Column::Count:
        break;
    }
    return {};
}

constexpr int kHeaderLayoutVersion = 1;

} // namespace

QueuePage::QueuePage(core::store::Database& db, core::ExceptionType type, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_type(type)
    , m_clock(&kSystemClock)
{
    setAccessibleName(Navigation::queueName(type));
    setObjectName(QStringLiteral("QueuePage_%1").arg(core::toString(type)));

    m_model = new QueueTableModel(db, type, this);
    m_filterBar = new QueueFilterBar(this);

    m_views = new QComboBox(this);
    m_views->setAccessibleName(tr("Saved views"));
    m_views->setPlaceholderText(tr("Views")); // short: the actions need the row's width
    m_views->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // Saving and deleting a view are rare next to the actions: one small menu button beside the views rather than two
    // buttons, so the actions keep the room (in German, Retry to Claim need 470 px).
    auto* viewMenu = new QMenu(this);
    QAction* saveViewAction = viewMenu->addAction(tr("Save view…"));
    saveViewAction->setObjectName(QStringLiteral("saveView"));
    saveViewAction->setToolTip(tr("Save the current filter as a view"));
    QAction* deleteViewAction = viewMenu->addAction(tr("Delete view"));
    deleteViewAction->setObjectName(QStringLiteral("deleteView"));
    deleteViewAction->setToolTip(tr("Delete the selected view"));
    auto* viewMenuButton = new QToolButton(this);
    viewMenuButton->setObjectName(QStringLiteral("viewMenu"));
    viewMenuButton->setText(QStringLiteral("…"));
    viewMenuButton->setAccessibleName(tr("Save or delete a view"));
    viewMenuButton->setToolTip(tr("Save or delete a view"));
    viewMenuButton->setPopupMode(QToolButton::InstantPopup);
    viewMenuButton->setMenu(viewMenu);

    m_toolBar = new QToolBar(tr("Actions"), this);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setAccessibleName(tr("Actions"));

    m_view = new QueueTableView(this);
    m_view->setAccessibleName(tr("%1 table").arg(Navigation::queueName(type)));
    m_view->setModel(m_model);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    applyHeaderLayout();

    m_detail = new QueueDetailPanel(db, this);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({320, 300}); // at 1280×720 the detail shows every fact down to the cause without scrolling
    m_splitter->restoreState(QSettings().value(settingsKey(QStringLiteral("splitter"))).toByteArray());

    m_status = new QLabel(this);
    m_status->setAccessibleName(tr("Queue status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // One line beside the status: a long note ends in "…" and reads in full on hover.
    m_note = new ElidedLabel(this);
    m_note->setAccessibleName(tr("Last action"));
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);

    buildActions();

    // The filter bar has a row of its own and the saved views share the actions' row, so the page fits a 1280×720
    // window in every language (side by side they needed 1,034 px in English, 1,127 in German); a toolbar too narrow
    // for its actions folds the rest into its extension menu.
    auto* actionRow = new QHBoxLayout;
    actionRow->addWidget(m_filterBar->viewSwitch());
    actionRow->addSpacing(12);
    actionRow->addWidget(m_toolBar, 1);
    actionRow->addSpacing(12);
    actionRow->addWidget(m_views);
    actionRow->addSpacing(2);
    actionRow->addWidget(viewMenuButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filterBar);
    layout->addLayout(actionRow);
    layout->addWidget(m_splitter, 1);
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status);
    statusRow->addWidget(m_note, 1, Qt::AlignRight);
    layout->addLayout(statusRow);

    fillViewsCombo();
    restoreAssigneeView();

    connect(m_filterBar, &QueueFilterBar::filterChanged, this, &QueuePage::reload);
    connect(m_filterBar, &QueueFilterBar::filterChanged, this, &QueuePage::saveAssigneeView);
    connect(m_model, &QueueTableModel::summaryChanged, this, [this] {
        m_filterBar->setAssigneeCounts(m_model->summary().assignees);
        m_filterBar->setCauses(m_model->summary().causes);
    });
    // "Whole filter" meant the rows of the filter it was turned on for: another filter turns it off.
    connect(m_filterBar, &QueueFilterBar::filterChanged, m_wholeFilter, [this] { m_wholeFilter->setChecked(false); });
    connect(&Roles::instance(), &Roles::roleChanged, this, &QueuePage::updateActions);
    connect(m_views, &QComboBox::activated, this, [this](int index) { applyView(m_views->itemText(index)); });
    connect(saveViewAction, &QAction::triggered, this, &QueuePage::saveViewFromPrompt);
    connect(deleteViewAction, &QAction::triggered, this, [this] { deleteView(m_views->currentText()); });
    connect(m_view->horizontalHeader(),
        &QHeaderView::sortIndicatorChanged,
        this,
        &QueuePage::keepSortIndicatorOnSortableColumn);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &QueuePage::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &QueuePage::updateDetail);
    connect(m_view, &QAbstractItemView::activated, this, &QueuePage::requestOpenOrder);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        QMenu menu(this);
        menu.addActions(m_actions);
        menu.addSeparator();
        menu.addAction(m_wholeFilter);
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &QueuePage::updateDetail);
    connect(m_model, &QueueTableModel::totalCountChanged, this, &QueuePage::updateStatus);
    connect(m_model, &QueueTableModel::windowChanged, this, &QueuePage::updateStatus);
    connect(m_model, &QueueTableModel::windowChanged, this, [this] {
        m_filterBar->setFacilities(m_model->facilitiesSeen());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateActions();
        updateDetail();
        updateEmptyText();
    });
    connect(m_model, &QueueTableModel::windowSettled, this, [this] {
        updateEmptyText();
        // A refresh's rows are in: if the selected rows left the queue, the next one is selected.
        if (std::exchange(m_keepSelection, false))
            keepASelection(true);
    });
    connect(
        m_model, &QueueTableModel::loadFailed, this, [this](const QString& message) { m_status->setText(message); });

    updateActions();
    updateEmptyText();
    updateStatus();
}

QueuePage::~QueuePage()
{
    saveLayout();
}

void QueuePage::restoreAssigneeView()
{
    // Before the filter bar is connected: the rows are read when the page is first shown.
    QueueFilterState state = m_filterBar->filterState();
    state.view = static_cast<AssigneeView>(
        std::clamp(QSettings().value(settingsKey(QStringLiteral("assigneeView"))).toInt(), 0, 2));
    m_filterBar->setFilterState(state);
}

void QueuePage::saveAssigneeView() const
{
    QSettings().setValue(
        settingsKey(QStringLiteral("assigneeView")), static_cast<int>(m_filterBar->filterState().view));
}

QString QueuePage::settingsKey(const QString& leaf) const
{
    return QStringLiteral("queues/%1/%2").arg(core::toString(m_type), leaf);
}

QAction* QueuePage::addPageAction(const QString& text, const QKeySequence& shortcut, const QString& tip)
{
    auto* a = new QAction(text, this);
    a->setShortcut(shortcut);
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    a->setToolTip(tr("%1 (%2)").arg(tip, shortcut.toString(QKeySequence::NativeText)));
    addAction(a);
    m_toolBar->addAction(a);
    m_actions.append(a);
    m_tips.append(a->toolTip());
    return a;
}

void QueuePage::buildActions()
{
    using Signal = void (QueuePage::*)(const QList<ExceptionRef>&);
    const auto request = [this](QAction* a, Signal signal) {
        connect(a, &QAction::triggered, this, [this, signal] { requestForSelection(signal); });
    };
    request(addPageAction(tr("Retry"), QKeySequence(Qt::CTRL | Qt::Key_R), tr("Redo the failed step now")),
        &QueuePage::retryRequested);
    request(addPageAction(tr("Edit…"), QKeySequence(Qt::CTRL | Qt::Key_E), tr("Correct the record, then retry")),
        &QueuePage::editRequested);
    request(
        addPageAction(
            tr("Acknowledge…"), QKeySequence(Qt::CTRL | Qt::Key_K), tr("Take it out of the open queue, with a note")),
        &QueuePage::acknowledgeRequested);
    request(
        addPageAction(tr("Assign…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), tr("Give it to a person or team")),
        &QueuePage::assignRequested);
    request(addPageAction(
                tr("Claim"), QKeySequence(Qt::CTRL | Qt::Key_M), tr("Take it yourself so nobody else works on it")),
        &QueuePage::claimRequested);
    // Return opens the order only from the table (the view's activated signal), not from the search field.
    QAction* open = addPageAction(tr("Open order"), QKeySequence(Qt::Key_Return), tr("Show the order's lifecycle"));
    removeAction(open);
    connect(open, &QAction::triggered, this, &QueuePage::requestOpenOrder);
    request(addPageAction(
                tr("Release claim"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), tr("Let others work on it again")),
        &QueuePage::unclaimRequested);
    request(addPageAction(
                tr("Reopen"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), tr("Put it back in the open queue")),
        &QueuePage::reopenRequested);
    // Only the queue of cancellations past cutoff has an order to intercept; there it is the first thing to do, so it
    // leads the toolbar.
    QAction* intercept = addPageAction(tr("Ask to intercept…"),
        QKeySequence(Qt::CTRL | Qt::Key_I),
        tr("Ask the warehouse to pull the order before the carrier collects it"));
    m_toolBar->removeAction(intercept);
    m_toolBar->insertAction(m_actions.constFirst(), intercept);
    request(intercept, &QueuePage::interceptRequested);
    // Each queue shows only the actions that mean something for its records (their shortcuts go with them).
    for (int i = 0; i < m_actions.size(); ++i)
        m_actions.at(i)->setVisible(fits(m_type, static_cast<Action>(i)));

    m_toolBar->addSeparator();
    m_wholeFilter = new QAction(tr("Whole filter"), this);
    m_wholeFilter->setCheckable(true);
    m_wholeFilter->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_wholeFilter->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_wholeFilter->setToolTip(tr("Act on everything matching the filter, not only the selected rows (%1)")
                                  .arg(m_wholeFilter->shortcut().toString(QKeySequence::NativeText)));
    addAction(m_wholeFilter);
    m_toolBar->addAction(m_wholeFilter);
    connect(m_wholeFilter, &QAction::toggled, this, &QueuePage::updateActions);

    addFindShortcut(this, m_filterBar->searchField());
}

QAction* QueuePage::action(Action which) const
{
    return m_actions.value(static_cast<int>(which));
}

QList<ExceptionRef> QueuePage::selectedRefs() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QList<ExceptionRef> refs;
    refs.reserve(rows.size());
    for (const QModelIndex& i : std::as_const(rows))
        refs.append({i.data(QueueTableModel::IdRole).toLongLong(), i.data(QueueTableModel::VersionRole).toLongLong()});
    return refs;
}

bool QueuePage::actsOnWholeFilter() const
{
    return m_wholeFilter && m_wholeFilter->isChecked();
}

void QueuePage::requestForSelection(void (QueuePage::*signal)(const QList<ExceptionRef>&))
{
    // Edit works on the record under the cursor, so it always carries the selection. "Whole filter" holds for one
    // action only: the next click acts on the selection again, never silently on every row.
    if (actsOnWholeFilter() && signal != &QueuePage::editRequested && signal != &QueuePage::interceptRequested) {
        m_wholeFilter->setChecked(false);
        Q_EMIT(this->*signal)({});
        return;
    }
    const QList<ExceptionRef> refs = selectedRefs();
    if (!refs.isEmpty())
        Q_EMIT(this->*signal)(refs);
}

void QueuePage::setActionNote(const QString& text)
{
    m_note->setFullText(text);
}

QString QueuePage::actionNote() const
{
    return m_note->fullText();
}

void QueuePage::requestOpenOrder()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const core::ExceptionRecord& r = m_model->record(current.row());
    if (!r.orderRef.isEmpty())
        Q_EMIT openOrderRequested({r.id, r.version}, r.orderRef);
}

std::optional<RoleAction> QueuePage::roleActionOf(Action action)
{
    switch (action) {
    case Action::Retry:
        return RoleAction::Retry;
    case Action::Edit:
        return RoleAction::Edit;
    case Action::Acknowledge:
    case Action::Reopen: // undoes an acknowledgement
        return RoleAction::Acknowledge;
    case Action::Assign:
        return RoleAction::Assign;
    case Action::Claim:
    case Action::Unclaim:
        return RoleAction::Claim;
    case Action::OpenOrder:
        return RoleAction::OpenOrder;
    case Action::Intercept:
        return RoleAction::Intercept;
    }
    return std::nullopt;
}

bool QueuePage::fits(core::ExceptionType type, Action action)
{
    using core::ExceptionType;
    switch (action) {
    case Action::Retry:
        // A custom field nobody mapped fails the same way every time: it needs the mapping (Edit), not a resend.
        return type != ExceptionType::UnmappedCustomField;
    case Action::Edit:
        // Only where a correction exists: a SKU mapping, a facility, a field mapping, or a line of an order that has
        // not reached the warehouse. A stuck, cancelled, shipped or counted record has nothing to edit.
        return type == ExceptionType::SkuMismatch || type == ExceptionType::FacilityRoutingFailure
            || type == ExceptionType::UnmappedCustomField || type == ExceptionType::FailedAllocation;
    case Action::OpenOrder:
        // Drift is about a SKU's stock, not an order.
        return type != ExceptionType::InventoryDrift;
    case Action::Intercept:
        return type == ExceptionType::CancellationPastCutoff;
    case Action::Acknowledge:
    case Action::Assign:
    case Action::Claim:
    case Action::Unclaim:
    case Action::Reopen:
        return true;
    }
    return true;
}

void QueuePage::updateActions()
{
    const bool any = m_view->selectionModel()->hasSelection();
    const bool whole = actsOnWholeFilter() && m_model->rowCount() > 0;
    const bool openView = m_model->filter().state == core::ExceptionState::Open;
    bool anyClaimed = false;
    if (any) {
        const QModelIndexList rows = m_view->selectionModel()->selectedRows();
        anyClaimed = std::any_of(rows.cbegin(), rows.cend(), [this](const QModelIndex& i) {
            return !m_model->record(i.row()).claimedBy.isEmpty();
        });
    }
    const QModelIndex current = m_view->currentIndex();
    const Role role = Roles::instance().effectiveRole();
    for (int i = 0; i < m_actions.size(); ++i) {
        const auto which = static_cast<Action>(i);
        bool enabled = any || (whole && which != Action::Edit);
        switch (which) {
        case Action::Retry:
        case Action::Edit:
        case Action::Acknowledge:
            enabled = enabled && openView; // the engine refuses them on what is not open
            break;
        case Action::Unclaim:
            enabled = enabled && (whole || anyClaimed); // nothing to release on unclaimed rows
            break;
        case Action::Reopen:
            enabled = enabled && !openView; // only what is not open can be reopened
            break;
        case Action::Intercept:
            // One order at a time: each is its own call to the warehouse.
            enabled = openView && m_view->selectionModel()->selectedRows().size() == 1;
            break;
        case Action::OpenOrder:
            enabled = current.isValid() && !m_model->record(current.row()).orderRef.isEmpty();
            break;
        case Action::Assign:
        case Action::Claim:
            break;
        }
        const std::optional<RoleAction> need = roleActionOf(which);
        const bool roleAllows = !need || Roles::allows(role, *need);
        QAction* a = m_actions.at(i);
        a->setEnabled(enabled && roleAllows && fits(m_type, which));
        a->setToolTip(roleAllows ? m_tips.at(i)
                                 : tr("Not part of the work of the role \"%1\" (change the role in Settings).")
                                       .arg(Roles::displayName(role)));
    }
    updateStatus();
}

void QueuePage::updateDetail()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_detail->clear();
        m_detailVersion = 0;
    } else if (const core::ExceptionRecord& r = m_model->record(current.row());
               r.id != m_detail->recordId() || r.version != m_detailVersion) {
        // Read again only when another record is current or this one changed (a refresh touches every row).
        m_detail->showRecord(r);
        m_detailVersion = r.version;
    }
    updateActions();
}

void QueuePage::updateStatus()
{
    m_status->setText(statusText());
    updateEmptyText();
}

QString QueuePage::statusText() const
{
    const QLocale locale;
    const qint64 total = m_model->totalCount();
    const QString shown = locale.toString(m_model->rowCount());
    QString text = total < 0 ? tr("%1 shown, counting… · %2").arg(shown, m_filterBar->summary())
                             : tr("%1 of %2 shown · %3").arg(shown, locale.toString(total), m_filterBar->summary());
    const auto selected = static_cast<int>(m_view->selectionModel()->selectedRows().size());
    if (selected > 0)
        text = tr("%1 · %n selected", nullptr, selected).arg(text);
    return text;
}

void QueuePage::updateEmptyText()
{
    const QueueFilterState f = m_filterBar->filterState();
    QString text;
    if (m_model->isReading() && m_model->rowCount() == 0) {
        text = tr("Reading…");
    } else if (f.narrows()) {
        text = tr("Nothing matches these filters. Clear the search or choose another facility, owner, age, cause or "
                  "view.");
    } else {
        switch (f.state) {
        case core::ExceptionState::Open:
            text = tr("Nothing open here. Every record of this kind is in step.");
            break;
        case core::ExceptionState::Acknowledged:
            text = tr("Nothing acknowledged in this queue.");
            break;
        case core::ExceptionState::Resolved:
            text = tr("Nothing resolved in this queue yet.");
            break;
        }
    }
    m_view->setEmptyText(text);
}

void QueuePage::setClock(const core::Clock* clock)
{
    m_clock = clock ? clock : &kSystemClock;
    m_model->setClock(m_clock);
    m_detail->setClock(m_clock);
}

void QueuePage::reload()
{
    m_model->setFilter(m_filterBar->filterState().toFilter(m_clock->nowUtc(), m_model->person()));
    updateEmptyText();
}

void QueuePage::refresh()
{
    m_stale = false;
    m_keepSelection = m_keepSelection || m_view->selectionModel()->hasSelection();
    m_model->refresh();
    updateEmptyText();
}

void QueuePage::keepASelection(bool hadSelection)
{
    // Rows an action resolved leave the queue and take the selection with them; the current row moves on to the next
    // one, which the detail panel shows. Select it, so what the panel shows is what the actions act on.
    QItemSelectionModel* selection = m_view->selectionModel();
    if (!hadSelection || selection->hasSelection() || m_model->rowCount() == 0)
        return;
    QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        current = m_model->index(0, 0);
    selection->setCurrentIndex(current, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void QueuePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_widenReason) {
        // First time on screen with default widths: the reason, the column people read, takes the spare room.
        m_widenReason = false;
        QHeaderView* header = m_view->horizontalHeader();
        const int spare = m_view->viewport()->width() - header->length();
        const int reason = m_model->sectionOf(Column::Reason);
        if (spare > 0)
            header->resizeSection(reason, header->sectionSize(reason) + spare - 1);
    }
    if (!m_model->isLoaded())
        reload();
    else if (m_stale)
        refresh();
    m_stale = false;
}

void QueuePage::keepSortIndicatorOnSortableColumn(int section, Qt::SortOrder order)
{
    if (QueueTableModel::isSortable(m_model->columnAt(section)))
        return;
    // The model ignored it; put the indicator back where the rows really are ordered.
    Q_UNUSED(order);
    const QSignalBlocker blocker(m_view->horizontalHeader());
    m_view->horizontalHeader()->setSortIndicator(m_model->sortSection(), m_model->sortOrder());
}

void QueuePage::applyHeaderLayout()
{
    QHeaderView* header = m_view->horizontalHeader();
    QSettings settings;
    const bool restored = settings.value(settingsKey(QStringLiteral("headerVersion"))).toInt() == kHeaderLayoutVersion
        && header->restoreState(settings.value(settingsKey(QStringLiteral("header"))).toByteArray());
    if (!restored) {
        const QFontMetrics text = m_view->fontMetrics();
        const QFontMetrics title = header->fontMetrics();
        for (int s = 0; s < m_model->columnCount(); ++s) {
            const Column c = m_model->columnAt(s);
            const int width = std::max(text.horizontalAdvance(typicalText(c)),
                title.horizontalAdvance(QueueTableModel::columnTitle(c)) + title.height()); // room for the sort arrow
            header->resizeSection(s, width + 16);
        }
        m_widenReason = true;
        // The detail panel shows when it was last seen; the table keeps room for the reason.
        header->setSectionHidden(m_model->sectionOf(Column::LastSeen), true);
        header->setSortIndicator(m_model->sortSection(), m_model->sortOrder());
    }
    if (!QueueTableModel::isSortable(m_model->columnAt(header->sortIndicatorSection())))
        header->setSortIndicator(m_model->sortSection(), m_model->sortOrder());
    // Columns are shown or hidden from the header's context menu.
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, [this, header](const QPoint& pos) {
        QMenu menu(this);
        for (int s = 0; s < m_model->columnCount(); ++s) {
            QAction* a = menu.addAction(QueueTableModel::columnTitle(m_model->columnAt(s)));
            a->setCheckable(true);
            a->setChecked(!header->isSectionHidden(s));
            connect(a, &QAction::toggled, header, [header, s](bool shown) { header->setSectionHidden(s, !shown); });
        }
        menu.exec(header->mapToGlobal(pos));
    });
    // Sorts the (not yet loaded) model by the restored indicator.
    m_view->setSortingEnabled(true);
}

void QueuePage::saveLayout() const
{
    QSettings settings;
    settings.setValue(settingsKey(QStringLiteral("headerVersion")), kHeaderLayoutVersion);
    settings.setValue(settingsKey(QStringLiteral("header")), m_view->horizontalHeader()->saveState());
    settings.setValue(settingsKey(QStringLiteral("splitter")), m_splitter->saveState());
}

QList<QVariantMap> QueuePage::savedViews() const
{
    QList<QVariantMap> views;
    const QVariantList stored = QSettings().value(settingsKey(QStringLiteral("views"))).toList();
    for (const QVariant& v : stored)
        views.append(v.toMap());
    return views;
}

void QueuePage::storeViews(const QList<QVariantMap>& views)
{
    QVariantList list;
    for (const QVariantMap& v : views)
        list.append(v);
    QSettings().setValue(settingsKey(QStringLiteral("views")), list);
    fillViewsCombo();
}

void QueuePage::fillViewsCombo()
{
    const QSignalBlocker blocker(m_views);
    const QString current = m_views->currentText();
    m_views->clear();
    m_views->addItems(savedViewNames());
    m_views->setCurrentIndex(m_views->findText(current));
}

QStringList QueuePage::savedViewNames() const
{
    QStringList names;
    for (const QVariantMap& v : savedViews())
        names.append(v.value(QStringLiteral("name")).toString());
    return names;
}

void QueuePage::saveView(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return;
    QList<QVariantMap> views = savedViews();
    views.removeIf([&](const QVariantMap& v) { return v.value(QStringLiteral("name")).toString() == trimmed; });
    views.append(
        {{QStringLiteral("name"), trimmed}, {QStringLiteral("filter"), m_filterBar->filterState().toVariant()}});
    std::sort(views.begin(), views.end(), [](const QVariantMap& a, const QVariantMap& b) {
        return a.value(QStringLiteral("name")).toString().localeAwareCompare(b.value(QStringLiteral("name")).toString())
            < 0;
    });
    storeViews(views);
    m_views->setCurrentIndex(m_views->findText(trimmed));
}

bool QueuePage::applyView(const QString& name)
{
    for (const QVariantMap& v : savedViews()) {
        if (v.value(QStringLiteral("name")).toString() == name) {
            m_filterBar->setFilterState(QueueFilterState::fromVariant(v.value(QStringLiteral("filter")).toMap()));
            const QSignalBlocker blocker(m_views);
            m_views->setCurrentIndex(m_views->findText(name));
            return true;
        }
    }
    return false;
}

void QueuePage::deleteView(const QString& name)
{
    QList<QVariantMap> views = savedViews();
    views.removeIf([&](const QVariantMap& v) { return v.value(QStringLiteral("name")).toString() == name; });
    storeViews(views);
}

void QueuePage::saveViewFromPrompt()
{
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Save view"), tr("Name for this filter:"), QLineEdit::Normal, m_views->currentText(), &ok);
    if (ok)
        saveView(name);
}

} // namespace lockstep::ui
