// SPDX-License-Identifier: GPL-3.0-or-later
// Runs every function on the demo record base of each engine.
#include "chartdata.h"
#include "database.h"
#include "demodatabase.h"
#include "demoonengines.h"
#include "participationstats.h"

#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace liaison;
using namespace liaison::testing;

namespace {

const qint64 AsccaId = 1;
const qint64 CepolId = 3;
const qint64 TopcopId = 1;

StatsScope agency(qint64 id)
{
    return StatsScope(StatsScope::Type::Agency, id);
}

StatsScope project(qint64 id)
{
    return StatsScope(StatsScope::Type::Project, id);
}

qint64 sum(const QList<qint64> &values)
{
    qint64 total = 0;
    for (qint64 value : values)
        total += value;
    return total;
}

const ChartData::Series *seriesWithKey(const ChartData &data, const QString &key)
{
    for (const ChartData::Series &series : data.series) {
        if (series.key == key)
            return &series;
    }
    return nullptr;
}

// The sum of every value of every series.
qint64 grandTotal(const ChartData &data)
{
    qint64 total = 0;
    for (const ChartData::Series &series : data.series)
        total += sum(series.values);
    return total;
}

// One number computed by SQLite directly, independently of ParticipationStats.
qint64 sqlNumber(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    return query.value(0).toLongLong();
}

QString sqlText(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    return query.value(0).toString();
}

// key -> participants, as (key, number) rows of a query.
QMap<QString, qint64> sqlMap(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql))
        qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    QMap<QString, qint64> map;
    while (query.next())
        map.insert(query.value(0).toString(), query.value(1).toLongLong());
    return map;
}

QMap<QString, qint64> barsAsMap(const ChartData &data)
{
    QMap<QString, qint64> map;
    const QList<qint64> values = data.series.value(0).values;
    for (qsizetype i = 0; i < data.categories.size(); ++i)
        map.insert(data.categories.at(i), values.value(i, -1));
    return map;
}

} // namespace

class TestChartData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void init();
    void byYear_agency_isStackedByProject_topcop154();
    void byYear_project_isStackedByCountry_az154();
    void byKind_all_sevenKindsAddUpToTheTotal();
    void byAgency_topcop_asccaFirstWith154();
    void byAgency_all_nineAgencies_noOtherBar();
    void byAgency_all_moreThanTenAgencies_topTenAndOther();
    void byCountry_all_largestFirst_matchesSql();
    void cumulative_ascca_nonDecreasing_endsAtDatedTotal();
    void countryScope_az_counts286();
    void cepol_isEmptyForEveryChart();
    void period_ascca_2021To2024();
    void stats_participantsByYearAndProject_ascca();
    void stats_participantsByYearAndCountry_topcop();
    void stats_participantsByDate_ascca();
    void stats_periodOf_all_andUndatedEvent();

private:
    ChartData build(const StatsScope &scope, ChartKind kind) const;

    QTemporaryDir m_dir;
    DemoOnEngines m_demo;
};

void TestChartData::initTestCase_data()
{
    DemoOnEngines::addEngineRows();
}

void TestChartData::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestChartData::init()
{
    LIAISON_OPEN_DEMO_ON_ENGINE(m_demo);
}

ChartData TestChartData::build(const StatsScope &scope, ChartKind kind) const
{
    const ParticipationStats stats(m_demo.db());
    const auto data = ChartData::build(stats, scope, kind);
    if (!data)
        qFatal("ChartData::build failed: %s", qPrintable(stats.errorString()));
    return *data;
}

