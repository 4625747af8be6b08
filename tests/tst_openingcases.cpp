// SPDX-License-Identifier: GPL-3.0-or-later
// Every way a record base can fail to open for use, and every way it opens
// read-only: what Database says, what each command does, and that the file
// is never written behind the user's back.
//
// Read-only files are tested for real: tests run as root, and root may write
// any file whatever its permissions, so the reading and the refused writing
// run in the real liaison binary as another user (nobody, through setpriv;
// see robustnesshelpers.h). Each such test first asks the other user's shell
// whether it may write (test -w) and fails if it may: a read-only test that
// can write proves nothing.
#include "applicationidentity.h"
#include "commandline.h"
#include "database.h"
#include "demodatabase.h"
#include "recordeditor.h"
#include "robustnesshelpers.h"
#include "schemamigrations.h"

#include <QFile>
#include <QFileInfo>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <thread>

using namespace liaison;
using namespace robustness;

namespace {

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliResult runCli(const QStringList &arguments)
{
    CliResult result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    const CommandLine commandLine(QStringList {QStringLiteral("liaison")} + arguments);
    result.exitCode = commandLine.run(out, err);
    out.flush();
    err.flush();
    return result;
}

// Holds the write lock of a record base (BEGIN IMMEDIATE) on a connection of
// its own thread, as another program would, until release() is called.
class WriteLockHolder
{
public:
    explicit WriteLockHolder(const QString &path)
        : m_thread([this, path] { hold(path); })
    {
        m_held.acquire();
    }
    ~WriteLockHolder()
    {
        release();
        m_thread.join();
    }
    WriteLockHolder(const WriteLockHolder &) = delete;
    WriteLockHolder &operator=(const WriteLockHolder &) = delete;

    bool isHolding() const { return m_holding; }
    void release()
    {
        if (!m_released) {
            m_released = true;
            m_release.release();
        }
    }

private:
    void hold(const QString &path)
    {
        const QString name = QStringLiteral("lock-holder");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            QSqlQuery query(db);
            m_holding = db.open() && query.exec(QStringLiteral("BEGIN IMMEDIATE"));
            m_held.release();
            m_release.acquire();
            query.exec(QStringLiteral("ROLLBACK"));
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    QSemaphore m_held;
    QSemaphore m_release;
    bool m_holding = false;
    bool m_released = false;
    std::thread m_thread;
};

// The command lines that read and that write one record base.
QList<QStringList> commandsOn(const QString &path, const QString &csv, const QString &output)
{
    return {
        {QStringLiteral("summary"), QStringLiteral("--database"), path, QStringLiteral("--record"),
         QStringLiteral("all")},
        {QStringLiteral("check"), QStringLiteral("--database"), path},
        {QStringLiteral("export"), QStringLiteral("--database"), path, QStringLiteral("--format"),
         QStringLiteral("json"), QStringLiteral("--output"), output},
        {QStringLiteral("import"), QStringLiteral("--database"), path, csv},
    };
}

// Permissions that hold for the other user whether it is nobody (the tests
// run as root) or the test user itself (its files' owner).
constexpr QFile::Permissions readOnlyFolder = QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup
    | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther;
constexpr QFile::Permissions openFolder =
    readOnlyFolder | QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
constexpr QFile::Permissions readOnlyFile = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
constexpr QFile::Permissions openFile =
    readOnlyFile | QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;

} // namespace

class TestOpeningCases : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void missing_failsMissing_andCreatesNothing();
    void notADatabase_failsAndIsUnchanged();
    void damaged_failsTheQuickCheck_andIsUnchanged();
    void otherApplication_failsAndIsUnchanged();
    void newerSchema_opensReadOnly_andIsNeverWritten_data();
    void newerSchema_opensReadOnly_andIsNeverWritten();
    void requestedReadOnly_saysSo_andRefusesWriters();
    void everyCommand_reportsEachFailure_namingTheFile_data();
    void everyCommand_reportsEachFailure_namingTheFile();
    void newerSchema_commandsRead_butImportRefuses();
    void shortLock_isWaitedFor_andTheUpgradeHappens();
    void lockBeyondTheTimeout_failsLocked_andNothingIsLost();
    void fileNotWritable_anotherUserReads_importRefuses_noFilesLeft();
    void folderNotWritable_anotherUserReads_importRefuses();
    void folderNotWritable_readsTheChangesAWriterHasInItsWal();
    void folderNotWritable_walWithoutShm_failsNamingTheWal_changesKept();

private:
    QString demoCopy(const QString &name);
    QString folder(const QString &name, QFile::Permissions permissions);

