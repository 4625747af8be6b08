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

namespace liaison {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("liaison-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

} // namespace

QString Database::describeError(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    // SQLite's extended result codes: give the common ones a plain explanation.
    if (code == QLatin1String("26"))
        text = tr("the file is not a database");
    else if (code == QLatin1String("11"))
        text = tr("the database file is damaged (malformed)");
    else if (code == QLatin1String("5"))
        text = tr("the record base is locked by another program");
    else if (code == QLatin1String("13"))
        text = tr("the disk or the record base is full");
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

bool Database::openConnection(const QString &path, bool readOnly)
{
    close();
    m_error.clear();
    m_path = QFileInfo(path).absoluteFilePath();
    m_readOnly = readOnly;

    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        if (!db.isValid()) {
            problem = tr("The Qt SQLite driver (QSQLITE) is not installed.");
        } else {
            db.setDatabaseName(m_path);
            QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs);
            if (readOnly)
                options += QStringLiteral(";QSQLITE_OPEN_READONLY");
            db.setConnectOptions(options);
            if (!db.open())
                problem = tr("Cannot open %1: %2")
                              .arg(QDir::toNativeSeparators(m_path), describeError(db.lastError()));
        }
    }
    // The handle above is gone before fail() removes the connection.
    if (!problem.isEmpty())
        return fail(problem);
    return configureConnection();
}

bool Database::configureConnection()
{
    QString problem;
    {
        QSqlQuery query(connection());
        // Reading the schema is the first access to the file: it fails here
        // for a file that is not an SQLite database.
        if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))
            || !query.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
            problem = describeError(query.lastError());
    }
    if (problem.isEmpty())
        return true;
    return fail(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(m_path), problem));
}

bool Database::open(const QString &path, OpenMode mode)
{
    if (!QFileInfo::exists(path)) {
        m_error = tr("No record base at %1.")
                      .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
        return false;
    }
    const bool readOnly = mode == OpenMode::ReadOnly;
    if (!openConnection(path, readOnly))
        return false;

    const int version = userVersion();
    if (version > SchemaMigrations::latestVersion())
        return fail(tr("%1 was written by a newer Liaison (schema version %2; this version "
                       "knows up to %3). The file was not changed.")
                        .arg(QDir::toNativeSeparators(m_path))
                        .arg(version)
                        .arg(SchemaMigrations::latestVersion()));
    if (version == 0 && !SchemaMigrations::isEmptyDatabase(*this))
        return fail(tr("%1 is an SQLite database but not a Liaison record base. The file was "
                       "not changed.")
                        .arg(QDir::toNativeSeparators(m_path)));
    if (readOnly)
        return true;

    if (!exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        return fail(m_error);
    if (!SchemaMigrations::migrate(*this))
        return fail(m_error);
    return true;
}

bool Database::create(const QString &path)
{
    const QFileInfo info(path);
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
    if (!openConnection(path, false) || !exec(QStringLiteral("PRAGMA journal_mode = WAL"))
        || !SchemaMigrations::migrate(*this)) {
        close();
        // Only remove what this call created: the file did not exist before.
        removeFiles(info.absoluteFilePath());
        return false;
    }
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
    return false;
}

bool Database::setError(const QSqlQuery &failedQuery)
{
    return setError(describeError(failedQuery.lastError()));
}

bool Database::beginWrite()
{
    return exec(QStringLiteral("BEGIN IMMEDIATE"));
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
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

QStringList Database::integrityProblems() const
{
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
