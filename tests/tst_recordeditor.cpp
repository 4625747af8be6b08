// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"
#include "demodatabase.h"
#include "postgrestestdatabase.h"
#include "recordeditor.h"
#include "recordschema.h"

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace liaison;

Q_DECLARE_METATYPE(liaison::RecordKind)

namespace {

// Field values in test data may name a demo record instead of its id, which
// the data functions cannot know: "@agency:ASCCA" (acronym or name),
// "@project:TOPCOP", "@source:illustrative_sample" (the source of that kind).
QVariantMap baseFields(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Agency:
        return {{"name", "Zephyrine Border Guard Academy"},
                {"acronym", "ZBGA"},
                {"kind", "academy"},
                {"country_code", "GE"},
                {"parent_id", "@agency:SCSU"},
                {"city", "Tbilisi"},
                {"website", "https://academy.example.ge/en"},
                {"description", "Trains border guards."},
                {"source_id", "@source:illustrative_sample"}};
    case RecordKind::Project:
        return {{"name", "Zephyrine Risk Analysis Project"},
                {"acronym", "ZRAP"},
                {"kind", "project"},
                {"parent_id", "@project:EaP-CCP"},
                {"start_date", "2023"},
                {"end_date", "2024-06"},
                {"status", "active"},
                {"description", "Joint risk analysis."},
                {"source_id", "@source:illustrative_sample"}};
    case RecordKind::Event:
        return {{"title", "Zephyrine webinar on risk profiles"},
                {"kind", "webinar"},
                {"start_date", "2024-02-01"},
                {"end_date", "2024-02-01"},
                {"city", "Lviv"},
                {"country_code", "UA"},
                {"organiser_id", "@agency:CEPOL"},
                {"project_id", "@project:TOPCOP"},
                {"description", "Online."},
                {"source_id", "@source:illustrative_sample"}};
    case RecordKind::Person:
        return {{"full_name", "Zephyrine Aliyeva"},
                {"position", "Senior inspector"},
                {"agency_id", "@agency:ASCCA"},
                {"source_id", "@source:illustrative_sample"}};
    case RecordKind::Agreement:
        return {{"subject", "Zephyrine mutual assistance in customs matters"},
                {"agency_id", "@agency:ASCCA"},
                {"country_code", "AZ"},
                {"partner_country_code", "GE"},
                {"partner_countries_more_than", QVariant()},
                {"signed_on", "2019-07"},
                {"source_id", "@source:illustrative_sample"}};
    case RecordKind::Source:
        return {{"title", "Zephyrine annual report"},
                {"kind", "official_record"},
                {"publisher", "State Customs Committee"},
                {"url", "https://example.org/report.pdf"},
                {"published_on", "2022-11-30"}};
    case RecordKind::Country:
        break;
    }
    return {};
}

// The search index's row code of each kind (SchemaMigrations, version 2).
int searchCode(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Agency:
        return 1;
    case RecordKind::Project:
        return 2;
    case RecordKind::Event:
        return 3;
    case RecordKind::Person:
        return 4;
    case RecordKind::Agreement:
        return 5;
    case RecordKind::Source:
        return 6;
    case RecordKind::Country:
        return 7;
    }
    return 0;
}

QVariantMap merged(QVariantMap fields, const QVariantMap &overrides)
{
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it)
        fields.insert(it.key(), it.value());
    return fields;
}

} // namespace

class TestRecordEditor : public QObject
{
    Q_OBJECT

private slots:
    // Every test runs on an SQLite file and on a PostgreSQL record base.
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();

    void create_eachKind_data();
    void create_eachKind();
    void create_storesNormalisedValues();
    void create_withWantedId_usesThatId();
    void create_withTakenId_isRefused();
    void create_thenRemove_leavesTheRecordBaseAsBefore();
    void update_changesOnlyTheGivenFields();
    void update_unknownRecord_fails();
    void update_ownAcronymInOtherCase_isAccepted();
    void fieldsOf_readsCurrentValues();

    void validate_data();
    void validate();
    void validate_accepts_data();
    void validate_accepts();
    void validate_deepParentCycle_isRefused();
    void validate_demoRecordsAreValid();
    void validate_countriesAreNotEditable();
    void failedCreate_changesNothing();
    void failedUpdate_changesNothing();

    void impact_ofTopcop_countsEveryCascade();
    void removeRestore_topcop_givesBackTheRecordBase();
    void removeRestore_ascca_relinksSubAgencyAndPeople();
    void removeRestore_everyRecord_roundTrips();
    void remove_citedSource_isRefused();
    void removeRestore_uncitedSource();
    void restore_foreignSnapshot_isRefused();

    void update_afterAnotherConnectionsEdit_isRefused();
    void update_withCurrentVersion_bumpsIt();
    void update_withoutVersion_checksTheLoadedValues();

private:
    bool isPostgres() const { return m_db && m_db->isPostgres(); }
    // The rowid of the search index's row matching one word, or -1.
    qint64 searchRow(const QString &word);
    // Makes writes of event (INSERT, UPDATE) to table fail inside the record base.
    bool refuseWrites(const QString &table, const QString &event);
    bool allowWrites(const QString &table);
    QVariant resolve(const QVariant &value);
    QVariantMap resolved(const QVariantMap &fields);
    qint64 scalar(const QString &sql, const QVariantList &values = {});
    QStringList dump();
    QStringList searchHits(const QString &text);

    QTemporaryDir m_dir;
    QString m_demo;
    std::unique_ptr<testing::PostgresTestDatabase> m_server;
    std::unique_ptr<Database> m_db;
    int m_count = 0;
};

void TestRecordEditor::initTestCase_data()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

void TestRecordEditor::initTestCase()
{
    m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QString error;
    QVERIFY2(DemoDatabase::create(m_demo, &error), qPrintable(error));
}

// Every test edits a fresh copy of the demo record base.
void TestRecordEditor::init()
{
    QFETCH_GLOBAL(QString, engine);
    if (engine == QLatin1String("postgresql")) {
        LIAISON_NEED_POSTGRES();
        m_server = std::make_unique<testing::PostgresTestDatabase>();
        QVERIFY2(m_server->isValid(), qPrintable(m_server->errorString()));
        QString error;
        QVERIFY2(DemoDatabase::create(m_server->location(), &error), qPrintable(error));
        m_db = std::make_unique<Database>();
        QVERIFY2(m_db->open(m_server->location()), qPrintable(m_db->errorString()));
        return;
    }
    const QString path = m_dir.filePath(QStringLiteral("demo-%1.sqlite").arg(++m_count));
    QVERIFY(QFile::copy(m_demo, path));
    if (QFile::exists(m_demo + QStringLiteral("-wal")))
        QVERIFY(QFile::copy(m_demo + QStringLiteral("-wal"), path + QStringLiteral("-wal")));
    m_db = std::make_unique<Database>();
    QVERIFY2(m_db->open(path), qPrintable(m_db->errorString()));
}

void TestRecordEditor::cleanup()
{
    m_db.reset();
    m_server.reset();
}

QVariant TestRecordEditor::resolve(const QVariant &value)
{
    const QString text = value.toString();
    if (value.typeId() != QMetaType::QString || !text.startsWith(QLatin1Char('@')))
        return value;
    const QString kind = text.mid(1).section(QLatin1Char(':'), 0, 0);
    const QString key = text.section(QLatin1Char(':'), 1);
    if (kind == QLatin1String("source"))
        return scalar(QStringLiteral("SELECT min(id) FROM sources WHERE kind = ?"), {key});
    const QString table =
        kind == QLatin1String("agency") ? QStringLiteral("agencies") : QStringLiteral("projects");
    return scalar(QStringLiteral("SELECT id FROM %1 WHERE acronym = ? OR name = ?").arg(table),
                  {key, key});
}

