// SPDX-License-Identifier: GPL-3.0-or-later
#include "applicationidentity.h"
#include "database.h"
#include "defaultdatabase.h"
#include "demodatabase.h"
#include "detailpane.h"
#include "importdialog.h"
#include "mainwindow.h"
#include "recordformdialog.h"
#include "recordtreemodel.h"
#include "schemamigrations.h"
#include "translations.h"

#include <QComboBox>
#include <QFile>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>

using namespace liaison;

namespace {

// Clicks the row of record in the window's tree, as a user would.
void clickInTree(MainWindow &window, const RecordId &record)
{
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("recordTree"));
    auto *model = qobject_cast<RecordTreeModel *>(tree->model());
    const QModelIndex index = model->indexOf(record);
    QVERIFY(index.isValid());
    tree->scrollTo(index);
    const QRect rect = tree->visualRect(index);
    QVERIFY(rect.isValid());
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
}

// Clicks the first link to target in the detail pane.
void clickLink(MainWindow &window, const RecordId &target)
{
    auto *pane = window.findChild<DetailPane *>(QStringLiteral("detailPane"));
    QVERIFY(pane->waitForLoaded()); // the page is read on a worker thread
    QTextBrowser *browser = pane->browser();
    const QString href = target.toUrl().toString();
    for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().anchorHref() != href)
                continue;
            QTextCursor cursor(browser->document());
            cursor.setPosition(fragment.position() + fragment.length() / 2);
            browser->setTextCursor(cursor);
            browser->ensureCursorVisible();
            const QPoint point = browser->cursorRect(cursor).center();
            QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, point);
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no link to %1 in the pane").arg(href)));
}

RecordId selectedInTree(MainWindow &window)
{
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("recordTree"));
    return qobject_cast<RecordTreeModel *>(tree->model())->recordAt(tree->currentIndex());
}

QString paneText(MainWindow &window)
{
    return window.findChild<DetailPane *>(QStringLiteral("detailPane"))->plainText();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fontsDrawEveryScriptOfTheRegion();
    void openRecordBase_showsPathCountsAndTitle();
    void menus_fileEditViewGoHelp();
    void openFailure_keepsTheCurrentRecordBase();
    void startup_withoutPath_opensTheDemoAtTheDefaultPath();
    void windowGeometry_isRemembered();
    void quitShortcut_closesTheWindow();
    void browse_topcopToCepolAndBack();
    void browse_keyboardAndMouseButtonsNavigate();
    void browse_fromAsccaToAPresenterAndBack();
    void search_warsawEnterOpensTheSeminar();
    void browse_keyboardAlone_followsLinks();
    void search_escapeReturnsToTheTree();
    void reopening_restoresTheSelectedRecord();
    void editing_deleteAsksThenUndoAndRedo();
    void editing_newAndEditThroughTheForm();
    void import_previewThenImport();
    void import_badFileShowsProblemsAndWritesNothing();
    void newerRecordBase_opensReadOnlyWithABanner();

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    ApplicationIdentity::apply();
    QSettings().clear();
    QCOMPARE(Translations::install(QStringLiteral("en")), QStringLiteral("en"));
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
    // Home: the record base overview.
    const auto *pane = window.findChild<DetailPane *>(QStringLiteral("detailPane"));
    QVERIFY(pane);
    QVERIFY2(pane->plainText().contains(QStringLiteral("891")), qPrintable(pane->plainText()));
    QVERIFY2(pane->plainText().contains(QStringLiteral("llustrative sample")),
             qPrintable(pane->plainText()));
}

