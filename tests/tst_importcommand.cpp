// SPDX-License-Identifier: GPL-3.0-or-later
#include "applicationidentity.h"
#include "commandline.h"
#include "database.h"
#include "demodatabase.h"
#include "postgrestestdatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QUrl>

#include <memory>

using namespace liaison;
using namespace liaison::testing;

namespace {

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
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

std::optional<DatabaseLocation> locationOf(const QString &argument)
{
    QString error;
    return DatabaseLocation::fromUserInput(argument, &error);
}

// A digest of every row of every table but FTS5's internal ones (on a
// server: every table of the record base's schema, rows in text order).
QByteArray contentDigest(const QString &argument)
{
    const std::optional<DatabaseLocation> location = locationOf(argument);
    Database db;
    if (!location || !db.open(*location, Database::OpenMode::ReadOnly))
        return {};
    QStringList tables;
    QSqlQuery query(db.connection());
    query.exec(db.isPostgres()
                   ? QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = "
                                    "current_schema() ORDER BY tablename")
                   : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name "
                                    "NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name NOT LIKE "
                                    "'search\\_index\\_%' ESCAPE '\\' ORDER BY name"));
    while (query.next())
        tables.append(query.value(0).toString());
    if (tables.isEmpty())
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &table : tables) {
        hash.addData(table.toUtf8());
        query.exec(db.isPostgres()
                       ? QStringLiteral("SELECT * FROM %1 t ORDER BY t::text").arg(table)
                       : QStringLiteral("SELECT rowid, * FROM %1 ORDER BY rowid").arg(table));
        while (query.next()) {
            for (int i = 0; i < query.record().count(); ++i)
                hash.addData(query.value(i).isNull() ? QByteArray("\x01")
                                                     : "\x02" + query.value(i).toString().toUtf8());
            hash.addData("\x03");
        }
    }
    return hash.result();
}

qint64 participantsOf(const QString &argument, const QString &agencyAcronym)
{
    const std::optional<DatabaseLocation> location = locationOf(argument);
    Database db;
    if (!location || !db.open(*location, Database::OpenMode::ReadOnly))
        return -1;
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT coalesce(sum(p.participants), 0) FROM participation p "
                                 "JOIN agencies a ON a.id = p.agency_id WHERE a.acronym = ?"));
    query.addBindValue(agencyAcronym);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

void addEngineRows()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

} // namespace

class TestImportCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    // Each test (and engine) on a fresh demo record base.
    void init();
    void goodFile_exitsZero_withASummaryLine_data() { addEngineRows(); }
    void goodFile_exitsZero_withASummaryLine();
    void badFile_exitsOne_withLineNumberedProblems_andChangesNothing_data() { addEngineRows(); }
    void badFile_exitsOne_withLineNumberedProblems_andChangesNothing();
    void missingFile_exitsOne_namingIt_data() { addEngineRows(); }
    void missingFile_exitsOne_namingIt();
    void noFileArgument_isAUsageError();

private:
    QString writeCsv(const QString &name, const QByteArray &content) const;

    QTemporaryDir m_dir;
    // What --database gets: a path, or a server address with its password.
    QString m_db;
    // How messages name the record base: the path, or the address without
    // the password.
    QString m_shown;
    std::unique_ptr<PostgresTestDatabase> m_server;
    int m_count = 0;
};

void TestImportCommand::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    ApplicationIdentity::apply();
    QVERIFY(m_dir.isValid());
}

void TestImportCommand::init()
{
    m_server.reset();
    QString error;
    if (qstrcmp(QTest::currentDataTag(), "postgresql") == 0) {
        LIAISON_NEED_POSTGRES();
        m_server = std::make_unique<PostgresTestDatabase>();
        QVERIFY2(m_server->isValid(), qPrintable(m_server->errorString()));
        const DatabaseLocation location = m_server->location();
        QVERIFY2(DemoDatabase::create(location, &error), qPrintable(error));
        m_db = QStringLiteral("postgresql://%1:%2@%3:%4/%5")
                   .arg(location.user(),
                        QString::fromLatin1(QUrl::toPercentEncoding(location.password())),
                        location.host())
                   .arg(location.port())
                   .arg(location.databaseName());
        m_shown = location.displayName();
        return;
    }
    m_db = m_dir.filePath(QStringLiteral("demo-%1.sqlite").arg(++m_count));
    m_shown = m_db;
    QVERIFY2(DemoDatabase::create(m_db, &error), qPrintable(error));
}

