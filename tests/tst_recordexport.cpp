// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"
#include "demodatabase.h"
#include "participationimport.h"
#include "participationstats.h"
#include "postgrestestdatabase.h"
#include "recordexport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <list>
#include <map>
#include <memory>
#include <tuple>

using namespace liaison;

namespace {

const QString csvHeader =
    QStringLiteral("project,event,event_kind,start_date,end_date,city,country,"
                   "organiser,agency,agency_country,participants,source");

const QStringList tables = {
    QStringLiteral("sources"),         QStringLiteral("countries"),
    QStringLiteral("agencies"),        QStringLiteral("projects"),
    QStringLiteral("project_roles"),   QStringLiteral("events"),
    QStringLiteral("event_countries"), QStringLiteral("panels"),
    QStringLiteral("people"),          QStringLiteral("presentations"),
    QStringLiteral("participation"),   QStringLiteral("reported_participation"),
    QStringLiteral("agreements"),
};

// A condition: the date column is of day precision.
QString isDay(const Database &db, const QString &column)
{
    return db.isPostgres() ? column + QStringLiteral(" ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'")
                           : column
            + QStringLiteral(" GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-"
                             "[0-9][0-9]'");
}

// The rows of the participation at events the import format can hold: with a
// project and a start date of day precision.
QString exportableParticipation(const Database &db)
{
    return QStringLiteral(" FROM participation p JOIN events e ON e.id = p.event_id "
                          "JOIN agencies a ON a.id = p.agency_id LEFT JOIN projects pr ON pr.id = "
                          "e.project_id WHERE e.project_id IS NOT NULL AND %1 ")
        .arg(isDay(db, QStringLiteral("e.start_date")));
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// RFC 4180, written here independently of the importer: quoted fields may
// hold commas, doubled quotes and line breaks.
std::optional<QList<QStringList>> parseCsv(const QByteArray &data)
{
    const QString text = QString::fromUtf8(data);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool afterQuote = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            if (!field.isEmpty() || afterQuote)
                return std::nullopt; // a quote inside an unquoted field
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(field);
            field.clear();
            afterQuote = false;
        } else if (c == QLatin1Char('\n')) {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            afterQuote = false;
        } else {
            if (afterQuote)
                return std::nullopt; // text after a closing quote
            field += c;
        }
    }
    if (quoted || !field.isEmpty() || !row.isEmpty())
        return std::nullopt; // unterminated, or no final line end
    return rows;
}

QMap<QString, qint64> bucketMap(const QList<ParticipationSummary::Bucket> &buckets)
{
    QMap<QString, qint64> map;
    for (const ParticipationSummary::Bucket &bucket : buckets)
        map[bucket.key] += bucket.participants;
    return map;
}

} // namespace

class TestRecordExport : public QObject
{
    Q_OBJECT

private slots:
    // Every test runs on an SQLite file and on a PostgreSQL record base.
    void initTestCase_data();
    void initTestCase();
    void init();
    void json_namesItsFormatAndSchemaVersion();
    void json_holdsEveryRecordOfEveryTableAsStored();
    void json_everyRecordsSourceResolves();
    void json_keysReferencesByAcronymOrName();
    void json_holdsTheArticlesFacts();
    void json_escapesQuotesLineBreaksAndControlCharacters();
    void json_isDeterministic();
    void csv_headerIsTheImportFormat_utf8WithoutBom_lfLineEnds();
    void csv_rowsAreTheExportableParticipation();
    void csv_reportsWhatItLeavesOut_demo();
    void csv_reportsWhatItLeavesOut_importerTraps();
    void csv_isOrderedByProjectDateTitleAndAgency();
    void csv_quotesFieldsAsRfc4180();
    void unwritableOutput_failsNamingThePath_leavesNoFile_data();
    void unwritableOutput_failsNamingThePath_leavesNoFile();
    void failedExport_leavesAnExistingFileUntouched();
    void roundTrip_importIntoAnEmptyRecordBase_givesTheSameSummaries_data();
    void roundTrip_importIntoAnEmptyRecordBase_givesTheSameSummaries();
    void postgres_exportsTheSameFilesAsSqlite();

private:
    qint64 insertEvent(const QString &title, const QString &start, const QString &end,
                       const QString &city);
    bool addParticipation(qint64 eventId, const QString &agencyKey, qint64 participants);
    qint64 count(Database &db, const QString &sql);
    QMap<QString, qint64> sqlBuckets(Database &db, const QString &sql);
    QJsonObject exportJson(Database &db, const QString &name);
    QList<QStringList> exportCsv(Database &db, const QString &name,
                                 RecordExport::CsvReport *report = nullptr);

    void setUp(const QString &engine);
    // A new, empty record base on the engine of the current test.
    bool createEmpty(Database &db, const QString &name);

    struct Fixture
    {
        std::unique_ptr<testing::PostgresTestDatabase> demoServer;
        std::unique_ptr<testing::PostgresTestDatabase> editedServer;
        std::unique_ptr<Database> demo;
        std::unique_ptr<Database> edited;
    };

    QTemporaryDir m_dir;
    std::map<QString, Fixture> m_fixtures; // by engine, made when first needed
    std::list<testing::PostgresTestDatabase> m_emptyServers;
    QString m_engine;
    Database *m_demo = nullptr;
    // The demo with an event whose title needs quoting and an event dated
    // only by month.
    Database *m_edited = nullptr;
    QString m_awkwardTitle;
};

qint64 TestRecordExport::count(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next()) {
        qWarning() << sql << query.lastError().text();
        return -1;
    }
    return query.value(0).toLongLong();
}

