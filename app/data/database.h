// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "databaselocation.h"

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
    // Whether open() runs SQLite's quick_check, which reads the whole file
    // (0.65 s for a 170 MB record base). Deferred leaves it to the caller, who
    // runs it on a second connection in the background (a window that must
    // paint at once); a file that needs a schema migration is checked anyway,
    // since nothing is ever built on a damaged file.
    enum class Verification { QuickCheck, Deferred };
    // Why a record base that opened is read-only (isReadOnly()).
    enum class ReadOnlyReason {
        None, // writable
        FileNotWritable, // the user may not write to the file
        // The user may not write to its folder, where SQLite keeps the -wal
        // and -shm (or -journal) files it needs while writing.
        FolderNotWritable,
        NewerSchema, // written by a newer Liaison: never written by this one
        RequestedReadOnly, // opened with OpenMode::ReadOnly
        RoleMayOnlyRead, // a server whose database role may not write the tables
    };
    // Why a record base could not be opened, so callers can offer the right
    // choice (create a missing file, try again later, open another).
    enum class OpenFailure {
        None,
        Missing, // no such file; never created by open()
        NotADatabase, // not an SQLite database at all
        Damaged, // SQLite's quick_check found problems (or the file is malformed)
        OtherApplication, // an SQLite database, but not a Liaison record base
        Locked, // another program held it locked beyond the busy timeout
        PasswordRequired, // a server asked for a password and none was given
        AccessDenied, // a server refused the user name or password
        Other, // anything else; errorString() says what
    };

    static constexpr int BusyTimeoutMs = 5000;
    // Test hook: when this environment variable holds a number, every
    // read-write connection sets PRAGMA max_page_count to it, so tests can
    // make the record base "full" (SQLITE_FULL) in a child process. Not for
    // users; it changes nothing in the file.
    static constexpr const char *TestMaxPageCountVariable = "LIAISON_TEST_MAX_PAGE_COUNT";

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens an existing record base. Never creates, replaces or repairs a
    // file: a missing file fails with OpenFailure::Missing; a file that is not
    // a database, fails SQLite's quick_check, belongs to another application
    // or stays locked by another program beyond the busy timeout fails with
    // openFailure() saying which, and is left untouched.
    //
    // ReadWrite opens for use: read-write where the file can be written, its
    // journal switched to WAL and its schema brought up to date; otherwise
    // read-only with readOnlyReason() saying why (file or folder not
    // writable, or a newer schema, which is never written). Writers must
    // check isReadOnly(); beginWrite() refuses on a read-only record base.
    // ReadOnly never writes and never migrates.
    //
    // A file SQLite cannot give its working files (-wal, -shm) because the
    // folder or the file is not the user's to write is read as immutable
    // when no -wal holds changes; a -wal holding changes without its -shm in
    // a folder the user cannot write cannot be read, and fails with Other.
    bool open(const QString &path, OpenMode mode = OpenMode::ReadWrite,
              Verification verification = Verification::QuickCheck);
    // The same as open(path, OpenMode::ReadWrite): read-write when it can,
    // read-only with a reason when it cannot.
    bool openForUse(const QString &path) { return open(path, OpenMode::ReadWrite); }
    // Opens an SQLite file or a PostgreSQL record base (QPSQL). A server
    // database without Liaison's tables fails with OpenFailure::Missing
    // (create() makes it a record base); one whose role may only read opens
    // read-only (RoleMayOnlyRead). The password is the location's, else
    // PGPASSWORD or the PGPASSFILE; PasswordRequired asks the caller to get
    // one (a prompt) and try again. Verification concerns SQLite only: a
    // server keeps its own files sound.
    bool open(const DatabaseLocation &location, OpenMode mode = OpenMode::ReadWrite,
              Verification verification = Verification::QuickCheck);
    // Creates a new, empty record base at the latest schema. Refuses to touch
    // an existing file.
    bool create(const QString &path);
    // A new record base on a server: the schema in an empty database.
    bool create(const DatabaseLocation &location);
    void close();

    bool isOpen() const;
    bool isReadOnly() const { return m_readOnly; }
    ReadOnlyReason readOnlyReason() const { return m_readOnlyReason; }
    // A sentence naming the file and why it is read-only; empty when writable.
    QString readOnlyMessage() const;
    // Why the last open() failed; None after a successful one.
    OpenFailure openFailure() const { return m_openFailure; }
    // The file, or for a server its address without the password.
    QString path() const { return m_path; }
    // Where the record base lives, with the password it was opened with (in
    // memory only): what a second connection (another thread) opens.
    DatabaseLocation location() const { return m_location; }
    bool isPostgres() const { return m_location.isPostgres(); }
    QString connectionName() const { return m_connectionName; }
    QSqlDatabase connection() const;
    QString errorString() const { return m_error; }

    // Writers take the write lock at once (BEGIN IMMEDIATE), waiting up to
    // the busy timeout for another writer: a deferred BEGIN that later writes
    // can fail with SQLITE_BUSY despite the timeout. Refused, with
    // readOnlyMessage() as the error, on a read-only record base.
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
    enum class Access { ReadWrite, ReadOnly, Immutable };

    void resetOpenState();
    bool connectTo(Access access);
    bool openPostgres(OpenMode mode);
    bool connectToPostgres();
    bool configureConnection();
    bool inspect(Verification verification);
    bool prepareForWriting();
    bool fail(const QString &message);
    bool failOpen(OpenFailure failure, const QString &message);

    QString m_connectionName;
    DatabaseLocation m_location;
    QString m_path;
    QString m_error;
    bool m_readOnly = false;
    ReadOnlyReason m_readOnlyReason = ReadOnlyReason::None;
    OpenFailure m_openFailure = OpenFailure::None;
    int m_fileVersion = -1; // the user_version found on opening
    int m_lastErrorCode = 0; // SQLite's primary result code of the last failed query
};

} // namespace liaison
