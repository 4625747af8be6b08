// SPDX-License-Identifier: GPL-3.0-or-later
#include "applicationidentity.h"
#include "commandline.h"
#include "database.h"
#include "demodatabase.h"
#include "postgrestestdatabase.h"
#include "recordexport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void addEngineRows()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

} // namespace

class TestExportCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void csv_writesTheParticipationInTheImportFormat_data() { addEngineRows(); }
    void csv_writesTheParticipationInTheImportFormat();
    void json_writesEveryRecordWithItsSource_data() { addEngineRows(); }
    void json_writesEveryRecordWithItsSource();
    void usageErrors_exitTwo_writeNothing_data();
    void usageErrors_exitTwo_writeNothing();
    // An unwritable output and a missing file are about files: SQLite only.
    void unwritableOutput_exitsOneNamingIt_data();
    void unwritableOutput_exitsOneNamingIt();
    void missingDatabase_exitsOneNamingIt();

private:
    QStringList exportArguments(const QString &format, const QString &output,
                                const QString &database = {}) const;
    // The demo on engine as --database takes it; the server's made on first use.
    QString demoFor(const QString &engine);

    QTemporaryDir m_dir;
    QString m_demo;
    std::unique_ptr<PostgresTestDatabase> m_server;
    QString m_serverDemo;
};

QString TestExportCommand::demoFor(const QString &engine)
{
    if (engine == QLatin1String("sqlite"))
        return m_demo;
    if (m_serverDemo.isEmpty()) {
        m_server = std::make_unique<PostgresTestDatabase>();
        QString error;
        if (!m_server->isValid() || !DemoDatabase::create(m_server->location(), &error)) {
            qWarning("demo on the server: %s", qPrintable(m_server->errorString() + error));
            return {};
        }
        const DatabaseLocation location = m_server->location();
        m_serverDemo = QStringLiteral("postgresql://%1:%2@%3:%4/%5")
                           .arg(location.user(),
                                QString::fromLatin1(QUrl::toPercentEncoding(location.password())),
                                location.host())
                           .arg(location.port())
                           .arg(location.databaseName());
    }
    return m_serverDemo;
}

QStringList TestExportCommand::exportArguments(const QString &format, const QString &output,
                                               const QString &database) const
{
    return {QStringLiteral("export"),
            QStringLiteral("--database"),
            database.isEmpty() ? m_demo : database,
            QStringLiteral("--format"),
            format,
            QStringLiteral("--output"),
            output};
}

void TestExportCommand::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    ApplicationIdentity::apply();
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QString error;
    QVERIFY2(DemoDatabase::create(m_demo, &error), qPrintable(error));
}

void TestExportCommand::csv_writesTheParticipationInTheImportFormat()
{
    QFETCH(QString, engine);
    if (engine == QLatin1String("postgresql"))
        LIAISON_NEED_POSTGRES();
    const QString demo = demoFor(engine);
    QVERIFY(!demo.isEmpty());
    const QString output = m_dir.filePath(QStringLiteral("participation-%1.csv").arg(engine));
    const Result result = runCli(exportArguments(QStringLiteral("csv"), output, demo));
    QCOMPARE(result.exitCode, 0);
    // The two demo rows the import format cannot hold (the undated Warsaw
    // seminar, the Customs Academy module outside any project) are reported.
    QVERIFY2(result.err.contains(QStringLiteral("2 of 101")), qPrintable(result.err));
    QVERIFY2(result.out.contains(QDir::toNativeSeparators(output)), qPrintable(result.out));

    const QByteArray written = readAll(output);
    QVERIFY(written.startsWith("project,event,event_kind,start_date,end_date,city,country,"
                               "organiser,agency,agency_country,participants,source\n"));
    // The same file as the library writes.
    QString locationError;
    const auto location = DatabaseLocation::fromUserInput(demo, &locationError);
    QVERIFY2(location, qPrintable(locationError));
    Database db;
    QVERIFY2(db.open(*location, Database::OpenMode::ReadOnly), qPrintable(db.errorString()));
    const QString direct = m_dir.filePath(QStringLiteral("direct-%1.csv").arg(engine));
    RecordExport::CsvReport report;
    QString error;
    QVERIFY2(RecordExport::writeParticipationCsv(db, direct, &error, &report), qPrintable(error));
    QCOMPARE(written, readAll(direct));
    QCOMPARE(written.count('\n'), report.rowsWritten + 1);
    // The same demo on a server gives the same file as on SQLite.
    if (engine == QLatin1String("postgresql")) {
        const QString fromFile = m_dir.filePath(QStringLiteral("participation-from-file.csv"));
        QCOMPARE(runCli(exportArguments(QStringLiteral("csv"), fromFile)).exitCode, 0);
        QCOMPARE(written, readAll(fromFile));
    }
}