    QTemporaryDir m_dir;
    QString m_demo;
    QString m_csv;
    QStringList m_restore; // folders whose permissions cleanup() restores
};

void TestOpeningCases::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    ApplicationIdentity::apply();
    QVERIFY(m_dir.isValid());
    // Another user must reach the test's files.
    QVERIFY(QFile::setPermissions(m_dir.path(), readOnlyFolder | QFile::WriteOwner));
    QVERIFY2(QFileInfo(liaisonBinary()).isExecutable(), qPrintable(liaisonBinary()));
    m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QString error;
    QVERIFY2(DemoDatabase::create(m_demo, &error), qPrintable(error));
    m_csv = m_dir.filePath(QStringLiteral("rows.csv"));
    QVERIFY(writeFile(m_csv, participationCsv(QStringLiteral("OPEN"), 200)));
}

void TestOpeningCases::cleanup()
{
    for (const QString &path : std::as_const(m_restore))
        QFile::setPermissions(path, readOnlyFolder | QFile::WriteOwner);
    m_restore.clear();
}

QString TestOpeningCases::demoCopy(const QString &name)
{
    const QString path = m_dir.filePath(name);
    Database::removeFiles(path);
    if (!QFile::copy(m_demo, path))
        qFatal("cannot copy the demo record base to %s", qPrintable(path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

// A folder of the test directory with the given permissions (restored by
// cleanup()).
QString TestOpeningCases::folder(const QString &name, QFile::Permissions permissions)
{
    const QString path = m_dir.filePath(name);
    QDir().mkpath(path);
    QFile::setPermissions(path, permissions);
    m_restore.append(path);
    return path;
}

void TestOpeningCases::missing_failsMissing_andCreatesNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("missing.sqlite"));
    Database db;
    QVERIFY(!db.openForUse(path));
    QCOMPARE(db.openFailure(), Database::OpenFailure::Missing);
    QVERIFY2(db.errorString().contains(path), qPrintable(db.errorString()));
    QVERIFY(!db.isOpen());
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void TestOpeningCases::notADatabase_failsAndIsUnchanged()
{
    const QString path = m_dir.filePath(QStringLiteral("photo.sqlite"));
    QVERIFY(writeFile(path, QByteArray("\x89PNG\r\n\x1a\n") + QByteArray(5000, '\x07')));
    const QByteArray before = fileDigest(path);
    Database db;
    QVERIFY(!db.openForUse(path));
    QCOMPARE(db.openFailure(), Database::OpenFailure::NotADatabase);
    QVERIFY2(db.errorString().contains(path), qPrintable(db.errorString()));
    QVERIFY2(db.errorString().contains(QStringLiteral("not a database")),
             qPrintable(db.errorString()));
    QCOMPARE(fileDigest(path), before);
}

void TestOpeningCases::damaged_failsTheQuickCheck_andIsUnchanged()
{
    const QString path = demoCopy(QStringLiteral("damaged.sqlite"));
    qint64 pageSize = 0;
    qint64 rootPage = 0;
    {
        Database db;
        QVERIFY(db.open(path, Database::OpenMode::ReadOnly));
        pageSize = valueOf(db, QStringLiteral("PRAGMA page_size")).toLongLong();
        rootPage = valueOf(db,
                           QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = "
                                          "'participation'"))
                       .toLongLong();
    }
    QVERIFY(pageSize > 0 && rootPage > 1);
    {
        // The participation table's root page, overwritten as a failing disk
        // or a careless tool would.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek((rootPage - 1) * pageSize));
        QCOMPARE(file.write(QByteArray(pageSize, char(0x5a))), pageSize);
    }
    const QByteArray before = fileDigest(path);
    for (const Database::OpenMode mode :
         {Database::OpenMode::ReadWrite, Database::OpenMode::ReadOnly}) {
        Database db;
        QVERIFY(!db.open(path, mode));
        QCOMPARE(db.openFailure(), Database::OpenFailure::Damaged);
        QVERIFY2(db.errorString().contains(path), qPrintable(db.errorString()));
        QVERIFY2(db.errorString().contains(QStringLiteral("damaged")),
                 qPrintable(db.errorString()));
    }
    QCOMPARE(fileDigest(path), before);
}

void TestOpeningCases::otherApplication_failsAndIsUnchanged()
{
    const QString path = m_dir.filePath(QStringLiteral("bookmarks.sqlite"));
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery query(raw);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE bookmarks (url TEXT)")));
        query.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    const QByteArray before = fileDigest(path);
    Database db;
    QVERIFY(!db.openForUse(path));
    QCOMPARE(db.openFailure(), Database::OpenFailure::OtherApplication);
    QVERIFY2(db.errorString().contains(path), qPrintable(db.errorString()));
    QCOMPARE(fileDigest(path), before);
}

void TestOpeningCases::newerSchema_opensReadOnly_andIsNeverWritten_data()
{
    QTest::addColumn<QString>("journalMode");
    QTest::newRow("rollback journal") << QStringLiteral("DELETE");
    QTest::newRow("WAL") << QStringLiteral("WAL");
}

void TestOpeningCases::newerSchema_opensReadOnly_andIsNeverWritten()
{
    QFETCH(QString, journalMode);
    const QString path = demoCopy(QStringLiteral("newer-%1.sqlite").arg(journalMode));
    const int newer = SchemaMigrations::latestVersion() + 1;
    {
        Database db;
        QVERIFY(db.open(path));
        QVERIFY(db.exec(QStringLiteral("PRAGMA journal_mode = %1").arg(journalMode)));
        QVERIFY(db.exec(QStringLiteral("PRAGMA user_version = %1").arg(newer)));
    }
    const QByteArray before = fileDigest(path);
    Database db;
    QVERIFY2(db.openForUse(path), qPrintable(db.errorString()));
    QCOMPARE(db.openFailure(), Database::OpenFailure::None);
    QVERIFY(db.isReadOnly());
    QCOMPARE(db.readOnlyReason(), Database::ReadOnlyReason::NewerSchema);
    const QString message = db.readOnlyMessage();
    QVERIFY2(message.contains(path), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("newer")), qPrintable(message));
    QVERIFY2(message.contains(QString::number(newer)), qPrintable(message));
    QCOMPARE(db.userVersion(), newer);
    // Readable.
    QVERIFY(valueOf(db, QStringLiteral("SELECT count(*) FROM agencies")).toInt() > 0);
    // Writers are refused by Database, and SQLite itself refuses a raw write.
    QVERIFY(!db.beginWrite());
    QCOMPARE(db.errorString(), message);
    RecordEditor editor(db);
    QVERIFY(!editor.create(RecordKind::Source,
                           {{QStringLiteral("title"), QStringLiteral("Never written")},
                            {QStringLiteral("kind"), QStringLiteral("official_record")}}));
    QVERIFY(!db.exec(
        QStringLiteral("INSERT INTO sources (title, kind) VALUES ('x', 'official_record')")));
    QVERIFY(!db.exec(QStringLiteral("PRAGMA user_version = 1")));
    db.close();
    QCOMPARE(fileDigest(path), before);
    Database reopened;
    QVERIFY(reopened.open(path, Database::OpenMode::ReadOnly));
    QCOMPARE(reopened.userVersion(), newer);
}

