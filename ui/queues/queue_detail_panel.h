// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/exception_ref.h"
#include "domain/clock.h"
#include "domain/exception_record.h"
#include "domain/result.h"

#include <QWidget>

#include <memory>

class QGridLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTreeWidget;

namespace lockstep::core::store {
class Database;
}

namespace lockstep::ui {

class BackgroundReader;

class ElidedLabel;

/// The details of the exception under the cursor: reason, facts, suggested action, where its order stands
/// at the storefront and at the warehouse (BothSystemsState: what a person checks before a retry), the payload
/// as indented JSON, its comment thread (with a field to add one: commentRequested(), which QueueActions sends to
/// the engine) and its history from the audit log (a few indexed reads per record shown). Thread: UI. Reads through the
/// Database it is given, which must outlive the panel.
class QueueDetailPanel : public QWidget
{
    Q_OBJECT

public:
    explicit QueueDetailPanel(core::store::Database& db, QWidget* parent = nullptr);

    /// Shows `record`, reading its history.
    void showRecord(const core::ExceptionRecord& record);
    /// Shows the "nothing selected" message.
    void clear();
    qint64 recordId() const { return m_recordId; }
    /// The clock "ago" and time left count from (not owned; the system clock by default).
    void setClock(const core::Clock* clock);

    QString reasonText() const;
    QString payloadText() const;
    /// "Storefront: …\nWarehouse: …" for the record shown.
    QString bothSystemsText() const;
    /// One line per audit entry, oldest first: "when · who · what · note".
    QStringList historyLines() const;
    /// One line per comment, oldest first: "when · who · text".
    QStringList commentLines() const;
    QLineEdit* commentField() const { return m_commentField; }
    QPushButton* addCommentButton() const { return m_addComment; }
    QTabWidget* tabs() const { return m_tabs; }
    QWidget* commentsTab() const { return m_commentsTab; }
    /// The thread its reads run on (shared by every panel on the same store); null before the first record shown.
    const QThread* readerThread() const;
    /// Re-reads the comments and the history of the record shown; after an accepted comment, also empties the field.
    void reloadThread(bool commentAccepted = false);

    /// The payload as indented JSON, or the text as it is when it is not JSON.
    static QString prettyJson(const QString& payload);

Q_SIGNALS:
    /// The person asked to add `text` to the thread of `exception`.
    void commentRequested(const lockstep::ui::ExceptionRef& exception, const QString& text);

private:
    /// Half a row (one of a pair) or a row of its own.
    enum class FactWidth
    {
        Pair,
        Row
    };
    void addFact(const QString& label, ElidedLabel*& value, FactWidth width = FactWidth::Pair);
    QWidget* buildComments(QWidget* parent);
    struct Extras;
    /// Reads what the panel shows besides the record itself (both systems' state as stored, the comments, the
    /// history) on the panel's reader, off the UI thread; showExtras() fills them in when they arrive.
    void readExtras();
    void takeExtras(const core::Result<Extras>& read);
    void showExtras(const Extras& extras);
    void requestComment();
    void updateCommentEnabled();

    core::store::Database& m_db;
    std::shared_ptr<BackgroundReader> m_reader; ///< shared by the store's panels; taken at the first record shown
    int m_readerChannel = 0; ///< this panel's channel on it
    const core::Clock* m_clock = nullptr;
    core::ExceptionRecord m_record; ///< the record shown
    qint64 m_recordId = 0;
    qint64 m_recordVersion = 0;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_reason = nullptr;
    QLabel* m_suggested = nullptr;
    QLabel* m_bothSystems = nullptr;
    QGridLayout* m_facts = nullptr;
    int m_factRow = 0; // where addFact() puts the next fact
    int m_factColumn = 0;
    ElidedLabel* m_severity = nullptr;
    ElidedLabel* m_owner = nullptr;
    ElidedLabel* m_facility = nullptr;
    ElidedLabel* m_sku = nullptr;
    ElidedLabel* m_attempts = nullptr;
    ElidedLabel* m_firstSeen = nullptr;
    ElidedLabel* m_lastSeen = nullptr;
    ElidedLabel* m_sla = nullptr;
    ElidedLabel* m_cutoff = nullptr;
    ElidedLabel* m_assignee = nullptr;
    ElidedLabel* m_claimedBy = nullptr;
    ElidedLabel* m_signature = nullptr;
    QTabWidget* m_tabs = nullptr;
    QPlainTextEdit* m_payload = nullptr;
    QTreeWidget* m_history = nullptr;
    QWidget* m_commentsTab = nullptr;
    QListWidget* m_comments = nullptr;
    QStringList m_commentLines;
    QLineEdit* m_commentField = nullptr;
    QPushButton* m_addComment = nullptr;
};

} // namespace lockstep::ui