QVariantMap TestRecordEditor::resolved(const QVariantMap &fields)
{
    QVariantMap values;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        values.insert(it.key(), resolve(it.value()));
    return values;
}

qint64 TestRecordEditor::scalar(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(m_db->connection());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

// Every row of every table, with its rowid and the type of each value, and
// the contents of the search index (its shadow tables are FTS5's business).
QStringList TestRecordEditor::dump()
{
    QStringList lines;
    if (isPostgres()) {
        // No rowid on a server: rows in the order of their text.
        QSqlQuery tables(m_db->connection());
        tables.exec(QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = "
                                   "current_schema() ORDER BY tablename"));
        QStringList names;
        while (tables.next())
            names.append(tables.value(0).toString());
        for (const QString &name : std::as_const(names)) {
            QSqlQuery query(m_db->connection());
            const QString columns = name == QLatin1String("search_index")
                ? QStringLiteral("rowid, title, body")
                : QStringLiteral("*");
            if (!query.exec(QStringLiteral("SELECT %1 FROM %2").arg(columns, name))) {
                lines.append(name + QStringLiteral(": unreadable"));
                continue;
            }
            QStringList rows;
            while (query.next()) {
                QStringList cells;
                for (int i = 0; i < query.record().count(); ++i)
                    cells.append(query.isNull(i) ? QStringLiteral("NULL")
                                                 : QString::fromLatin1(query.value(i).typeName())
                                         + QLatin1Char(':') + query.value(i).toString());
                rows.append(name + QStringLiteral(": ") + cells.join(QStringLiteral(" | ")));
            }
            rows.sort();
            lines += rows;
        }
        return lines;
    }
    QSqlQuery tables(m_db->connection());
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                               "AND name NOT LIKE 'sqlite%' AND name NOT LIKE 'search_index%' "
                               "ORDER BY name"));
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    names.append(QStringLiteral("search_index"));
    for (const QString &name : std::as_const(names)) {
        QSqlQuery query(m_db->connection());
        const QString columns = name == QLatin1String("search_index")
            ? QStringLiteral("rowid, title, body")
            : QStringLiteral("rowid, *");
        if (!query.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY rowid").arg(columns, name))) {
            lines.append(name + QStringLiteral(": unreadable"));
            continue;
        }
        while (query.next()) {
            QStringList cells;
            for (int i = 0; i < query.record().count(); ++i)
                cells.append(query.isNull(i) ? QStringLiteral("NULL")
                                             : QString::fromLatin1(query.value(i).typeName())
                                     + QLatin1Char(':') + query.value(i).toString());
            lines.append(name + QStringLiteral(": ") + cells.join(QStringLiteral(" | ")));
        }
    }
    return lines;
}

QStringList TestRecordEditor::searchHits(const QString &text)
{
    QStringList hits;
    QSqlQuery query(m_db->connection());
    query.prepare(isPostgres()
                      ? QStringLiteral("SELECT rowid, title, body FROM search_index WHERE "
                                       "document @@ plainto_tsquery('simple', liaison_fold(?)) "
                                       "ORDER BY rowid")
                      : QStringLiteral("SELECT rowid, title, body FROM search_index "
                                       "WHERE search_index MATCH ? ORDER BY rowid"));
    query.addBindValue(text);
    if (!query.exec())
        return {QStringLiteral("search failed")};
    while (query.next())
        hits.append(query.value(0).toString() + QLatin1Char(' ') + query.value(1).toString()
                    + QLatin1Char(' ') + query.value(2).toString());
    return hits;
}

qint64 TestRecordEditor::searchRow(const QString &word)
{
    const QStringList hits = searchHits(word);
    return hits.size() == 1 ? hits.first().section(QLatin1Char(' '), 0, 0).toLongLong() : -1;
}

bool TestRecordEditor::refuseWrites(const QString &table, const QString &event)
{
    if (!isPostgres())
        return m_db->exec(QStringLiteral("CREATE TEMP TRIGGER refuse_%1 AFTER %2 ON %1 "
                                         "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")
                              .arg(table, event));
    return m_db->exec(QStringLiteral("CREATE OR REPLACE FUNCTION refuse() RETURNS trigger "
                                     "LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION "
                                     "'refused by the test'; END $$"))
        && m_db->exec(QStringLiteral("CREATE TRIGGER refuse_%1 AFTER %2 ON %1 FOR EACH ROW "
                                     "EXECUTE FUNCTION refuse()")
                          .arg(table, event));
}

bool TestRecordEditor::allowWrites(const QString &table)
{
    return m_db->exec(isPostgres() ? QStringLiteral("DROP TRIGGER refuse_%1 ON %1").arg(table)
                                   : QStringLiteral("DROP TRIGGER refuse_%1").arg(table));
}

void TestRecordEditor::create_eachKind_data()
{
    QTest::addColumn<RecordKind>("kind");
    for (RecordKind kind : RecordSchema::editableKinds())
        QTest::newRow(qPrintable(recordKindName(kind))) << kind;
}

void TestRecordEditor::create_eachKind()
{
    QFETCH(RecordKind, kind);
    const QString table = RecordSchema::tableOf(kind);
    const qint64 before = scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table));
    const QVariantMap fields = resolved(baseFields(kind));
    RecordEditor editor(*m_db);
    const auto id = editor.create(kind, fields);
    QVERIFY2(id.has_value(), qPrintable(editor.errorString()));
    QVERIFY(editor.problems().isEmpty());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table)), before + 1);
    QCOMPARE(scalar(QStringLiteral("SELECT max(id) FROM %1").arg(table)), *id);

    const QVariantMap stored = editor.fieldsOf(kind, *id);
    QCOMPARE(stored.keys().size(), RecordSchema::fieldsOf(kind).size());
    for (const RecordSchema::Field &field : RecordSchema::fieldsOf(kind)) {
        QCOMPARE(stored.value(field.name).isNull(), fields.value(field.name).isNull());
        QCOMPARE(stored.value(field.name).toString(), fields.value(field.name).toString());
    }
    // The search index follows through its triggers.
    QCOMPARE(searchRow(QStringLiteral("zephyrine")), *id * 8 + searchCode(kind));
    QVERIFY(m_db->foreignKeyProblems().isEmpty());
}

void TestRecordEditor::create_storesNormalisedValues()
{
    RecordEditor editor(*m_db);
    const auto agency = editor.create(RecordKind::Agency,
                                      resolved(merged(baseFields(RecordKind::Agency),
                                                      {{"name", "  Georgian Customs Laboratory \n"},
                                                       {"acronym", ""},
                                                       {"kind", "national_agency"},
                                                       {"country_code", " ge "},
                                                       {"city", "   "},
                                                       {"website", " https://lab.example.ge "},
                                                       {"parent_id", QVariant()}})));
    QVERIFY2(agency.has_value(), qPrintable(editor.errorString()));
    const QVariantMap stored = editor.fieldsOf(RecordKind::Agency, *agency);
    QCOMPARE(stored.value("name").toString(), QStringLiteral("Georgian Customs Laboratory"));
    QVERIFY(stored.value("acronym").isNull());
    QCOMPARE(stored.value("country_code").toString(), QStringLiteral("GE"));
    QVERIFY(stored.value("city").isNull());
    QVERIFY(stored.value("parent_id").isNull());
    QCOMPARE(stored.value("website").toString(), QStringLiteral("https://lab.example.ge"));

    const auto agreement = editor.create(RecordKind::Agreement,
                                         resolved(merged(baseFields(RecordKind::Agreement),
                                                         {{"partner_country_code", ""},
                                                          {"partner_countries_more_than", " 12 "},
                                                          {"signed_on", " 2021-04 "}})));
    QVERIFY2(agreement.has_value(), qPrintable(editor.errorString()));
    // Stored as an integer (a server's column can hold nothing else).
    QCOMPARE(scalar(QStringLiteral("SELECT partner_countries_more_than FROM agreements "
                                   "WHERE id = ? AND %1 signed_on = '2021-04' AND "
                                   "partner_country_code IS NULL")
                        .arg(isPostgres() ? QString()
                                          : QStringLiteral("typeof(partner_countries_more_than) "
                                                           "= 'integer' AND")),
                    {*agreement}),
             12);
}

