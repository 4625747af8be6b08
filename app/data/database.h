// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class QSqlError;
class QSqlQuery;

namespace liaison {

// One open record base: a named QtSql connection owned by the thread that
// opened it. The QSqlDatabase handle is looked up by name, never stored,
// so the connection can be removed cleanly when this object goes away.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(liaison::Database)

public:
    enum class OpenMode { ReadWrite, ReadOnly };

    static constexpr int BusyTimeoutMs = 5000;

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens an existing record base and brings its schema up to date when
    // writable. Never creates a file; a missing file is an error.
    bool open(const QString &path, OpenMode mode = OpenMode::ReadWrite);
    // Creates a new, empty record base at the latest schema. Refuses to touch
    // an existing file.
    bool create(const QString &path);
    void close();

    bool isOpen() const;
    bool isReadOnly() const { return m_readOnly; }
    QString path() const { return m_path; }
    QString connectionName() const { return m_connectionName; }
    QSqlDatabase connection() const;
    QString errorString() const { return m_error; }

    // Writers take the write lock at once (BEGIN IMMEDIATE): a deferred
    // BEGIN that later writes can fail with SQLITE_BUSY despite the timeout.
    bool beginWrite();
    bool commit();
    void rollback();

    // A plain sentence for a QtSql error, with SQLite's common codes explained.
    static QString describeError(const QSqlError &error);
    // Deletes a record base file with its WAL and shared-memory companions.
    static void removeFiles(const QString &path);

    // Runs one statement without results; on failure sets errorString().
    bool exec(const QString &sql);
    int userVersion() const;

    // Problems found by SQLite's integrity_check and foreign_key_check, one
    // sentence each; empty when the file is sound. A failed query is itself a
    // problem.
    QStringList integrityProblems() const;
    QStringList foreignKeyProblems() const;
    // Records why a write failed, naming the record base; returns false so
    // callers can `return db.setError(...)`.
    bool setError(const QString &message);
    // The error of a failed query, as a sentence naming the record base.
    bool setError(const QSqlQuery &failedQuery);

private:
    bool openConnection(const QString &path, bool readOnly);
    bool configureConnection();
    bool fail(const QString &message);

    QString m_connectionName;
    QString m_path;
    QString m_error;
    bool m_readOnly = false;
};

} // namespace liaison
