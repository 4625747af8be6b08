// SPDX-License-Identifier: GPL-3.0-or-later
#include "applicationidentity.h"
#include "backgroundloader.h"
#include "busyindicator.h"
#include "chartpane.h"
#include "database.h"
#include "demodatabase.h"
#include "detailpane.h"
#include "postgrestestdatabase.h"
#include "recordid.h"
#include "translations.h"

#include <QChart>
#include <QEvent>
#include <QLabel>
#include <QMutex>
#include <QMutexLocker>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QThread>

#include <atomic>

using namespace liaison;

namespace {

const StatsScope Ascca(StatsScope::Type::Agency, 1);
const StatsScope Cepol(StatsScope::Type::Agency, 3);
const QString warsawTitle =
    QStringLiteral("Strengthening Cooperation with EU Law Enforcement Agencies - Cooperation "
                   "against Cross-Border Crime");

// Where and how often the worker ran loads, seen through the test hook.
struct LoadLog
{
    QMutex mutex;
    QList<QThread *> threads;
    std::atomic<int> delayMs {0};

    void install()
    {
        BackgroundLoader::setBeforeLoadHookForTests([this] {
            {
                QMutexLocker lock(&mutex);
                threads.append(QThread::currentThread());
            }
            if (const int ms = delayMs.load())
                QThread::msleep(ms);
        });
    }
    QList<QThread *> seen()
    {
        QMutexLocker lock(&mutex);
        return threads;
    }
    void clear()
    {
        QMutexLocker lock(&mutex);
        threads.clear();
    }
};

// Counts how often a widget was shown.
class ShowCounter : public QObject
{
public:
    int shows = 0;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Show)
            ++shows;
        return false;
    }
};

} // namespace

class TestBackgroundLoader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void loader_runsOnItsOwnThreadWithItsOwnReadOnlyConnection();
    void panes_readOffTheGuiThread();
    void chartPane_rapidScopes_showOnlyTheLast();
    void detailPane_rapidRecords_showOnlyTheLast();
    void busyIndicator_appearsWhenALoadIsSlow_andHidesAfter();
    void busyIndicator_quickLoadNeverShows();
    void refresh_afterAWriteOnTheGuiConnection_showsTheCommittedData();
    void setDatabase_followsTheRecordBase_andNullClosesTheWorkerConnection();
    void destroyingAPaneDuringALoad_dropsTheResult();
    void onAServer_panesReadThroughConnectionsOfTheirOwn();

private:
    QTemporaryDir m_dir;
    QString m_demo;
    Database m_db;
    LoadLog m_log;
};

void TestBackgroundLoader::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    ApplicationIdentity::apply();
    QSettings().clear();
    QCOMPARE(Translations::install(QStringLiteral("en")), QStringLiteral("en"));
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QString error;
    QVERIFY2(DemoDatabase::create(m_demo, &error), qPrintable(error));
    QVERIFY2(m_db.open(m_demo, Database::OpenMode::ReadOnly), qPrintable(m_db.errorString()));
    m_log.install();
}

void TestBackgroundLoader::cleanup()
{
    m_log.delayMs = 0;
    m_log.clear();
}

void TestBackgroundLoader::loader_runsOnItsOwnThreadWithItsOwnReadOnlyConnection()
{
    struct Seen
    {
        QThread *thread = nullptr;
        QString connection;
        bool open = false;
        bool readOnly = false;
        qint64 agencies = -1;
    };
    BackgroundLoader loader;
    std::optional<Seen> delivered;
    QThread *deliveredOn = nullptr;
    loader.load(
        DatabaseLocation::sqliteFile(m_demo),
        [](const Database &db) {
            Seen seen {QThread::currentThread(), db.connectionName(), db.isOpen(), db.isReadOnly()};
            QSqlQuery query(db.connection());
            if (query.exec(QStringLiteral("SELECT count(*) FROM agencies")) && query.next())
                seen.agencies = query.value(0).toLongLong();
            return seen;
        },
        [&](Seen seen) {
            delivered = seen;
            deliveredOn = QThread::currentThread();
        });
    QVERIFY(loader.isLoading());
    QVERIFY(!delivered); // never before the event loop or a wait hands it over
    QVERIFY(loader.waitForLoaded());
    QVERIFY(!loader.isLoading());
    QVERIFY(delivered);
    QVERIFY(delivered->thread != QThread::currentThread());
    QCOMPARE(deliveredOn, QThread::currentThread());
    QVERIFY(delivered->open);
    QVERIFY(delivered->readOnly);
    QVERIFY(delivered->connection != m_db.connectionName());
    QCOMPARE(delivered->agencies, 17);
}