void TestRecordEditor::create_withWantedId_usesThatId()
{
    RecordEditor editor(*m_db);
    const auto free =
        editor.create(RecordKind::Project, resolved(baseFields(RecordKind::Project)), 500);
    QVERIFY2(free.has_value(), qPrintable(editor.errorString()));
    QCOMPARE(*free, 500);
    QCOMPARE(editor.fieldsOf(RecordKind::Project, 500).value("acronym").toString(),
             QStringLiteral("ZRAP"));

    // Redo after undo: the record comes back under the same id, as it was.
    const QStringList created = dump();
    const QVariantMap fields = editor.fieldsOf(RecordKind::Project, 500);
    QVERIFY2(editor.remove(RecordId::of(RecordKind::Project, 500)).has_value(),
             qPrintable(editor.errorString()));
    QVERIFY(editor.fieldsOf(RecordKind::Project, 500).isEmpty());
    QCOMPARE(editor.create(RecordKind::Project, fields, 500), std::optional<qint64>(500));
    QCOMPARE(dump(), created);

    // The next new record follows it (a server's identity sequence moved on too).
    const auto next =
        editor.create(RecordKind::Project,
                      resolved(merged(baseFields(RecordKind::Project), {{"acronym", "ZRAP2"}})));
    QVERIFY2(next.has_value(), qPrintable(editor.errorString()));
    QCOMPARE(*next, 501);
}

void TestRecordEditor::create_withTakenId_isRefused()
{
    const QStringList before = dump();
    const qint64 ascca = resolve("@agency:ASCCA").toLongLong();
    RecordEditor editor(*m_db);
    QVERIFY(!editor.create(RecordKind::Agency, resolved(baseFields(RecordKind::Agency)), ascca));
    QVERIFY2(editor.problems().value(QString()).contains(QStringLiteral("already")),
             qPrintable(editor.problems().value(QString())));
    QCOMPARE(dump(), before);
}

void TestRecordEditor::create_thenRemove_leavesTheRecordBaseAsBefore()
{
    const QStringList before = dump();
    RecordEditor editor(*m_db);
    const auto id = editor.create(RecordKind::Event, resolved(baseFields(RecordKind::Event)));
    QVERIFY2(id.has_value(), qPrintable(editor.errorString()));
    const QStringList created = dump();
    QVERIFY(created != before);

    const auto snapshot = editor.remove(RecordId::of(RecordKind::Event, *id));
    QVERIFY2(snapshot.has_value(), qPrintable(editor.errorString()));
    QCOMPARE(dump(), before);
    QVERIFY2(editor.restore(*snapshot), qPrintable(editor.errorString()));
    QCOMPARE(dump(), created);
}

void TestRecordEditor::update_changesOnlyTheGivenFields()
{
    const qint64 ascca = resolve("@agency:ASCCA").toLongLong();
    RecordEditor editor(*m_db);
    const QVariantMap before = editor.fieldsOf(RecordKind::Agency, ascca);
    QVERIFY(searchHits(QStringLiteral("sumqayit")).isEmpty());
    QVERIFY2(editor.update(RecordKind::Agency, ascca,
                           {{"city", "Sumqayit"}, {"website", "https://customs.gov.az"}}),
             qPrintable(editor.errorString()));
    QVariantMap expected = before;
    expected.insert("city", "Sumqayit");
    expected.insert("website", "https://customs.gov.az");
    const QVariantMap after = editor.fieldsOf(RecordKind::Agency, ascca);
    QCOMPARE(after.keys(), expected.keys());
    for (const QString &name : expected.keys())
        QCOMPARE(after.value(name).toString(), expected.value(name).toString());
    // The agency's search row holds its city now.
    QCOMPARE(searchRow(QStringLiteral("sumqayit")), ascca * 8 + 1);
}

void TestRecordEditor::update_unknownRecord_fails()
{
    const QStringList before = dump();
    RecordEditor editor(*m_db);
    QVERIFY(!editor.update(RecordKind::Agency, 99999, {{"city", "Baku"}}));
    QVERIFY2(editor.errorString().contains(QStringLiteral("agency:99999")),
             qPrintable(editor.errorString()));
    QVERIFY2(editor.errorString().contains(m_db->path()), qPrintable(editor.errorString()));
    QCOMPARE(dump(), before);
}

void TestRecordEditor::update_ownAcronymInOtherCase_isAccepted()
{
    const qint64 topcop = resolve("@project:TOPCOP").toLongLong();
    RecordEditor editor(*m_db);
    QVERIFY2(editor.update(RecordKind::Project, topcop, {{"acronym", "TopCop"}}),
             qPrintable(editor.errorString()));
    QCOMPARE(editor.fieldsOf(RecordKind::Project, topcop).value("acronym").toString(),
             QStringLiteral("TopCop"));
}

void TestRecordEditor::fieldsOf_readsCurrentValues()
{
    const qint64 ascca = resolve("@agency:ASCCA").toLongLong();
    const qint64 academy = resolve("@agency:Customs Academy").toLongLong();
    RecordEditor editor(*m_db);
    const QVariantMap values = editor.fieldsOf(RecordKind::Agency, academy);
    QStringList names;
    for (const RecordSchema::Field &field : RecordSchema::fieldsOf(RecordKind::Agency))
        names.append(field.name);
    names.sort();
    QCOMPARE(values.keys(), names);
    QCOMPARE(values.value("name").toString(), QStringLiteral("Customs Academy"));
    QVERIFY(values.contains("acronym") && values.value("acronym").isNull());
    QCOMPARE(values.value("kind").toString(), QStringLiteral("academy"));
    QCOMPARE(values.value("country_code").toString(), QStringLiteral("AZ"));
    QCOMPARE(values.value("parent_id").toLongLong(), ascca);
    QCOMPARE(values.value("source_id").toLongLong(),
             resolve("@source:published_article").toLongLong());
    QVERIFY(editor.fieldsOf(RecordKind::Agency, 99999).isEmpty());
    QVERIFY(editor.fieldsOf(RecordKind::Country, 1).isEmpty());
}

