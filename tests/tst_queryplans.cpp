// SPDX-License-Identifier: GPL-3.0-or-later
//
// The query plans of every statistics query (ParticipationStats for every
// kind of scope, ChartData for every chart) and of every tree query
// (TreeQueries::childrenOf for every kind of node, with the participant
// counts it reads after), as SQLite chooses them for the schema (EXPLAIN
// QUERY PLAN, without ANALYZE: record bases are never analysed).
//
// The rule, on the participation table (the one that grows to millions of
// rows):
// - "SCAN participation" (or its alias) with no index, the whole table, fails;
// - "SCAN … USING INDEX <an index of participation>", every index entry and
//   then the table row, fails;
// - "SCAN … USING COVERING INDEX <an index of participation>", every index
//   entry without the table, passes only for the scope of all records, which
//   needs every row and cannot read them more narrowly; it fails for every
//   other scope and for every tree query;
// - a SEARCH (an index range for one agency, event, …) always passes.
// Speed itself is measured by tests/benchmarks/liaison_benchmark, not here.

#include "chartdata.h"
#include "database.h"
#include "participationstats.h"
#include "searchindex.h"
#include "treequeries.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace liaison;

namespace {

using NodeType = TreeQueries::NodeType;

// A small record base with a record of every kind the queries read.
const char *const sampleRecords[] = {
    "INSERT INTO sources (id, title, kind) VALUES (1, 'Report', 'official_record')",
    "INSERT INTO agencies (id, name, acronym, kind, country_code, parent_id, source_id) VALUES "
    "(1, 'State Customs Service', 'SCS', 'national_agency', 'AZ', NULL, 1), "
    "(2, 'Customs Academy', NULL, 'academy', 'AZ', 1, 1), "
    "(3, 'European Police College', 'CEPOL', 'eu_agency', NULL, NULL, 1), "
    "(4, 'World Customs Organization', 'WCO', 'international_organisation', NULL, NULL, 1), "
    "(5, 'Border Guard', 'BG', 'national_agency', 'GE', NULL, 1)",
    "INSERT INTO projects (id, name, acronym, kind, parent_id, start_date, source_id) VALUES "
    "(1, 'Partnership programme', 'PP', 'programme', NULL, '2020', 1), "
    "(2, 'Training project', 'TP', 'project', 1, '2021-04', 1), "
    "(3, 'Sub-project', NULL, 'project', 2, NULL, 1)",
    "INSERT INTO project_roles (project_id, agency_id, role, source_id) VALUES "
    "(2, 1, 'partner', 1), (2, 3, 'implementing', 1), (1, 4, 'funding', 1)",
    "INSERT INTO events (id, title, kind, start_date, end_date, country_code, organiser_id, "
    "project_id, source_id) VALUES "
    "(1, 'Seminar on customs', 'seminar', '2021-05-10', '2021-05-12', 'PL', 3, 2, 1), "
    "(2, 'Webinar', 'webinar', '2022-02-01', NULL, NULL, NULL, 3, 1), "
    "(3, 'Module outside projects', 'module', NULL, NULL, 'AZ', 2, NULL, 1)",
    "INSERT INTO participation (event_id, agency_id, participants, source_id) VALUES "
    "(1, 1, 12, 1), (1, 5, 3, 1), (1, 3, 2, 1), (2, 1, 7, 1), (2, 4, 1, 1), (3, 2, 9, 1)",
    "INSERT INTO people (id, full_name, position, agency_id, source_id) VALUES "
    "(1, 'Elchin Mammadov', 'Head of unit', 1, 1)",
    "INSERT INTO agreements (agency_id, country_code, partner_country_code, subject, source_id) "
    "VALUES (1, NULL, 'PL', 'Mutual assistance', 1), (NULL, 'GE', 'AZ', 'Cooperation', 1)",
};

struct NamedScope
{
    const char *name;
    StatsScope scope;
};

QList<NamedScope> everyScope()
{
    return {
        {"all", StatsScope()},
        {"agency", StatsScope(StatsScope::Type::Agency, 1)},
        {"project", StatsScope(StatsScope::Type::Project, 1)},
        {"event", StatsScope(StatsScope::Type::Event, 1)},
        {"country", StatsScope(StatsScope::Type::Country, 0, QStringLiteral("AZ"))},
        {"international", StatsScope(StatsScope::Type::InternationalOrganisations)},
        {"european", StatsScope(StatsScope::Type::EuropeanBodies)},
        {"outside-projects", StatsScope(StatsScope::Type::EventsOutsideProjects)},
    };
}

QString queryName(ParticipationStats::Query query)
{
    using Query = ParticipationStats::Query;
    switch (query) {
    case Query::Total:
        return QStringLiteral("total");
    case Query::ByYear:
        return QStringLiteral("by-year");
    case Query::ByProject:
        return QStringLiteral("by-project");
    case Query::ByAgency:
        return QStringLiteral("by-agency");
    case Query::ByCountry:
        return QStringLiteral("by-country");
    case Query::ByEventKind:
        return QStringLiteral("by-event-kind");
    case Query::ByYearAndProject:
        return QStringLiteral("by-year-and-project");
    case Query::ByYearAndCountry:
        return QStringLiteral("by-year-and-country");
    case Query::ByDate:
        return QStringLiteral("by-date");
    case Query::Period:
        return QStringLiteral("period");
    }
    return {};
}

struct NamedNode
{
    const char *name;
    TreeQueries::NodeKey key;
};

QList<NamedNode> everyNode()
{
    return {
        {"agencies-root", TreeQueries::NodeKey::of(NodeType::AgenciesRoot)},
        {"projects-root", TreeQueries::NodeKey::of(NodeType::ProjectsRoot)},
        {"international-group", TreeQueries::NodeKey::of(NodeType::InternationalGroup)},
        {"european-group", TreeQueries::NodeKey::of(NodeType::EuropeanGroup)},
        {"other-events-group", TreeQueries::NodeKey::of(NodeType::OtherEventsGroup)},
        {"country", TreeQueries::NodeKey::country(QStringLiteral("AZ"))},
        {"agency", TreeQueries::NodeKey::of(NodeType::Agency, 1)},
        {"project", TreeQueries::NodeKey::of(NodeType::Project, 1)},
        {"event", TreeQueries::NodeKey::of(NodeType::Event, 1)},
        {"person", TreeQueries::NodeKey::of(NodeType::Person, 1)},
        {"agreement", TreeQueries::NodeKey::of(NodeType::Agreement, 1)},
    };
}

// Words that can follow a table name and are not its alias.
const QSet<QString> &keywords()
{
    static const QSet<QString> words = {
        QStringLiteral("where"),    QStringLiteral("join"),    QStringLiteral("left"),
        QStringLiteral("inner"),    QStringLiteral("cross"),   QStringLiteral("on"),
        QStringLiteral("group"),    QStringLiteral("order"),   QStringLiteral("limit"),
        QStringLiteral("union"),    QStringLiteral("using"),   QStringLiteral("natural"),
        QStringLiteral("as"),       QStringLiteral("indexed"), QStringLiteral("not"),
        QStringLiteral("window"),   QStringLiteral("having"),  QStringLiteral("except"),
        QStringLiteral("intersect")};
    return words;
}

// The names a statement gives the participation table: its own and its aliases.
QSet<QString> participationNames(const QString &sql)
{
    QSet<QString> names = {QStringLiteral("participation")};
    static const QRegularExpression alias(
        QStringLiteral("\\bparticipation\\s+(?:AS\\s+)?([A-Za-z_][A-Za-z0-9_]*)"),
        QRegularExpression::CaseInsensitiveOption);
    auto it = alias.globalMatch(sql);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!keywords().contains(name.toLower()))
            names.insert(name);
    }
    return names;
}

} // namespace