QMap<QString, qint64> TestRecordExport::sqlBuckets(Database &db, const QString &sql)
{
    QMap<QString, qint64> map;
    QSqlQuery query(db.connection());
    if (!query.exec(sql)) {
        qWarning() << sql << query.lastError().text();
        return {};
    }
    while (query.next())
        map[query.value(0).toString()] += query.value(1).toLongLong();
    return map;
}

QJsonObject TestRecordExport::exportJson(Database &db, const QString &name)
{
    const QString path = m_dir.filePath(name);
    QString error;
    if (!RecordExport::writeJson(db, path, &error)) {
        qWarning() << error;
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(readAll(path), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        qWarning() << path << parseError.errorString() << parseError.offset;
    return document.object();
}

QList<QStringList> TestRecordExport::exportCsv(Database &db, const QString &name,
                                               RecordExport::CsvReport *report)
{
    const QString path = m_dir.filePath(name);
    QString error;
    if (!RecordExport::writeParticipationCsv(db, path, &error, report)) {
        qWarning() << error;
        return {};
    }
    const auto rows = parseCsv(readAll(path));
    if (!rows)
        qWarning() << path << "is not RFC 4180 CSV";
    return rows.value_or(QList<QStringList> {});
}

qint64 TestRecordExport::insertEvent(const QString &title, const QString &start, const QString &end,
                                     const QString &city)
{
    QSqlQuery query(m_edited->connection());
    query.prepare(
        QStringLiteral("INSERT INTO events (title, kind, start_date, end_date, city, country_code, "
                       "organiser_id, project_id, source_id) VALUES (?, 'seminar', ?, ?, ?, 'PL', "
                       "(SELECT id FROM agencies WHERE acronym = 'CEPOL'), "
                       "(SELECT id FROM projects WHERE acronym = 'TOPCOP'), 2)%1")
            .arg(m_edited->isPostgres() ? QStringLiteral(" RETURNING id") : QString()));
    query.addBindValue(title);
    query.addBindValue(start.isEmpty() ? QVariant() : QVariant(start));
    query.addBindValue(end.isEmpty() ? QVariant() : QVariant(end));
    query.addBindValue(city);
    if (!query.exec() || (m_edited->isPostgres() && !query.next())) {
        qWarning() << query.lastError().text();
        return 0;
    }
    return m_edited->isPostgres() ? query.value(0).toLongLong() : query.lastInsertId().toLongLong();
}

bool TestRecordExport::addParticipation(qint64 eventId, const QString &agencyKey,
                                        qint64 participants)
{
    QSqlQuery query(m_edited->connection());
    query.prepare(QStringLiteral("INSERT INTO participation (event_id, agency_id, participants, "
                                 "source_id) SELECT ?, id, ?, 2 FROM agencies "
                                 "WHERE COALESCE(acronym, name) = ?"));
    query.addBindValue(eventId);
    query.addBindValue(participants);
    query.addBindValue(agencyKey);
    if (!query.exec() || query.numRowsAffected() != 1) {
        qWarning() << agencyKey << query.lastError().text();
        return false;
    }
    return true;
}

void TestRecordExport::initTestCase_data()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

void TestRecordExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestRecordExport::init()
{
    QFETCH_GLOBAL(QString, engine);
    if (engine == QLatin1String("postgresql"))
        LIAISON_NEED_POSTGRES();
    m_engine = engine;
    Fixture &fixture = m_fixtures[engine];
    if (!fixture.demo)
        setUp(engine);
    QVERIFY(fixture.demo && fixture.edited);
    m_demo = fixture.demo.get();
    m_edited = fixture.edited.get();
}

bool TestRecordExport::createEmpty(Database &db, const QString &name)
{
    if (m_engine != QLatin1String("postgresql"))
        return db.create(m_dir.filePath(name + QStringLiteral(".sqlite")));
    const testing::PostgresTestDatabase &server = m_emptyServers.emplace_back();
    return server.isValid() && db.create(server.location());
}

void TestRecordExport::setUp(const QString &engine)
{
    Fixture fixture;
    fixture.demo = std::make_unique<Database>();
    fixture.edited = std::make_unique<Database>();
    QString error;
    if (engine == QLatin1String("postgresql")) {
        fixture.demoServer = std::make_unique<testing::PostgresTestDatabase>();
        fixture.editedServer = std::make_unique<testing::PostgresTestDatabase>();
        QVERIFY2(fixture.demoServer->isValid(), qPrintable(fixture.demoServer->errorString()));
        QVERIFY2(fixture.editedServer->isValid(), qPrintable(fixture.editedServer->errorString()));
        QVERIFY2(DemoDatabase::create(fixture.demoServer->location(), &error), qPrintable(error));
        QVERIFY2(DemoDatabase::create(fixture.editedServer->location(), &error), qPrintable(error));
        QVERIFY2(fixture.demo->open(fixture.demoServer->location()),
                 qPrintable(fixture.demo->errorString()));
        QVERIFY2(fixture.edited->open(fixture.editedServer->location()),
                 qPrintable(fixture.edited->errorString()));
    } else {
        const QString demoPath = m_dir.filePath(QStringLiteral("demo.sqlite"));
        const QString editedPath = m_dir.filePath(QStringLiteral("edited.sqlite"));
        QVERIFY2(DemoDatabase::create(demoPath, &error), qPrintable(error));
        QVERIFY2(DemoDatabase::create(editedPath, &error), qPrintable(error));
        QVERIFY2(fixture.demo->open(demoPath), qPrintable(fixture.demo->errorString()));
        QVERIFY2(fixture.edited->open(editedPath), qPrintable(fixture.edited->errorString()));
    }
    m_edited = fixture.edited.get();

    // A title and a city that need quoting; CEPOL (no country) takes part.
    m_awkwardTitle =
        QStringLiteral("Customs, \"risk\" and\nborders \u2013 \u0141\u00f3d\u017a\ttab");
    const qint64 awkward =
        insertEvent(m_awkwardTitle, QStringLiteral("2023-05-02"), QStringLiteral("2023-05-03"),
                    QStringLiteral("\u0141\u00f3d\u017a, \"centre\""));
    QVERIFY(awkward > 0);
    for (const char *agency : {"ASCCA", "SCSU", "CEPOL"})
        QVERIFY(addParticipation(awkward, QLatin1String(agency), 3));
    // A start date of month precision.
    const qint64 byMonth = insertEvent(QStringLiteral("Dated by month only"),
                                       QStringLiteral("2023-05"), {}, QStringLiteral("Warsaw"));
    QVERIFY(byMonth > 0);
    for (const char *agency : {"ASCCA", "SCSU"})
        QVERIFY(addParticipation(byMonth, QLatin1String(agency), 4));
    // Two events of one project, title and date.
    for (int twin = 0; twin < 2; ++twin) {
        const qint64 id = insertEvent(QStringLiteral("Twin seminar"), QStringLiteral("2023-06-01"),
                                      {}, QStringLiteral("Gda\u0144sk"));
        QVERIFY(id > 0);
        for (const char *agency : {"ASCCA", "NPU"})
            QVERIFY(addParticipation(id, QLatin1String(agency), 5 + twin));
    }
    // An end date of month precision.
    const qint64 monthEnded =
        insertEvent(QStringLiteral("Month-ended course"), QStringLiteral("2023-07-03"),
                    QStringLiteral("2023-08"), QStringLiteral("Warsaw"));
    QVERIFY(monthEnded > 0);
    QVERIFY(addParticipation(monthEnded, QStringLiteral("ASCCA"), 1));
    // An agency whose name is ASCCA's acronym but with a space and another
    // country: the importer would take it for ASCCA.
    QVERIFY(
        m_edited->exec(QStringLiteral("INSERT INTO agencies (name, kind, country_code, source_id) "
                                      "VALUES ('ASCCA ', 'national_agency', 'GE', 2)")));
    QVERIFY(addParticipation(monthEnded, QStringLiteral("ASCCA "), 2));
    m_fixtures[engine] = std::move(fixture);
}

void TestRecordExport::json_namesItsFormatAndSchemaVersion()
{
    const QJsonObject json = exportJson(*m_demo, QStringLiteral("format.json"));
    QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("liaison-records"));
    QCOMPARE(json.value(QStringLiteral("version")).toInteger(), 1);
    QCOMPARE(json.value(QStringLiteral("schema_version")).toInteger(), m_demo->userVersion());
    QStringList expectedKeys = tables;
    expectedKeys << QStringLiteral("format") << QStringLiteral("version")
                 << QStringLiteral("schema_version");
    expectedKeys.sort();
    QCOMPARE(json.keys(), expectedKeys);
}

void TestRecordExport::json_holdsEveryRecordOfEveryTableAsStored()
{
    const QJsonObject json = exportJson(*m_demo, QStringLiteral("tables.json"));
    for (const QString &table : tables) {
        QString sql = QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table);
        if (table == QLatin1String("event_countries"))
            sql = QStringLiteral("SELECT * FROM event_countries ORDER BY event_id, country_code");
        if (table == QLatin1String("countries"))
            sql = QStringLiteral(
                "SELECT * FROM countries WHERE code IN (SELECT country_code FROM agencies) "
                "OR code IN (SELECT country_code FROM events) "
                "OR code IN (SELECT country_code FROM event_countries) "
                "OR code IN (SELECT country_code FROM agreements) "
                "OR code IN (SELECT partner_country_code FROM agreements) ORDER BY code");
        QSqlQuery query(m_demo->connection());
        QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
        const QJsonArray records = json.value(table).toArray();
        qsizetype row = 0;
        while (query.next()) {
            QVERIFY2(row < records.size(), qPrintable(table));
            const QJsonObject record = records.at(row).toObject();
            const QSqlRecord columns = query.record();
            for (int column = 0; column < columns.count(); ++column) {
                const QString name = columns.fieldName(column);
                const QString where = QStringLiteral("%1[%2].%3").arg(table).arg(row).arg(name);
                // The count of edits for optimistic locking is not the record's data.
                if (name == QLatin1String("row_version")) {
                    QVERIFY2(!record.contains(name), qPrintable(where));
                    continue;
                }
                QVERIFY2(record.contains(name), qPrintable(where));
                const QJsonValue value = record.value(name);
                if (query.isNull(column))
                    QVERIFY2(value.isNull(), qPrintable(where));
                else if (const int type = query.value(column).typeId(); type == QMetaType::LongLong
                         || type == QMetaType::Int
                         || type == QMetaType::ULongLong) // a server's int4 and int8
                    QCOMPARE(value.toInteger(-1), query.value(column).toLongLong());
                else
                    QCOMPARE(value.toString(), query.value(column).toString());
            }
            ++row;
        }
        QVERIFY2(row > 0, qPrintable(table)); // the demo has records of every table
        QCOMPARE(records.size(), row);
    }
    // Only the countries records use, not the whole list.
    QVERIFY(json.value(QStringLiteral("countries")).toArray().size()
            < count(*m_demo, QStringLiteral("SELECT count(*) FROM countries")));
}

