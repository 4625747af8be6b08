// SPDX-License-Identifier: GPL-3.0-or-later
#include "applicationidentity.h"
#include "chartdata.h"
#include "chartexporter.h"
#include "chartpane.h"
#include "database.h"
#include "demodatabase.h"
#include "detailpane.h"
#include "mainwindow.h"
#include "participationstats.h"
#include "translations.h"

#include <QAbstractAxis>
#include <QAbstractButton>
#include <QChart>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLegendMarker>
#include <QLineEdit>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTreeView>
#include <QXmlStreamReader>

using namespace liaison;

namespace {

using Texts = QMap<QString, QString>; // where -> text

void addMenuTexts(QMenu *menu, const QString &where, Texts &texts)
{
    texts.insert(where + QStringLiteral("/title"), menu->title());
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        const QString key = where + QLatin1Char('/')
            + (action->objectName().isEmpty() ? QString::number(menu->actions().indexOf(action))
                                              : action->objectName());
        if (action->menu()) {
            addMenuTexts(action->menu(), key, texts);
            continue;
        }
        texts.insert(key + QStringLiteral("/text"), action->text());
        texts.insert(key + QStringLiteral("/statusTip"), action->statusTip());
        texts.insert(key + QStringLiteral("/toolTip"), action->toolTip());
    }
}

// Every piece of interface text the main window shows, keyed by where it is.
Texts collectTexts(MainWindow &window)
{
    Texts texts;
    // Title bar: "<record> — <file> — Liaison": only the record and file are
    // data, so compare the chrome around them through the pane's title.
    for (QAction *action : window.menuBar()->actions())
        addMenuTexts(action->menu(),
                     QStringLiteral("menu:")
                         + QString::number(window.menuBar()->actions().indexOf(action)),
                     texts);
    const auto widgets = window.findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(&window))
            continue;
        const QString where = QString::fromLatin1(widget->metaObject()->className())
            + QLatin1Char(':')
            + (widget->objectName().isEmpty() ? QString::number(widgets.indexOf(widget))
                                              : widget->objectName());
        texts.insert(where + QStringLiteral("/toolTip"), widget->toolTip());
        texts.insert(where + QStringLiteral("/accessibleName"), widget->accessibleName());
        if (auto *label = qobject_cast<QLabel *>(widget))
            texts.insert(where + QStringLiteral("/text"), label->text());
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            texts.insert(where + QStringLiteral("/text"), button->text());
        if (auto *edit = qobject_cast<QLineEdit *>(widget))
            texts.insert(where + QStringLiteral("/placeholder"), edit->placeholderText());
        if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                texts.insert(where + QStringLiteral("/item") + QString::number(i),
                             combo->itemText(i));
        }
        if (auto *dock = qobject_cast<QDockWidget *>(widget))
            texts.insert(where + QStringLiteral("/title"), dock->windowTitle());
        if (auto *toolBar = qobject_cast<QToolBar *>(widget)) {
            texts.insert(where + QStringLiteral("/title"), toolBar->windowTitle());
            for (QAction *action : toolBar->actions())
                texts.insert(where + QStringLiteral("/action/")
                                 + QString::number(toolBar->actions().indexOf(action)),
                             action->toolTip());
        }
        if (auto *tree = qobject_cast<QTreeView *>(widget)) {
            for (int column = 0; column < tree->model()->columnCount(); ++column)
                texts.insert(where + QStringLiteral("/header") + QString::number(column),
                             tree->model()->headerData(column, Qt::Horizontal).toString());
            // The group nodes (agencies, projects, their groups) are interface text.
            const QModelIndex agencies = tree->model()->index(0, 0);
            texts.insert(where + QStringLiteral("/root0"), agencies.data().toString());
            texts.insert(where + QStringLiteral("/root1"),
                         tree->model()->index(1, 0).data().toString());
            for (int row = 0; row < 2 && row < tree->model()->rowCount(agencies); ++row)
                texts.insert(where + QStringLiteral("/group") + QString::number(row),
                             tree->model()->index(row, 0, agencies).data().toString());
        }
    }
    if (auto *pane = window.findChild<ChartPane *>(QStringLiteral("chartPane"));
        pane && pane->chart()) {
        QChart *chart = pane->chart();
        texts.insert(QStringLiteral("chart/title"), chart->title());
        for (QAbstractAxis *axis : chart->axes())
            texts.insert(QStringLiteral("chart/axis/")
                             + QString::number(chart->axes().indexOf(axis)),
                         axis->titleText());
    }
    // Drop empty texts: nothing to translate there.
    for (auto it = texts.begin(); it != texts.end();) {
        if (it.value().trimmed().isEmpty())
            it = texts.erase(it);
        else
            ++it;
    }
    return texts;
}