class TestQueryPlans : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rule_flagsWholeTableReads();
    void statistics_data();
    void statistics();
    void charts_data();
    void charts();
    void tree_data();
    void tree();
    void sqlFor_isWhatRuns();
    void search_bestCandidates_sameAsRankingEveryMatch();

private:
    QStringList planOf(const QString &sql);
    // The plan lines that read the whole participation table, "" when none
    // breaks the rule for this scope.
    QString violations(const QString &sql, bool scopeIsAll);

    QTemporaryDir m_dir;
    Database m_db;
    QSet<QString> m_participationIndexes;
};

void TestQueryPlans::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_db.create(m_dir.filePath(QStringLiteral("plans.sqlite"))),
             qPrintable(m_db.errorString()));
    for (const char *statement : sampleRecords)
        QVERIFY2(m_db.exec(QString::fromUtf8(statement)), qPrintable(m_db.errorString()));

    QSqlQuery query(m_db.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' "
                                      "AND tbl_name = 'participation'")));
    while (query.next())
        m_participationIndexes.insert(query.value(0).toString());
    QVERIFY(m_participationIndexes.contains(QStringLiteral("participation_agency")));
    QVERIFY(m_participationIndexes.contains(QStringLiteral("participation_event")));
}

// The check itself, on statements whose plans are known.
void TestQueryPlans::rule_flagsWholeTableReads()
{
    // The table itself, under its name or an alias: never.
    const QString table =
        QStringLiteral("SELECT id, source_id FROM participation WHERE participants > 3");
    QVERIFY(!violations(table, false).isEmpty());
    QVERIFY(!violations(table, true).isEmpty());
    QVERIFY(!violations(QStringLiteral("SELECT p.id, p.source_id FROM participation p "
                                       "WHERE p.participants > 3"),
                        true)
                 .isEmpty());
    // Every entry of a covering index: only for all records.
    const QString covering = QStringLiteral("SELECT SUM(participants) FROM participation");
    QVERIFY(!violations(covering, false).isEmpty());
    QVERIFY(violations(covering, true).isEmpty());
    // One agency's range of an index.
    QVERIFY(violations(QStringLiteral("SELECT SUM(participants) FROM participation "
                                      "WHERE agency_id = ?"),
                       false)
                .isEmpty());
    // Other tables are not this check's business.
    QVERIFY(violations(QStringLiteral("SELECT count(*) FROM events WHERE title LIKE 'a%'"), false)
                .isEmpty());
}

