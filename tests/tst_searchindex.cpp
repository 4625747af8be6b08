// SPDX-License-Identifier: GPL-3.0-or-later
// Runs every function on each engine; what concerns SQLite's FTS5 table
// and its schema versions only (integrity-check, the downgrade to version 1)
// is skipped on a server, saying so.
#include "database.h"
#include "demodatabase.h"
#include "demoonengines.h"
#include "recordid.h"
#include "schemamigrations.h"
#include "searchindex.h"

#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <vector>

using namespace liaison;
using namespace liaison::testing;

namespace {

const QString warsawSeminar = QStringLiteral(
    "Strengthening Cooperation with EU Law Enforcement Agencies - Cooperation against "
    "Cross-Border Crime");

// The first column of the first row, or an invalid QVariant.
QVariant valueOf(const Database &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db.connection());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0);
}

qint64 idOf(const Database &db, const QString &sql, const QString &value)
{
    const QVariant id = valueOf(db, sql, {value});
    return id.isValid() ? id.toLongLong() : -1;
}

QList<qint64> idsOf(const Database &db, const QString &sql)
{
    QList<qint64> ids;
    QSqlQuery query(db.connection());
    query.exec(sql);
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

// Every row of the index, to compare what triggers built with a backfill.
QStringList indexRows(const Database &db)
{
    QStringList rows;
    QSqlQuery query(db.connection());
    query.exec(QStringLiteral("SELECT rowid, title, body FROM search_index ORDER BY rowid"));
    while (query.next())
        rows.append(query.value(0).toString() + QLatin1Char('|') + query.value(1).toString()
                    + QLatin1Char('|') + query.value(2).toString());
    return rows;
}

qsizetype indexOf(const QList<SearchIndex::Hit> &hits, const RecordId &record)
{
    for (qsizetype i = 0; i < hits.size(); ++i) {
        if (hits.at(i).record == record)
            return i;
    }
    return -1;
}

QList<RecordId> recordsOf(const QList<SearchIndex::Hit> &hits, RecordKind kind)
{
    QList<RecordId> records;
    for (const SearchIndex::Hit &hit : hits) {
        if (hit.record.kind == kind)
            records.append(hit.record);
    }
    return records;
}

QString describe(const QList<SearchIndex::Hit> &hits)
{
    QStringList lines;
    for (const SearchIndex::Hit &hit : hits)
        lines.append(hit.record.toString() + QLatin1Char(' ') + hit.title);
    return lines.join(QLatin1String("; "));
}

// Turns a record base back into what version 1 made: no search index and no
// triggers (version 1 has none).
bool downgradeToVersion1(Database &db)
{
    QStringList triggers;
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger'")))
        return false;
    while (query.next())
        triggers.append(query.value(0).toString());
    query.finish();
    for (const QString &trigger : triggers) {
        if (!db.exec(QStringLiteral("DROP TRIGGER \"%1\"").arg(trigger)))
            return false;
    }
    return db.exec(QStringLiteral("DROP TABLE search_index"))
        && db.exec(QStringLiteral("PRAGMA user_version = 1"));
}

} // namespace

class TestSearchIndex : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void init();
    void ftsQueryFor_quotesEveryWordAsAPrefix_data();
    void ftsQueryFor_quotesEveryWordAsAPrefix();
    void tsQueryFor_joinsPrefixesWithAnd();
    void search_findsTheRecord_data();
    void search_findsTheRecord();
    void search_chisinau_findsEveryEventAndAgencyThere();
    void search_serverFindsWhatSqliteFinds_data();
    void search_serverFindsWhatSqliteFinds();
    void search_panelTitle_findsItsEventOnce();
    void search_neverListsARecordTwice_data();
    void search_neverListsARecordTwice();
    void search_ascca_putsTheAgencyFirst();
    void search_titleAndContext_data();
    void search_titleAndContext();
    void search_equalScores_sortByTitle();
    void search_limit_keepsTheBestHits();
    void index_holdsOneRowPerRecord();
    void triggers_agencyInsertUpdateDelete();
    void triggers_agencyRename_refreshesItsPeople();
    void triggers_panels_refreshTheirEvent();
    void triggers_deletingAnEvent_removesItAndItsPanels();
    void triggers_afterManyChanges_matchABackfill();
    void upgradeFromVersion1_backfillsTheIndex();
    void search_withoutIndex_explainsWhy();
    void hostileInput_neverErrors_data();
    void hostileInput_neverErrors();

private:
    // A demo record base of its own on the current engine.
    bool createDemo(const QString &name, DatabaseLocation *location);

    QTemporaryDir m_dir;
    std::vector<std::unique_ptr<PostgresTestDatabase>> m_servers;
    DemoOnEngines m_demo;
};