void TestChartData::byYear_agency_isStackedByProject_topcop154()
{
    const ChartData data = build(agency(AsccaId), ChartKind::ByYear);
    QCOMPARE(data.kind, ChartKind::ByYear);
    QCOMPARE(data.stacking, ChartData::Stacking::ByProject);
    QCOMPARE(data.total, 286);
    QCOMPARE(data.categories,
             QStringList({QStringLiteral("2021"), QStringLiteral("2022"), QStringLiteral("2023"),
                          QStringLiteral("2024"), ParticipationStats::undatedKey()}));
    QCOMPARE(data.categories.constLast(), ParticipationStats::undatedKey());

    const ChartData::Series *topcop = seriesWithKey(data, QStringLiteral("TOPCOP"));
    QVERIFY(topcop);
    QCOMPARE(topcop->values.size(), data.categories.size());
    QCOMPARE(sum(topcop->values), 154);
    // The largest stack comes first.
    QCOMPARE(data.series.constFirst().key, QStringLiteral("TOPCOP"));
    // The Warsaw seminar: two presenters, no date.
    QCOMPARE(topcop->values.constLast(), 2);
    // Each year of the TOPCOP stack, as SQLite counts it.
    for (qsizetype i = 0; i < data.categories.size() - 1; ++i) {
        const qint64 expected =
            sqlNumber(m_demo.db(),
                      QStringLiteral("SELECT COALESCE(SUM(p.participants), 0) FROM participation p "
                                     "JOIN events e ON e.id = p.event_id "
                                     "WHERE p.agency_id = %1 AND e.project_id = %2 "
                                     "AND substr(e.start_date, 1, 4) = '%3'")
                          .arg(AsccaId)
                          .arg(TopcopId)
                          .arg(data.categories.at(i)));
        QCOMPARE(topcop->values.at(i), expected);
    }
    // Events outside projects are a stack of their own.
    const ChartData::Series *none = seriesWithKey(data, ParticipationStats::noneKey());
    QVERIFY(none);
    QCOMPARE(sum(none->values), 35);
    QCOMPARE(grandTotal(data), data.total);
    QCOMPARE(data.total,
             sqlNumber(m_demo.db(),
                       QStringLiteral("SELECT SUM(participants) FROM participation "
                                      "WHERE agency_id = %1")
                           .arg(AsccaId)));
}

void TestChartData::byYear_project_isStackedByCountry_az154()
{
    const ChartData data = build(project(TopcopId), ChartKind::ByYear);
    QCOMPARE(data.stacking, ChartData::Stacking::ByCountry);
    QCOMPARE(data.total, 524);
    QCOMPARE(data.categories.constLast(), ParticipationStats::undatedKey());
    const ChartData::Series *az = seriesWithKey(data, QStringLiteral("AZ"));
    QVERIFY(az);
    QCOMPARE(sum(az->values), 154);
    QVERIFY2(!az->label.isEmpty(), "a country stack carries the country's name");
    const ChartData::Series *ua = seriesWithKey(data, QStringLiteral("UA"));
    QVERIFY(ua);
    QCOMPARE(sum(ua->values), 178);
    // Stacks in the order of their totals: UA (178) before AZ (154).
    QCOMPARE(data.series.constFirst().key, QStringLiteral("UA"));
    QCOMPARE(grandTotal(data), data.total);
    QCOMPARE(data.total,
             sqlNumber(m_demo.db(),
                       QStringLiteral("SELECT SUM(p.participants) FROM participation p "
                                      "JOIN events e ON e.id = p.event_id "
                                      "WHERE e.project_id = %1")
                           .arg(TopcopId)));
}

void TestChartData::byKind_all_sevenKindsAddUpToTheTotal()
{
    const ChartData data = build(StatsScope(), ChartKind::ByKind);
    QCOMPARE(data.stacking, ChartData::Stacking::None);
    QCOMPARE(data.categories.size(), 7);
    QCOMPARE(data.series.size(), 1);
    const QList<qint64> values = data.series.constFirst().values;
    QCOMPARE(values.size(), 7);
    QCOMPARE(sum(values), 891);
    QCOMPARE(data.total, 891);
    QCOMPARE(data.total,
             sqlNumber(m_demo.db(), QStringLiteral("SELECT SUM(participants) FROM participation")));
    QVERIFY(std::is_sorted(values.cbegin(), values.cend(), std::greater<qint64>()));
    const auto expected =
        sqlMap(m_demo.db(),
               QStringLiteral("SELECT e.kind, SUM(p.participants) FROM participation p "
                              "JOIN events e ON e.id = p.event_id GROUP BY e.kind"));
    QCOMPARE(barsAsMap(data), expected);
}

