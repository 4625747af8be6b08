// SPDX-License-Identifier: GPL-3.0-or-later
#include "databaselocation.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace liaison;

// QPSQL against a real server: the cluster of .ci/pgcluster.sh, named by
// LIAISON_TEST_POSTGRES_URL (and LIAISON_TEST_POSTGRES_READER_URL). Without
// it every test is reported skipped.
class TestPostgresConnection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void selectOne();
    void unaccentExtension();
    void notifications_reachAnotherConnection();
    void notifications_fromItselfAreMarkedSelf();
    void readerRole_cannotCreateTables();
    void wrongPassword_isRefused();

private:
    // Opens a connection named `name` to `location`; the caller checks isOpen().
    static QSqlDatabase open(const QString &name, const DatabaseLocation &location,
                             const QString &password);
    static DatabaseLocation locationFrom(const char *variable);

    DatabaseLocation m_location;
    QString m_password;
};

namespace {
const QString ownerConnection = QStringLiteral("owner");
const QString otherConnection = QStringLiteral("other");
const QString readerConnection = QStringLiteral("reader");
} // namespace

DatabaseLocation TestPostgresConnection::locationFrom(const char *variable)
{
    const QString url = qEnvironmentVariable(variable);
    if (url.isEmpty())
        return {};
    QString error;
    const std::optional<DatabaseLocation> location = DatabaseLocation::fromUserInput(url, &error);
    if (!location)
        qFatal("%s: %s", variable, qPrintable(error));
    return *location;
}

void TestPostgresConnection::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("LIAISON_TEST_POSTGRES_URL"))
        QSKIP("LIAISON_TEST_POSTGRES_URL is not set: no PostgreSQL server to test against. "
              "Start one with eval \"$(.ci/pgcluster.sh start)\" and run this test again.");
    QVERIFY2(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")),
             "The QPSQL driver is missing: install libqt6sql6-psql");
    m_location = locationFrom("LIAISON_TEST_POSTGRES_URL");
    QVERIFY(m_location.isPostgres());
    QString warning;
    m_password = m_location.resolvePassword(&warning).value_or(QString());
    QVERIFY2(warning.isEmpty(), qPrintable(warning));
}

void TestPostgresConnection::cleanup()
{
    for (const QString &name : {ownerConnection, otherConnection, readerConnection}) {
        if (QSqlDatabase::contains(name))
            QSqlDatabase::removeDatabase(name);
    }
}

QSqlDatabase TestPostgresConnection::open(const QString &name, const DatabaseLocation &location,
                                          const QString &password)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(location.host());
    db.setPort(location.port());
    db.setUserName(location.user());
    db.setDatabaseName(location.databaseName());
    db.setPassword(password);
    db.setConnectOptions(location.connectOptions());
    db.open();
    return db;
}

void TestPostgresConnection::selectOne()
{
    {
        QSqlDatabase db = open(ownerConnection, m_location, m_password);
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        QVERIFY2(query.exec(QStringLiteral("SELECT 1, current_user, current_database()")),
                 qPrintable(query.lastError().text()));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QCOMPARE(query.value(1).toString(), m_location.user());
        QCOMPARE(query.value(2).toString(), m_location.databaseName());
        QVERIFY(query.exec(QStringLiteral("SHOW server_version_num")));
        QVERIFY(query.next());
        qInfo("PostgreSQL server %d", query.value(0).toInt());
    }
}

void TestPostgresConnection::unaccentExtension()
{
    {
        QSqlDatabase db = open(ownerConnection, m_location, m_password);
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        QVERIFY(query.prepare(QStringLiteral("SELECT lower(unaccent(?))")));
        query.addBindValue(QStringLiteral("Chișinău Ünye"));
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("chisinau unye"));
    }
}