bool TestSearchIndex::createDemo(const QString &name, DatabaseLocation *location)
{
    if (m_demo.isPostgres()) {
        m_servers.push_back(std::make_unique<PostgresTestDatabase>());
        if (!m_servers.back()->isValid()) {
            qWarning("%s", qPrintable(m_servers.back()->errorString()));
            return false;
        }
        *location = m_servers.back()->location();
    } else {
        *location = DatabaseLocation::sqliteFile(m_dir.filePath(name + QStringLiteral(".sqlite")));
    }
    QString error;
    if (!DemoDatabase::create(*location, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}

void TestSearchIndex::initTestCase_data()
{
    DemoOnEngines::addEngineRows();
}

void TestSearchIndex::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestSearchIndex::init()
{
    LIAISON_OPEN_DEMO_ON_ENGINE(m_demo);
}

void TestSearchIndex::ftsQueryFor_quotesEveryWordAsAPrefix_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("query");
    QTest::newRow("two words") << "drug smug"
                               << R"("drug"* "smug"*)";
    QTest::newRow("spaces around") << "  \tChișinău \n"
                                   << R"("Chișinău"*)";
    QTest::newRow("combining accents become one letter")
        << QStringLiteral("Chis\u0326ina\u0306u") << R"("Chișinău"*)";
    QTest::newRow("quotes and parentheses") << R"(say "hi" (now))"
                                            << R"("say"* "hi"* "now"*)";
    QTest::newRow("FTS5 syntax is only separators")
        << "title:warsaw -x NOT y* ^z a+b NEAR(c d)"
        << R"("title"* "warsaw"* "x"* "NOT"* "y"* "z"* "a"* "b"* "NEAR"* "c"* "d"*)";
    QTest::newRow("apostrophe") << "CEPOL's"
                                << R"("CEPOL"* "s"*)";
    QTest::newRow("other scripts and digits") << "Київ 2023"
                                              << R"("Київ"* "2023"*)";
    QTest::newRow("letter outside the BMP") << QStringLiteral("\U0001D400x") << "\"\U0001D400x\"*";
    QTest::newRow("emoji") << QStringLiteral("\U0001F642drug") << R"("drug"*)";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("punctuation only") << R"("()*-:^+{})"
                                      << "";
    QTest::newRow("lone combining mark") << QStringLiteral("\u0301") << "";
}

void TestSearchIndex::ftsQueryFor_quotesEveryWordAsAPrefix()
{
    QFETCH(QString, text);
    QFETCH(QString, query);
    QCOMPARE(SearchIndex::ftsQueryFor(text), query);
}

void TestSearchIndex::tsQueryFor_joinsPrefixesWithAnd()
{
    QCOMPARE(SearchIndex::tsQueryFor(QStringLiteral("drug smug")),
             QStringLiteral("drug:* & smug:*"));
    QCOMPARE(SearchIndex::tsQueryFor(QStringLiteral("a:b & !c | (d) <-> 'e'")),
             QStringLiteral("a:* & b:* & c:* & d:* & e:*"));
    QCOMPARE(SearchIndex::tsQueryFor(QStringLiteral("Məcidov")), QStringLiteral("Məcidov:*"));
    QVERIFY(SearchIndex::tsQueryFor(QStringLiteral(" *:! ")).isEmpty());
}

void TestSearchIndex::search_findsTheRecord_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("key");
    const QString person = QStringLiteral("SELECT id FROM people WHERE full_name = ?");
    const QString event = QStringLiteral("SELECT id FROM events WHERE title = ?");
    const QString agency = QStringLiteral("SELECT id FROM agencies WHERE acronym = ?");
    QTest::newRow("mecidov") << "mecidov"
                             << "person" << person << "Elvin Mecidov";
    QTest::newRow("MECIDOV") << "MECIDOV"
                             << "person" << person << "Elvin Mecidov";
    QTest::newRow("name and position") << "asgarova investigat"
                                       << "person" << person << "Mehriban Asgarova";
    QTest::newRow("warsaw, the seminar's city") << "warsaw"
                                                << "event" << event << warsawSeminar;
    QTest::newRow("chisinau") << "chisinau"
                              << "event" << event << "Countering trafficking in firearms";
    QTest::newRow("Chișinău") << "Chișinău"
                              << "event" << event << "Countering trafficking in firearms";
    QTest::newRow("CHIȘINĂU") << "CHIȘINĂU"
                              << "event" << event << "Countering trafficking in firearms";
    QTest::newRow("a panel's words") << "drug smug"
                                     << "event" << event << warsawSeminar;
    QTest::newRow("city and panel") << "warsaw traffick"
                                    << "event" << event << warsawSeminar;
    QTest::newRow("ascca") << "ascca"
                           << "agency" << agency << "ASCCA";
    QTest::newRow("agency by country name") << "armenia revenue"
                                            << "agency" << agency << "SRC";
    QTest::newRow("project") << "topcop"
                             << "project"
                             << "SELECT id FROM projects WHERE acronym = ?"
                             << "TOPCOP";
    QTest::newRow("project by description") << "precursor incident communication"
                                            << "project"
                                            << "SELECT id FROM projects WHERE acronym = ?"
                                            << "PICS";
    QTest::newRow("agreement") << "mutual assistance"
                               << "agreement"
                               << "SELECT id FROM agreements WHERE country_code = ?"
                               << "AZ";
    QTest::newRow("source") << "illustrative sample"
                            << "source"
                            << "SELECT id FROM sources WHERE kind = ?"
                            << "illustrative_sample";
    QTest::newRow("country by name") << "azerb"
                                     << "country" << QString() << "AZ";
    QTest::newRow("country by code") << "pl"
                                     << "country" << QString() << "PL";
}

