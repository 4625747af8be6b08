// SPDX-License-Identifier: GPL-3.0-or-later
// A fresh, empty database on the test server (.ci/pgcluster.sh start) for one
// test, dropped again when the object goes. Tests that run against both
// engines ask available() and QSKIP the server half with skipReason() when
// there is no server, so ctest reports them as skipped, never as passed.
#pragma once

#include "databaselocation.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

// In a test function (or a data row for the server): skips without a
// server, fails when one is required.
#define LIAISON_NEED_POSTGRES()                                                                    \
    do {                                                                                           \
        if (!liaison::testing::PostgresTestDatabase::available()) {                                \
            if (liaison::testing::PostgresTestDatabase::required())                                \
                QFAIL("LIAISON_REQUIRE_POSTGRES=1 but LIAISON_TEST_POSTGRES_URL is not set");      \
            QSKIP(liaison::testing::PostgresTestDatabase::skipReason());                           \
        }                                                                                          \
    } while (false)

namespace liaison::testing {

class PostgresTestDatabase
{
public:
    static constexpr const char *UrlVariable = "LIAISON_TEST_POSTGRES_URL";

    static bool available() { return qEnvironmentVariableIsSet(UrlVariable); }
    // .ci/setup.sh test always starts a server and sets LIAISON_REQUIRE_POSTGRES=1:
    // there a missing server fails the test instead of skipping it.
    static bool required() { return qEnvironmentVariableIntValue("LIAISON_REQUIRE_POSTGRES") == 1; }
    static const char *skipReason()
    {
        return "LIAISON_TEST_POSTGRES_URL is not set: no PostgreSQL server to test against. "
               "Start one with eval \"$(.ci/pgcluster.sh start)\" (see README, Tests).";
    }
    // The test server's own database, as .ci/pgcluster.sh gives it.
    static std::optional<DatabaseLocation> serverLocation(const char *variable = UrlVariable)
    {
        QString error;
        return DatabaseLocation::fromUserInput(qEnvironmentVariable(variable), &error);
    }

    PostgresTestDatabase()
    {
        static QAtomicInteger<int> counter;
        const auto server = serverLocation();
        if (!server) {
            m_error = QStringLiteral("%1 is not a usable address").arg(QLatin1String(UrlVariable));
            return;
        }
        m_name = QStringLiteral("liaison_t%1_%2")
                     .arg(QCoreApplication::applicationPid())
                     .arg(counter.fetchAndAddRelaxed(1));
        m_error = admin(*server, QStringLiteral("CREATE DATABASE %1").arg(m_name));
        m_location = locationAs(*server);
    }
    ~PostgresTestDatabase()
    {
        if (const auto server = serverLocation(); server && m_error.isEmpty())
            admin(*server, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    }
    PostgresTestDatabase(const PostgresTestDatabase &) = delete;
    PostgresTestDatabase &operator=(const PostgresTestDatabase &) = delete;

    bool isValid() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    QString name() const { return m_name; }
    DatabaseLocation location() const { return m_location; }

    // This database, reached as role (a location of the server with that
    // role's user name and password).
    DatabaseLocation locationAs(const DatabaseLocation &role) const
    {
        QString ignored;
        DatabaseLocation location =
            *DatabaseLocation::fromUserInput(QStringLiteral("postgresql://%1@%2:%3/%4")
                                                 .arg(role.user(), role.host())
                                                 .arg(role.port())
                                                 .arg(m_name),
                                             &ignored);
        location.setPassword(role.password());
        return location;
    }
    // The test server's read-only role (.ci/pgcluster.sh), granted what it
    // may read in this database; nullopt (with the reason in errorString())
    // when that fails.
    std::optional<DatabaseLocation> readerLocation()
    {
        const auto reader = serverLocation("LIAISON_TEST_POSTGRES_READER_URL");
        if (!reader) {
            m_error = QStringLiteral("LIAISON_TEST_POSTGRES_READER_URL is not a usable address");
            return std::nullopt;
        }
        m_error = run({QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(reader->user()),
                       QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1")
                           .arg(reader->user())});
        if (!m_error.isEmpty())
            return std::nullopt;
        return locationAs(*reader);
    }

    // Runs statements as the server's owner role in this database (e.g. to
    // grant the read-only role what it may read).
    QString run(const QStringList &statements) const { return runIn(m_location, statements); }

private:
    static QString admin(const DatabaseLocation &server, const QString &statement)
    {
        return runIn(server, {statement});
    }
    static QString runIn(const DatabaseLocation &location, const QStringList &statements)
    {
        const QString name = QStringLiteral("postgres-test-admin");
        QString error;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(location.host());
            db.setPort(location.port());
            db.setUserName(location.user());
            db.setPassword(location.password());
            db.setDatabaseName(location.databaseName());
            if (!db.open()) {
                error = db.lastError().text();
            } else {
                QSqlQuery query(db);
                for (const QString &statement : statements) {
                    if (!query.exec(statement)) {
                        error = statement + QStringLiteral(": ") + query.lastError().text();
                        break;
                    }
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return error;
    }

    QString m_name;
    QString m_error;
    DatabaseLocation m_location;
};

} // namespace liaison::testing