void TestPostgresConnection::notifications_reachAnotherConnection()
{
    {
        QSqlDatabase listener = open(ownerConnection, m_location, m_password);
        QVERIFY2(listener.isOpen(), qPrintable(listener.lastError().text()));
        QSqlDriver *driver = listener.driver();
        QVERIFY(driver->hasFeature(QSqlDriver::EventNotifications));
        QSignalSpy spy(driver, &QSqlDriver::notification);
        // QPSQL quotes the channel: lower case matches what NOTIFY sends.
        const QString channel = QStringLiteral("liaison_changes");
        QVERIFY2(driver->subscribeToNotification(channel), qPrintable(driver->lastError().text()));
        QCOMPARE(driver->subscribedToNotifications(), QStringList {channel});

        QSqlDatabase sender = open(otherConnection, m_location, m_password);
        QVERIFY2(sender.isOpen(), qPrintable(sender.lastError().text()));
        QSqlQuery notify(sender);
        QVERIFY(notify.prepare(QStringLiteral("SELECT pg_notify(?, ?)")));
        notify.addBindValue(channel);
        notify.addBindValue(QStringLiteral("agency:42"));
        QVERIFY2(notify.exec(), qPrintable(notify.lastError().text()));

        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 5000);
        const QList<QVariant> arguments = spy.takeFirst();
        QCOMPARE(arguments.at(0).toString(), channel);
        QCOMPARE(arguments.at(1).value<QSqlDriver::NotificationSource>(), QSqlDriver::OtherSource);
        QCOMPARE(arguments.at(2).toString(), QStringLiteral("agency:42"));

        // A notification inside a transaction arrives only at its commit.
        QVERIFY(sender.transaction());
        QVERIFY(notify.exec(QStringLiteral("NOTIFY liaison_changes, 'project:7'")));
        QTest::qWait(200);
        QCOMPARE(spy.count(), 0);
        QVERIFY(sender.commit());
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 5000);
        QCOMPARE(spy.takeFirst().at(2).toString(), QStringLiteral("project:7"));

        QVERIFY(driver->unsubscribeFromNotification(channel));
        QVERIFY(notify.exec(QStringLiteral("NOTIFY liaison_changes, 'ignored'")));
        QTest::qWait(200);
        QCOMPARE(spy.count(), 0);
    }
}

void TestPostgresConnection::notifications_fromItselfAreMarkedSelf()
{
    {
        QSqlDatabase db = open(ownerConnection, m_location, m_password);
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        QSignalSpy spy(db.driver(), &QSqlDriver::notification);
        QVERIFY(db.driver()->subscribeToNotification(QStringLiteral("liaison_self")));
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("NOTIFY liaison_self, 'mine'")));
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 5000);
        const QList<QVariant> arguments = spy.takeFirst();
        QCOMPARE(arguments.at(1).value<QSqlDriver::NotificationSource>(), QSqlDriver::SelfSource);
        QCOMPARE(arguments.at(2).toString(), QStringLiteral("mine"));
    }
}

void TestPostgresConnection::readerRole_cannotCreateTables()
{
    const DatabaseLocation reader = locationFrom("LIAISON_TEST_POSTGRES_READER_URL");
    if (!reader.isPostgres())
        QSKIP("LIAISON_TEST_POSTGRES_READER_URL is not set (.ci/pgcluster.sh sets it)");
    {
        QSqlDatabase db =
            open(readerConnection, reader, reader.resolvePassword().value_or(QString()));
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT current_user")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), reader.user());
        QVERIFY(!query.exec(QStringLiteral("CREATE TABLE reader_was_here (id integer)")));
        // SQLSTATE 42501: insufficient_privilege.
        QCOMPARE(query.lastError().nativeErrorCode(), QStringLiteral("42501"));
    }
}

void TestPostgresConnection::wrongPassword_isRefused()
{
    {
        QSqlDatabase db = open(ownerConnection, m_location, QStringLiteral("not the password"));
        QVERIFY(!db.isOpen());
        QCOMPARE(db.lastError().type(), QSqlError::ConnectionError);
        QVERIFY2(db.lastError().text().contains(QLatin1String("password authentication failed")),
                 qPrintable(db.lastError().text()));
    }
}

QTEST_GUILESS_MAIN(TestPostgresConnection)
#include "tst_postgresconnection.moc"