void TestRecordExport::json_everyRecordsSourceResolves()
{
    const QJsonObject json = exportJson(*m_demo, QStringLiteral("sources.json"));
    QSet<qint64> sourceIds;
    for (const QJsonValue &source : json.value(QStringLiteral("sources")).toArray())
        sourceIds.insert(source.toObject().value(QStringLiteral("id")).toInteger());
    QCOMPARE(sourceIds.size(), count(*m_demo, QStringLiteral("SELECT count(*) FROM sources")));
    for (const QString &table : tables) {
        if (table == QLatin1String("sources") || table == QLatin1String("countries"))
            continue;
        for (const QJsonValue &record : json.value(table).toArray()) {
            const QJsonValue source = record.toObject().value(QStringLiteral("source_id"));
            QVERIFY2(source.isDouble(), qPrintable(table));
            QVERIFY2(sourceIds.contains(source.toInteger()), qPrintable(table));
        }
    }
}

void TestRecordExport::json_keysReferencesByAcronymOrName()
{
    const QJsonObject json = exportJson(*m_demo, QStringLiteral("keys.json"));
    // The key of every agency and project reference is its acronym, or its
    // name where it has none.
    QMap<qint64, QString> agencyKeys;
    QMap<qint64, QString> projectKeys;
    for (const auto &[table, keys] : {std::pair {QStringLiteral("agencies"), &agencyKeys},
                                      std::pair {QStringLiteral("projects"), &projectKeys}}) {
        for (const QJsonValue &value : json.value(table).toArray()) {
            const QJsonObject record = value.toObject();
            const QJsonValue acronym = record.value(QStringLiteral("acronym"));
            keys->insert(record.value(QStringLiteral("id")).toInteger(),
                         acronym.isNull() ? record.value(QStringLiteral("name")).toString()
                                          : acronym.toString());
        }
    }
    const QList<std::tuple<QString, QString, const QMap<qint64, QString> *>> references = {
        {QStringLiteral("agencies"), QStringLiteral("parent"), &agencyKeys},
        {QStringLiteral("projects"), QStringLiteral("parent"), &projectKeys},
        {QStringLiteral("project_roles"), QStringLiteral("project"), &projectKeys},
        {QStringLiteral("project_roles"), QStringLiteral("agency"), &agencyKeys},
        {QStringLiteral("events"), QStringLiteral("organiser"), &agencyKeys},
        {QStringLiteral("events"), QStringLiteral("project"), &projectKeys},
        {QStringLiteral("people"), QStringLiteral("agency"), &agencyKeys},
        {QStringLiteral("participation"), QStringLiteral("agency"), &agencyKeys},
        {QStringLiteral("reported_participation"), QStringLiteral("agency"), &agencyKeys},
        {QStringLiteral("reported_participation"), QStringLiteral("project"), &projectKeys},
        {QStringLiteral("agreements"), QStringLiteral("agency"), &agencyKeys},
    };
    int keyed = 0;
    for (const auto &[table, reference, keys] : references) {
        for (const QJsonValue &value : json.value(table).toArray()) {
            const QJsonObject record = value.toObject();
            const QJsonValue id = record.value(reference + QStringLiteral("_id"));
            const QJsonValue key = record.value(reference + QStringLiteral("_key"));
            QVERIFY2(record.contains(reference + QStringLiteral("_key")),
                     qPrintable(table + QLatin1Char('.') + reference));
            if (id.isNull()) {
                QVERIFY(key.isNull());
                continue;
            }
            QCOMPARE(key.toString(), keys->value(id.toInteger()));
            ++keyed;
        }
    }
    QVERIFY(keyed > 0);

    // Each key is written right after the reference it names.
    const QString text = QString::fromUtf8(readAll(m_dir.filePath(QStringLiteral("keys.json"))));
    const auto matches = [&text](const QString &pattern) {
        qsizetype found = 0;
        auto it = QRegularExpression(pattern).globalMatch(text);
        for (; it.hasNext(); it.next())
            ++found;
        return found;
    };
    const qsizetype keys = matches(QStringLiteral("\"\\w+_key\": "));
    const qsizetype keysAfterIds =
        matches(QStringLiteral("\"(\\w+)_id\": (\\d+|null), \"\\1_key\": "));
    QVERIFY(keys > 0);
    QCOMPARE(keysAfterIds, keys);
}

