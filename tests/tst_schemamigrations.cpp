// SPDX-License-Identifier: GPL-3.0-or-later
#include "countrylist.h"
#include "database.h"
#include "postgrestestdatabase.h"
#include "schemamigrations.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace liaison;

namespace {

QStringList schemaOf(const Database &db)
{
    QStringList statements;
    QSqlQuery query(db.connection());
    query.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name"));
    while (query.next())
        statements.append(query.value(0).toString());
    return statements;
}

int countRows(const Database &db, const QString &table)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace

class TestSchemaMigrations : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void migrateFromEmpty_createsEveryTable();
    void migrateTwice_changesNothing();
    void countries_areTheIsoAlpha2List();
    void constraints_rejectBadValues_data();
    void constraints_rejectBadValues();
    void migrateFromVersion3_addsRowVersions_data();
    void migrateFromVersion3_addsRowVersions();

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
};

void TestSchemaMigrations::init()
{
    // An empty SQLite file, as a fresh install would find it.
    m_path = m_dir.filePath(QStringLiteral("empty-%1.sqlite").arg(++m_counter));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

void TestSchemaMigrations::migrateFromEmpty_createsEveryTable()
{
    Database db;
    QVERIFY2(db.open(m_path), qPrintable(db.errorString()));
    QCOMPARE(db.userVersion(), SchemaMigrations::latestVersion());
    const QStringList tables = {
        QStringLiteral("countries"),       QStringLiteral("sources"),
        QStringLiteral("agencies"),        QStringLiteral("projects"),
        QStringLiteral("project_roles"),   QStringLiteral("events"),
        QStringLiteral("event_countries"), QStringLiteral("panels"),
        QStringLiteral("people"),          QStringLiteral("presentations"),
        QStringLiteral("participation"),   QStringLiteral("reported_participation"),
        QStringLiteral("agreements")};
    for (const QString &table : tables)
        QVERIFY2(countRows(db, table) >= 0, qPrintable(table));
}

void TestSchemaMigrations::migrateTwice_changesNothing()
{
    Database db;
    QVERIFY(db.open(m_path));
    const QStringList schema = schemaOf(db);
    const int countries = countRows(db, QStringLiteral("countries"));
    QVERIFY(SchemaMigrations::migrate(db));
    QCOMPARE(db.userVersion(), SchemaMigrations::latestVersion());
    QCOMPARE(schemaOf(db), schema);
    QCOMPARE(countRows(db, QStringLiteral("countries")), countries);

    db.close();
    Database reopened;
    QVERIFY(reopened.open(m_path));
    QCOMPARE(schemaOf(reopened), schema);
}

void TestSchemaMigrations::countries_areTheIsoAlpha2List()
{
    Database db;
    QVERIFY(db.open(m_path));
    QCOMPARE(countRows(db, QStringLiteral("countries")), 249);
    QCOMPARE(CountryList::all().size(), 249);
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT code, name FROM countries WHERE code IN "
                                      "('AZ','GE','UA','MD','AM','PL') ORDER BY code")));
    QStringList found;
    while (query.next())
        found << query.value(0).toString() + QLatin1Char('=') + query.value(1).toString();
    QCOMPARE(found,
             QStringList({QStringLiteral("AM=Armenia"), QStringLiteral("AZ=Azerbaijan"),
                          QStringLiteral("GE=Georgia"), QStringLiteral("MD=Moldova"),
                          QStringLiteral("PL=Poland"), QStringLiteral("UA=Ukraine")}));
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM countries "
                                      "WHERE code NOT GLOB '[A-Z][A-Z]'"))
            && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

void TestSchemaMigrations::constraints_rejectBadValues_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("month without leading zero")
        << "INSERT INTO projects (name, kind, start_date, source_id) VALUES ('P', 'project', "
           "'2021-4', 1)";
    QTest::newRow("end before start")
        << "INSERT INTO projects (name, kind, start_date, end_date, source_id) "
           "VALUES ('P', 'project', '2022-01-01', '2021-12-31', 1)";
    QTest::newRow("unknown project kind")
        << "INSERT INTO projects (name, kind, source_id) VALUES ('P', 'initiative', 1)";
    QTest::newRow("negative participants") << "INSERT INTO participation (event_id, agency_id, "
                                              "participants, source_id) VALUES (1, 1, -3, 1)";
    QTest::newRow("unknown country") << "INSERT INTO agencies (name, kind, country_code, "
                                        "source_id) VALUES ('A', 'national_agency', 'XX', 1)";
    QTest::newRow("national agency without country")
        << "INSERT INTO agencies (name, kind, source_id) VALUES ('A', 'national_agency', 1)";
    QTest::newRow("international organisation with a country")
        << "INSERT INTO agencies (name, kind, country_code, source_id) "
           "VALUES ('A', 'international_organisation', 'FR', 1)";
    QTest::newRow("duplicate acronym in other case")
        << "INSERT INTO agencies (name, acronym, kind, source_id) VALUES ('B', 'wco', 'eu_body', "
           "1)";
    QTest::newRow("unknown role") << "INSERT INTO project_roles (project_id, agency_id, role, "
                                     "source_id) VALUES (1, 1, 'sponsor', 1)";
    QTest::newRow("unknown source kind")
        << "INSERT INTO sources (title, kind) VALUES ('T', 'rumour')";
}

