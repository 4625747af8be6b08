// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers of the tests that run the real liaison binary next to, or against,
// the record base they check (tst_openingcases, tst_concurrentwriters,
// tst_crashsafety, tst_diskfull). Header-only: each test is one executable.

#include "database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QStringList>

#include <unistd.h>

namespace robustness {

// The liaison executable of this build, beside the tests' folder.
inline QString liaisonBinary()
{
    return QDir(QCoreApplication::applicationDirPath() + QStringLiteral("/../app"))
        .absoluteFilePath(QStringLiteral("liaison"));
}

struct Run
{
    int exitCode = -1;
    bool crashed = false;
    QString out;
    QString err;
};

inline Run finish(QProcess &process)
{
    Run run;
    if (!process.waitForFinished(120000))
        process.kill();
    process.waitForFinished(-1);
    run.crashed = process.exitStatus() != QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// Runs liaison with the test's environment (offscreen, its own data and
// settings folders).
inline Run runLiaison(const QStringList &arguments)
{
    QProcess process;
    process.start(liaisonBinary(), arguments);
    return finish(process);
}

// Root may write to any file whatever its permissions, so a read-only file
// proves nothing to root. When the tests run as root, what "another user"
// does runs as nobody (setpriv drops every privilege, supplementary groups
// included); otherwise the test user itself, whose own files the tests make
// read-only with chmod, is the other user: the kernel then refuses its writes.
inline bool isRoot()
{
    return ::geteuid() == 0;
}

inline Run runAsOtherUser(const QString &program, const QStringList &arguments)
{
    QProcess process;
    if (isRoot())
        process.start(QStringLiteral("setpriv"),
                      QStringList {QStringLiteral("--reuid=nobody"),
                                   QStringLiteral("--regid=nogroup"),
                                   QStringLiteral("--clear-groups"), program}
                          + arguments);
    else
        process.start(program, arguments);
    return finish(process);
}

// Whether the other user may write to a file or folder, asked of the kernel
// by the other user's own shell: the precondition that makes a read-only test
// honest.
inline bool otherUserMayWrite(const QString &path)
{
    return runAsOtherUser(QStringLiteral("sh"),
                          {QStringLiteral("-c"), QStringLiteral("test -w \"$0\""), path})
               .exitCode
        == 0;
}

inline QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

inline bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(content) == content.size();
}

// A digest of every row of every table but FTS5's internal ones, read
// without writing (the record base may be read-only or at an old version).
inline QByteArray contentDigest(const QString &path)
{
    liaison::Database db;
    if (!db.open(path, liaison::Database::OpenMode::ReadOnly))
        return {};
    QStringList tables;
    QSqlQuery query(db.connection());
    query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                              "LIKE 'sqlite\\_%' ESCAPE '\\' AND name NOT LIKE "
                              "'search\\_index\\_%' ESCAPE '\\' ORDER BY name"));
    while (query.next())
        tables.append(query.value(0).toString());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &table : tables) {
        hash.addData(table.toUtf8());
        query.exec(QStringLiteral("SELECT rowid, * FROM \"%1\" ORDER BY rowid").arg(table));
        while (query.next()) {
            for (int i = 0; i < query.record().count(); ++i)
                hash.addData(query.value(i).isNull() ? QByteArray("\x01")
                                                     : "\x02" + query.value(i).toString().toUtf8());
            hash.addData("\x03");
        }
    }
    return hash.result();
}

// The first value of a query on a record base open for reading; an invalid
// QVariant when the query fails.
inline QVariant valueOf(const liaison::Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

// Turns a record base back into what version 1 made, as tst_searchindex
// does: no search index and none of its triggers (version 2), and not the
// index of version 3.
inline bool downgradeToVersion1(const QString &path)
{
    liaison::Database db;
    if (!db.open(path))
        return false;
    QStringList triggers;
    {
        QSqlQuery query(db.connection());
        if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger'")))
            return false;
        while (query.next())
            triggers.append(query.value(0).toString());
    }
    for (const QString &trigger : std::as_const(triggers)) {
        if (!db.exec(QStringLiteral("DROP TRIGGER \"%1\"").arg(trigger)))
            return false;
    }
    return db.exec(QStringLiteral("DROP TABLE search_index"))
        && db.exec(QStringLiteral("DROP INDEX IF EXISTS agencies_kind"))
        && db.exec(QStringLiteral("PRAGMA user_version = 1"));
}

// A participation CSV of `rows` rows in a project of its own, at events and
// agencies of its own (created by the import): rows / 100 events of 100
// agencies each. Participants cycle through 1 to 7.
inline QByteArray participationCsv(const QString &project, int rows)
{
    QByteArray csv = "project,event,event_kind,start_date,agency,agency_country,participants\n";
    for (int row = 0; row < rows; ++row)
        csv += QStringLiteral("%1,%1 course %2,course,2024-%3-%4,%1 agency %5,AZ,%6\n")
                   .arg(project)
                   .arg(row / 100)
                   .arg(1 + row / 100 % 12, 2, 10, QLatin1Char('0'))
                   .arg(1 + row / 100 / 12 % 28, 2, 10, QLatin1Char('0'))
                   .arg(row % 100)
                   .arg(1 + row % 7)
                   .toUtf8();
    return csv;
}

inline qint64 participationCsvTotal(int rows)
{
    qint64 total = 0;
    for (int row = 0; row < rows; ++row)
        total += 1 + row % 7;
    return total;
}

} // namespace robustness