void TestRecordExport::json_holdsTheArticlesFacts()
{
    const QJsonObject json = exportJson(*m_demo, QStringLiteral("facts.json"));
    QMap<qint64, QJsonObject> sources;
    for (const QJsonValue &source : json.value(QStringLiteral("sources")).toArray())
        sources.insert(source.toObject().value(QStringLiteral("id")).toInteger(),
                       source.toObject());

    // ASCCA a TOPCOP partner since April 2021, sourced to the article.
    bool partner = false;
    for (const QJsonValue &value : json.value(QStringLiteral("project_roles")).toArray()) {
        const QJsonObject role = value.toObject();
        if (role.value(QStringLiteral("agency_key")).toString() == QLatin1String("ASCCA")
            && role.value(QStringLiteral("project_key")).toString() == QLatin1String("TOPCOP")
            && role.value(QStringLiteral("role")).toString() == QLatin1String("partner")) {
            QCOMPARE(role.value(QStringLiteral("since")).toString(), QStringLiteral("2021-04"));
            QCOMPARE(sources.value(role.value(QStringLiteral("source_id")).toInteger())
                         .value(QStringLiteral("kind"))
                         .toString(),
                     QStringLiteral("published_article"));
            partner = true;
        }
    }
    QVERIFY(partner);

    // The reported total of 154 ASCCA employees in TOPCOP events.
    bool reported = false;
    for (const QJsonValue &value : json.value(QStringLiteral("reported_participation")).toArray()) {
        const QJsonObject total = value.toObject();
        if (total.value(QStringLiteral("agency_key")).toString() == QLatin1String("ASCCA")
            && total.value(QStringLiteral("project_key")).toString() == QLatin1String("TOPCOP")) {
            QCOMPARE(total.value(QStringLiteral("participants")).toInteger(), 154);
            reported = true;
        }
    }
    QVERIFY(reported);

    // The Warsaw seminar has no date: null, not an invented one.
    bool warsaw = false;
    for (const QJsonValue &value : json.value(QStringLiteral("events")).toArray()) {
        const QJsonObject event = value.toObject();
        if (event.value(QStringLiteral("city")).toString() == QLatin1String("Warsaw")
            && event.value(QStringLiteral("kind")).toString() == QLatin1String("seminar")) {
            QVERIFY(event.value(QStringLiteral("start_date")).isNull());
            QCOMPARE(event.value(QStringLiteral("organiser_key")).toString(),
                     QStringLiteral("CEPOL"));
            warsaw = true;
        }
    }
    QVERIFY(warsaw);
}