void TestOpeningCases::requestedReadOnly_saysSo_andRefusesWriters()
{
    Database db;
    QVERIFY2(db.open(m_demo, Database::OpenMode::ReadOnly), qPrintable(db.errorString()));
    QCOMPARE(db.readOnlyReason(), Database::ReadOnlyReason::RequestedReadOnly);
    QVERIFY2(db.readOnlyMessage().contains(m_demo), qPrintable(db.readOnlyMessage()));
    QVERIFY(!db.beginWrite());
    QCOMPARE(db.errorString(), db.readOnlyMessage());

    Database writable;
    QVERIFY2(writable.openForUse(m_demo), qPrintable(writable.errorString()));
    QVERIFY(!writable.isReadOnly());
    QCOMPARE(writable.readOnlyReason(), Database::ReadOnlyReason::None);
    QVERIFY(writable.readOnlyMessage().isEmpty());
}

void TestOpeningCases::everyCommand_reportsEachFailure_namingTheFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("reason");
    QTest::newRow("missing") << QStringLiteral("gone.sqlite") << QStringLiteral("No record base");
    QTest::newRow("not a database")
        << QStringLiteral("photo.sqlite") << QStringLiteral("not a database");
    QTest::newRow("damaged") << QStringLiteral("damaged.sqlite") << QStringLiteral("damaged");
    QTest::newRow("other application")
        << QStringLiteral("bookmarks.sqlite") << QStringLiteral("not a Liaison record base");
}

