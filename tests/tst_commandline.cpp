// SPDX-License-Identifier: GPL-3.0-or-later
#include "applicationidentity.h"
#include "commandline.h"
#include "database.h"
#include "defaultdatabase.h"
#include "demodatabase.h"
#include "postgrestestdatabase.h"
#include "recordstore.h"
#include "schemamigrations.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QUrl>

#include <memory>
#include <unistd.h>

using namespace liaison;
using namespace liaison::testing;

namespace {

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

Result runCli(const QStringList &arguments)
{
    Result result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    const CommandLine commandLine(QStringList {QStringLiteral("liaison")} + arguments);
    result.exitCode = commandLine.run(out, err);
    out.flush();
    err.flush();
    return result;
}

QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// A server location as a user types it to --database, password included.
QString urlOf(const DatabaseLocation &location)
{
    return QStringLiteral("postgresql://%1:%2@%3:%4/%5")
        .arg(location.user(), QString::fromLatin1(QUrl::toPercentEncoding(location.password())),
             location.host())
        .arg(location.port())
        .arg(location.databaseName());
}

void addEngineRows()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

qint64 jsonInt(const QJsonObject &json, const char *section, const char *key)
{
    return json.value(QLatin1String(section)).toObject().value(QLatin1String(key)).toInteger(-1);
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void help_listsCommandsAndExitsZero();
    void version_printsTheVersion();
    void usageErrors_exitTwo_data();
    void usageErrors_exitTwo();
    void noCommand_asksForTheWindow();
    void init_createsAnEmptyRecordBase_data() { addEngineRows(); }
    void init_createsAnEmptyRecordBase();
    void init_refusesAnExistingFile_leavesItUntouched_data() { addEngineRows(); }
    void init_refusesAnExistingFile_leavesItUntouched();
    void summary_ascca_showsTopcop154_data() { addEngineRows(); }
    void summary_ascca_showsTopcop154();
    void summary_topcop_warsawSeminar_andAll_data() { addEngineRows(); }
    void summary_topcop_warsawSeminar_andAll();
    void summary_unknownRecord_exitsOneNamingIt_data() { addEngineRows(); }
    void summary_unknownRecord_exitsOneNamingIt();
    void summary_missingDatabase_exitsOneAndCreatesNothing();
    void summary_withoutDatabase_usesTheDemoAtTheDefaultPath();
    void check_soundRecordBase_exitsZero_data() { addEngineRows(); }
    void check_soundRecordBase_exitsZero();
    void malformedAddress_exitsOneNamingIt();
    void server_emptyDatabase_exitsOneSayingSo();
    void server_withoutPassword_notATerminal_exitsOneSayingSo();
    void copy_betweenEngines_summariesMatch_data();
    void copy_betweenEngines_summariesMatch();
    void copy_intoAnExistingFile_exitsOne_leavesItUntouched();
    // File damage, a newer user_version and a file that is not SQLite are
    // about SQLite files only: a server keeps its own storage sound.
    void check_damagedFile_exitsOne();
    void check_newerSchema_exitsOneAndLeavesFileUnchanged();
    void check_notADatabase_exitsOne();

private:
    // The demo record base on engine, as --database takes it; the server's is
    // made once, on first use.
    QString demoFor(const QString &engine);
    // The password in an address, which no message may show.
    QString passwordOf(const QString &engine) const;

    QTemporaryDir m_dir;
    QString m_demo;
    std::unique_ptr<PostgresTestDatabase> m_server;
    QString m_serverDemo;
};

QString TestCommandLine::demoFor(const QString &engine)
{
    if (engine == QLatin1String("sqlite"))
        return m_demo;
    if (m_serverDemo.isEmpty()) {
        m_server = std::make_unique<PostgresTestDatabase>();
        if (!m_server->isValid())
            return {};
        const QString url = urlOf(m_server->location());
        const Result init = runCli(
            {QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("--database"), url});
        if (init.exitCode != 0) {
            qWarning("init --demo on the server: %s", qPrintable(init.err));
            return {};
        }
        m_serverDemo = url;
    }
    return m_serverDemo;
}

QString TestCommandLine::passwordOf(const QString &engine) const
{
    return engine == QLatin1String("postgresql") && m_server ? m_server->location().password()
                                                             : QString();
}

void TestCommandLine::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    ApplicationIdentity::apply();
    m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
    const Result init = runCli(
        {QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("--database"), m_demo});
    QCOMPARE(init.exitCode, 0);
    QVERIFY2(init.out.contains(m_demo), qPrintable(init.out));
}