void TestBackgroundLoader::panes_readOffTheGuiThread()
{
    ChartPane chart;
    chart.setDatabase(&m_db);
    chart.setScope(Ascca, QStringLiteral("ASCCA"));
    QSignalSpy chartLoaded(&chart, &ChartPane::loaded);
    QVERIFY(chartLoaded.wait());
    QCOMPARE(chart.chartData()->total, 286);

    DetailPane detail;
    detail.setDatabase(&m_db);
    detail.showRecord(RecordId::of(RecordKind::Agency, 1));
    QSignalSpy detailLoaded(&detail, &DetailPane::loaded);
    QVERIFY(detailLoaded.wait());
    QCOMPARE(detail.currentTitle(), QStringLiteral("ASCCA"));

    const QList<QThread *> threads = m_log.seen();
    QVERIFY(!threads.isEmpty());
    for (QThread *thread : threads)
        QVERIFY(thread != QThread::currentThread());
    // One worker thread per pane.
    QVERIFY(threads.constFirst() != threads.constLast());
}

void TestBackgroundLoader::chartPane_rapidScopes_showOnlyTheLast()
{
    ChartPane pane;
    pane.setDatabase(&m_db);
    QVERIFY(pane.waitForLoaded());
    m_log.clear();
    m_log.delayMs = 100;
    QSignalSpy loaded(&pane, &ChartPane::loaded);
    // Three clicks, faster than the worker.
    pane.setScope(Ascca, QStringLiteral("ASCCA"));
    pane.setScope(Cepol, QStringLiteral("CEPOL"));
    pane.setScope(StatsScope(StatsScope::Type::Country, 0, QStringLiteral("AZ")),
                  QStringLiteral("Azerbaijan"));
    QVERIFY(pane.isLoading());
    QVERIFY(loaded.wait());
    // Anything still on its way would arrive here: nothing does.
    QTest::qWait(400);
    QCOMPARE(loaded.count(), 1);
    QVERIFY(!pane.isLoading());
    QCOMPARE(pane.recordName(), QStringLiteral("Azerbaijan"));
    QVERIFY(pane.hasChart());
    QCOMPARE(pane.chartData()->total, 286);
    QVERIFY2(pane.chart()->title().startsWith(QLatin1String("Azerbaijan")),
             qPrintable(pane.chart()->title()));
    // A request replaced before it started is never read: the last one, and at
    // most one of the others (the one already running), were.
    QVERIFY2(m_log.seen().size() <= 2, qPrintable(QString::number(m_log.seen().size())));
}

void TestBackgroundLoader::detailPane_rapidRecords_showOnlyTheLast()
{
    DetailPane pane;
    pane.setDatabase(&m_db);
    QVERIFY(pane.waitForLoaded());
    m_log.clear();
    m_log.delayMs = 100;
    QSignalSpy loaded(&pane, &DetailPane::loaded);
    pane.showRecord(RecordId::of(RecordKind::Agency, 1));
    pane.showRecord(RecordId::of(RecordKind::Project, 1));
    pane.showRecord(RecordId::of(RecordKind::Event, 1));
    // No title until the page is there: not the previous record's.
    QVERIFY(pane.currentTitle().isEmpty());
    QVERIFY(loaded.wait());
    QTest::qWait(400);
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(pane.currentRecord(), RecordId::of(RecordKind::Event, 1));
    QCOMPARE(pane.currentTitle(), warsawTitle);
    QVERIFY(pane.browser()->toPlainText().startsWith(warsawTitle));
    // A request replaced before it started is never read.
    QVERIFY2(m_log.seen().size() <= 2, qPrintable(QString::number(m_log.seen().size())));
}