// Runs after the cases above made their files.
void TestOpeningCases::everyCommand_reportsEachFailure_namingTheFile()
{
    QFETCH(QString, file);
    QFETCH(QString, reason);
    const QString path = m_dir.filePath(file);
    const QByteArray before = fileDigest(path);
    const QString output = m_dir.filePath(QStringLiteral("export.json"));
    for (const QStringList &arguments : commandsOn(path, m_csv, output)) {
        const CliResult result = runCli(arguments);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(path), qPrintable(result.err));
        QVERIFY2(result.err.contains(reason), qPrintable(result.err));
        QVERIFY2(result.out.isEmpty(), qPrintable(result.out));
        QCOMPARE(fileDigest(path), before);
        QVERIFY(!QFile::exists(output));
    }
}

void TestOpeningCases::newerSchema_commandsRead_butImportRefuses()
{
    const QString path = demoCopy(QStringLiteral("newer-cli.sqlite"));
    {
        Database db;
        QVERIFY(db.open(path));
        QVERIFY(db.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        QVERIFY(db.exec(QStringLiteral("PRAGMA user_version = 999")));
    }
    const QByteArray before = fileDigest(path);
    const QString output = m_dir.filePath(QStringLiteral("newer.json"));
    const QList<QStringList> commands = commandsOn(path, m_csv, output);
    const QStringList expectedExit = {QStringLiteral("summary 0"), QStringLiteral("check 1"),
                                      QStringLiteral("export 0"), QStringLiteral("import 1")};
    QStringList exits;
    for (const QStringList &arguments : commands) {
        const CliResult result = runCli(arguments);
        exits.append(QStringLiteral("%1 %2").arg(arguments.first()).arg(result.exitCode));
        // Every command says that the file is newer, and which file.
        QVERIFY2(result.err.contains(path), qPrintable(result.err));
        QVERIFY2(result.err.contains(QStringLiteral("newer Liaison")), qPrintable(result.err));
        if (arguments.first() == QLatin1String("import"))
            QVERIFY2(result.err.contains(QStringLiteral("nothing was imported")),
                     qPrintable(result.err));
        if (arguments.first() == QLatin1String("summary"))
            QVERIFY2(result.out.contains(QStringLiteral("\"total_participants\": 891")),
                     qPrintable(result.out));
    }
    QCOMPARE(exits, expectedExit);
    QVERIFY(QFile::exists(output));
    QCOMPARE(fileDigest(path), before);
}

void TestOpeningCases::shortLock_isWaitedFor_andTheUpgradeHappens()
{
    const QString path = demoCopy(QStringLiteral("short-lock.sqlite"));
    QVERIFY(downgradeToVersion1(path));
    Database db;
    {
        WriteLockHolder holder(path);
        QVERIFY(holder.isHolding());
        // Another program finishes its write a second into the upgrade's wait.
        std::thread releaser([&holder] {
            std::this_thread::sleep_for(std::chrono::seconds(1));
            holder.release();
        });
        const bool opened = db.openForUse(path);
        releaser.join();
        QVERIFY2(opened, qPrintable(db.errorString()));
    }
    QVERIFY(!db.isReadOnly());
    QCOMPARE(db.userVersion(), SchemaMigrations::latestVersion());
}

void TestOpeningCases::lockBeyondTheTimeout_failsLocked_andNothingIsLost()
{
    const QString path = demoCopy(QStringLiteral("long-lock.sqlite"));
    QVERIFY(downgradeToVersion1(path));
    const QByteArray content = contentDigest(path);
    {
        WriteLockHolder holder(path);
        QVERIFY(holder.isHolding());
        // Released only after the open has given up.
        Database db;
        QVERIFY(!db.openForUse(path));
        QCOMPARE(db.openFailure(), Database::OpenFailure::Locked);
        QVERIFY2(db.errorString().contains(path), qPrintable(db.errorString()));
        QVERIFY2(db.errorString().contains(QStringLiteral("locked by another program")),
                 qPrintable(db.errorString()));
        QVERIFY(!db.isOpen());

        const CliResult import =
            runCli({QStringLiteral("import"), QStringLiteral("--database"), path, m_csv});
        QCOMPARE(import.exitCode, 1);
        QVERIFY2(import.err.contains(QStringLiteral("locked by another program")),
                 qPrintable(import.err));
        QVERIFY2(import.err.contains(path), qPrintable(import.err));
    }
    // Nothing changed, nothing lost; once the other program is done it opens.
    QCOMPARE(contentDigest(path), content);
    Database db;
    QVERIFY(db.open(path, Database::OpenMode::ReadOnly));
    QCOMPARE(db.userVersion(), 1);
    db.close();
    QVERIFY2(db.openForUse(path), qPrintable(db.errorString()));
    QCOMPARE(db.userVersion(), SchemaMigrations::latestVersion());
}

void TestOpeningCases::fileNotWritable_anotherUserReads_importRefuses_noFilesLeft()
{
    // A colleague's record base in a shared folder the user may write to.
    const QString shared = folder(QStringLiteral("shared"), openFolder);
    const QString path = shared + QStringLiteral("/colleague.sqlite");
    QVERIFY(QFile::copy(m_demo, path));
    QVERIFY(QFile::setPermissions(path, readOnlyFile));
    QVERIFY2(!otherUserMayWrite(path), "the other user may write the file: the test is void");
    QVERIFY(otherUserMayWrite(shared));
    const QByteArray before = fileDigest(path);

    const QString output = folder(QStringLiteral("export-out"), openFolder);
    const QList<QStringList> commands =
        commandsOn(path, m_csv, output + QStringLiteral("/records.json"));
    for (int i = 0; i < 3; ++i) {
        const Run run = runAsOtherUser(liaisonBinary(), commands.at(i));
        QVERIFY2(run.exitCode == 0,
                 qPrintable(commands.at(i).first() + QLatin1Char(' ') + run.err));
    }
    QVERIFY(QFile::exists(output + QStringLiteral("/records.json")));
    const Run import = runAsOtherUser(liaisonBinary(), commands.at(3));
    QCOMPARE(import.exitCode, 1);
    QVERIFY2(import.err.contains(path), qPrintable(import.err));
    QVERIFY2(import.err.contains(QStringLiteral("may not write to this file")),
             qPrintable(import.err));
    QVERIFY2(import.err.contains(QStringLiteral("nothing was imported")), qPrintable(import.err));
    const Run init = runAsOtherUser(
        liaisonBinary(),
        {QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("--database"), path});
    QCOMPARE(init.exitCode, 1);
    QVERIFY2(init.err.contains(QStringLiteral("already exists")), qPrintable(init.err));
    QCOMPARE(fileDigest(path), before);
    // Read as immutable: no -wal or -shm of the other user's left beside the
    // colleague's file, where they would keep its owner from writing.
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(path + QStringLiteral("-shm")));
}

