// SPDX-License-Identifier: GPL-3.0-or-later
#include "applicationidentity.h"
#include "commandline.h"
#include "database.h"
#include "defaultdatabase.h"
#include "demodatabase.h"
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

using namespace liaison;

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
    void init_createsAnEmptyRecordBase();
    void init_refusesAnExistingFile_leavesItUntouched();
    void summary_ascca_showsTopcop154();
    void summary_topcop_warsawSeminar_andAll();
    void summary_unknownRecord_exitsOneNamingIt();
    void summary_missingDatabase_exitsOneAndCreatesNothing();
    void summary_withoutDatabase_usesTheDemoAtTheDefaultPath();
    void check_soundRecordBase_exitsZero();
    void check_damagedFile_exitsOne();
    void check_newerSchema_exitsOneAndLeavesFileUnchanged();
    void check_notADatabase_exitsOne();

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

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
    const QString path = m_dir.filePath(QStringLiteral("sub/folder/empty.sqlite"));
    const Result result = runCli({QStringLiteral("init"), QStringLiteral("--database"), path});
    QCOMPARE(result.exitCode, 0);
    Database db;
    QVERIFY(db.open(path, Database::OpenMode::ReadOnly));
    QCOMPARE(db.userVersion(), SchemaMigrations::latestVersion());
    const auto counts = RecordStore(db).recordCounts();
    QVERIFY(counts.has_value());
    QCOMPARE(counts->agencies, 0);
    QCOMPARE(counts->events, 0);
}

void TestCommandLine::init_refusesAnExistingFile_leavesItUntouched()
{
    const QByteArray before = fileDigest(m_demo);
    for (const QStringList &arguments :
         {QStringList {QStringLiteral("init"), QStringLiteral("--database"), m_demo},
          QStringList {QStringLiteral("init"), QStringLiteral("--demo"),
                       QStringLiteral("--database"), m_demo}}) {
        const Result result = runCli(arguments);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(m_demo), qPrintable(result.err));
        QVERIFY2(result.err.contains(QStringLiteral("already exists")), qPrintable(result.err));
    }
    QCOMPARE(fileDigest(m_demo), before);
}

void TestCommandLine::summary_ascca_showsTopcop154()
{
    const Result result = runCli({QStringLiteral("summary"), QStringLiteral("--database"), m_demo,
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
    const auto summary = [this](const QString &record) {
        return runCli({QStringLiteral("summary"), QStringLiteral("--database"), m_demo,
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
    const Result result = runCli({QStringLiteral("summary"), QStringLiteral("--database"), m_demo,
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
    const Result result = runCli({QStringLiteral("check"), QStringLiteral("--database"), m_demo});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral("integrity ok")), qPrintable(result.out));
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

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
