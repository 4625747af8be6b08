// SPDX-License-Identifier: GPL-3.0-or-later
#include "applicationidentity.h"
#include "chartexportcommand.h"
#include "chartkind.h"
#include "commandline.h"
#include "demodatabase.h"
#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace liaison;

namespace {

struct Result
{
    CommandLine::Command command = CommandLine::Command::UsageError;
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs `liaison export-chart ARGUMENTS` as main() does: the command line
// parses, export-chart runs ChartExportCommand, anything else CommandLine.
Result runExportChart(const QStringList &arguments)
{
    Result result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    const CommandLine commandLine(
        QStringList {QStringLiteral("liaison"), QStringLiteral("export-chart")} + arguments);
    result.command = commandLine.command();
    result.exitCode = result.command == CommandLine::Command::ExportChart
        ? ChartExportCommand::run(commandLine, out, err)
        : commandLine.run(out, err);
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

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System);
}

} // namespace

class TestChartExportCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyFormat_writesAValidFile_data();
    void everyFormat_writesAValidFile();
    void everyChart_exportsAll();
    void defaultSize_is1600x900();
    void sizeWithCapitalXOrTimesSign_isAccepted();
    void emptyChart_isWrittenWithANote();
    void errors_exitOneNamingTheCulprit_writeNothing_data();
    void errors_exitOneNamingTheCulprit_writeNothing();
    void usageErrors_comeFromTheCommandLine_exitTwo_data();
    void usageErrors_comeFromTheCommandLine_exitTwo();
    void realBinary_withoutDisplay_choosesOffscreenByItself();

private:
    QStringList common(const QString &record, const QString &chart, const QString &output) const
    {
        return {QStringLiteral("--database"), m_demo, QStringLiteral("--record"), record,
                QStringLiteral("--chart"),    chart,  QStringLiteral("--output"), output};
    }

    QTemporaryDir m_dir;
    QString m_demo;
};

void TestChartExportCommand::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    ApplicationIdentity::apply();
    QCOMPARE(Translations::install(QStringLiteral("en")), QStringLiteral("en"));
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QString error;
    QVERIFY2(DemoDatabase::create(m_demo, &error), qPrintable(error));
}

void TestChartExportCommand::everyFormat_writesAValidFile_data()
{
    QTest::addColumn<QString>("record");
    QTest::addColumn<QString>("suffix");
    for (const char *record : {"agency:ASCCA", "all"}) {
        for (const char *suffix : {"png", "jpg", "jpeg", "svg", "pdf"})
            QTest::addRow("%s .%s", record, suffix)
                << QString::fromLatin1(record) << QString::fromLatin1(suffix);
    }
}

void TestChartExportCommand::everyFormat_writesAValidFile()
{
    QFETCH(QString, record);
    QFETCH(QString, suffix);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("%1.%2").arg(
        QString(record).replace(QLatin1Char(':'), QLatin1Char('-')), suffix));
    const Result result =
        runExportChart(common(record, QStringLiteral("by-year"), path)
                       + QStringList {QStringLiteral("--size"), QStringLiteral("800x450")});
    QCOMPARE(result.command, CommandLine::Command::ExportChart);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    QVERIFY2(result.out.contains(QDir::toNativeSeparators(path)), qPrintable(result.out));
    QVERIFY2(result.out.contains(QLatin1String("by-year")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral("800 × 450")), qPrintable(result.out));
    QCOMPARE(filesIn(dir.path()), QStringList({QFileInfo(path).fileName()}));

    const QByteArray contents = readAll(path);
    if (suffix == QLatin1String("png") || suffix.startsWith(QLatin1String("jp"))) {
        QImageReader reader(path);
        QCOMPARE(reader.format(),
                 suffix == QLatin1String("png") ? QByteArray("png") : QByteArray("jpeg"));
        const QImage image = reader.read();
        QVERIFY2(!image.isNull(), qPrintable(reader.errorString()));
        QCOMPARE(image.size(), QSize(800, 450));
    } else if (suffix == QLatin1String("svg")) {
        QVERIFY(contents.startsWith("<?xml"));
        QVERIFY(contents.contains("<svg"));
        QVERIFY(contents.contains("viewBox=\"0 0 800 450\""));
        const QByteArray name = record == QLatin1String("all") ? "All records" : "ASCCA";
        QVERIFY2(contents.contains(name), name.constData());
    } else {
        QVERIFY(contents.startsWith("%PDF"));
        QVERIFY(contents.trimmed().endsWith("%%EOF"));
    }
}