void TestRecordEditor::validate_data()
{
    QTest::addColumn<RecordKind>("kind");
    QTest::addColumn<QString>("record"); // "" for a new record, else "@kind:key"
    QTest::addColumn<QVariantMap>("fields");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message"); // a part of the sentence

    const RecordKind agency = RecordKind::Agency;
    const RecordKind project = RecordKind::Project;
    const RecordKind event = RecordKind::Event;
    const RecordKind person = RecordKind::Person;
    const RecordKind agreement = RecordKind::Agreement;
    const RecordKind source = RecordKind::Source;
    const QString isNew;

    QTest::newRow("name missing") << agency << isNew << QVariantMap {{"name", ""}} << "name"
                                  << "Name is required.";
    QTest::newRow("name blank") << agency << isNew << QVariantMap {{"name", "  \t"}} << "name"
                                << "Name is required.";
    QTest::newRow("title missing")
        << event << isNew << QVariantMap {{"title", QVariant()}} << "title"
        << "Title is required.";
    QTest::newRow("full name missing")
        << person << isNew << QVariantMap {{"full_name", ""}} << "full_name"
        << "Full name is required.";
    QTest::newRow("subject missing")
        << agreement << isNew << QVariantMap {{"subject", ""}} << "subject"
        << "Subject is required.";
    QTest::newRow("source title missing")
        << source << isNew << QVariantMap {{"title", ""}} << "title"
        << "Title is required.";
    QTest::newRow("source missing")
        << agency << isNew << QVariantMap {{"source_id", ""}} << "source_id"
        << "Source is required.";
    QTest::newRow("kind missing, existing")
        << project << "@project:TOPCOP" << QVariantMap {{"kind", ""}} << "kind"
        << "Kind is required.";
    QTest::newRow("duplicate acronym in other case")
        << project << isNew << QVariantMap {{"acronym", "topcop"}} << "acronym"
        << "Acronym “topcop” is already used by Training and Operational Partnership against "
           "Organized Crime (TOPCOP).";
    QTest::newRow("duplicate acronym, existing")
        << agency << "@agency:CEPOL" << QVariantMap {{"acronym", "ascca"}} << "acronym"
        << "is already used by State Customs Committee of the Republic of Azerbaijan (ASCCA)";
    QTest::newRow("month 13") << project << isNew << QVariantMap {{"start_date", "2021-13"}}
                              << "start_date"
                              << "Start date “2021-13” is not a date";
    QTest::newRow("30 February") << event << isNew
                                 << QVariantMap {{"start_date", "2021-02-30"}, {"end_date", ""}}
                                 << "start_date"
                                 << "“2021-02-30” is not a date";
    QTest::newRow("date in words")
        << source << isNew << QVariantMap {{"published_on", "April 2021"}} << "published_on"
        << "Published on “April 2021” is not a date";
    QTest::newRow("end before start")
        << project << isNew
        << QVariantMap {{"start_date", "2021-04-01"}, {"end_date", "2021-03-01"}} << "end_date"
        << "End date 2021-03-01 is before the start date 2021-04-01.";
    QTest::newRow("end before stored start")
        << project << "@project:RMT" << QVariantMap {{"end_date", "2020-12"}} << "end_date"
        << "End date 2020-12 is before the start date 2021-09.";
    QTest::newRow("end year before start day")
        << event << isNew << QVariantMap {{"start_date", "2024-02-01"}, {"end_date", "2023"}}
        << "end_date"
        << "End date 2023 is before the start date 2024-02-01.";
    QTest::newRow("end less precise in the same year")
        << project << isNew << QVariantMap {{"start_date", "2024-05"}, {"end_date", "2024"}}
        << "end_date"
        << "End date 2024 is less precise than the start date 2024-05";
    QTest::newRow("negative count")
        << agreement << isNew << QVariantMap {{"partner_countries_more_than", -1}}
        << "partner_countries_more_than"
        << "Partner countries (more than) must be a whole number, 0 or more; “-1” is not.";
    QTest::newRow("fractional count")
        << agreement << isNew << QVariantMap {{"partner_countries_more_than", "2.5"}}
        << "partner_countries_more_than"
        << "must be a whole number";
    QTest::newRow("count in words")
        << agreement << "@agreement:1" << QVariantMap {{"partner_countries_more_than", "fifty"}}
        << "partner_countries_more_than"
        << "“fifty” is not";
    QTest::newRow("unknown agency kind")
        << agency << isNew << QVariantMap {{"kind", "embassy"}} << "kind"
        << "Kind: “embassy” is not one of the choices.";
    QTest::newRow("unknown event kind")
        << event << isNew << QVariantMap {{"kind", "party"}} << "kind"
        << "“party” is not one of the choices";
    QTest::newRow("unknown status")
        << project << isNew << QVariantMap {{"status", "finished"}} << "status"
        << "Status: “finished” is not one of the choices.";
    QTest::newRow("unknown source kind")
        << source << isNew << QVariantMap {{"kind", "blog"}} << "kind"
        << "“blog” is not one of the choices";
    QTest::newRow("unknown country")
        << agency << isNew << QVariantMap {{"country_code", "XX"}} << "country_code"
        << "Country: there is no country with the code “XX”.";
    QTest::newRow("unknown country in lower case")
        << event << isNew << QVariantMap {{"country_code", "xx"}} << "country_code"
        << "no country with the code “XX”";
    QTest::newRow("unknown partner country")
        << agreement << isNew << QVariantMap {{"partner_country_code", "QQ"}}
        << "partner_country_code"
        << "Partner country: there is no country with the code “QQ”.";
    QTest::newRow("missing parent agency")
        << agency << isNew << QVariantMap {{"parent_id", 99999}} << "parent_id"
        << "Parent agency: there is no agency with the id 99999.";
    QTest::newRow("missing organiser")
        << event << isNew << QVariantMap {{"organiser_id", 99999}} << "organiser_id"
        << "there is no agency with the id 99999";
    QTest::newRow("missing project")
        << event << isNew << QVariantMap {{"project_id", "99999"}} << "project_id"
        << "there is no programme or project with the id 99999";
    QTest::newRow("missing agency of a person")
        << person << isNew << QVariantMap {{"agency_id", 99999}} << "agency_id"
        << "Agency: there is no agency with the id 99999.";
    QTest::newRow("reference by name")
        << person << isNew << QVariantMap {{"agency_id", "ASCCA"}} << "agency_id"
        << "Agency: “ASCCA” is not a record id.";
    QTest::newRow("missing source record")
        << agreement << isNew << QVariantMap {{"source_id", 99999}} << "source_id"
        << "Source: there is no source with the id 99999.";
    QTest::newRow("own parent") << agency << "@agency:ASCCA"
                                << QVariantMap {{"parent_id", "@agency:ASCCA"}} << "parent_id"
                                << "An agency cannot be its own parent.";
    QTest::newRow("parent cycle") << agency << "@agency:ASCCA"
                                  << QVariantMap {{"parent_id", "@agency:Customs Academy"}}
                                  << "parent_id"
                                  << "Customs Academy is under this agency";
    QTest::newRow("project parent cycle")
        << project << "@project:EaP-CCP" << QVariantMap {{"parent_id", "@project:RMT"}}
        << "parent_id"
        << "is under this programme or project";
    QTest::newRow("own project parent")
        << project << "@project:TOPCOP" << QVariantMap {{"parent_id", "@project:TOPCOP"}}
        << "parent_id"
        << "A programme or project cannot be its own parent.";
    QTest::newRow("international organisation with a country")
        << agency << "@agency:WCO" << QVariantMap {{"country_code", "BE"}} << "country_code"
        << "An international organisation has no country";
    QTest::newRow("national agency without a country")
        << agency << isNew << QVariantMap {{"kind", "national_agency"}, {"country_code", ""}}
        << "country_code"
        << "An agency of kind “National agency” needs a country.";
    QTest::newRow("ministry without a country, existing")
        << agency << "@agency:ASCCA" << QVariantMap {{"kind", "ministry"}, {"country_code", ""}}
        << "country_code"
        << "needs a country";
    QTest::newRow("ftp website") << agency << isNew
                                 << QVariantMap {{"website", "ftp://files.example.org"}}
                                 << "website"
                                 << "Website must be a web address starting with http:// or "
                                    "https://; “ftp://files.example.org” is not.";
    QTest::newRow("website without scheme")
        << agency << isNew << QVariantMap {{"website", "www.example.org"}} << "website"
        << "starting with http:// or https://";
    QTest::newRow("url with spaces")
        << source << isNew << QVariantMap {{"url", "https://example.org/a report"}} << "url"
        << "starting with http:// or https://";
    QTest::newRow("agreement without a party")
        << agreement << isNew << QVariantMap {{"agency_id", ""}, {"country_code", QVariant()}}
        << "agency_id"
        << "An agreement needs an agency or a country as its party.";
    QTest::newRow("agreement without a partner")
        << agreement << "@agreement:1" << QVariantMap {{"partner_countries_more_than", ""}}
        << "partner_country_code"
        << "Give the partner country, or the number of partner countries.";
    QTest::newRow("unknown field")
        << agency << isNew << QVariantMap {{"colour", "blue"}} << "colour"
        << "There is no field “colour” in this kind of record.";
    QTest::newRow("id is no field") << person << isNew << QVariantMap {{"id", 3}} << "id"
                                    << "There is no field “id”";
}

