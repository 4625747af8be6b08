// SPDX-License-Identifier: GPL-3.0-or-later
// A record base on a PostgreSQL server: created by the same numbered
// migrations, opened for use, read-only for a role that may only read, and
// refused as not ours or missing, each with a message naming the server.
// Skipped (reported as such) without a test server.
#include "database.h"
#include "demodatabase.h"
#include "postgrestestdatabase.h"
#include "schemamigrations.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace liaison;
using namespace liaison::testing;

class TestPostgresDatabase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void create_migratesToTheLatestVersion_andOpens();
    void emptyDatabase_isMissing_andOtherTables_areNotOurs();
    void readerRole_opensReadOnly_andTheServerRefusesWrites();
    void wrongPassword_isRefused_withoutShowingIt();
    void demo_holdsTheSameRecordsAsOnSqlite();
};

void TestPostgresDatabase::initTestCase()
{
    LIAISON_NEED_POSTGRES();
}

namespace {
QVariant valueOf(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}
} // namespace

void TestPostgresDatabase::create_migratesToTheLatestVersion_andOpens()
{
    PostgresTestDatabase server;
    QVERIFY2(server.isValid(), qPrintable(server.errorString()));
    {
        Database db;
        QVERIFY2(db.create(server.location()), qPrintable(db.errorString()));
        QVERIFY(db.isPostgres());
        QCOMPARE(db.userVersion(), SchemaMigrations::latestVersion());
        QVERIFY(!db.path().contains(server.location().password()));
    }
    Database db;
    QVERIFY2(db.open(server.location()), qPrintable(db.errorString()));
    QVERIFY(!db.isReadOnly());
    QCOMPARE(db.userVersion(), SchemaMigrations::latestVersion());
    QVERIFY(valueOf(db, QStringLiteral("SELECT count(*) FROM countries")).toInt() > 200);
    // The search index holds the countries, folded: "Türkiye" by "turkiye".
    QVERIFY(valueOf(db,
                    QStringLiteral("SELECT count(*) FROM search_index WHERE document @@ "
                                   "to_tsquery('simple', liaison_fold('azerbaijan'))"))
                .toInt()
            >= 1);
    // Identity columns, date checks and caseless acronyms as on SQLite.
    QVERIFY(db.beginWrite());
    QVERIFY(db.exec(QStringLiteral("INSERT INTO sources (title, kind) VALUES ('t', "
                                   "'official_record')")));
    QVERIFY(
        db.exec(QStringLiteral("INSERT INTO agencies (name, acronym, kind, country_code, "
                               "source_id) VALUES ('Məcidov Academy', 'MA', 'academy', 'AZ', 1)")));
    QVERIFY(!db.exec(QStringLiteral("INSERT INTO agencies (name, acronym, kind, country_code, "
                                    "source_id) VALUES ('Other', 'ma', 'academy', 'AZ', 1)")));
    db.rollback();
    QVERIFY(db.beginWrite());
    QVERIFY(!db.exec(QStringLiteral("INSERT INTO projects (name, kind, start_date, source_id) "
                                    "VALUES ('p', 'project', '2021-4', 1)")));
    db.rollback();
    QVERIFY(db.beginWrite());
    QVERIFY(db.exec(QStringLiteral("INSERT INTO sources (title, kind) VALUES ('t', "
                                   "'official_record')")));
    QVERIFY(db.exec(QStringLiteral("INSERT INTO agencies (name, acronym, kind, country_code, "
                                   "source_id) SELECT 'Məcidov Academy', 'MA', 'academy', 'AZ', "
                                   "max(id) FROM sources")));
    QVERIFY(db.commit());
    QCOMPARE(valueOf(db,
                     QStringLiteral("SELECT count(*) FROM search_index WHERE document @@ "
                                    "to_tsquery('simple', liaison_fold('mecidov:*'))"))
                 .toInt(),
             1);
}

