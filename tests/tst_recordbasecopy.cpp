// SPDX-License-Identifier: GPL-3.0-or-later
// `liaison copy` in both directions between SQLite and a PostgreSQL server:
// the demo arrives whole (same ids, same summaries, searchable), a target
// that holds records is refused, and a copy that fails leaves the target as
// it was. The server rows are skipped (reported as such) without a server.
#include "database.h"
#include "demodatabase.h"
#include "participationstats.h"
#include "postgrestestdatabase.h"
#include "recordbasecopy.h"
#include "searchindex.h"
#include "summaryjson.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace liaison;
using namespace liaison::testing;

namespace {

// Every row of a table as text, in id order: what "ids preserved" compares.
QStringList rowsOf(const Database &db, const QString &table, const QString &columns)
{
    QStringList rows;
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY id").arg(columns, table)))
        return {QStringLiteral("error: ") + Database::describeError(query.lastError())};
    while (query.next()) {
        QStringList fields;
        for (int i = 0; i < query.record().count(); ++i)
            fields.append(query.isNull(i) ? QStringLiteral("NULL") : query.value(i).toString());
        rows.append(fields.join(QLatin1Char('|')));
    }
    return rows;
}

qint64 countOf(const Database &db, const QString &table)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

qint64 totalParticipants(const Database &db)
{
    const std::optional<qint64> total = ParticipationStats(db).totalParticipants(StatsScope());
    return total.value_or(-1);
}

} // namespace

class TestRecordBaseCopy : public QObject
{
    Q_OBJECT

private slots:
    void demo_arrivesWhole_data();
    void demo_arrivesWhole();
    void targetWithRecords_isRefused_andLeftUntouched_data();
    void targetWithRecords_isRefused_andLeftUntouched();
    void failedCopy_leavesTheTargetAsItWas_data();
    void failedCopy_leavesTheTargetAsItWas();
    void tableOfANewerSchema_isRefused();

private:
    // A demo record base on engine: its location. The server database lives
    // as long as the test object.
    std::optional<DatabaseLocation> makeDemo(const QString &engine, const QString &name);
    // A location on engine where nothing exists yet.
    std::optional<DatabaseLocation> makeEmpty(const QString &engine, const QString &name);

    QTemporaryDir m_dir;
    std::vector<std::unique_ptr<PostgresTestDatabase>> m_servers;
};

std::optional<DatabaseLocation> TestRecordBaseCopy::makeDemo(const QString &engine,
                                                             const QString &name)
{
    const std::optional<DatabaseLocation> location = makeEmpty(engine, name);
    QString error;
    if (!location
        || (location->isPostgres() ? !DemoDatabase::create(*location, &error)
                                   : !DemoDatabase::create(location->path(), &error))) {
        qWarning("demo: %s", qPrintable(error));
        return std::nullopt;
    }
    return location;
}

std::optional<DatabaseLocation> TestRecordBaseCopy::makeEmpty(const QString &engine,
                                                              const QString &name)
{
    if (engine == QLatin1String("sqlite"))
        return DatabaseLocation::sqliteFile(m_dir.filePath(name + QStringLiteral(".sqlite")));
    auto server = std::make_unique<PostgresTestDatabase>();
    if (!server->isValid()) {
        qWarning("server: %s", qPrintable(server->errorString()));
        return std::nullopt;
    }
    const DatabaseLocation location = server->location();
    m_servers.push_back(std::move(server));
    return location;
}

void TestRecordBaseCopy::demo_arrivesWhole_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::newRow("sqlite to postgresql") << "sqlite"
                                          << "postgresql";
    QTest::newRow("postgresql to sqlite") << "postgresql"
                                          << "sqlite";
    QTest::newRow("sqlite to sqlite") << "sqlite"
                                      << "sqlite";
}

