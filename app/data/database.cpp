// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "schemamigrations.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace liaison {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("liaison-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// SQLite's primary result code of a QtSql error: QSQLITE may report an
// extended code (SQLITE_BUSY_SNAPSHOT is 517, SQLITE_BUSY 5 with 512 added).
int primaryCode(const QSqlError &error)
{
    // A PostgreSQL SQLSTATE is five characters ("23505", "08006"); QSQLITE's
    // codes are plain decimals below 10000.
    if (error.nativeErrorCode().size() == 5)
        return -1;
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code & 0xff : -1;
}

constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
constexpr int SqliteCorrupt = 11;
constexpr int SqliteFull = 13;
constexpr int SqliteNotADatabase = 26;

Database::OpenFailure failureOf(int primary)
{
    switch (primary) {
    case SqliteNotADatabase:
        return Database::OpenFailure::NotADatabase;
    case SqliteCorrupt:
        return Database::OpenFailure::Damaged;
    case SqliteBusy:
    case SqliteLocked:
        return Database::OpenFailure::Locked;
    default:
        return Database::OpenFailure::Other;
    }
}

// An SQLite header whose read and write versions (bytes 18 and 19) are 2:
// the file is in WAL mode, and SQLite reads it through its -wal and -shm.
bool isWalFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(100);
    return header.size() == 100 && header.startsWith("SQLite format 3") && header.at(18) == 2
        && header.at(19) == 2;
}

} // namespace

QString Database::describeError(const QSqlError &error)
{
    QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const QString state = error.nativeErrorCode();
    if (state.size() == 5) { // PostgreSQL: its SQLSTATE classes
        if (state == QLatin1String("42501"))
            return tr("your database role may not do this (%1)").arg(text.trimmed());
        if (state == QLatin1String("53100"))
            return tr("the disk or the record base is full");
        if (state.startsWith(QLatin1String("08")) || state == QLatin1String("57P01"))
            return tr("the connection to the server was lost (%1)").arg(text.trimmed());
        if (state == QLatin1String("40001") || state == QLatin1String("40P01")
            || state == QLatin1String("55P03"))
            return tr("the record base is locked by another program");
        return text.trimmed();
    }
    // SQLite's result codes: give the common ones a plain explanation.
    switch (primaryCode(error)) {
    case SqliteNotADatabase:
        text = tr("the file is not a database");
        break;
    case SqliteCorrupt:
        text = tr("the database file is damaged (malformed)");
        break;
    case SqliteBusy:
    case SqliteLocked:
        text = tr("the record base is locked by another program");
        break;
    case SqliteFull:
        text = tr("the disk or the record base is full");
        break;
    default:
        break;
    }
    return text;
}

void Database::removeFiles(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(absolute + QLatin1String(suffix));
}

Database::Database()
    : m_connectionName(nextConnectionName())
{ }

Database::~Database()
{
    close();
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::fail(const QString &message)
{
    m_error = message;
    close();
    return false;
}

bool Database::failOpen(OpenFailure failure, const QString &message)
{
    m_openFailure = failure;
    m_readOnly = false;
    m_readOnlyReason = ReadOnlyReason::None;
    return fail(message);
}

bool Database::connectTo(Access access)
{
    close();
    QString problem;
    OpenFailure failure = OpenFailure::Other;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        if (!db.isValid()) {
            problem = tr("The Qt SQLite driver (QSQLITE) is not installed.");
        } else {
            QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs);
            if (access != Access::ReadWrite)
                options += QStringLiteral(";QSQLITE_OPEN_READONLY");
            if (access == Access::Immutable) {
                // The file alone, without locks, -wal or -shm: SQLite's URI
                // form, the only way to ask for it.
                QUrl uri = QUrl::fromLocalFile(m_path);
                uri.setQuery(QStringLiteral("mode=ro&immutable=1"));
                db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
                options += QStringLiteral(";QSQLITE_OPEN_URI");
            } else {
                db.setDatabaseName(m_path);
            }
            db.setConnectOptions(options);
            if (!db.open()) {
                failure = failureOf(primaryCode(db.lastError()));
                problem =
                    tr("Cannot open %1: %2").arg(shown(m_path), describeError(db.lastError()));
            }
        }
    }
    // The handle above is gone before fail() removes the connection.
    if (!problem.isEmpty())
        return failOpen(failure, problem);
    m_readOnly = access != Access::ReadWrite;
    return configureConnection();
}