QStringList TestQueryPlans::planOf(const QString &sql)
{
    // Placeholders stay placeholders, as when the classes run the query;
    // EXPLAIN needs them bound, to anything.
    QSqlQuery query(m_db.connection());
    if (!query.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql))
        qFatal("%s\n%s", qPrintable(sql), qPrintable(query.lastError().text()));
    static const QRegularExpression named(QStringLiteral(":[A-Za-z_]+"));
    auto it = named.globalMatch(sql);
    QSet<QString> bound;
    while (it.hasNext()) {
        const QString name = it.next().captured(0);
        if (!bound.contains(name))
            query.bindValue(name, 1);
        bound.insert(name);
    }
    for (qsizetype i = 0; i < sql.count(QLatin1Char('?')); ++i)
        query.addBindValue(1);
    if (!query.exec())
        qFatal("%s\n%s", qPrintable(sql), qPrintable(query.lastError().text()));
    QStringList lines;
    // Columns: id, parent, notused, detail.
    while (query.next())
        lines.append(query.value(3).toString());
    return lines;
}

QString TestQueryPlans::violations(const QString &sql, bool scopeIsAll)
{
    const QStringList plan = planOf(sql);
    // LIAISON_PRINT_PLANS=1 shows every plan, e.g. to review a new index.
    if (qEnvironmentVariableIntValue("LIAISON_PRINT_PLANS"))
        qInfo("%s\n    %s", qPrintable(sql.simplified()),
              qPrintable(plan.join(QLatin1String("\n    "))));
    const QSet<QString> names = participationNames(sql);
    static const QRegularExpression scan(
        QStringLiteral("^SCAN (\\S+)(?: USING (COVERING )?INDEX (\\S+))?"));
    QStringList bad;
    for (const QString &line : plan) {
        const QRegularExpressionMatch match = scan.match(line);
        if (!match.hasMatch())
            continue;
        const QString index = match.captured(3);
        const bool covering = !match.captured(2).isEmpty();
        // With an index, the index says the table; without, the name does.
        const bool ofParticipation = index.isEmpty() ? names.contains(match.captured(1))
                                                     : m_participationIndexes.contains(index);
        if (!ofParticipation)
            continue;
        if (covering && scopeIsAll)
            continue;
        bad.append(line);
    }
    if (bad.isEmpty())
        return {};
    return QStringLiteral("%1\n  reads the whole participation table:\n    %2\n  plan:\n    %3")
        .arg(sql.simplified(), bad.join(QLatin1String("\n    ")),
             plan.join(QLatin1String("\n    ")));
}

