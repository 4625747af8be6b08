// SPDX-License-Identifier: GPL-3.0-or-later
#include "applicationidentity.h"
#include "chartdata.h"
#include "chartexporter.h"
#include "chartfactory.h"
#include "database.h"
#include "demodatabase.h"
#include "participationstats.h"
#include "translations.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QImage>
#include <QImageReader>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <cmath>

using namespace liaison;

namespace {

const QString AsccaName = QStringLiteral("ASCCA");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size();
}

// Files in a folder, hidden ones (a temporary file left behind) included.
QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System);
}

struct Pixels
{
    int distinctColours = 0;
    double nonWhiteShare = 0;
};

Pixels pixelsOf(const QImage &image)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    QSet<QRgb> colours;
    qint64 nonWhite = 0;
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x) {
            colours.insert(line[x] & 0xffffff);
            if (qRed(line[x]) < 240 || qGreen(line[x]) < 240 || qBlue(line[x]) < 240)
                ++nonWhite;
        }
    }
    return {int(colours.size()), double(nonWhite) / (double(rgb.width()) * rgb.height())};
}

// A length of the root <svg> element in pixels (CSS: 96 px to the inch).
double svgLengthInPixels(QString length)
{
    double factor = 1.0;
    if (length.endsWith(QLatin1String("mm"))) {
        factor = 96.0 / 25.4;
        length.chop(2);
    } else if (length.endsWith(QLatin1String("px"))) {
        length.chop(2);
    }
    bool ok = false;
    const double value = length.toDouble(&ok);
    return ok ? value * factor : -1;
}

// "/Type /Page" objects, not the "/Type /Pages" tree.
int pdfPageCount(const QByteArray &pdf)
{
    int pages = 0;
    const QByteArray marker("/Type /Page");
    for (qsizetype at = pdf.indexOf(marker); at >= 0; at = pdf.indexOf(marker, at + 1)) {
        const char next = at + marker.size() < pdf.size() ? pdf.at(at + marker.size()) : '\0';
        if (next != 's')
            ++pages;
    }
    return pages;
}

} // namespace

class TestChartExporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void png_hasTheRequestedSizeTimesScale_andIsNotBlank_data();
    void png_hasTheRequestedSizeTimesScale_andIsNotBlank();
    void jpeg_loadsAtTheRequestedSize_data();
    void jpeg_loadsAtTheRequestedSize();
    void svg_isWellFormed_withRealTextAndFonts();
    void pdf_hasOnePage_titleAndEmbeddedFonts();
    void renderImage_hasTheScaledSizeAndPixelRatio();
    void everyChartKind_exportsToEveryFormat();
    void emptyChart_isExportedWithItsTitle();
    void unknownExtension_failsNamingIt_writesNothing();
    void missingDirectory_failsNamingThePath_leavesNoFile();
    void unwritableDirectory_failsNamingThePath_leavesNoFile();
    void existingFile_isNotDamagedWhenWritingFails();
    void existingFile_isReplacedWhenWritingSucceeds();
    void formatForPath_data();
    void formatForPath();

private:
    ChartData build(const StatsScope &scope, ChartKind kind) const;
    QString outPath(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    Database m_db;
    ChartData m_asccaByYear;
};

void TestChartExporter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    ApplicationIdentity::apply();
    QCOMPARE(Translations::install(QStringLiteral("en")), QStringLiteral("en"));
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QString error;
    QVERIFY2(DemoDatabase::create(path, &error), qPrintable(error));
    QVERIFY2(m_db.open(path, Database::OpenMode::ReadOnly), qPrintable(m_db.errorString()));
    m_asccaByYear = build(StatsScope(StatsScope::Type::Agency, 1), ChartKind::ByYear);
    QCOMPARE(m_asccaByYear.total, 286);
}