void TestChartExportCommand::everyChart_exportsAll()
{
    QTemporaryDir dir;
    for (ChartKind kind : allChartKinds()) {
        const QString path = dir.filePath(chartKindName(kind) + QStringLiteral(".png"));
        const Result result =
            runExportChart(common(QStringLiteral("project:TOPCOP"), chartKindName(kind), path)
                           + QStringList {QStringLiteral("--size"), QStringLiteral("400x300")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.out.contains(chartKindName(kind)), qPrintable(result.out));
        QCOMPARE(QImage(path).size(), QSize(400, 300));
    }
    QCOMPARE(filesIn(dir.path()).size(), allChartKinds().size());
}

void TestChartExportCommand::defaultSize_is1600x900()
{
    const QString path = m_dir.filePath(QStringLiteral("default-size.png"));
    const Result result =
        runExportChart(common(QStringLiteral("agency:ASCCA"), QStringLiteral("by-kind"), path));
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.out.contains(QStringLiteral("1600 × 900")), qPrintable(result.out));
    QCOMPARE(QImage(path).size(), QSize(1600, 900));
}

void TestChartExportCommand::sizeWithCapitalXOrTimesSign_isAccepted()
{
    for (const QString &size : {QStringLiteral("640X480"), QStringLiteral("640×480")}) {
        const QString path = m_dir.filePath(QStringLiteral("capital.png"));
        const Result result =
            runExportChart(common(QStringLiteral("all"), QStringLiteral("by-country"), path)
                           + QStringList {QStringLiteral("--size"), size});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(QImage(path).size(), QSize(640, 480));
    }
}

void TestChartExportCommand::emptyChart_isWrittenWithANote()
{
    // CEPOL trains others; none of its own staff are recorded.
    for (ChartKind kind : allChartKinds()) {
        const QString path =
            m_dir.filePath(QStringLiteral("cepol-%1.png").arg(chartKindName(kind)));
        const Result result =
            runExportChart(common(QStringLiteral("agency:CEPOL"), chartKindName(kind), path)
                           + QStringList {QStringLiteral("--size"), QStringLiteral("400x300")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.err.contains(QLatin1String("no training participation")),
                 qPrintable(result.err));
        QVERIFY2(result.err.contains(QLatin1String("CEPOL")), qPrintable(result.err));
        QCOMPARE(QImage(path).size(), QSize(400, 300));
    }
}

void TestChartExportCommand::errors_exitOneNamingTheCulprit_writeNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("culprit");
    // Relative names are made absolute in the test.
    QTest::newRow("unknown record")
        << QStringList {QStringLiteral("agency:NOPE"), QStringLiteral("by-year"),
                        QStringLiteral("out.png")}
        << "NOPE";
    QTest::newRow("unknown kind of record")
        << QStringList {QStringLiteral("moon:1"), QStringLiteral("by-year"),
                        QStringLiteral("out.png")}
        << "moon";
    QTest::newRow("unknown chart")
        << QStringList {QStringLiteral("agency:ASCCA"), QStringLiteral("by-moon"),
                        QStringLiteral("out.png")}
        << "by-moon";
    QTest::newRow("unknown extension")
        << QStringList {QStringLiteral("agency:ASCCA"), QStringLiteral("by-year"),
                        QStringLiteral("out.bmp")}
        << "\"bmp\"";
    QTest::newRow("malformed size")
        << QStringList {QStringLiteral("agency:ASCCA"), QStringLiteral("by-year"),
                        QStringLiteral("out.png"), QStringLiteral("12x")}
        << "\"12x\"";
    QTest::newRow("size out of range")
        << QStringList {QStringLiteral("agency:ASCCA"), QStringLiteral("by-year"),
                        QStringLiteral("out.png"), QStringLiteral("20000x900")}
        << "20000×900";
    QTest::newRow("missing directory")
        << QStringList {QStringLiteral("agency:ASCCA"), QStringLiteral("by-year"),
                        QStringLiteral("missing/out.png")}
        << "missing/out.png";
}