bool Database::configureConnection()
{
    QSqlError error;
    {
        QSqlQuery query(connection());
        // Reading the schema is the first access to the file: it fails here
        // for a file that is not an SQLite database.
        if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))
            || !query.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
            error = query.lastError();
    }
    if (!error.isValid())
        return true;
    return failOpen(failureOf(primaryCode(error)),
                    tr("Cannot read %1: %2").arg(shown(m_path), describeError(error)));
}

// What a user needs to know before trusting the file: SQLite's quick_check
// (every page readable, every record well-formed), its schema version, and
// that it is a record base at all. Reads only.
bool Database::inspect(Verification verification)
{
    QSqlError error;
    int version = -1;
    QStringList damage;
    {
        // Reading the schema fails at once on a file that is not a database.
        QSqlQuery query(connection());
        query.setForwardOnly(true);
        if (query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))
            && query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
            version = query.value(0).toInt();
        else
            error = query.lastError();
        // A file about to be migrated is checked even when the caller defers.
        const bool check = verification == Verification::QuickCheck
            || (version >= 0 && version < SchemaMigrations::latestVersion());
        if (!error.isValid() && check) {
            if (query.exec(QStringLiteral("PRAGMA quick_check"))) {
                while (query.next()) {
                    const QString line = query.value(0).toString();
                    if (line != QLatin1String("ok"))
                        damage.append(line);
                }
            }
            if (query.lastError().isValid())
                error = query.lastError();
        }
    }
    if (error.isValid())
        return failOpen(failureOf(primaryCode(error)),
                        tr("Cannot read %1: %2").arg(shown(m_path), describeError(error)));
    if (!damage.isEmpty())
        return failOpen(OpenFailure::Damaged,
                        tr("%1 is damaged (SQLite's quick check: %2). The file was not changed.")
                            .arg(shown(m_path), damage.constFirst()));
    m_fileVersion = version;
    if (m_fileVersion == 0 && !SchemaMigrations::isEmptyDatabase(*this))
        return failOpen(OpenFailure::OtherApplication,
                        tr("%1 is an SQLite database but not a Liaison record base. The file was "
                           "not changed.")
                            .arg(shown(m_path)));
    return true;
}