void TestSearchIndex::search_findsTheRecord()
{
    QFETCH(QString, text);
    QFETCH(QString, kind);
    QFETCH(QString, sql);
    QFETCH(QString, key);
    const RecordKind recordKind = *recordKindFromName(kind);
    RecordId expected = RecordId::country(key);
    if (recordKind != RecordKind::Country) {
        const qint64 id = idOf(m_demo.db(), sql, key);
        QVERIFY2(id > 0, qPrintable(key));
        expected = RecordId::of(recordKind, id);
    }
    const SearchIndex index(m_demo.db());
    const auto hits = index.search(text);
    QVERIFY2(hits, qPrintable(index.errorString()));
    QVERIFY2(indexOf(*hits, expected) >= 0, qPrintable(describe(*hits)));
}

void TestSearchIndex::search_serverFindsWhatSqliteFinds_data()
{
    QTest::addColumn<QString>("text");
    for (const char *text : {"mecidov", "chisinau", "Chișinău", "warsaw", "customs", "drug smug",
                             "eu law", "ascca", "georgia"})
        QTest::newRow(text) << QString::fromUtf8(text);
}

// The same records on both engines, the best first. bm25 and ts_rank weigh
// a word's rarity and a record's length differently, so hits of close
// scores may come in another order.
void TestSearchIndex::search_serverFindsWhatSqliteFinds()
{
    QFETCH(QString, text);
    if (!m_demo.isPostgres())
        QSKIP("Compared in the postgresql row");
    Database *sqlite = m_demo.dbOn(DemoOnEngines::sqliteEngine());
    QVERIFY2(sqlite, qPrintable(m_demo.errorString()));
    const auto onSqlite = SearchIndex(*sqlite).search(text);
    const SearchIndex index(m_demo.db());
    const auto onServer = index.search(text);
    QVERIFY2(onSqlite && onServer, qPrintable(index.errorString()));
    QVERIFY(!onSqlite->isEmpty());
    QCOMPARE(onServer->constFirst().record, onSqlite->constFirst().record);
    const auto sorted = [](QList<SearchIndex::Hit> hits) {
        std::sort(hits.begin(), hits.end(), [](const auto &a, const auto &b) {
            return a.record.toString() < b.record.toString();
        });
        return describe(hits);
    };
    QCOMPARE(sorted(*onServer), sorted(*onSqlite));
}

void TestSearchIndex::search_chisinau_findsEveryEventAndAgencyThere()
{
    const SearchIndex index(m_demo.db());
    const auto hits = index.search(QStringLiteral("chisinau"));
    QVERIFY2(hits, qPrintable(index.errorString()));
    for (const char *table : {"events", "agencies"}) {
        const QList<qint64> ids = idsOf(
            m_demo.db(), QStringLiteral("SELECT id FROM %1 WHERE city = 'Chișinău'").arg(table));
        QVERIFY(!ids.isEmpty());
        const RecordKind kind = QLatin1String(table) == QLatin1String("events")
            ? RecordKind::Event
            : RecordKind::Agency;
        QSet<qint64> found;
        for (const RecordId &record : recordsOf(*hits, kind))
            found.insert(record.id);
        QCOMPARE(found, QSet<qint64>(ids.cbegin(), ids.cend()));
    }
}