void TestPostgresDatabase::emptyDatabase_isMissing_andOtherTables_areNotOurs()
{
    PostgresTestDatabase server;
    QVERIFY2(server.isValid(), qPrintable(server.errorString()));
    {
        Database db;
        QVERIFY(!db.open(server.location()));
        QCOMPARE(db.openFailure(), Database::OpenFailure::Missing);
        QVERIFY2(db.errorString().contains(server.name()), qPrintable(db.errorString()));
    }
    QCOMPARE(server.run({QStringLiteral("CREATE TABLE bookmarks (url TEXT)")}), QString());
    Database db;
    QVERIFY(!db.open(server.location()));
    QCOMPARE(db.openFailure(), Database::OpenFailure::OtherApplication);
    QVERIFY(!db.create(server.location()));
    QCOMPARE(server.run({QStringLiteral("SELECT count(*) FROM bookmarks")}), QString());
}

void TestPostgresDatabase::readerRole_opensReadOnly_andTheServerRefusesWrites()
{
    PostgresTestDatabase server;
    QVERIFY2(server.isValid(), qPrintable(server.errorString()));
    {
        Database db;
        QVERIFY2(db.create(server.location()), qPrintable(db.errorString()));
    }
    const auto location = server.readerLocation();
    QVERIFY2(location, qPrintable(server.errorString()));
    Database db;
    QVERIFY2(db.open(*location), qPrintable(db.errorString()));
    QVERIFY(db.isReadOnly());
    QCOMPARE(db.readOnlyReason(), Database::ReadOnlyReason::RoleMayOnlyRead);
    QVERIFY2(db.readOnlyMessage().contains(location->user()), qPrintable(db.readOnlyMessage()));
    QVERIFY(!db.beginWrite());
    QVERIFY(valueOf(db, QStringLiteral("SELECT count(*) FROM countries")).toInt() > 200);
}

void TestPostgresDatabase::wrongPassword_isRefused_withoutShowingIt()
{
    PostgresTestDatabase server;
    QVERIFY2(server.isValid(), qPrintable(server.errorString()));
    DatabaseLocation location = server.location();
    location.setPassword(QStringLiteral("not-the-password-4711"));
    Database db;
    QVERIFY(!db.open(location));
    QCOMPARE(db.openFailure(), Database::OpenFailure::AccessDenied);
    QVERIFY(!db.errorString().contains(QStringLiteral("4711")));
}

void TestPostgresDatabase::demo_holdsTheSameRecordsAsOnSqlite()
{
    PostgresTestDatabase server;
    QVERIFY2(server.isValid(), qPrintable(server.errorString()));
    QString error;
    QVERIFY2(DemoDatabase::create(server.location(), &error), qPrintable(error));
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("demo.sqlite"));
    QVERIFY2(DemoDatabase::create(file, &error), qPrintable(error));
    Database postgres;
    QVERIFY2(postgres.open(server.location()), qPrintable(postgres.errorString()));
    Database sqlite;
    QVERIFY2(sqlite.open(file), qPrintable(sqlite.errorString()));
    for (const char *sql :
         {"SELECT count(*) FROM agencies", "SELECT count(*) FROM projects",
          "SELECT count(*) FROM events", "SELECT count(*) FROM people",
          "SELECT count(*) FROM agreements", "SELECT sum(participants) FROM participation",
          "SELECT count(*) FROM search_index",
          "SELECT sum(participants) FROM participation p JOIN agencies a ON a.id = p.agency_id "
          "WHERE a.acronym = 'ASCCA'"}) {
        const QString statement = QString::fromLatin1(sql);
        QCOMPARE(valueOf(postgres, statement).toLongLong(),
                 valueOf(sqlite, statement).toLongLong());
    }
    QCOMPARE(valueOf(postgres, QStringLiteral("SELECT sum(participants) FROM participation"))
                 .toLongLong(),
             891);
}

QTEST_GUILESS_MAIN(TestPostgresDatabase)
#include "tst_postgresdatabase.moc"
