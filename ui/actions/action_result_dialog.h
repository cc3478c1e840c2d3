// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actions/action_command.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QTreeWidget;

namespace lockstep::ui {

/// What an action did, row by row: a summary ("48 done, 2 refused: 1 claimed by another person, 1 changed since
/// you opened it"), then one line per exception with its outcome and the engine's reason, the refused first.
/// Shown without blocking (show(), not exec()), so the queue stays usable beside it. Thread: UI.
class ActionResultDialog : public QDialog
{
    Q_OBJECT

public:
    /// `labels` names each exception id for people ("Order WC-1042"); ids without one are named by number.
    ActionResultDialog(const QString& actionName,
        const core::actions::ActionResult& result,
        const QHash<qint64, QString>& labels,
        QWidget* parent = nullptr);

    QString summaryText() const;
    QTreeWidget* outcomeList() const { return m_list; }
    /// One line per row as shown: "Order WC-1042 · Refused: claimed · Exception 12 is claimed by …".
    QStringList rowLines() const;

    /// A few words for a refusal ("claimed by another person").
    static QString refusalName(core::actions::Refusal refusal);

private:
    QLabel* m_summary = nullptr;
    QTreeWidget* m_list = nullptr;
};

} // namespace lockstep::ui
