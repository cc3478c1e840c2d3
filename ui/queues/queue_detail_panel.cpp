// SPDX-License-Identifier: GPL-3.0-or-later
#include "queue_detail_panel.h"

#include "both_systems_state.h"
#include "common/background_reader.h"
#include "common/display_format.h"
#include "common/elided_label.h"
#include "shell/role.h"
#include "store/audit_repository.h"
#include "store/comment_repository.h"

#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lockstep::ui {

namespace {

QLabel* wrappingLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QString orDash(const QString& text)
{
    return text.isEmpty() ? QStringLiteral("—") : text;
}

const core::SystemClock kSystemClock;

} // namespace

QueueDetailPanel::QueueDetailPanel(core::store::Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_clock(&kSystemClock)
{
    setAccessibleName(tr("Exception details"));
    m_stack = new QStackedWidget(this);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    auto* empty = new QLabel(tr("Select an exception to see its reason, facts, payload and history."), m_stack);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setEnabled(false);
    m_stack->addWidget(empty);

    auto* splitter = new QSplitter(Qt::Horizontal, m_stack);
    m_stack->addWidget(splitter);

    // Left: what happened and what to do.
    auto* scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* summary = new QWidget(scroll);
    auto* left = new QVBoxLayout(summary);
    m_title = wrappingLabel(summary);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setAccessibleName(tr("Exception"));
    m_reason = wrappingLabel(summary);
    m_reason->setAccessibleName(tr("Reason"));
    m_suggested = wrappingLabel(summary);
    m_suggested->setAccessibleName(tr("Suggested action"));
    m_bothSystems = wrappingLabel(summary);
    m_bothSystems->setAccessibleName(tr("Now at both systems"));
    // Short facts in two label/value column pairs, so they fit the panel's height without scrolling; the long ones
    // (times with how long ago, the cause) on a row each, across both pairs. A value too long for its cell ends in
    // "…" and carries the whole of it as its tooltip (ElidedLabel).
    m_facts = new QGridLayout;
    m_facts->setHorizontalSpacing(10);
    m_facts->setColumnStretch(1, 1);
    m_facts->setColumnStretch(3, 1);
    addFact(tr("Severity"), m_severity);
    addFact(tr("Owner"), m_owner);
    addFact(tr("Facility"), m_facility);
    addFact(tr("SKU"), m_sku);
    addFact(tr("Attempts"), m_attempts);
    addFact(tr("Assignee"), m_assignee);
    addFact(tr("Claimed by"), m_claimedBy);
    addFact(tr("First seen"), m_firstSeen, FactWidth::Row);
    addFact(tr("Last seen"), m_lastSeen, FactWidth::Row);
    addFact(tr("SLA due"), m_sla, FactWidth::Row);
    addFact(tr("Cutoff"), m_cutoff, FactWidth::Row);
    addFact(tr("Cause"), m_signature, FactWidth::Row);
    left->addWidget(m_title);
    left->addWidget(m_reason);
    left->addWidget(m_suggested);
    left->addWidget(m_bothSystems);
    left->addLayout(m_facts);
    left->addStretch(1);
    scroll->setWidget(summary);

    // Right: the payload and the history.
    auto* tabs = new QTabWidget(splitter);
    m_tabs = tabs;
    m_payload = new QPlainTextEdit(tabs);
    m_payload->setReadOnly(true);
    m_payload->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_payload->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_payload->setAccessibleName(tr("Payload"));
    m_history = new QTreeWidget(tabs);
    m_history->setRootIsDecorated(false);
    m_history->setUniformRowHeights(true);
    m_history->setHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Note")});
    m_history->setAccessibleName(tr("History"));
    m_history->header()->setStretchLastSection(true);
    tabs->addTab(buildComments(tabs), tr("Comments"));
    tabs->addTab(m_payload, tr("Payload"));
    tabs->addTab(m_history, tr("History"));

    splitter->addWidget(scroll);
    splitter->addWidget(tabs);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({600, 600});
    clear();
}

QWidget* QueueDetailPanel::buildComments(QWidget* parent)
{
    m_commentsTab = new QWidget(parent);
    m_commentsTab->setObjectName(QStringLiteral("commentsTab"));
    auto* layout = new QVBoxLayout(m_commentsTab);
    layout->setContentsMargins(4, 4, 4, 4);
    // A list rather than a table: a comment is prose and wraps at the panel's width instead of being cut off.
    m_comments = new QListWidget(m_commentsTab);
    m_comments->setObjectName(QStringLiteral("commentThread"));
    m_comments->setWordWrap(true);
    m_comments->setResizeMode(QListView::Adjust);
    m_comments->setTextElideMode(Qt::ElideNone);
    m_comments->setSelectionMode(QAbstractItemView::NoSelection);
    m_comments->setAlternatingRowColors(true); // where one comment ends and the next begins
    m_comments->setSpacing(2);
    m_comments->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_comments->setAccessibleName(tr("Comments"));
    // One line to write in, so the thread keeps the panel's height.
    m_commentField = new QLineEdit(m_commentsTab);
    m_commentField->setObjectName(QStringLiteral("commentField"));
    m_commentField->setPlaceholderText(tr("Add a comment for the people working on this"));
    m_commentField->setAccessibleName(tr("New comment"));
    m_commentField->setClearButtonEnabled(true);
    m_addComment = new QPushButton(tr("Add comment"), m_commentsTab);
    m_addComment->setObjectName(QStringLiteral("addComment"));
    auto* entry = new QHBoxLayout;
    entry->addWidget(m_commentField, 1);
    entry->addWidget(m_addComment);
    layout->addWidget(m_comments, 1);
    layout->addLayout(entry);
    connect(m_addComment, &QPushButton::clicked, this, &QueueDetailPanel::requestComment);
    connect(m_commentField, &QLineEdit::returnPressed, this, &QueueDetailPanel::requestComment);
    connect(m_commentField, &QLineEdit::textChanged, this, &QueueDetailPanel::updateCommentEnabled);
    connect(&Roles::instance(), &Roles::roleChanged, this, &QueueDetailPanel::updateCommentEnabled);
    updateCommentEnabled();
    return m_commentsTab;
}

void QueueDetailPanel::updateCommentEnabled()
{
    const bool allowed = Roles::instance().allows(RoleAction::Comment);
    m_commentField->setEnabled(allowed);
    m_addComment->setEnabled(allowed && !m_commentField->text().trimmed().isEmpty());
    m_addComment->setToolTip(allowed ? tr("Add the comment to this exception's thread (Enter)")
                                     : tr("Not part of the work of the role \"%1\" (change the role in Settings).")
                                           .arg(Roles::displayName(Roles::instance().effectiveRole())));
}

void QueueDetailPanel::requestComment()
{
    const QString text = m_commentField->text().trimmed();
    if (m_recordId == 0 || text.isEmpty() || !Roles::instance().allows(RoleAction::Comment))
        return;
    Q_EMIT commentRequested({m_recordId, m_recordVersion}, text);
}

void QueueDetailPanel::reloadThread(bool commentAccepted)
{
    if (commentAccepted)
        m_commentField->clear();
    if (m_recordId == 0)
        return;
    readExtras();
}

/// What the panel reads about the record shown besides the record, on its reader's thread.
struct QueueDetailPanel::Extras
{
    qint64 recordId = 0;
    BothSystemsState both;
    QList<core::store::ExceptionComment> comments;
    QString commentsError;
    QList<core::store::AuditEntry> history;
    QString historyError;
};

namespace {

/// The reader the detail panels of one store share: one thread and one connection per window, not one per queue (on
/// a server every connection counts against its limit). Each panel reads on a channel of its own. Thread: UI.
std::shared_ptr<BackgroundReader> sharedDetailReader(const QString& path)
{
    static QHash<QString, std::weak_ptr<BackgroundReader>> readers;
    std::shared_ptr<BackgroundReader> reader = readers.value(path).lock();
    if (!reader) {
        reader = std::make_shared<BackgroundReader>(path, QStringLiteral("record-detail"));
        readers.insert(path, reader);
    }
    return reader;
}

int nextDetailChannel()
{
    static int next = 0;
    return next++;
}

} // namespace

void QueueDetailPanel::readExtras()
{
    if (!m_reader) {
        m_reader = sharedDetailReader(m_db.path());
        m_readerChannel = nextDetailChannel();
    }
    m_reader->read<Extras>(
        m_readerChannel,
        [record = m_record](core::store::Database& db) {
            Extras e;
            e.recordId = record.id;
            e.both = BothSystemsState::read(db, record);
            auto thread = core::store::CommentRepository(db).forException(record.id);
            if (thread.ok())
                e.comments = thread.value();
            else
                e.commentsError = thread.error().toString();
            auto entries =
                core::store::AuditRepository(db).forSubject(QStringLiteral("exception"), QString::number(record.id));
            if (entries.ok())
                e.history = entries.value();
            else
                e.historyError = entries.error().toString();
            return e;
        },
        [panel = QPointer<QueueDetailPanel>(this)](const core::Result<Extras>& read) {
            if (panel)
                panel->takeExtras(read);
        });
}

const QThread* QueueDetailPanel::readerThread() const
{
    return m_reader ? m_reader->workerThread() : nullptr;
}

void QueueDetailPanel::takeExtras(const core::Result<Extras>& read)
{
    if (!read.ok()) {
        Extras failed;
        failed.recordId = m_recordId;
        failed.commentsError = failed.historyError = read.error().toString();
        return showExtras(failed);
    }
    if (read.value().recordId == m_recordId)
        showExtras(read.value());
}

void QueueDetailPanel::showExtras(const Extras& e)
{
    m_bothSystems->setText(e.both.text());
    m_bothSystems->setVisible(e.both.aboutAnOrder);

    m_comments->clear();
    m_commentLines.clear();
    if (!e.commentsError.isEmpty()) {
        m_comments->addItem(tr("Cannot read the comments: %1").arg(e.commentsError));
    } else {
        for (const core::store::ExceptionComment& c : e.comments) {
            const QString when = DisplayFormat::localTime(c.at);
            // "who · when" above the text; the role a comment was written in stays in the audit row.
            auto* item = new QListWidgetItem(tr("%1 · %2\n%3").arg(c.author, when, c.text), m_comments);
            item->setToolTip(c.text);
            m_commentLines << QStringList{when, c.author, c.text}.join(QStringLiteral(" · "));
        }
    }
    const auto n = static_cast<int>(m_commentLines.size());
    m_tabs->setTabText(m_tabs->indexOf(m_commentsTab), n == 0 ? tr("Comments") : tr("Comments (%1)").arg(n));
    if (n > 0)
        m_comments->scrollToBottom();

    m_history->clear();
    if (!e.historyError.isEmpty()) {
        new QTreeWidgetItem(m_history, {QString(), QString(), tr("Cannot read the history: %1").arg(e.historyError)});
    } else if (e.history.isEmpty()) {
        new QTreeWidgetItem(m_history, {QString(), QString(), tr("No actions yet")});
    } else {
        for (const core::store::AuditEntry& a : e.history)
            new QTreeWidgetItem(m_history,
                {DisplayFormat::localTime(a.at),
                    a.actor,
                    DisplayFormat::auditAction(a.action),
                    DisplayFormat::plainReason(a.shownNote())});
    }
    for (int c = 0; c < 3; ++c)
        m_history->resizeColumnToContents(c);
}

void QueueDetailPanel::addFact(const QString& label, ElidedLabel*& value, FactWidth width)
{
    value = new ElidedLabel(this);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setAccessibleName(label);
    auto* name = new QLabel(tr("%1:").arg(label), this);
    name->setBuddy(value);
    if (width == FactWidth::Row && m_factColumn != 0) {
        ++m_factRow; // a row of its own, after a pair left half filled
        m_factColumn = 0;
    }
    m_facts->addWidget(name, m_factRow, m_factColumn * 2, Qt::AlignLeft | Qt::AlignTop);
    if (width == FactWidth::Row) {
        m_facts->addWidget(value, m_factRow++, 1, 1, 3, Qt::AlignTop);
        return;
    }
    m_facts->addWidget(value, m_factRow, m_factColumn * 2 + 1, Qt::AlignTop);
    if (++m_factColumn == 2) {
        m_factColumn = 0;
        ++m_factRow;
    }
}

QString QueueDetailPanel::prettyJson(const QString& payload)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(payload.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || doc.isNull())
        return payload;
    return QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
}

