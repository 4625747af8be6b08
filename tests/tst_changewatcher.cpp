// SPDX-License-Identifier: GPL-3.0-or-later
// Another connection's commit reaches the watcher of the open record base,
// on a file (PRAGMA data_version) and on a server (LISTEN/NOTIFY); the
// window's own writes do not.
#include "changewatcher.h"
#include "database.h"
#include "demodatabase.h"
#include "postgrestestdatabase.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace liaison;
using namespace liaison::testing;

class TestChangeWatcher : public QObject
{
    Q_OBJECT

private slots:
    void anotherConnectionsCommit_isSeen_ownIsNot_data();
    void anotherConnectionsCommit_isSeen_ownIsNot();
};

void TestChangeWatcher::anotherConnectionsCommit_isSeen_ownIsNot_data()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

void TestChangeWatcher::anotherConnectionsCommit_isSeen_ownIsNot()
{
    QFETCH(QString, engine);
    QTemporaryDir dir;
    std::unique_ptr<PostgresTestDatabase> server;
    DatabaseLocation location;
    QString error;
    if (engine == QLatin1String("postgresql")) {
        LIAISON_NEED_POSTGRES();
        server = std::make_unique<PostgresTestDatabase>();
        QVERIFY2(server->isValid(), qPrintable(server->errorString()));
        location = server->location();
    } else {
        location = DatabaseLocation::sqliteFile(dir.filePath(QStringLiteral("demo.sqlite")));
    }
    QVERIFY2(DemoDatabase::create(location, &error), qPrintable(error));

    Database window;
    QVERIFY2(window.open(location), qPrintable(window.errorString()));
    ChangeWatcher watcher(window);
    QSignalSpy changed(&watcher, &ChangeWatcher::changedElsewhere);

    // The window's own write.
    QVERIFY(window.beginWrite());
    QVERIFY(
        window.exec(QStringLiteral("UPDATE agencies SET city = 'Baku' WHERE acronym = 'ASCCA'")));
    QVERIFY(window.commit());
    watcher.checkNow();
    QTest::qWait(300);
    QCOMPARE(changed.count(), 0);

    // Another program's.
    Database other;
    QVERIFY2(other.open(location), qPrintable(other.errorString()));
    QVERIFY(other.beginWrite());
    QVERIFY(
        other.exec(QStringLiteral("UPDATE agencies SET city = 'Sumgait' WHERE acronym = 'ASCCA'")));
    QVERIFY(other.commit());
    watcher.checkNow();
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 1, 5000);
}

QTEST_GUILESS_MAIN(TestChangeWatcher)
#include "tst_changewatcher.moc"