void TestSearchIndex::search_panelTitle_findsItsEventOnce()
{
    const qint64 seminar =
        idOf(m_demo.db(), QStringLiteral("SELECT id FROM events WHERE title = ?"), warsawSeminar);
    // Both the seminar's title and several of its panels hold "cross border".
    QVERIFY(valueOf(m_demo.db(),
                    QStringLiteral("SELECT count(*) FROM panels WHERE event_id = ? AND title "
                                   "LIKE '%cross-border%'"),
                    {seminar})
                .toInt()
            > 1);
    const SearchIndex index(m_demo.db());
    for (const char *text : {"drug smuggling", "cross border", "human migrant traffick"}) {
        const auto hits = index.search(QLatin1String(text));
        QVERIFY2(hits, qPrintable(index.errorString()));
        QCOMPARE(
            recordsOf(*hits, RecordKind::Event).count(RecordId::of(RecordKind::Event, seminar)), 1);
    }
}

void TestSearchIndex::search_neverListsARecordTwice_data()
{
    QTest::addColumn<QString>("text");
    for (const char *text : {"cross border", "customs", "c", "e", "drug", "of the"})
        QTest::newRow(text) << QString::fromLatin1(text);
}

void TestSearchIndex::search_neverListsARecordTwice()
{
    QFETCH(QString, text);
    const SearchIndex index(m_demo.db());
    const auto hits = index.search(text, 1000);
    QVERIFY2(hits, qPrintable(index.errorString()));
    QVERIFY(!hits->isEmpty());
    QSet<QString> seen;
    for (const SearchIndex::Hit &hit : *hits) {
        QVERIFY2(!seen.contains(hit.record.toString()), qPrintable(hit.record.toString()));
        seen.insert(hit.record.toString());
    }
}

void TestSearchIndex::search_ascca_putsTheAgencyFirst()
{
    const qint64 ascca =
        idOf(m_demo.db(), QStringLiteral("SELECT id FROM agencies WHERE acronym = ?"), "ASCCA");
    const qint64 mecidov = idOf(
        m_demo.db(), QStringLiteral("SELECT id FROM people WHERE full_name = ?"), "Elvin Mecidov");
    const SearchIndex index(m_demo.db());
    const auto hits = index.search(QStringLiteral("ASCCA"));
    QVERIFY2(hits, qPrintable(index.errorString()));
    QVERIFY(hits->size() > 1);
    QCOMPARE(hits->first().record, RecordId::of(RecordKind::Agency, ascca));
    QCOMPARE(hits->first().title,
             QStringLiteral("ASCCA — State Customs Committee of the Republic of Azerbaijan"));
    QCOMPARE(hits->first().context, QStringLiteral("AZ"));
    // His position names ASCCA too, but not in his name.
    QVERIFY(indexOf(*hits, RecordId::of(RecordKind::Person, mecidov)) > 0);
}

void TestSearchIndex::search_titleAndContext_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("context");
    const QString event = QStringLiteral("SELECT id FROM events WHERE title = ?");
    QTest::newRow("event without a date")
        << "warsaw seminar"
        << "event" << event << warsawSeminar << warsawSeminar << "Warsaw, PL";
    QTest::newRow("event with city and date")
        << "migrant smuggling"
        << "event" << event << "Migrant smuggling and trafficking in human beings"
        << "Migrant smuggling and trafficking in human beings"
        << "Yerevan, AM, 2023-06-13";
    QTest::newRow("webinar: only a date")
        << "online investigations"
        << "event" << event << "Online investigations and open-source intelligence"
        << "Online investigations and open-source intelligence"
        << "2021-06-09";
    QTest::newRow("person: agency acronym") << "mecidov"
                                            << "person"
                                            << "SELECT id FROM people WHERE full_name = ?"
                                            << "Elvin Mecidov"
                                            << "Elvin Mecidov"
                                            << "ASCCA";
    QTest::newRow("agency without acronym: name, city, country")
        << "revenue georgia"
        << "agency"
        << "SELECT id FROM agencies WHERE name = ?"
        << "Revenue Service of Georgia"
        << "Revenue Service of Georgia"
        << "Tbilisi, GE";
    QTest::newRow("project: parent and dates") << "risk management"
                                               << "project"
                                               << "SELECT id FROM projects WHERE acronym = ?"
                                               << "RMT"
                                               << "RMT — Customs Risk Management Training"
                                               << "EaP-CCP, 2021-09 – 2023-12";
    QTest::newRow("project with only an end")
        << "topcop"
        << "project"
        << "SELECT id FROM projects WHERE acronym = ?"
        << "TOPCOP"
        << "TOPCOP — Training and Operational Partnership against Organized Crime"
        << "– 2024";
    QTest::newRow("source: publisher") << "illustrative"
                                       << "source"
                                       << "SELECT id FROM sources WHERE kind = ?"
                                       << "illustrative_sample"
                                       << "Illustrative sample records of the Liaison demo"
                                       << "Liaison";
    QTest::newRow("agreement: its country")
        << "customs bilateral"
        << "agreement"
        << "SELECT id FROM agreements WHERE country_code = ?"
        << "AZ"
        << "Cooperation and mutual assistance in the field of customs (bilateral agreements)"
        << "AZ";
    QTest::newRow("country") << "moldova"
                             << "country" << QString() << "MD"
                             << "Moldova"
                             << "MD";
}

