// SPDX-License-Identifier: GPL-3.0-or-later
//
// The participation import of arbitrary bytes as a CSV file into a demo
// record base. Beyond not crashing:
// - the preview finds a problem exactly when the import fails, and the same
//   problems (the preview promises the checks of the import);
// - a failed import leaves the record base exactly as it was;
// - a successful import, run again, changes nothing (README: "importing the
//   same file twice changes nothing").
// The demo record base is created once; after a successful import the file
// is copied back from the pristine one.

#include "database.h"
#include "demodatabase.h"
#include "fuzzcheck.h"
#include "participationimport.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

using namespace liaison;

namespace {

struct Fixture
{
    QDir dir {liaison::fuzz::temporaryFolder()};
    QString pristine;
    QString working;
    QString csv;
    Database db;
    QString contents; // of the pristine record base
};

Fixture *fixture = nullptr;

// Every row of every table (the full-text index by its rows, not by FTS5's
// b-tree pages) as one text, composed by SQLite: one query, no row crossing
// into Qt.
QString contentsOf(const Database &db)
{
    static QString sql;
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (sql.isEmpty()) {
        QStringList tables;
        LIAISON_FUZZ_CHECK(query.exec(QStringLiteral(
                               "SELECT name FROM sqlite_master WHERE type = 'table' AND name "
                               "NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name NOT LIKE "
                               "'search\\_index\\_%' ESCAPE '\\' ORDER BY name")),
                           db.errorString());
        while (query.next())
            tables.append(query.value(0).toString());
        QStringList parts;
        for (const QString &table : tables) {
            QStringList columns = {QStringLiteral("quote(rowid)")};
            const QSqlRecord record = db.connection().record(table);
            for (int i = 0; i < record.count(); ++i)
                columns.append(QStringLiteral("quote(\"%1\")").arg(record.fieldName(i)));
            parts.append(
                QStringLiteral("(SELECT '%1:' || coalesce(group_concat(row, char(10)), '') "
                               "FROM (SELECT %2 AS row FROM \"%1\" ORDER BY rowid))")
                    .arg(table, columns.join(QStringLiteral(" || ',' || "))));
        }
        sql = QStringLiteral("SELECT ") + parts.join(QStringLiteral(" || char(10) || "));
    }
    LIAISON_FUZZ_CHECK(query.exec(sql) && query.next(), sql);
    return query.value(0).toString();
}

void openWorkingCopy()
{
    fixture->db.close();
    Database::removeFiles(fixture->working);
    for (const char *suffix : {"", "-wal"}) {
        const QString from = fixture->pristine + QLatin1String(suffix);
        if (QFile::exists(from))
            LIAISON_FUZZ_CHECK(QFile::copy(from, fixture->working + QLatin1String(suffix)), from);
    }
    LIAISON_FUZZ_CHECK(fixture->db.open(fixture->working), fixture->db.errorString());
}

QString describe(const QList<ParticipationImport::Problem> &problems)
{
    QStringList lines;
    for (const ParticipationImport::Problem &problem : problems)
        lines.append(problem.toString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    liaison::fuzz::ensureApplication();
    fixture = new Fixture; // never destroyed (see ensureApplication())
    fixture->pristine = fixture->dir.filePath(QStringLiteral("demo.sqlite"));
    fixture->working = fixture->dir.filePath(QStringLiteral("records.sqlite"));
    fixture->csv = fixture->dir.filePath(QStringLiteral("participation.csv"));
    QString error;
    LIAISON_FUZZ_CHECK(DemoDatabase::create(fixture->pristine, &error), error);
    openWorkingCopy();
    fixture->contents = contentsOf(fixture->db);
    // The comparison sees a change of one count, and its rollback.
    Database &db = fixture->db;
    LIAISON_FUZZ_CHECK(fixture->contents.contains(QLatin1String("ASCCA")), fixture->contents);
    LIAISON_FUZZ_CHECK(db.beginWrite(), db.errorString());
    LIAISON_FUZZ_CHECK(db.exec(QStringLiteral("UPDATE participation SET participants = "
                                              "participants + 1 WHERE id = (SELECT min(id) FROM "
                                              "participation)")),
                       db.errorString());
    LIAISON_FUZZ_CHECK(contentsOf(db) != fixture->contents, QString());
    db.rollback();
    LIAISON_FUZZ_CHECK(contentsOf(db) == fixture->contents, QString());
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = liaison::fuzz::bytesOf(data, size);
    {
        QFile file(fixture->csv);
        LIAISON_FUZZ_CHECK(file.open(QIODevice::WriteOnly | QIODevice::Truncate),
                           file.errorString());
        LIAISON_FUZZ_CHECK(file.write(bytes) == bytes.size(), file.errorString());
    }
    Database &db = fixture->db;

    const ParticipationImport::Preview preview = ParticipationImport::preview(db, fixture->csv);
    const ParticipationImport::Result result = ParticipationImport::run(db, fixture->csv);
    LIAISON_FUZZ_CHECK(!result.cancelled, QString());
    LIAISON_FUZZ_CHECK(result.ok == preview.ok(),
                       QStringLiteral("preview:\n%1\nimport:\n%2")
                           .arg(describe(preview.problems), describe(result.problems)));
    LIAISON_FUZZ_CHECK(result.problems.size() <= ParticipationImport::MaxProblems,
                       describe(result.problems));

    if (!result.ok) {
        LIAISON_FUZZ_CHECK(!result.problems.isEmpty(), QString());
        LIAISON_FUZZ_CHECK(describe(result.problems) == describe(preview.problems),
                           QStringLiteral("preview:\n%1\nimport:\n%2")
                               .arg(describe(preview.problems), describe(result.problems)));
        LIAISON_FUZZ_CHECK(result.problemCount == preview.problemCount, QString());
        LIAISON_FUZZ_CHECK(contentsOf(db) == fixture->contents,
                           QStringLiteral("a failed import changed the record base:\n%1")
                               .arg(describe(result.problems)));
        return 0;
    }

    LIAISON_FUZZ_CHECK(result.problems.isEmpty(), describe(result.problems));
    LIAISON_FUZZ_CHECK(result.rows == preview.rowCount && result.rows > 0, QString());
    LIAISON_FUZZ_CHECK(result.participationWritten + result.participationUnchanged == result.rows,
                       QString());
    const ParticipationImport::Result again = ParticipationImport::run(db, fixture->csv);
    LIAISON_FUZZ_CHECK(again.ok, describe(again.problems));
    LIAISON_FUZZ_CHECK(again.participationWritten == 0 && again.projectsCreated == 0
                           && again.eventsCreated == 0 && again.agenciesCreated == 0
                           && again.sourcesCreated == 0
                           && again.participationUnchanged == again.rows,
                       QStringLiteral("the second import wrote %1 participation records and "
                                      "created %2 projects, %3 events, %4 agencies, %5 sources")
                           .arg(again.participationWritten)
                           .arg(again.projectsCreated)
                           .arg(again.eventsCreated)
                           .arg(again.agenciesCreated)
                           .arg(again.sourcesCreated));
    openWorkingCopy();
    return 0;
}
