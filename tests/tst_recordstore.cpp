// SPDX-License-Identifier: GPL-3.0-or-later
// Runs every function on the demo record base of each engine.
#include "database.h"
#include "demoonengines.h"
#include "recordstore.h"

#include <QTest>

using namespace liaison;
using namespace liaison::testing;

class TestRecordStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void init();
    void recordCounts_ofTheDemo();
    void findRecord_data();
    void findRecord();
    void findRecord_unknownNamesTheKey();
    void findRecord_ambiguousNameAsksForTheId();
    void sourcesWithRecordCounts();

private:
    DemoOnEngines m_demo;
};

void TestRecordStore::initTestCase_data()
{
    DemoOnEngines::addEngineRows();
}

void TestRecordStore::init()
{
    LIAISON_OPEN_DEMO_ON_ENGINE(m_demo);
}

void TestRecordStore::recordCounts_ofTheDemo()
{
    const RecordStore store(m_demo.db());
    const auto counts = store.recordCounts();
    QVERIFY2(counts.has_value(), qPrintable(store.errorString()));
    QCOMPARE(counts->agencies, 17);
    QCOMPARE(counts->projects, 7);
    QCOMPARE(counts->events, 24);
    QCOMPARE(counts->people, 2);
    QCOMPARE(counts->agreements, 1);
    QCOMPARE(counts->participationRecords, 101);
    QCOMPARE(counts->sources, 2);
}

void TestRecordStore::findRecord_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("name");
    QTest::newRow("acronym") << "agency:ASCCA"
                             << "ASCCA"
                             << "State Customs Committee of the Republic of Azerbaijan";
    QTest::newRow("acronym in other case")
        << "agency:europol"
        << "Europol"
        << "European Union Agency for Law Enforcement Cooperation";
    QTest::newRow("exact name without acronym") << "agency:Customs Academy"
                                                << "Customs Academy"
                                                << "Customs Academy";
    QTest::newRow("name of agency with acronym") << "agency:World Customs Organization"
                                                 << "WCO"
                                                 << "World Customs Organization";
    QTest::newRow("id") << "agency:1"
                        << "ASCCA"
                        << "State Customs Committee of the Republic of Azerbaijan";
    QTest::newRow("project") << "project:TOPCOP"
                             << "TOPCOP"
                             << "Training and Operational Partnership against Organized Crime";
    QTest::newRow("event by title")
        << "event:Strengthening Cooperation with EU Law Enforcement Agencies - Cooperation against "
           "Cross-Border Crime"
        << "1"
        << "Strengthening Cooperation with EU Law Enforcement Agencies - Cooperation against "
           "Cross-Border Crime";
    QTest::newRow("all") << "all"
                         << "all"
                         << "All records";
}

void TestRecordStore::findRecord()
{
    QFETCH(QString, text);
    QFETCH(QString, key);
    QFETCH(QString, name);
    const RecordStore store(m_demo.db());
    const auto found = store.findRecord(*RecordKey::parse(text, nullptr));
    QVERIFY2(found.has_value(), qPrintable(store.errorString()));
    QCOMPARE(found->key, key);
    QCOMPARE(found->name, name);
}

void TestRecordStore::findRecord_unknownNamesTheKey()
{
    const RecordStore store(m_demo.db());
    QVERIFY(!store.findRecord(RecordKey::of(RecordKind::Agency, QStringLiteral("NOPE"))));
    QVERIFY2(store.errorString().contains(QStringLiteral("agency \"NOPE\"")),
             qPrintable(store.errorString()));
    QVERIFY(!store.findRecord(RecordKey::of(RecordKind::Project, QStringLiteral("9999"))));
}

void TestRecordStore::findRecord_ambiguousNameAsksForTheId()
{
    QVERIFY(m_demo.db().exec(
        QStringLiteral("INSERT INTO events (title, kind, start_date, source_id) VALUES "
                       "('Annual meeting', 'meeting', '2022-01-10', 1), ('Annual "
                       "meeting', 'meeting', '2023-01-10', 1)")));
    const RecordStore store(m_demo.db());
    QVERIFY(!store.findRecord(RecordKey::of(RecordKind::Event, QStringLiteral("Annual meeting"))));
    QVERIFY2(store.errorString().contains(QStringLiteral("use the id")),
             qPrintable(store.errorString()));
    QVERIFY(m_demo.db().exec(QStringLiteral("DELETE FROM events WHERE title = 'Annual meeting'")));
}

void TestRecordStore::sourcesWithRecordCounts()
{
    const RecordStore store(m_demo.db());
    const auto sources = store.sourcesWithRecordCounts();
    QVERIFY(sources.has_value());
    QCOMPARE(sources->size(), 2);
    // 8 agencies, 4 projects, 1 event and 2 people come from the article.
    const auto article = std::find_if(sources->cbegin(), sources->cend(), [](const auto &source) {
        return source.kind == QLatin1String("published_article");
    });
    QVERIFY(article != sources->cend());
    QCOMPARE(article->recordCount, 15);
}

QTEST_GUILESS_MAIN(TestRecordStore)
#include "tst_recordstore.moc"