void TestQueryPlans::statistics_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<bool>("scopeIsAll");
    for (const NamedScope &scope : everyScope()) {
        for (ParticipationStats::Query query : ParticipationStats::allQueries()) {
            QTest::addRow("%s/%s", scope.name, qPrintable(queryName(query)))
                << ParticipationStats::sqlFor(scope.scope, query)
                << (scope.scope.type == StatsScope::Type::All);
        }
    }
}

void TestQueryPlans::statistics()
{
    QFETCH(QString, sql);
    QFETCH(bool, scopeIsAll);
    const QString problem = violations(sql, scopeIsAll);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestQueryPlans::charts_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<bool>("scopeIsAll");
    for (const NamedScope &scope : everyScope()) {
        for (ChartKind kind : allChartKinds()) {
            const QStringList statements = ChartData::sqlFor(scope.scope, kind);
            QVERIFY(!statements.isEmpty());
            for (qsizetype i = 0; i < statements.size(); ++i)
                QTest::addRow("%s/%s/%d", scope.name, qPrintable(chartKindName(kind)), int(i))
                    << statements.at(i) << (scope.scope.type == StatsScope::Type::All);
        }
    }
}

void TestQueryPlans::charts()
{
    statistics();
}

void TestQueryPlans::tree_data()
{
    QTest::addColumn<QString>("sql");
    for (const NamedNode &node : everyNode()) {
        const QString children = TreeQueries::sqlFor(node.key.type);
        const bool leaf = node.key.type == NodeType::Event || node.key.type == NodeType::Person
            || node.key.type == NodeType::Agreement;
        QCOMPARE(children.isEmpty(), leaf);
        if (leaf)
            continue;
        QTest::addRow("%s/children", node.name) << children;
        const QStringList counts = TreeQueries::countSqlFor(node.key.type, 3);
        QVERIFY(!counts.isEmpty());
        for (qsizetype i = 0; i < counts.size(); ++i)
            QTest::addRow("%s/counts/%d", node.name, int(i)) << counts.at(i);
    }
}

