// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "backgroundloader.h"
#include "changewatcher.h"
#include "chartexportdialog.h"
#include "chartexporter.h"
#include "chartpane.h"
#include "connectdialog.h"
#include "credentialstore.h"
#include "database.h"
#include "defaultdatabase.h"
#include "detailpane.h"
#include "importdialog.h"
#include "keychaincredentialstore.h"
#include "recordcommands.h"
#include "recordeditor.h"
#include "recordexport.h"
#include "recordformdialog.h"
#include "recordicons.h"
#include "recordschema.h"
#include "recordstore.h"
#include "recordtreemodel.h"
#include "searchindex.h"
#include "shortcutsdialog.h"
#include "translations.h"

#include <QAbstractButton>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QChartView>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QMouseEvent>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTextBrowser>
#include <QThread>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

namespace liaison {

namespace {

const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString stateKey = QStringLiteral("mainWindow/state");
const QString splitterKey = QStringLiteral("mainWindow/splitter");
const QString treeHeaderKey = QStringLiteral("mainWindow/treeHeader");
const QString lastFolderKey = QStringLiteral("files/lastFolder");
const QString chartFolderKey = QStringLiteral("charts/lastFolder");
const QString recentKey = QStringLiteral("files/recent");
const QString lastRecordBaseKey = QStringLiteral("session/recordBase");

// A remembered record base worth offering: a server (asked when opened) or
// a file that is still there.
bool mayStillExist(const QString &remembered)
{
    QString error;
    const auto location = DatabaseLocation::fromUserInput(remembered, &error);
    return location && (location->isPostgres() || QFileInfo::exists(location->path()));
}
const QString lastRecordKey = QStringLiteral("session/record");
constexpr int RecentLimit = 8;
constexpr int SearchResultLimit = 50;
constexpr int SearchDelayMs = 200;
constexpr int ResultRecordRole = Qt::UserRole + 1;

QString fileFilter()
{
    return MainWindow::tr("Liaison record bases (*.sqlite *.db);;All files (*)");
}

// One of Qt's own strings, translated by Qt's catalogues; lupdate does not
// copy it into Liaison's.
QString qtString(const char *context, const char *text)
{
    return QCoreApplication::translate(context, text);
}

// A platform's standard keys plus the ones users of other platforms expect.
QList<QKeySequence> shortcutsFor(QKeySequence::StandardKey standard,
                                 std::initializer_list<QKeySequence> extra)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(standard);
    for (const QKeySequence &key : extra) {
        if (!keys.contains(key))
            keys.append(key);
    }
    return keys;
}

// "12 events", "40 participation records": rows of a table, in words.
QString rowsOf(const QString &table, qint64 count)
{
    const int n = int(count);
    if (table == QLatin1String("events"))
        return MainWindow::tr("%Ln events", nullptr, n);
    if (table == QLatin1String("participation"))
        return MainWindow::tr("%Ln participation records", nullptr, n);
    if (table == QLatin1String("project_roles"))
        return MainWindow::tr("%Ln roles of agencies in projects", nullptr, n);
    if (table == QLatin1String("panels"))
        return MainWindow::tr("%Ln panels", nullptr, n);
    if (table == QLatin1String("presentations"))
        return MainWindow::tr("%Ln presentations", nullptr, n);
    if (table == QLatin1String("event_countries"))
        return MainWindow::tr("%Ln attending countries", nullptr, n);
    if (table == QLatin1String("reported_participation"))
        return MainWindow::tr("%Ln reported totals", nullptr, n);
    if (table == QLatin1String("people"))
        return MainWindow::tr("%Ln people", nullptr, n);
    if (table == QLatin1String("agencies"))
        return MainWindow::tr("%Ln agencies", nullptr, n);
    if (table == QLatin1String("projects"))
        return MainWindow::tr("%Ln projects and programmes", nullptr, n);
    if (table == QLatin1String("agreements"))
        return MainWindow::tr("%Ln agreements", nullptr, n);
    return MainWindow::tr("%Ln other records", nullptr, n);
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_credentials = std::make_unique<KeychainCredentialStore>();
    m_undoStack = new QUndoStack(this);
    createWidgets();
    createActions();
    updateToolBarIcons();
    setAcceptDrops(true);
    createMenusAndToolBar();
    retranslateUi();
    resize(1200, 760);
    restoreWindowState();
    qApp->installEventFilter(this);
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
    m_searchLoader->cancel(); // a search under way delivers to nobody
    ++m_checkGeneration; // a check still running reports to nobody
    if (m_checkThread)
        m_checkThread->wait();
    m_undoStack->clear();
    // The views read through the database until they are gone.
    m_detailPane->setDatabase(nullptr);
    m_chartPane->setDatabase(nullptr);
    m_treeModel->setDatabase(nullptr);
}

void MainWindow::createWidgets()
{
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));

    auto *navigation = new QWidget(m_splitter);
    auto *layout = new QVBoxLayout(navigation);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_searchField = new QLineEdit(navigation);
    m_searchField->setObjectName(QStringLiteral("searchField"));
    m_searchField->setClearButtonEnabled(true);
    m_searchField->installEventFilter(this);
    layout->addWidget(m_searchField);

    m_navigationStack = new QStackedWidget(navigation);
    m_tree = new QTreeView(m_navigationStack);
    m_tree->setObjectName(QStringLiteral("recordTree"));
    m_treeModel = new RecordTreeModel(this);
    m_tree->setModel(m_treeModel);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setExpandsOnDoubleClick(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(RecordTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(RecordTreeModel::DetailColumn, QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(RecordTreeModel::ParticipantsColumn,
                                           QHeaderView::ResizeToContents);
    m_tree->header()->resizeSection(RecordTreeModel::DetailColumn, 110);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &MainWindow::showTreeContextMenu);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onTreeCurrentChanged(current); });
    connect(m_treeModel, &RecordTreeModel::loadFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Could not read the record base: %1").arg(message));
    });
    m_navigationStack->addWidget(m_tree);

    m_results = new QListView(m_navigationStack);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_resultsModel = new QStandardItemModel(this);
    m_results->setModel(m_resultsModel);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setUniformItemSizes(true);
    m_results->installEventFilter(this);
    connect(m_results, &QListView::activated, this, &MainWindow::openSearchResult);
    connect(m_results, &QListView::clicked, this, &MainWindow::openSearchResult);
    m_navigationStack->addWidget(m_results);
    layout->addWidget(m_navigationStack);

    m_searchLoader = new BackgroundLoader(this);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &MainWindow::runSearch);
    connect(m_searchField, &QLineEdit::textEdited, this, [this] { m_searchTimer->start(); });
    connect(m_searchField, &QLineEdit::textChanged, this, [this](const QString &text) {
        // The clear button empties the field without an edit signal.
        if (text.isEmpty())
            clearSearch();
    });
    connect(m_searchField, &QLineEdit::returnPressed, this, [this] {
        if (m_searchTimer->isActive() || m_navigationStack->currentWidget() != m_results)
            runSearch();
        // Enter right after typing: the best hit of what was typed.
        if (m_searchLoader->isLoading())
            m_searchLoader->waitForLoaded();
        const QModelIndex current = m_results->currentIndex();
        openSearchResult(current.isValid() ? current : m_resultsModel->index(0, 0));
    });

    m_detailPane = new DetailPane(m_splitter);
    m_detailPane->setObjectName(QStringLiteral("detailPane"));
    connect(m_detailPane, &DetailPane::recordActivated, this, &MainWindow::navigateTo);
    // The pane reads its page on a worker thread: the record's name, for
    // the title bar and the chart, is known once the page is there.
    connect(m_detailPane, &DetailPane::loaded, this, [this] {
        updateWindowTitle();
        updateChartScope(m_tree->currentIndex());
    });

    m_chartPane = new ChartPane(this);
    m_chartPane->setObjectName(QStringLiteral("chartPane"));
    m_chartDock = new QDockWidget(this);
    m_chartDock->setObjectName(QStringLiteral("chartDock"));
    m_chartDock->setWidget(m_chartPane);
    m_chartDock->setAllowedAreas(Qt::AllDockWidgetAreas);
    addDockWidget(Qt::BottomDockWidgetArea, m_chartDock);
    connect(m_chartPane, &ChartPane::exportRequested, this, &MainWindow::exportChart);
    connect(m_chartPane, &ChartPane::copyRequested, this, &MainWindow::copyChart);

    m_splitter->addWidget(navigation);
    m_splitter->addWidget(m_detailPane);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({460, 740});
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    m_readOnlyBanner = new QLabel(central);
    m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_readOnlyBanner->setWordWrap(true);
    m_readOnlyBanner->setMargin(6);
    m_readOnlyBanner->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff4c2; color: #4a3b00; border-bottom: 1px solid #e0c75a; }"));
    m_readOnlyBanner->setVisible(false);
    centralLayout->addWidget(m_readOnlyBanner);
    centralLayout->addWidget(m_splitter);
    setCentralWidget(central);

    setTabOrder(m_searchField, m_tree);
    setTabOrder(m_tree, m_results);
    setTabOrder(m_results, m_detailPane);
    setTabOrder(m_detailPane, m_chartPane);

    m_pathLabel = new QLabel(this);
    m_pathLabel->setObjectName(QStringLiteral("recordBasePath"));
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("recordCounts"));
    statusBar()->addWidget(m_countsLabel, 1);
    statusBar()->addPermanentWidget(m_pathLabel);
}