void TestSchemaMigrations::constraints_rejectBadValues()
{
    QFETCH(QString, sql);
    Database db;
    QVERIFY(db.open(m_path));
    QVERIFY(db.exec(QStringLiteral(
        "INSERT INTO sources (id, title, kind) VALUES (1, 'S', 'official_record')")));
    QVERIFY(db.exec(QStringLiteral("INSERT INTO agencies (id, name, acronym, kind, source_id) "
                                   "VALUES (1, 'World Customs Organization', 'WCO', "
                                   "'international_organisation', 1)")));
    QVERIFY(db.exec(QStringLiteral(
        "INSERT INTO projects (id, name, kind, source_id) VALUES (1, 'Q', 'project', 1)")));
    QVERIFY(db.exec(QStringLiteral("INSERT INTO events (id, title, kind, project_id, source_id) "
                                   "VALUES (1, 'E', 'course', 1, 1)")));
    QVERIFY2(!db.exec(sql), qPrintable(sql));
}

void TestSchemaMigrations::migrateFromVersion3_addsRowVersions_data()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

// Version 4 adds row_version to the editable tables: existing records start
// at 1, and a table that has the column already (a record base brought back
// to version 3 by hand) keeps it.
void TestSchemaMigrations::migrateFromVersion3_addsRowVersions()
{
    QFETCH(QString, engine);
    std::unique_ptr<testing::PostgresTestDatabase> server;
    DatabaseLocation location = DatabaseLocation::sqliteFile(m_path);
    {
        Database db;
        if (engine == QLatin1String("postgresql")) {
            LIAISON_NEED_POSTGRES();
            server = std::make_unique<testing::PostgresTestDatabase>();
            QVERIFY2(server->isValid(), qPrintable(server->errorString()));
            location = server->location();
            QVERIFY2(db.create(location), qPrintable(db.errorString()));
        } else {
            QVERIFY2(db.open(location), qPrintable(db.errorString()));
        }
        QCOMPARE(db.userVersion(), 4);
        QVERIFY2(db.exec(QStringLiteral("INSERT INTO sources (title, kind) VALUES ('Old', "
                                        "'official_record')")),
                 qPrintable(db.errorString()));
        QVERIFY2(db.exec(QStringLiteral("UPDATE sources SET row_version = 7")),
                 qPrintable(db.errorString()));
        QVERIFY2(db.exec(QStringLiteral("ALTER TABLE agencies DROP COLUMN row_version")),
                 qPrintable(db.errorString()));
        QVERIFY2(db.exec(QStringLiteral("INSERT INTO agencies (name, kind, source_id) VALUES "
                                        "('Old agency', 'eu_agency', (SELECT min(id) FROM "
                                        "sources))")),
                 qPrintable(db.errorString()));
        QVERIFY(db.exec(db.isPostgres() ? QStringLiteral("UPDATE liaison_schema SET version = 3")
                                        : QStringLiteral("PRAGMA user_version = 3")));
        QCOMPARE(db.userVersion(), 3);
    }
    Database db;
    QVERIFY2(db.open(location), qPrintable(db.errorString()));
    QCOMPARE(db.userVersion(), 4);
    QSqlQuery query(db.connection());
    QVERIFY(
        query.exec(QStringLiteral("SELECT row_version FROM agencies WHERE name = 'Old agency'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toLongLong(), 1);
    QVERIFY(query.exec(QStringLiteral("SELECT row_version FROM sources WHERE title = 'Old'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toLongLong(), 7);
    for (const char *table : {"sources", "agencies", "projects", "events", "people", "agreements"})
        QVERIFY2(query.exec(
                     QStringLiteral("SELECT count(row_version) FROM %1").arg(QLatin1String(table))),
                 table);
}

QTEST_GUILESS_MAIN(TestSchemaMigrations)
#include "tst_schemamigrations.moc"