ChartData TestChartExporter::build(const StatsScope &scope, ChartKind kind) const
{
    const ParticipationStats stats(m_db);
    const auto data = ChartData::build(stats, scope, kind);
    if (!data)
        qFatal("ChartData::build failed: %s", qPrintable(stats.errorString()));
    return *data;
}

void TestChartExporter::png_hasTheRequestedSizeTimesScale_andIsNotBlank_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<qreal>("scale");
    QTest::newRow("800x450 at 1x") << QSize(800, 450) << qreal(1.0);
    QTest::newRow("800x450 at 2x") << QSize(800, 450) << qreal(2.0);
    QTest::newRow("default size at 1x") << ChartExporter::defaultSize() << qreal(1.0);
}

void TestChartExporter::png_hasTheRequestedSizeTimesScale_andIsNotBlank()
{
    QFETCH(QSize, size);
    QFETCH(qreal, scale);
    const QString path = outPath(
        QStringLiteral("ascca-%1x%2@%3.png").arg(size.width()).arg(size.height()).arg(scale));
    QString error;
    QVERIFY2(ChartExporter::write(m_asccaByYear, AsccaName, path, size, scale, &error),
             qPrintable(error));
    QImageReader reader(path);
    QCOMPARE(reader.format(), QByteArray("png"));
    const QImage image = reader.read();
    QVERIFY2(!image.isNull(), qPrintable(reader.errorString()));
    QCOMPARE(image.size(), QSize(qRound(size.width() * scale), qRound(size.height() * scale)));
    const Pixels pixels = pixelsOf(image);
    // Antialiased text and five coloured stacks, on white.
    QVERIFY2(pixels.distinctColours > 50, qPrintable(QString::number(pixels.distinctColours)));
    QVERIFY2(pixels.nonWhiteShare > 0.03, qPrintable(QString::number(pixels.nonWhiteShare)));
    QVERIFY2(pixels.nonWhiteShare < 0.9, qPrintable(QString::number(pixels.nonWhiteShare)));
    // The corner is the chart's white background, not a transparent hole.
    QCOMPARE(image.pixelColor(0, 0).alpha(), 255);
}

void TestChartExporter::jpeg_loadsAtTheRequestedSize_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow(".jpg") << QStringLiteral("ascca.jpg");
    QTest::newRow(".jpeg") << QStringLiteral("ascca.jpeg");
    QTest::newRow(".JPG") << QStringLiteral("ascca-upper.JPG");
}

void TestChartExporter::jpeg_loadsAtTheRequestedSize()
{
    QFETCH(QString, name);
    const QString path = outPath(name);
    QString error;
    QVERIFY2(ChartExporter::write(m_asccaByYear, AsccaName, path, QSize(640, 400), 1.0, &error),
             qPrintable(error));
    QImageReader reader(path);
    QCOMPARE(reader.format(), QByteArray("jpeg"));
    const QImage image = reader.read();
    QVERIFY2(!image.isNull(), qPrintable(reader.errorString()));
    QCOMPARE(image.size(), QSize(640, 400));
    const Pixels pixels = pixelsOf(image);
    QVERIFY(pixels.distinctColours > 50);
    QVERIFY(pixels.nonWhiteShare > 0.03);
}