void TestChartData::byAgency_topcop_asccaFirstWith154()
{
    const ChartData data = build(project(TopcopId), ChartKind::ByAgency);
    QVERIFY(!data.categories.isEmpty());
    QCOMPARE(data.categories.constFirst(), QStringLiteral("ASCCA"));
    QCOMPARE(data.categoryLabels.constFirst(),
             QStringLiteral("State Customs Committee of the Republic of Azerbaijan"));
    QCOMPARE(data.series.constFirst().values.constFirst(), 154);
    QVERIFY(!data.categories.contains(ChartData::otherKey()));
    QCOMPARE(grandTotal(data), 524);
    QCOMPARE(barsAsMap(data).value(QStringLiteral("NPU")), 104);
}

void TestChartData::byAgency_all_nineAgencies_noOtherBar()
{
    const qint64 agencies = sqlNumber(
        m_demo.db(), QStringLiteral("SELECT COUNT(DISTINCT agency_id) FROM participation"));
    QCOMPARE(agencies, 9);
    const ChartData data = build(StatsScope(), ChartKind::ByAgency);
    QCOMPARE(data.categories.size(), 9);
    QVERIFY(!data.categories.contains(ChartData::otherKey()));
    const QList<qint64> values = data.series.constFirst().values;
    QVERIFY(std::is_sorted(values.cbegin(), values.cend(), std::greater<qint64>()));
    QCOMPARE(data.categories.mid(0, 3),
             QStringList({QStringLiteral("ASCCA"), QStringLiteral("SCSU"),
                          // No acronym: keyed by name.
                          QStringLiteral("Revenue Service of Georgia")}));
    QCOMPARE(values.mid(0, 3), QList<qint64>({286, 157, 122}));
    QCOMPARE(sum(values), data.total);
    QCOMPARE(data.total, 891);
}

void TestChartData::byAgency_all_moreThanTenAgencies_topTenAndOther()
{
    // A copy of the demo where four more agencies took part in events.
    std::unique_ptr<PostgresTestDatabase> server;
    DatabaseLocation location =
        DatabaseLocation::sqliteFile(m_dir.filePath(QStringLiteral("many-agencies.sqlite")));
    if (m_demo.isPostgres()) {
        server = std::make_unique<PostgresTestDatabase>();
        QVERIFY2(server->isValid(), qPrintable(server->errorString()));
        location = server->location();
    }
    QString error;
    QVERIFY2(DemoDatabase::create(location, &error), qPrintable(error));
    Database db;
    QVERIFY2(db.open(location), qPrintable(db.errorString()));
    QVERIFY(db.beginWrite());
    // CA (2), CEPOL (3), Europol (4) and PPA (17) at four different events.
    QVERIFY2(db.exec(QStringLiteral(
                 "INSERT INTO participation (event_id, agency_id, participants, source_id) "
                 "SELECT e.id, a.id, a.n, (SELECT MIN(id) FROM sources) "
                 "FROM (SELECT 2 AS id, 50 AS n, 2 AS ev UNION ALL SELECT 3, 20, 3 "
                 "      UNION ALL SELECT 4, 9, 4 UNION ALL SELECT 17, 3, 5) a "
                 "JOIN events e ON e.id = a.ev")),
             qPrintable(db.errorString()));
    QVERIFY(db.commit());

    const qint64 agencies =
        sqlNumber(db, QStringLiteral("SELECT COUNT(DISTINCT agency_id) FROM participation"));
    QCOMPARE(agencies, 13);
    QVERIFY(agencies > ChartData::TopCount);

    const ParticipationStats stats(db);
    const auto data = ChartData::build(stats, StatsScope(), ChartKind::ByAgency);
    QVERIFY2(data.has_value(), qPrintable(stats.errorString()));
    QCOMPARE(data->categories.size(), ChartData::TopCount + 1);
    QCOMPARE(data->categoryLabels.size(), ChartData::TopCount + 1);
    QCOMPARE(data->categories.constLast(), ChartData::otherKey());
    const QList<qint64> values = data->series.constFirst().values;
    QCOMPARE(values.size(), ChartData::TopCount + 1);

    // The top ten and the rest, as the record base ranks them.
    const QString perAgency =
        QStringLiteral("SELECT COALESCE(a.acronym, a.name) AS k, SUM(p.participants) AS n "
                       "FROM participation p JOIN agencies a ON a.id = p.agency_id "
                       "GROUP BY p.agency_id, a.acronym, a.name ORDER BY n DESC, k");
    QSqlQuery query(db.connection());
    QVERIFY2(query.exec(perAgency), qPrintable(query.lastError().text()));
    QStringList keys;
    QList<qint64> numbers;
    while (query.next()) {
        keys.append(query.value(0).toString());
        numbers.append(query.value(1).toLongLong());
    }
    QCOMPARE(keys.size(), 13);
    QCOMPARE(data->categories.mid(0, ChartData::TopCount), keys.mid(0, ChartData::TopCount));
    QCOMPARE(values.mid(0, ChartData::TopCount), numbers.mid(0, ChartData::TopCount));
    const qint64 rest = sqlNumber(
        db,
        QStringLiteral("SELECT SUM(n) FROM (%1 LIMIT %2 OFFSET %3) AS r")
            .arg(perAgency, m_demo.isPostgres() ? QStringLiteral("ALL") : QStringLiteral("-1"))
            .arg(ChartData::TopCount));
    QCOMPARE(values.constLast(), rest);
    // KAS 6, the Ministry of Internal Affairs of Georgia 6, PPA 3.
    QCOMPARE(rest, 15);
    QCOMPARE(sum(values), data->total);
    QCOMPARE(data->total, 891 + 50 + 20 + 9 + 3);
}

