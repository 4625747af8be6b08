// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QProcessEnvironment>
#include <QString>

#include <optional>
#include <utility>

namespace liaison {

// Where a record base lives, as the user names it to --database or File → Open:
// an SQLite file path, or a PostgreSQL server as a libpq connection URI
// postgresql://[user[:password]@][host][:port][/dbname][?param=value&...].
// Missing parts get libpq's defaults at parse time, so that the name shown and
// remembered says which server and role are really used.
class DatabaseLocation
{
    Q_DECLARE_TR_FUNCTIONS(liaison::DatabaseLocation)

public:
    enum class Engine { Sqlite, PostgreSql };
    using Option = std::pair<QString, QString>;

    static constexpr int defaultPostgresPort = 5432;

    DatabaseLocation() = default;
    static DatabaseLocation sqliteFile(const QString &path);
    // Parses a path or a postgresql:// (or postgres://) URI; defaults come from
    // PGHOST, PGPORT, PGUSER and PGDATABASE in the environment. On failure
    // returns nothing and says what is wrong, never repeating a password.
    // toSettingsString() parses back to the same location, without password.
    static std::optional<DatabaseLocation> fromUserInput(
        const QString &text, QString *error,
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

    Engine engine() const { return m_engine; }
    bool isPostgres() const { return m_engine == Engine::PostgreSql; }

    // SQLite: the file as given. Empty for PostgreSQL.
    QString path() const { return m_path; }

    // PostgreSQL; a host starting with "/" is the folder of a Unix socket.
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString user() const { return m_user; }
    QString databaseName() const { return m_databaseName; }
    // Only a password written in the URI; see resolvePassword() for the others.
    QString password() const { return m_password; }
    bool hasPassword() const { return !m_password.isEmpty(); }
    // A password from a prompt or the keychain; never written anywhere.
    void setPassword(const QString &password) { m_password = password; }
    // The query parameters other than host, port, user, password and dbname,
    // in their order, decoded.
    QList<Option> options() const { return m_options; }
    QString option(const QString &name) const;
    // The options as QSqlDatabase::setConnectOptions() takes them for QPSQL.
    QString connectOptions() const;

    // The SQLite path, or postgresql://user@host:port/dbname: for titles,
    // messages and keychain entries. Never holds a password.
    QString displayName() const;
    // What the settings file keeps: the absolute SQLite path, or the display
    // name with the options. Never holds a password.
    QString toSettingsString() const;

    // The password libpq would use: the URI's, else PGPASSWORD, else the
    // matching line of the password file (the passfile option, PGPASSFILE or
    // ~/.pgpass). A password file ignored for its permissions gives a warning.
    std::optional<QString> resolvePassword(
        QString *warning = nullptr,
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment()) const;

    // The operating system's name for the user running Liaison: libpq's
    // default role.
    static QString loginName();

    bool operator==(const DatabaseLocation &other) const = default;

private:
    static std::optional<DatabaseLocation> parsePostgresUri(const QString &text,
                                                            qsizetype afterScheme, QString *error,
                                                            const QProcessEnvironment &environment);

    Engine m_engine = Engine::Sqlite;
    QString m_path;
    QString m_host;
    int m_port = 0;
    QString m_user;
    QString m_databaseName;
    QString m_password;
    QList<Option> m_options;
};

} // namespace liaison