void TestSearchIndex::search_titleAndContext()
{
    QFETCH(QString, text);
    QFETCH(QString, kind);
    QFETCH(QString, sql);
    QFETCH(QString, key);
    QFETCH(QString, title);
    QFETCH(QString, context);
    const RecordKind recordKind = *recordKindFromName(kind);
    const RecordId expected = recordKind == RecordKind::Country
        ? RecordId::country(key)
        : RecordId::of(recordKind, idOf(m_demo.db(), sql, key));
    QVERIFY(expected.isValid());
    const SearchIndex index(m_demo.db());
    const auto hits = index.search(text);
    QVERIFY2(hits, qPrintable(index.errorString()));
    const qsizetype at = indexOf(*hits, expected);
    QVERIFY2(at >= 0, qPrintable(describe(*hits)));
    QCOMPARE(hits->at(at).title, title);
    QCOMPARE(hits->at(at).context, context);
}

void TestSearchIndex::search_equalScores_sortByTitle()
{
    DatabaseLocation path;
    QVERIFY(createDemo(QStringLiteral("ties"), &path));
    Database db;
    QVERIFY(db.open(path));
    // Same length, same words: equal bm25 scores. Zeta first, so the id
    // order is the wrong one.
    QVERIFY(db.exec(QStringLiteral(
        "INSERT INTO sources (title, kind) VALUES ('Zeta quagga', 'official_record')")));
    QVERIFY(db.exec(QStringLiteral(
        "INSERT INTO sources (title, kind) VALUES ('alpha quagga', 'official_record')")));
    const SearchIndex index(db);
    const auto hits = index.search(QStringLiteral("quagga"));
    QVERIFY2(hits, qPrintable(index.errorString()));
    QCOMPARE(hits->size(), 2);
    QCOMPARE(hits->at(0).title, QStringLiteral("alpha quagga"));
    QCOMPARE(hits->at(1).title, QStringLiteral("Zeta quagga"));
}

void TestSearchIndex::search_limit_keepsTheBestHits()
{
    const SearchIndex index(m_demo.db());
    const auto all = index.search(QStringLiteral("customs"), 1000);
    QVERIFY2(all, qPrintable(index.errorString()));
    QVERIFY(all->size() > 3);
    const auto three = index.search(QStringLiteral("customs"), 3);
    QVERIFY2(three, qPrintable(index.errorString()));
    QCOMPARE(three->size(), 3);
    for (qsizetype i = 0; i < 3; ++i)
        QCOMPARE(three->at(i).record, all->at(i).record);
    const auto none = index.search(QStringLiteral("customs"), 0);
    QVERIFY(none && none->isEmpty());
}

void TestSearchIndex::index_holdsOneRowPerRecord()
{
    const int records =
        valueOf(m_demo.db(),
                QStringLiteral("SELECT (SELECT count(*) FROM agencies) + (SELECT count(*) FROM "
                               "projects) + (SELECT count(*) FROM events) + (SELECT count(*) FROM "
                               "people) + (SELECT count(*) FROM agreements) + (SELECT count(*) "
                               "FROM sources) + (SELECT count(*) FROM countries)"))
            .toInt();
    QVERIFY(records > 0);
    QCOMPARE(valueOf(m_demo.db(), QStringLiteral("SELECT count(*) FROM search_index")).toInt(),
             records);
    // Every record has the row its rowid names.
    for (const auto &[table, code] : {std::pair {"agencies", 1},
                                      {"projects", 2},
                                      {"events", 3},
                                      {"people", 4},
                                      {"agreements", 5},
                                      {"sources", 6}}) {
        QCOMPARE(valueOf(m_demo.db(),
                         QStringLiteral("SELECT count(*) FROM %1 WHERE id * 8 + %2 NOT IN "
                                        "(SELECT rowid FROM search_index)")
                             .arg(QLatin1String(table))
                             .arg(code))
                     .toInt(),
                 0);
    }
    // FTS5's own check of its index against its content (SQLite only).
    if (!m_demo.isPostgres())
        QVERIFY2(
            m_demo.db().exec(QStringLiteral(
                "INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)")),
            qPrintable(m_demo.db().errorString()));
}

