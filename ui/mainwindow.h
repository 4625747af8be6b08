// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "databaselocation.h"
#include "navigationhistory.h"
#include "recordid.h"
#include "searchindex.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QDockWidget;
class QActionGroup;
class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QSplitter;
class QStackedWidget;
class QThread;
class QStandardItemModel;
class QTimer;
class QToolBar;
class QTreeView;
class QUndoStack;

namespace liaison {

class BackgroundLoader;
class ChangeWatcher;
class ChartPane;
class CredentialStore;
class Database;
class DetailPane;
class RecordTreeModel;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the record base given on the command line; without one, the
    // record base of the last session, or the per-user demo (created on
    // first run). Shows the error and returns false when none can be opened.
    bool openStartupRecordBase(const QString &path);
    // Opens a record base in this window; on failure keeps the current one
    // and returns false with the reason in errorString().
    bool openRecordBase(const QString &path);
    // A file or a server; a server that wants a password gets it from the
    // keychain (when the user asked to remember it) or the Connect dialog.
    bool openRecordBase(const DatabaseLocation &location);
    // Tests replace the system keychain with a fake.
    void setCredentialStore(std::unique_ptr<CredentialStore> store);

    // Shows a record in the detail pane and selects it in the tree; an
    // invalid record shows the Home page (the record base overview).
    void navigateTo(const RecordId &record);
    RecordId currentRecord() const;

    QString recordBasePath() const;
    bool isReadOnly() const;
    QString errorString() const { return m_error; }

    // Shows the import dialog for a CSV file (File → Import, a dropped file).
    void importParticipation(const QString &path);
    QUndoStack *undoStack() const { return m_undoStack; }

    // Record bases above this size open at once and get SQLite's quick_check
    // (which reads the whole file) on a second connection in the background,
    // so a large record base paints without waiting; edits and imports wait
    // for the check. Smaller ones are checked before they open.
    static constexpr qint64 DefaultBackgroundCheckAboveBytes = 32 * 1024 * 1024;
    void setBackgroundCheckAboveBytes(qint64 bytes) { m_backgroundCheckAbove = bytes; }
    bool isCheckingRecordBase() const { return m_checkThread != nullptr; }

signals:
    // The background check of the open record base ended; false when it found
    // the file damaged (the window has then let go of it).
    void recordBaseChecked(bool sound);

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createWidgets();
    void createActions();
    void createMenusAndToolBar();
    void retranslateUi();
    void updateToolBarIcons();
    void retranslateUndoActions();
    void refreshStatusBar();
    void updateWindowTitle();
    void updateNavigationActions();
    void restoreWindowState();
    void saveWindowState() const;
    void rememberRecordBase(const QString &path);
    void rebuildRecentMenu();
    void createLanguageMenu();
    void switchLanguage(const QString &code);

    void showRecord(const RecordId &record);
    void selectInTree(const RecordId &record);
    void onTreeCurrentChanged(const QModelIndex &current);
    void goBack();
    void goForward();
    void goHome();

    void runSearch();
    void showSearchResults(const QString &text, const std::optional<QList<SearchIndex::Hit>> &hits,
                           const QString &error);
    void openSearchResult(const QModelIndex &index);
    void clearSearch();

    void updateChartScope(const QModelIndex &treeIndex);
    void exportChart();
    void copyChart();

    void importParticipationDialog();
    void exportRecordsDialog();
    void newRecord(RecordKind kind);
    void editCurrentRecord();
    void deleteCurrentRecord();
    void showTreeContextMenu(const QPoint &position);
    // After any change to the records: the tree, panes, chart and counts
    // read the record base again, and focus (if it still exists) is shown.
    void reloadViews(const RecordId &focus);
    // Read-only record bases: a banner says why; edits and imports are off.
    void updateWriteAccess();
    // After a failed open: offers what fits the failure (create a missing
    // record base; open another or create a new one for a damaged file).
    bool offerAfterFailedOpen(const QString &path, int failure);
    void startBackgroundCheck();
    void finishBackgroundCheck(int generation, int failure, const QString &error);
    // Lets go of the open record base (views first) without opening another.
    void closeRecordBase();
    void detachViews();

    void openRecordBaseDialog();
    void connectToServerDialog();
    bool openRecordBase(const DatabaseLocation &location, bool rememberPassword);
    void newRecordBaseDialog();
    void showAbout();
    void showShortcuts();

    std::unique_ptr<Database> m_database;
    std::unique_ptr<ChangeWatcher> m_changeWatcher;
    std::unique_ptr<CredentialStore> m_credentials;
    DatabaseLocation m_lastAttempt; // the last location tried, with its password
    QString m_error;
    NavigationHistory m_history;
    bool m_selectingInTree = false;

    QSplitter *m_splitter = nullptr;
    QLabel *m_readOnlyBanner = nullptr;
    int m_lastOpenFailure = 0;
    qint64 m_backgroundCheckAbove = DefaultBackgroundCheckAboveBytes;
    QThread *m_checkThread = nullptr;
    int m_checkGeneration = 0;
    QLineEdit *m_searchField = nullptr;
    QStackedWidget *m_navigationStack = nullptr;
    QTreeView *m_tree = nullptr;
    RecordTreeModel *m_treeModel = nullptr;
    QListView *m_results = nullptr;
    QStandardItemModel *m_resultsModel = nullptr;
    QTimer *m_searchTimer = nullptr;
    BackgroundLoader *m_searchLoader = nullptr;
    DetailPane *m_detailPane = nullptr;
    ChartPane *m_chartPane = nullptr;
    QDockWidget *m_chartDock = nullptr;
    QLabel *m_pathLabel = nullptr;
    QLabel *m_countsLabel = nullptr;
    QToolBar *m_navigationToolBar = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_systemLanguageAction = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportRecordsAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_editRecordAction = nullptr;
    QAction *m_deleteRecordAction = nullptr;
    QMenu *m_newRecordMenu = nullptr;
    QUndoStack *m_undoStack = nullptr;
    int m_lastUndoIndex = 0;
    QAction *m_exportChartAction = nullptr;
    QAction *m_copyChartAction = nullptr;
    QAction *m_chartDockAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_statusBarAction = nullptr;
    QAction *m_toolBarAction = nullptr;
    QAction *m_fullScreenAction = nullptr;
    QAction *m_backAction = nullptr;
    QAction *m_forwardAction = nullptr;
    QAction *m_homeAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};

} // namespace liaison
