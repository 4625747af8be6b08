// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QMenu;
class QSplitter;
class QTextBrowser;

namespace liaison {

class Database;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the record base given on the command line, or the per-user one
    // (created with the demo records on first run). Shows the error and
    // returns false when it cannot be opened.
    bool openStartupRecordBase(const QString &path);
    // Opens a record base in this window; on failure keeps the current one
    // and returns false with the reason in errorString().
    bool openRecordBase(const QString &path);

    QString recordBasePath() const;
    QString errorString() const { return m_error; }

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void retranslateUi();
    void refreshRecordBaseView();
    void restoreWindowState();
    void saveWindowState() const;

    void openRecordBaseDialog();
    void newRecordBaseDialog();
    void showAbout();

    std::unique_ptr<Database> m_database;
    QString m_error;

    QSplitter *m_splitter = nullptr;
    QTextBrowser *m_overview = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_pathLabel = nullptr;
    QLabel *m_countsLabel = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_statusBarAction = nullptr;
    QAction *m_fullScreenAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};

} // namespace liaison