void TestSearchIndex::triggers_agencyInsertUpdateDelete()
{
    DatabaseLocation path;
    QVERIFY(createDemo(QStringLiteral("agency-triggers"), &path));
    Database db;
    QVERIFY(db.open(path));
    const SearchIndex index(db);
    const auto find = [&](const char *text) {
        const auto hits = index.search(QLatin1String(text));
        return hits ? recordsOf(*hits, RecordKind::Agency) : QList<RecordId> {RecordId()};
    };
    QVERIFY(find("xylophone").isEmpty());

    QVERIFY(db.exec(QStringLiteral(
        "INSERT INTO agencies (name, acronym, kind, country_code, city, source_id) VALUES "
        "('Xylophone Border Guard', 'XBG', 'national_agency', 'GE', 'Batumi', 1)")));
    const RecordId added =
        RecordId::of(RecordKind::Agency,
                     idOf(db, QStringLiteral("SELECT id FROM agencies WHERE acronym = ?"), "XBG"));
    QCOMPARE(find("xylophone"), QList<RecordId> {added});
    QCOMPARE(find("batumi georgia"), QList<RecordId> {added});
    const auto hits = index.search(QStringLiteral("xbg"));
    QVERIFY(hits && !hits->isEmpty());
    QCOMPARE(hits->first().title, QStringLiteral("XBG — Xylophone Border Guard"));
    QCOMPARE(hits->first().context, QStringLiteral("Batumi, GE"));

    QVERIFY(db.exec(
        QStringLiteral("UPDATE agencies SET name = 'Marimba Border Guard' WHERE acronym = 'XBG'")));
    QVERIFY(find("xylophone").isEmpty());
    QCOMPARE(find("marimba"), QList<RecordId> {added});

    QVERIFY(db.exec(QStringLiteral("DELETE FROM agencies WHERE acronym = 'XBG'")));
    QVERIFY(find("marimba").isEmpty());
    QVERIFY(find("batumi").isEmpty());
}

void TestSearchIndex::triggers_agencyRename_refreshesItsPeople()
{
    DatabaseLocation path;
    QVERIFY(createDemo(QStringLiteral("rename"), &path));
    Database db;
    QVERIFY(db.open(path));
    const QList<qint64> people =
        idsOf(db,
              QStringLiteral("SELECT p.id FROM people p JOIN agencies a ON a.id = p.agency_id "
                             "WHERE a.acronym = 'ASCCA' ORDER BY p.id"));
    QVERIFY(people.size() > 1);
    QVERIFY(db.exec(QStringLiteral(
        "UPDATE agencies SET name = 'Quokka Customs Service' WHERE acronym = 'ASCCA'")));
    const SearchIndex index(db);
    const auto hits = index.search(QStringLiteral("quokka"));
    QVERIFY2(hits, qPrintable(index.errorString()));
    QList<qint64> found;
    for (const RecordId &record : recordsOf(*hits, RecordKind::Person))
        found.append(record.id);
    std::sort(found.begin(), found.end());
    QCOMPARE(found, people);

    // Deleting the agency empties their agency (ON DELETE SET NULL).
    QVERIFY(db.exec(QStringLiteral("DELETE FROM agencies WHERE acronym = 'ASCCA'")));
    const auto after = index.search(QStringLiteral("quokka"));
    QVERIFY2(after, qPrintable(index.errorString()));
    QVERIFY2(after->isEmpty(), qPrintable(describe(*after)));
}

void TestSearchIndex::triggers_panels_refreshTheirEvent()
{
    DatabaseLocation path;
    QVERIFY(createDemo(QStringLiteral("panels"), &path));
    Database db;
    QVERIFY(db.open(path));
    const QString title = QStringLiteral("Migrant smuggling and trafficking in human beings");
    const qint64 event = idOf(db, QStringLiteral("SELECT id FROM events WHERE title = ?"), title);
    QVERIFY(event > 0);
    const RecordId record = RecordId::of(RecordKind::Event, event);
    const SearchIndex index(db);
    const auto find = [&](const char *text) {
        const auto hits = index.search(QLatin1String(text));
        return hits ? recordsOf(*hits, RecordKind::Event) : QList<RecordId> {RecordId()};
    };

    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("INSERT INTO panels (event_id, position, title, source_id) "
                                 "VALUES (?, 0, 'Wombat interdiction', 1)"));
    query.addBindValue(event);
    QVERIFY(query.exec());
    QCOMPARE(find("wombat"), QList<RecordId> {record});
    // The event's own words are still there.
    QCOMPARE(find("wombat yerevan"), QList<RecordId> {record});

    QVERIFY(db.exec(
        QStringLiteral("UPDATE panels SET title = 'Numbat patrols' WHERE title LIKE 'Wombat%'")));
    QVERIFY(find("wombat").isEmpty());
    QCOMPARE(find("numbat"), QList<RecordId> {record});
    const auto hits = index.search(QStringLiteral("numbat"));
    QVERIFY(hits && hits->size() == 1);
    QCOMPARE(hits->first().title, title);

    QVERIFY(db.exec(QStringLiteral("DELETE FROM panels WHERE title = 'Numbat patrols'")));
    QVERIFY(find("numbat").isEmpty());
    QCOMPARE(find("migrant yerevan"), QList<RecordId> {record});
}