void TestMainWindow::menus_fileEditViewGoHelp()
{
    MainWindow window;
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles.append(action->text().remove(QLatin1Char('&')));
    QCOMPARE(titles,
             QStringList({QStringLiteral("File"), QStringLiteral("Edit"), QStringLiteral("View"),
                          QStringLiteral("Go"), QStringLiteral("Help")}));
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
    QSettings().remove(QStringLiteral("session"));
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

void TestMainWindow::browse_topcopToCepolAndBack()
{
    MainWindow window;
    QVERIFY(window.openRecordBase(m_demo));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const RecordId topcop = RecordId::of(RecordKind::Project, 1);
    const RecordId cepol = RecordId::of(RecordKind::Agency, 3);

    clickInTree(window, topcop);
    QCOMPARE(window.currentRecord(), topcop);
    QVERIFY2(paneText(window).contains(
                 QStringLiteral("Training and Operational Partnership against Organized Crime")),
             qPrintable(paneText(window)));
    QVERIFY(paneText(window).contains(QStringLiteral("CEPOL")));
    QVERIFY(paneText(window).contains(QStringLiteral("implementing")));
    QVERIFY(window.windowTitle().startsWith(QStringLiteral("TOPCOP — demo.sqlite")));

    clickLink(window, cepol);
    QCOMPARE(window.currentRecord(), cepol);
    QCOMPARE(selectedInTree(window), cepol);
    QVERIFY(paneText(window).contains(
        QStringLiteral("European Union Agency for Law Enforcement Training")));

    auto *back = window.findChild<QToolBar *>(QStringLiteral("navigationToolBar"))->actions().at(0);
    QVERIFY(back->isEnabled());
    back->trigger();
    QCOMPARE(window.currentRecord(), topcop);
    QCOMPARE(selectedInTree(window), topcop);
    auto *forward =
        window.findChild<QToolBar *>(QStringLiteral("navigationToolBar"))->actions().at(1);
    forward->trigger();
    QCOMPARE(window.currentRecord(), cepol);
    QCOMPARE(selectedInTree(window), cepol);
}

void TestMainWindow::browse_keyboardAndMouseButtonsNavigate()
{
    MainWindow window;
    QVERIFY(window.openRecordBase(m_demo));
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    const RecordId ascca = RecordId::of(RecordKind::Agency, 1);
    const RecordId topcop = RecordId::of(RecordKind::Project, 1);
    window.navigateTo(ascca);
    window.navigateTo(topcop);

    // Alt+Left / Alt+Right.
    QTest::keyClick(&window, Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(window.currentRecord(), ascca);
    QTest::keyClick(&window, Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(window.currentRecord(), topcop);

    // The mouse's back and forward buttons, over the tree.
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("recordTree"));
    QTest::mouseClick(tree->viewport(), Qt::BackButton);
    QCOMPARE(window.currentRecord(), ascca);
    QTest::mouseClick(tree->viewport(), Qt::ForwardButton);
    QCOMPARE(window.currentRecord(), topcop);

    // Keyboard in the tree: Down moves to the next row and shows it.
    tree->setFocus();
    const RecordId before = selectedInTree(window);
    QTest::keyClick(tree, Qt::Key_Down);
    QVERIFY(selectedInTree(window) != before);
    QCOMPARE(window.currentRecord(), selectedInTree(window));

    // Home: the overview, with nothing selected.
    QTest::keyClick(&window, Qt::Key_Home, Qt::AltModifier);
    QVERIFY(!window.currentRecord().isValid());
    QVERIFY(paneText(window).contains(QStringLiteral("891")));
}

void TestMainWindow::browse_fromAsccaToAPresenterAndBack()
{
    MainWindow window;
    QVERIFY(window.openRecordBase(m_demo));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const RecordId ascca = RecordId::of(RecordKind::Agency, 1);
    const RecordId topcop = RecordId::of(RecordKind::Project, 1);
    const RecordId warsaw = RecordId::of(RecordKind::Event, 1);
    clickInTree(window, ascca);
    clickLink(window, topcop);
    QCOMPARE(window.currentRecord(), topcop);
    clickLink(window, warsaw);
    QCOMPARE(window.currentRecord(), warsaw);
    QCOMPARE(selectedInTree(window), warsaw);
    QVERIFY(paneText(window).contains(QStringLiteral("Mehriban Asgarova")));
    QVERIFY(paneText(window).contains(
        QStringLiteral("Cooperation against cross-border crime: drug smuggling")));
    // The first presenter link on the page.
    auto *pane = window.findChild<DetailPane *>(QStringLiteral("detailPane"));
    RecordId presenter;
    for (QTextBlock block = pane->browser()->document()->begin();
         block.isValid() && !presenter.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const auto record = RecordId::fromUrl(QUrl(it.fragment().charFormat().anchorHref()));
            if (record && record->kind == RecordKind::Person) {
                presenter = *record;
                break;
            }
        }
    }
    QVERIFY(presenter.isValid());
    clickLink(window, presenter);
    QCOMPARE(window.currentRecord(), presenter);
    QCOMPARE(selectedInTree(window), presenter);
    QVERIFY(paneText(window).contains(QStringLiteral("ASCCA")));
    // And back the way we came.
    for (const RecordId &expected : {warsaw, topcop, ascca}) {
        QTest::keyClick(&window, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(window.currentRecord(), expected);
    }
}

void TestMainWindow::search_warsawEnterOpensTheSeminar()
{
    MainWindow window;
    QVERIFY(window.openRecordBase(m_demo));
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    auto *field = window.findChild<QLineEdit *>(QStringLiteral("searchField"));
    QTRY_VERIFY(field->hasFocus());
    QTest::keyClicks(field, QStringLiteral("warsaw"));
    auto *results = window.findChild<QListView *>(QStringLiteral("searchResults"));
    // Results follow typing after a short pause.
    QTRY_VERIFY(results->isVisible() && results->model()->rowCount() > 0);
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(window.currentRecord(), RecordId::of(RecordKind::Event, 1));
    QCOMPARE(selectedInTree(window), RecordId::of(RecordKind::Event, 1));
    QVERIFY(paneText(window).contains(
        QStringLiteral("Strengthening Cooperation with EU Law Enforcement Agencies")));
    // Diacritics and case do not matter; Enter right after typing still searches.
    field->setFocus();
    field->selectAll();
    QTest::keyClicks(field, QStringLiteral("MECIDOV"));
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(paneText(window).contains(QStringLiteral("Elvin Mecidov")));
}

void TestMainWindow::browse_keyboardAlone_followsLinks()
{
    MainWindow window;
    QVERIFY(window.openRecordBase(m_demo));
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    const RecordId topcop = RecordId::of(RecordKind::Project, 1);
    // Ctrl+F, type, Enter: ASCCA opens and the tree has the focus.
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("ascca"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(window.currentRecord(), RecordId::of(RecordKind::Agency, 1));
    // Tab into the pane, then Tab from link to link until TOPCOP's, Enter.
    auto *pane = window.findChild<DetailPane *>(QStringLiteral("detailPane"));
    QVERIFY(pane->waitForLoaded());
    auto *browser = pane->browser();
    for (int i = 0; i < 5 && !browser->hasFocus(); ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY(browser->hasFocus());
    const QString href = topcop.toUrl().toString();
    for (int i = 0; i < 40 && browser->textCursor().charFormat().anchorHref() != href; ++i)
        QTest::keyClick(browser, Qt::Key_Tab);
    QCOMPARE(browser->textCursor().charFormat().anchorHref(), href);
    QTest::keyClick(browser, Qt::Key_Return);
    QCOMPARE(window.currentRecord(), topcop);
}

void TestMainWindow::search_escapeReturnsToTheTree()
{
    MainWindow window;
    QVERIFY(window.openRecordBase(m_demo));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *field = window.findChild<QLineEdit *>(QStringLiteral("searchField"));
    auto *results = window.findChild<QListView *>(QStringLiteral("searchResults"));
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("recordTree"));
    field->setFocus();
    QTest::keyClicks(field, QStringLiteral("chisinau"));
    QTRY_VERIFY(results->isVisible());
    QVERIFY(results->model()->rowCount() >= 2);
    QTest::keyClick(field, Qt::Key_Escape);
    QVERIFY(field->text().isEmpty());
    QVERIFY(!results->isVisible());
    QVERIFY(tree->isVisible());
}

void TestMainWindow::reopening_restoresTheSelectedRecord()
{
    const RecordId warsaw = RecordId::of(RecordKind::Event, 1);
    {
        MainWindow window;
        QVERIFY(window.openRecordBase(m_demo));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        clickInTree(window, warsaw);
        QCOMPARE(window.currentRecord(), warsaw);
        window.close();
    }
    MainWindow reopened;
    QVERIFY(reopened.openStartupRecordBase(QString()));
    QCOMPARE(reopened.recordBasePath(), m_demo);
    QCOMPARE(reopened.currentRecord(), warsaw);
    QCOMPARE(selectedInTree(reopened), warsaw);
}

void TestMainWindow::editing_deleteAsksThenUndoAndRedo()
{
    // A copy: this test changes records.
    const QString path = m_dir.filePath(QStringLiteral("editing.sqlite"));
    QString error;
    QVERIFY(DemoDatabase::create(path, &error));
    MainWindow window;
    QVERIFY(window.openRecordBase(path));
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    const RecordId topcop = RecordId::of(RecordKind::Project, 1);
    window.navigateTo(topcop);

    QString question;
    QTimer::singleShot(0, &window, [&question] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        question = box->text();
        box->button(QMessageBox::Yes)->click();
    });
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text() == QStringLiteral("&Delete Record…")) {
            action->trigger();
            break;
        }
    }
    QVERIFY2(question.contains(QStringLiteral("15 events")), qPrintable(question));
    QVERIFY2(question.contains(QStringLiteral("participation records")), qPrintable(question));
    QVERIFY(!window.currentRecord().isValid());
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("recordTree"));
    auto *model = qobject_cast<RecordTreeModel *>(tree->model());
    QVERIFY(!model->indexOf(topcop).isValid());
    QVERIFY(!window.findChild<QLabel *>(QStringLiteral("recordCounts"))
                 ->text()
                 .contains(QStringLiteral("24 events")));

    // Ctrl+Z brings TOPCOP back with its events; Ctrl+Shift+Z deletes it again.
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QCOMPARE(window.findChild<QUndoStack *>()->index(), 1);
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(window.findChild<QUndoStack *>()->index(), 0);
    QCOMPARE(window.currentRecord(), topcop);
    QVERIFY(model->indexOf(topcop).isValid());
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("recordCounts"))
                ->text()
                .contains(QStringLiteral("24 events")));
    QVERIFY(paneText(window).contains(QStringLiteral("Training and Operational Partnership")));
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!model->indexOf(topcop).isValid());
    QVERIFY(!window.currentRecord().isValid());
}

