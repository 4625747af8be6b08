// SPDX-License-Identifier: GPL-3.0-or-later
// Two writers at once: every writer takes the write lock with BEGIN
// IMMEDIATE and waits for it up to the busy timeout, so short contention
// never surfaces as "database is locked" and every write is there afterwards.
// The writers are real liaison processes and, in this process, RecordEditor.
#include "database.h"
#include "demodatabase.h"
#include "recordeditor.h"
#include "robustnesshelpers.h"
#include "schemamigrations.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace liaison;
using namespace robustness;

namespace {

constexpr int Rounds = 6;
constexpr int RowsPerFile = 3000;
// Well below the busy timeout: short contention.
constexpr int HoldMs = 500;
constexpr int EditorPauseMs = 5;

qint64 participantsIn(const Database &db, const QString &project)
{
    return valueOf(db,
                   QStringLiteral("SELECT total(p.participants) FROM participation p JOIN "
                                  "events e ON e.id = p.event_id JOIN projects j ON j.id = "
                                  "e.project_id WHERE j.name = '%1'")
                       .arg(project))
        .toLongLong();
}

QString heldTitle(int round)
{
    return QStringLiteral("Written while holding the lock, round %1").arg(round);
}

QString projectOf(int round, char writer)
{
    return QStringLiteral("ROUND%1%2").arg(round).arg(QLatin1Char(writer));
}

} // namespace

class TestConcurrentWriters : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void twoImports_startedTogether_bothWriteEverything();
    void importWhileTheEditorWrites_everyWriteIsThere();

private:
    QTemporaryDir m_dir;
};

void TestConcurrentWriters::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestConcurrentWriters::twoImports_startedTogether_bothWriteEverything()
{
    const QString path = m_dir.filePath(QStringLiteral("two-imports.sqlite"));
    QString error;
    QVERIFY2(DemoDatabase::create(path, &error), qPrintable(error));
    // The first round also races both processes through the upgrade.
    QVERIFY(downgradeToVersion1(path));

    for (int round = 0; round < Rounds; ++round) {
        QList<QString> files;
        for (const char writer : {'A', 'B'}) {
            const QString csv =
                m_dir.filePath(QStringLiteral("%1.csv").arg(projectOf(round, writer)));
            QVERIFY(writeFile(csv, participationCsv(projectOf(round, writer), RowsPerFile)));
            files.append(csv);
        }
        // A third writer, this test on a plain connection (an older program
        // would not upgrade the file), holds the write lock while both
        // imports start, so that they meet at the lock, and writes too.
        QSqlDatabase held =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("held"));
        held.setDatabaseName(path);
        held.setConnectOptions(
            QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(Database::BusyTimeoutMs));
        QVERIFY(held.open());
        QSqlQuery hold(held);
        QVERIFY(hold.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QVERIFY(hold.exec(QStringLiteral("INSERT INTO sources (title, kind) VALUES ('%1', "
                                         "'official_record')")
                              .arg(heldTitle(round))));
        QProcess first;
        QProcess second;
        first.start(liaisonBinary(),
                    {QStringLiteral("import"), QStringLiteral("--database"), path, files.at(0)});
        second.start(liaisonBinary(),
                     {QStringLiteral("import"), QStringLiteral("--database"), path, files.at(1)});
        QTest::qSleep(HoldMs);
        QVERIFY2(hold.exec(QStringLiteral("COMMIT")), qPrintable(hold.lastError().text()));
        hold.finish();
        held.close();
        held = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("held"));
        const Run runs[] = {finish(first), finish(second)};
        for (const Run &run : runs) {
            QVERIFY(!run.crashed);
            QVERIFY2(run.exitCode == 0,
                     qPrintable(QStringLiteral("round %1: %2").arg(round).arg(run.err)));
            QVERIFY2(!run.err.contains(QStringLiteral("locked")), qPrintable(run.err));
        }
    }

    // Every round of both writers is there, and the index the upgrade built
    // followed every event once.
    Database db;
    QVERIFY(db.open(path, Database::OpenMode::ReadOnly));
    QCOMPARE(db.userVersion(), SchemaMigrations::latestVersion());
    for (int round = 0; round < Rounds; ++round) {
        for (const char writer : {'A', 'B'})
            QCOMPARE(participantsIn(db, projectOf(round, writer)),
                     participationCsvTotal(RowsPerFile));
        QCOMPARE(valueOf(db,
                         QStringLiteral("SELECT count(*) FROM sources WHERE title = '%1'")
                             .arg(heldTitle(round)))
                     .toInt(),
                 1);
    }
    QCOMPARE(valueOf(db, QStringLiteral("SELECT count(*) FROM search_index WHERE rowid % 8 = 3"))
                 .toLongLong(),
             valueOf(db, QStringLiteral("SELECT count(*) FROM events")).toLongLong());
    QCOMPARE(db.integrityProblems(), QStringList());
    QCOMPARE(db.foreignKeyProblems(), QStringList());
    qInfo("%d rounds of two imports of %d rows each started together beside a third writer: "
          "every row present",
          Rounds, RowsPerFile);
}

