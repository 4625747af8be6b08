// SPDX-License-Identifier: GPL-3.0-or-later
// Crash safety: the real liaison binary is killed with SIGKILL at random
// moments spread over a large import and over a schema upgrade. After every
// kill the record base passes SQLite's integrity_check and holds the import
// entirely or not at all, and the upgrade entirely or not at all. The kill
// moments are random; the assertions hold for every one of them.
#include "database.h"
#include "demodatabase.h"
#include "robustnesshelpers.h"
#include "schemamigrations.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace liaison;
using namespace robustness;

namespace {

constexpr int KillPoints = 25;
constexpr int ImportRows = 50000;
constexpr int BackfillEvents = 100000;

struct Totals
{
    qint64 rows = -1;
    qint64 participants = -1;
    friend bool operator==(const Totals &a, const Totals &b)
    {
        return a.rows == b.rows && a.participants == b.participants;
    }
};

char *toString(const Totals &totals)
{
    return qstrdup(QStringLiteral("%1 rows, %2 participants")
                       .arg(totals.rows)
                       .arg(totals.participants)
                       .toUtf8()
                       .constData());
}

Totals participationOf(const Database &db)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT count(*), total(participants) FROM participation"))
        || !query.next())
        return {};
    return {query.value(0).toLongLong(), qint64(query.value(1).toDouble())};
}

// Copies a record base as it is at rest (no -wal or -shm) over another.
bool restore(const QString &pristine, const QString &path)
{
    Database::removeFiles(path);
    return QFile::copy(pristine, path);
}

// Starts liaison, kills it with SIGKILL after delayMs unless it finished
// first; says whether it was killed.
bool runAndKill(const QStringList &arguments, int delayMs)
{
    QProcess process;
    process.start(liaisonBinary(), arguments);
    if (!process.waitForStarted())
        qFatal("cannot start %s", qPrintable(liaisonBinary()));
    const bool finished = process.waitForFinished(delayMs);
    if (!finished)
        process.kill(); // SIGKILL
    process.waitForFinished(-1);
    return !finished;
}

// A moment in the k-th of KillPoints equal slices of the measured duration
// and a tenth more (a run may take longer, and the commit is near its end),
// at random within its slice: the kills cover the whole run.
int killMoment(QRandomGenerator &random, int k, qint64 durationMs)
{
    const double slice = 1.1 * double(durationMs) / KillPoints;
    return qMax(1, int(slice * k + random.bounded(slice)));
}

// Every table, index and trigger, as "type name".
QStringList schemaOf(const Database &db)
{
    QStringList objects;
    QSqlQuery query(db.connection());
    query.exec(QStringLiteral("SELECT type || ' ' || name FROM sqlite_master ORDER BY 1"));
    while (query.next())
        objects.append(query.value(0).toString());
    return objects;
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedImport_leavesAllOrNothing();
    void killedUpgrade_leavesVersionOneOrTwo();

private:
    QTemporaryDir m_dir;
    QRandomGenerator m_random;
};

void TestCrashSafety::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const quint32 seed = QRandomGenerator::global()->generate();
    m_random.seed(seed);
    qInfo("kill moments from seed %u", seed);
}

void TestCrashSafety::killedImport_leavesAllOrNothing()
{
    const QString pristine = m_dir.filePath(QStringLiteral("import-pristine.sqlite"));
    QString error;
    QVERIFY2(DemoDatabase::create(pristine, &error), qPrintable(error));
    const QString csv = m_dir.filePath(QStringLiteral("large.csv"));
    QVERIFY(writeFile(csv, participationCsv(QStringLiteral("CRASH"), ImportRows)));
    const QString path = m_dir.filePath(QStringLiteral("import.sqlite"));
    const QStringList import = {QStringLiteral("import"), QStringLiteral("--database"), path, csv};

    Totals before;
    {
        Database db;
        QVERIFY(db.open(pristine, Database::OpenMode::ReadOnly));
        before = participationOf(db);
    }
    // The whole import, once, to know its duration and its result.
    QVERIFY(restore(pristine, path));
    QElapsedTimer timer;
    timer.start();
    const Run whole = runLiaison(import);
    const qint64 durationMs = timer.elapsed();
    QVERIFY2(whole.exitCode == 0, qPrintable(whole.err));
    Totals after;
    {
        Database db;
        QVERIFY(db.open(path, Database::OpenMode::ReadOnly));
        after = participationOf(db);
    }
    QCOMPARE(after.rows, before.rows + ImportRows);
    QCOMPARE(after.participants, before.participants + participationCsvTotal(ImportRows));

    int killed = 0;
    int absent = 0;
    int present = 0;
    for (int k = 0; k < KillPoints; ++k) {
        QVERIFY(restore(pristine, path));
        const int moment = killMoment(m_random, k, durationMs);
        if (runAndKill(import, moment))
            ++killed;
        Database db;
        QVERIFY2(
            db.open(path, Database::OpenMode::ReadOnly),
            qPrintable(QStringLiteral("killed at %1 ms: %2").arg(moment).arg(db.errorString())));
        QVERIFY2(db.integrityProblems().isEmpty(),
                 qPrintable(QStringLiteral("killed at %1 ms: %2")
                                .arg(moment)
                                .arg(db.integrityProblems().join(QLatin1Char('\n')))));
        QCOMPARE(db.foreignKeyProblems(), QStringList());
        const Totals now = participationOf(db);
        if (now == before) {
            ++absent;
        } else {
            QCOMPARE(now, after);
            ++present;
        }
    }
    qInfo("import of %d rows (%lld ms): %d kill points survived, %d killed mid-run; "
          "afterwards the import was absent %d times and entirely present %d times",
          ImportRows, durationMs, KillPoints, killed, absent, present);
}