void TestSearchIndex::triggers_deletingAnEvent_removesItAndItsPanels()
{
    DatabaseLocation path;
    QVERIFY(createDemo(QStringLiteral("delete-event"), &path));
    Database db;
    QVERIFY(db.open(path));
    const qint64 seminar =
        idOf(db, QStringLiteral("SELECT id FROM events WHERE title = ?"), warsawSeminar);
    const SearchIndex index(db);
    auto hits = index.search(QStringLiteral("drug smuggling"));
    QVERIFY(hits && indexOf(*hits, RecordId::of(RecordKind::Event, seminar)) >= 0);

    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("DELETE FROM events WHERE id = ?"));
    query.addBindValue(seminar);
    QVERIFY(query.exec());
    QCOMPARE(
        valueOf(db, QStringLiteral("SELECT count(*) FROM panels WHERE event_id = ?"), {seminar})
            .toInt(),
        0);
    hits = index.search(QStringLiteral("drug smuggling"));
    QVERIFY2(hits, qPrintable(index.errorString()));
    QCOMPARE(indexOf(*hits, RecordId::of(RecordKind::Event, seminar)), -1);
    // No row was left behind or put back by the panels' triggers.
    QCOMPARE(valueOf(db, QStringLiteral("SELECT count(*) FROM search_index WHERE rowid = ?"),
                     {seminar * 8 + 3})
                 .toInt(),
             0);
}

void TestSearchIndex::triggers_afterManyChanges_matchABackfill()
{
    if (m_demo.isPostgres())
        QSKIP("SQLite only: a server's schema is never downgraded to version 1");
    DatabaseLocation path;
    QVERIFY(createDemo(QStringLiteral("changes"), &path));
    {
        Database db;
        QVERIFY(db.open(path));
        const QStringList changes = {
            "UPDATE agencies SET city = 'Ganja', description = NULL WHERE acronym = 'ASCCA'",
            "UPDATE agencies SET acronym = 'SCC' WHERE acronym = 'ASCCA'",
            "UPDATE agencies SET acronym = 'MDC' WHERE name LIKE 'Customs Service of the Republic "
            "of Moldova'",
            "DELETE FROM agencies WHERE acronym = 'KAS'",
            "UPDATE projects SET acronym = NULL, description = 'Renamed' WHERE acronym = 'PICS'",
            "DELETE FROM projects WHERE acronym = 'DPD'",
            "UPDATE events SET city = 'Gdańsk', country_code = 'PL' WHERE city = 'Yerevan'",
            "INSERT INTO events (id, title, kind, source_id) VALUES (1000, 'Wrap-up', 'meeting', "
            "1)",
            "DELETE FROM panels WHERE title LIKE 'Arms%'",
            "UPDATE panels SET event_id = 1000 WHERE title = 'Human and migrant trafficking'",
            "UPDATE people SET position = NULL WHERE full_name = 'Mehriban Asgarova'",
            "INSERT INTO people (full_name, agency_id, source_id) VALUES ('Anna Nowak', NULL, 1)",
            "UPDATE people SET id = 500, agency_id = (SELECT id FROM agencies WHERE acronym = "
            "'NPU') WHERE full_name = 'Anna Nowak'",
            "UPDATE agreements SET subject = 'Customs cooperation'",
            "UPDATE sources SET publisher = 'Azertac' WHERE kind = 'published_article'",
            "INSERT INTO sources (title, kind) VALUES ('Annual report', 'official_record')",
            "DELETE FROM sources WHERE title = 'Annual report'",
        };
        for (const QString &sql : changes)
            QVERIFY2(db.exec(sql), qPrintable(db.errorString()));
        const QStringList triggered = indexRows(db);
        QVERIFY(!triggered.isEmpty());
        QVERIFY(downgradeToVersion1(db));
        db.close();
        QVERIFY(db.open(path));
        QCOMPARE(indexRows(db), triggered);
    }
}

