// SPDX-License-Identifier: GPL-3.0-or-later
#include "navigationhistory.h"

#include <QTest>

using namespace liaison;

class TestNavigationHistory : public QObject
{
    Q_OBJECT

private slots:
    void backAndForward();
    void visitAfterBack_dropsTheForwardEntries();
    void revisitingTheCurrentRecord_addsNothing();
    void home_isAnEntryToo();
    void limit_dropsTheOldest();
};

namespace {
RecordId agency(qint64 id)
{
    return RecordId::of(RecordKind::Agency, id);
}
} // namespace

void TestNavigationHistory::backAndForward()
{
    NavigationHistory history;
    QVERIFY(!history.canGoBack());
    history.visit(agency(1));
    history.visit(RecordId::of(RecordKind::Project, 1));
    history.visit(agency(3));
    QVERIFY(history.canGoBack());
    QVERIFY(!history.canGoForward());
    QCOMPARE(history.goBack(), RecordId::of(RecordKind::Project, 1));
    QCOMPARE(history.goBack(), agency(1));
    QVERIFY(!history.canGoBack());
    QCOMPARE(history.goBack(), agency(1));
    QCOMPARE(history.goForward(), RecordId::of(RecordKind::Project, 1));
    QCOMPARE(history.goForward(), agency(3));
    QVERIFY(!history.canGoForward());
}

void TestNavigationHistory::visitAfterBack_dropsTheForwardEntries()
{
    NavigationHistory history;
    history.visit(agency(1));
    history.visit(agency(2));
    history.visit(agency(3));
    history.goBack();
    history.visit(agency(4));
    QVERIFY(!history.canGoForward());
    QCOMPARE(history.goBack(), agency(2));
    QCOMPARE(history.goBack(), agency(1));
}

void TestNavigationHistory::revisitingTheCurrentRecord_addsNothing()
{
    NavigationHistory history;
    history.visit(agency(1));
    history.visit(agency(1));
    QVERIFY(!history.canGoBack());
}

void TestNavigationHistory::home_isAnEntryToo()
{
    NavigationHistory history;
    history.visit(RecordId());
    history.visit(agency(7));
    QVERIFY(!history.goBack().isValid());
    QCOMPARE(history.goForward(), agency(7));
}

void TestNavigationHistory::limit_dropsTheOldest()
{
    NavigationHistory history;
    for (int i = 1; i <= NavigationHistory::Limit + 10; ++i)
        history.visit(agency(i));
    int steps = 0;
    while (history.canGoBack()) {
        history.goBack();
        ++steps;
    }
    QCOMPARE(steps, NavigationHistory::Limit - 1);
    QCOMPARE(history.current(), agency(11));
}

QTEST_GUILESS_MAIN(TestNavigationHistory)
#include "tst_navigationhistory.moc"