void TestChartData::byCountry_all_largestFirst_matchesSql()
{
    const ChartData data = build(StatsScope(), ChartKind::ByCountry);
    QCOMPARE(data.categories.constFirst(), QStringLiteral("AZ"));
    QCOMPARE(data.series.constFirst().values.constFirst(), 286);
    const QList<qint64> values = data.series.constFirst().values;
    QVERIFY(std::is_sorted(values.cbegin(), values.cend(), std::greater<qint64>()));
    const auto expected =
        sqlMap(m_demo.db(),
               QStringLiteral("SELECT a.country_code, SUM(p.participants) FROM participation p "
                              "JOIN agencies a ON a.id = p.agency_id GROUP BY a.country_code"));
    QCOMPARE(barsAsMap(data), expected);
    QCOMPARE(barsAsMap(data).value(QStringLiteral("UA")), 261);
    // Labels are the countries' English names, keys their codes.
    QCOMPARE(data.categoryLabels.constFirst(), QStringLiteral("Azerbaijan"));
    QCOMPARE(sum(values), 891);
}

void TestChartData::cumulative_ascca_nonDecreasing_endsAtDatedTotal()
{
    const ChartData data = build(agency(AsccaId), ChartKind::Cumulative);
    QCOMPARE(data.series.size(), 1);
    const QList<qint64> values = data.series.constFirst().values;
    QVERIFY(!values.isEmpty());
    QCOMPARE(values.size(), data.categories.size());
    QVERIFY(std::is_sorted(values.cbegin(), values.cend()));
    QVERIFY(values.constFirst() > 0);
    // Dates in order, no undated point.
    QVERIFY(std::is_sorted(data.categories.cbegin(), data.categories.cend()));
    QVERIFY(!data.categories.contains(ParticipationStats::undatedKey()));
    QVERIFY(data.categories.constFirst().startsWith(QStringLiteral("2021-")));
    // Everything but the undated Warsaw seminar.
    const ChartData byYear = build(agency(AsccaId), ChartKind::ByYear);
    qint64 undated = 0;
    for (const ChartData::Series &series : byYear.series)
        undated += series.values.value(byYear.categories.indexOf(ParticipationStats::undatedKey()));
    QCOMPARE(undated, 2);
    QCOMPARE(values.constLast(), data.total - undated);
    QCOMPARE(values.constLast(), 284);
    QCOMPARE(values.constLast(),
             sqlNumber(m_demo.db(),
                       QStringLiteral("SELECT SUM(p.participants) FROM participation p "
                                      "JOIN events e ON e.id = p.event_id "
                                      "WHERE p.agency_id = %1 AND e.start_date IS NOT NULL")
                           .arg(AsccaId)));
}

