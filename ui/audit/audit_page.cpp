// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit_page.h"

#include "audit_table_model.h"
#include "common/display_format.h"
#include "common/order_text.h"
#include "shell/page_shortcuts.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace lockstep::ui {

namespace {

constexpr int kDebounceMSecs = 300;
constexpr int kDefaultDays = 7;
const QString kHeaderKey = QStringLiteral("audit/header");

QString prettyJson(const QString& text)
{
    if (text.trimmed().isEmpty())
        return {};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return text;
    return QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
}

QPlainTextEdit* makeJsonView(const QString& placeholder, QWidget* parent)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setReadOnly(true);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setPlaceholderText(placeholder);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    return edit;
}

} // namespace

AuditPage::AuditPage(const QString& databasePath, QWidget* parent)
    : QWidget(parent)
    , m_connection(databasePath)
    , m_databasePath(databasePath)
{
    setObjectName(QStringLiteral("AuditPage"));
    setAccessibleName(tr("Audit"));
    buildUi();
}

AuditPage::~AuditPage()
{
    QSettings().setValue(kHeaderKey, m_view->horizontalHeader()->saveState());
}

void AuditPage::buildUi()
{
    auto* layout = new QVBoxLayout(this);
    auto* filters = new QHBoxLayout;
    const QDate today = m_connection.nowUtc().toLocalTime().date();
    m_from = new QDateEdit(today.addDays(-(kDefaultDays - 1)), this);
    m_to = new QDateEdit(today, this);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd")); // as every page writes dates
    }
    m_from->setAccessibleName(tr("From date"));
    m_to->setAccessibleName(tr("To date"));
    auto* fromLabel = new QLabel(tr("&From"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&To"), this);
    toLabel->setBuddy(m_to);
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("auditFilter"));
    m_text->setPlaceholderText(tr("Filter by who, action or record (e.g. exception:17)"));
    m_text->setAccessibleName(tr("Filter the audit log"));
    m_text->setClearButtonEnabled(true);
    m_order = new QComboBox(this);
    m_order->setAccessibleName(tr("Order"));
    m_order->addItem(tr("Newest first"));
    m_order->addItem(tr("Oldest first"));
    filters->addWidget(fromLabel);
    filters->addWidget(m_from);
    filters->addWidget(toLabel);
    filters->addWidget(m_to);
    filters->addWidget(m_text, 1);
    filters->addWidget(m_order);
    layout->addLayout(filters);

    auto* split = new QSplitter(Qt::Vertical, this);
    m_model = new AuditTableModel(m_databasePath, this);
    m_view = new QTableView(split);
    m_view->setObjectName(QStringLiteral("auditTable"));
    m_view->setAccessibleName(tr("Audit log"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView* header = m_view->horizontalHeader();
    header->setStretchLastSection(true);
    const QByteArray saved = QSettings().value(kHeaderKey).toByteArray();
    m_sizeColumns = saved.isEmpty() || !header->restoreState(saved);
    header->resizeSection(
        static_cast<int>(AuditTableModel::Column::Note), 30 * m_view->fontMetrics().averageCharWidth());

    auto* details = new QWidget(split);
    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(details);
    m_summary->setTextFormat(Qt::PlainText); // notes and record ids are data, never markup
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detailsLayout->addWidget(m_summary);
    auto* jsonRow = new QHBoxLayout;
    auto* beforeBox = new QVBoxLayout;
    auto* afterBox = new QVBoxLayout;
    beforeBox->addWidget(new QLabel(tr("Before"), details));
    m_before = makeJsonView(tr("Nothing before"), details);
    beforeBox->addWidget(m_before);
    afterBox->addWidget(new QLabel(tr("After"), details));
    m_after = makeJsonView(tr("Nothing after"), details);
    afterBox->addWidget(m_after);
    jsonRow->addLayout(beforeBox);
    jsonRow->addLayout(afterBox);
    detailsLayout->addLayout(jsonRow, 1);
    split->addWidget(m_view);
    split->addWidget(details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    layout->addWidget(m_status);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMSecs);
    connect(m_debounce, &QTimer::timeout, this, &AuditPage::reload);
    connect(m_text, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_text, &QLineEdit::returnPressed, this, &AuditPage::reload);
    connect(m_from, &QDateEdit::dateChanged, this, &AuditPage::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditPage::reload);
    connect(m_order, &QComboBox::currentIndexChanged, this, &AuditPage::reload);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditPage::showDetails);
    connect(m_model, &AuditTableModel::pageFetched, this, &AuditPage::updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditPage::updateStatus);
    connect(m_model, &AuditTableModel::fetchFailed, this, &AuditPage::updateStatus);
    addFindShortcut(this, m_text);
    addPageShortcut(this, QKeySequence::Refresh, [this] { reload(); });
}

void AuditPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        reload();
}