void TestCrashSafety::killedUpgrade_leavesVersionOneOrTwo()
{
    // A version-1 record base large enough for migration 2's backfill of the
    // search index to take a while.
    const QString pristine = m_dir.filePath(QStringLiteral("upgrade-pristine.sqlite"));
    QString error;
    QVERIFY2(DemoDatabase::create(pristine, &error), qPrintable(error));
    QVERIFY(downgradeToVersion1(pristine));
    {
        Database db;
        QVERIFY(db.open(pristine, Database::OpenMode::ReadOnly));
        QCOMPARE(db.userVersion(), 1);
        db.close();
        // Written as version 1 would: raw SQL, no upgrade.
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        raw.setDatabaseName(pristine);
        QVERIFY(raw.open());
        QSqlQuery query(raw);
        QVERIFY2(
            query.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
                                      "FROM n WHERE i < %1) INSERT INTO events (title, kind, "
                                      "city, description, source_id) SELECT 'Backfilled "
                                      "seminar ' || i, 'seminar', 'Warsaw', 'Cross-border "
                                      "cooperation, part ' || i, 1 FROM n")
                           .arg(BackfillEvents)),
            qPrintable(query.lastError().text()));
        query.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));
    // Opening for writing upgrades the file; `import` is the command that
    // does, here with one row so that the upgrade is most of the run.
    const QString csv = m_dir.filePath(QStringLiteral("one-row.csv"));
    QVERIFY(writeFile(csv, participationCsv(QStringLiteral("AFTERUPGRADE"), 1)));
    const QString path = m_dir.filePath(QStringLiteral("upgrade.sqlite"));
    const QStringList import = {QStringLiteral("import"), QStringLiteral("--database"), path, csv};

    QVERIFY(restore(pristine, path));
    QElapsedTimer timer;
    timer.start();
    const Run whole = runLiaison(import);
    const qint64 durationMs = timer.elapsed();
    QVERIFY2(whole.exitCode == 0, qPrintable(whole.err));

    // Version 2's search index: every record has its row (countries: those
    // with a code of two letters).
    const QString indexed = QStringLiteral("SELECT count(*) FROM search_index");
    const QString records = QStringLiteral(
        "SELECT (SELECT count(*) FROM agencies) + (SELECT count(*) FROM projects) + (SELECT "
        "count(*) FROM events) + (SELECT count(*) FROM people) + (SELECT count(*) FROM "
        "agreements) + (SELECT count(*) FROM sources) + (SELECT count(*) FROM countries WHERE "
        "code GLOB '[A-Z][A-Z]')");
    const QString imported =
        QStringLiteral("SELECT count(*) FROM projects WHERE name = 'AFTERUPGRADE'");
    QStringList atVersion1;
    QStringList atLatest;
    {
        Database db;
        QVERIFY(db.open(pristine, Database::OpenMode::ReadOnly));
        atVersion1 = schemaOf(db);
        QVERIFY(db.open(path, Database::OpenMode::ReadOnly));
        QCOMPARE(db.userVersion(), SchemaMigrations::latestVersion());
        QCOMPARE(valueOf(db, indexed).toLongLong(), valueOf(db, records).toLongLong());
        QCOMPARE(valueOf(db, imported).toLongLong(), 1);
        atLatest = schemaOf(db);
    }

    int killed = 0;
    QMap<int, int> versions;
    for (int k = 0; k < KillPoints; ++k) {
        QVERIFY(restore(pristine, path));
        const int moment = killMoment(m_random, k, durationMs);
        if (runAndKill(import, moment))
            ++killed;
        const QString when = QStringLiteral("killed at %1 ms: ").arg(moment);
        // Read-only: reading must not upgrade what it checks.
        Database db;
        QVERIFY2(db.open(path, Database::OpenMode::ReadOnly), qPrintable(when + db.errorString()));
        const QStringList problems = db.integrityProblems();
        QVERIFY2(problems.isEmpty(), qPrintable(when + problems.join(QLatin1Char('\n'))));
        const int version = db.userVersion();
        QVERIFY2(version >= 1 && version <= SchemaMigrations::latestVersion(),
                 qPrintable(when + QString::number(version)));
        ++versions[version];
        const QStringList schema = schemaOf(db);
        if (version == 1) {
            // Nothing of a later version, and nothing imported.
            QCOMPARE(schema, atVersion1);
            QCOMPARE(valueOf(db, imported).toLongLong(), 0);
            continue;
        }
        // Each migration whole: version 2's index complete, the objects of
        // the versions done and none of the others.
        QCOMPARE(valueOf(db, indexed).toLongLong(), valueOf(db, records).toLongLong());
        if (version == SchemaMigrations::latestVersion()) {
            QCOMPARE(schema, atLatest);
        } else {
            for (const QString &object : atVersion1)
                QVERIFY2(schema.contains(object), qPrintable(when + object));
            for (const QString &object : schema)
                QVERIFY2(atLatest.contains(object), qPrintable(when + object));
            QCOMPARE(valueOf(db, imported).toLongLong(), 0);
        }
    }
    QStringList counts;
    for (auto it = versions.cbegin(); it != versions.cend(); ++it)
        counts.append(QStringLiteral("version %1: %2 times").arg(it.key()).arg(it.value()));
    qInfo("upgrade of a version-1 record base with %d events (%lld ms): %d kill points "
          "survived, %d killed mid-run; afterwards %s",
          BackfillEvents, durationMs, KillPoints, killed,
          qPrintable(counts.join(QStringLiteral(", "))));
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