void TestChartData::countryScope_az_counts286()
{
    const StatsScope az(StatsScope::Type::Country, 0, QStringLiteral("AZ"));
    const ChartData data = build(az, ChartKind::ByAgency);
    QCOMPARE(data.total, 286);
    QCOMPARE(data.total,
             sqlNumber(m_demo.db(),
                       QStringLiteral("SELECT SUM(p.participants) FROM participation p "
                                      "JOIN agencies a ON a.id = p.agency_id "
                                      "WHERE a.country_code = 'AZ'")));
    QCOMPARE(barsAsMap(data), (QMap<QString, qint64> {{QStringLiteral("ASCCA"), 286}}));
    const ChartData byYear = build(az, ChartKind::ByYear);
    QCOMPARE(byYear.stacking, ChartData::Stacking::ByProject);
    QCOMPARE(sum(seriesWithKey(byYear, QStringLiteral("TOPCOP"))->values), 154);
    // Georgia is a different country.
    QCOMPARE(
        build(StatsScope(StatsScope::Type::Country, 0, QStringLiteral("GE")), ChartKind::ByKind)
            .total,
        128);
}

void TestChartData::cepol_isEmptyForEveryChart()
{
    for (ChartKind kind : allChartKinds()) {
        const ChartData data = build(agency(CepolId), kind);
        QVERIFY2(data.isEmpty(), qPrintable(chartKindName(kind)));
        QCOMPARE(data.total, 0);
        QVERIFY(data.categories.isEmpty());
        QVERIFY(data.firstDate.isEmpty());
        QVERIFY(data.lastDate.isEmpty());
        QCOMPARE(grandTotal(data), 0);
    }
    QVERIFY(!build(agency(AsccaId), ChartKind::ByKind).isEmpty());
}

void TestChartData::period_ascca_2021To2024()
{
    const ChartData data = build(agency(AsccaId), ChartKind::ByYear);
    QVERIFY2(data.firstDate.startsWith(QStringLiteral("2021-")), qPrintable(data.firstDate));
    QVERIFY2(data.lastDate.startsWith(QStringLiteral("2024-")), qPrintable(data.lastDate));
    QCOMPARE(data.firstDate,
             sqlText(m_demo.db(),
                     QStringLiteral("SELECT MIN(e.start_date) FROM events e WHERE e.id IN "
                                    "(SELECT event_id FROM participation WHERE agency_id = %1)")
                         .arg(AsccaId)));
    QCOMPARE(data.lastDate,
             sqlText(m_demo.db(),
                     QStringLiteral("SELECT MAX(COALESCE(e.end_date, e.start_date)) FROM events e "
                                    "WHERE e.id IN (SELECT event_id FROM participation "
                                    "WHERE agency_id = %1)")
                         .arg(AsccaId)));
    // Every chart of a scope covers the same period.
    const ChartData cumulative = build(agency(AsccaId), ChartKind::Cumulative);
    QCOMPARE(cumulative.firstDate, data.firstDate);
    QCOMPARE(cumulative.lastDate, data.lastDate);
    QCOMPARE(cumulative.categories.constFirst(), data.firstDate);
}

void TestChartData::stats_participantsByYearAndProject_ascca()
{
    const ParticipationStats stats(m_demo.db());
    const auto cells = stats.participantsByYearAndProject(agency(AsccaId));
    QVERIFY2(cells.has_value(), qPrintable(stats.errorString()));
    QMap<QString, qint64> byProject;
    QMap<QString, qint64> byYear;
    for (const ParticipationStats::Cell &cell : *cells) {
        byProject[cell.key] += cell.participants;
        byYear[cell.year] += cell.participants;
        QVERIFY(cell.participants > 0);
    }
    QCOMPARE(byProject,
             (QMap<QString, qint64> {{QStringLiteral("DPD"), 47},
                                     {QStringLiteral("EaP-CCP"), 5},
                                     {QStringLiteral("RMT"), 45},
                                     {QStringLiteral("TOPCOP"), 154},
                                     {ParticipationStats::noneKey(), 35}}));
    QCOMPARE(byYear,
             (QMap<QString, qint64> {{QStringLiteral("2021"), 71},
                                     {QStringLiteral("2022"), 56},
                                     {QStringLiteral("2023"), 120},
                                     {QStringLiteral("2024"), 37},
                                     {ParticipationStats::undatedKey(), 2}}));
    // The TOPCOP cells name the project in full.
    const auto topcop = std::find_if(cells->cbegin(), cells->cend(), [](const auto &cell) {
        return cell.key == QLatin1String("TOPCOP");
    });
    QVERIFY(topcop != cells->cend());
    QCOMPARE(topcop->label,
             QStringLiteral("Training and Operational Partnership against Organized Crime"));
}