bool hasLetters(const QString &text)
{
    for (const QChar c : text) {
        if (c.isLetter())
            return true;
    }
    return false;
}

// Strings a translator kept as they are on purpose (e.g. "Webinar" in
// Romanian), read from the catalogue itself.
QSet<QString> identicalInCatalogue(const QString &code)
{
    QSet<QString> same;
    for (const QString &name :
         {QStringLiteral("liaison_%1.ts"), QStringLiteral("qtstrings_%1.ts")}) {
        QFile file(QStringLiteral(LIAISON_SOURCE_DIR "/translations/") + name.arg(code));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        QXmlStreamReader xml(&file);
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("source"))
                source = xml.readElementText();
            else if (xml.isStartElement() && xml.name() == QLatin1String("translation")) {
                const QString translation =
                    xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (translation == source)
                    same.insert(QString(source).remove(QLatin1Char('&')));
            }
        }
    }
    return same;
}

} // namespace

class TestLanguageSwitch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void switchAtRunTime_leavesNoEnglish_data();
    void switchAtRunTime_leavesNoEnglish();
    void choice_persistsAcrossARestart();
    void dates_followTheLanguage();
    void exportedSvg_isInTheLanguage_data();
    void exportedSvg_isInTheLanguage();
    void commandLineLanguage_translatesTheExport();

private:
    QTemporaryDir m_dir;
    QString m_demo;
    QSet<QString> m_dataTexts;
};

void TestLanguageSwitch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    ApplicationIdentity::apply();
    QSettings().clear();
    Translations::install(QStringLiteral("en"));
    m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QString error;
    QVERIFY2(DemoDatabase::create(m_demo, &error), qPrintable(error));
    // Names and acronyms from the records stay as they are in every language.
    Database db;
    QVERIFY(db.open(m_demo, Database::OpenMode::ReadOnly));
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(
        QStringLiteral("SELECT acronym FROM agencies UNION SELECT acronym FROM projects "
                       "UNION SELECT name FROM agencies UNION SELECT name FROM projects")));
    while (query.next())
        m_dataTexts.insert(query.value(0).toString());
    m_dataTexts.insert(m_demo); // the status bar's path
}

void TestLanguageSwitch::cleanupTestCase()
{
    Translations::install(QStringLiteral("en"));
}

void TestLanguageSwitch::switchAtRunTime_leavesNoEnglish_data()
{
    QTest::addColumn<QString>("code");
    for (const Translations::Language &language : Translations::shipped()) {
        if (language.code != QLatin1String("en"))
            QTest::newRow(qPrintable(language.code)) << language.code;
    }
}