void TestBackgroundLoader::busyIndicator_appearsWhenALoadIsSlow_andHidesAfter()
{
    ChartPane chart;
    chart.resize(640, 480);
    chart.setDatabase(&m_db);
    QVERIFY(chart.waitForLoaded());
    DetailPane detail;
    detail.resize(640, 480);
    detail.setDatabase(&m_db);
    QVERIFY(detail.waitForLoaded());
    chart.show();
    detail.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QVERIFY(QTest::qWaitForWindowExposed(&detail));
    auto *chartBusy = chart.findChild<BusyIndicator *>(QStringLiteral("chartBusyIndicator"));
    auto *detailBusy = detail.findChild<BusyIndicator *>(QStringLiteral("detailBusyIndicator"));
    QVERIFY(chartBusy && detailBusy);
    QVERIFY(!chartBusy->isVisible());
    QVERIFY(!detailBusy->isVisible());

    m_log.delayMs = 800;
    QSignalSpy chartLoaded(&chart, &ChartPane::loaded);
    QSignalSpy detailLoaded(&detail, &DetailPane::loaded);
    chart.setScope(Ascca, QStringLiteral("ASCCA"));
    detail.showRecord(RecordId::of(RecordKind::Agency, 1));
    // Not at once: a quick load would have made it flicker.
    QVERIFY(!chartBusy->isVisible());
    QVERIFY(!detailBusy->isVisible());
    // The GUI thread goes on while the worker waits: the indicators come up.
    QTRY_VERIFY_WITH_TIMEOUT(chartBusy->isVisible(), 700);
    QTRY_VERIFY_WITH_TIMEOUT(detailBusy->isVisible(), 700);
    QVERIFY(chart.isLoading());
    QVERIFY(detail.isLoading());
    const auto *label = chartBusy->findChild<QLabel *>();
    QVERIFY(label);
    QCOMPARE(label->text(), QStringLiteral("Loading…"));
    // Over the middle of what it covers.
    QVERIFY(chartBusy->geometry().contains(chartBusy->parentWidget()->rect().center()));

    QVERIFY(chartLoaded.wait(5000));
    if (detailLoaded.isEmpty())
        QVERIFY(detailLoaded.wait(5000));
    QVERIFY(!chartBusy->isVisible());
    QVERIFY(!detailBusy->isVisible());
    QCOMPARE(chart.chartData()->total, 286);
    QCOMPARE(detail.currentTitle(), QStringLiteral("ASCCA"));
}

void TestBackgroundLoader::busyIndicator_quickLoadNeverShows()
{
    QWidget covered;
    covered.resize(300, 200);
    BusyIndicator indicator(&covered);
    ShowCounter counter;
    indicator.installEventFilter(&counter);
    covered.show();
    QVERIFY(QTest::qWaitForWindowExposed(&covered));

    indicator.setBusy(true);
    QTest::qWait(BusyIndicator::ShowDelayMs / 3);
    indicator.setBusy(false);
    QTest::qWait(BusyIndicator::ShowDelayMs * 2);
    QCOMPARE(counter.shows, 0);
    QVERIFY(!indicator.isVisible());

    // A slow one shows, once, and goes.
    indicator.setBusy(true);
    QTRY_VERIFY(indicator.isVisible());
    indicator.setBusy(false);
    QVERIFY(!indicator.isVisible());
    QCOMPARE(counter.shows, 1);
}

void TestBackgroundLoader::refresh_afterAWriteOnTheGuiConnection_showsTheCommittedData()
{
    const QString path = m_dir.filePath(QStringLiteral("write.sqlite"));
    QString error;
    QVERIFY2(DemoDatabase::create(path, &error), qPrintable(error));
    Database db;
    QVERIFY2(db.open(path), qPrintable(db.errorString()));
    QVERIFY(!db.isReadOnly());
    ChartPane pane;
    pane.setDatabase(&db);
    pane.setScope(Ascca, QStringLiteral("ASCCA"));
    QVERIFY(pane.waitForLoaded());
    QCOMPARE(pane.chartData()->total, 286);

    const auto addTen = [&db] {
        QSqlQuery query(db.connection());
        return query.exec(
            QStringLiteral("UPDATE participation SET participants = participants + 10 WHERE id = "
                           "(SELECT min(id) FROM participation WHERE agency_id = 1)"));
    };
    // Not committed yet: the worker's connection reads what was committed.
    QVERIFY(db.beginWrite());
    QVERIFY(addTen());
    pane.refresh();
    QVERIFY(pane.waitForLoaded());
    QCOMPARE(pane.chartData()->total, 286);
    QVERIFY(db.commit());
    // Committed: the same worker connection, in a new read transaction, sees it.
    pane.refresh();
    QVERIFY(pane.waitForLoaded());
    QCOMPARE(pane.chartData()->total, 296);

    DetailPane detail;
    detail.setDatabase(&db);
    detail.showRecord(RecordId::of(RecordKind::Agency, 1));
    QVERIFY(detail.waitForLoaded());
    QVERIFY2(detail.plainText().contains(QStringLiteral("296 participants")),
             qPrintable(detail.plainText()));
    QVERIFY(addTen()); // autocommit
    detail.refresh();
    QVERIFY(detail.waitForLoaded());
    QVERIFY2(detail.plainText().contains(QStringLiteral("306 participants")),
             qPrintable(detail.plainText()));
}