void MainWindow::createActions()
{
    m_newAction = new QAction(this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newRecordBaseDialog);

    m_openAction = new QAction(this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openRecordBaseDialog);
    m_connectAction = new QAction(this);
    m_connectAction->setObjectName(QStringLiteral("connectToServer"));
    m_connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_connectAction, &QAction::triggered, this, &MainWindow::connectToServerDialog);

    m_exportChartAction = new QAction(this);
    m_exportChartAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportChartAction, &QAction::triggered, this, &MainWindow::exportChart);

    m_copyChartAction = new QAction(this);
    m_copyChartAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_copyChartAction, &QAction::triggered, this, &MainWindow::copyChart);

    m_importAction = new QAction(this);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importParticipationDialog);

    m_exportRecordsAction = new QAction(this);
    connect(m_exportRecordsAction, &QAction::triggered, this, &MainWindow::exportRecordsDialog);

    // Liaison's own actions rather than QUndoStack's: their texts come from
    // Liaison's catalogues in every language.
    m_undoAction = new QAction(this);
    m_undoAction->setShortcuts(
        shortcutsFor(QKeySequence::Undo, {QKeySequence(Qt::CTRL | Qt::Key_Z)}));
    m_undoAction->setEnabled(false);
    connect(m_undoAction, &QAction::triggered, m_undoStack, &QUndoStack::undo);
    connect(m_undoStack, &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
    connect(m_undoStack, &QUndoStack::undoTextChanged, this, [this] { retranslateUndoActions(); });
    m_redoAction = new QAction(this);
    m_redoAction->setShortcuts(
        shortcutsFor(QKeySequence::Redo, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)}));
    m_redoAction->setEnabled(false);
    connect(m_redoAction, &QAction::triggered, m_undoStack, &QUndoStack::redo);
    connect(m_undoStack, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
    connect(m_undoStack, &QUndoStack::redoTextChanged, this, [this] { retranslateUndoActions(); });
    // Undo and redo change records: show the record the command touched.
    connect(m_undoStack, &QUndoStack::indexChanged, this, [this](int index) {
        // After a redo the command that ran sits just below the index; after
        // an undo, at it.
        const bool undone = index < m_lastUndoIndex;
        m_lastUndoIndex = index;
        const auto *command =
            dynamic_cast<const RecordCommand *>(m_undoStack->command(undone ? index : index - 1));
        reloadViews(command ? command->record() : currentRecord());
    });

    m_editRecordAction = new QAction(this);
    m_editRecordAction->setShortcut(QKeySequence(Qt::Key_F2));
    connect(m_editRecordAction, &QAction::triggered, this, &MainWindow::editCurrentRecord);

    m_deleteRecordAction = new QAction(this);
    m_deleteRecordAction->setShortcut(QKeySequence::Delete);
    // Delete in the search field deletes text, not a record.
    m_deleteRecordAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_deleteRecordAction, &QAction::triggered, this, &MainWindow::deleteCurrentRecord);
    m_tree->addAction(m_deleteRecordAction);

    m_quitAction = new QAction(this);
    // Some platform themes (Windows, offscreen) bind nothing to Quit.
    m_quitAction->setShortcuts(
        shortcutsFor(QKeySequence::Quit, {QKeySequence(Qt::CTRL | Qt::Key_Q)}));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_copyAction = new QAction(this);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setEnabled(false);
    connect(m_detailPane->browser(), &QTextEdit::copyAvailable, m_copyAction, &QAction::setEnabled);
    connect(m_copyAction, &QAction::triggered, m_detailPane->browser(), &QTextEdit::copy);

    m_findAction = new QAction(this);
    m_findAction->setShortcuts(
        shortcutsFor(QKeySequence::Find, {QKeySequence(Qt::CTRL | Qt::Key_F)}));
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_searchField->setFocus(Qt::ShortcutFocusReason);
        m_searchField->selectAll();
    });

    m_backAction = new QAction(this);
    m_backAction->setShortcuts(
        shortcutsFor(QKeySequence::Back, {QKeySequence(Qt::ALT | Qt::Key_Left)}));
    connect(m_backAction, &QAction::triggered, this, &MainWindow::goBack);

    m_forwardAction = new QAction(this);
    m_forwardAction->setShortcuts(
        shortcutsFor(QKeySequence::Forward, {QKeySequence(Qt::ALT | Qt::Key_Right)}));
    connect(m_forwardAction, &QAction::triggered, this, &MainWindow::goForward);

    m_homeAction = new QAction(this);
    m_homeAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    connect(m_homeAction, &QAction::triggered, this, &MainWindow::goHome);

    m_statusBarAction = new QAction(this);
    m_statusBarAction->setCheckable(true);
    m_statusBarAction->setChecked(true);
    connect(m_statusBarAction, &QAction::toggled, statusBar(), &QWidget::setVisible);

    m_fullScreenAction = new QAction(this);
    m_fullScreenAction->setCheckable(true);
    m_fullScreenAction->setShortcuts(
        shortcutsFor(QKeySequence::FullScreen, {QKeySequence(Qt::Key_F11)}));
    connect(m_fullScreenAction, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen
                          : windowState() & ~Qt::WindowFullScreen);
    });

    m_shortcutsAction = new QAction(this);
    m_shortcutsAction->setShortcuts(
        shortcutsFor(QKeySequence::HelpContents, {QKeySequence(Qt::CTRL | Qt::Key_Slash)}));
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);

    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    updateNavigationActions();
}

