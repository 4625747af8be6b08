// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "database.h"
#include "defaultdatabase.h"
#include "participationstats.h"
#include "recordstore.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTextBrowser>

namespace liaison {

namespace {

const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString stateKey = QStringLiteral("mainWindow/state");
const QString splitterKey = QStringLiteral("mainWindow/splitter");
const QString lastFolderKey = QStringLiteral("files/lastFolder");

QString fileFilter()
{
    return MainWindow::tr("Liaison record bases (*.sqlite *.db);;All files (*)");
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_placeholder = new QLabel(m_splitter);
    m_placeholder->setObjectName(QStringLiteral("navigationArea"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setMargin(12);
    m_overview = new QTextBrowser(m_splitter);
    m_overview->setObjectName(QStringLiteral("overview"));
    m_overview->setOpenExternalLinks(true);
    m_splitter->addWidget(m_placeholder);
    m_splitter->addWidget(m_overview);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    setCentralWidget(m_splitter);

    m_pathLabel = new QLabel(this);
    m_pathLabel->setObjectName(QStringLiteral("recordBasePath"));
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("recordCounts"));
    statusBar()->addWidget(m_countsLabel, 1);
    statusBar()->addPermanentWidget(m_pathLabel);

    createActions();
    createMenus();
    retranslateUi();
    resize(1100, 700);
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_newAction = new QAction(this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newRecordBaseDialog);

    m_openAction = new QAction(this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openRecordBaseDialog);

    m_quitAction = new QAction(this);
    // Some platform themes (Windows, offscreen) bind nothing to Quit.
    m_quitAction->setShortcuts(QKeySequence::keyBindings(QKeySequence::Quit).isEmpty()
                                   ? QList<QKeySequence> {QKeySequence(Qt::CTRL | Qt::Key_Q)}
                                   : QKeySequence::keyBindings(QKeySequence::Quit));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_copyAction = new QAction(this);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setEnabled(false);
    connect(m_overview, &QTextBrowser::copyAvailable, m_copyAction, &QAction::setEnabled);
    connect(m_copyAction, &QAction::triggered, m_overview, &QTextBrowser::copy);

    m_statusBarAction = new QAction(this);
    m_statusBarAction->setCheckable(true);
    m_statusBarAction->setChecked(true);
    connect(m_statusBarAction, &QAction::toggled, statusBar(), &QWidget::setVisible);

    m_fullScreenAction = new QAction(this);
    m_fullScreenAction->setCheckable(true);
    m_fullScreenAction->setShortcut(QKeySequence::FullScreen);
    connect(m_fullScreenAction, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen
                          : windowState() & ~Qt::WindowFullScreen);
    });

    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addAction(m_openAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_copyAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_statusBarAction);
    m_viewMenu->addAction(m_fullScreenAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);