void TestOpeningCases::folderNotWritable_anotherUserReads_importRefuses()
{
    // The file is writable by anyone, its folder by nobody but its owner.
    const QString locked = m_dir.filePath(QStringLiteral("locked-folder"));
    QDir().mkpath(locked);
    const QString path = locked + QStringLiteral("/records.sqlite");
    QVERIFY(QFile::copy(m_demo, path));
    QVERIFY(QFile::setPermissions(path, openFile));
    folder(QStringLiteral("locked-folder"), readOnlyFolder);
    QVERIFY(otherUserMayWrite(path));
    QVERIFY2(!otherUserMayWrite(locked), "the other user may write the folder: the test is void");
    const QByteArray before = fileDigest(path);

    const Run summary =
        runAsOtherUser(liaisonBinary(),
                       {QStringLiteral("summary"), QStringLiteral("--database"), path,
                        QStringLiteral("--record"), QStringLiteral("agency:ASCCA")});
    QVERIFY2(summary.exitCode == 0, qPrintable(summary.err));
    QVERIFY2(summary.out.contains(QStringLiteral("\"TOPCOP\": 154")), qPrintable(summary.out));
    const Run check = runAsOtherUser(liaisonBinary(),
                                     {QStringLiteral("check"), QStringLiteral("--database"), path});
    QVERIFY2(check.exitCode == 0, qPrintable(check.err));
    QVERIFY2(check.out.contains(QStringLiteral("integrity ok")), qPrintable(check.out));

    const Run import = runAsOtherUser(
        liaisonBinary(), {QStringLiteral("import"), QStringLiteral("--database"), path, m_csv});
    QCOMPARE(import.exitCode, 1);
    QVERIFY2(import.err.contains(path), qPrintable(import.err));
    QVERIFY2(import.err.contains(QStringLiteral("may not write to its folder")),
             qPrintable(import.err));
    QCOMPARE(fileDigest(path), before);
}