void MainWindow::createMenusAndToolBar()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addAction(m_openAction);
    m_fileMenu->addAction(m_connectAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_importAction);
    m_fileMenu->addAction(m_exportRecordsAction);
    m_fileMenu->addAction(m_exportChartAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    m_newRecordMenu = m_editMenu->addMenu(QString());
    m_newRecordMenu->setObjectName(QStringLiteral("newRecordMenu"));
    for (RecordKind kind : RecordSchema::editableKinds()) {
        QAction *action = m_newRecordMenu->addAction(RecordIcons::forKind(kind), QString());
        action->setObjectName(QStringLiteral("new_") + recordKindName(kind));
        action->setData(int(kind));
        connect(action, &QAction::triggered, this, [this, kind] { newRecord(kind); });
    }
    m_editMenu->addAction(m_editRecordAction);
    m_editMenu->addAction(m_deleteRecordAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_copyAction);
    m_editMenu->addAction(m_copyChartAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_findAction);

    m_navigationToolBar = addToolBar(QString());
    m_navigationToolBar->setObjectName(QStringLiteral("navigationToolBar"));
    m_navigationToolBar->addAction(m_backAction);
    m_navigationToolBar->addAction(m_forwardAction);
    m_navigationToolBar->addAction(m_homeAction);
    m_toolBarAction = m_navigationToolBar->toggleViewAction();

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_toolBarAction);
    m_chartDockAction = m_chartDock->toggleViewAction();
    m_viewMenu->addAction(m_chartDockAction);
    m_viewMenu->addAction(m_statusBarAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_fullScreenAction);
    m_viewMenu->addSeparator();
    createLanguageMenu();

    m_goMenu = menuBar()->addMenu(QString());
    m_goMenu->addAction(m_backAction);
    m_goMenu->addAction(m_forwardAction);
    m_goMenu->addAction(m_homeAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_shortcutsAction);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);

    // Shortcuts keep working when the menu bar is hidden (full screen).
    addActions({m_newAction, m_openAction, m_quitAction, m_copyAction, m_findAction,
                m_exportChartAction, m_copyChartAction, m_importAction, m_undoAction,
                m_shortcutsAction, m_redoAction, m_editRecordAction, m_backAction, m_forwardAction,
                m_homeAction, m_fullScreenAction});
}

void MainWindow::createLanguageMenu()
{
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    const QString saved = Translations::savedLanguage();
    const QString current = Translations::currentLanguage();
    // With no saved choice the window follows the system, unless --language
    // picked another language for this run.
    const bool followsSystem = saved.isEmpty() && current == Translations::systemLanguage();
    m_systemLanguageAction = m_languageMenu->addAction(QString());
    m_systemLanguageAction->setCheckable(true);
    m_systemLanguageAction->setChecked(followsSystem);
    m_languageGroup->addAction(m_systemLanguageAction);
    connect(m_systemLanguageAction, &QAction::triggered, this, [this] { switchLanguage({}); });
    m_languageMenu->addSeparator();
    for (const Translations::Language &language : Translations::shipped()) {
        // Each language by its own name, whatever the interface language.
        QAction *action = m_languageMenu->addAction(language.nativeName);
        action->setObjectName(QStringLiteral("language_") + language.code);
        action->setCheckable(true);
        action->setChecked(!followsSystem && language.code == current);
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, code = language.code] { switchLanguage(code); });
    }
}

void MainWindow::switchLanguage(const QString &code)
{
    Translations::saveLanguage(code);
    Translations::install(code);
    // Qt posts LanguageChange to every widget; each retranslates itself.
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_goMenu->setTitle(tr("&Go"));
    m_languageMenu->setTitle(tr("&Language"));
    m_systemLanguageAction->setText(tr("System Default"));
    m_helpMenu->setTitle(tr("&Help"));
    m_newAction->setText(tr("&New Record Base…"));
    m_newAction->setStatusTip(tr("Create an empty record base"));
    m_openAction->setText(tr("&Open Record Base…"));
    m_openAction->setStatusTip(tr("Open another record base"));
    m_connectAction->setText(tr("Connect to &Server…"));
    m_connectAction->setStatusTip(tr("Open a record base on a PostgreSQL server"));
    m_quitAction->setText(tr("&Quit"));
    m_importAction->setText(tr("&Import Participation…"));
    m_importAction->setStatusTip(tr("Import training participation from a CSV file"));
    m_exportRecordsAction->setText(tr("Export &Records…"));
    m_exportRecordsAction->setStatusTip(
        tr("Save the records as JSON, or the participation as CSV"));
    m_newRecordMenu->setTitle(tr("&New Record"));
    for (QAction *action : m_newRecordMenu->actions())
        action->setText(tr("%1…", "new record of a kind")
                            .arg(RecordSchema::kindLabel(RecordKind(action->data().toInt()))));
    m_editRecordAction->setText(tr("&Edit Record…"));
    m_editRecordAction->setStatusTip(tr("Change the fields of the record shown"));
    m_deleteRecordAction->setText(tr("&Delete Record…"));
    for (int i = 0; i < m_undoStack->count(); ++i) {
        if (auto *command =
                dynamic_cast<RecordCommand *>(const_cast<QUndoCommand *>(m_undoStack->command(i))))
            command->retranslate();
    }
    retranslateUndoActions();
    updateWriteAccess();
    m_deleteRecordAction->setStatusTip(tr("Delete the record shown, after asking"));
    m_exportChartAction->setText(tr("&Export Chart…"));
    m_exportChartAction->setStatusTip(tr("Save the chart as PNG, JPEG, SVG or PDF"));
    m_copyChartAction->setText(tr("Copy C&hart"));
    m_copyChartAction->setStatusTip(tr("Copy the chart to the clipboard as an image"));
    m_chartDock->setWindowTitle(tr("Chart"));
    // Qt names the dock's title buttons once, when it is made; name them
    // again in the new language, with Qt's own strings.
    if (auto *close = m_chartDock->findChild<QAbstractButton *>(
            QStringLiteral("qt_dockwidget_closebutton"))) {
        close->setAccessibleName(qtString("QDockWidget", "Close"));
        close->setToolTip(qtString("QDockWidget", "Closes the dock widget"));
    }
    if (auto *floatButton = m_chartDock->findChild<QAbstractButton *>(
            QStringLiteral("qt_dockwidget_floatbutton"))) {
        floatButton->setAccessibleName(qtString("QDockWidget", "Float"));
        floatButton->setToolTip(qtString("QDockWidget", "Undocks and re-attaches the dock widget"));
    }
    m_chartDockAction->setText(tr("&Chart"));
    m_copyAction->setText(tr("&Copy"));
    m_findAction->setText(tr("&Find…"));
    m_findAction->setStatusTip(tr("Search the record base"));
    m_backAction->setText(tr("&Back"));
    m_backAction->setToolTip(tr("Back to the previous record"));
    m_forwardAction->setText(tr("&Forward"));
    m_forwardAction->setToolTip(tr("Forward to the next record"));
    m_homeAction->setText(tr("&Home"));
    m_homeAction->setToolTip(tr("The record base overview"));
    m_navigationToolBar->setWindowTitle(tr("Navigation"));
    m_toolBarAction->setText(tr("&Toolbar"));
    m_statusBarAction->setText(tr("&Status Bar"));
    m_fullScreenAction->setText(tr("&Full Screen"));
    m_shortcutsAction->setText(tr("&Keyboard Shortcuts"));
    m_aboutAction->setText(tr("&About Liaison"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_searchField->setPlaceholderText(tr("Search records (Ctrl+F)"));
    m_searchField->setAccessibleName(tr("Search records"));
    m_tree->setAccessibleName(tr("Agencies and projects"));
    m_results->setAccessibleName(tr("Search results"));
    m_splitter->setAccessibleName(tr("Record browser"));
    m_treeModel->retranslate();
    refreshStatusBar();
    updateWindowTitle();
    if (!m_searchField->text().isEmpty())
        runSearch();
}

void MainWindow::retranslateUndoActions()
{
    const QString undo = m_undoStack->canUndo() ? m_undoStack->undoText() : QString();
    const QString redo = m_undoStack->canRedo() ? m_undoStack->redoText() : QString();
    m_undoAction->setText(undo.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undo));
    m_redoAction->setText(redo.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redo));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        updateToolBarIcons();
    QMainWindow::changeEvent(event);
}