    // Shortcuts keep working when the menu bar is hidden (full screen).
    addActions({m_newAction, m_openAction, m_quitAction, m_copyAction, m_fullScreenAction});
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_newAction->setText(tr("&New Record Base…"));
    m_newAction->setStatusTip(tr("Create an empty record base"));
    m_openAction->setText(tr("&Open Record Base…"));
    m_openAction->setStatusTip(tr("Open another record base"));
    m_quitAction->setText(tr("&Quit"));
    m_copyAction->setText(tr("&Copy"));
    m_statusBarAction->setText(tr("&Status Bar"));
    m_fullScreenAction->setText(tr("&Full Screen"));
    m_aboutAction->setText(tr("&About Liaison"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_placeholder->setText(tr("The tree of agencies and projects will appear here."));
    m_splitter->setAccessibleName(tr("Record browser"));
    m_overview->setAccessibleName(tr("Record base overview"));
    refreshRecordBaseView();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreWindowState()
{
    const QSettings settings;
    restoreGeometry(settings.value(geometryKey).toByteArray());
    restoreState(settings.value(stateKey).toByteArray());
    m_splitter->restoreState(settings.value(splitterKey).toByteArray());
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    settings.setValue(splitterKey, m_splitter->saveState());
}

QString MainWindow::recordBasePath() const
{
    return m_database ? m_database->path() : QString();
}

bool MainWindow::openStartupRecordBase(const QString &path)
{
    QString file = path;
    if (file.isEmpty()) {
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
    QMessageBox::critical(this, tr("Liaison"),
                          tr("The record base could not be opened.\n\n%1").arg(m_error));
    return false;
}

bool MainWindow::openRecordBase(const QString &path)
{
    auto database = std::make_unique<Database>();
    if (!database->open(path)) {
        m_error = database->errorString();
        return false;
    }
    m_database = std::move(database);
    m_error.clear();
    refreshRecordBaseView();
    return true;
}

void MainWindow::refreshRecordBaseView()
{
    if (!m_database) {
        setWindowTitle(tr("Liaison"));
        m_pathLabel->clear();
        m_countsLabel->setText(tr("No record base open"));
        m_overview->clear();
        return;
    }
    const QFileInfo file(m_database->path());
    setWindowTitle(tr("%1 — Liaison").arg(file.fileName()));
    m_pathLabel->setText(QDir::toNativeSeparators(file.absoluteFilePath()));

    const RecordStore store(*m_database);
    const auto counts = store.recordCounts();
    if (!counts) {
        m_countsLabel->setText(tr("Cannot count records: %1").arg(store.errorString()));
        m_overview->clear();
        return;
    }
    const QStringList parts = {
        tr("%n agencies", nullptr, int(counts->agencies)),
        tr("%n projects and programmes", nullptr, int(counts->projects)),
        tr("%n events", nullptr, int(counts->events)),
        tr("%n people", nullptr, int(counts->people)),
        tr("%n agreements", nullptr, int(counts->agreements)),
    };
    m_countsLabel->setText(QLocale().createSeparatedList(parts));

    const ParticipationStats stats(*m_database);
    const RecordRef all {.isAll = true, .kind = RecordKind::Agency, .id = 0, .key = {}, .name = {}};
    const auto total = stats.totalParticipants(all);
    const auto sources = store.sourcesWithRecordCounts();

    QString html = QStringLiteral("<h2>%1</h2>").arg(file.fileName().toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>").arg(QLocale().createSeparatedList(parts).toHtmlEscaped());
    if (total)
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("%n participants in training events recorded.", nullptr, int(*total))
                             .toHtmlEscaped());
    if (sources && !sources->isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Sources").toHtmlEscaped());
        for (const RecordStore::Source &source : *sources) {
            QString kind = tr("published article");
            if (source.kind == QLatin1String("official_record"))
                kind = tr("official record");
            else if (source.kind == QLatin1String("illustrative_sample"))
                kind = tr("illustrative sample, not a real record");
            html += QStringLiteral("<li><b>%1</b> (%2) — %3</li>")
                        .arg(source.title.toHtmlEscaped(), kind.toHtmlEscaped(),
                             tr("%n records", nullptr, int(source.recordCount)).toHtmlEscaped());
        }
        html += QStringLiteral("</ul>");
    }
    m_overview->setHtml(html);
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
        QMessageBox::warning(this, tr("Open Record Base"),
                             tr("The record base could not be opened.\n\n%1").arg(m_error));
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
    Database created;
    if (!created.create(path)) {
        QMessageBox::warning(
            this, tr("New Record Base"),
            tr("The record base could not be created.\n\n%1").arg(created.errorString()));
        return;
    }
    created.close();
    if (!openRecordBase(path))
        QMessageBox::warning(this, tr("New Record Base"),
                             tr("The record base could not be opened.\n\n%1").arg(m_error));
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Liaison"),
        tr("<h3>Liaison %1</h3><p>Browse international cooperation records: agencies, "
           "projects and programmes, events, and training participation.</p>"
           "<p>Built with Qt %2.</p>")
            .arg(QStringLiteral(LIAISON_VERSION), QString::fromLatin1(qVersion())));
}

} // namespace liaison
