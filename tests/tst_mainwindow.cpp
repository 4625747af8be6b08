// SPDX-License-Identifier: GPL-3.0-or-later
#include "applicationidentity.h"
#include "defaultdatabase.h"
#include "demodatabase.h"
#include "mainwindow.h"
#include "translations.h"

#include <QFile>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QImage>
#include <QLabel>
#include <QMenuBar>
#include <QPainter>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace liaison;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fontsDrawEveryScriptOfTheRegion();
    void openRecordBase_showsPathCountsAndTitle();
    void menus_fileEditViewHelp();
    void openFailure_keepsTheCurrentRecordBase();
    void startup_withoutPath_opensTheDemoAtTheDefaultPath();
    void windowGeometry_isRemembered();
    void quitShortcut_closesTheWindow();

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    ApplicationIdentity::apply();
    QSettings().clear();
    QVERIFY(Translations::install(QLocale(QLocale::English)));
    m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QString error;
    QVERIFY2(DemoDatabase::create(m_demo, &error), qPrintable(error));
}

void TestMainWindow::fontsDrawEveryScriptOfTheRegion()
{
    // Without fonts every glyph is an empty box and nothing else fails.
    QVERIFY(!QFontDatabase::families().isEmpty());
    const QFont font = QApplication::font();
    const QFontMetrics metrics(font);
    // Latin, Azerbaijani schwa, Cyrillic, Georgian, Armenian, Romanian, Polish.
    for (const char32_t c : {U'A', U'ə', U'Ж', U'ქ', U'Հ', U'ș', U'ł'}) {
        const QString text = QString::fromUcs4(&c, 1);
        QVERIFY2(metrics.inFontUcs4(c), qPrintable(QStringLiteral("no glyph for ") + text));
        QImage image(40, 40, QImage::Format_RGB32);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            painter.setFont(font);
            painter.setPen(Qt::black);
            painter.drawText(image.rect(), Qt::AlignCenter, text);
        }
        int dark = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                dark += qGray(image.pixel(x, y)) < 128;
        QVERIFY2(dark > 3, qPrintable(QStringLiteral("nothing drawn for ") + text));
    }
}

void TestMainWindow::openRecordBase_showsPathCountsAndTitle()
{
    MainWindow window;
    QVERIFY2(window.openRecordBase(m_demo), qPrintable(window.errorString()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const auto *counts = window.findChild<QLabel *>(QStringLiteral("recordCounts"));
    const auto *path = window.findChild<QLabel *>(QStringLiteral("recordBasePath"));
    QVERIFY(counts && path);
    QVERIFY2(counts->text().contains(QStringLiteral("17 agencies")), qPrintable(counts->text()));
    QVERIFY2(counts->text().contains(QStringLiteral("24 events")), qPrintable(counts->text()));
    // English plural forms come from the embedded English catalogue.
    QVERIFY2(counts->text().contains(QStringLiteral("1 agreement")), qPrintable(counts->text()));
    QVERIFY2(!counts->text().contains(QStringLiteral("1 agreements")), qPrintable(counts->text()));
    QCOMPARE(path->text(), m_demo);
    QVERIFY(window.windowTitle().contains(QStringLiteral("demo.sqlite")));
    const auto *overview = window.findChild<QTextBrowser *>(QStringLiteral("overview"));
    QVERIFY(overview);
    QVERIFY2(overview->toPlainText().contains(QStringLiteral("891 participants")),
             qPrintable(overview->toPlainText()));
    QVERIFY(overview->toPlainText().contains(QStringLiteral("illustrative sample")));
}

void TestMainWindow::menus_fileEditViewHelp()
{
    MainWindow window;
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles.append(action->text().remove(QLatin1Char('&')));
    QCOMPARE(titles,
             QStringList({QStringLiteral("File"), QStringLiteral("Edit"), QStringLiteral("View"),
                          QStringLiteral("Help")}));
}

void TestMainWindow::openFailure_keepsTheCurrentRecordBase()
{
    MainWindow window;
    QVERIFY(window.openRecordBase(m_demo));
    const QString missing = m_dir.filePath(QStringLiteral("missing.sqlite"));
    QVERIFY(!window.openRecordBase(missing));
    QVERIFY2(window.errorString().contains(missing), qPrintable(window.errorString()));
    QCOMPARE(window.recordBasePath(), m_demo);
    QVERIFY(!QFile::exists(missing));
}

void TestMainWindow::startup_withoutPath_opensTheDemoAtTheDefaultPath()
{
    QFile::remove(DefaultDatabase::path());
    MainWindow window;
    QVERIFY(window.openStartupRecordBase(QString()));
    QCOMPARE(window.recordBasePath(), DefaultDatabase::path());
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("recordCounts"))
                ->text()
                .contains(QStringLiteral("17 agencies")));
}

void TestMainWindow::windowGeometry_isRemembered()
{
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(900, 640);
        QTRY_COMPARE(window.size(), QSize(900, 640));
        window.close();
    }
    MainWindow reopened;
    reopened.show();
    QVERIFY(QTest::qWaitForWindowExposed(&reopened));
    QCOMPARE(reopened.size(), QSize(900, 640));
}

void TestMainWindow::quitShortcut_closesTheWindow()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_Q, Qt::ControlModifier);
    QTRY_VERIFY(!window.isVisible());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