void TestOpeningCases::folderNotWritable_readsTheChangesAWriterHasInItsWal()
{
    const QString locked = m_dir.filePath(QStringLiteral("busy-folder"));
    QDir().mkpath(locked);
    const QString path = locked + QStringLiteral("/records.sqlite");
    QVERIFY(QFile::copy(m_demo, path));
    // The owner has the file open and has written: the change is in the -wal,
    // and its -shm is there.
    Database writer;
    QVERIFY(writer.openForUse(path));
    QVERIFY(writer.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
    RecordEditor editor(writer);
    QVERIFY2(editor.create(RecordKind::Source,
                           {{QStringLiteral("title"), QStringLiteral("Written by the owner")},
                            {QStringLiteral("kind"), QStringLiteral("official_record")}}),
             qPrintable(editor.errorString()));
    QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
    QVERIFY(QFile::exists(path + QStringLiteral("-shm")));
    for (const char *suffix : {"", "-wal", "-shm"})
        QVERIFY(QFile::setPermissions(path + QLatin1String(suffix), readOnlyFile));
    folder(QStringLiteral("busy-folder"), readOnlyFolder);
    QVERIFY2(!otherUserMayWrite(locked), "the other user may write the folder: the test is void");
    QVERIFY2(!otherUserMayWrite(path + QStringLiteral("-shm")),
             "the other user may write the -shm: the test is void");

    const QString output =
        folder(QStringLiteral("export-out"), openFolder) + QStringLiteral("/busy.json");
    const Run run = runAsOtherUser(liaisonBinary(),
                                   {QStringLiteral("export"), QStringLiteral("--database"), path,
                                    QStringLiteral("--format"), QStringLiteral("json"),
                                    QStringLiteral("--output"), output});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QFile json(output);
    QVERIFY(json.open(QIODevice::ReadOnly));
    QVERIFY(json.readAll().contains("Written by the owner"));
}

void TestOpeningCases::folderNotWritable_walWithoutShm_failsNamingTheWal_changesKept()
{
    // A -wal holding committed changes without its -shm (its writer was
    // killed, then the -shm went), in a folder the user may not write.
    const QString source = demoCopy(QStringLiteral("crashed-writer.sqlite"));
    const QString locked = m_dir.filePath(QStringLiteral("crashed-folder"));
    QDir().mkpath(locked);
    const QString path = locked + QStringLiteral("/records.sqlite");
    {
        Database writer;
        QVERIFY(writer.openForUse(source));
        QVERIFY(writer.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        RecordEditor editor(writer);
        QVERIFY(editor.create(RecordKind::Source,
                              {{QStringLiteral("title"), QStringLiteral("Only in the WAL")},
                               {QStringLiteral("kind"), QStringLiteral("official_record")}}));
        // Copied while the writer is idle: the state a killed writer leaves.
        QVERIFY(QFile::copy(source, path));
        QVERIFY(QFile::copy(source + QStringLiteral("-wal"), path + QStringLiteral("-wal")));
    }
    for (const QString &file : {path, path + QStringLiteral("-wal")})
        QVERIFY(QFile::setPermissions(file, readOnlyFile));
    folder(QStringLiteral("crashed-folder"), readOnlyFolder);
    QVERIFY2(!otherUserMayWrite(locked), "the other user may write the folder: the test is void");
    const QByteArray before = fileDigest(path);
    const QByteArray walBefore = fileDigest(path + QStringLiteral("-wal"));

    const Run run = runAsOtherUser(liaisonBinary(),
                                   {QStringLiteral("summary"), QStringLiteral("--database"), path,
                                    QStringLiteral("--record"), QStringLiteral("all")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(path + QStringLiteral("-wal")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("write access to the folder")), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(fileDigest(path), before);
    QCOMPARE(fileDigest(path + QStringLiteral("-wal")), walBefore);

    // Nothing was lost: whoever may write the folder reads the change.
    cleanup();
    Database db;
    QVERIFY2(db.openForUse(path), qPrintable(db.errorString()));
    QCOMPARE(valueOf(db,
                     QStringLiteral("SELECT count(*) FROM sources WHERE title = 'Only in the "
                                    "WAL'"))
                 .toInt(),
             1);
}

QTEST_GUILESS_MAIN(TestOpeningCases)
#include "tst_openingcases.moc"