void TestExportCommand::json_writesEveryRecordWithItsSource()
{
    QFETCH(QString, engine);
    if (engine == QLatin1String("postgresql"))
        LIAISON_NEED_POSTGRES();
    const QString demo = demoFor(engine);
    QVERIFY(!demo.isEmpty());
    const QString output = m_dir.filePath(QStringLiteral("records-%1.json").arg(engine));
    const Result result = runCli(exportArguments(QStringLiteral("json"), output, demo));
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    QVERIFY2(result.out.contains(QDir::toNativeSeparators(output)), qPrintable(result.out));

    QJsonParseError parseError;
    const QJsonObject json = QJsonDocument::fromJson(readAll(output), &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("liaison-records"));
    QString locationError;
    const auto location = DatabaseLocation::fromUserInput(demo, &locationError);
    QVERIFY2(location, qPrintable(locationError));
    Database db;
    QVERIFY2(db.open(*location, Database::OpenMode::ReadOnly), qPrintable(db.errorString()));
    QCOMPARE(json.value(QStringLiteral("schema_version")).toInteger(), db.userVersion());
    const QJsonArray events = json.value(QStringLiteral("events")).toArray();
    QVERIFY(!events.isEmpty());
    for (const QJsonValue &event : events)
        QVERIFY(event.toObject().value(QStringLiteral("source_id")).isDouble());
    // The same demo on a server gives the same records as on SQLite.
    if (engine == QLatin1String("postgresql")) {
        const QString fromFile = m_dir.filePath(QStringLiteral("records-from-file.json"));
        QCOMPARE(runCli(exportArguments(QStringLiteral("json"), fromFile)).exitCode, 0);
        const QJsonObject fileJson = QJsonDocument::fromJson(readAll(fromFile)).object();
        for (auto it = fileJson.begin(); it != fileJson.end(); ++it)
            QVERIFY2(json.value(it.key()) == it.value(), qPrintable(it.key()));
        QCOMPARE(json.keys(), fileJson.keys());
    }
}

void TestExportCommand::usageErrors_exitTwo_writeNothing_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("messagePart");
    const QString output = QStringLiteral("OUTPUT");
    QTest::newRow("missing --format")
        << QStringList {QStringLiteral("--output"), output} << QStringLiteral("--format");
    QTest::newRow("bad --format") << QStringList {QStringLiteral("--format"), QStringLiteral("xml"),
                                                  QStringLiteral("--output"), output}
                                  << QStringLiteral("\"xml\"");
    QTest::newRow("missing --output")
        << QStringList {QStringLiteral("--format"), QStringLiteral("csv")}
        << QStringLiteral("--output");
    QTest::newRow("--output without a value")
        << QStringList {QStringLiteral("--format"), QStringLiteral("json"),
                        QStringLiteral("--output")}
        << QStringLiteral("output");
}

void TestExportCommand::usageErrors_exitTwo_writeNothing()
{
    QFETCH(QStringList, options);
    QFETCH(QString, messagePart);
    const QString output =
        m_dir.filePath(QStringLiteral("usage-%1.out").arg(QTest::currentDataTag()));
    options.replaceInStrings(QStringLiteral("OUTPUT"), output);
    const Result result = runCli(
        QStringList {QStringLiteral("export"), QStringLiteral("--database"), m_demo} + options);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(messagePart), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
    QVERIFY(!QFileInfo::exists(output));
}

void TestExportCommand::unwritableOutput_exitsOneNamingIt_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("csv") << QStringLiteral("csv");
    QTest::newRow("json") << QStringLiteral("json");
}

void TestExportCommand::unwritableOutput_exitsOneNamingIt()
{
    QFETCH(QString, format);
    // A folder that is a file: unwritable even for root.
    const QString blocker = m_dir.filePath(QStringLiteral("plain-file"));
    {
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("x");
    }
    const QString output = blocker + QStringLiteral("/records.") + format;
    const Result result = runCli(exportArguments(format, output));
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QDir::toNativeSeparators(output)), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
    QVERIFY(!QFileInfo::exists(output));
}

void TestExportCommand::missingDatabase_exitsOneNamingIt()
{
    const QString database = m_dir.filePath(QStringLiteral("nowhere.sqlite"));
    const QString output = m_dir.filePath(QStringLiteral("nowhere.csv"));
    const Result result = runCli({QStringLiteral("export"), QStringLiteral("--database"), database,
                                  QStringLiteral("--format"), QStringLiteral("csv"),
                                  QStringLiteral("--output"), output});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QDir::toNativeSeparators(database)), qPrintable(result.err));
    QVERIFY(!QFileInfo::exists(database));
    QVERIFY(!QFileInfo::exists(output));
}

QTEST_GUILESS_MAIN(TestExportCommand)
#include "tst_exportcommand.moc"