void TestRecordEditor::validate()
{
    QFETCH(RecordKind, kind);
    QFETCH(QString, record);
    QFETCH(QVariantMap, fields);
    QFETCH(QString, field);
    QFETCH(QString, message);

    qint64 id = 0;
    QVariantMap values = resolved(fields);
    if (record.startsWith(QLatin1String("@agreement:")))
        id = record.section(QLatin1Char(':'), 1).toLongLong();
    else if (!record.isEmpty())
        id = resolve(record).toLongLong();
    else
        values = merged(resolved(baseFields(kind)), values);
    QVERIFY(record.isEmpty() || id > 0);

    const QStringList before = dump();
    RecordEditor editor(*m_db);
    const RecordEditor::Problems problems = editor.validate(kind, id, values);
    QCOMPARE(problems.keys(), QStringList {field});
    QVERIFY2(problems.value(field).contains(message), qPrintable(problems.value(field)));

    // Saving is refused with the same problems, and changes nothing.
    if (id > 0)
        QVERIFY(!editor.update(kind, id, values));
    else
        QVERIFY(!editor.create(kind, values));
    QCOMPARE(editor.problems(), problems);
    QVERIFY(!editor.errorString().isEmpty());
    QCOMPARE(dump(), before);
}

void TestRecordEditor::validate_accepts_data()
{
    QTest::addColumn<RecordKind>("kind");
    QTest::addColumn<QString>("record");
    QTest::addColumn<QVariantMap>("fields");
    const QString isNew;

    QTest::newRow("EU agency without a country")
        << RecordKind::Agency << isNew
        << QVariantMap {{"kind", "eu_agency"}, {"country_code", ""}, {"parent_id", ""}};
    QTest::newRow("EU body with a country")
        << RecordKind::Agency << isNew << QVariantMap {{"kind", "eu_body"}, {"country_code", "BE"}};
    QTest::newRow("international organisation, no country")
        << RecordKind::Agency << isNew
        << QVariantMap {{"kind", "international_organisation"}, {"country_code", ""}};
    QTest::newRow("own acronym in other case")
        << RecordKind::Agency << "@agency:Europol" << QVariantMap {{"acronym", "EUROPOL"}};
    QTest::newRow("http address") << RecordKind::Agency << isNew
                                  << QVariantMap {{"website", "http://www.customs.gov.az/en"}};
    QTest::newRow("lower-case country")
        << RecordKind::Event << isNew << QVariantMap {{"country_code", "az"}};
    QTest::newRow("year start, month end")
        << RecordKind::Project << isNew
        << QVariantMap {{"start_date", "2024"}, {"end_date", "2024-05"}};
    QTest::newRow("month start, day end in that month")
        << RecordKind::Project << isNew
        << QVariantMap {{"start_date", "2024-05"}, {"end_date", "2024-05-31"}};
    QTest::newRow("one-day event")
        << RecordKind::Event << isNew
        << QVariantMap {{"start_date", "2024-02-29"}, {"end_date", "2024-02-29"}};
    QTest::newRow("only an end") << RecordKind::Project << "@project:TOPCOP"
                                 << QVariantMap {{"end_date", "2025"}};
    QTest::newRow("no partners counted")
        << RecordKind::Agreement << isNew
        << QVariantMap {{"partner_country_code", ""}, {"partner_countries_more_than", 0}};
    QTest::newRow("country as the party")
        << RecordKind::Agreement << isNew
        << QVariantMap {{"agency_id", ""}, {"country_code", "AZ"}};
    QTest::newRow("new parent outside the subtree")
        << RecordKind::Agency << "@agency:Customs Academy"
        << QVariantMap {{"parent_id", "@agency:SCSU"}};
    QTest::newRow("source without publisher or address")
        << RecordKind::Source << isNew << QVariantMap {{"url", ""}, {"publisher", ""}};
}

void TestRecordEditor::validate_accepts()
{
    QFETCH(RecordKind, kind);
    QFETCH(QString, record);
    QFETCH(QVariantMap, fields);
    const qint64 id = record.isEmpty() ? 0 : resolve(record).toLongLong();
    QVariantMap values = resolved(fields);
    if (record.isEmpty())
        values = merged(resolved(baseFields(kind)), values);
    RecordEditor editor(*m_db);
    const RecordEditor::Problems problems = editor.validate(kind, id, values);
    QVERIFY2(problems.isEmpty(), qPrintable(QStringList(problems.values()).join(' ')));
    if (id > 0)
        QVERIFY2(editor.update(kind, id, values), qPrintable(editor.errorString()));
    else
        QVERIFY2(editor.create(kind, values), qPrintable(editor.errorString()));
    QVERIFY(m_db->foreignKeyProblems().isEmpty());
}

void TestRecordEditor::validate_deepParentCycle_isRefused()
{
    // UNODC > INCB > a new unit > a new desk: UNODC may go under none of them.
    RecordEditor editor(*m_db);
    const qint64 unodc = resolve("@agency:UNODC").toLongLong();
    const qint64 incb = resolve("@agency:INCB").toLongLong();
    const QVariantMap organisation {{"kind", "international_organisation"},
                                    {"country_code", ""},
                                    {"source_id", resolve("@source:illustrative_sample")}};
    const auto unit = editor.create(
        RecordKind::Agency,
        merged(organisation, {{"name", "Precursor control unit"}, {"parent_id", incb}}));
    QVERIFY2(unit.has_value(), qPrintable(editor.errorString()));
    const auto desk = editor.create(
        RecordKind::Agency,
        merged(organisation, {{"name", "Precursor analysis desk"}, {"parent_id", *unit}}));
    QVERIFY2(desk.has_value(), qPrintable(editor.errorString()));

    for (const qint64 below : {incb, *unit, *desk}) {
        const auto problems = editor.validate(RecordKind::Agency, unodc, {{"parent_id", below}});
        QCOMPARE(problems.keys(), QStringList {QStringLiteral("parent_id")});
        QVERIFY2(problems.value("parent_id").contains(QStringLiteral("cycle")),
                 qPrintable(problems.value("parent_id")));
    }
    // The other way round is no cycle.
    QVERIFY(editor.validate(RecordKind::Agency, *desk, {{"parent_id", unodc}}).isEmpty());
}