void TestBackgroundLoader::setDatabase_followsTheRecordBase_andNullClosesTheWorkerConnection()
{
    const QString emptyPath = m_dir.filePath(QStringLiteral("empty.sqlite"));
    Database empty;
    QVERIFY2(empty.create(emptyPath), qPrintable(empty.errorString()));
    const qsizetype connectionsBefore = QSqlDatabase::connectionNames().size();

    ChartPane pane;
    pane.setDatabase(&m_db);
    QVERIFY(pane.waitForLoaded());
    QCOMPARE(pane.chartData()->total, 891);
    // The worker's connection is one more.
    QCOMPARE(QSqlDatabase::connectionNames().size(), connectionsBefore + 1);

    // A result of the old record base still on its way is dropped.
    m_log.delayMs = 200;
    pane.refresh();
    pane.setDatabase(&empty);
    QVERIFY(!pane.hasChart()); // nothing of the previous record base
    QVERIFY(pane.waitForLoaded());
    QVERIFY(pane.chartData().has_value());
    QCOMPARE(pane.chartData()->total, 0);
    QTest::qWait(400);
    QCOMPARE(pane.chartData()->total, 0);
    m_log.delayMs = 0;
    QCOMPARE(QSqlDatabase::connectionNames().size(), connectionsBefore + 1);

    pane.setDatabase(nullptr);
    QVERIFY(!pane.isLoading());
    QCOMPARE(pane.emptyText(), QStringLiteral("No record base open"));
    // Closed on the worker thread, which owns it.
    QTRY_COMPARE(QSqlDatabase::connectionNames().size(), connectionsBefore);
}

void TestBackgroundLoader::destroyingAPaneDuringALoad_dropsTheResult()
{
    const qsizetype connectionsBefore = QSqlDatabase::connectionNames().size();
    m_log.delayMs = 300;
    bool delivered = false;
    auto *loader = new BackgroundLoader;
    loader->load(
        DatabaseLocation::sqliteFile(m_demo), [](const Database &db) { return db.isOpen(); },
        [&delivered](bool) { delivered = true; });
    QTRY_VERIFY(!m_log.seen().isEmpty()); // running
    delete loader; // waits for the worker, which closes its connection
    QCOMPARE(QSqlDatabase::connectionNames().size(), connectionsBefore);
    QTest::qWait(100);
    QVERIFY(!delivered);

    // The same through a pane, with the page's result on its way.
    m_log.clear();
    {
        DetailPane pane;
        pane.setDatabase(&m_db);
        pane.showRecord(RecordId::of(RecordKind::Agency, 1));
        QTRY_VERIFY(!m_log.seen().isEmpty());
        QVERIFY(pane.isLoading());
    }
    QCOMPARE(QSqlDatabase::connectionNames().size(), connectionsBefore);
    QTest::qWait(100);
}

void TestBackgroundLoader::onAServer_panesReadThroughConnectionsOfTheirOwn()
{
    LIAISON_NEED_POSTGRES();
    testing::PostgresTestDatabase server; // outlives the panes' connections
    QVERIFY2(server.isValid(), qPrintable(server.errorString()));
    QString error;
    QVERIFY2(DemoDatabase::create(server.location(), &error), qPrintable(error));
    Database db;
    QVERIFY2(db.open(server.location()), qPrintable(db.errorString()));
    QVERIFY(db.isPostgres());
    const qsizetype connectionsBefore = QSqlDatabase::connectionNames().size();
    {
        ChartPane chart;
        chart.setDatabase(&db);
        chart.setScope(Ascca, QStringLiteral("ASCCA"));
        DetailPane detail;
        detail.setDatabase(&db);
        detail.showRecord(RecordId::of(RecordKind::Agency, 1));
        QVERIFY(chart.waitForLoaded());
        QVERIFY(detail.waitForLoaded());
        QCOMPARE(chart.chartData()->total, 286);
        QCOMPARE(detail.currentTitle(), QStringLiteral("ASCCA"));
        QCOMPARE(QSqlDatabase::connectionNames().size(), connectionsBefore + 2);
        for (QThread *thread : m_log.seen())
            QVERIFY(thread != QThread::currentThread());

        // A write committed on the window's connection is seen by the next load.
        {
            QSqlQuery query(db.connection());
            QVERIFY2(query.exec(QStringLiteral(
                         "UPDATE participation SET participants = participants + 10 WHERE id = "
                         "(SELECT min(id) FROM participation WHERE agency_id = 1)")),
                     qPrintable(query.lastError().text()));
        }
        chart.refresh();
        QVERIFY(chart.waitForLoaded());
        QCOMPARE(chart.chartData()->total, 296);
    }
    QCOMPARE(QSqlDatabase::connectionNames().size(), connectionsBefore);
}

QTEST_MAIN(TestBackgroundLoader)
#include "tst_backgroundloader.moc"
