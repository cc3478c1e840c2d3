// SPDX-License-Identifier: GPL-3.0-or-later
#include "action_result_dialog.h"

#include "common/display_format.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lockstep::ui {

using core::actions::Refusal;

QString ActionResultDialog::refusalName(Refusal refusal)
{
    switch (refusal) {
    case Refusal::None:
        return {};
    case Refusal::NotFound:
        return tr("not found");
    case Refusal::StaleVersion:
        return tr("changed since you opened it");
    case Refusal::NoteRequired:
        return tr("a note is required");
    case Refusal::ClaimedByOther:
        return tr("claimed by another person");
    case Refusal::WrongState:
        return tr("not open");
    case Refusal::NotRetryable:
        return tr("nothing to send again");
    case Refusal::EditNotAllowed:
        return tr("edit not allowed");
    case Refusal::NeedsConfiguration:
        return tr("needs the engine's configuration");
    case Refusal::StillFailing:
        return tr("still failing");
    case Refusal::StoreError:
        return tr("database error");
    }
    return {};
}

namespace {

/// Measures a row as tall as its text wrapped to the column's width; Qt's views measure it unwrapped.
class WrappingDelegate : public QStyledItemDelegate
{
public:
    WrappingDelegate(QHeaderView* header, QObject* parent)
        : QStyledItemDelegate(parent)
        , m_header(header)
    {}

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem wrapped(option);
        // The style wraps only within a valid rectangle: the column's width, any height.
        wrapped.rect = QRect(0, 0, m_header->sectionSize(index.column()), QWIDGETSIZE_MAX);
        return QStyledItemDelegate::sizeHint(wrapped, index);
    }

private:
    QHeaderView* m_header;
};

} // namespace

ActionResultDialog::ActionResultDialog(const QString& actionName,
    const core::actions::ActionResult& result,
    const QHash<qint64, QString>& labels,
    QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("ActionResultDialog"));
    setWindowTitle(tr("%1: the outcome").arg(actionName));
    const QLocale locale;
    const int done = result.succeededCount();
    const int refused = result.refusedCount();
    QString summary;
    if (!result.error.isEmpty()) {
        summary = tr("%1 did not run: %2").arg(actionName, result.error);
    } else if (result.items.isEmpty()) {
        summary = tr("%1: nothing matched; nothing was changed.").arg(actionName);
    } else {
        summary = tr("%1: %2 done, %3 refused.").arg(actionName, locale.toString(done), locale.toString(refused));
        // Counted by cause, so a thousand refusals read as a few reasons.
        QMap<int, int> byKind;
        for (const auto& item : result.items) {
            if (!item.succeeded)
                ++byKind[static_cast<int>(item.refusal)];
        }
        QStringList causes;
        for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
            causes << tr("%1 %2").arg(locale.toString(it.value()), refusalName(static_cast<Refusal>(it.key())));
        if (!causes.isEmpty())
            summary += u' ' + tr("Refused: %1.").arg(causes.join(QStringLiteral(", ")));
    }
    m_summary = new QLabel(summary, this);
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Summary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_list = new QTreeWidget(this);
    m_list->setAccessibleName(tr("Outcome per exception"));
    m_list->setRootIsDecorated(false);
    // "Why" is often a sentence or two: it wraps within the column, the row growing to hold it, and the
    // tooltip repeats it whole.
    m_list->setUniformRowHeights(false);
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setHeaderLabels({tr("Exception"), tr("Outcome"), tr("Why")});
    m_list->header()->setStretchLastSection(true);
    m_list->setItemDelegate(new WrappingDelegate(m_list->header(), m_list));
    // A wider or narrower column wraps differently: the rows are measured again.
    connect(m_list->header(), &QHeaderView::sectionResized, m_list, [this] { m_list->doItemsLayout(); });
    const auto add = [&](const core::actions::ItemOutcome& item) {
        const QString label = labels.value(item.exceptionId, tr("Exception %1").arg(item.exceptionId));
        const QString outcome = item.succeeded ? tr("Done") : tr("Refused: %1").arg(refusalName(item.refusal));
        const QString why = DisplayFormat::plainReason(item.shown());
        auto* row = new QTreeWidgetItem(m_list, {label, outcome, why});
        row->setToolTip(1, outcome);
        row->setToolTip(2, why);
        row->setData(0, Qt::UserRole, item.exceptionId);
    };
    for (const auto& item : result.items) {
        if (!item.succeeded)
            add(item);
    }
    for (const auto& item : result.items) {
        if (item.succeeded)
            add(item);
    }
    m_list->resizeColumnToContents(0);
    m_list->resizeColumnToContents(1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(820, 420);
}

QString ActionResultDialog::summaryText() const
{
    return m_summary->text();
}

QStringList ActionResultDialog::rowLines() const
{
    QStringList lines;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* row = m_list->topLevelItem(i);
        lines << QStringList{row->text(0), row->text(1), row->text(2)}.join(QStringLiteral(" · "));
    }
    return lines;
}

} // namespace lockstep::ui