void TestConcurrentWriters::importWhileTheEditorWrites_everyWriteIsThere()
{
    const QString path = m_dir.filePath(QStringLiteral("import-and-editor.sqlite"));
    QString error;
    QVERIFY2(DemoDatabase::create(path, &error), qPrintable(error));
    constexpr int Rows = 20000;
    const QString csv = m_dir.filePath(QStringLiteral("beside-the-editor.csv"));
    QVERIFY(writeFile(csv, participationCsv(QStringLiteral("BESIDE"), Rows)));

    Database db;
    QVERIFY2(db.openForUse(path), qPrintable(db.errorString()));
    RecordEditor editor(db);
    QList<qint64> created;
    const auto createOne = [&] {
        const auto id =
            editor.create(RecordKind::Source,
                          {{QStringLiteral("title"),
                            QStringLiteral("Written beside an import %1").arg(created.size())},
                           {QStringLiteral("kind"), QStringLiteral("official_record")}});
        if (id)
            created.append(*id);
        return id.has_value();
    };

    QProcess import;
    import.start(liaisonBinary(),
                 {QStringLiteral("import"), QStringLiteral("--database"), path, csv});
    QVERIFY(import.waitForStarted());
    // The editor writes for as long as the import runs, and some more: a
    // write every few milliseconds, far faster than anyone edits. (SQLite's
    // lock is not fair: a waiting writer polls for it, so a writer that took
    // it again the instant it committed, with no pause at all, could starve
    // the import beyond the busy timeout. Real writers pause between writes.)
    int during = 0;
    int afterwards = 0;
    while (afterwards < 20) {
        QTest::qSleep(EditorPauseMs);
        // waitForFinished(0) lets QProcess notice the end without an event loop.
        const bool running = import.state() != QProcess::NotRunning && !import.waitForFinished(0);
        QVERIFY2(createOne(), qPrintable(editor.errorString()));
        ++(running ? during : afterwards);
    }
    const Run run = finish(import);
    QVERIFY(!run.crashed);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(!run.err.contains(QStringLiteral("locked")), qPrintable(run.err));

    QCOMPARE(participantsIn(db, QStringLiteral("BESIDE")), participationCsvTotal(Rows));
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM sources WHERE id = ? AND title LIKE "
                                 "'Written beside an import %'"));
    for (const qint64 id : std::as_const(created)) {
        query.addBindValue(id);
        QVERIFY(query.exec() && query.next());
        QVERIFY2(query.value(0).toInt() == 1, qPrintable(QString::number(id)));
    }
    QCOMPARE(db.integrityProblems(), QStringList());
    qInfo("the editor created %d records while an import of %d rows ran beside it, %d after",
          during, Rows, afterwards);
}

QTEST_GUILESS_MAIN(TestConcurrentWriters)
#include "tst_concurrentwriters.moc"