void TestCommandLine::help_listsCommandsAndExitsZero()
{
    const Result result = runCli({QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    for (const char *word : {"init", "summary", "check", "--database", "--record", "--language"})
        QVERIFY2(result.out.contains(QLatin1String(word)), word);
    QVERIFY(result.err.isEmpty());
}

void TestCommandLine::version_printsTheVersion()
{
    const Result result = runCli({QStringLiteral("--version")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.trimmed(), QStringLiteral("liaison " LIAISON_VERSION));
}

void TestCommandLine::usageErrors_exitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("unknown command") << QStringList {QStringLiteral("frobnicate")} << "frobnicate";
    QTest::newRow("unknown option") << QStringList {QStringLiteral("--colour")} << "colour";
    QTest::newRow("summary without record")
        << QStringList {QStringLiteral("summary")} << "--record";
    QTest::newRow("bad record key")
        << QStringList {QStringLiteral("summary"), QStringLiteral("--record"),
                        QStringLiteral("ASCCA")}
        << "KIND:KEY";
    QTest::newRow("demo with summary")
        << QStringList {QStringLiteral("summary"), QStringLiteral("--demo"),
                        QStringLiteral("--record"), QStringLiteral("all")}
        << "--demo";
    QTest::newRow("record with check")
        << QStringList {QStringLiteral("check"), QStringLiteral("--record"), QStringLiteral("all")}
        << "--record";
    QTest::newRow("two commands") << QStringList {QStringLiteral("check"), QStringLiteral("init")}
                                  << "\"init\"";
    QTest::newRow("database without value")
        << QStringList {QStringLiteral("--database")} << "database";
    QTest::newRow("copy without --to")
        << QStringList {QStringLiteral("copy"), QStringLiteral("--from"), QStringLiteral("a")}
        << "--to";
    QTest::newRow("copy with --database") << QStringList {
        QStringLiteral("copy"), QStringLiteral("--from"), QStringLiteral("a"),
        QStringLiteral("--to"), QStringLiteral("b"),      QStringLiteral("--database"),
        QStringLiteral("c")} << "--database";
    QTest::newRow("--from with summary")
        << QStringList {QStringLiteral("summary"), QStringLiteral("--record"),
                        QStringLiteral("all"), QStringLiteral("--from"), QStringLiteral("a")}
        << "--from";
    QTest::newRow("unknown language")
        << QStringList {QStringLiteral("check"), QStringLiteral("--language"), QStringLiteral("xx")}
        << "\"xx\"";
}

void TestCommandLine::usageErrors_exitTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, messagePart);
    const Result result = runCli(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(messagePart), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

void TestCommandLine::noCommand_asksForTheWindow()
{
    const CommandLine commandLine({QStringLiteral("liaison"), QStringLiteral("--database"), m_demo,
                                   QStringLiteral("--language"), QStringLiteral("ru")});
    QCOMPARE(commandLine.command(), CommandLine::Command::Window);
    QCOMPARE(commandLine.databasePath(), m_demo);
    QCOMPARE(commandLine.language(), QStringLiteral("ru"));
    QVERIFY(CommandLine::containsQtGuiOption(
        {QStringLiteral("liaison"), QStringLiteral("-platform"), QStringLiteral("offscreen")}));
    QVERIFY(
        !CommandLine::containsQtGuiOption({QStringLiteral("liaison"), QStringLiteral("check")}));
}

void TestCommandLine::init_createsAnEmptyRecordBase()
{
    QFETCH(QString, engine);
    QString path = m_dir.filePath(QStringLiteral("sub/folder/empty.sqlite"));
    std::unique_ptr<PostgresTestDatabase> server;
    if (engine == QLatin1String("postgresql")) {
        LIAISON_NEED_POSTGRES();
        server = std::make_unique<PostgresTestDatabase>();
        QVERIFY2(server->isValid(), qPrintable(server->errorString()));
        path = urlOf(server->location());
    }
    const Result result = runCli({QStringLiteral("init"), QStringLiteral("--database"), path});
    QCOMPARE(result.exitCode, 0);
    if (server) {
        QVERIFY2(result.out.contains(server->location().displayName()), qPrintable(result.out));
        QVERIFY(!result.out.contains(server->location().password()));
    }
    QString error;
    const auto location = DatabaseLocation::fromUserInput(path, &error);
    QVERIFY(location);
    Database db;
    QVERIFY2(db.open(*location, Database::OpenMode::ReadOnly), qPrintable(db.errorString()));
    QCOMPARE(db.isPostgres(), bool(server));
    QCOMPARE(db.userVersion(), SchemaMigrations::latestVersion());
    const auto counts = RecordStore(db).recordCounts();
    QVERIFY(counts.has_value());
    QCOMPARE(counts->agencies, 0);
    QCOMPARE(counts->events, 0);
}

void TestCommandLine::init_refusesAnExistingFile_leavesItUntouched()
{
    QFETCH(QString, engine);
    if (engine == QLatin1String("postgresql"))
        LIAISON_NEED_POSTGRES();
    const QString demo = demoFor(engine);
    QVERIFY(!demo.isEmpty());
    const QByteArray before = fileDigest(m_demo);
    const auto summaryOfAll = [&] {
        return runCli({QStringLiteral("summary"), QStringLiteral("--database"), demo,
                       QStringLiteral("--record"), QStringLiteral("all")})
            .out;
    };
    const QString summaryBefore = summaryOfAll();
    QVERIFY(summaryBefore.contains(QStringLiteral("891")));
    for (const QStringList &arguments :
         {QStringList {QStringLiteral("init"), QStringLiteral("--database"), demo},
          QStringList {QStringLiteral("init"), QStringLiteral("--demo"),
                       QStringLiteral("--database"), demo}}) {
        const Result result = runCli(arguments);
        QCOMPARE(result.exitCode, 1);
        if (engine == QLatin1String("sqlite")) {
            QVERIFY2(result.err.contains(m_demo), qPrintable(result.err));
            QVERIFY2(result.err.contains(QStringLiteral("already exists")), qPrintable(result.err));
        } else {
            QVERIFY2(result.err.contains(m_server->location().displayName()),
                     qPrintable(result.err));
            QVERIFY2(result.err.contains(QStringLiteral("already holds tables")),
                     qPrintable(result.err));
            QVERIFY(!result.err.contains(passwordOf(engine)));
        }
    }
    QCOMPARE(fileDigest(m_demo), before);
    QCOMPARE(summaryOfAll(), summaryBefore);
}

void TestCommandLine::summary_ascca_showsTopcop154()
{
    QFETCH(QString, engine);
    if (engine == QLatin1String("postgresql"))
        LIAISON_NEED_POSTGRES();
    const QString demo = demoFor(engine);
    QVERIFY(!demo.isEmpty());
    const Result result = runCli({QStringLiteral("summary"), QStringLiteral("--database"), demo,
                                  QStringLiteral("--record"), QStringLiteral("agency:ASCCA")});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject json = result.json();
    const QJsonObject record = json.value(QStringLiteral("record")).toObject();
    QCOMPARE(record.value(QStringLiteral("kind")).toString(), QStringLiteral("agency"));
    QCOMPARE(record.value(QStringLiteral("key")).toString(), QStringLiteral("ASCCA"));
    QCOMPARE(record.value(QStringLiteral("name")).toString(),
             QStringLiteral("State Customs Committee of the Republic of Azerbaijan"));
    QCOMPARE(jsonInt(json, "by_project", "TOPCOP"), 154);
    QCOMPARE(json.value(QStringLiteral("total_participants")).toInteger(), 286);
    QCOMPARE(jsonInt(json, "by_country", "AZ"), 286);
    QCOMPARE(jsonInt(json, "by_year", "2023"), 120);
    QCOMPARE(jsonInt(json, "by_event_kind", "course"), 24);
}

void TestCommandLine::summary_topcop_warsawSeminar_andAll()
{
    QFETCH(QString, engine);
    if (engine == QLatin1String("postgresql"))
        LIAISON_NEED_POSTGRES();
    const QString demo = demoFor(engine);
    QVERIFY(!demo.isEmpty());
    const auto summary = [&demo](const QString &record) {
        return runCli({QStringLiteral("summary"), QStringLiteral("--database"), demo,
                       QStringLiteral("--record"), record});
    };
    const Result topcop = summary(QStringLiteral("project:TOPCOP"));
    QCOMPARE(topcop.exitCode, 0);
    QCOMPARE(topcop.json().value(QStringLiteral("total_participants")).toInteger(), 524);
    QCOMPARE(jsonInt(topcop.json(), "by_agency", "ASCCA"), 154);
    QCOMPARE(jsonInt(topcop.json(), "by_country", "GE"), 73);

    const Result warsaw = summary(QStringLiteral(
        "event:Strengthening Cooperation with EU Law Enforcement Agencies - Cooperation against "
        "Cross-Border Crime"));
    QCOMPARE(warsaw.exitCode, 0);
    QCOMPARE(warsaw.json().value(QStringLiteral("total_participants")).toInteger(), 2);
    QCOMPARE(jsonInt(warsaw.json(), "by_event_kind", "seminar"), 2);
    QCOMPARE(jsonInt(warsaw.json(), "by_year", "undated"), 2);

    const Result all = summary(QStringLiteral("all"));
    QCOMPARE(all.exitCode, 0);
    QCOMPARE(all.json()
                 .value(QStringLiteral("record"))
                 .toObject()
                 .value(QStringLiteral("kind"))
                 .toString(),
             QStringLiteral("all"));
    QCOMPARE(all.json().value(QStringLiteral("total_participants")).toInteger(), 891);
    QCOMPARE(jsonInt(all.json(), "by_project", "TOPCOP"), 524);
    QCOMPARE(jsonInt(all.json(), "by_country", "PL"), 6);
}

void TestCommandLine::summary_unknownRecord_exitsOneNamingIt()
{
    QFETCH(QString, engine);
    if (engine == QLatin1String("postgresql"))
        LIAISON_NEED_POSTGRES();
    const QString demo = demoFor(engine);
    QVERIFY(!demo.isEmpty());
    const Result result = runCli({QStringLiteral("summary"), QStringLiteral("--database"), demo,
                                  QStringLiteral("--record"), QStringLiteral("agency:NOPE")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("agency \"NOPE\"")), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

void TestCommandLine::summary_missingDatabase_exitsOneAndCreatesNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("nowhere.sqlite"));
    const Result result = runCli({QStringLiteral("summary"), QStringLiteral("--database"), path,
                                  QStringLiteral("--record"), QStringLiteral("all")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(path), qPrintable(result.err));
    QVERIFY(!QFile::exists(path));
}

void TestCommandLine::summary_withoutDatabase_usesTheDemoAtTheDefaultPath()
{
    QFile::remove(DefaultDatabase::path());
    const Result result = runCli(
        {QStringLiteral("summary"), QStringLiteral("--record"), QStringLiteral("agency:ASCCA")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(jsonInt(result.json(), "by_project", "TOPCOP"), 154);
    QVERIFY(QFile::exists(DefaultDatabase::path()));
    QVERIFY(DefaultDatabase::path().contains(QStringLiteral("qttest")));
}

void TestCommandLine::check_soundRecordBase_exitsZero()
{
    QFETCH(QString, engine);
    if (engine == QLatin1String("postgresql"))
        LIAISON_NEED_POSTGRES();
    const QString demo = demoFor(engine);
    QVERIFY(!demo.isEmpty());
    const Result result = runCli({QStringLiteral("check"), QStringLiteral("--database"), demo});
    QCOMPARE(result.exitCode, 0);
    // A server keeps its own pages and constraints sound: no quick_check.
    QVERIFY2(result.out.contains(engine == QLatin1String("sqlite")
                                     ? QStringLiteral("integrity ok")
                                     : QStringLiteral("kept by the server")),
             qPrintable(result.out));
    if (engine == QLatin1String("postgresql")) {
        QVERIFY2(result.out.contains(m_server->location().displayName()), qPrintable(result.out));
        QVERIFY(!result.out.contains(passwordOf(engine)));
    }
    QVERIFY2(result.out.contains(
                 QStringLiteral("schema version %1").arg(SchemaMigrations::latestVersion())),
             qPrintable(result.out));
}

void TestCommandLine::check_damagedFile_exitsOne()
{
    const QString path = m_dir.filePath(QStringLiteral("damaged.sqlite"));
    QString error;
    QVERIFY2(DemoDatabase::create(path, &error), qPrintable(error));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 8 * 4096);
        // Overwrite pages in the middle of the file (b-tree pages of tables).
        file.seek(3 * 4096);
        file.write(QByteArray(4 * 4096, char(0x5a)));
    }
    const Result result = runCli({QStringLiteral("check"), QStringLiteral("--database"), path});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(path), qPrintable(result.err));
}

void TestCommandLine::check_newerSchema_exitsOneAndLeavesFileUnchanged()
{
    const QString path = m_dir.filePath(QStringLiteral("newer.sqlite"));
    {
        Database db;
        QVERIFY(db.create(path));
        QVERIFY(db.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        QVERIFY(db.exec(QStringLiteral("PRAGMA user_version = 999")));
    }
    const QByteArray before = fileDigest(path);
    const Result result = runCli({QStringLiteral("check"), QStringLiteral("--database"), path});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("newer")), qPrintable(result.err));
    QCOMPARE(fileDigest(path), before);
}

void TestCommandLine::check_notADatabase_exitsOne()
{
    const QString path = m_dir.filePath(QStringLiteral("photo.sqlite"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("\x89PNG\r\n\x1a\n") + QByteArray(5000, '\0'));
    }
    const Result result = runCli({QStringLiteral("check"), QStringLiteral("--database"), path});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(path), qPrintable(result.err));
    QVERIFY2(result.err.contains(QStringLiteral("not a database")), qPrintable(result.err));
}

