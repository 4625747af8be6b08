// SPDX-License-Identifier: GPL-3.0-or-later
// A disk that fills up in the middle of an import. A full disk is simulated
// with SQLite's max_page_count, set on the importing connection through the
// test hook Database::TestMaxPageCountVariable (an environment variable, so
// the real liaison binary gets it too): SQLite then fails the write with
// SQLITE_FULL exactly as on a full disk.
#include "database.h"
#include "demodatabase.h"
#include "participationimport.h"
#include "robustnesshelpers.h"

#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace liaison;
using namespace robustness;

namespace {

constexpr int Rows = 20000;

// Sets the hook for the lifetime of the object.
class PageLimit
{
public:
    explicit PageLimit(qint64 pages)
    {
        qputenv(Database::TestMaxPageCountVariable, QByteArray::number(pages));
    }
    ~PageLimit() { qunsetenv(Database::TestMaxPageCountVariable); }
    PageLimit(const PageLimit &) = delete;
    PageLimit &operator=(const PageLimit &) = delete;
};

qint64 pageCount(const QString &path)
{
    Database db;
    if (!db.open(path, Database::OpenMode::ReadOnly))
        return -1;
    return valueOf(db, QStringLiteral("PRAGMA page_count")).toLongLong();
}

qint64 participantsIn(const QString &path, const QString &project)
{
    Database db;
    if (!db.open(path, Database::OpenMode::ReadOnly))
        return -1;
    return valueOf(db,
                   QStringLiteral("SELECT total(p.participants) FROM participation p JOIN "
                                  "events e ON e.id = p.event_id JOIN projects j ON j.id = "
                                  "e.project_id WHERE j.name = '%1'")
                       .arg(project))
        .toLongLong();
}

QStringList integrityProblems(const QString &path)
{
    Database db;
    if (!db.open(path, Database::OpenMode::ReadOnly))
        return {db.errorString()};
    return db.integrityProblems();
}

} // namespace

class TestDiskFull : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importFillingTheDisk_rollsBack_sayingSo_inProcess();
    void importFillingTheDisk_rollsBack_sayingSo_command();

private:
    QString demoCopy(const QString &name) const;

    QTemporaryDir m_dir;
    QString m_demo;
    QString m_csv;
};

void TestDiskFull::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QString error;
    QVERIFY2(DemoDatabase::create(m_demo, &error), qPrintable(error));
    m_csv = m_dir.filePath(QStringLiteral("large.csv"));
    QVERIFY(writeFile(m_csv, participationCsv(QStringLiteral("FULL"), Rows)));
}

QString TestDiskFull::demoCopy(const QString &name) const
{
    const QString path = m_dir.filePath(name);
    if (!QFile::copy(m_demo, path))
        qFatal("cannot copy %s", qPrintable(path));
    return path;
}

void TestDiskFull::importFillingTheDisk_rollsBack_sayingSo_inProcess()
{
    const QString path = demoCopy(QStringLiteral("in-process.sqlite"));
    const QByteArray before = contentDigest(path);
    const qint64 pages = pageCount(path);
    QVERIFY(pages > 0);
    {
        // Room for a few pages: the import's thousands of rows do not fit.
        const PageLimit limit(pages + 8);
        Database db;
        QVERIFY2(db.openForUse(path), qPrintable(db.errorString()));
        const ParticipationImport::Result result = ParticipationImport::run(db, m_csv);
        QVERIFY(!result.ok);
        QVERIFY(!result.cancelled);
        QCOMPARE(result.problems.size(), 1);
        const QString problem = result.problems.constFirst().toString();
        QVERIFY2(problem.contains(QStringLiteral("the disk or the record base is full")),
                 qPrintable(problem));
        QVERIFY2(problem.contains(path), qPrintable(problem));
        // The connection is fine afterwards: reads work, no transaction hangs.
        QVERIFY(valueOf(db, QStringLiteral("SELECT count(*) FROM agencies")).toInt() > 0);
        QVERIFY(db.beginWrite());
        db.rollback();
    }
    QCOMPARE(integrityProblems(path), QStringList());
    QCOMPARE(contentDigest(path), before);
}

void TestDiskFull::importFillingTheDisk_rollsBack_sayingSo_command()
{
    const QString path = demoCopy(QStringLiteral("command.sqlite"));
    const QByteArray before = contentDigest(path);
    const qint64 pages = pageCount(path);
    QVERIFY(pages > 0);
    Run full;
    {
        const PageLimit limit(pages + 8);
        full = runLiaison({QStringLiteral("import"), QStringLiteral("--database"), path, m_csv});
    }
    QVERIFY(!full.crashed);
    QCOMPARE(full.exitCode, 1);
    QVERIFY2(full.err.contains(QStringLiteral("the disk or the record base is full")),
             qPrintable(full.err));
    QVERIFY2(full.err.contains(path), qPrintable(full.err));
    QVERIFY2(full.err.contains(QStringLiteral("nothing was imported")), qPrintable(full.err));
    QVERIFY(full.out.isEmpty());
    QCOMPARE(integrityProblems(path), QStringList());
    QCOMPARE(contentDigest(path), before);

    // With room, the same import goes through: only the space was missing.
    const Run roomy =
        runLiaison({QStringLiteral("import"), QStringLiteral("--database"), path, m_csv});
    QVERIFY2(roomy.exitCode == 0, qPrintable(roomy.err));
    QCOMPARE(participantsIn(path, QStringLiteral("FULL")), participationCsvTotal(Rows));
}

QTEST_GUILESS_MAIN(TestDiskFull)
#include "tst_diskfull.moc"