void TestRecordExport::json_escapesQuotesLineBreaksAndControlCharacters()
{
    QSqlQuery query(m_edited->connection());
    QVERIFY(query.prepare(QStringLiteral("UPDATE agencies SET description = ? WHERE acronym = "
                                         "'NPU'")));
    const QString description =
        QStringLiteral("back\\slash \"quoted\"\r\nbell\u0007 nul-less \u001f end \U0001F600");
    query.addBindValue(description);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    const QJsonObject json = exportJson(*m_edited, QStringLiteral("escapes.json"));
    QStringList titles;
    for (const QJsonValue &event : json.value(QStringLiteral("events")).toArray())
        titles.append(event.toObject().value(QStringLiteral("title")).toString());
    QVERIFY(titles.contains(m_awkwardTitle));
    QString found;
    for (const QJsonValue &agency : json.value(QStringLiteral("agencies")).toArray()) {
        if (agency.toObject().value(QStringLiteral("acronym")).toString() == QLatin1String("NPU"))
            found = agency.toObject().value(QStringLiteral("description")).toString();
    }
    QCOMPARE(found, description);
}

void TestRecordExport::json_isDeterministic()
{
    QString error;
    const QString first = m_dir.filePath(QStringLiteral("first.json"));
    const QString second = m_dir.filePath(QStringLiteral("second.json"));
    QVERIFY2(RecordExport::writeJson(*m_demo, first, &error), qPrintable(error));
    QVERIFY2(RecordExport::writeJson(*m_demo, second, &error), qPrintable(error));
    QVERIFY(!readAll(first).isEmpty());
    QCOMPARE(readAll(first), readAll(second));
}

void TestRecordExport::csv_headerIsTheImportFormat_utf8WithoutBom_lfLineEnds()
{
    const QString path = m_dir.filePath(QStringLiteral("header.csv"));
    QString error;
    QVERIFY2(RecordExport::writeParticipationCsv(*m_demo, path, &error), qPrintable(error));
    const QByteArray data = readAll(path);
    QVERIFY(data.startsWith((csvHeader + QLatin1Char('\n')).toUtf8()));
    QCOMPARE(RecordExport::csvColumns().join(QLatin1Char(',')), csvHeader);
    QVERIFY(!data.startsWith("\xEF\xBB\xBF"));
    QVERIFY(!data.contains('\r'));
    QVERIFY(data.endsWith('\n'));
    // Non-ASCII text (Chișinău) is UTF-8.
    QVERIFY(data.contains(QStringLiteral("Chi\u0219in\u0103u").toUtf8()));
}

void TestRecordExport::csv_rowsAreTheExportableParticipation()
{
    RecordExport::CsvReport report;
    const QList<QStringList> rows = exportCsv(*m_demo, QStringLiteral("rows.csv"), &report);
    QVERIFY(!rows.isEmpty());
    QCOMPARE(rows.first().join(QLatin1Char(',')), csvHeader);
    const QList<QStringList> data = rows.mid(1);
    const qint64 exportable =
        count(*m_demo, QStringLiteral("SELECT count(*)") + exportableParticipation(*m_demo));
    QCOMPARE(data.size(), exportable);
    QCOMPARE(report.rowsWritten, exportable);
    for (const QStringList &row : data)
        QCOMPARE(row.size(), 12);

    // Every field, from the record base by SQL.
    QSqlQuery query(m_demo->connection());
    QVERIFY2(
        query.exec(
            QStringLiteral(
                "SELECT coalesce(pr.acronym, pr.name), e.title, e.kind, e.start_date, "
                "coalesce(e.end_date, ''), coalesce(e.city, ''), coalesce(e.country_code, ''), "
                // The organiser only where it takes part in a written row.
                "coalesce((SELECT coalesce(o.acronym, o.name) FROM agencies o "
                "WHERE o.id = e.organiser_id AND o.id IN (SELECT p2.agency_id "
                "FROM participation p2 JOIN events e2 ON e2.id = p2.event_id "
                "JOIN agencies a2 ON a2.id = p2.agency_id "
                "WHERE e2.project_id IS NOT NULL AND a2.country_code IS NOT NULL AND "
                "%1)), ''), "
                "coalesce(a.acronym, a.name), "
                "coalesce(a.country_code, ''), p.participants, "
                "(SELECT title FROM sources WHERE id = p.source_id)")
                .arg(isDay(*m_demo, QStringLiteral("e2.start_date")))
            + exportableParticipation(*m_demo)),
        qPrintable(query.lastError().text()));
    QList<QStringList> expected;
    while (query.next()) {
        QStringList row;
        for (int column = 0; column < 12; ++column)
            row.append(query.value(column).toString());
        expected.append(row);
    }
    QList<QStringList> actual = data;
    std::sort(expected.begin(), expected.end());
    std::sort(actual.begin(), actual.end());
    QCOMPARE(actual, expected);

    // agency_country is filled wherever the agency has a country.
    const int agencyCountry = RecordExport::csvColumns().indexOf(QStringLiteral("agency_country"));
    int withCountry = 0;
    for (const QStringList &row : data)
        withCountry += row.at(agencyCountry).isEmpty() ? 0 : 1;
    QCOMPARE(withCountry,
             count(*m_demo,
                   QStringLiteral("SELECT count(*)") + exportableParticipation(*m_demo)
                       + QStringLiteral("AND a.country_code IS NOT NULL")));
}

