// SPDX-License-Identifier: GPL-3.0-or-later
// The window on a record base on a PostgreSQL server: asked for the password
// by the Connect dialog, remembering it in the keychain (a fake here) only
// when asked and never in the settings file, read-only for a role that may
// only read, and refreshed when a colleague commits. Skipped (reported as
// such) without a test server.
#include "applicationidentity.h"
#include "connectdialog.h"
#include "database.h"
#include "demodatabase.h"
#include "fakecredentialstore.h"
#include "mainwindow.h"
#include "postgrestestdatabase.h"
#include "translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace liaison;
using namespace liaison::testing;

class TestServerWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void password_isAskedFor_rememberedOnlyInTheKeychain();
    void readerRole_getsAReadOnlyWindow();
    void colleaguesCommit_refreshesTheWindow();

private:
    // Answers the Connect dialog when it shows: types password, ticks
    // "remember" as asked, and presses Connect.
    void answerConnectDialog(const QString &password, bool remember, int *shown);

    std::unique_ptr<PostgresTestDatabase> m_server;
};

void TestServerWindow::initTestCase()
{
    LIAISON_NEED_POSTGRES();
    QStandardPaths::setTestModeEnabled(true);
    ApplicationIdentity::apply();
    QCOMPARE(Translations::install(QStringLiteral("en")), QStringLiteral("en"));
    // The password must come from the dialog or the keychain, not the environment.
    qunsetenv("PGPASSWORD");
    qputenv("PGPASSFILE", "/nonexistent/liaison-test-pgpass");
}

void TestServerWindow::init()
{
    QSettings().clear();
    m_server = std::make_unique<PostgresTestDatabase>();
    QVERIFY2(m_server->isValid(), qPrintable(m_server->errorString()));
    QString error;
    QVERIFY2(DemoDatabase::create(m_server->location(), &error), qPrintable(error));
}

void TestServerWindow::answerConnectDialog(const QString &password, bool remember, int *shown)
{
    QTimer::singleShot(50, this, [=, this] {
        auto *dialog = qobject_cast<ConnectDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            answerConnectDialog(password, remember, shown); // not up yet
            return;
        }
        ++*shown;
        dialog->findChild<QLineEdit *>(QStringLiteral("password"))->setText(password);
        dialog->findChild<QCheckBox *>(QStringLiteral("rememberPassword"))->setChecked(remember);
        dialog->accept();
    });
}

void TestServerWindow::password_isAskedFor_rememberedOnlyInTheKeychain()
{
    const DatabaseLocation withPassword = m_server->location();
    DatabaseLocation location = withPassword;
    location.setPassword(QString());
    auto store = std::make_unique<FakeCredentialStore>();
    FakeCredentialStore *keychain = store.get();
    int shown = 0;
    {
        MainWindow window;
        window.setCredentialStore(std::move(store));
        answerConnectDialog(withPassword.password(), true, &shown);
        QVERIFY2(window.openRecordBase(location.displayName()), qPrintable(window.errorString()));
        QCOMPARE(shown, 1);
        QCOMPARE(window.recordBasePath(), location.displayName());
        QVERIFY(!window.isReadOnly());
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("recordCounts"))
                    ->text()
                    .contains(QStringLiteral("17 agencies")));
        QCOMPARE(keychain->entries().value(CredentialStore::keyFor(location)),
                 withPassword.password());
        store = nullptr;
    }
    // Never in the settings file.
    QSettings().sync();
    QFile settings(QSettings().fileName());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    const QByteArray written = settings.readAll();
    QVERIFY(written.contains(location.displayName().toUtf8())
            || written.contains(QUrl::toPercentEncoding(location.displayName())));
    QVERIFY(!written.contains(withPassword.password().toUtf8()));

    // Next time the keychain answers, and no dialog shows.
    auto again = std::make_unique<FakeCredentialStore>();
    QString error;
    QVERIFY(again->storePassword(location, withPassword.password(), &error));
    MainWindow window;
    window.setCredentialStore(std::move(again));
    QVERIFY2(window.openRecordBase(location.displayName()), qPrintable(window.errorString()));
    QCOMPARE(window.recordBasePath(), location.displayName());
}

void TestServerWindow::readerRole_getsAReadOnlyWindow()
{
    const auto location = m_server->readerLocation();
    QVERIFY2(location, qPrintable(m_server->errorString()));
    MainWindow window;
    window.setCredentialStore(std::make_unique<FakeCredentialStore>());
    QVERIFY2(window.openRecordBase(*location), qPrintable(window.errorString()));
    window.show();
    QVERIFY(window.isReadOnly());
    auto *banner = window.findChild<QLabel *>(QStringLiteral("readOnlyBanner"));
    QVERIFY(banner && banner->isVisible());
    QVERIFY2(banner->text().contains(location->user()), qPrintable(banner->text()));
}

void TestServerWindow::colleaguesCommit_refreshesTheWindow()
{
    MainWindow window;
    window.setCredentialStore(std::make_unique<FakeCredentialStore>());
    QVERIFY2(window.openRecordBase(m_server->location()), qPrintable(window.errorString()));
    auto *counts = window.findChild<QLabel *>(QStringLiteral("recordCounts"));
    QVERIFY(counts->text().contains(QStringLiteral("17 agencies")));
    Database colleague;
    QVERIFY(colleague.open(m_server->location()));
    QVERIFY(colleague.beginWrite());
    QVERIFY(colleague.exec(QStringLiteral(
        "INSERT INTO agencies (name, kind, country_code, source_id) SELECT 'Border Guard "
        "Academy', 'academy', 'PL', min(id) FROM sources")));
    QVERIFY(colleague.commit());
    QTRY_VERIFY_WITH_TIMEOUT(counts->text().contains(QStringLiteral("18 agencies")), 5000);
}

QTEST_MAIN(TestServerWindow)
#include "tst_serverwindow.moc"