void TestRecordBaseCopy::demo_arrivesWhole()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    if (from == QLatin1String("postgresql") || to == QLatin1String("postgresql"))
        LIAISON_NEED_POSTGRES();
    const auto sourceLocation = makeDemo(from, QStringLiteral("source-%1").arg(to));
    QVERIFY(sourceLocation);
    const auto targetLocation = makeEmpty(to, QStringLiteral("copy-of-%1").arg(from));
    QVERIFY(targetLocation);

    Database source;
    QVERIFY2(source.open(*sourceLocation, Database::OpenMode::ReadOnly),
             qPrintable(source.errorString()));
    const RecordBaseCopy::Result result = RecordBaseCopy::copy(source, *targetLocation);
    QVERIFY2(result.copied, qPrintable(result.error));
    QVERIFY2(result.differences.isEmpty(), qPrintable(result.differences.join(QLatin1Char('\n'))));
    QVERIFY(result.ok());
    QCOMPARE(result.counts.size(), RecordBaseCopy::tablesInCopyOrder().size());

    Database copy;
    QVERIFY2(copy.open(*targetLocation), qPrintable(copy.errorString()));
    QCOMPARE(copy.isPostgres(), to == QLatin1String("postgresql"));
    // Every record with its id, and the references between them.
    for (const auto &[table, columns] :
         {std::pair(QStringLiteral("sources"), QStringLiteral("id, title, kind")),
          std::pair(QStringLiteral("agencies"),
                    QStringLiteral("id, name, acronym, parent_id, country_code")),
          std::pair(QStringLiteral("projects"), QStringLiteral("id, name, parent_id, start_date")),
          std::pair(QStringLiteral("events"), QStringLiteral("id, title, project_id, start_date")),
          std::pair(QStringLiteral("participation"),
                    QStringLiteral("id, event_id, agency_id, participants")),
          std::pair(QStringLiteral("people"), QStringLiteral("id, full_name, agency_id"))}) {
        const QStringList expected = rowsOf(source, table, columns);
        QVERIFY2(expected.size() > 1, qPrintable(table));
        QCOMPARE(rowsOf(copy, table, columns), expected);
    }
    for (const RecordBaseCopy::TableCount &count : result.counts) {
        if (count.table != QLatin1String("countries"))
            QCOMPARE(count.rows, countOf(source, count.table));
    }
    QCOMPARE(totalParticipants(copy), 891);
    QCOMPARE(totalParticipants(copy), totalParticipants(source));

    // The copy's own triggers built its search index.
    const std::optional<QList<SearchIndex::Hit>> hits =
        SearchIndex(copy).search(QStringLiteral("warsaw"));
    QVERIFY(hits.has_value());
    QVERIFY(!hits->isEmpty());
    QCOMPARE(countOf(copy, QStringLiteral("search_index")),
             countOf(source, QStringLiteral("search_index")));

    // New records continue after the copied ids (a server's identity sequences).
    const qint64 lastId =
        rowsOf(copy, QStringLiteral("sources"), QStringLiteral("id")).constLast().toLongLong();
    QVERIFY(copy.beginWrite());
    QSqlQuery insert(copy.connection());
    QVERIFY2(insert.exec(QStringLiteral("INSERT INTO sources (title, kind) VALUES ('new', "
                                        "'official_record') RETURNING id"))
                 && insert.next(),
             qPrintable(insert.lastError().text()));
    QCOMPARE(insert.value(0).toLongLong(), lastId + 1);
    copy.rollback();
}

void TestRecordBaseCopy::targetWithRecords_isRefused_andLeftUntouched_data()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow("sqlite") << "sqlite";
    QTest::newRow("postgresql") << "postgresql";
}

void TestRecordBaseCopy::targetWithRecords_isRefused_andLeftUntouched()
{
    QFETCH(QString, engine);
    if (engine == QLatin1String("postgresql"))
        LIAISON_NEED_POSTGRES();
    const auto sourceLocation =
        makeDemo(QStringLiteral("sqlite"), QStringLiteral("refusing-src-") + engine);
    QVERIFY(sourceLocation);
    const auto targetLocation = makeDemo(engine, QStringLiteral("refusing-target-") + engine);
    QVERIFY(targetLocation);
    // Something the copy would not bring, so a silent overwrite would show.
    {
        Database target;
        QVERIFY(target.open(*targetLocation));
        QVERIFY(target.exec(QStringLiteral("UPDATE participation SET participants = 7")));
    }
    const QByteArray digest =
        engine == QLatin1String("sqlite") ? fileDigest(targetLocation->path()) : QByteArray();

    Database source;
    QVERIFY(source.open(*sourceLocation, Database::OpenMode::ReadOnly));
    const RecordBaseCopy::Result result = RecordBaseCopy::copy(source, *targetLocation);
    QVERIFY(!result.copied);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(targetLocation->displayName())
                 || result.error.contains(QFileInfo(targetLocation->path()).fileName()),
             qPrintable(result.error));
    QVERIFY2(!targetLocation->hasPassword() || !result.error.contains(targetLocation->password()),
             "the error shows the password");

    Database target;
    QVERIFY(target.open(*targetLocation, Database::OpenMode::ReadOnly));
    QVERIFY(countOf(target, QStringLiteral("participation")) > 0);
    QCOMPARE(countOf(target, QStringLiteral("participation WHERE participants <> 7")), 0);
    if (!digest.isEmpty()) {
        target.close();
        QCOMPARE(fileDigest(targetLocation->path()), digest);
    }
}

