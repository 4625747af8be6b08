// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"
#include "demodatabase.h"
#include "participationimport.h"
#include "participationstats.h"
#include "postgrestestdatabase.h"
#include "recordstore.h"

#include <QCryptographicHash>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace liaison;

namespace {

const QByteArray header = "project,event,event_kind,start_date,end_date,city,country,organiser,"
                          "agency,agency_country,participants,source\n";

// Two new events (one in a new project), a new agency, four rows.
const QByteArray goodRows =
    "TOPCOP,Border risk analysis course,course,2025-03-10,2025-03-14,Baku,AZ,CEPOL,ASCCA,,12,\n"
    "topcop,Border risk analysis course,,2025-03-10,,,,,SCSU,UA,7,\n"
    "Cyber Patrol Initiative,Cyber patrol kick-off,meeting,2025-05-06,,\"Chișinău\",md,,IGP,,4,"
    "https://example.org/cpi\n"
    "Cyber Patrol Initiative,Cyber patrol kick-off,,2025-05-06,,,,,Border Police of Moldova,MD,"
    "9,https://example.org/cpi\n";

// Everything a record base holds, table by table: the row count and a digest
// of every row. The full-text index is compared by its rows, not by FTS5's
// internal b-tree pages. A server has no rowid: its rows are digested in the
// order of their text.
struct Snapshot
{
    QMap<QString, qint64> rowCounts;
    QMap<QString, QByteArray> digests;
    qint64 participants = 0;
    bool operator==(const Snapshot &other) const
    {
        return rowCounts == other.rowCounts && digests == other.digests
            && participants == other.participants;
    }
};

char *toString(const Snapshot &snapshot)
{
    QStringList parts;
    for (auto it = snapshot.rowCounts.cbegin(); it != snapshot.rowCounts.cend(); ++it)
        parts.append(
            QStringLiteral("%1=%2 (%3)")
                .arg(it.key())
                .arg(it.value())
                .arg(QString::fromLatin1(snapshot.digests.value(it.key()).toHex().left(8))));
    parts.append(QStringLiteral("participants=%1").arg(snapshot.participants));
    return qstrdup(parts.join(QStringLiteral(", ")).toUtf8().constData());
}

Snapshot snapshotOf(const DatabaseLocation &location)
{
    Database db;
    if (!db.open(location, Database::OpenMode::ReadOnly))
        qFatal("%s", qPrintable(db.errorString()));
    const bool postgres = db.isPostgres();
    Snapshot snapshot;
    QStringList tables;
    {
        QSqlQuery query(db.connection());
        query.exec(postgres ? QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = "
                                             "current_schema() ORDER BY tablename")
                            : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                             "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND "
                                             "name NOT LIKE 'search\\_index\\_%' ESCAPE '\\' "
                                             "ORDER BY name"));
        while (query.next())
            tables.append(query.value(0).toString());
    }
    for (const QString &table : tables) {
        QSqlQuery query(db.connection());
        query.setForwardOnly(true);
        const QString sql = !postgres ? QStringLiteral("SELECT rowid, * FROM %1 ORDER BY rowid")
            : table == QLatin1String("search_index")
            ? QStringLiteral("SELECT rowid, title, body FROM %1")
            : QStringLiteral("SELECT * FROM %1");
        if (!query.exec(sql.arg(table)))
            qFatal("cannot read %s", qPrintable(table));
        QList<QByteArray> rows;
        while (query.next()) {
            QByteArray row;
            for (int i = 0; i < query.record().count(); ++i) {
                const QVariant value = query.value(i);
                row += value.isNull() ? QByteArray("\x01NULL") : "\x02" + value.toString().toUtf8();
            }
            rows.append(row + "\x03");
        }
        if (postgres)
            std::sort(rows.begin(), rows.end());
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const QByteArray &row : std::as_const(rows))
            hash.addData(row);
        snapshot.rowCounts.insert(table, rows.size());
        snapshot.digests.insert(table, hash.result());
    }
    QSqlQuery sum(db.connection());
    sum.exec(postgres ? QStringLiteral("SELECT coalesce(sum(participants), 0) FROM participation")
                      : QStringLiteral("SELECT total(participants) FROM participation"));
    sum.next();
    snapshot.participants = qint64(sum.value(0).toDouble());
    return snapshot;
}

qint64 searchCount(const DatabaseLocation &path, const QStringList &words);

const ParticipationImport::Problem *findProblem(const QList<ParticipationImport::Problem> &problems,
                                                int line, const QString &part)
{
    for (const ParticipationImport::Problem &problem : problems) {
        if (problem.line == line && problem.message.contains(part))
            return &problem;
    }
    return nullptr;
}

QString listed(const QList<ParticipationImport::Problem> &problems)
{
    QStringList lines;
    for (const ParticipationImport::Problem &problem : problems)
        lines.append(problem.toString());
    return lines.join(QLatin1Char('\n'));
}

QStringList messages(const QList<ParticipationImport::Problem> &problems)
{
    QStringList list;
    for (const ParticipationImport::Problem &problem : problems)
        list.append(problem.toString());
    return list;
}

} // namespace