void TestChartExportCommand::errors_exitOneNamingTheCulprit_writeNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, culprit);
    QTemporaryDir dir;
    const QString output = dir.filePath(arguments.at(2));
    QStringList all = common(arguments.at(0), arguments.at(1), output);
    if (arguments.size() > 3)
        all += QStringList {QStringLiteral("--size"), arguments.at(3)};
    const QByteArray before = readAll(m_demo);
    const Result result = runExportChart(all);
    QCOMPARE(result.command, CommandLine::Command::ExportChart);
    QCOMPARE(result.exitCode, int(CommandLine::Failure));
    QVERIFY2(result.err.startsWith(QLatin1String("liaison export-chart: ")),
             qPrintable(result.err));
    QVERIFY2(result.err.contains(QDir::toNativeSeparators(culprit)), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
    QCOMPARE(filesIn(dir.path()), QStringList());
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("missing"))));
    // The record base is only read.
    QCOMPARE(readAll(m_demo), before);
}

void TestChartExportCommand::usageErrors_comeFromTheCommandLine_exitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("messagePart");
    const QString record = QStringLiteral("--record");
    const QString chart = QStringLiteral("--chart");
    const QString output = QStringLiteral("--output");
    QTest::newRow("no --chart") << QStringList {record, QStringLiteral("all"), output,
                                                QStringLiteral("x.png")}
                                << "--chart";
    QTest::newRow("no --output") << QStringList {record, QStringLiteral("all"), chart,
                                                 QStringLiteral("by-year")}
                                 << "--output";
    QTest::newRow("no --record") << QStringList {chart, QStringLiteral("by-year"), output,
                                                 QStringLiteral("x.png")}
                                 << "--record";
    QTest::newRow("--size without a value") << QStringList {record,
                                                            QStringLiteral("all"),
                                                            chart,
                                                            QStringLiteral("by-year"),
                                                            output,
                                                            QStringLiteral("x.png"),
                                                            QStringLiteral("--size")}
                                            << "size";
}

void TestChartExportCommand::usageErrors_comeFromTheCommandLine_exitTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, messagePart);
    const QString cwdFile = QStringLiteral("x.png");
    const Result result = runExportChart(arguments);
    QCOMPARE(result.command, CommandLine::Command::UsageError);
    QCOMPARE(result.exitCode, int(CommandLine::UsageFailure));
    QVERIFY2(result.err.contains(messagePart), qPrintable(result.err));
    QVERIFY2(result.err.contains(QLatin1String("--help")), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
    QVERIFY(!QFileInfo::exists(cwdFile));

    // --chart belongs to export-chart only.
    const CommandLine summary({QStringLiteral("liaison"), QStringLiteral("summary"),
                               QStringLiteral("--record"), QStringLiteral("all"),
                               QStringLiteral("--chart"), QStringLiteral("by-year")});
    QCOMPARE(summary.command(), CommandLine::Command::UsageError);
    QVERIFY2(summary.usageError().contains(QLatin1String("--chart")),
             qPrintable(summary.usageError()));
}

void TestChartExportCommand::realBinary_withoutDisplay_choosesOffscreenByItself()
{
    const QString binary =
        QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/../app/liaison"));
    QVERIFY2(QFileInfo(binary).isExecutable(), qPrintable(binary));
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    const QString output = home.filePath(QStringLiteral("ascca.png"));

    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(binary,
                  {QStringLiteral("export-chart"), QStringLiteral("--database"), m_demo,
                   QStringLiteral("--record"), QStringLiteral("agency:ASCCA"),
                   QStringLiteral("--chart"), QStringLiteral("by-year"), QStringLiteral("--output"),
                   output, QStringLiteral("--size"), QStringLiteral("800x450")});
    QVERIFY2(process.waitForFinished(60000), qPrintable(process.errorString()));
    const QString err = QString::fromLocal8Bit(process.readAllStandardError());
    const QString out = QString::fromLocal8Bit(process.readAllStandardOutput());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 0, qPrintable(err));
    QVERIFY2(out.contains(output), qPrintable(out));

    QImageReader reader(output);
    QCOMPARE(reader.format(), QByteArray("png"));
    const QImage image = reader.read();
    QVERIFY2(!image.isNull(), qPrintable(reader.errorString()));
    QCOMPARE(image.size(), QSize(800, 450));
    // With --database, no per-user record base is made.
    QVERIFY(!QFileInfo::exists(home.filePath(QStringLiteral("data"))));
}

QTEST_MAIN(TestChartExportCommand)
#include "tst_chartexportcommand.moc"