void TestRecordEditor::validate_demoRecordsAreValid()
{
    RecordEditor editor(*m_db);
    int records = 0;
    for (RecordKind kind : RecordSchema::editableKinds()) {
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(
            QStringLiteral("SELECT id FROM %1 ORDER BY id").arg(RecordSchema::tableOf(kind))));
        while (query.next()) {
            const qint64 id = query.value(0).toLongLong();
            const auto problems = editor.validate(kind, id, {});
            QVERIFY2(problems.isEmpty(),
                     qPrintable(RecordId::of(kind, id).toString() + QLatin1Char(' ')
                                + QStringList(problems.values()).join(' ')));
            ++records;
        }
    }
    QCOMPARE(
        records,
        scalar(QStringLiteral("SELECT (SELECT count(*) FROM agencies) + (SELECT count(*) FROM "
                              "projects) + (SELECT count(*) FROM events) + (SELECT count(*) FROM "
                              "people) + (SELECT count(*) FROM agreements) + (SELECT count(*) FROM "
                              "sources)")));
}

void TestRecordEditor::validate_countriesAreNotEditable()
{
    const QStringList before = dump();
    RecordEditor editor(*m_db);
    QVERIFY(editor.validate(RecordKind::Country, 0, {{"name", "Atlantis"}}).contains(QString()));
    QVERIFY(!editor.create(RecordKind::Country, {{"name", "Atlantis"}}));
    QVERIFY(!editor.remove(RecordId::country(QStringLiteral("AZ"))));
    QVERIFY(!editor.errorString().isEmpty());
    QCOMPARE(dump(), before);
}

void TestRecordEditor::failedCreate_changesNothing()
{
    const QStringList before = dump();
    RecordEditor editor(*m_db);
    QVERIFY(!editor.create(RecordKind::Agency,
                           resolved(merged(baseFields(RecordKind::Agency),
                                           {{"country_code", "XX"}, {"acronym", "ASCCA"}}))));
    QCOMPARE(editor.problems().keys(),
             (QStringList {QStringLiteral("acronym"), QStringLiteral("country_code")}));
    QCOMPARE(dump(), before);

    // A failure in SQLite itself, after validation: the record base is named.
    QVERIFY2(refuseWrites(QStringLiteral("events"), QStringLiteral("INSERT")),
             qPrintable(m_db->errorString()));
    QVERIFY(!editor.create(RecordKind::Event, resolved(baseFields(RecordKind::Event))));
    QVERIFY(editor.problems().isEmpty());
    QVERIFY2(editor.errorString().contains(QStringLiteral("refused by the test"))
                 && editor.errorString().contains(m_db->path()),
             qPrintable(editor.errorString()));
    QCOMPARE(dump(), before);

    // No transaction was left open.
    QVERIFY(allowWrites(QStringLiteral("events")));
    QVERIFY2(editor.create(RecordKind::Event, resolved(baseFields(RecordKind::Event))),
             qPrintable(editor.errorString()));
}

void TestRecordEditor::failedUpdate_changesNothing()
{
    const QStringList before = dump();
    const qint64 topcop = resolve("@project:TOPCOP").toLongLong();
    RecordEditor editor(*m_db);
    // One bad field keeps the good ones from being saved too.
    QVERIFY(!editor.update(RecordKind::Project, topcop,
                           {{"description", "Changed"}, {"start_date", "2025"}}));
    QCOMPARE(editor.problems().keys(), QStringList {QStringLiteral("end_date")});
    QCOMPARE(dump(), before);

    QVERIFY2(refuseWrites(QStringLiteral("projects"), QStringLiteral("UPDATE")),
             qPrintable(m_db->errorString()));
    QVERIFY(!editor.update(RecordKind::Project, topcop, {{"description", "Changed"}}));
    QVERIFY2(editor.errorString().contains(QStringLiteral("refused by the test"))
                 && editor.errorString().contains(m_db->path()),
             qPrintable(editor.errorString()));
    QCOMPARE(dump(), before);
    QVERIFY(allowWrites(QStringLiteral("projects")));
    QVERIFY2(editor.update(RecordKind::Project, topcop, {{"description", "Changed"}}),
             qPrintable(editor.errorString()));
}

void TestRecordEditor::impact_ofTopcop_countsEveryCascade()
{
    const qint64 topcop = resolve("@project:TOPCOP").toLongLong();
    const QString events =
        QStringLiteral("(SELECT id FROM events WHERE project_id = %1)").arg(topcop);
    const QString panels =
        QStringLiteral("(SELECT id FROM panels WHERE event_id IN %1)").arg(events);
    const QMap<QString, qint64> counted {
        {"events",
         scalar(QStringLiteral("SELECT count(*) FROM events WHERE project_id = %1").arg(topcop))},
        {"participation",
         scalar(QStringLiteral("SELECT count(*) FROM participation WHERE event_id IN %1")
                    .arg(events))},
        {"event_countries",
         scalar(QStringLiteral("SELECT count(*) FROM event_countries WHERE event_id IN %1")
                    .arg(events))},
        {"panels",
         scalar(QStringLiteral("SELECT count(*) FROM panels WHERE event_id IN %1").arg(events))},
        {"presentations",
         scalar(QStringLiteral("SELECT count(*) FROM presentations WHERE panel_id IN %1")
                    .arg(panels))},
        {"project_roles",
         scalar(QStringLiteral("SELECT count(*) FROM project_roles WHERE project_id = %1")
                    .arg(topcop))},
        {"reported_participation",
         scalar(QStringLiteral("SELECT count(*) FROM reported_participation WHERE project_id = %1")
                    .arg(topcop))},
    };
    QMap<QString, qint64> expected;
    for (auto it = counted.cbegin(); it != counted.cend(); ++it) {
        QVERIFY(it.value() >= 0);
        if (it.value() > 0)
            expected.insert(it.key(), it.value());
    }
    // The demo has TOPCOP's events with their participation, and the Warsaw
    // seminar's panels, presenters and countries.
    QVERIFY(expected.value("events") > 1 && expected.value("participation") > 1);
    QVERIFY(expected.contains("presentations") && expected.contains("event_countries"));

    RecordEditor editor(*m_db);
    const RecordEditor::Impact impact =
        editor.impactOfDeleting(RecordId::of(RecordKind::Project, topcop));
    QVERIFY2(editor.errorString().isEmpty(), qPrintable(editor.errorString()));
    QCOMPARE(impact.removed, expected);
    const qint64 subProjects =
        scalar(QStringLiteral("SELECT count(*) FROM projects WHERE parent_id = %1").arg(topcop));
    QCOMPARE(impact.unlinked.value("projects"), subProjects);
    QCOMPARE(impact.unlinked.size(), subProjects > 0 ? 1 : 0);
    QVERIFY(impact.citedBy.isEmpty());
    QVERIFY(!impact.isRefused());

    // Of a sub-project's parent: unlinked, not removed.
    const qint64 programme = resolve("@project:EaP-CCP").toLongLong();
    const RecordEditor::Impact ofProgramme =
        editor.impactOfDeleting(RecordId::of(RecordKind::Project, programme));
    QCOMPARE(
        ofProgramme.unlinked.value("projects"),
        scalar(
            QStringLiteral("SELECT count(*) FROM projects WHERE parent_id = %1").arg(programme)));
    QVERIFY(!ofProgramme.removed.contains("projects"));

    QVERIFY(editor.impactOfDeleting(RecordId::of(RecordKind::Project, 99999)).isEmpty());
    QVERIFY(editor.errorString().contains(QStringLiteral("project:99999")));
}