void TestRecordExport::csv_reportsWhatItLeavesOut_demo()
{
    RecordExport::CsvReport report;
    const QList<QStringList> rows = exportCsv(*m_demo, QStringLiteral("skipped.csv"), &report);
    QVERIFY(!rows.isEmpty());
    QCOMPARE(rows.size() - 1, report.rowsWritten);
    QCOMPARE(report.rowsWritten + report.rowsSkipped,
             count(*m_demo, QStringLiteral("SELECT count(*) FROM participation")));

    // The rows at events without a project or a start day, by SQL: the
    // undated Warsaw seminar and the Customs Academy's module outside any
    // project.
    QSqlQuery query(m_demo->connection());
    QVERIFY(query.exec(QStringLiteral(
        "SELECT p.id, e.id, e.title, p.participants, e.project_id IS NULL, "
        "e.start_date IS NULL OR length(e.start_date) <> 10 "
        "FROM participation p JOIN events e ON e.id = p.event_id "
        "WHERE e.project_id IS NULL OR e.start_date IS NULL OR length(e.start_date) <> 10 "
        "ORDER BY p.id")));
    qsizetype index = 0;
    qint64 participants = 0;
    while (query.next()) {
        QVERIFY(index < report.skipped.size());
        const RecordExport::CsvReport::SkippedRow &row = report.skipped.at(index);
        QCOMPARE(row.participationId, query.value(0).toLongLong());
        QCOMPARE(row.eventId, query.value(1).toLongLong());
        QCOMPARE(row.event, query.value(2).toString());
        QCOMPARE(row.participants, query.value(3).toLongLong());
        unsigned reasons = 0;
        if (query.value(4).toBool())
            reasons |= RecordExport::CsvReport::NoProject;
        if (query.value(5).toBool())
            reasons |= RecordExport::CsvReport::NoStartDay;
        QCOMPARE(row.reasons, reasons);
        participants += row.participants;
        ++index;
    }
    QCOMPARE(report.skipped.size(), index);
    QCOMPARE(report.rowsSkipped, index);
    QCOMPARE(report.participantsSkipped, participants);
    QVERIFY(report.rowsSkippedFor(RecordExport::CsvReport::NoProject) > 0);
    QVERIFY(report.rowsSkippedFor(RecordExport::CsvReport::NoStartDay) > 0);
    QVERIFY2(report.summary().contains(QStringLiteral("Left out %1 of %2 participation records")
                                           .arg(report.rowsSkipped)
                                           .arg(report.rowsWritten + report.rowsSkipped)),
             qPrintable(report.summary()));

    // Organisers that take part in no written row (CEPOL, the Customs
    // Academy) cannot be created by an import: left empty. KAS takes part.
    const QString exportableEvent = QStringLiteral("e.project_id IS NOT NULL AND ")
        + isDay(*m_demo, QStringLiteral("e.start_date"));
    QCOMPARE(report.eventsWithoutOrganiser,
             count(*m_demo,
                   QStringLiteral("SELECT count(*) FROM events e WHERE %1 "
                                  "AND e.id IN (SELECT event_id FROM participation) "
                                  "AND e.organiser_id NOT IN (SELECT p.agency_id FROM "
                                  "participation p JOIN events e ON e.id = p.event_id WHERE %1)")
                       .arg(exportableEvent)));
    QVERIFY(report.eventsWithoutOrganiser > 0);
    QSet<QString> organisers;
    for (const QStringList &row : rows.mid(1))
        organisers.insert(row.at(7));
    QVERIFY(organisers.contains(QStringLiteral("KAS")));
    QVERIFY(!organisers.contains(QStringLiteral("CEPOL")));
    QVERIFY(organisers.contains(QString()));
    QCOMPARE(report.eventsWithoutEndDate, 0);
}

void TestRecordExport::csv_reportsWhatItLeavesOut_importerTraps()
{
    RecordExport::CsvReport report;
    const QList<QStringList> rows = exportCsv(*m_edited, QStringLiteral("traps.csv"), &report);
    QVERIFY(!rows.isEmpty());
    QCOMPARE(rows.size() - 1, report.rowsWritten);
    QCOMPARE(report.rowsWritten + report.rowsSkipped,
             count(*m_edited, QStringLiteral("SELECT count(*) FROM participation")));

    QMap<QString, QList<unsigned>> reasonsByRow; // "event/agency" -> reasons
    for (const RecordExport::CsvReport::SkippedRow &row : report.skipped)
        reasonsByRow[row.event + QLatin1Char('/') + row.agency].append(row.reasons);
    using Report = RecordExport::CsvReport;
    QCOMPARE(reasonsByRow.value(m_awkwardTitle + QStringLiteral("/CEPOL")),
             QList<unsigned> {Report::AgencyWithoutCountry});
    QCOMPARE(reasonsByRow.value(QStringLiteral("Dated by month only/ASCCA")),
             QList<unsigned> {Report::NoStartDay});
    // The later twin is left out, the first written.
    QCOMPARE(reasonsByRow.value(QStringLiteral("Twin seminar/NPU")),
             QList<unsigned> {Report::SameEventKey});
    QCOMPARE(reasonsByRow.value(QStringLiteral("Month-ended course/ASCCA ")),
             QList<unsigned> {Report::SameAgencyKey});
    QVERIFY(!reasonsByRow.contains(QStringLiteral("Month-ended course/ASCCA")));
    int twins = 0;
    for (const QStringList &row : rows) {
        if (row.at(1) == QLatin1String("Twin seminar")) {
            QCOMPARE(row.at(10), QStringLiteral("5")); // the first twin's counts
            ++twins;
        }
        if (row.at(1) == QLatin1String("Month-ended course"))
            QCOMPARE(row.at(4), QString()); // the end date "2023-08" is no day
    }
    QCOMPARE(twins, 2);
    QCOMPARE(report.eventsWithoutEndDate, 1);
    const QString summary = report.summary();
    for (const char *part :
         {"without a country", "without a start date", "sharing project, title and start date",
          "sharing their acronym or name", "end date empty at 1 events"})
        QVERIFY2(summary.contains(QLatin1String(part)), qPrintable(summary));
}

