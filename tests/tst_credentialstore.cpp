// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakecredentialstore.h"
#include "keychaincredentialstore.h"

#include <QElapsedTimer>
#include <QTest>

#include <chrono>

using namespace liaison;
using namespace std::chrono_literals;

namespace {

DatabaseLocation location(const QString &uri)
{
    QString error;
    QProcessEnvironment env;
    env.insert(QStringLiteral("PGUSER"), QStringLiteral("anna"));
    const auto parsed = DatabaseLocation::fromUserInput(uri, &error, env);
    if (!parsed)
        qFatal("%s: %s", qPrintable(uri), qPrintable(error));
    return *parsed;
}

} // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fake_storesReadsAndForgets();
    void fake_keysByDisplayNameWithoutPassword();
    void fake_reportsFailures();
    void keychain_withoutSessionBus_failsQuicklyAndClearly();
};

void TestCredentialStore::initTestCase()
{
    // No D-Bus session: what CI machines have, and a guarantee that the test
    // never touches the keychain of the person running it.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
}

void TestCredentialStore::fake_storesReadsAndForgets()
{
    FakeCredentialStore fake;
    CredentialStore &store = fake;
    const DatabaseLocation office = location(QStringLiteral("postgresql://db.office/liaison"));
    const DatabaseLocation home = location(QStringLiteral("postgresql://db.home/liaison"));
    QCOMPARE(store.password(office), std::nullopt);

    QString error;
    QVERIFY(store.storePassword(office, QStringLiteral("office secret"), &error));
    QVERIFY(store.storePassword(home, QStringLiteral("home secret"), &error));
    QCOMPARE(store.password(office), QStringLiteral("office secret"));
    QCOMPARE(store.password(home), QStringLiteral("home secret"));

    QVERIFY(store.storePassword(office, QStringLiteral("changed"), &error));
    QCOMPARE(store.password(office), QStringLiteral("changed"));

    QVERIFY(store.forgetPassword(office, &error));
    QCOMPARE(store.password(office), std::nullopt);
    QCOMPARE(store.password(home), QStringLiteral("home secret"));
    // Forgetting what is not kept succeeds.
    QVERIFY(store.forgetPassword(office, &error));
    QVERIFY(error.isEmpty());
    QCOMPARE(fake.reads(), 6);
}

void TestCredentialStore::fake_keysByDisplayNameWithoutPassword()
{
    FakeCredentialStore store;
    const DatabaseLocation withPassword =
        location(QStringLiteral("postgresql://anna:typed@db.office/liaison?sslmode=require"));
    QString error;
    QVERIFY(store.storePassword(withPassword, QStringLiteral("kept"), &error));
    QCOMPARE(store.entries().keys(),
             QStringList {QStringLiteral("postgresql://anna@db.office:5432/liaison")});
    QCOMPARE(CredentialStore::keyFor(withPassword), withPassword.displayName());
    // The same server named without password or options finds it.
    QCOMPARE(store.password(location(QStringLiteral("postgresql://anna@db.office:5432/liaison"))),
             QStringLiteral("kept"));
    // Another role or database does not.
    QCOMPARE(store.password(location(QStringLiteral("postgresql://bob@db.office/liaison"))),
             std::nullopt);
    QCOMPARE(store.password(location(QStringLiteral("postgresql://anna@db.office/other"))),
             std::nullopt);
}

void TestCredentialStore::fake_reportsFailures()
{
    FakeCredentialStore store;
    const DatabaseLocation office = location(QStringLiteral("postgresql://db.office/liaison"));
    store.setFailure(QStringLiteral("locked"));
    QString error;
    QVERIFY(!store.storePassword(office, QStringLiteral("x"), &error));
    QCOMPARE(error, QStringLiteral("locked"));
    QVERIFY(store.entries().isEmpty());
    error.clear();
    QVERIFY(!store.forgetPassword(office, &error));
    QCOMPARE(error, QStringLiteral("locked"));
}

void TestCredentialStore::keychain_withoutSessionBus_failsQuicklyAndClearly()
{
    // The store gives up after 5 s a call, so the test ends even if the
    // keychain never answers; it passes only if the keychain says at once
    // that it cannot be reached, not if the store waited it out.
    KeychainCredentialStore store(QStringLiteral("Liaison test"), 5s);
    const DatabaseLocation office = location(QStringLiteral("postgresql://anna@db.office/liaison"));
    QElapsedTimer timer;
    timer.start();

    QString error;
    QVERIFY(!store.storePassword(office, QStringLiteral("secret"), &error));
    qInfo("store: %s (%lld ms)", qPrintable(error), timer.elapsed());
    QVERIFY2(error.contains(QLatin1String("system keychain")), qPrintable(error));
    QVERIFY2(error.contains(office.displayName()), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1String("secret")), qPrintable(error));
    QCOMPARE(store.lastError(), error);

    QCOMPARE(store.password(office), std::nullopt);
    QVERIFY2(store.lastError().contains(QLatin1String("could not read")),
             qPrintable(store.lastError()));

    error.clear();
    QVERIFY(!store.forgetPassword(office, &error));
    QVERIFY2(error.contains(QLatin1String("could not forget")), qPrintable(error));
    qInfo("three calls took %lld ms", timer.elapsed());
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(!store.lastError().contains(QLatin1String("in time")), qPrintable(store.lastError()));
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