void TestMainWindow::editing_newAndEditThroughTheForm()
{
    const QString path = m_dir.filePath(QStringLiteral("forms.sqlite"));
    QString error;
    QVERIFY(DemoDatabase::create(path, &error));
    MainWindow window;
    QVERIFY(window.openRecordBase(path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // Edit → New Record → Agency…, filled in as a user would.
    QTimer::singleShot(0, &window, [] {
        auto *form = qobject_cast<RecordFormDialog *>(QApplication::activeModalWidget());
        QVERIFY(form);
        QTest::keyClicks(form->findChild<QLineEdit *>(QStringLiteral("name")),
                         QStringLiteral("National Customs Agency of Sample"));
        QTest::keyClicks(form->findChild<QLineEdit *>(QStringLiteral("acronym")),
                         QStringLiteral("NCAS"));
        auto *kind = form->findChild<QComboBox *>(QStringLiteral("kind"));
        kind->setCurrentIndex(kind->findData(QStringLiteral("national_agency")));
        auto *country = form->findChild<QComboBox *>(QStringLiteral("country_code"));
        country->setCurrentIndex(country->findData(QStringLiteral("GE")));
        auto *source = form->findChild<QComboBox *>(QStringLiteral("source_id"));
        source->setCurrentIndex(source->count() - 1);
        form->accept();
    });
    window.findChild<QAction *>(QStringLiteral("new_agency"))->trigger();
    QCOMPARE(window.currentRecord().kind, RecordKind::Agency);
    QVERIFY2(paneText(window).contains(QStringLiteral("National Customs Agency of Sample")),
             qPrintable(paneText(window)));
    QCOMPARE(selectedInTree(window), window.currentRecord());
    const RecordId created = window.currentRecord();

    // F2 edits the record shown; undo puts the old value back.
    QTimer::singleShot(0, &window, [] {
        auto *form = qobject_cast<RecordFormDialog *>(QApplication::activeModalWidget());
        QVERIFY(form);
        auto *city = form->findChild<QLineEdit *>(QStringLiteral("city"));
        city->clear();
        QTest::keyClicks(city, QStringLiteral("Batumi"));
        form->accept();
    });
    QApplication::setActiveWindow(&window);
    QTest::keyClick(&window, Qt::Key_F2);
    QVERIFY2(paneText(window).contains(QStringLiteral("Batumi")), qPrintable(paneText(window)));
    window.findChild<QUndoStack *>()->undo();
    QCOMPARE(window.currentRecord(), created);
    QVERIFY(!paneText(window).contains(QStringLiteral("Batumi")));
    window.findChild<QUndoStack *>()->undo();
    QVERIFY(!window.currentRecord().isValid()); // the creation undone
}

namespace {

QString writeCsv(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return path;
}

} // namespace

void TestMainWindow::import_previewThenImport()
{
    const QString base = m_dir.filePath(QStringLiteral("import.sqlite"));
    QString error;
    QVERIFY(DemoDatabase::create(base, &error));
    const QString csv = writeCsv(m_dir.filePath(QStringLiteral("spring.csv")),
                                 "project;event;event_kind;start_date;agency;participants\r\n"
                                 "TOPCOP;Spring webinar;webinar;2024-04-10;ASCCA;7\r\n"
                                 "TOPCOP;Spring webinar;webinar;2024-04-10;SCSU;5\r\n");
    MainWindow window;
    QVERIFY(window.openRecordBase(base));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    int previewRows = -1;
    QString summary;
    QTimer::singleShot(0, &window, [&] {
        auto *dialog = qobject_cast<ImportDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        previewRows =
            dialog->findChild<QTableWidget *>(QStringLiteral("importPreview"))->rowCount();
        summary = dialog->findChild<QLabel *>(QStringLiteral("importSummary"))->text();
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("importButton")),
                          Qt::LeftButton);
    });
    window.importParticipation(csv);
    QCOMPARE(previewRows, 2);
    QVERIFY2(summary.contains(QStringLiteral("2 rows")), qPrintable(summary));
    // The tree and the counts follow at once.
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("recordCounts"))
                ->text()
                .contains(QStringLiteral("25 events")));
    window.navigateTo(RecordId::of(RecordKind::Agency, 1));
    QVERIFY2(paneText(window).contains(QStringLiteral("293 participants")),
             qPrintable(paneText(window))); // 286 + 7
}

