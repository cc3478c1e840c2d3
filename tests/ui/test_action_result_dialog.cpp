// SPDX-License-Identifier: GPL-3.0-or-later
// The outcome of an action: the "Why" of each row reads whole, wrapped within its column, with a tooltip.
#include "actions/action_result_dialog.h"

#include <QApplication>
#include <QHeaderView>
#include <QTest>
#include <QTreeWidget>

using namespace lockstep;
using namespace lockstep::core::actions;

class TestActionResultDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void longReasonWrapsInItsRowAndShowsWholeAsTooltip()
    {
        ActionResult result;
        result.kind = ActionKind::Retry;
        const QString why = QStringLiteral("The warehouse refused order 1072 because the order is already released "
                                           "for picking at DAL-1 and can no longer be changed; ask the warehouse to "
                                           "intercept it before it ships, or acknowledge the exception with a note.");
        result.items << ItemOutcome(7, false, Refusal::StillFailing, lockstep::core::Message::literal(why));
        result.items << ItemOutcome(8, true, Refusal::None, lockstep::core::Message::literal(QStringLiteral("Sent")));
        ui::ActionResultDialog dialog(QStringLiteral("Retry"), result, {{7, QStringLiteral("Order 1072")}});
        dialog.resize(640, 420);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTreeWidget* list = dialog.outcomeList();
        QTreeWidgetItem* refused = list->topLevelItem(0);
        QCOMPARE(refused->text(2), why);
        QCOMPARE(refused->toolTip(2), why);
        // The sentence is far wider than the column: its row is several lines tall instead of one clipped line.
        const int line = list->fontMetrics().height();
        QTRY_VERIFY2(list->visualItemRect(refused).height() >= 2 * line,
            qPrintable(QStringLiteral("row %1 px, line %2 px").arg(list->visualItemRect(refused).height()).arg(line)));
        QVERIFY(list->visualItemRect(list->topLevelItem(1)).height() < 2 * line);
    }
};

QTEST_MAIN(TestActionResultDialog)
#include "test_action_result_dialog.moc"