void TestSearchIndex::upgradeFromVersion1_backfillsTheIndex()
{
    if (m_demo.isPostgres())
        QSKIP("SQLite only: a server's schema is never downgraded to version 1");
    DatabaseLocation path;
    QVERIFY(createDemo(QStringLiteral("upgrade"), &path));
    QStringList built;
    {
        Database db;
        QVERIFY(db.open(path));
        built = indexRows(db);
        QVERIFY(downgradeToVersion1(db));
        QCOMPARE(db.userVersion(), 1);
        QCOMPARE(valueOf(db,
                         QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name LIKE "
                                        "'search_index%'"))
                     .toInt(),
                 0);
    }
    Database db;
    QVERIFY2(db.open(path), qPrintable(db.errorString()));
    QCOMPARE(db.userVersion(), SchemaMigrations::latestVersion());
    // The backfill holds exactly what the triggers built as records came in.
    QCOMPARE(indexRows(db), built);
    const qint64 seminar =
        idOf(db, QStringLiteral("SELECT id FROM events WHERE title = ?"), warsawSeminar);
    const SearchIndex index(db);
    const auto hits = index.search(QStringLiteral("warsaw drug"));
    QVERIFY2(hits, qPrintable(index.errorString()));
    QVERIFY(indexOf(*hits, RecordId::of(RecordKind::Event, seminar)) >= 0);
}

void TestSearchIndex::search_withoutIndex_explainsWhy()
{
    if (m_demo.isPostgres())
        QSKIP("SQLite only: a server's schema is never downgraded to version 1");
    DatabaseLocation path;
    QVERIFY(createDemo(QStringLiteral("read-only-v1"), &path));
    {
        Database db;
        QVERIFY(db.open(path));
        QVERIFY(downgradeToVersion1(db));
    }
    // Read-only opens never migrate.
    Database db;
    QVERIFY(db.open(path, Database::OpenMode::ReadOnly));
    const SearchIndex index(db);
    QVERIFY(!index.search(QStringLiteral("warsaw")).has_value());
    QVERIFY2(index.errorString().contains(QStringLiteral("no search index")),
             qPrintable(index.errorString()));
    QVERIFY2(index.errorString().contains(QStringLiteral("read-only-v1.sqlite")),
             qPrintable(index.errorString()));
}

void TestSearchIndex::hostileInput_neverErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("hasWords");
    QTest::newRow("quote") << R"(")" << false;
    QTest::newRow("two quotes") << R"("")" << false;
    QTest::newRow("open parenthesis") << "(" << false;
    QTest::newRow("close parenthesis") << ")" << false;
    QTest::newRow("NOT") << "NOT" << true;
    QTest::newRow("AND OR") << "drug AND OR" << true;
    QTest::newRow("NEAR") << "NEAR(drug smuggling, 2)" << true;
    QTest::newRow("column filter") << "a:b" << true;
    QTest::newRow("column set") << "{title body}: drug" << true;
    QTest::newRow("star") << "*" << false;
    QTest::newRow("star prefix") << "*drug" << true;
    QTest::newRow("minus") << "-x" << true;
    QTest::newRow("caret") << "^warsaw" << true;
    QTest::newRow("plus") << "drug + smuggling" << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("spaces") << "   \t\n  " << false;
    QTest::newRow("backslash") << R"(\)" << false;
    QTest::newRow("apostrophes and SQL") << "'); DROP TABLE agencies; --" << true;
    QTest::newRow("unterminated quote") << R"("warsaw)" << true;
    QTest::newRow("lone combining mark") << QStringLiteral("\u0301") << false;
    QTest::newRow("lone surrogate") << QString(QChar(0xd800)) << false;
    QTest::newRow("NUL") << QString(QChar(0)) + QStringLiteral("drug") << true;
    QTest::newRow("emoji") << QStringLiteral("\U0001F642") << false;
    QTest::newRow("rowid") << "rowid:1" << true;
    QTest::newRow("many words") << QStringLiteral("drug ").repeated(2000) << true;
}

void TestSearchIndex::hostileInput_neverErrors()
{
    QFETCH(QString, text);
    QFETCH(bool, hasWords);
    const int agencies =
        valueOf(m_demo.db(), QStringLiteral("SELECT count(*) FROM agencies")).toInt();
    QCOMPARE(!SearchIndex::ftsQueryFor(text).isEmpty(), hasWords);
    const SearchIndex index(m_demo.db());
    const auto hits = index.search(text);
    QVERIFY2(hits.has_value(), qPrintable(index.errorString()));
    QVERIFY(index.errorString().isEmpty());
    if (!hasWords)
        QVERIFY(hits->isEmpty());
    QCOMPARE(valueOf(m_demo.db(), QStringLiteral("SELECT count(*) FROM agencies")).toInt(),
             agencies);
}

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
