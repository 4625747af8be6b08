// SPDX-License-Identifier: GPL-3.0-or-later
#include "applicationidentity.h"
#include "commandline.h"
#include "database.h"
#include "demodatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
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

// A digest of every row of every table but FTS5's internal ones.
QByteArray contentDigest(const QString &path)
{
    Database db;
    if (!db.open(path, Database::OpenMode::ReadOnly))
        return {};
    QStringList tables;
    QSqlQuery query(db.connection());
    query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                              "LIKE 'sqlite\\_%' ESCAPE '\\' AND name NOT LIKE "
                              "'search\\_index\\_%' ESCAPE '\\' ORDER BY name"));
    while (query.next())
        tables.append(query.value(0).toString());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &table : tables) {
        hash.addData(table.toUtf8());
        query.exec(QStringLiteral("SELECT rowid, * FROM %1 ORDER BY rowid").arg(table));
        while (query.next()) {
            for (int i = 0; i < query.record().count(); ++i)
                hash.addData(query.value(i).isNull() ? QByteArray("\x01")
                                                     : "\x02" + query.value(i).toString().toUtf8());
            hash.addData("\x03");
        }
    }
    return hash.result();
}

qint64 participantsOf(const QString &path, const QString &agencyAcronym)
{
    Database db;
    if (!db.open(path, Database::OpenMode::ReadOnly))
        return -1;
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT total(p.participants) FROM participation p JOIN agencies "
                                 "a ON a.id = p.agency_id WHERE a.acronym = ?"));
    query.addBindValue(agencyAcronym);
    if (!query.exec() || !query.next())
        return -1;
    return qint64(query.value(0).toDouble());
}

} // namespace

class TestImportCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void goodFile_exitsZero_withASummaryLine();
    void badFile_exitsOne_withLineNumberedProblems_andChangesNothing();
    void missingFile_exitsOne_namingIt();
    void noFileArgument_isAUsageError();

private:
    QString writeCsv(const QString &name, const QByteArray &content) const;

    QTemporaryDir m_dir;
    QString m_db;
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
    m_db = m_dir.filePath(QStringLiteral("demo-%1.sqlite").arg(++m_count));
    QString error;
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
    QVERIFY2(lines.at(2).contains(m_db), qPrintable(lines.at(2)));
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