void TestRecordExport::csv_isOrderedByProjectDateTitleAndAgency()
{
    const QList<QStringList> rows = exportCsv(*m_demo, QStringLiteral("order.csv"));
    QVERIFY(rows.size() > 2);
    const auto sortKey = [](const QStringList &row) {
        // project, start_date, event, agency
        return std::tuple(row.at(0), row.at(3), row.at(1), row.at(8));
    };
    const QList<QStringList> data = rows.mid(1);
    QVERIFY(std::is_sorted(data.begin(), data.end(),
                           [&](const auto &a, const auto &b) { return sortKey(a) < sortKey(b); }));
    // More than one project and date, so the order is not trivial.
    QVERIFY(sortKey(data.first()) < sortKey(data.last()));
    QVERIFY(data.first().at(0) != data.last().at(0));
}

void TestRecordExport::csv_quotesFieldsAsRfc4180()
{
    const QString path = m_dir.filePath(QStringLiteral("quoting.csv"));
    QString error;
    QVERIFY2(RecordExport::writeParticipationCsv(*m_edited, path, &error), qPrintable(error));
    const QByteArray data = readAll(path);
    // The title with a comma, quotes and a line break is quoted with its
    // quotes doubled; the city with a comma and quotes likewise.
    QVERIFY(data.contains("\"Customs, \"\"risk\"\" and\nborders \xE2\x80\x93 \xC5\x81\xC3\xB3"
                          "d\xC5\xBA\ttab\""));
    QVERIFY(data.contains("\"\xC5\x81\xC3\xB3"
                          "d\xC5\xBA, \"\"centre\"\"\""));
    // Plain fields stay unquoted.
    QVERIFY(data.contains("\nTOPCOP,"));
    QVERIFY(!data.contains("\"TOPCOP\""));
    const auto rows = parseCsv(data);
    QVERIFY(rows.has_value());
    int awkward = 0;
    for (const QStringList &row : *rows) {
        QCOMPARE(row.size(), 12);
        if (row.at(1) == m_awkwardTitle) {
            QCOMPARE(row.at(5), QStringLiteral("\u0141\u00f3d\u017a, \"centre\""));
            QCOMPARE(row.at(3), QStringLiteral("2023-05-02"));
            ++awkward;
        }
        QVERIFY(row.at(1) != QLatin1String("Dated by month only"));
    }
    QCOMPARE(awkward, 2); // ASCCA and SCSU
}

void TestRecordExport::unwritableOutput_failsNamingThePath_leavesNoFile_data()
{
    QTest::addColumn<bool>("json");
    QTest::newRow("json") << true;
    QTest::newRow("csv") << false;
}

void TestRecordExport::unwritableOutput_failsNamingThePath_leavesNoFile()
{
    QFETCH(bool, json);
    // A folder that is a file: unwritable even for root.
    const QString blocker = m_dir.filePath(QStringLiteral("not-a-folder"));
    {
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("x");
    }
    const QString path =
        blocker + (json ? QStringLiteral("/out.json") : QStringLiteral("/out.csv"));
    QString error;
    const bool written = json ? RecordExport::writeJson(*m_demo, path, &error)
                              : RecordExport::writeParticipationCsv(*m_demo, path, &error);
    QVERIFY(!written);
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(readAll(blocker), QByteArray("x"));
}