void AuditPage::setRange(const QDate& from, const QDate& to)
{
    {
        const QSignalBlocker a(m_from);
        const QSignalBlocker b(m_to);
        m_from->setDate(from);
        m_to->setDate(to);
    }
    reload();
}

void AuditPage::setFilterText(const QString& text)
{
    {
        const QSignalBlocker block(m_text);
        m_text->setText(text);
    }
    reload();
}

void AuditPage::setNewestFirst(bool newestFirst)
{
    {
        const QSignalBlocker block(m_order);
        m_order->setCurrentIndex(newestFirst ? 0 : 1);
    }
    reload();
}

void AuditPage::reload()
{
    m_debounce->stop();
    m_loaded = true;
    QDate from = m_from->date();
    QDate to = m_to->date();
    if (to < from)
        std::swap(from, to);
    core::store::AuditQuery q;
    q.from = from.startOfDay().toUTC();
    q.to = to.addDays(1).startOfDay().toUTC();
    q.text = m_text->text().trimmed();
    q.newestFirst = m_order->currentIndex() == 0;
    m_model->setQuery(q);
    if (m_model->canFetchMore({}))
        m_model->fetchMore({});
    showDetails();
    updateStatus();
}

void AuditPage::updateStatus()
{
    if (m_sizeColumns && m_model->rowCount() > 0) {
        // Once, from the first page (at most a page of rows): fit the short columns to what they hold.
        m_sizeColumns = false;
        for (const auto column : {AuditTableModel::Column::Time,
                 AuditTableModel::Column::Actor,
                 AuditTableModel::Column::Action,
                 AuditTableModel::Column::Subject})
            m_view->resizeColumnToContents(static_cast<int>(column));
    }
    if (!m_model->lastError().isEmpty()) {
        m_status->setText(tr("Cannot read the audit log: %1").arg(m_model->lastError()));
        return;
    }
    const int rows = m_model->rowCount();
    if (rows == 0 && m_model->isReading()) {
        m_status->setText(tr("Reading…"));
        return;
    }
    if (rows == 0) {
        m_status->setText(m_text->text().trimmed().isEmpty()
                ? tr("No audit entries between these dates.")
                : tr("No audit entries between these dates match “%1”.").arg(m_text->text().trimmed()));
        return;
    }
    m_status->setText(m_model->canFetchMore({}) ? tr("Entries shown: %n; scroll down for more.", nullptr, rows)
                                                : tr("Entries: %n", nullptr, rows));
}

void AuditPage::showDetails()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_summary->setText(tr("Select an entry to see the record before and after."));
        m_before->clear();
        m_after->clear();
        return;
    }
    const auto& e = m_model->entry(current.row());
    QString summary = tr("%1 by %2 on %3, %4")
                          .arg(DisplayFormat::auditAction(e.action),
                              e.actor,
                              DisplayFormat::auditSubject(e.subjectType, e.subjectId),
                              DisplayFormat::localTime(e.at));
    if (const QString note = e.shownNote(); !note.isEmpty())
        summary = tr("%1. Note: %2").arg(summary, note);
    m_summary->setText(summary);
    m_before->setPlainText(prettyJson(e.before));
    m_after->setPlainText(prettyJson(e.after));
    Q_EMIT entrySelected(e.id);
}

QString AuditPage::beforeText() const
{
    return m_before->toPlainText();
}

QString AuditPage::afterText() const
{
    return m_after->toPlainText();
}

} // namespace lockstep::ui