void TestChartExporter::svg_isWellFormed_withRealTextAndFonts()
{
    const QSize size(800, 450);
    const QString path = outPath(QStringLiteral("ascca.svg"));
    QString error;
    QVERIFY2(ChartExporter::write(m_asccaByYear, AsccaName, path, size, 1.0, &error),
             qPrintable(error));
    const QByteArray svg = readAll(path);
    QVERIFY(!svg.isEmpty());

    QXmlStreamReader xml(svg);
    QStringList families; // the innermost font-family in force, per open element
    bool sawRoot = false;
    QStringList texts;
    QStringList asccaFamilies;
    QString title;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement()) {
            families.removeLast();
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        const QString inherited = families.isEmpty() ? QString() : families.constLast();
        const QString family = attributes.hasAttribute(QLatin1String("font-family"))
            ? attributes.value(QLatin1String("font-family")).toString()
            : inherited;
        families.append(family);
        if (!sawRoot) {
            sawRoot = true;
            QCOMPARE(xml.name(), QLatin1String("svg"));
            const double width =
                svgLengthInPixels(attributes.value(QLatin1String("width")).toString());
            const double height =
                svgLengthInPixels(attributes.value(QLatin1String("height")).toString());
            QVERIFY2(std::abs(width - size.width()) < 1.0, qPrintable(QString::number(width)));
            QVERIFY2(std::abs(height - size.height()) < 1.0, qPrintable(QString::number(height)));
            const QStringList viewBox = attributes.value(QLatin1String("viewBox"))
                                            .toString()
                                            .split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QCOMPARE(viewBox,
                     QStringList({QStringLiteral("0"), QStringLiteral("0"),
                                  QString::number(size.width()), QString::number(size.height())}));
            continue;
        }
        if (xml.name() == QLatin1String("title")) {
            title = xml.readElementText();
            families.removeLast(); // readElementText consumed the end element
        } else if (xml.name() == QLatin1String("text")) {
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            families.removeLast();
            texts.append(text);
            if (text.contains(QLatin1String("ASCCA")))
                asccaFamilies.append(family);
        }
    }
    QVERIFY2(
        !xml.hasError(),
        qPrintable(QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString())));
    QVERIFY(sawRoot);
    QVERIFY(families.isEmpty());
    QVERIFY2(!asccaFamilies.isEmpty(), qPrintable(texts.join(QLatin1Char('|'))));
    const QStringList installed = QFontDatabase::families();
    for (const QString &family : std::as_const(asccaFamilies)) {
        QVERIFY2(!family.isEmpty(), "the title's text names no font");
        QVERIFY2(family.compare(QLatin1String("Sans Serif"), Qt::CaseInsensitive) != 0,
                 qPrintable(family));
        QVERIFY2(installed.contains(family), qPrintable(family));
    }
    // Axis labels are text too: the years and the undated bar.
    QVERIFY2(texts.contains(QStringLiteral("2023")), qPrintable(texts.join(QLatin1Char('|'))));
    QVERIFY2(texts.contains(QStringLiteral("Undated")), qPrintable(texts.join(QLatin1Char('|'))));
    QCOMPARE(title, ChartFactory::title(m_asccaByYear, AsccaName));
}

void TestChartExporter::pdf_hasOnePage_titleAndEmbeddedFonts()
{
    const QString path = outPath(QStringLiteral("ascca.pdf"));
    QString error;
    QVERIFY2(ChartExporter::write(m_asccaByYear, AsccaName, path, QSize(800, 450), 1.0, &error),
             qPrintable(error));
    const QByteArray pdf = readAll(path);
    QVERIFY(pdf.startsWith("%PDF"));
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));
    QCOMPARE(pdfPageCount(pdf), 1);
    QVERIFY(pdf.contains("/Type /Pages"));

    // The title, in the XMP metadata (UTF-8) or the document information
    // dictionary (UTF-16BE).
    const QString title = ChartFactory::title(m_asccaByYear, AsccaName);
    QVERIFY(title.contains(QLatin1String("ASCCA")));
    QByteArray utf16;
    for (const QChar c : title) {
        utf16.append(char(c.unicode() >> 8));
        utf16.append(char(c.unicode() & 0xff));
    }
    QVERIFY2(pdf.contains(title.toUtf8()) || pdf.contains(utf16), qPrintable(title));
    QVERIFY(pdf.contains("/Title"));

    // Fonts embedded, not merely named.
    QVERIFY(pdf.contains("/FontFile2") || pdf.contains("/FontFile3") || pdf.contains("/FontFile"));
    QVERIFY(pdf.contains("/FontDescriptor"));

    // The page has the chart's proportions: 800x450 px at 96 dpi = 600x337.5 pt.
    const qsizetype box = pdf.indexOf("/MediaBox");
    QVERIFY(box >= 0);
    const QByteArray numbers = pdf.mid(box, 80)
                                   .mid(pdf.mid(box, 80).indexOf('[') + 1)
                                   .split(']')
                                   .constFirst()
                                   .simplified();
    const QList<QByteArray> corners = numbers.split(' ');
    QCOMPARE(corners.size(), 4);
    const double width = corners.at(2).toDouble() - corners.at(0).toDouble();
    const double height = corners.at(3).toDouble() - corners.at(1).toDouble();
    QVERIFY2(std::abs(width - 600.0) < 1.5, numbers.constData());
    QVERIFY2(std::abs(height - 337.5) < 1.5, numbers.constData());
}