void TestChartData::stats_participantsByYearAndCountry_topcop()
{
    const ParticipationStats stats(m_demo.db());
    const auto cells = stats.participantsByYearAndCountry(project(TopcopId));
    QVERIFY2(cells.has_value(), qPrintable(stats.errorString()));
    QMap<QString, qint64> byCountry;
    qint64 undated = 0;
    for (const ParticipationStats::Cell &cell : *cells) {
        byCountry[cell.key] += cell.participants;
        if (cell.year == ParticipationStats::undatedKey())
            undated += cell.participants;
        if (cell.key == QLatin1String("AZ"))
            QCOMPARE(cell.label, QStringLiteral("Azerbaijan"));
    }
    const auto expected =
        sqlMap(m_demo.db(),
               QStringLiteral("SELECT a.country_code, SUM(p.participants) FROM participation p "
                              "JOIN agencies a ON a.id = p.agency_id "
                              "JOIN events e ON e.id = p.event_id "
                              "WHERE e.project_id = %1 GROUP BY a.country_code")
                   .arg(TopcopId));
    QCOMPARE(byCountry, expected);
    QCOMPARE(byCountry.value(QStringLiteral("AZ")), 154);
    QCOMPARE(byCountry.value(QStringLiteral("AM")), 48);
    QCOMPARE(undated, 2);
}

void TestChartData::stats_participantsByDate_ascca()
{
    const ParticipationStats stats(m_demo.db());
    const auto dates = stats.participantsByDate(agency(AsccaId));
    QVERIFY2(dates.has_value(), qPrintable(stats.errorString()));
    QVERIFY(!dates->isEmpty());
    qint64 total = 0;
    QString previous;
    for (const ParticipationSummary::Bucket &bucket : *dates) {
        QVERIFY(!bucket.key.isEmpty());
        QVERIFY2(bucket.key > previous, qPrintable(bucket.key));
        previous = bucket.key;
        total += bucket.participants;
    }
    QCOMPARE(total, 284);
    QCOMPARE(dates->size(),
             sqlNumber(m_demo.db(),
                       QStringLiteral("SELECT COUNT(DISTINCT e.start_date) FROM participation p "
                                      "JOIN events e ON e.id = p.event_id "
                                      "WHERE p.agency_id = %1 AND e.start_date IS NOT NULL")
                           .arg(AsccaId)));
    // The TOPCOP kick-off meeting in Budapest: ASCCA sent three.
    const auto kickOff = std::find_if(dates->cbegin(), dates->cend(), [](const auto &bucket) {
        return bucket.key == QLatin1String("2021-05-18");
    });
    QVERIFY(kickOff != dates->cend());
    QCOMPARE(kickOff->participants, 3);
}

void TestChartData::stats_periodOf_all_andUndatedEvent()
{
    const ParticipationStats stats(m_demo.db());
    const auto all = stats.periodOf(StatsScope());
    QVERIFY2(all.has_value(), qPrintable(stats.errorString()));
    QCOMPARE(all->first,
             sqlText(m_demo.db(),
                     QStringLiteral("SELECT MIN(e.start_date) FROM events e "
                                    "WHERE e.id IN (SELECT event_id FROM participation)")));
    QCOMPARE(all->second,
             sqlText(m_demo.db(),
                     QStringLiteral("SELECT MAX(COALESCE(e.end_date, e.start_date)) FROM events e "
                                    "WHERE e.id IN (SELECT event_id FROM participation)")));
    QVERIFY(all->first.startsWith(QStringLiteral("2021")));
    QVERIFY(all->first <= all->second);
    // The Warsaw seminar (event 1) has participation but no date.
    const auto warsaw = stats.periodOf(StatsScope(StatsScope::Type::Event, 1));
    QVERIFY(warsaw.has_value());
    QCOMPARE(*warsaw, std::make_pair(QString(), QString()));
    QCOMPARE(*stats.totalParticipants(StatsScope(StatsScope::Type::Event, 1)), 2);
}

QTEST_GUILESS_MAIN(TestChartData)
#include "tst_chartdata.moc"