void TestQueryPlans::tree()
{
    QFETCH(QString, sql);
    const QString problem = violations(sql, false);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

// The texts checked above are the ones the classes run: the same rows.
void TestQueryPlans::sqlFor_isWhatRuns()
{
    const ParticipationStats stats(m_db);
    for (const NamedScope &scope : everyScope()) {
        QSqlQuery query(m_db.connection());
        const QString sql =
            ParticipationStats::sqlFor(scope.scope, ParticipationStats::Query::Total);
        QVERIFY(query.prepare(sql));
        if (sql.contains(QLatin1String(":id")))
            query.bindValue(QStringLiteral(":id"), scope.scope.id);
        if (sql.contains(QLatin1String(":code")))
            query.bindValue(QStringLiteral(":code"), scope.scope.code);
        QVERIFY2(query.exec() && query.next(), qPrintable(query.lastError().text()));
        const auto total = stats.totalParticipants(scope.scope);
        QVERIFY(total);
        QCOMPARE(query.value(2).toLongLong(), *total);
        QVERIFY2(*total > 0, scope.name);
    }

    const TreeQueries queries(m_db);
    for (const NamedNode &node : everyNode()) {
        const QString sql = TreeQueries::sqlFor(node.key.type);
        if (sql.isEmpty())
            continue;
        QSqlQuery query(m_db.connection());
        QVERIFY(query.prepare(sql));
        if (sql.contains(QLatin1String(":id")))
            query.bindValue(QStringLiteral(":id"), node.key.id);
        if (sql.contains(QLatin1String(":code")))
            query.bindValue(QStringLiteral(":code"), node.key.code);
        query.bindValue(QStringLiteral(":limit"), 100);
        query.bindValue(QStringLiteral(":offset"), 0);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        QList<qint64> ids;
        while (query.next())
            ids.append(query.value(2).toLongLong());
        const auto rows = queries.childrenOf(node.key, 0, 100);
        QVERIFY2(rows, qPrintable(queries.errorString()));
        QList<qint64> expected;
        for (const TreeQueries::Row &row : *rows)
            expected.append(row.key.id);
        QCOMPARE(ids, expected);
        QVERIFY2(!ids.isEmpty(), node.name);
    }
}

// SearchIndex reads only the best-scoring matches' records when that gives
// the same answer as ranking every match; with a limit of at least the
// number of matches it ranks them all. Each shorter list must be the head of
// the full one, also when illustrative samples or ties fill the best scores.
void TestQueryPlans::search_bestCandidates_sameAsRankingEveryMatch()
{
    Database db;
    QVERIFY(db.create(m_dir.filePath(QStringLiteral("search.sqlite"))));
    QVERIFY(db.beginWrite());
    QVERIFY(db.exec(QStringLiteral("INSERT INTO sources (id, title, kind) VALUES "
                                   "(1, 'Register', 'official_record'), "
                                   "(2, 'Sample', 'illustrative_sample')")));
    QSqlQuery insert(db.connection());
    QVERIFY(insert.prepare(QStringLiteral("INSERT INTO agencies (name, kind, country_code, "
                                          "description, source_id) VALUES (?, "
                                          "'national_agency', 'PL', ?, ?)")));
    for (int i = 0; i < 900; ++i) {
        // 300 samples with the best scores (the word three times in a short
        // name), 300 records sharing one name (equal scores), 300 of varied
        // lengths.
        QString name;
        int source = 1;
        if (i < 300) {
            name = QStringLiteral("Customs customs customs %1").arg(i);
            source = 2;
        } else if (i < 600) {
            name = QStringLiteral("Customs office");
        } else {
            name = QStringLiteral("Customs office of district %1 %2")
                       .arg(i)
                       .arg(QString(i % 7, QLatin1Char('x')));
        }
        insert.addBindValue(name);
        insert.addBindValue(i % 3 ? QVariant(QStringLiteral("Customs and border work"))
                                  : QVariant());
        insert.addBindValue(source);
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
    }
    QVERIFY(db.commit());

    const SearchIndex index(db);
    for (const QString &word : {QStringLiteral("customs"), QStringLiteral("office"),
                                QStringLiteral("district"), QStringLiteral("border")}) {
        const auto all = index.search(word, 10000);
        QVERIFY2(all, qPrintable(index.errorString()));
        QVERIFY(!all->isEmpty());
        for (int limit : {1, 10, 50, 199, 200, 201, 350, 700}) {
            const auto some = index.search(word, limit);
            QVERIFY2(some, qPrintable(index.errorString()));
            const qsizetype expected = qMin<qsizetype>(limit, all->size());
            QCOMPARE(some->size(), expected);
            for (qsizetype i = 0; i < expected; ++i) {
                QVERIFY2(some->at(i).record == all->at(i).record,
                         qPrintable(QStringLiteral("%1, limit %2, hit %3: %4 instead of %5")
                                        .arg(word)
                                        .arg(limit)
                                        .arg(i)
                                        .arg(some->at(i).title, all->at(i).title)));
                QCOMPARE(some->at(i).title, all->at(i).title);
                QCOMPARE(some->at(i).context, all->at(i).context);
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestQueryPlans)
#include "tst_queryplans.moc"