void TestChartExporter::renderImage_hasTheScaledSizeAndPixelRatio()
{
    const QImage image = ChartExporter::renderImage(m_asccaByYear, AsccaName, QSize(400, 300), 2.0);
    QCOMPARE(image.size(), QSize(800, 600));
    QCOMPARE(image.devicePixelRatio(), 2.0);
    QVERIFY(pixelsOf(image).distinctColours > 50);
}

void TestChartExporter::everyChartKind_exportsToEveryFormat()
{
    for (ChartKind kind : allChartKinds()) {
        const ChartData data = build(StatsScope(), kind);
        for (const char *suffix : {"png", "jpg", "svg", "pdf"}) {
            const QString path = outPath(
                QStringLiteral("all-%1.%2").arg(chartKindName(kind), QLatin1String(suffix)));
            QString error;
            QVERIFY2(ChartExporter::write(data, QStringLiteral("All records"), path,
                                          QSize(600, 400), 1.0, &error),
                     qPrintable(error));
            QVERIFY2(QFileInfo(path).size() > 1000, qPrintable(path));
        }
    }
}

void TestChartExporter::emptyChart_isExportedWithItsTitle()
{
    // CEPOL (agency 3) has no participation: the export still writes the
    // chart's frame and title (export-chart says so in a note).
    for (ChartKind kind : allChartKinds()) {
        const ChartData data = build(StatsScope(StatsScope::Type::Agency, 3), kind);
        QVERIFY(data.isEmpty());
        const QString path = outPath(QStringLiteral("cepol-%1.png").arg(chartKindName(kind)));
        QString error;
        QVERIFY2(
            ChartExporter::write(data, QStringLiteral("CEPOL"), path, QSize(400, 300), 1.0, &error),
            qPrintable(error));
        const QImage image(path);
        QCOMPARE(image.size(), QSize(400, 300));
        QVERIFY(pixelsOf(image).nonWhiteShare > 0.001);
    }
}

void TestChartExporter::unknownExtension_failsNamingIt_writesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("chart.bmp"));
    QString error;
    QVERIFY(!ChartExporter::write(m_asccaByYear, AsccaName, path, QSize(800, 450), 1.0, &error));
    QVERIFY2(error.contains(QLatin1String("\"bmp\"")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("chart.bmp")), qPrintable(error));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(filesIn(dir.path()), QStringList());
    // No extension at all is refused the same way.
    const QString bare = dir.filePath(QStringLiteral("chart"));
    QVERIFY(!ChartExporter::write(m_asccaByYear, AsccaName, bare, QSize(800, 450), 1.0, &error));
    QVERIFY2(error.contains(QLatin1String("chart")), qPrintable(error));
    QCOMPARE(filesIn(dir.path()), QStringList());
}

