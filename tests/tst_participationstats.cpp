// SPDX-License-Identifier: GPL-3.0-or-later
// Runs every function on the demo record base of each engine.
#include "database.h"
#include "demoonengines.h"
#include "participationstats.h"
#include "recordstore.h"

#include <QSqlQuery>
#include <QTest>

using namespace liaison;
using namespace liaison::testing;

namespace {

using Buckets = QList<ParticipationSummary::Bucket>;

QMap<QString, qint64> asMap(const Buckets &buckets)
{
    QMap<QString, qint64> map;
    for (const auto &bucket : buckets)
        map.insert(bucket.key, bucket.participants);
    return map;
}

qint64 sum(const Buckets &buckets)
{
    qint64 total = 0;
    for (const auto &bucket : buckets)
        total += bucket.participants;
    return total;
}

} // namespace

class TestParticipationStats : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void init();
    void ascca();
    void topcop();
    void warsawSeminar();
    void programme_includesItsProjects();
    void all_equalsTheSumOfEveryRow();
    void agencyWithoutParticipation_isZeroAndEmpty();
    void everyBreakdown_addsUpToTheTotal_data();
    void everyBreakdown_addsUpToTheTotal();

private:
    RecordRef find(const QString &text) const;

    DemoOnEngines m_demo;
};

void TestParticipationStats::initTestCase_data()
{
    DemoOnEngines::addEngineRows();
}

void TestParticipationStats::init()
{
    LIAISON_OPEN_DEMO_ON_ENGINE(m_demo);
}

RecordRef TestParticipationStats::find(const QString &text) const
{
    const RecordStore store(m_demo.db());
    const auto found = store.findRecord(*RecordKey::parse(text, nullptr));
    if (!found)
        qFatal("%s", qPrintable(store.errorString()));
    return *found;
}

void TestParticipationStats::ascca()
{
    const ParticipationStats stats(m_demo.db());
    const auto summary = stats.summaryFor(find(QStringLiteral("agency:ASCCA")));
    QVERIFY2(summary.has_value(), qPrintable(stats.errorString()));
    QCOMPARE(summary->totalParticipants, 286);
    const auto byProject = asMap(summary->byProject);
    QCOMPARE(byProject.value(QStringLiteral("TOPCOP")), 154);
    QCOMPARE(byProject.value(QStringLiteral("RMT")), 45);
    QCOMPARE(byProject.value(QStringLiteral("DPD")), 47);
    QCOMPARE(byProject.value(QStringLiteral("EaP-CCP")), 5);
    QCOMPARE(byProject.value(ParticipationStats::noneKey()), 35);
    QCOMPARE(asMap(summary->byCountry), (QMap<QString, qint64> {{QStringLiteral("AZ"), 286}}));
    QCOMPARE(asMap(summary->byAgency), (QMap<QString, qint64> {{QStringLiteral("ASCCA"), 286}}));
    const auto byYear = asMap(summary->byYear);
    QCOMPARE(byYear.value(QStringLiteral("2021")), 71);
    QCOMPARE(byYear.value(QStringLiteral("2024")), 37);
    // The Warsaw seminar has no date in the article.
    QCOMPARE(byYear.value(ParticipationStats::undatedKey()), 2);
    QCOMPARE(asMap(summary->byEventKind).value(QStringLiteral("webinar")), 120);
}

void TestParticipationStats::topcop()
{
    const ParticipationStats stats(m_demo.db());
    const auto summary = stats.summaryFor(find(QStringLiteral("project:TOPCOP")));
    QVERIFY(summary.has_value());
    QCOMPARE(summary->totalParticipants, 524);
    QCOMPARE(asMap(summary->byProject), (QMap<QString, qint64> {{QStringLiteral("TOPCOP"), 524}}));
    const auto byAgency = asMap(summary->byAgency);
    QCOMPARE(byAgency.value(QStringLiteral("ASCCA")), 154);
    QCOMPARE(byAgency.value(QStringLiteral("NPU")), 104);
    const auto byCountry = asMap(summary->byCountry);
    QCOMPARE(byCountry.value(QStringLiteral("AZ")), 154);
    QCOMPARE(byCountry.value(QStringLiteral("UA")), 178);
    QCOMPARE(byCountry.value(QStringLiteral("AM")), 48);
    QCOMPARE(asMap(summary->byEventKind).size(), 7);
}

