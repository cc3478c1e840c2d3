// SPDX-License-Identifier: GPL-3.0-or-later
// The filter bar: typing is debounced into one change, choices apply at once, the state round-trips
// through a saved view and becomes the store filter, and the summary reads as the status line shows it.
#include "queues/queue_filter_bar.h"
#include "support.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace lockstep;
using namespace lockstep::core;
using lockstep::ui::AgeBucket;
using lockstep::ui::QueueFilterBar;
using lockstep::ui::QueueFilterState;

class TestQueueFilterBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typingIsDebouncedIntoOneChange()
    {
        QueueFilterBar bar;
        QSignalSpy changed(&bar, &QueueFilterBar::filterChanged);
        QTest::keyClicks(bar.searchField(), QStringLiteral("TSHIRT"));
        QCOMPARE(changed.size(), 0);
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(bar.filterState().text, QStringLiteral("TSHIRT"));
    }

    void choicesApplyAtOnce()
    {
        QueueFilterBar bar;
        bar.setFacilities({QStringLiteral("RNO-2"), QStringLiteral("DAL-1")});
        QSignalSpy changed(&bar, &QueueFilterBar::filterChanged);
        auto* facility = bar.findChild<QComboBox*>();
        QVERIFY(facility);
        QCOMPARE(facility->itemText(1), QStringLiteral("DAL-1"));
        facility->setCurrentIndex(1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(bar.filterState().facility, QStringLiteral("DAL-1"));
        // New facilities keep the choice.
        bar.setFacilities({QStringLiteral("ATL-3")});
        QCOMPARE(bar.filterState().facility, QStringLiteral("DAL-1"));
        QCOMPARE(changed.size(), 1);
    }

    void stateRoundTripsAndBecomesTheStoreFilter()
    {
        QueueFilterState state;
        state.text = QStringLiteral(" MUG ");
        state.facility = QStringLiteral("DAL-1");
        state.owner = OwnerTeam::Finance;
        state.age = AgeBucket::OneDay;
        state.state = ExceptionState::Acknowledged;
        QCOMPARE(QueueFilterState::fromVariant(state.toVariant()), state);

        QueueFilterBar bar;
        QSignalSpy changed(&bar, &QueueFilterBar::filterChanged);
        bar.setFilterState(state);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(bar.filterState(), state);
        QCOMPARE(bar.summary(), QStringLiteral("Acknowledged · DAL-1 · Finance · older than 1 day · “MUG”"));

        const QDateTime now = test::utc("2026-11-23T12:00:00Z");
        const store::ExceptionFilter f = state.toFilter(now, QStringLiteral("desk.a"));
        QCOMPARE(f.text, QStringLiteral("MUG"));
        QCOMPARE(f.facility, QStringLiteral("DAL-1"));
        QVERIFY(f.owner == OwnerTeam::Finance);
        QVERIFY(f.state == ExceptionState::Acknowledged);
        QCOMPARE(f.firstSeenBefore, test::utc("2026-11-22T12:00:00Z"));
        QVERIFY(!QueueFilterState{}.toFilter(now, QStringLiteral("desk.a")).firstSeenBefore.isValid());
        QVERIFY(!QueueFilterState{}.narrows());
        QVERIFY(state.narrows());
    }
};

QTEST_MAIN(TestQueueFilterBar)
#include "test_queue_filter_bar.moc"