void TestMainWindow::import_badFileShowsProblemsAndWritesNothing()
{
    const QString base = m_dir.filePath(QStringLiteral("import-bad.sqlite"));
    QString error;
    QVERIFY(DemoDatabase::create(base, &error));
    const QString csv = writeCsv(m_dir.filePath(QStringLiteral("bad.csv")),
                                 "project,event,event_kind,start_date,agency,participants\n"
                                 "TOPCOP,Autumn course,course,2024-13-01,ASCCA,4\n"
                                 "TOPCOP,Autumn course,course,2024-10-01,Nowhere Customs,-3\n");
    MainWindow window;
    QVERIFY(window.openRecordBase(base));
    QString problems;
    bool importEnabled = true;
    QTimer::singleShot(0, &window, [&] {
        auto *dialog = qobject_cast<ImportDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        problems =
            dialog->findChild<QPlainTextEdit *>(QStringLiteral("importProblems"))->toPlainText();
        importEnabled =
            dialog->findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled();
        dialog->reject();
    });
    window.importParticipation(csv);
    QVERIFY(!importEnabled);
    QVERIFY2(problems.contains(QStringLiteral("bad.csv:2:")), qPrintable(problems));
    QVERIFY2(problems.contains(QStringLiteral("bad.csv:3:")), qPrintable(problems));
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("recordCounts"))
                ->text()
                .contains(QStringLiteral("24 events")));
}