void TestCommandLine::malformedAddress_exitsOneNamingIt()
{
    for (const QString &command : {QStringLiteral("summary"), QStringLiteral("check")}) {
        QStringList arguments = {command, QStringLiteral("--database"),
                                 QStringLiteral("postgresql://analyst:s3cr3t@server:99999/office")};
        if (command == QLatin1String("summary"))
            arguments << QStringLiteral("--record") << QStringLiteral("all");
        const Result result = runCli(arguments);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("99999")), qPrintable(result.err));
        QVERIFY2(!result.err.contains(QStringLiteral("s3cr3t")), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
    }
    const Result copy = runCli({QStringLiteral("copy"), QStringLiteral("--from"), m_demo,
                                QStringLiteral("--to"), QStringLiteral("mysql://server/office")});
    QCOMPARE(copy.exitCode, 1);
    QVERIFY2(copy.err.contains(QStringLiteral("mysql://")), qPrintable(copy.err));
}

void TestCommandLine::server_emptyDatabase_exitsOneSayingSo()
{
    LIAISON_NEED_POSTGRES();
    PostgresTestDatabase server;
    QVERIFY2(server.isValid(), qPrintable(server.errorString()));
    const Result result =
        runCli({QStringLiteral("summary"), QStringLiteral("--database"), urlOf(server.location()),
                QStringLiteral("--record"), QStringLiteral("all")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(server.location().displayName()), qPrintable(result.err));
    QVERIFY2(result.err.contains(QStringLiteral("no record base")), qPrintable(result.err));
    QVERIFY(!result.err.contains(server.location().password()));
}

void TestCommandLine::server_withoutPassword_notATerminal_exitsOneSayingSo()
{
    LIAISON_NEED_POSTGRES();
    if (isatty(STDIN_FILENO))
        QSKIP("stdin is a terminal: the command would ask for the password");
    const QString demo = demoFor(QStringLiteral("postgresql"));
    QVERIFY(!demo.isEmpty());
    const QByteArray savedPassword = qgetenv("PGPASSWORD");
    const QByteArray savedPassFile = qgetenv("PGPASSFILE");
    qunsetenv("PGPASSWORD");
    qputenv("PGPASSFILE", m_dir.filePath(QStringLiteral("no-passfile")).toLocal8Bit());
    const Result result = runCli({QStringLiteral("check"), QStringLiteral("--database"),
                                  m_server->location().displayName()});
    if (!savedPassword.isNull())
        qputenv("PGPASSWORD", savedPassword);
    if (savedPassFile.isNull())
        qunsetenv("PGPASSFILE");
    else
        qputenv("PGPASSFILE", savedPassFile);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("asks for a password")), qPrintable(result.err));
    QVERIFY2(result.err.contains(m_server->location().displayName()), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

void TestCommandLine::copy_betweenEngines_summariesMatch_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::newRow("sqlite to postgresql")
        << QStringLiteral("sqlite") << QStringLiteral("postgresql");
    QTest::newRow("postgresql to sqlite")
        << QStringLiteral("postgresql") << QStringLiteral("sqlite");
}