void TestLanguageSwitch::switchAtRunTime_leavesNoEnglish()
{
    QFETCH(QString, code);
    Translations::install(QStringLiteral("en"));
    QSettings().remove(QStringLiteral("ui/language"));
    MainWindow window;
    QVERIFY(window.openRecordBase(m_demo));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.navigateTo(RecordId::of(RecordKind::Agency, 1)); // ASCCA, with its chart
    // Both panes read on worker threads; the chart takes its name from the page.
    QVERIFY(window.findChild<DetailPane *>(QStringLiteral("detailPane"))->waitForLoaded());
    QVERIFY(window.findChild<ChartPane *>(QStringLiteral("chartPane"))->waitForLoaded());
    QCoreApplication::processEvents();
    const Texts english = collectTexts(window);
    QVERIFY(english.size() > 60);
    const QString englishPane =
        window.findChild<DetailPane *>(QStringLiteral("detailPane"))->plainText();

    // Switch from the menu, as a user does.
    auto *action = window.findChild<QAction *>(QStringLiteral("language_") + code);
    QVERIFY(action);
    action->trigger();
    QCoreApplication::processEvents(); // LanguageChange is posted
    QCOMPARE(Translations::currentLanguage(), code);

    const Texts translated = collectTexts(window);
    const QSet<QString> keptOnPurpose = identicalInCatalogue(code);
    QStringList english_left;
    for (auto it = english.cbegin(); it != english.cend(); ++it) {
        const QString now = translated.value(it.key());
        if (now != it.value() || !hasLetters(now))
            continue;
        const QString plain = QString(now).remove(QLatin1Char('&'));
        if (m_dataTexts.contains(plain) || keptOnPurpose.contains(plain))
            continue;
        bool isLanguageName = false;
        for (const Translations::Language &language : Translations::shipped())
            isLanguageName = isLanguageName || plain == language.nativeName;
        if (isLanguageName || plain == QLatin1String("About &Qt")
            || plain == QLatin1String("Liaison"))
            continue;
        english_left << it.key() + QStringLiteral(" = \"") + now + QLatin1Char('"');
    }
    QVERIFY2(english_left.isEmpty(), qPrintable(english_left.join(QLatin1Char('\n'))));

    // The detail pane's labels change too; the record's name does not.
    const QString pane = window.findChild<DetailPane *>(QStringLiteral("detailPane"))->plainText();
    QVERIFY(pane.contains(QStringLiteral("ASCCA")));
    for (const char *heading : {"Sub-agencies", "People", "Agreements", "Source", "Participants"}) {
        QVERIFY(englishPane.contains(QLatin1String(heading)));
        QVERIFY2(!pane.contains(QLatin1String(heading)), heading);
    }

    // And back to English: everything as it was.
    window.findChild<QAction *>(QStringLiteral("language_en"))->trigger();
    QCoreApplication::processEvents();
    QCOMPARE(collectTexts(window), english);
}

void TestLanguageSwitch::choice_persistsAcrossARestart()
{
    Translations::install(QStringLiteral("en"));
    {
        MainWindow window;
        window.findChild<QAction *>(QStringLiteral("language_ka"))->trigger();
        QCoreApplication::processEvents();
    }
    QCOMPARE(Translations::savedLanguage(), QStringLiteral("ka"));
    // What main() does on the next start.
    Translations::install(QStringLiteral("en"));
    QCOMPARE(Translations::install(Translations::savedLanguage()), QStringLiteral("ka"));
    MainWindow restarted;
    QVERIFY(restarted.findChild<QAction *>(QStringLiteral("language_ka"))->isChecked());
    QCOMPARE(restarted.menuBar()->actions().at(0)->text(),
             QCoreApplication::translate("liaison::MainWindow", "&File"));
    QVERIFY(restarted.menuBar()->actions().at(0)->text() != QLatin1String("&File"));
    // "System default" forgets the choice.
    restarted.findChild<QMenu *>(QStringLiteral("languageMenu"))->actions().at(0)->trigger();
    QCoreApplication::processEvents();
    QCOMPARE(Translations::savedLanguage(), QString());
    Translations::install(QStringLiteral("en"));
}

void TestLanguageSwitch::dates_followTheLanguage()
{
    Translations::install(QStringLiteral("en"));
    MainWindow window;
    QVERIFY(window.openRecordBase(m_demo));
    window.navigateTo(RecordId::of(RecordKind::Project, 1)); // TOPCOP: ASCCA since April 2021
    auto *pane = window.findChild<DetailPane *>(QStringLiteral("detailPane"));
    QVERIFY2(pane->plainText().contains(QStringLiteral("April 2021")),
             qPrintable(pane->plainText()));
    window.findChild<QAction *>(QStringLiteral("language_pl"))->trigger();
    QCoreApplication::processEvents();
    QVERIFY2(pane->plainText().contains(QStringLiteral("kwiecień 2021")),
             qPrintable(pane->plainText()));
    window.findChild<QAction *>(QStringLiteral("language_en"))->trigger();
    QCoreApplication::processEvents();
    QSettings().remove(QStringLiteral("ui/language"));
}

