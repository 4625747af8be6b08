// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"
#include "schemamigrations.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace liaison;

namespace {

QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Runs statements on a plain QtSql connection, outside Liaison's Database.
void rawExec(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const QString &sql : statements)
            QVERIFY2(query.exec(sql), qPrintable(sql));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void openMissingFile_failsNamingThePath();
    void create_makesLatestSchemaWithWalAndForeignKeys();
    void create_refusesExistingFile_leavesItUntouched();
    void foreignKeys_areEnforcedOnEveryConnection();
    void openNotADatabase_failsAndLeavesFileUnchanged();
    void openNewerSchema_opensReadOnlyAndFileUnchanged();
    void openOtherSqliteDatabase_isRefused();
    void openReadOnly_cannotWrite();
    void failedWrite_rollsBackEverything();
    void check_reportsNoProblemsOnSoundFile();

private:
    QTemporaryDir m_dir;
};

void TestDatabase::openMissingFile_failsNamingThePath()
{
    const QString path = m_dir.filePath(QStringLiteral("missing.sqlite"));
    Database db;
    QVERIFY(!db.open(path));
    QVERIFY2(db.errorString().contains(path), qPrintable(db.errorString()));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!db.isOpen());
}

void TestDatabase::create_makesLatestSchemaWithWalAndForeignKeys()
{
    const QString path = m_dir.filePath(QStringLiteral("new.sqlite"));
    Database db;
    QVERIFY2(db.create(path), qPrintable(db.errorString()));
    QCOMPARE(db.userVersion(), SchemaMigrations::latestVersion());
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

void TestDatabase::create_refusesExistingFile_leavesItUntouched()
{
    const QString path = m_dir.filePath(QStringLiteral("existing.txt"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("a user's file, not a record base\n");
    }
    const QByteArray before = fileDigest(path);
    Database db;
    QVERIFY(!db.create(path));
    QVERIFY2(db.errorString().contains(QStringLiteral("already exists")),
             qPrintable(db.errorString()));
    QCOMPARE(fileDigest(path), before);
}

void TestDatabase::foreignKeys_areEnforcedOnEveryConnection()
{
    const QString path = m_dir.filePath(QStringLiteral("fk.sqlite"));
    {
        Database creator;
        QVERIFY(creator.create(path));
    }
    Database db;
    QVERIFY2(db.open(path), qPrintable(db.errorString()));
    QSqlQuery query(db.connection());
    QVERIFY(
        !query.exec(QStringLiteral("INSERT INTO agencies (name, kind, country_code, source_id) "
                                   "VALUES ('Nowhere Customs', 'national_agency', 'AZ', 999)")));
    QVERIFY(query.lastError().text().contains(QStringLiteral("FOREIGN KEY"), Qt::CaseInsensitive));
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM agencies")) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

void TestDatabase::openNotADatabase_failsAndLeavesFileUnchanged()
{
    const QString path = m_dir.filePath(QStringLiteral("notes.sqlite"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
    }
    const QByteArray before = fileDigest(path);
    Database db;
    QVERIFY(!db.open(path));
    QVERIFY2(db.errorString().contains(path), qPrintable(db.errorString()));
    QVERIFY2(db.errorString().contains(QStringLiteral("not a database")),
             qPrintable(db.errorString()));
    QCOMPARE(fileDigest(path), before);
}

void TestDatabase::openNewerSchema_opensReadOnlyAndFileUnchanged()
{
    const QString path = m_dir.filePath(QStringLiteral("future.sqlite"));
    {
        Database creator;
        QVERIFY(creator.create(path));
        QVERIFY(creator.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        QVERIFY(creator.exec(
            QStringLiteral("PRAGMA user_version = %1").arg(SchemaMigrations::latestVersion() + 1)));
    }
    const QByteArray before = fileDigest(path);
    // Read, never written: not migrated, not switched to WAL.
    for (const Database::OpenMode mode :
         {Database::OpenMode::ReadWrite, Database::OpenMode::ReadOnly}) {
        Database db;
        QVERIFY2(db.open(path, mode), qPrintable(db.errorString()));
        QVERIFY(db.isReadOnly());
        QCOMPARE(db.readOnlyReason(), Database::ReadOnlyReason::NewerSchema);
        QVERIFY2(db.readOnlyMessage().contains(QStringLiteral("newer")),
                 qPrintable(db.readOnlyMessage()));
        QCOMPARE(db.userVersion(), SchemaMigrations::latestVersion() + 1);
        QVERIFY(!db.exec(
            QStringLiteral("INSERT INTO sources (title, kind) VALUES ('x', 'official_record')")));
    }
    QCOMPARE(fileDigest(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void TestDatabase::openOtherSqliteDatabase_isRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("other-app.sqlite"));
    rawExec(path, {QStringLiteral("CREATE TABLE bookmarks (url TEXT)")});
    const QByteArray before = fileDigest(path);
    Database db;
    QVERIFY(!db.open(path));
    QVERIFY2(db.errorString().contains(QStringLiteral("not a Liaison record base")),
             qPrintable(db.errorString()));
    QCOMPARE(fileDigest(path), before);
}

void TestDatabase::openReadOnly_cannotWrite()
{
    const QString path = m_dir.filePath(QStringLiteral("ro.sqlite"));
    {
        Database creator;
        QVERIFY(creator.create(path));
    }
    Database db;
    QVERIFY2(db.open(path, Database::OpenMode::ReadOnly), qPrintable(db.errorString()));
    QVERIFY(db.isReadOnly());
    QVERIFY(!db.exec(
        QStringLiteral("INSERT INTO sources (title, kind) VALUES ('x', 'official_record')")));
    QVERIFY(db.errorString().contains(path));
}

void TestDatabase::failedWrite_rollsBackEverything()
{
    const QString path = m_dir.filePath(QStringLiteral("rollback.sqlite"));
    Database db;
    QVERIFY(db.create(path));
    QVERIFY(db.beginWrite());
    QVERIFY(db.exec(QStringLiteral(
        "INSERT INTO sources (title, kind) VALUES ('kept only if committed', 'official_record')")));
    QVERIFY(!db.exec(QStringLiteral("INSERT INTO sources (title, kind) VALUES ('bad', 'rumour')")));
    db.rollback();
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM sources")) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

void TestDatabase::check_reportsNoProblemsOnSoundFile()
{
    const QString path = m_dir.filePath(QStringLiteral("sound.sqlite"));
    Database db;
    QVERIFY(db.create(path));
    QCOMPARE(db.integrityProblems(), QStringList());
    QCOMPARE(db.foreignKeyProblems(), QStringList());
    // A dangling reference written with the checks off is found by the check.
    QVERIFY(db.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
    QVERIFY(db.exec(QStringLiteral(
        "INSERT INTO sources (id, title, kind) VALUES (1, 's', 'official_record')")));
    QVERIFY(db.exec(QStringLiteral(
        "INSERT INTO people (full_name, agency_id, source_id) VALUES ('A. Person', 42, 1)")));
    const QStringList problems = db.foreignKeyProblems();
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(QStringLiteral("people")), qPrintable(problems.first()));
    QVERIFY2(problems.first().contains(QStringLiteral("agencies")), qPrintable(problems.first()));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