void TestRecordEditor::removeRestore_topcop_givesBackTheRecordBase()
{
    const qint64 topcop = resolve("@project:TOPCOP").toLongLong();
    const QStringList before = dump();
    const QStringList hits = searchHits(QStringLiteral("TOPCOP"));
    QVERIFY(hits.size() > 1);
    const qint64 participants = scalar(QStringLiteral("SELECT sum(participants) FROM "
                                                      "participation"));
    const qint64 topcopParticipants =
        scalar(QStringLiteral("SELECT sum(participants) FROM participation WHERE event_id IN "
                              "(SELECT id FROM events WHERE project_id = %1)")
                   .arg(topcop));

    RecordEditor editor(*m_db);
    const RecordEditor::Impact impact =
        editor.impactOfDeleting(RecordId::of(RecordKind::Project, topcop));
    const auto snapshot = editor.remove(RecordId::of(RecordKind::Project, topcop));
    QVERIFY2(snapshot.has_value(), qPrintable(editor.errorString()));
    QCOMPARE(snapshot->record, RecordId::of(RecordKind::Project, topcop));
    QCOMPARE(snapshot->deletedRows.first().first, QStringLiteral("projects"));
    QCOMPARE(snapshot->deletedRows.first().second.value("id").toLongLong(), topcop);
    qint64 removed = 1;
    for (qint64 count : impact.removed)
        removed += count;
    QCOMPARE(snapshot->deletedRows.size(), removed);

    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM projects WHERE id = %1").arg(topcop)), 0);
    QCOMPARE(
        scalar(QStringLiteral("SELECT count(*) FROM events WHERE project_id = %1").arg(topcop)), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT sum(participants) FROM participation")),
             participants - topcopParticipants);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM search_index WHERE rowid = %1")
                        .arg(topcop * 8 + 2)),
             0);
    QVERIFY(searchHits(QStringLiteral("TOPCOP")).size() < hits.size());
    QVERIFY(m_db->foreignKeyProblems().isEmpty());

    QVERIFY2(editor.restore(*snapshot), qPrintable(editor.errorString()));
    QCOMPARE(dump(), before);
    QCOMPARE(searchHits(QStringLiteral("TOPCOP")), hits);
    QVERIFY(m_db->foreignKeyProblems().isEmpty());
    QVERIFY(m_db->integrityProblems().isEmpty());
}

void TestRecordEditor::removeRestore_ascca_relinksSubAgencyAndPeople()
{
    const qint64 ascca = resolve("@agency:ASCCA").toLongLong();
    const qint64 academy = resolve("@agency:Customs Academy").toLongLong();
    const qint64 people =
        scalar(QStringLiteral("SELECT count(*) FROM people WHERE agency_id = %1").arg(ascca));
    QVERIFY(people > 0);
    const QStringList before = dump();
    const QStringList hits = searchHits(QStringLiteral("ASCCA"));

    RecordEditor editor(*m_db);
    const RecordEditor::Impact impact =
        editor.impactOfDeleting(RecordId::of(RecordKind::Agency, ascca));
    QMap<QString, qint64> unlinked {
        {"agencies",
         scalar(QStringLiteral("SELECT count(*) FROM agencies WHERE parent_id = %1").arg(ascca))},
        {"people", people},
        {"events",
         scalar(QStringLiteral("SELECT count(*) FROM events WHERE organiser_id = %1").arg(ascca))},
    };
    unlinked.removeIf([](const auto &entry) { return entry.value() == 0; });
    QCOMPARE(impact.unlinked, unlinked);
    QCOMPARE(impact.unlinked.value("agencies"), 1);
    QCOMPARE(
        impact.removed.value("participation"),
        scalar(
            QStringLiteral("SELECT count(*) FROM participation WHERE agency_id = %1").arg(ascca)));
    QCOMPARE(impact.removed.value("reported_participation"), 1);

    const auto snapshot = editor.remove(RecordId::of(RecordKind::Agency, ascca));
    QVERIFY2(snapshot.has_value(), qPrintable(editor.errorString()));
    QVERIFY(editor.fieldsOf(RecordKind::Agency, academy).value("parent_id").isNull());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM people WHERE agency_id IS NULL")), people);
    QCOMPARE(snapshot->unlinkedRows.size(), people + 1);
    for (const auto &[table, row] : snapshot->unlinkedRows) {
        QVERIFY(row.contains("id"));
        QCOMPARE(row.size(), 2);
        QCOMPARE(
            row.value(table == QLatin1String("agencies") ? "parent_id" : "agency_id").toLongLong(),
            ascca);
    }

    QVERIFY2(editor.restore(*snapshot), qPrintable(editor.errorString()));
    QCOMPARE(editor.fieldsOf(RecordKind::Agency, academy).value("parent_id").toLongLong(), ascca);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM people WHERE agency_id = %1").arg(ascca)),
             people);
    QCOMPARE(dump(), before);
    QCOMPARE(searchHits(QStringLiteral("ASCCA")), hits);
}

void TestRecordEditor::removeRestore_everyRecord_roundTrips()
{
    const QStringList before = dump();
    RecordEditor editor(*m_db);
    int restored = 0;
    int refused = 0;
    for (RecordKind kind : RecordSchema::editableKinds()) {
        QList<qint64> ids;
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(
            QStringLiteral("SELECT id FROM %1 ORDER BY id").arg(RecordSchema::tableOf(kind))));
        while (query.next())
            ids.append(query.value(0).toLongLong());
        for (qint64 id : std::as_const(ids)) {
            const RecordId record = RecordId::of(kind, id);
            const RecordEditor::Impact impact = editor.impactOfDeleting(record);
            const auto snapshot = editor.remove(record);
            QCOMPARE(snapshot.has_value(), !impact.isRefused());
            if (!snapshot) {
                QCOMPARE(editor.errorString(), impact.refusal);
                QCOMPARE(dump(), before);
                ++refused;
                continue;
            }
            QVERIFY2(m_db->foreignKeyProblems().isEmpty(), qPrintable(record.toString()));
            QVERIFY2(editor.restore(*snapshot), qPrintable(editor.errorString()));
            const QStringList after = dump();
            QVERIFY2(after == before, qPrintable(record.toString()));
            ++restored;
        }
    }
    // Every record but the cited sources.
    QCOMPARE(refused, scalar(QStringLiteral("SELECT count(*) FROM sources")));
    QVERIFY(restored > 40);
}

void TestRecordEditor::remove_citedSource_isRefused()
{
    const qint64 article = resolve("@source:published_article").toLongLong();
    QStringList parts;
    for (const char *table :
         {"agencies", "projects", "project_roles", "events", "event_countries", "panels", "people",
          "presentations", "participation", "reported_participation", "agreements"})
        parts.append(QStringLiteral("(SELECT count(*) FROM %1 WHERE source_id = %2)")
                         .arg(QLatin1String(table))
                         .arg(article));
    const qint64 citing = scalar(QStringLiteral("SELECT ") + parts.join(QStringLiteral(" + ")));
    QVERIFY(citing > 0);
    const QStringList before = dump();

    RecordEditor editor(*m_db);
    const RecordEditor::Impact impact =
        editor.impactOfDeleting(RecordId::of(RecordKind::Source, article));
    QVERIFY(impact.isRefused());
    qint64 counted = 0;
    for (qint64 count : impact.citedBy)
        counted += count;
    QCOMPARE(counted, citing);
    QCOMPARE(
        impact.citedBy.value("agencies"),
        scalar(QStringLiteral("SELECT count(*) FROM agencies WHERE source_id = %1").arg(article)));
    QVERIFY2(impact.refusal.contains(QStringLiteral("cited by %1 record").arg(citing)),
             qPrintable(impact.refusal));

    QVERIFY(!editor.remove(RecordId::of(RecordKind::Source, article)));
    QVERIFY2(editor.errorString().contains(QString::number(citing)),
             qPrintable(editor.errorString()));
    QVERIFY(editor.errorString().contains(QStringLiteral("The State Customs Committee was "
                                                         "represented")));
    QCOMPARE(dump(), before);
}