void TestRecordExport::failedExport_leavesAnExistingFileUntouched()
{
    // A closed record base cannot be read: the export fails before writing,
    // and an earlier export at the path stays as it was.
    const QString path = m_dir.filePath(QStringLiteral("kept.csv"));
    QString error;
    QVERIFY2(RecordExport::writeParticipationCsv(*m_demo, path, &error), qPrintable(error));
    const QByteArray before = readAll(path);
    Database closed;
    QVERIFY(!RecordExport::writeParticipationCsv(closed, path, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(!RecordExport::writeJson(closed, path, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QCOMPARE(readAll(path), before);
    const QStringList leftovers =
        QDir(m_dir.path()).entryList({QStringLiteral("kept.csv*")}, QDir::Files | QDir::Hidden);
    QCOMPARE(leftovers, QStringList {QStringLiteral("kept.csv")});
}

void TestRecordExport::roundTrip_importIntoAnEmptyRecordBase_givesTheSameSummaries_data()
{
    QTest::addColumn<bool>("demo");
    QTest::newRow("demo") << true;
    QTest::newRow("importer traps") << false;
}

void TestRecordExport::roundTrip_importIntoAnEmptyRecordBase_givesTheSameSummaries()
{
    QFETCH(bool, demo);
    Database &original = demo ? *m_demo : *m_edited;
    const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
    const QString csv = m_dir.filePath(QStringLiteral("roundtrip-%1.csv").arg(tag));
    RecordExport::CsvReport report;
    QString error;
    QVERIFY2(RecordExport::writeParticipationCsv(original, csv, &error, &report),
             qPrintable(error));

    Database imported;
    QVERIFY2(createEmpty(imported, QStringLiteral("reimported-%1").arg(tag)),
             qPrintable(imported.errorString()));
    const ParticipationImport::Result result = ParticipationImport::run(imported, csv);
    QStringList problems;
    for (const ParticipationImport::Problem &problem : result.problems)
        problems.append(problem.toString());
    QVERIFY2(result.ok, qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(result.rows, report.rowsWritten);
    QCOMPARE(result.participationWritten, report.rowsWritten);

    const std::optional<ParticipationSummary> summary =
        ParticipationStats(imported).summaryFor(StatsScope());
    QVERIFY(summary.has_value());

    // What the original holds in the rows the CSV can carry, by SQL: for the
    // demo, the participation at events with a project and a start day; for
    // the other, all but the rows the report lists (checked by SQL above).
    QString from = exportableParticipation(original);
    if (!demo) {
        QStringList ids;
        for (const RecordExport::CsvReport::SkippedRow &row : report.skipped)
            ids.append(QString::number(row.participationId));
        from = QStringLiteral(" FROM participation p JOIN events e ON e.id = p.event_id "
                              "JOIN agencies a ON a.id = p.agency_id "
                              "LEFT JOIN projects pr ON pr.id = e.project_id "
                              "WHERE p.id NOT IN (%1) ")
                   .arg(ids.join(QLatin1Char(',')));
    }
    QCOMPARE(summary->totalParticipants,
             count(original, QStringLiteral("SELECT sum(p.participants)") + from));
    QCOMPARE(
        bucketMap(summary->byYear),
        sqlBuckets(original,
                   QStringLiteral("SELECT substr(e.start_date, 1, 4), p.participants") + from));
    QCOMPARE(
        bucketMap(summary->byProject),
        sqlBuckets(original,
                   QStringLiteral("SELECT coalesce(pr.acronym, pr.name), p.participants") + from));
    QCOMPARE(
        bucketMap(summary->byAgency),
        sqlBuckets(original,
                   QStringLiteral("SELECT coalesce(a.acronym, a.name), p.participants") + from));
    QCOMPARE(bucketMap(summary->byCountry),
             sqlBuckets(original,
                        QStringLiteral("SELECT coalesce(a.country_code, 'none'), p.participants")
                            + from));
    QCOMPARE(bucketMap(summary->byEventKind),
             sqlBuckets(original, QStringLiteral("SELECT e.kind, p.participants") + from));

    // The original's own summary differs by exactly what the report left out.
    const std::optional<ParticipationSummary> full =
        ParticipationStats(original).summaryFor(StatsScope());
    QVERIFY(full.has_value());
    QVERIFY(report.participantsSkipped > 0);
    QCOMPARE(summary->totalParticipants, full->totalParticipants - report.participantsSkipped);

    // Exporting the imported record base gives the same file again.
    const QString again = m_dir.filePath(QStringLiteral("roundtrip-%1-again.csv").arg(tag));
    RecordExport::CsvReport againReport;
    QVERIFY2(RecordExport::writeParticipationCsv(imported, again, &error, &againReport),
             qPrintable(error));
    QCOMPARE(againReport.rowsSkipped, 0);
    QCOMPARE(readAll(again), readAll(csv));
}

// The same records give the same files, byte for byte, from either engine.
void TestRecordExport::postgres_exportsTheSameFilesAsSqlite()
{
    if (m_engine != QLatin1String("postgresql"))
        QSKIP("compares the server's files with SQLite's: the postgresql row does");
    if (!m_fixtures[QStringLiteral("sqlite")].demo) {
        setUp(QStringLiteral("sqlite"));
        m_edited = m_fixtures[m_engine].edited.get(); // setUp() pointed it at the file
    }
    Fixture &sqlite = m_fixtures[QStringLiteral("sqlite")];
    QVERIFY(sqlite.demo && sqlite.edited);
    const std::pair<Database *, Database *> pairs[] = {{sqlite.demo.get(), m_demo},
                                                       {sqlite.edited.get(), m_edited}};
    int n = 0;
    for (const auto &[file, server] : pairs) {
        for (const bool json : {true, false}) {
            const QString name = QStringLiteral("same-%1.%2").arg(++n).arg(json ? "json" : "csv");
            const QString fromFile = m_dir.filePath(QStringLiteral("sqlite-") + name);
            const QString fromServer = m_dir.filePath(QStringLiteral("postgresql-") + name);
            QString error;
            RecordExport::CsvReport fileReport;
            RecordExport::CsvReport serverReport;
            QVERIFY2(
                json ? RecordExport::writeJson(*file, fromFile, &error)
                     : RecordExport::writeParticipationCsv(*file, fromFile, &error, &fileReport),
                qPrintable(error));
            QVERIFY2(json ? RecordExport::writeJson(*server, fromServer, &error)
                          : RecordExport::writeParticipationCsv(*server, fromServer, &error,
                                                                &serverReport),
                     qPrintable(error));
            QVERIFY(readAll(fromFile).size() > 1000);
            QCOMPARE(readAll(fromServer), readAll(fromFile));
            QCOMPARE(serverReport.summary(), fileReport.summary());
        }
    }
}

QTEST_GUILESS_MAIN(TestRecordExport)
#include "tst_recordexport.moc"
