// SPDX-License-Identifier: GPL-3.0-or-later
// A large record base opens in the window without waiting for SQLite's
// quick_check, which reads the whole file: the check runs on a connection of
// its own thread, edits wait for it, and a damaged file found that way is let
// go of with the same offer as a failed open. Database::Verification::Deferred
// is checked here too: it skips the check only where nothing gets built on
// the file.
#include "applicationidentity.h"
#include "database.h"
#include "demodatabase.h"
#include "mainwindow.h"
#include "robustnesshelpers.h"
#include "schemamigrations.h"
#include "translations.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace liaison;
using namespace robustness;

class TestBackgroundCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void deferredOpen_skipsTheCheck_butNotBeforeAMigration();
    void window_opensAtOnce_andEnablesEditsAfterTheCheck();
    void window_letsGoOfADamagedFile_foundInTheBackground();

private:
    QString demoCopy(const QString &name);
    // Overwrites the participation table's root page, as a failing disk would.
    bool damage(const QString &path);

    QTemporaryDir m_dir;
    QString m_demo;
};

void TestBackgroundCheck::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    ApplicationIdentity::apply();
    QSettings().clear();
    QCOMPARE(Translations::install(QStringLiteral("en")), QStringLiteral("en"));
    m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QString error;
    QVERIFY2(DemoDatabase::create(m_demo, &error), qPrintable(error));
}

QString TestBackgroundCheck::demoCopy(const QString &name)
{
    const QString path = m_dir.filePath(name);
    Database::removeFiles(path);
    if (!QFile::copy(m_demo, path))
        qFatal("cannot copy the demo record base to %s", qPrintable(path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

bool TestBackgroundCheck::damage(const QString &path)
{
    qint64 pageSize = 0;
    qint64 rootPage = 0;
    {
        Database db;
        if (!db.open(path, Database::OpenMode::ReadOnly))
            return false;
        pageSize = valueOf(db, QStringLiteral("PRAGMA page_size")).toLongLong();
        rootPage = valueOf(db,
                           QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = "
                                          "'participation'"))
                       .toLongLong();
    }
    QFile file(path);
    return pageSize > 0 && rootPage > 1 && file.open(QIODevice::ReadWrite)
        && file.seek((rootPage - 1) * pageSize)
        && file.write(QByteArray(pageSize, char(0x5a))) == pageSize;
}

void TestBackgroundCheck::deferredOpen_skipsTheCheck_butNotBeforeAMigration()
{
    const QString path = demoCopy(QStringLiteral("deferred.sqlite"));
    QVERIFY(damage(path));
    {
        Database db;
        QVERIFY2(db.open(path, Database::OpenMode::ReadWrite, Database::Verification::Deferred),
                 qPrintable(db.errorString()));
        QVERIFY(!db.isReadOnly());
    }
    {
        Database db;
        QVERIFY(!db.open(path, Database::OpenMode::ReadOnly));
        QCOMPARE(db.openFailure(), Database::OpenFailure::Damaged);
    }
    // The same damage in a file of an older schema: the migration would build
    // on it, so the check runs even though the caller deferred it.
    {
        Database db;
        QVERIFY(db.open(path, Database::OpenMode::ReadWrite, Database::Verification::Deferred));
        QVERIFY(db.exec(
            QStringLiteral("PRAGMA user_version = %1").arg(SchemaMigrations::latestVersion() - 1)));
    }
    const QByteArray before = fileDigest(path);
    Database db;
    QVERIFY(!db.open(path, Database::OpenMode::ReadWrite, Database::Verification::Deferred));
    QCOMPARE(db.openFailure(), Database::OpenFailure::Damaged);
    QCOMPARE(fileDigest(path), before);
}

void TestBackgroundCheck::window_opensAtOnce_andEnablesEditsAfterTheCheck()
{
    const QString path = demoCopy(QStringLiteral("large.sqlite"));
    MainWindow window;
    window.setBackgroundCheckAboveBytes(0); // the demo counts as large here
    QSignalSpy checked(&window, &MainWindow::recordBaseChecked);
    QVERIFY2(window.openRecordBase(path), qPrintable(window.errorString()));
    window.show();
    auto *newRecord = window.findChild<QMenu *>(QStringLiteral("newRecordMenu"));
    QVERIFY(newRecord);
    QVERIFY(window.isCheckingRecordBase());
    QVERIFY(!newRecord->isEnabled()); // nothing is written before the check
    QVERIFY(!window.isReadOnly()); // ... but the record base is not read-only
    QVERIFY(checked.wait(10000));
    QCOMPARE(checked.constFirst().constFirst().toBool(), true);
    QVERIFY(!window.isCheckingRecordBase());
    QVERIFY(newRecord->isEnabled());
    QCOMPARE(window.recordBasePath(), QFileInfo(path).absoluteFilePath());

    // Below the threshold the check runs before the record base opens.
    window.setBackgroundCheckAboveBytes(MainWindow::DefaultBackgroundCheckAboveBytes);
    QVERIFY(window.openRecordBase(demoCopy(QStringLiteral("small.sqlite"))));
    QVERIFY(!window.isCheckingRecordBase());
    QVERIFY(newRecord->isEnabled());
}

void TestBackgroundCheck::window_letsGoOfADamagedFile_foundInTheBackground()
{
    const QString path = demoCopy(QStringLiteral("damaged.sqlite"));
    QVERIFY(damage(path));
    const QByteArray before = fileDigest(path);
    MainWindow window;
    window.setBackgroundCheckAboveBytes(0);
    QSignalSpy checked(&window, &MainWindow::recordBaseChecked);
    QVERIFY2(window.openRecordBase(path), qPrintable(window.errorString()));
    window.show();

    QString offered;
    QStringList buttons;
    bool sawBox = false;
    // The offer is modal: read it and close it from the event loop.
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != QLatin1String("openFailureBox"))
            return;
        sawBox = true;
        offered = box->informativeText();
        for (QAbstractButton *button : box->buttons())
            buttons.append(button->text());
        box->reject();
    });
    poll.start(20);
    QVERIFY(checked.wait(10000));
    QCOMPARE(checked.constFirst().constFirst().toBool(), false);
    QTRY_VERIFY(sawBox);
    QVERIFY2(offered.contains(QStringLiteral("damaged")), qPrintable(offered));
    QVERIFY2(buttons.contains(QStringLiteral("&Open Another…")), qPrintable(buttons.join(u'|')));
    QVERIFY(window.recordBasePath().isEmpty()); // let go of
    QCOMPARE(fileDigest(path), before); // and never written
}

QTEST_MAIN(TestBackgroundCheck)
#include "tst_backgroundcheck.moc"