void TestChartExporter::missingDirectory_failsNamingThePath_leavesNoFile()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("no-such-folder"));
    const QString path = missing + QStringLiteral("/chart.png");
    QString error;
    QVERIFY(!ChartExporter::write(m_asccaByYear, AsccaName, path, QSize(800, 450), 1.0, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY(!QFileInfo::exists(missing));
    QCOMPARE(filesIn(dir.path()), QStringList());
}

void TestChartExporter::unwritableDirectory_failsNamingThePath_leavesNoFile()
{
    // A "folder" that is a regular file cannot hold anything, whoever runs
    // the test (permissions do not stop root).
    QTemporaryDir dir;
    const QString notAFolder = dir.filePath(QStringLiteral("plain-file"));
    QVERIFY(writeFile(notAFolder, "not a folder"));
    for (const char *suffix : {"png", "svg", "pdf"}) {
        const QString path = notAFolder + QStringLiteral("/chart.") + QLatin1String(suffix);
        QString error;
        QVERIFY(
            !ChartExporter::write(m_asccaByYear, AsccaName, path, QSize(800, 450), 1.0, &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        QCOMPARE(filesIn(dir.path()), QStringList({QStringLiteral("plain-file")}));
        QCOMPARE(readAll(notAFolder), QByteArray("not a folder"));
    }
}

void TestChartExporter::existingFile_isNotDamagedWhenWritingFails()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.png"));
    QString error;
    QVERIFY2(ChartExporter::write(m_asccaByYear, AsccaName, path, QSize(300, 200), 1.0, &error),
             qPrintable(error));
    const QByteArray before = readAll(path);
    QVERIFY(!before.isEmpty());

    // Sizes out of range.
    for (const QSize size : {QSize(50, 50), QSize(20000, 900), QSize(800, 0)}) {
        error.clear();
        QVERIFY(!ChartExporter::write(m_asccaByYear, AsccaName, path, size, 1.0, &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("%1×%2").arg(size.width()).arg(size.height())),
                 qPrintable(error));
        QCOMPARE(QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256),
                 QCryptographicHash::hash(before, QCryptographicHash::Sha256));
    }
    QCOMPARE(filesIn(dir.path()), QStringList({QStringLiteral("report.png")}));
    QCOMPARE(QImage(path).size(), QSize(300, 200));
}

void TestChartExporter::existingFile_isReplacedWhenWritingSucceeds()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("chart.png"));
    QVERIFY(writeFile(path, "old contents"));
    QString error;
    QVERIFY2(ChartExporter::write(m_asccaByYear, AsccaName, path, QSize(320, 240), 1.0, &error),
             qPrintable(error));
    QCOMPARE(QImage(path).size(), QSize(320, 240));
    QCOMPARE(filesIn(dir.path()), QStringList({QStringLiteral("chart.png")}));
}

void TestChartExporter::formatForPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("format"); // -1: none
    QTest::newRow(".PNG") << QStringLiteral("/tmp/CHART.PNG") << int(ChartExporter::Format::Png);
    QTest::newRow(".png") << QStringLiteral("chart.png") << int(ChartExporter::Format::Png);
    QTest::newRow(".jpeg") << QStringLiteral("a/b.jpeg") << int(ChartExporter::Format::Jpeg);
    QTest::newRow(".JPG") << QStringLiteral("chart.JPG") << int(ChartExporter::Format::Jpeg);
    QTest::newRow(".svg") << QStringLiteral("chart.svg") << int(ChartExporter::Format::Svg);
    QTest::newRow(".pdf") << QStringLiteral("report.v2.pdf") << int(ChartExporter::Format::Pdf);
    QTest::newRow(".txt") << QStringLiteral("chart.txt") << -1;
    QTest::newRow(".bmp") << QStringLiteral("chart.bmp") << -1;
    QTest::newRow("no extension") << QStringLiteral("chart") << -1;
    QTest::newRow("folder named .png") << QStringLiteral("x.png/chart") << -1;
}

void TestChartExporter::formatForPath()
{
    QFETCH(QString, path);
    QFETCH(int, format);
    const auto found = ChartExporter::formatForPath(path);
    QCOMPARE(found.has_value(), format >= 0);
    if (found)
        QCOMPARE(int(*found), format);
}

QTEST_MAIN(TestChartExporter)
#include "tst_chartexporter.moc"