void TestRecordEditor::removeRestore_uncitedSource()
{
    RecordEditor editor(*m_db);
    const auto id = editor.create(RecordKind::Source, baseFields(RecordKind::Source));
    QVERIFY2(id.has_value(), qPrintable(editor.errorString()));
    const QStringList created = dump();
    const RecordId source = RecordId::of(RecordKind::Source, *id);
    QVERIFY(editor.impactOfDeleting(source).isEmpty());
    const auto snapshot = editor.remove(source);
    QVERIFY2(snapshot.has_value(), qPrintable(editor.errorString()));
    QCOMPARE(snapshot->deletedRows.size(), 1);
    QVERIFY(snapshot->unlinkedRows.isEmpty());
    QVERIFY(editor.fieldsOf(RecordKind::Source, *id).isEmpty());
    QVERIFY2(editor.restore(*snapshot), qPrintable(editor.errorString()));
    QCOMPARE(dump(), created);
}

void TestRecordEditor::restore_foreignSnapshot_isRefused()
{
    const qint64 ascca = resolve("@agency:ASCCA").toLongLong();
    RecordEditor editor(*m_db);
    const auto snapshot = editor.remove(RecordId::of(RecordKind::Agency, ascca));
    QVERIFY2(snapshot.has_value(), qPrintable(editor.errorString()));
    const QStringList removed = dump();

    RecordEditor::Snapshot otherTable = *snapshot;
    otherTable.deletedRows.append({QStringLiteral("no_such_table"), {{"id", 1}}});
    QVERIFY(!editor.restore(otherTable));
    RecordEditor::Snapshot otherColumn = *snapshot;
    otherColumn.deletedRows.first().second.insert(QStringLiteral("name\"); DROP TABLE people; --"),
                                                  1);
    QVERIFY(!editor.restore(otherColumn));
    QVERIFY(!editor.restore(RecordEditor::Snapshot()));
    QCOMPARE(dump(), removed);

    // Restoring twice fails on the ids already back, and changes nothing more.
    QVERIFY2(editor.restore(*snapshot), qPrintable(editor.errorString()));
    const QStringList restored = dump();
    QVERIFY(!editor.restore(*snapshot));
    QVERIFY(editor.errorString().contains(m_db->path()));
    QCOMPARE(dump(), restored);
}

// Two people edit the same record on two connections: the second edit, made
// on the record as it was before the first, is refused and says what changed.
void TestRecordEditor::update_afterAnotherConnectionsEdit_isRefused()
{
    Database other;
    QVERIFY2(isPostgres() ? other.open(m_server->location()) : other.open(m_db->path()),
             qPrintable(other.errorString()));
    const qint64 ascca = resolve("@agency:ASCCA").toLongLong();
    RecordEditor mine(*m_db);
    RecordEditor theirs(other);
    const RecordEditor::Loaded myCopy = mine.load(RecordKind::Agency, ascca);
    const RecordEditor::Loaded theirCopy = theirs.load(RecordKind::Agency, ascca);
    QVERIFY(myCopy.version > 0);
    QCOMPARE(theirCopy.version, myCopy.version);
    QCOMPARE(myCopy.fields, mine.fieldsOf(RecordKind::Agency, ascca));

    QVERIFY2(theirs.update(RecordKind::Agency, ascca, {{"city", "Sumqayit"}}, theirCopy),
             qPrintable(theirs.errorString()));
    QVERIFY(!theirs.isConflict());
    const QStringList afterTheirs = dump();

    QVERIFY(!mine.update(RecordKind::Agency, ascca, {{"city", "Ganja"}}, myCopy));
    QVERIFY(mine.isConflict());
    const QString message = mine.errorString();
    QVERIFY2(message.contains(QStringLiteral("changed by someone else")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("City: theirs “Sumqayit”, yours “Ganja”")),
             qPrintable(message));
    // Only the field they changed is named.
    QCOMPARE(message.count(QStringLiteral("theirs")), 1);
    QCOMPARE(mine.problems().value(QString()), message);
    QCOMPARE(dump(), afterTheirs);
    QCOMPARE(mine.fieldsOf(RecordKind::Agency, ascca).value("city").toString(),
             QStringLiteral("Sumqayit"));

    // Loaded again, the edit goes through; their old copy is now the stale one.
    const RecordEditor::Loaded reloaded = mine.load(RecordKind::Agency, ascca);
    QCOMPARE(reloaded.version, myCopy.version + 1);
    QVERIFY2(mine.update(RecordKind::Agency, ascca, {{"city", "Ganja"}}, reloaded),
             qPrintable(mine.errorString()));
    QVERIFY(!theirs.update(RecordKind::Agency, ascca, {{"description", "Old copy"}}, theirCopy));
    QVERIFY(theirs.isConflict());
    QVERIFY2(theirs.errorString().contains(QStringLiteral("theirs “Ganja”")),
             qPrintable(theirs.errorString()));
}

void TestRecordEditor::update_withCurrentVersion_bumpsIt()
{
    const qint64 topcop = resolve("@project:TOPCOP").toLongLong();
    RecordEditor editor(*m_db);
    const RecordEditor::Loaded loaded = editor.load(RecordKind::Project, topcop);
    QCOMPARE(loaded.version, 1);
    QVERIFY2(editor.update(RecordKind::Project, topcop, {{"status", "completed"}}, loaded),
             qPrintable(editor.errorString()));
    QCOMPARE(editor.rowVersion(), 2);
    QCOMPARE(editor.load(RecordKind::Project, topcop).version, 2);
    // Without a version, an update still bumps it, so copies loaded before see it.
    QVERIFY(editor.update(RecordKind::Project, topcop, {{"status", "active"}}));
    QCOMPARE(editor.rowVersion(), 3);
    QVERIFY(!editor.update(RecordKind::Project, topcop, {{"status", "planned"}}, loaded));
    QVERIFY(editor.isConflict());
    QCOMPARE(editor.load(RecordKind::Project, 99999).version, 0);
}

void TestRecordEditor::update_withoutVersion_checksTheLoadedValues()
{
    const qint64 ascca = resolve("@agency:ASCCA").toLongLong();
    RecordEditor editor(*m_db);
    const QVariantMap city = {{"city", editor.fieldsOf(RecordKind::Agency, ascca).value("city")}};
    // What was loaded still holds: accepted, whatever the version.
    QVERIFY(editor.update(RecordKind::Agency, ascca, {{"description", "First"}}));
    QVERIFY2(editor.update(RecordKind::Agency, ascca, {{"city", "Sumqayit"}}, {city, 0}),
             qPrintable(editor.errorString()));
    // The city has changed since: refused.
    QVERIFY(!editor.update(RecordKind::Agency, ascca, {{"city", "Ganja"}}, {city, 0}));
    QVERIFY(editor.isConflict());
    QVERIFY2(editor.errorString().contains(QStringLiteral("theirs “Sumqayit”, yours “Ganja”")),
             qPrintable(editor.errorString()));
}

QTEST_GUILESS_MAIN(TestRecordEditor)
#include "tst_recordeditor.moc"