QString TestImportCommand::writeCsv(const QString &name, const QByteArray &content) const
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) < 0)
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestImportCommand::goodFile_exitsZero_withASummaryLine()
{
    const QString csv =
        writeCsv(QStringLiteral("good.csv"),
                 "project;event;event_kind;start_date;agency;agency_country;participants\n"
                 "TOPCOP;Command line course;course;2025-09-01;ASCCA;;5\n"
                 "TOPCOP;Command line course;;2025-09-01;New Customs Office;GE;2\n");
    const qint64 before = participantsOf(m_db, QStringLiteral("ASCCA"));
    const Result result =
        runCli({QStringLiteral("import"), QStringLiteral("--database"), m_db, csv});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    QCOMPARE(result.out.count(QLatin1Char('\n')), 1);
    QVERIFY2(result.out.startsWith(QStringLiteral("Imported 2 rows from %1: 2 participation "
                                                  "records written; 0 projects, 1 events and 1 "
                                                  "agencies created.")
                                       .arg(csv)),
             qPrintable(result.out));
    QCOMPARE(participantsOf(m_db, QStringLiteral("ASCCA")), before + 5);

    // The same file again: nothing to write, still a success.
    const QByteArray digest = contentDigest(m_db);
    const Result again =
        runCli({QStringLiteral("import"), QStringLiteral("--database"), m_db, csv});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains(QStringLiteral("0 participation records written")),
             qPrintable(again.out));
    QCOMPARE(contentDigest(m_db), digest);
}

void TestImportCommand::badFile_exitsOne_withLineNumberedProblems_andChangesNothing()
{
    const QString csv = writeCsv(QStringLiteral("bad.csv"),
                                 "project,event,event_kind,start_date,agency,participants\n"
                                 "TOPCOP,Command line course,course,2025-09-01,ASCCA,5\n"
                                 "TOPCOP,Command line course,,2025-09-31,SCSU,2\n"
                                 "TOPCOP,Command line course,,2025-09-01,NPU,-3\n");
    const QByteArray before = contentDigest(m_db);
    QVERIFY(!before.isEmpty());
    const Result result =
        runCli({QStringLiteral("import"), QStringLiteral("--database"), m_db, csv});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.isEmpty());
    const QStringList lines = result.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0),
             csv
                 + QStringLiteral(":3: start_date: \"2025-09-31\" is not a date of the form "
                                  "YYYY-MM-DD"));
    QCOMPARE(lines.at(1),
             csv + QStringLiteral(":4: participants: \"-3\" is not a whole number of 0 or more"));
    QVERIFY2(lines.at(2).startsWith(QStringLiteral("liaison import: nothing was imported")),
             qPrintable(lines.at(2)));
    QVERIFY2(lines.at(2).contains(m_shown), qPrintable(lines.at(2)));
    if (m_server)
        QVERIFY(!result.err.contains(m_server->location().password()));
    QCOMPARE(contentDigest(m_db), before);
}

void TestImportCommand::missingFile_exitsOne_namingIt()
{
    const QString csv = m_dir.filePath(QStringLiteral("no-such-file.csv"));
    const QByteArray before = contentDigest(m_db);
    const Result result =
        runCli({QStringLiteral("import"), QStringLiteral("--database"), m_db, csv});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.startsWith(csv + QStringLiteral(": no such file\n")),
             qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
    QCOMPARE(contentDigest(m_db), before);
}

void TestImportCommand::noFileArgument_isAUsageError()
{
    const QByteArray before = contentDigest(m_db);
    const Result result = runCli({QStringLiteral("import"), QStringLiteral("--database"), m_db});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("import")), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
    QCOMPARE(contentDigest(m_db), before);
}

QTEST_GUILESS_MAIN(TestImportCommand)
#include "tst_importcommand.moc"