class TestParticipationImport : public QObject
{
    Q_OBJECT

private slots:
    // Every test runs on an SQLite file and on a PostgreSQL record base.
    void initTestCase_data();
    void init();
    void cleanup();
    void goodFile_createsRecords_andTheSummaryShowsThem();
    void goodFile_semicolonsCrlfBomAndAnyColumnOrder();
    void existingEvent_isMatched_andItsCountReplaced();
    void importingTwice_changesNothing();
    void changedCount_isReplaced_notAdded();
    void sources_fromTheSourceColumn_orOnePerImport();
    void sharedNames_andDuplicateEvents_areRefused();
    void malformed_reportsItsProblem_andWritesNothing_data();
    void malformed_reportsItsProblem_andWritesNothing();
    void missingFile_isAProblemNamingIt();
    void manyBadRows_reportAtMostMaxProblems();
    void progress_isReported_andFalseCancelsEverything();
    void preview_writesNothing_andShowsTheFile();
    void preview_reportsTheSameProblemsAsTheImport();
    void manyNewEvents_areIndexedTogether_andTheTriggerComesBack();
    void import_100kRows_reportsItsSpeed();

private:
    QString writeCsv(const QString &name, const QByteArray &content) const;
    std::optional<ParticipationSummary> summary(const QString &record) const;
    ParticipationImport::Result import(const QString &csv,
                                       const std::function<bool(qint64, qint64)> &progress = {});

    bool isPostgres() const { return m_db.isPostgres(); }

    QTemporaryDir m_dir;
    DatabaseLocation m_db; // a fresh demo record base for each test
    std::unique_ptr<testing::PostgresTestDatabase> m_server;
    int m_count = 0;
};

void TestParticipationImport::initTestCase_data()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

void TestParticipationImport::init()
{
    QVERIFY(m_dir.isValid());
    QFETCH_GLOBAL(QString, engine);
    QString error;
    if (engine == QLatin1String("postgresql")) {
        LIAISON_NEED_POSTGRES();
        m_server = std::make_unique<testing::PostgresTestDatabase>();
        QVERIFY2(m_server->isValid(), qPrintable(m_server->errorString()));
        m_db = m_server->location();
    } else {
        m_db = DatabaseLocation::sqliteFile(
            m_dir.filePath(QStringLiteral("demo-%1.sqlite").arg(++m_count)));
    }
    QVERIFY2(DemoDatabase::create(m_db, &error), qPrintable(error));
}

void TestParticipationImport::cleanup()
{
    if (!m_db.isPostgres() && !m_db.path().isEmpty())
        Database::removeFiles(m_db.path());
    m_server.reset();
    m_db = DatabaseLocation();
}

QString TestParticipationImport::writeCsv(const QString &name, const QByteArray &content) const
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) < 0)
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

std::optional<ParticipationSummary> TestParticipationImport::summary(const QString &record) const
{
    Database db;
    if (!db.open(m_db, Database::OpenMode::ReadOnly))
        return std::nullopt;
    const RecordStore store(db);
    const auto found = store.findRecord(*RecordKey::parse(record, nullptr));
    if (!found)
        return std::nullopt;
    return ParticipationStats(db).summaryFor(*found);
}

ParticipationImport::Result
TestParticipationImport::import(const QString &csv,
                                const std::function<bool(qint64, qint64)> &progress)
{
    Database db;
    if (!db.open(m_db))
        qFatal("%s", qPrintable(db.errorString()));
    return ParticipationImport::run(db, csv, progress);
}