void TestParticipationStats::warsawSeminar()
{
    const ParticipationStats stats(m_demo.db());
    const auto summary = stats.summaryFor(find(QStringLiteral("event:1")));
    QVERIFY(summary.has_value());
    QCOMPARE(summary->totalParticipants, 2);
    QCOMPARE(asMap(summary->byAgency), (QMap<QString, qint64> {{QStringLiteral("ASCCA"), 2}}));
    QCOMPARE(asMap(summary->byEventKind), (QMap<QString, qint64> {{QStringLiteral("seminar"), 2}}));
    QCOMPARE(asMap(summary->byYear),
             (QMap<QString, qint64> {{ParticipationStats::undatedKey(), 2}}));
}

void TestParticipationStats::programme_includesItsProjects()
{
    const ParticipationStats stats(m_demo.db());
    const auto programme = stats.summaryFor(find(QStringLiteral("project:EaP-CCP")));
    const auto rmt = stats.totalParticipants(find(QStringLiteral("project:RMT")));
    const auto dpd = stats.totalParticipants(find(QStringLiteral("project:DPD")));
    QVERIFY(programme && rmt && dpd);
    const auto byProject = asMap(programme->byProject);
    QCOMPARE(byProject.value(QStringLiteral("RMT")), *rmt);
    QCOMPARE(byProject.value(QStringLiteral("DPD")), *dpd);
    QCOMPARE(programme->totalParticipants,
             *rmt + *dpd + byProject.value(QStringLiteral("EaP-CCP")));
    QCOMPARE(programme->totalParticipants, 332);
}

void TestParticipationStats::all_equalsTheSumOfEveryRow()
{
    QSqlQuery query(m_demo.db().connection());
    QVERIFY(query.exec(QStringLiteral("SELECT SUM(participants) FROM participation"))
            && query.next());
    const ParticipationStats stats(m_demo.db());
    const auto total = stats.totalParticipants(find(QStringLiteral("all")));
    QVERIFY(total.has_value());
    QCOMPARE(*total, query.value(0).toLongLong());
    QCOMPARE(*total, 891);
}

void TestParticipationStats::agencyWithoutParticipation_isZeroAndEmpty()
{
    const ParticipationStats stats(m_demo.db());
    const auto summary = stats.summaryFor(find(QStringLiteral("agency:CEPOL")));
    QVERIFY(summary.has_value());
    QCOMPARE(summary->totalParticipants, 0);
    QVERIFY(summary->byYear.isEmpty());
    QVERIFY(summary->byProject.isEmpty());
    QVERIFY(summary->byCountry.isEmpty());
}

void TestParticipationStats::everyBreakdown_addsUpToTheTotal_data()
{
    QTest::addColumn<QString>("record");
    for (const char *record :
         {"all", "agency:ASCCA", "agency:SCSU", "project:TOPCOP", "project:EaP-CCP", "event:2"})
        QTest::newRow(record) << QString::fromLatin1(record);
}

void TestParticipationStats::everyBreakdown_addsUpToTheTotal()
{
    QFETCH(QString, record);
    const ParticipationStats stats(m_demo.db());
    const auto summary = stats.summaryFor(find(record));
    QVERIFY(summary.has_value());
    QVERIFY(summary->totalParticipants > 0);
    QCOMPARE(sum(summary->byYear), summary->totalParticipants);
    QCOMPARE(sum(summary->byProject), summary->totalParticipants);
    QCOMPARE(sum(summary->byAgency), summary->totalParticipants);
    QCOMPARE(sum(summary->byCountry), summary->totalParticipants);
    QCOMPARE(sum(summary->byEventKind), summary->totalParticipants);
}

QTEST_GUILESS_MAIN(TestParticipationStats)
#include "tst_participationstats.moc"