void TestMainWindow::newerRecordBase_opensReadOnlyWithABanner()
{
    const QString path = m_dir.filePath(QStringLiteral("newer.sqlite"));
    QString error;
    QVERIFY(DemoDatabase::create(path, &error));
    {
        Database db;
        QVERIFY(db.open(path));
        QVERIFY(db.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        QVERIFY(db.exec(
            QStringLiteral("PRAGMA user_version = %1").arg(SchemaMigrations::latestVersion() + 1)));
    }
    QFile before(path);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray bytes = before.readAll();
    before.close();

    MainWindow window;
    QVERIFY2(window.openRecordBase(path), qPrintable(window.errorString()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.isReadOnly());
    auto *banner = window.findChild<QLabel *>(QStringLiteral("readOnlyBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("newer")), qPrintable(banner->text()));
    for (QAction *action : window.findChildren<QAction *>()) {
        const QString text = action->text();
        if (text == QStringLiteral("&Import Participation…")
            || text == QStringLiteral("&Edit Record…") || text == QStringLiteral("&Delete Record…"))
            QVERIFY2(!action->isEnabled(), qPrintable(text));
    }
    // Browsing still works, and the file is never written.
    window.navigateTo(RecordId::of(RecordKind::Agency, 1));
    QVERIFY(paneText(window).contains(QStringLiteral("ASCCA")));
    window.close();
    QFile after(path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), bytes);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