void TestParticipationImport::goodFile_createsRecords_andTheSummaryShowsThem()
{
    const Snapshot before = snapshotOf(m_db);
    const auto result = import(writeCsv(QStringLiteral("good.csv"), header + goodRows));
    QVERIFY2(result.ok, qPrintable(listed(result.problems)));
    QVERIFY(result.problems.isEmpty());
    QVERIFY(!result.cancelled);
    QCOMPARE(result.rows, 4);
    QCOMPARE(result.projectsCreated, 1);
    QCOMPARE(result.eventsCreated, 2);
    QCOMPARE(result.agenciesCreated, 1);
    QCOMPARE(result.participationWritten, 4);
    QCOMPARE(result.participationUnchanged, 0);

    const Snapshot after = snapshotOf(m_db);
    QCOMPARE(after.rowCounts.value(QStringLiteral("projects")),
             before.rowCounts.value(QStringLiteral("projects")) + 1);
    QCOMPARE(after.rowCounts.value(QStringLiteral("events")),
             before.rowCounts.value(QStringLiteral("events")) + 2);
    QCOMPARE(after.rowCounts.value(QStringLiteral("agencies")),
             before.rowCounts.value(QStringLiteral("agencies")) + 1);
    QCOMPARE(after.rowCounts.value(QStringLiteral("participation")),
             before.rowCounts.value(QStringLiteral("participation")) + 4);
    QCOMPARE(after.participants, before.participants + 12 + 7 + 4 + 9);

    const auto topcop = summary(QStringLiteral("project:TOPCOP"));
    QVERIFY(topcop);
    QCOMPARE(topcop->totalParticipants, 524 + 12 + 7);
    const auto ascca = summary(QStringLiteral("agency:ASCCA"));
    QVERIFY(ascca);
    QCOMPARE(ascca->totalParticipants, 286 + 12);
    const auto initiative = summary(QStringLiteral("project:Cyber Patrol Initiative"));
    QVERIFY(initiative);
    QCOMPARE(initiative->totalParticipants, 13);
    QCOMPARE(initiative->byCountry.size(), 1);
    QCOMPARE(initiative->byCountry.first().key, QStringLiteral("MD"));
    QCOMPARE(initiative->byEventKind.first().key, QStringLiteral("meeting"));
    const auto border = summary(QStringLiteral("agency:Border Police of Moldova"));
    QVERIFY(border);
    QCOMPARE(border->totalParticipants, 9);

    // The event got the details of its rows; the agency its kind and country.
    Database db;
    QVERIFY(db.open(m_db, Database::OpenMode::ReadOnly));
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral(
        "SELECT e.kind, e.end_date, e.city, e.country_code, o.acronym, p.acronym FROM events e "
        "JOIN projects p ON p.id = e.project_id LEFT JOIN agencies o ON o.id = e.organiser_id "
        "WHERE e.title = 'Border risk analysis course' AND e.start_date = '2025-03-10'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("course"));
    QCOMPARE(query.value(1).toString(), QStringLiteral("2025-03-14"));
    QCOMPARE(query.value(2).toString(), QStringLiteral("Baku"));
    QCOMPARE(query.value(3).toString(), QStringLiteral("AZ"));
    QCOMPARE(query.value(4).toString(), QStringLiteral("CEPOL"));
    QCOMPARE(query.value(5).toString(), QStringLiteral("TOPCOP"));
    QVERIFY(!query.next());
    QVERIFY(query.exec(QStringLiteral("SELECT city, country_code, organiser_id FROM events "
                                      "WHERE title = 'Cyber patrol kick-off'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("Chișinău"));
    QCOMPARE(query.value(1).toString(), QStringLiteral("MD"));
    QVERIFY(query.value(2).isNull());
    QVERIFY(query.exec(QStringLiteral("SELECT kind, country_code, acronym FROM agencies WHERE name "
                                      "= 'Border Police of Moldova'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("national_agency"));
    QCOMPARE(query.value(1).toString(), QStringLiteral("MD"));
    QVERIFY(query.value(2).isNull());
    // New records are in the search index (its triggers fired).
    QVERIFY(searchCount(m_db, {QStringLiteral("chisinau")}) >= 1);
    QVERIFY(db.integrityProblems().isEmpty());
    QVERIFY(db.foreignKeyProblems().isEmpty());
}

void TestParticipationImport::goodFile_semicolonsCrlfBomAndAnyColumnOrder()
{
    const QByteArray csv =
        "\xEF\xBB\xBF Participants ;AGENCY;Start_Date;Event;Event_Kind;Project\r\n"
        "5;ASCCA;2025-01-20;\"Seminar; with a semicolon\";seminar;RMT\r\n"
        "\"6\";SCSU;2025-01-20;\"Seminar; with a semicolon\";;rmt\r\n";
    const auto result = import(writeCsv(QStringLiteral("semicolons.csv"), csv));
    QVERIFY2(result.ok, qPrintable(listed(result.problems)));
    QCOMPARE(result.eventsCreated, 1);
    QCOMPARE(result.participationWritten, 2);
    const auto rmt = summary(QStringLiteral("project:RMT"));
    QVERIFY(rmt);
    const auto ascca = summary(QStringLiteral("agency:ASCCA"));
    QVERIFY(ascca);
    QCOMPARE(ascca->totalParticipants, 286 + 5);
    const auto event = summary(QStringLiteral("event:Seminar; with a semicolon"));
    QVERIFY(event);
    QCOMPARE(event->totalParticipants, 11);
}

void TestParticipationImport::existingEvent_isMatched_andItsCountReplaced()
{
    const Snapshot before = snapshotOf(m_db);
    const QByteArray csv = header
        + "topcop,Financial investigations and asset recovery,course,2021-10-11,2021-10-15,"
          "Budapest,HU,CEPOL,ascca,AZ,9,\n"
          "TOPCOP,Financial investigations and asset recovery,,2021-10-11,,,,,Revenue Service "
          "of Georgia,,3,\n";
    const auto result = import(writeCsv(QStringLiteral("existing.csv"), csv));
    QVERIFY2(result.ok, qPrintable(listed(result.problems)));
    QCOMPARE(result.eventsCreated, 0);
    QCOMPARE(result.projectsCreated, 0);
    QCOMPARE(result.agenciesCreated, 0);
    QCOMPARE(result.participationWritten, 2);
    const Snapshot after = snapshotOf(m_db);
    QCOMPARE(after.rowCounts.value(QStringLiteral("events")),
             before.rowCounts.value(QStringLiteral("events")));
    // ASCCA's 6 became 9; the Georgian revenue service is new at this event.
    QCOMPARE(after.rowCounts.value(QStringLiteral("participation")),
             before.rowCounts.value(QStringLiteral("participation")) + 1);
    QCOMPARE(after.participants, before.participants + 3 + 3);
    QCOMPARE(summary(QStringLiteral("agency:ASCCA"))->totalParticipants, 286 + 3);
    QCOMPARE(summary(QStringLiteral("project:TOPCOP"))->totalParticipants, 524 + 3 + 3);
}

void TestParticipationImport::importingTwice_changesNothing()
{
    const QString csv = writeCsv(QStringLiteral("twice.csv"), header + goodRows);
    const auto first = import(csv);
    QVERIFY2(first.ok, qPrintable(listed(first.problems)));
    const Snapshot afterFirst = snapshotOf(m_db);

    const auto second = import(csv);
    QVERIFY2(second.ok, qPrintable(listed(second.problems)));
    QCOMPARE(second.rows, 4);
    QCOMPARE(second.projectsCreated, 0);
    QCOMPARE(second.eventsCreated, 0);
    QCOMPARE(second.agenciesCreated, 0);
    QCOMPARE(second.sourcesCreated, 0);
    QCOMPARE(second.participationWritten, 0);
    QCOMPARE(second.participationUnchanged, 4);
    QCOMPARE(snapshotOf(m_db), afterFirst);
}

void TestParticipationImport::changedCount_isReplaced_notAdded()
{
    const auto first = import(writeCsv(QStringLiteral("counts.csv"), header + goodRows));
    QVERIFY2(first.ok, qPrintable(listed(first.problems)));
    const Snapshot afterFirst = snapshotOf(m_db);
    const qint64 topcopBefore = summary(QStringLiteral("project:TOPCOP"))->totalParticipants;

    QByteArray changed = goodRows;
    changed.replace("SCSU,UA,7,", "SCSU,UA,10,");
    const auto second = import(writeCsv(QStringLiteral("counts.csv"), header + changed));
    QVERIFY2(second.ok, qPrintable(listed(second.problems)));
    QCOMPARE(second.participationWritten, 1);
    QCOMPARE(second.participationUnchanged, 3);
    const Snapshot afterSecond = snapshotOf(m_db);
    QCOMPARE(afterSecond.rowCounts, afterFirst.rowCounts);
    QCOMPARE(afterSecond.participants, afterFirst.participants + 3);
    QCOMPARE(summary(QStringLiteral("project:TOPCOP"))->totalParticipants, topcopBefore + 3);
    QCOMPARE(summary(QStringLiteral("event:Border risk analysis course"))->totalParticipants,
             12 + 10);
}

void TestParticipationImport::sources_fromTheSourceColumn_orOnePerImport()
{
    {
        Database db;
        QVERIFY(db.open(m_db));
        QVERIFY(db.exec(QStringLiteral(
            "INSERT INTO sources (title, url, kind) VALUES ('Annual activity report', "
            "'https://example.org/annual', 'published_article')")));
    }
    const QByteArray csv = header
        + "TOPCOP,Source test,webinar,2025-02-02,,,,,ASCCA,,1,\n"
          "TOPCOP,Source test,,2025-02-02,,,,,SCSU,,2,https://example.org/report\n"
          "TOPCOP,Source test,,2025-02-02,,,,,NPU,,3,Annual report 2025\n"
          // An existing source, by its exact title.
          "TOPCOP,Source test,,2025-02-02,,,,,IGP,,4,Illustrative sample records of the "
          "Liaison demo\n"
          // An existing source, by its URL.
          "TOPCOP,Source test,,2025-02-02,,,,,SRC,,5,https://example.org/annual\n";
    const auto result = import(writeCsv(QStringLiteral("sources.csv"), csv));
    QVERIFY2(result.ok, qPrintable(listed(result.problems)));
    QCOMPARE(result.sourcesCreated, 3);

    Database db;
    QVERIFY(db.open(m_db, Database::OpenMode::ReadOnly));
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(
        QStringLiteral("SELECT a.acronym, s.title, s.url, s.kind FROM participation p "
                       "JOIN events e ON e.id = p.event_id JOIN agencies a ON a.id = p.agency_id "
                       "JOIN sources s ON s.id = p.source_id WHERE e.title = 'Source test' ORDER "
                       "BY p.participants")));
    const QStringList expected = {
        QStringLiteral("ASCCA|Import of sources.csv||official_record"),
        QStringLiteral(
            "SCSU|https://example.org/report|https://example.org/report|official_record"),
        QStringLiteral("NPU|Annual report 2025||official_record"),
        QStringLiteral("IGP|Illustrative sample records of the Liaison demo||illustrative_sample"),
        QStringLiteral("SRC|Annual activity report|https://example.org/annual|published_article")};
    QStringList found;
    while (query.next())
        found.append(QStringList {query.value(0).toString(), query.value(1).toString(),
                                  query.value(2).toString(), query.value(3).toString()}
                         .join(QLatin1Char('|')));
    QCOMPARE(found, expected);
    // The new event cites the source of its first row.
    QVERIFY(query.exec(QStringLiteral("SELECT s.title FROM events e JOIN sources s ON s.id = "
                                      "e.source_id WHERE e.title = 'Source test'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("Import of sources.csv"));
}

void TestParticipationImport::sharedNames_andDuplicateEvents_areRefused()
{
    {
        Database db;
        QVERIFY(db.open(m_db));
        for (const char *sql :
             {"INSERT INTO agencies (name, kind, country_code, source_id) VALUES "
              "('Twin Agency', 'national_agency', 'AZ', 1), ('Twin Agency', 'academy', 'GE', 1)",
              "INSERT INTO projects (name, kind, source_id) VALUES ('Twin Project', 'project', 1), "
              "('Twin Project', 'programme', 1)",
              "INSERT INTO events (title, kind, start_date, project_id, source_id) SELECT title, "
              "kind, start_date, project_id, source_id FROM events WHERE title = 'Financial "
              "investigations and asset recovery'"})
            QVERIFY2(db.exec(QString::fromUtf8(sql)), qPrintable(db.errorString()));
    }
    const QByteArray csv = header
        + "TOPCOP,Financial investigations and asset recovery,,2021-10-11,,,,,ASCCA,,1,\n"
          "Twin Project,Twin test,course,2025-01-01,,,,,ASCCA,,1,\n"
          "TOPCOP,Twin test,course,2025-01-01,,,,,Twin Agency,,1,\n"
          "TOPCOP,Twin test,,2025-01-01,,,,Twin Agency,SCSU,,1,\n";
    const QString path = writeCsv(QStringLiteral("twins.csv"), csv);
    const Snapshot before = snapshotOf(m_db);
    const auto result = import(path);
    QVERIFY(!result.ok);
    QCOMPARE(result.problems.size(), 4);
    QVERIFY2(findProblem(result.problems, 2,
                         QStringLiteral("event: several events of \"TOPCOP\" named \"Financial "
                                        "investigations and asset recovery\" start on 2021-10-11")),
             qPrintable(listed(result.problems)));
    QVERIFY2(findProblem(result.problems, 3,
                         QStringLiteral("project: \"Twin Project\" is the name of several "
                                        "projects")),
             qPrintable(listed(result.problems)));
    QVERIFY2(findProblem(result.problems, 4,
                         QStringLiteral("agency: \"Twin Agency\" is the name of several agencies")),
             qPrintable(listed(result.problems)));
    QVERIFY2(findProblem(result.problems, 5,
                         QStringLiteral("organiser: \"Twin Agency\" is the name of several "
                                        "agencies")),
             qPrintable(listed(result.problems)));
    QCOMPARE(snapshotOf(m_db), before);
}

void TestParticipationImport::malformed_reportsItsProblem_andWritesNothing_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");

    const QByteArray good = "TOPCOP,Malformed test,course,2025-04-01,,,,,ASCCA,,3,\n";
    QTest::newRow("bad date") << header + good + "TOPCOP,Malformed test,,2025-02-30,,,,,SCSU,,3,\n"
                              << 3 << "start_date: \"2025-02-30\" is not a date";
    QTest::newRow("date of month precision")
        << header + good + "TOPCOP,Malformed test,,2025-04,,,,,SCSU,,3,\n"
        << 3 << "start_date: \"2025-04\"";
    QTest::newRow("end before start")
        << header + "TOPCOP,Malformed test,course,2025-04-01,2025-03-31,,,,ASCCA,,3,\n"
        << 2 << "end_date: \"2025-03-31\" is before the start_date \"2025-04-01\"";
    QByteArray sixRows = header;
    for (const char *agency : {"GRS", "SCSU", "NPU", "IGP", "SRC"})
        sixRows += "TOPCOP,Malformed test,course,2025-04-01,,,,," + QByteArray(agency) + ",,3,\n";
    QTest::newRow("negative count")
        << sixRows + "TOPCOP,Malformed test,,2025-04-01,,,,,ASCCA,,-3,\n"
        << 7 << "participants: \"-3\" is not a whole number of 0 or more";
    QTest::newRow("count with a fraction")
        << header + "TOPCOP,Malformed test,course,2025-04-01,,,,,ASCCA,,2.5,\n"
        << 2 << "participants: \"2.5\"";
    QTest::newRow("missing required column")
        << QByteArray("project,event,event_kind,start_date,agency\n"
                      "TOPCOP,Malformed test,course,2025-04-01,ASCCA\n")
        << 1 << "required column \"participants\" is missing";
    QTest::newRow("unknown agency without a country")
        << header + good + "TOPCOP,Malformed test,,2025-04-01,,,,,Atlantis Customs,,3,\n"
        << 3
        << "agency: \"Atlantis Customs\" is not in the record base; to create it, give its "
           "agency_country";
    QTest::newRow("agency_country contradicting the agency")
        << header + "TOPCOP,Malformed test,course,2025-04-01,,,,,ASCCA,GE,3,\n"
        << 2 << "agency_country: \"GE\" differs from the country of \"ASCCA\"";
    QTest::newRow("unknown country")
        << header + "TOPCOP,Malformed test,course,2025-04-01,,,XX,,ASCCA,,3,\n"
        << 2 << "country: \"XX\" is not an ISO 3166-1 alpha-2 country code";
    QTest::newRow("unknown organiser")
        << header + "TOPCOP,Malformed test,course,2025-04-01,,,,Nobody,ASCCA,,3,\n"
        << 2 << "organiser: \"Nobody\" is not an agency";
    QTest::newRow("unknown event kind")
        << header + "TOPCOP,Malformed test,workshop,2025-04-01,,,,,ASCCA,,3,\n"
        << 2 << "event_kind: \"workshop\" is not one of seminar, course";
    QTest::newRow("new event without a kind")
        << header + "TOPCOP,Malformed test,,2025-04-01,,,,,ASCCA,,3,\n"
        << 2 << "event_kind: empty, but the event \"Malformed test\" is not in the record base";
    QTest::newRow("new event, no event_kind column")
        << QByteArray("project,event,start_date,agency,participants\n"
                      "TOPCOP,Malformed test,2025-04-01,ASCCA,3\n")
        << 2 << "add an event_kind column";
    QTest::newRow("rows of one event contradict each other")
        << header + "TOPCOP,Malformed test,course,2025-04-01,,Baku,,,ASCCA,,3,\n"
            + "TOPCOP,Malformed test,,2025-04-01,,Tbilisi,,,SCSU,,3,\n"
        << 3 << "city: \"Tbilisi\" differs from \"Baku\" given for the same event on line 2";
    QTest::newRow("row contradicts a stored event")
        << header
            + "TOPCOP,Financial investigations and asset recovery,,2021-10-11,,Vienna,,,"
              "ASCCA,,3,\n"
        << 2 << "city: \"Vienna\" differs from the event's city in the record base (\"Budapest\")";
    QTest::newRow("same event and agency twice")
        << header + good + "TOPCOP,Malformed test,,2025-04-01,,,,,SCSU,,3,\n"
            + "TOPCOP,Malformed test,,2025-04-01,,,,,ascca,,4,\n"
        << 4 << "and the agency \"ascca\" are already on line 2";
    QTest::newRow("empty required value") << header + "TOPCOP,,course,2025-04-01,,,,,ASCCA,,3,\n"
                                          << 2 << "event: empty, but required";
    QTest::newRow("too few fields") << header + good + "TOPCOP,Malformed test,course\n"
                                    << 3 << "the row has 3 fields but the header has 12";
    QTest::newRow("unterminated quote")
        << header + good + "TOPCOP,\"Malformed test,course,2025-04-01,,,,,ASCCA,,3,\n" + good << 3
        << "never closed";
    QTest::newRow("invalid UTF-8")
        << header + good + good + "TOPCOP,Malformed test,,2025-04-01,\xE9t\xE9,,,,SCSU,,3,\n"
        << 4 << "not valid UTF-8";
    QTest::newRow("empty file") << QByteArray() << 1 << "the file is empty";
    QTest::newRow("only a BOM and line breaks")
        << QByteArray("\xEF\xBB\xBF\r\n\r\n") << 1 << "the file is empty";
    QTest::newRow("header with no rows") << header << 1 << "a header but no rows";
    QTest::newRow("header and empty rows") << header + ",,,,,,,,,,,\n\n"
                                           << 1 << "a header but no rows";
    QTest::newRow("unknown column")
        << QByteArray("project,event,event_kind,start_date,agency,participant\n"
                      "TOPCOP,Malformed test,course,2025-04-01,ASCCA,3\n")
        << 1 << "unknown column \"participant\" (did you mean \"participants\"?)";
    QTest::newRow("column twice") << QByteArray(
        "project,event,event_kind,start_date,agency,participants,Event\n"
        "TOPCOP,Malformed test,course,2025-04-01,ASCCA,3,x\n")
                                  << 1 << "column \"Event\" appears twice (columns 2 and 7)";
}

void TestParticipationImport::malformed_reportsItsProblem_andWritesNothing()
{
    QFETCH(QByteArray, content);
    QFETCH(int, line);
    QFETCH(QString, message);
    const QString csv = writeCsv(QStringLiteral("bad.csv"), content);
    const Snapshot before = snapshotOf(m_db);

    const auto result = import(csv);
    QVERIFY(!result.ok);
    QVERIFY(!result.cancelled);
    QVERIFY2(findProblem(result.problems, line, message), qPrintable(listed(result.problems)));
    const QString prefix = QStringLiteral("%1:%2: ").arg(csv).arg(line);
    QVERIFY2(messages(result.problems).filter(prefix).size() >= 1,
             qPrintable(listed(result.problems)));
    QCOMPARE(result.participationWritten, 0);
    QCOMPARE(snapshotOf(m_db), before);

    // The preview finds the same problems and writes nothing either.
    Database db;
    QVERIFY(db.open(m_db, Database::OpenMode::ReadOnly));
    const auto preview = ParticipationImport::preview(db, csv);
    QVERIFY(!preview.ok());
    QCOMPARE(messages(preview.problems), messages(result.problems));
    db.close();
    QCOMPARE(snapshotOf(m_db), before);
}

void TestParticipationImport::missingFile_isAProblemNamingIt()
{
    const QString path = m_dir.filePath(QStringLiteral("nowhere.csv"));
    const auto result = import(path);
    QVERIFY(!result.ok);
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems.first().toString(), path + QStringLiteral(": no such file"));
}

void TestParticipationImport::manyBadRows_reportAtMostMaxProblems()
{
    QByteArray csv = header;
    for (int i = 0; i < 500; ++i)
        csv += "TOPCOP,Many bad rows " + QByteArray::number(i) + ",course,2025-04-01,,,,,ASCCA,,-"
            + QByteArray::number(i) + ",\n";
    const Snapshot before = snapshotOf(m_db);
    const auto result = import(writeCsv(QStringLiteral("many.csv"), csv));
    QVERIFY(!result.ok);
    QCOMPARE(result.rows, 500);
    QCOMPARE(result.problems.size(), ParticipationImport::MaxProblems);
    QCOMPARE(result.problemCount, 500);
    for (int i = 0; i < ParticipationImport::MaxProblems - 1; ++i) {
        QCOMPARE(result.problems.at(i).line, i + 2);
        QVERIFY(result.problems.at(i).message.startsWith(QStringLiteral("participants: ")));
    }
    QVERIFY2(
        result.problems.last().message.contains(
            QStringLiteral("%1 more problems").arg(500 - ParticipationImport::MaxProblems + 1)),
        qPrintable(result.problems.last().message));
    QCOMPARE(snapshotOf(m_db), before);
}

void TestParticipationImport::progress_isReported_andFalseCancelsEverything()
{
    QByteArray csv = header;
    const int rows = 5000;
    for (int i = 0; i < rows; ++i)
        csv += "Progress project,Progress event " + QByteArray::number(i / 50)
            + ",webinar,2025-06-01,,,,,Agency " + QByteArray::number(i % 50) + ",PL,1,\n";
    const QString path = writeCsv(QStringLiteral("progress.csv"), csv);
    const Snapshot before = snapshotOf(m_db);

    QList<QPair<qint64, qint64>> calls;
    const auto cancelled = import(path, [&](qint64 done, qint64 total) {
        calls.append({done, total});
        return done < ParticipationImport::ProgressInterval;
    });
    QVERIFY(!cancelled.ok);
    QVERIFY(cancelled.cancelled);
    QVERIFY(cancelled.problems.isEmpty());
    QCOMPARE(cancelled.problemCount, 0);
    QCOMPARE(calls, (QList<QPair<qint64, qint64>> {{0, rows}, {2000, rows}}));
    QCOMPARE(snapshotOf(m_db), before);

    calls.clear();
    const auto done = import(path, [&](qint64 done, qint64 total) {
        calls.append({done, total});
        return true;
    });
    QVERIFY2(done.ok, qPrintable(listed(done.problems)));
    QCOMPARE(calls,
             (QList<QPair<qint64, qint64>> {{0, rows}, {2000, rows}, {4000, rows}, {rows, rows}}));
    QCOMPARE(done.participationWritten, rows);
    QCOMPARE(done.agenciesCreated, 50);
    QCOMPARE(done.eventsCreated, 100);
}

void TestParticipationImport::preview_writesNothing_andShowsTheFile()
{
    const QString csv = writeCsv(QStringLiteral("preview.csv"), header + goodRows);
    const Snapshot before = snapshotOf(m_db);
    Database db;
    QVERIFY(db.open(m_db, Database::OpenMode::ReadOnly));
    const auto preview = ParticipationImport::preview(db, csv, 2);
    QVERIFY2(preview.ok(), qPrintable(listed(preview.problems)));
    QCOMPARE(preview.columns.size(), 12);
    QCOMPARE(preview.columns.first(), QStringLiteral("project"));
    QCOMPARE(preview.columns.last(), QStringLiteral("source"));
    QCOMPARE(preview.rowCount, 4);
    QCOMPARE(preview.rows.size(), 2);
    QCOMPARE(preview.rows.at(1).at(1), QStringLiteral("Border risk analysis course"));
    QCOMPARE(preview.rows.at(1).at(8), QStringLiteral("SCSU"));
    db.close();
    QCOMPARE(snapshotOf(m_db), before);
}

void TestParticipationImport::preview_reportsTheSameProblemsAsTheImport()
{
    // Problems that need the record base: an unknown agency without a
    // country, a contradicted stored event, an ambiguous duplicate.
    const QByteArray csv = header
        + "TOPCOP,Financial investigations and asset recovery,seminar,2021-10-11,,,,,ASCCA,,1,\n"
          "TOPCOP,Preview test,course,2025-07-01,,,,,Atlantis Customs,,2,\n"
          "TOPCOP,Preview test,,2025-07-01,,,,,SCSU,,x,\n";
    const QString path = writeCsv(QStringLiteral("preview-bad.csv"), csv);
    const Snapshot before = snapshotOf(m_db);
    Database db;
    QVERIFY(db.open(m_db, Database::OpenMode::ReadOnly));
    const auto preview = ParticipationImport::preview(db, path);
    db.close();
    QCOMPARE(preview.problems.size(), 3);
    QCOMPARE(preview.problemCount, 3);
    QVERIFY(findProblem(preview.problems, 2, QStringLiteral("event_kind: \"seminar\" differs")));
    QVERIFY(findProblem(preview.problems, 3, QStringLiteral("agency: \"Atlantis Customs\"")));
    QVERIFY(findProblem(preview.problems, 4, QStringLiteral("participants: \"x\"")));
    QCOMPARE(preview.rowCount, 3);
    QCOMPARE(preview.rows.size(), 3);

    const auto result = import(path);
    QCOMPARE(messages(result.problems), messages(preview.problems));
    QCOMPARE(snapshotOf(m_db), before);
}

namespace {

// SQLite's trigger that indexes new events, which BulkEventIndexing pauses.
QString eventTriggerSql(const DatabaseLocation &path)
{
    Database db;
    if (!db.open(path, Database::OpenMode::ReadOnly))
        qFatal("%s", qPrintable(db.errorString()));
    QSqlQuery query(db.connection());
    query.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = "
                              "'search_index_events_insert'"));
    return query.next() ? query.value(0).toString() : QString();
}

// The search index's rows holding every word.
qint64 searchCount(const DatabaseLocation &path, const QStringList &words)
{
    Database db;
    if (!db.open(path, Database::OpenMode::ReadOnly))
        qFatal("%s", qPrintable(db.errorString()));
    QSqlQuery query(db.connection());
    query.prepare(db.isPostgres()
                      ? QStringLiteral("SELECT count(*) FROM search_index WHERE document @@ "
                                       "to_tsquery('simple', liaison_fold(?))")
                      : QStringLiteral("SELECT count(*) FROM search_index WHERE search_index "
                                       "MATCH ?"));
    query.addBindValue(
        words.join(db.isPostgres() ? QStringLiteral(" & ") : QStringLiteral(" AND ")));
    if (!query.exec() || !query.next())
        qFatal("search failed");
    return query.value(0).toLongLong();
}

} // namespace

void TestParticipationImport::manyNewEvents_areIndexedTogether_andTheTriggerComesBack()
{
    // Enough new events for the import to index them in one statement
    // (BulkEventIndexing) instead of one trigger run each. A server keeps its
    // trigger functions: there only the search index is checked.
    const QString trigger = isPostgres() ? QString() : eventTriggerSql(m_db);
    QVERIFY(isPostgres() || !trigger.isEmpty());
    QByteArray csv = header;
    for (int event = 0; event < 150; ++event)
        csv += "TOPCOP,Zanzibarian workshop " + QByteArray::number(event) + ",course,2025-03-"
            + QByteArray::number(1 + event % 28).rightJustified(2, '0') + ",,Gdansk,PL,,ASCCA,,"
            + QByteArray::number(1 + event % 9) + ",\n";
    const QString path = writeCsv(QStringLiteral("bulk.csv"), csv);

    // Cancelled after the events were written and indexed: all of it goes,
    // and the trigger is back as it was.
    const Snapshot before = snapshotOf(m_db);
    const auto cancelled = import(path, [](qint64, qint64) { return false; });
    QVERIFY(cancelled.cancelled);
    QVERIFY(snapshotOf(m_db) == before);
    if (!isPostgres())
        QCOMPARE(eventTriggerSql(m_db), trigger);
    QCOMPARE(searchCount(m_db, {QStringLiteral("zanzibarian")}), 0);

    const auto result = import(path);
    QVERIFY2(result.ok, qPrintable(listed(result.problems)));
    QCOMPARE(result.eventsCreated, 150);
    QCOMPARE(searchCount(m_db, {QStringLiteral("zanzibarian")}), 150);
    QCOMPARE(searchCount(m_db, {QStringLiteral("zanzibarian"), QStringLiteral("gdansk")}), 150);
    if (!isPostgres())
        QCOMPARE(eventTriggerSql(m_db), trigger);

    // The restored trigger indexes the next event of a small import.
    const auto small = import(writeCsv(QStringLiteral("one.csv"),
                                       header
                                           + "TOPCOP,Quokkaland briefing,course,2025-05-02,,,,,"
                                             "ASCCA,,4,\n"));
    QVERIFY2(small.ok, qPrintable(listed(small.problems)));
    QCOMPARE(searchCount(m_db, {QStringLiteral("quokkaland")}), 1);
    Database db;
    QVERIFY(db.open(m_db, Database::OpenMode::ReadOnly));
    QVERIFY(db.integrityProblems().isEmpty());
}

void TestParticipationImport::import_100kRows_reportsItsSpeed()
{
    // Measures SQLite's bulk load (BulkLoadSettings); the server's import is
    // the same code, checked by the other tests.
    if (isPostgres())
        QSKIP("the speed test measures SQLite only");
    // 100,000 rows: 2,500 new events of 10 new projects, 40 new agencies.
    const int eventCount = 2500;
    const int agencyCount = 40;
    const char *countries[] = {"AZ", "GE", "UA", "MD", "AM", "PL"};
    QByteArray csv = header;
    csv.reserve(12 * 1024 * 1024);
    qint64 expectedSum = 0;
    for (int event = 0; event < eventCount; ++event) {
        const QByteArray project = "Speed project " + QByteArray::number(event % 10);
        const QByteArray title = "Speed event " + QByteArray::number(event);
        const QByteArray date = QDate(2020, 1, 1).addDays(event).toString(Qt::ISODate).toLatin1();
        for (int agency = 0; agency < agencyCount; ++agency) {
            const int participants = (event * 7 + agency * 3) % 50;
            expectedSum += participants;
            csv += project + ',' + title + ",course," + date + ",," + "Baku,AZ,CEPOL,Speed agency "
                + QByteArray::number(agency) + ',' + countries[agency % 6] + ','
                + QByteArray::number(participants) + ",\n";
        }
    }
    const QString path = writeCsv(QStringLiteral("speed.csv"), csv);
    const Snapshot before = snapshotOf(m_db);

    QElapsedTimer timer;
    timer.start();
    const auto result = import(path);
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(result.ok, qPrintable(listed(result.problems)));
    QCOMPARE(result.rows, eventCount * agencyCount);
    QCOMPARE(result.participationWritten, eventCount * agencyCount);
    QCOMPARE(result.eventsCreated, eventCount);
    QCOMPARE(result.projectsCreated, 10);
    QCOMPARE(result.agenciesCreated, agencyCount);
    const Snapshot after = snapshotOf(m_db);
    QCOMPARE(after.rowCounts.value(QStringLiteral("participation")),
             before.rowCounts.value(QStringLiteral("participation")) + eventCount * agencyCount);
    QCOMPARE(after.participants, before.participants + expectedSum);
    qInfo("Imported %lld rows (%.1f MB) in %lld ms: %.0f rows/s", result.rows,
          double(csv.size()) / 1e6, elapsed,
          double(result.rows) * 1000.0 / double(qMax(elapsed, 1)));

    timer.start();
    const auto again = import(path);
    const qint64 againElapsed = timer.elapsed();
    QVERIFY2(again.ok, qPrintable(listed(again.problems)));
    QCOMPARE(again.participationUnchanged, eventCount * agencyCount);
    QCOMPARE(snapshotOf(m_db), after);
    qInfo("Imported the same %lld rows again (nothing to change) in %lld ms: %.0f rows/s",
          again.rows, againElapsed, double(again.rows) * 1000.0 / double(qMax(againElapsed, 1)));
}

QTEST_GUILESS_MAIN(TestParticipationImport)
#include "tst_participationimport.moc"