void TestCommandLine::copy_betweenEngines_summariesMatch()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    LIAISON_NEED_POSTGRES();
    const QString source = demoFor(from);
    QVERIFY(!source.isEmpty());
    PostgresTestDatabase server;
    QVERIFY2(server.isValid(), qPrintable(server.errorString()));
    const QString target = to == QLatin1String("sqlite")
        ? m_dir.filePath(QStringLiteral("copied-from-server.sqlite"))
        : urlOf(server.location());
    const Result result = runCli(
        {QStringLiteral("copy"), QStringLiteral("--from"), source, QStringLiteral("--to"), target});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.out.contains(QStringLiteral("participation 101")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral("summaries match")), qPrintable(result.out));
    QVERIFY(!result.out.contains(server.location().password()));
    QVERIFY(!result.out.contains(passwordOf(QStringLiteral("postgresql"))));

    const Result summary = runCli({QStringLiteral("summary"), QStringLiteral("--database"), target,
                                   QStringLiteral("--record"), QStringLiteral("agency:ASCCA")});
    QCOMPARE(summary.exitCode, 0);
    QCOMPARE(jsonInt(summary.json(), "by_project", "TOPCOP"), 154);
    const Result check = runCli({QStringLiteral("check"), QStringLiteral("--database"), target});
    QVERIFY2(check.exitCode == 0, qPrintable(check.err));
}

void TestCommandLine::copy_intoAnExistingFile_exitsOne_leavesItUntouched()
{
    const QString target = m_dir.filePath(QStringLiteral("existing-target.sqlite"));
    QString error;
    QVERIFY2(DemoDatabase::create(target, &error), qPrintable(error));
    const QByteArray before = fileDigest(target);
    const Result result = runCli(
        {QStringLiteral("copy"), QStringLiteral("--from"), m_demo, QStringLiteral("--to"), target});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(target), qPrintable(result.err));
    QVERIFY2(result.err.contains(QStringLiteral("already exists")), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
    QCOMPARE(fileDigest(target), before);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