namespace {

// The text of every <text> element of an SVG file.
QStringList svgTexts(const QString &path)
{
    QStringList texts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return texts;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("text"))
            texts.append(xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified());
    }
    return xml.hasError() ? QStringList {QStringLiteral("<invalid XML>")} : texts;
}

} // namespace

void TestLanguageSwitch::exportedSvg_isInTheLanguage_data()
{
    QTest::addColumn<QString>("code");
    for (const Translations::Language &language : Translations::shipped())
        QTest::newRow(qPrintable(language.code)) << language.code;
}

void TestLanguageSwitch::exportedSvg_isInTheLanguage()
{
    QFETCH(QString, code);
    QCOMPARE(Translations::install(code), code);
    Database db;
    QVERIFY(db.open(m_demo, Database::OpenMode::ReadOnly));
    const ParticipationStats stats(db);
    const auto data =
        ChartData::build(stats, StatsScope(StatsScope::Type::Agency, 1), ChartKind::ByYear);
    QVERIFY(data.has_value());
    const QString path = m_dir.filePath(QStringLiteral("ascca-%1.svg").arg(code));
    QString error;
    QVERIFY2(
        ChartExporter::write(*data, QStringLiteral("ASCCA"), path, QSize(1200, 675), 1.0, &error),
        qPrintable(error));
    const QStringList texts = svgTexts(path);
    const QString title =
        QCoreApplication::translate("liaison::ChartFactory", "%1: participants by year")
            .arg(QStringLiteral("ASCCA"));
    const QString yearAxis = QCoreApplication::translate("liaison::ChartFactory", "Year");
    const QString valueAxis = QCoreApplication::translate("liaison::ChartFactory", "Participants");
    if (code != QLatin1String("en")) {
        QVERIFY(yearAxis != QLatin1String("Year"));
        QVERIFY(valueAxis != QLatin1String("Participants"));
    }
    // The SVG splits text into runs where the script changes ("ASCCA" |
    // "учасники…"): compare without the gaps between runs.
    const auto squeeze = [](QString text) {
        return text.remove(QRegularExpression(QStringLiteral("\\s")));
    };
    QVERIFY2(squeeze(texts.join(QString())).contains(squeeze(title)),
             qPrintable(texts.join(QLatin1Char('|'))));
    QVERIFY2(texts.contains(yearAxis), qPrintable(texts.join(QLatin1Char('|'))));
    QVERIFY2(texts.contains(valueAxis), qPrintable(texts.join(QLatin1Char('|'))));
    Translations::install(QStringLiteral("en"));
}

void TestLanguageSwitch::commandLineLanguage_translatesTheExport()
{
    // The real program, with --language and no display at all.
    const QString program =
        QCoreApplication::applicationDirPath() + QStringLiteral("/../app/liaison");
    QVERIFY(QFile::exists(program));
    const QString path = m_dir.filePath(QStringLiteral("ascca-az-cli.svg"));
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QLatin1String(name));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                       m_dir.filePath(QStringLiteral("cli-config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("cli-data")));
    process.setProcessEnvironment(environment);
    process.start(program,
                  {QStringLiteral("export-chart"), QStringLiteral("--database"), m_demo,
                   QStringLiteral("--record"), QStringLiteral("agency:ASCCA"),
                   QStringLiteral("--chart"), QStringLiteral("by-year"), QStringLiteral("--output"),
                   path, QStringLiteral("--language"), QStringLiteral("az")});
    QVERIFY(process.waitForFinished(60000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    Translations::install(QStringLiteral("az"));
    const QString yearAxis = QCoreApplication::translate("liaison::ChartFactory", "Year");
    Translations::install(QStringLiteral("en"));
    QVERIFY(yearAxis != QLatin1String("Year"));
    QVERIFY2(svgTexts(path).contains(yearAxis), qPrintable(svgTexts(path).join(QLatin1Char('|'))));
}

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