void TestRecordBaseCopy::failedCopy_leavesTheTargetAsItWas_data()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow("sqlite") << "sqlite";
    QTest::newRow("postgresql") << "postgresql";
}

void TestRecordBaseCopy::failedCopy_leavesTheTargetAsItWas()
{
    QFETCH(QString, engine);
    if (engine == QLatin1String("postgresql"))
        LIAISON_NEED_POSTGRES();
    const auto sourceLocation =
        makeDemo(QStringLiteral("sqlite"), QStringLiteral("failing-src-") + engine);
    QVERIFY(sourceLocation);
    // A column the target's participation table lacks: the copy fails after
    // the tables before it are already in the transaction.
    {
        Database source;
        QVERIFY(source.open(*sourceLocation));
        QVERIFY(source.exec(QStringLiteral("ALTER TABLE participation ADD COLUMN note TEXT")));
    }
    const auto targetLocation = makeEmpty(engine, QStringLiteral("failing-target-") + engine);
    QVERIFY(targetLocation);

    RecordBaseCopy::Result result;
    {
        Database source;
        QVERIFY(source.open(*sourceLocation, Database::OpenMode::ReadOnly));
        result = RecordBaseCopy::copy(source, *targetLocation);
    }
    QVERIFY(!result.copied);
    QVERIFY2(result.error.contains(QStringLiteral("participation.note")), qPrintable(result.error));
    QVERIFY(result.counts.isEmpty());

    if (engine == QLatin1String("sqlite")) {
        QVERIFY(!QFile::exists(targetLocation->path()));
        QVERIFY(!QFile::exists(targetLocation->path() + QStringLiteral("-wal")));
        return;
    }
    // The server keeps the empty schema: no record arrived, and the copy can
    // be run again into it.
    {
        Database target;
        QVERIFY2(target.open(*targetLocation), qPrintable(target.errorString()));
        for (const QString &table : RecordBaseCopy::tablesInCopyOrder()) {
            if (table != QLatin1String("countries"))
                QCOMPARE(countOf(target, table), 0);
        }
    }
    {
        Database source;
        QVERIFY(source.open(*sourceLocation));
        QVERIFY(source.exec(QStringLiteral("ALTER TABLE participation DROP COLUMN note")));
    }
    Database source;
    QVERIFY(source.open(*sourceLocation, Database::OpenMode::ReadOnly));
    result = RecordBaseCopy::copy(source, *targetLocation);
    QVERIFY2(result.ok(), qPrintable(result.error + result.differences.join(QLatin1Char('\n'))));
}

void TestRecordBaseCopy::tableOfANewerSchema_isRefused()
{
    const auto sourceLocation = makeDemo(QStringLiteral("sqlite"), QStringLiteral("newer-src"));
    QVERIFY(sourceLocation);
    {
        Database source;
        QVERIFY(source.open(*sourceLocation));
        QVERIFY(source.exec(QStringLiteral("CREATE TABLE attachments (id INTEGER PRIMARY KEY)")));
    }
    const auto targetLocation = makeEmpty(QStringLiteral("sqlite"), QStringLiteral("newer-target"));
    Database source;
    QVERIFY(source.open(*sourceLocation, Database::OpenMode::ReadOnly));
    const RecordBaseCopy::Result result = RecordBaseCopy::copy(source, *targetLocation);
    QVERIFY(!result.copied);
    QVERIFY2(result.error.contains(QStringLiteral("attachments")), qPrintable(result.error));
    QVERIFY(!QFile::exists(targetLocation->path()));
}

QTEST_GUILESS_MAIN(TestRecordBaseCopy)
#include "tst_recordbasecopy.moc"