void QueueDetailPanel::setClock(const core::Clock* clock)
{
    m_clock = clock ? clock : &kSystemClock;
}

void QueueDetailPanel::clear()
{
    m_recordId = 0;
    m_stack->setCurrentIndex(0);
}

void QueueDetailPanel::showRecord(const core::ExceptionRecord& r)
{
    if (r.id != m_recordId) {
        m_commentField->clear(); // a comment half written was about the record before
        // Both systems' state as stored, the comments and the history of another record: gone until the reader
        // brings this one's (readExtras()).
        m_bothSystems->clear();
        m_bothSystems->hide();
        m_comments->clear();
        m_commentLines.clear();
        m_tabs->setTabText(m_tabs->indexOf(m_commentsTab), tr("Comments"));
        m_history->clear();
        new QTreeWidgetItem(m_history, {QString(), QString(), tr("Reading…")});
    }
    m_record = r;
    m_recordId = r.id;
    m_recordVersion = r.version;
    const QDateTime now = m_clock->nowUtc();
    m_title->setText(r.orderRef.isEmpty() ? orDash(r.sku) : tr("Order %1").arg(r.orderRef));
    m_reason->setText(DisplayFormat::reason(r));
    const QString suggested = DisplayFormat::suggestedAction(r);
    m_suggested->setText(suggested.isEmpty() ? QString() : tr("Suggested: %1").arg(suggested));
    m_suggested->setVisible(!suggested.isEmpty());
    m_severity->setFullText(DisplayFormat::severity(r.severity));
    m_owner->setFullText(DisplayFormat::ownerTeam(r.ownerTeam));
    m_facility->setFullText(orDash(r.facility));
    m_sku->setFullText(orDash(r.sku));
    m_attempts->setFullText(QString::number(r.attempts));
    m_firstSeen->setFullText(
        tr("%1 (%2 ago)").arg(DisplayFormat::localTime(r.firstSeen), DisplayFormat::duration(r.firstSeen.secsTo(now))));
    m_lastSeen->setFullText(DisplayFormat::localTime(r.lastSeen));
    m_sla->setFullText(r.slaDue.isValid()
            ? tr("%1 (%2)").arg(DisplayFormat::localTime(r.slaDue), DisplayFormat::timeLeft(r.slaDue, now))
            : orDash({}));
    m_cutoff->setFullText(r.cutoffAt.isValid()
            ? tr("%1 (%2)").arg(DisplayFormat::localTime(r.cutoffAt), DisplayFormat::timeLeft(r.cutoffAt, now))
            : orDash({}));
    m_assignee->setFullText(orDash(r.assignee));
    m_claimedBy->setFullText(orDash(r.claimedBy));
    m_signature->setFullText(orDash(DisplayFormat::cause(r.signature)), r.signature);
    m_payload->setPlainText(prettyJson(r.payload));
    // An empty object says nothing; the tab shows only when there is something to read.
    const QString payload = m_payload->toPlainText().trimmed();
    m_tabs->setTabVisible(m_tabs->indexOf(m_payload),
        !payload.isEmpty() && payload != QLatin1String("{\n}") && payload != QLatin1String("{}")
            && payload != QLatin1String("[]"));

    readExtras();
    m_stack->setCurrentIndex(1);
}

QString QueueDetailPanel::reasonText() const
{
    return m_reason->text();
}

QString QueueDetailPanel::bothSystemsText() const
{
    return m_bothSystems->text();
}

QString QueueDetailPanel::payloadText() const
{
    return m_payload->toPlainText();
}

QStringList QueueDetailPanel::historyLines() const
{
    QStringList lines;
    for (int i = 0; i < m_history->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_history->topLevelItem(i);
        QStringList cells;
        for (int c = 0; c < m_history->columnCount(); ++c)
            cells << item->text(c);
        lines << cells.join(QStringLiteral(" · "));
    }
    return lines;
}

QStringList QueueDetailPanel::commentLines() const
{
    return m_commentLines;
}

} // namespace lockstep::ui