void MainWindow::updateToolBarIcons()
{
    m_backAction->setIcon(RecordIcons::monochrome(QStringLiteral("back"), palette()));
    m_forwardAction->setIcon(RecordIcons::monochrome(QStringLiteral("forward"), palette()));
    m_homeAction->setIcon(RecordIcons::monochrome(QStringLiteral("home"), palette()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    QMainWindow::closeEvent(event);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // The mouse's back and forward buttons, anywhere in this window.
    if (event->type() == QEvent::MouseButtonPress) {
        auto *widget = qobject_cast<QWidget *>(watched);
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (widget && widget->window() == this) {
            if (mouse->button() == Qt::BackButton) {
                goBack();
                return true;
            }
            if (mouse->button() == Qt::ForwardButton) {
                goForward();
                return true;
            }
        }
    }
    if (event->type() == QEvent::KeyPress && (watched == m_searchField || watched == m_results)) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            clearSearch();
            m_tree->setFocus(Qt::OtherFocusReason);
            return true;
        }
        if (watched == m_searchField && key->key() == Qt::Key_Down
            && m_navigationStack->currentWidget() == m_results && m_resultsModel->rowCount() > 0) {
            m_results->setFocus(Qt::OtherFocusReason);
            if (!m_results->currentIndex().isValid())
                m_results->setCurrentIndex(m_resultsModel->index(0, 0));
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::restoreWindowState()
{
    const QSettings settings;
    restoreGeometry(settings.value(geometryKey).toByteArray());
    if (!restoreState(settings.value(stateKey).toByteArray()))
        // First run: a chart tall enough to read beside the record's page.
        resizeDocks({m_chartDock}, {height() * 9 / 20}, Qt::Vertical);
    m_splitter->restoreState(settings.value(splitterKey).toByteArray());
    m_tree->header()->restoreState(settings.value(treeHeaderKey).toByteArray());
    m_statusBarAction->setChecked(!statusBar()->isHidden());
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    settings.setValue(splitterKey, m_splitter->saveState());
    settings.setValue(treeHeaderKey, m_tree->header()->saveState());
    if (m_database) {
        settings.setValue(lastRecordBaseKey, m_database->path());
        settings.setValue(lastRecordKey,
                          currentRecord().isValid() ? currentRecord().toString() : QString());
    }
}

QString MainWindow::recordBasePath() const
{
    return m_database ? m_database->path() : QString();
}

RecordId MainWindow::currentRecord() const
{
    return m_detailPane->currentRecord();
}

bool MainWindow::openStartupRecordBase(const QString &path)
{
    QString file = path;
    if (file.isEmpty()) {
        const QString last = QSettings().value(lastRecordBaseKey).toString();
        if (!last.isEmpty() && mayStillExist(last) && openRecordBase(last))
            return true;
        QString error;
        if (!DefaultDatabase::ensureExists(&error)) {
            QMessageBox::critical(
                this, tr("Liaison"),
                tr("The demo record base could not be created.\n\n%1").arg(error));
            return false;
        }
        file = DefaultDatabase::path();
    }
    if (openRecordBase(file))
        return true;
    return offerAfterFailedOpen(file, m_lastOpenFailure);
}

bool MainWindow::offerAfterFailedOpen(const QString &path, int failure)
{
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    QMessageBox box(QMessageBox::Warning, tr("Liaison"), tr("The record base could not be opened."),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("openFailureBox"));
    box.setInformativeText(m_error);
    QPushButton *create = nullptr;
    QPushButton *openAnother = nullptr;
    QPushButton *createNew = nullptr;
    if (failure == int(Database::OpenFailure::Missing)) {
        box.setText(tr("There is no record base at %1.").arg(shown));
        box.setInformativeText(tr("Create an empty record base there?"));
        create = box.addButton(tr("&Create"), QMessageBox::AcceptRole);
    } else if (failure == int(Database::OpenFailure::Damaged)
               || failure == int(Database::OpenFailure::NotADatabase)
               || failure == int(Database::OpenFailure::OtherApplication)) {
        // The file is left as it is: no repair behind the user's back.
        openAnother = box.addButton(tr("&Open Another…"), QMessageBox::AcceptRole);
        createNew = box.addButton(tr("Create &New…"), QMessageBox::AcceptRole);
    }
    box.addButton(create || openAnother ? QMessageBox::Cancel : QMessageBox::Close);
    box.exec();
    if (create && box.clickedButton() == create) {
        Database created;
        if (m_lastAttempt.isPostgres() ? !created.create(m_lastAttempt) : !created.create(path)) {
            QMessageBox::warning(this, tr("Liaison"), created.errorString());
            return false;
        }
        created.close();
        return m_lastAttempt.isPostgres() ? openRecordBase(m_lastAttempt) : openRecordBase(path);
    }
    if (openAnother && box.clickedButton() == openAnother) {
        openRecordBaseDialog();
        return m_database != nullptr;
    }
    if (createNew && box.clickedButton() == createNew) {
        newRecordBaseDialog();
        return m_database != nullptr;
    }
    return false;
}

void MainWindow::startBackgroundCheck()
{
    const int generation = m_checkGeneration;
    const QString path = m_database->path();
    auto result = std::make_shared<std::pair<int, QString>>(0, QString());
    // One connection per thread: the check opens its own, read-only.
    QThread *thread = QThread::create([path, result] {
        Database check;
        if (!check.open(path, Database::OpenMode::ReadOnly))
            *result = {int(check.openFailure()), check.errorString()};
    });
    connect(thread, &QThread::finished, this, [this, thread, generation, result] {
        if (m_checkThread == thread)
            m_checkThread = nullptr;
        thread->deleteLater();
        finishBackgroundCheck(generation, result->first, result->second);
    });
    m_checkThread = thread;
    statusBar()->showMessage(tr("Checking %1 for damage…").arg(QDir::toNativeSeparators(path)));
    thread->start(QThread::LowPriority);
}

void MainWindow::finishBackgroundCheck(int generation, int failure, const QString &error)
{
    if (generation != m_checkGeneration || !m_database)
        return;
    statusBar()->clearMessage();
    if (failure == int(Database::OpenFailure::None)) {
        updateWriteAccess();
        emit recordBaseChecked(true);
        return;
    }
    // Damaged after all: nothing was written to it (edits waited for the
    // check); let go of it and offer what fits, as for a failed open.
    const QString path = m_database->path();
    closeRecordBase();
    m_error = error;
    m_lastOpenFailure = failure;
    emit recordBaseChecked(false);
    offerAfterFailedOpen(path, failure);
}

void MainWindow::detachViews()
{
    // Everything that reads through the record base lets go of it before it
    // closes or is replaced.
    m_changeWatcher.reset();
    m_searchLoader->closeConnection();
    m_detailPane->setDatabase(nullptr);
    m_chartPane->setDatabase(nullptr);
    m_treeModel->setDatabase(nullptr);
    // Commands hold the record base they change; another one starts afresh.
    m_undoStack->clear();
    m_lastUndoIndex = 0;
    m_history.clear();
    clearSearch();
}

void MainWindow::closeRecordBase()
{
    ++m_checkGeneration;
    detachViews();
    m_database.reset();
    refreshStatusBar();
    updateWriteAccess();
    updateWindowTitle();
    updateNavigationActions();
}

bool MainWindow::isReadOnly() const
{
    return m_database && m_database->isReadOnly();
}

void MainWindow::updateWriteAccess()
{
    const bool writable = m_database && !m_database->isReadOnly();
    // While the background check runs nothing is written to the file.
    const bool checked = !m_checkThread;
    for (QAction *action : {m_importAction, m_editRecordAction, m_deleteRecordAction})
        action->setEnabled(writable && checked);
    m_newRecordMenu->setEnabled(writable && checked);
    m_undoAction->setEnabled(writable && checked && m_undoStack->canUndo());
    m_redoAction->setEnabled(writable && checked && m_undoStack->canRedo());
    m_readOnlyBanner->setVisible(m_database && !writable);
    if (m_database && !writable)
        m_readOnlyBanner->setText(tr("Read-only: %1 Records can be browsed, charted and exported, "
                                     "but not edited or imported.")
                                      .arg(m_database->readOnlyMessage()));
}

bool MainWindow::openRecordBase(const QString &path)
{
    // A file or a server's address, as DatabaseLocation reads them.
    const auto location = DatabaseLocation::fromUserInput(path, &m_error);
    if (!location) {
        m_lastOpenFailure = int(Database::OpenFailure::Other);
        return false;
    }
    return openRecordBase(*location);
}

bool MainWindow::openRecordBase(const DatabaseLocation &location)
{
    return openRecordBase(location, false);
}

bool MainWindow::openRecordBase(const DatabaseLocation &location, bool rememberPassword)
{
    DatabaseLocation attempt = location;
    QSettings serverSettings;
    const QString rememberKey =
        QStringLiteral("servers/%1/rememberPassword")
            .arg(QString::fromLatin1(QUrl::toPercentEncoding(attempt.displayName())));
    bool remember = rememberPassword || serverSettings.value(rememberKey, false).toBool();
    if (attempt.isPostgres() && !attempt.hasPassword() && remember && m_credentials) {
        if (const auto password = m_credentials->password(attempt))
            attempt.setPassword(*password);
    }
    auto database = std::make_unique<Database>();
    const bool checkInBackground =
        !attempt.isPostgres() && QFileInfo(attempt.path()).size() > m_backgroundCheckAbove;
    m_lastAttempt = attempt;
    for (;;) {
        if (database->open(attempt, Database::OpenMode::ReadWrite,
                           checkInBackground ? Database::Verification::Deferred
                                             : Database::Verification::QuickCheck))
            break;
        const auto failure = database->openFailure();
        m_error = database->errorString();
        m_lastOpenFailure = int(failure);
        m_lastAttempt = attempt;
        // A server that wants a (another) password: ask, then try again.
        if (failure != Database::OpenFailure::PasswordRequired
            && failure != Database::OpenFailure::AccessDenied)
            return false;
        ConnectDialog dialog(this);
        dialog.setLocation(attempt);
        dialog.setRememberPassword(remember);
        dialog.setMessage(m_error);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        attempt = dialog.location();
        remember = dialog.rememberPassword();
    }
    if (attempt.isPostgres() && m_credentials) {
        // Kept only when asked, and forgotten when no longer wanted.
        QString error;
        if (remember && attempt.hasPassword()
            && !m_credentials->storePassword(attempt, attempt.password(), &error))
            statusBar()->showMessage(error, 10000);
        if (!remember)
            m_credentials->forgetPassword(attempt, &error);
        serverSettings.setValue(rememberKey, remember);
    }
    m_lastOpenFailure = 0;
    detachViews();
    m_database = std::move(database);
    // Other windows' and colleagues' commits: read the record base again.
    m_changeWatcher = std::make_unique<ChangeWatcher>(*m_database);
    connect(m_changeWatcher.get(), &ChangeWatcher::changedElsewhere, this, [this] {
        reloadViews(currentRecord());
        refreshStatusBar();
    });
    ++m_checkGeneration; // a check of the previous record base no longer counts
    if (checkInBackground)
        startBackgroundCheck();
    m_error.clear();
    m_treeModel->setDatabase(m_database.get());
    m_detailPane->setDatabase(m_database.get());
    m_chartPane->setDatabase(m_database.get());
    for (int row = 0; row < m_treeModel->rowCount(); ++row)
        m_tree->expand(m_treeModel->index(row, 0));
    rememberRecordBase(m_database->path());
    refreshStatusBar();
    updateWriteAccess();

    // Come back to the record of the last session in this record base.
    QSettings settings;
    RecordId start;
    if (settings.value(lastRecordBaseKey).toString() == m_database->path()) {
        if (const auto last = RecordId::fromString(settings.value(lastRecordKey).toString()))
            start = *last;
    }
    settings.setValue(lastRecordBaseKey, m_database->path());
    navigateTo(start);
    return true;
}

void MainWindow::rememberRecordBase(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(recentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > RecentLimit)
        recent.removeLast();
    settings.setValue(recentKey, recent);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(recentKey).toStringList();
    int number = 0;
    for (const QString &path : recent) {
        if (!mayStillExist(path))
            continue;
        ++number;
        QAction *action =
            m_recentMenu->addAction(tr("&%1 %2").arg(number).arg(QDir::toNativeSeparators(path)));
        connect(action, &QAction::triggered, this, [this, path] {
            if (!openRecordBase(path))
                QMessageBox::warning(this, tr("Open Record Base"),
                                     tr("The record base could not be opened.\n\n%1").arg(m_error));
        });
    }
    if (number == 0)
        m_recentMenu->addAction(tr("No recent record bases"))->setEnabled(false);
}

void MainWindow::refreshStatusBar()
{
    if (!m_database) {
        m_pathLabel->clear();
        m_countsLabel->setText(tr("No record base open"));
        return;
    }
    m_pathLabel->setText(QDir::toNativeSeparators(m_database->path()));
    const RecordStore store(*m_database);
    const auto counts = store.recordCounts();
    if (!counts) {
        m_countsLabel->setText(tr("Cannot count records: %1").arg(store.errorString()));
        return;
    }
    m_countsLabel->setText(QLocale().createSeparatedList({
        tr("%n agencies", nullptr, int(counts->agencies)),
        tr("%n projects and programmes", nullptr, int(counts->projects)),
        tr("%n events", nullptr, int(counts->events)),
        tr("%n people", nullptr, int(counts->people)),
        tr("%n agreements", nullptr, int(counts->agreements)),
    }));
}

void MainWindow::updateWindowTitle()
{
    if (!m_database) {
        setWindowTitle(tr("Liaison"));
        return;
    }
    const QString base = QFileInfo(m_database->path()).fileName();
    const QString record = m_detailPane->currentTitle();
    setWindowTitle(record.isEmpty() ? tr("%1 — Liaison").arg(base)
                                    : tr("%1 — %2 — Liaison").arg(record, base));
}

void MainWindow::updateNavigationActions()
{
    m_backAction->setEnabled(m_history.canGoBack());
    m_forwardAction->setEnabled(m_history.canGoForward());
}

void MainWindow::navigateTo(const RecordId &record)
{
    m_history.visit(record);
    showRecord(record);
}

void MainWindow::showRecord(const RecordId &record)
{
    if (record.isValid())
        m_detailPane->showRecord(record);
    else
        m_detailPane->showOverview();
    selectInTree(record);
    updateChartScope(m_tree->currentIndex());
    updateWindowTitle();
    updateNavigationActions();
}

void MainWindow::selectInTree(const RecordId &record)
{
    m_selectingInTree = true;
    const QModelIndex index = record.isValid() ? m_treeModel->indexOf(record) : QModelIndex();
    if (index.isValid()) {
        m_tree->setCurrentIndex(index);
        m_tree->scrollTo(index);
    } else {
        m_tree->selectionModel()->clearSelection();
        m_tree->selectionModel()->setCurrentIndex(QModelIndex(), QItemSelectionModel::NoUpdate);
    }
    m_selectingInTree = false;
}

void MainWindow::onTreeCurrentChanged(const QModelIndex &current)
{
    if (m_selectingInTree || !current.isValid())
        return;
    const RecordId record = m_treeModel->recordAt(current);
    // Group nodes have no page of their own yet: they show the overview.
    m_history.visit(record.isValid() ? record : RecordId());
    if (record.isValid())
        m_detailPane->showRecord(record);
    else
        m_detailPane->showOverview();
    updateChartScope(current);
    updateWindowTitle();
    updateNavigationActions();
}

void MainWindow::updateChartScope(const QModelIndex &treeIndex)
{
    const RecordId record = m_detailPane->currentRecord();
    // A record shown without a place in the tree (a source) or Home: the
    // pane's record decides; group nodes chart everything under them.
    if (record.isValid()) {
        m_chartPane->setScope(StatsScope::forRecord(record), m_detailPane->currentTitle());
        return;
    }
    using NodeType = TreeQueries::NodeType;
    const auto type = treeIndex.isValid()
        ? NodeType(treeIndex.data(RecordTreeModel::NodeTypeRole).toInt())
        : NodeType::AgenciesRoot;
    StatsScope scope;
    QString name = tr("All records");
    if (treeIndex.isValid()) {
        name = treeIndex.data().toString();
        if (type == NodeType::InternationalGroup)
            scope = StatsScope(StatsScope::Type::InternationalOrganisations);
        else if (type == NodeType::EuropeanGroup)
            scope = StatsScope(StatsScope::Type::EuropeanBodies);
        else if (type == NodeType::OtherEventsGroup)
            scope = StatsScope(StatsScope::Type::EventsOutsideProjects);
        else
            name = tr("All records");
    }
    m_chartPane->setScope(scope, name);
}

void MainWindow::exportChart()
{
    if (!m_chartPane->hasChart()) {
        statusBar()->showMessage(tr("There is no chart to export."), 4000);
        return;
    }
    QSettings settings;
    const QString folder = settings.value(chartFolderKey, QDir::homePath()).toString();
    const QString suggested = QDir(folder).filePath(
        QStringLiteral("%1-%2.png")
            .arg(m_chartPane->recordName().section(QStringLiteral(" — "), 0, 0),
                 chartKindName(m_chartPane->chartKind()))
            .replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("_")));
    const QString png = tr("PNG image (*.png)");
    const QString jpeg = tr("JPEG image (*.jpg *.jpeg)");
    const QString svg = tr("SVG drawing (*.svg)");
    const QString pdf = tr("PDF document (*.pdf)");
    QString filter = png;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export Chart"), suggested,
        QStringList {png, jpeg, svg, pdf}.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    // The format follows the extension; add the chosen filter's when missing.
    if (!ChartExporter::formatForPath(path)) {
        const QString suffix = filter == jpeg ? QStringLiteral(".jpg")
            : filter == svg                   ? QStringLiteral(".svg")
            : filter == pdf                   ? QStringLiteral(".pdf")
                                              : QStringLiteral(".png");
        path += suffix;
    }
    settings.setValue(chartFolderKey, QFileInfo(path).absolutePath());
    QSize size = m_chartPane->view()->size();
    qreal scale = 1.0;
    if (ChartExporter::isRaster(*ChartExporter::formatForPath(path))) {
        ChartExportDialog dialog(size, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        size = dialog.chartSize();
        scale = dialog.scale();
    }
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool written = ChartExporter::write(*m_chartPane->chartData(), m_chartPane->recordName(),
                                              path, size, scale, &error);
    QApplication::restoreOverrideCursor();
    if (!written) {
        QMessageBox::warning(this, tr("Export Chart"), error);
        return;
    }
    statusBar()->showMessage(tr("Chart saved as %1").arg(QDir::toNativeSeparators(path)), 6000);
}

void MainWindow::copyChart()
{
    if (!m_chartPane->hasChart()) {
        statusBar()->showMessage(tr("There is no chart to copy."), 4000);
        return;
    }
    QApplication::clipboard()->setImage(m_chartPane->grabImage());
    statusBar()->showMessage(tr("Chart copied to the clipboard"), 4000);
}

void MainWindow::goBack()
{
    if (m_history.canGoBack())
        showRecord(m_history.goBack());
}

void MainWindow::goForward()
{
    if (m_history.canGoForward())
        showRecord(m_history.goForward());
}

void MainWindow::goHome()
{
    navigateTo(RecordId());
}

void MainWindow::runSearch()
{
    m_searchTimer->stop();
    const QString text = m_searchField->text().trimmed();
    if (text.isEmpty() || !m_database) {
        clearSearch();
        return;
    }
    // Ranking tens of thousands of matches takes tens of milliseconds on a
    // large record base: on the search's own worker thread and connection.
    struct Found
    {
        std::optional<QList<SearchIndex::Hit>> hits;
        QString error;
    };
    m_searchLoader->load(
        m_database->location(),
        [text](const Database &db) {
            Found found;
            if (!db.isOpen()) {
                found.error = db.errorString();
                return found;
            }
            const SearchIndex index(db);
            found.hits = index.search(text, SearchResultLimit);
            if (!found.hits)
                found.error = index.errorString();
            return found;
        },
        [this, text](Found found) { showSearchResults(text, found.hits, found.error); });
}

void MainWindow::showSearchResults(const QString &text,
                                   const std::optional<QList<SearchIndex::Hit>> &hits,
                                   const QString &error)
{
    m_resultsModel->clear();
    if (!hits) {
        statusBar()->showMessage(tr("Search failed: %1").arg(error));
    } else {
        for (const SearchIndex::Hit &hit : *hits) {
            auto *item = new QStandardItem(
                RecordIcons::forKind(hit.record.kind),
                hit.context.isEmpty()
                    ? hit.title
                    : tr("%1 · %2", "search result: title · context").arg(hit.title, hit.context));
            item->setData(QVariant::fromValue(hit.record), ResultRecordRole);
            item->setToolTip(hit.title);
            m_resultsModel->appendRow(item);
        }
        if (hits->isEmpty()) {
            auto *item = new QStandardItem(tr("No records match \"%1\"").arg(text));
            item->setEnabled(false);
            m_resultsModel->appendRow(item);
        }
        statusBar()->showMessage(tr("%n records found", nullptr, int(hits->size())), 4000);
    }
    m_navigationStack->setCurrentWidget(m_results);
}

void MainWindow::openSearchResult(const QModelIndex &index)
{
    const QVariant value = index.data(ResultRecordRole);
    if (!value.canConvert<RecordId>())
        return;
    // Back to the tree, where the record is selected and revealed; the
    // query stays in the field to refine.
    m_navigationStack->setCurrentWidget(m_tree);
    navigateTo(value.value<RecordId>());
    m_tree->setFocus(Qt::OtherFocusReason);
}

void MainWindow::clearSearch()
{
    m_searchTimer->stop();
    m_searchLoader->cancel();
    if (!m_searchField->text().isEmpty())
        m_searchField->clear();
    m_resultsModel->clear();
    m_navigationStack->setCurrentWidget(m_tree);
}

void MainWindow::connectToServerDialog()
{
    ConnectDialog dialog(this);
    if (m_database && m_database->isPostgres())
        dialog.setLocation(m_database->location());
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!openRecordBase(dialog.location(), dialog.rememberPassword()))
        offerAfterFailedOpen(m_lastAttempt.displayName(), m_lastOpenFailure);
}

void MainWindow::setCredentialStore(std::unique_ptr<CredentialStore> store)
{
    m_credentials = std::move(store);
}

void MainWindow::openRecordBaseDialog()
{
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Record Base"), settings.value(lastFolderKey, QDir::homePath()).toString(),
        fileFilter());
    if (path.isEmpty())
        return;
    settings.setValue(lastFolderKey, QFileInfo(path).absolutePath());
    if (!openRecordBase(path))
        offerAfterFailedOpen(path, m_lastOpenFailure);
}

void MainWindow::newRecordBaseDialog()
{
    QSettings settings;
    QString path = QFileDialog::getSaveFileName(
        this, tr("New Record Base"), settings.value(lastFolderKey, QDir::homePath()).toString(),
        fileFilter(), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    settings.setValue(lastFolderKey, QFileInfo(path).absolutePath());
    // Liaison never replaces a record base: an existing file is refused.
    {
        Database created;
        if (!created.create(path)) {
            QMessageBox::warning(
                this, tr("New Record Base"),
                tr("The record base could not be created.\n\n%1").arg(created.errorString()));
            return;
        }
    }
    if (!openRecordBase(path))
        QMessageBox::warning(this, tr("New Record Base"),
                             tr("The record base could not be opened.\n\n%1").arg(m_error));
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(this, this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Liaison"),
        tr("<h3>Liaison %1</h3>"
           "<p>Browse international cooperation records: agencies, projects and programmes, "
           "events, and training participation.</p>"
           "<p>License: GNU General Public License, version 3 or later.<br>"
           "Built with Qt %2 (running on Qt %3).</p>"
           "<p><b>Demo records.</b> The facts come from the article “The State Customs "
           "Committee was represented at the international seminar organized in Poland by "
           "law enforcement agencies of the European Union”. The demo also holds an "
           "illustrative sample, marked as such, that is not a real record. Country names: "
           "ISO 3166-1, from Debian's iso-codes.</p>")
            .arg(QStringLiteral(LIAISON_VERSION), QStringLiteral(QT_VERSION_STR),
                 QString::fromLatin1(qVersion())));
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (m_database && urls.size() == 1 && urls.first().isLocalFile()
        && urls.first().toLocalFile().endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    // Let the drag finish before a modal dialog opens.
    const QString path = urls.first().toLocalFile();
    QTimer::singleShot(0, this, [this, path] { importParticipation(path); });
}

void MainWindow::importParticipationDialog()
{
    if (!m_database)
        return;
    QSettings settings;
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import Participation"),
                                     settings.value(lastFolderKey, QDir::homePath()).toString(),
                                     tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(lastFolderKey, QFileInfo(path).absolutePath());
    importParticipation(path);
}

void MainWindow::importParticipation(const QString &path)
{
    if (!m_database)
        return;
    ImportDialog dialog(*m_database, path, this);
    dialog.loadPreview();
    if (dialog.exec() != QDialog::Accepted)
        return;
    // An import is not one of the undoable edits: the change is recorded
    // in the record base (with its source) and can be imported again.
    m_undoStack->clear();
    m_lastUndoIndex = 0;
    const ParticipationImport::Result &result = dialog.result();
    reloadViews(currentRecord());
    statusBar()->showMessage(
        tr("Imported %Ln rows from %1.", nullptr, int(result.rows)).arg(QFileInfo(path).fileName()),
        8000);
}

void MainWindow::exportRecordsDialog()
{
    if (!m_database)
        return;
    QSettings settings;
    const QString csv = tr("Training participation, CSV (*.csv)");
    const QString json = tr("Every record, JSON (*.json)");
    QString filter = csv;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export Records"), settings.value(lastFolderKey, QDir::homePath()).toString(),
        QStringList {csv, json}.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    const bool asJson =
        filter == json || path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    if (QFileInfo(path).suffix().isEmpty())
        path += asJson ? QStringLiteral(".json") : QStringLiteral(".csv");
    settings.setValue(lastFolderKey, QFileInfo(path).absolutePath());
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    RecordExport::CsvReport report;
    const bool written = asJson
        ? RecordExport::writeJson(*m_database, path, &error)
        : RecordExport::writeParticipationCsv(*m_database, path, &error, &report);
    QApplication::restoreOverrideCursor();
    if (!written) {
        QMessageBox::warning(this, tr("Export Records"), error);
        return;
    }
    if (!report.summary().isEmpty())
        QMessageBox::information(this, tr("Export Records"), report.summary());
    statusBar()->showMessage(tr("Records saved as %1").arg(QDir::toNativeSeparators(path)), 6000);
}

void MainWindow::newRecord(RecordKind kind)
{
    if (!m_database)
        return;
    RecordFormDialog dialog(*m_database, kind, {}, this);
    RecordEditor validator(*m_database);
    dialog.setValidator([&validator, kind](const QVariantMap &fields) {
        return validator.validate(kind, 0, fields);
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto *command = new CreateRecordCommand(*m_database, kind, dialog.fields());
    m_undoStack->push(command);
    if (!command->succeeded()) {
        // Nothing changed: drop the command rather than leave it to redo.
        const QString error = command->errorString();
        command->setObsolete(true);
        m_undoStack->undo();
        QMessageBox::warning(this, tr("New Record"), error);
    }
}

void MainWindow::editCurrentRecord()
{
    const RecordId record = currentRecord();
    if (!m_database || !record.isValid() || !RecordSchema::editableKinds().contains(record.kind)) {
        statusBar()->showMessage(tr("Select a record to edit."), 4000);
        return;
    }
    RecordEditor editor(*m_database);
    // With its version: saving is refused if someone changes it meanwhile.
    const RecordEditor::Loaded loaded = editor.load(record.kind, record.id);
    const QVariantMap &before = loaded.fields;
    RecordFormDialog dialog(*m_database, record.kind, before, this);
    dialog.setValidator([&editor, record](const QVariantMap &fields) {
        return editor.validate(record.kind, record.id, fields);
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QVariantMap changed = dialog.changedFields();
    if (changed.isEmpty())
        return;
    QVariantMap old;
    for (auto it = changed.cbegin(); it != changed.cend(); ++it)
        old.insert(it.key(), before.value(it.key()));
    auto *command =
        new EditRecordCommand(*m_database, record.kind, record.id, old, changed, loaded.version);
    m_undoStack->push(command);
    if (!command->succeeded()) {
        // Nothing changed: drop the command rather than leave it to redo.
        const QString error = command->errorString();
        command->setObsolete(true);
        m_undoStack->undo();
        QMessageBox::warning(this, tr("Edit Record"), error);
    }
}

void MainWindow::deleteCurrentRecord()
{
    const RecordId record = currentRecord();
    if (!m_database || !record.isValid() || !RecordSchema::editableKinds().contains(record.kind)) {
        statusBar()->showMessage(tr("Select a record to delete."), 4000);
        return;
    }
    const RecordEditor editor(*m_database);
    const RecordEditor::Impact impact = editor.impactOfDeleting(record);
    const QString name = m_detailPane->currentTitle();
    QStringList consequences;
    for (auto it = impact.removed.cbegin(); it != impact.removed.cend(); ++it)
        consequences.append(rowsOf(it.key(), it.value()));
    QString question = tr("Delete %1?").arg(name);
    if (!consequences.isEmpty())
        question += QLatin1Char('\n')
            + tr("Deleting %1 also removes %2.")
                  .arg(name, QLocale().createSeparatedList(consequences));
    if (!impact.unlinked.isEmpty()) {
        QStringList unlinked;
        for (auto it = impact.unlinked.cbegin(); it != impact.unlinked.cend(); ++it)
            unlinked.append(rowsOf(it.key(), it.value()));
        question += QLatin1Char('\n')
            + tr("These will no longer refer to it: %1.")
                  .arg(QLocale().createSeparatedList(unlinked));
    }
    question += QLatin1Char('\n') + tr("You can undo this with Edit → Undo.");
    if (QMessageBox::question(this, tr("Delete Record"), question,
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    auto *command = new DeleteRecordCommand(*m_database, record);
    m_undoStack->push(command);
    if (!command->succeeded()) {
        // Nothing changed: drop the command rather than leave it to redo.
        const QString error = command->errorString();
        command->setObsolete(true);
        m_undoStack->undo();
        QMessageBox::warning(this, tr("Delete Record"), error);
    }
}

void MainWindow::showTreeContextMenu(const QPoint &position)
{
    const QModelIndex index = m_tree->indexAt(position);
    QMenu menu(this);
    if (index.isValid()) {
        m_tree->setCurrentIndex(index);
        if (RecordSchema::editableKinds().contains(m_treeModel->recordAt(index).kind)
            && m_treeModel->recordAt(index).isValid()) {
            menu.addAction(m_editRecordAction);
            menu.addAction(m_deleteRecordAction);
            menu.addSeparator();
        }
    }
    menu.addMenu(m_newRecordMenu);
    menu.exec(m_tree->viewport()->mapToGlobal(position));
}

void MainWindow::reloadViews(const RecordId &focus)
{
    if (!m_database)
        return;
    const QByteArray header = m_tree->header()->saveState();
    m_treeModel->setDatabase(m_database.get());
    m_tree->header()->restoreState(header);
    for (int row = 0; row < m_treeModel->rowCount(); ++row)
        m_tree->expand(m_treeModel->index(row, 0));
    refreshStatusBar();
    // A record that no longer exists (deleted, or a creation undone) leaves
    // the Home page.
    const bool exists = focus.isValid()
        && (!RecordSchema::editableKinds().contains(focus.kind)
            || !RecordEditor(*m_database).fieldsOf(focus.kind, focus.id).isEmpty());
    m_history.visit(exists ? focus : RecordId());
    showRecord(exists ? focus : RecordId());
    // The records changed: the chart reads them again even for the same scope.
    m_chartPane->refresh();
}

} // namespace liaison