// WAL journal, migrations and the test hook, on a writable file of a schema
// this version knows.
bool Database::prepareForWriting()
{
    QString journalMode;
    {
        QSqlQuery query(connection());
        if (query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next())
            journalMode = query.value(0).toString();
    }
    // Each step only when needed: taking the write lock for nothing would
    // make opening wait for another program's writes.
    if (journalMode != QLatin1String("wal") && !exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        return failOpen(failureOf(m_lastErrorCode), m_error);
    if (m_fileVersion < SchemaMigrations::latestVersion() && !SchemaMigrations::migrate(*this))
        return failOpen(failureOf(m_lastErrorCode), m_error);
    bool isNumber = false;
    const int maxPages = qEnvironmentVariableIntValue(TestMaxPageCountVariable, &isNumber);
    if (isNumber && !exec(QStringLiteral("PRAGMA max_page_count = %1").arg(maxPages)))
        return failOpen(failureOf(m_lastErrorCode), m_error);
    return true;
}

void Database::resetOpenState()
{
    close();
    m_error.clear();
    m_readOnly = false;
    m_readOnlyReason = ReadOnlyReason::None;
    m_openFailure = OpenFailure::None;
    m_fileVersion = -1;
}

bool Database::open(const QString &path, OpenMode mode, Verification verification)
{
    resetOpenState();
    const QFileInfo info(path);
    m_path = info.absoluteFilePath();
    m_location = DatabaseLocation::sqliteFile(m_path);
    if (!info.exists())
        return failOpen(OpenFailure::Missing, tr("No record base at %1.").arg(shown(m_path)));

    // What this user may write (root may write anything).
    const bool fileWritable = info.isWritable();
    const bool folderWritable = QFileInfo(info.absolutePath()).isWritable();
    const ReadOnlyReason denied = !fileWritable ? ReadOnlyReason::FileNotWritable
        : !folderWritable                       ? ReadOnlyReason::FolderNotWritable
                                                : ReadOnlyReason::None;
    Access access = Access::ReadWrite;
    if (mode == OpenMode::ReadOnly || denied != ReadOnlyReason::None) {
        access = Access::ReadOnly;
        // SQLite reads a WAL file through its -wal and -shm, creating them
        // when missing: impossible in a folder the user cannot write, and
        // next to another user's file they would keep its owner from writing
        // (the -shm would be this user's). Without a -wal holding changes the
        // file alone is the whole record base: read it as immutable.
        const QFileInfo wal(m_path + QStringLiteral("-wal"));
        const QFileInfo shm(m_path + QStringLiteral("-shm"));
        if (isWalFile(m_path) && !(wal.exists() && shm.exists())) {
            if (wal.size() == 0) {
                if (denied != ReadOnlyReason::None)
                    access = Access::Immutable;
            } else if (!folderWritable) {
                return failOpen(OpenFailure::Other,
                                tr("Cannot open %1: its latest changes are in %2, which can only "
                                   "be read with write access to the folder %3. The file was not "
                                   "changed.")
                                    .arg(shown(m_path), shown(wal.absoluteFilePath()),
                                         shown(info.absolutePath())));
            }
        }
    }
    if (!connectTo(access) || !inspect(verification))
        return false;

    const auto openReadOnly = [&](ReadOnlyReason reason) {
        // A newer schema on a writable file: reopen so that SQLite itself
        // refuses every write.
        if (access == Access::ReadWrite && !connectTo(Access::ReadOnly))
            return false;
        m_readOnlyReason = reason;
        return true;
    };
    if (m_fileVersion > SchemaMigrations::latestVersion())
        return openReadOnly(ReadOnlyReason::NewerSchema);
    if (access != Access::ReadWrite)
        return openReadOnly(denied != ReadOnlyReason::None ? denied
                                                           : ReadOnlyReason::RequestedReadOnly);
    if (!prepareForWriting())
        return false;
    // Another program may have upgraded the file beyond this version since
    // it was inspected.
    const int version = userVersion();
    if (version > SchemaMigrations::latestVersion()) {
        m_fileVersion = version;
        return openReadOnly(ReadOnlyReason::NewerSchema);
    }
    m_fileVersion = version;
    return true;
}

bool Database::open(const DatabaseLocation &location, OpenMode mode, Verification verification)
{
    if (!location.isPostgres())
        return open(location.path(), mode, verification);
    resetOpenState();
    m_location = location;
    m_path = location.displayName();
    return openPostgres(mode);
}

bool Database::connectToPostgres()
{
    close();
    QString problem;
    OpenFailure failure = OpenFailure::Other;
    if (!m_location.hasPassword()) {
        QString warning;
        if (const auto password = m_location.resolvePassword(&warning))
            m_location.setPassword(*password);
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        if (!db.isValid()) {
            problem = tr("The Qt PostgreSQL driver (QPSQL) is not installed.");
        } else {
            db.setHostName(m_location.host());
            db.setPort(m_location.port());
            db.setUserName(m_location.user());
            db.setPassword(m_location.password());
            db.setDatabaseName(m_location.databaseName());
            db.setConnectOptions(m_location.connectOptions());
            if (!db.open()) {
                const QString text = db.lastError().text();
                // libpq's messages: the only way QPSQL tells these apart.
                if (text.contains(QLatin1String("no password supplied"))) {
                    failure = OpenFailure::PasswordRequired;
                    problem = tr("%1 asks for a password.").arg(m_path);
                } else if (text.contains(QLatin1String("password authentication failed"))
                           || text.contains(QLatin1String("authentication failed"))) {
                    failure = OpenFailure::AccessDenied;
                    problem = tr("%1 refused the user name or password.").arg(m_path);
                } else if (text.contains(QLatin1String("does not exist"))
                           && text.contains(QLatin1String("database"))) {
                    failure = OpenFailure::Missing;
                    problem = tr("The server has no database %1 (%2).")
                                  .arg(m_location.databaseName(), m_path);
                } else {
                    problem = tr("Cannot connect to %1: %2").arg(m_path, text.trimmed());
                }
            }
        }
    }
    if (!problem.isEmpty())
        return failOpen(failure, problem);
    QSqlQuery query(connection());
    // Short contention waits, as SQLite's busy timeout does; never forever.
    if (!query.exec(QStringLiteral("SET lock_timeout = %1").arg(BusyTimeoutMs))
        || !query.exec(QStringLiteral("SET client_min_messages = warning")))
        return failOpen(OpenFailure::Other,
                        tr("Cannot read %1: %2").arg(m_path, describeError(query.lastError())));
    return true;
}

bool Database::openPostgres(OpenMode mode)
{
    if (!connectToPostgres())
        return false;
    QSqlError error;
    bool hasSchema = false;
    bool hasOtherTables = false;
    bool mayWrite = false;
    {
        QSqlQuery query(connection());
        query.setForwardOnly(true);
        if (query.exec(QStringLiteral("SELECT to_regclass('liaison_schema') IS NOT NULL, "
                                      "EXISTS (SELECT 1 FROM pg_tables WHERE schemaname = "
                                      "current_schema())"))
            && query.next()) {
            hasSchema = query.value(0).toBool();
            hasOtherTables = query.value(1).toBool();
        } else {
            error = query.lastError();
        }
        if (!error.isValid() && hasSchema) {
            if (query.exec(QStringLiteral("SELECT version FROM liaison_schema")) && query.next())
                m_fileVersion = query.value(0).toInt();
            else
                error = query.lastError();
        }
        if (!error.isValid() && hasSchema) {
            if (query.exec(QStringLiteral("SELECT has_table_privilege('participation', "
                                          "'INSERT, UPDATE, DELETE') AND "
                                          "has_table_privilege('liaison_schema', 'UPDATE')"))
                && query.next())
                mayWrite = query.value(0).toBool();
            else
                error = query.lastError();
        }
    }
    if (error.isValid())
        return failOpen(OpenFailure::Other,
                        tr("Cannot read %1: %2").arg(m_path, describeError(error)));
    if (!hasSchema && hasOtherTables)
        return failOpen(OpenFailure::OtherApplication,
                        tr("%1 holds tables, but it is not a Liaison record base. Nothing was "
                           "changed.")
                            .arg(m_path));
    if (!hasSchema)
        return failOpen(OpenFailure::Missing, tr("%1 holds no record base yet.").arg(m_path));

    const auto openReadOnly = [&](ReadOnlyReason reason) {
        // The server itself then refuses every write of this session.
        if (!exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")))
            return failOpen(OpenFailure::Other, m_error);
        m_readOnly = true;
        m_readOnlyReason = reason;
        return true;
    };
    if (m_fileVersion > SchemaMigrations::latestVersion())
        return openReadOnly(ReadOnlyReason::NewerSchema);
    if (mode == OpenMode::ReadOnly)
        return openReadOnly(ReadOnlyReason::RequestedReadOnly);
    if (!mayWrite)
        return openReadOnly(ReadOnlyReason::RoleMayOnlyRead);
    if (m_fileVersion < SchemaMigrations::latestVersion() && !SchemaMigrations::migrate(*this))
        return failOpen(OpenFailure::Other, m_error);
    m_fileVersion = userVersion();
    return true;
}

bool Database::create(const DatabaseLocation &location)
{
    if (!location.isPostgres())
        return create(location.path());
    m_openFailure = OpenFailure::None;
    m_readOnlyReason = ReadOnlyReason::None;
    m_readOnly = false;
    m_error.clear();
    m_location = location;
    m_path = location.displayName();
    if (!connectToPostgres())
        return false;
    bool empty = false;
    {
        QSqlQuery query(connection());
        empty = query.exec(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM pg_tables WHERE "
                                          "schemaname = current_schema())"))
            && query.next() && query.value(0).toBool();
    }
    if (!empty) {
        m_error = tr("%1 already holds tables; it was left untouched.").arg(m_path);
        close();
        return false;
    }
    if (!SchemaMigrations::migrate(*this)) {
        close();
        return false;
    }
    m_fileVersion = userVersion();
    return true;
}

QString Database::readOnlyMessage() const
{
    switch (m_readOnlyReason) {
    case ReadOnlyReason::None:
        break;
    case ReadOnlyReason::FileNotWritable:
        return tr("%1 is open read-only: you may not write to this file.").arg(shown(m_path));
    case ReadOnlyReason::FolderNotWritable:
        return tr("%1 is open read-only: you may not write to its folder %2, where SQLite keeps "
                  "its working files while writing.")
            .arg(shown(m_path), shown(QFileInfo(m_path).absolutePath()));
    case ReadOnlyReason::NewerSchema:
        return tr("%1 is open read-only: it was written by a newer Liaison (schema version %2; "
                  "this version knows up to %3).")
            .arg(shown(m_path))
            .arg(m_fileVersion)
            .arg(SchemaMigrations::latestVersion());
    case ReadOnlyReason::RequestedReadOnly:
        return tr("%1 is open read-only.").arg(shown(m_path));
    case ReadOnlyReason::RoleMayOnlyRead:
        return tr("%1 is open read-only: the database role %2 may read it but not change it.")
            .arg(m_path, m_location.user());
    }
    return {};
}

bool Database::create(const QString &path)
{
    const QFileInfo info(path);
    m_openFailure = OpenFailure::None;
    m_readOnlyReason = ReadOnlyReason::None;
    if (info.exists()) {
        m_error = tr("%1 already exists; it was left untouched.")
                      .arg(QDir::toNativeSeparators(info.absoluteFilePath()));
        return false;
    }
    if (!QDir().mkpath(info.absolutePath())) {
        m_error =
            tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }
    m_error.clear();
    m_path = info.absoluteFilePath();
    m_location = DatabaseLocation::sqliteFile(m_path);
    if (!connectTo(Access::ReadWrite) || !exec(QStringLiteral("PRAGMA journal_mode = WAL"))
        || !SchemaMigrations::migrate(*this)) {
        close();
        // Only remove what this call created: the file did not exist before.
        removeFiles(info.absoluteFilePath());
        return false;
    }
    m_fileVersion = userVersion();
    return true;
}

bool Database::exec(const QString &sql)
{
    QSqlQuery query(connection());
    return query.exec(sql) || setError(query);
}

bool Database::setError(const QString &message)
{
    m_error = tr("%1: %2").arg(QDir::toNativeSeparators(m_path), message);
    m_lastErrorCode = 0;
    return false;
}

bool Database::setError(const QSqlQuery &failedQuery)
{
    setError(describeError(failedQuery.lastError()));
    m_lastErrorCode = primaryCode(failedQuery.lastError());
    return false;
}

bool Database::beginWrite()
{
    if (m_readOnly) {
        m_error = readOnlyMessage();
        m_lastErrorCode = 0;
        return false;
    }
    return exec(isPostgres() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"));
}

bool Database::commit()
{
    return exec(QStringLiteral("COMMIT"));
}

void Database::rollback()
{
    QSqlQuery query(connection());
    query.exec(QStringLiteral("ROLLBACK"));
}

int Database::userVersion() const
{
    QSqlQuery query(connection());
    if (isPostgres()) {
        // A new database has no version table yet: version 0.
        if (!query.exec(QStringLiteral("SELECT to_regclass('liaison_schema') IS NULL"))
            || !query.next())
            return -1;
        if (query.value(0).toBool())
            return 0;
    }
    if (query.exec(isPostgres() ? QStringLiteral("SELECT version FROM liaison_schema")
                                : QStringLiteral("PRAGMA user_version"))
        && query.next())
        return query.value(0).toInt();
    return -1;
}

QStringList Database::integrityProblems() const
{
    // A server checks its own pages and enforces every constraint itself.
    if (isPostgres())
        return {};
    QStringList problems;
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return {describeError(query.lastError())};
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            problems.append(line);
    }
    return problems;
}

QStringList Database::foreignKeyProblems() const
{
    if (isPostgres())
        return {};
    QStringList problems;
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return {describeError(query.lastError())};
    while (query.next()) {
        problems.append(tr("row %1 of table %2 refers to a missing row of table %3")
                            .arg(query.value(1).toString(), query.value(0).toString(),
                                 query.value(2).toString()));
    }
    return problems;
}

} // namespace liaison
