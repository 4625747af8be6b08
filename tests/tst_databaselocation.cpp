// SPDX-License-Identifier: GPL-3.0-or-later
#include "databaselocation.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace liaison;

namespace {

// A fixed environment, so that the machine's PG* variables change nothing.
QProcessEnvironment environment(const QStringList &variables = {})
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("PGUSER"), QStringLiteral("envuser"));
    for (const QString &variable : variables) {
        const qsizetype equals = variable.indexOf(QLatin1Char('='));
        env.insert(variable.left(equals), variable.mid(equals + 1));
    }
    return env;
}

DatabaseLocation parsed(const QString &text, const QProcessEnvironment &env = environment())
{
    QString error;
    const std::optional<DatabaseLocation> location =
        DatabaseLocation::fromUserInput(text, &error, env);
    if (!location)
        qWarning("%s: %s", qPrintable(text), qPrintable(error));
    return location.value_or(DatabaseLocation());
}

} // namespace

class TestDatabaseLocation : public QObject
{
    Q_OBJECT

private slots:
    void sqlitePaths_data();
    void sqlitePaths();
    void postgresUri_data();
    void postgresUri();
    void defaults_followLibpq();
    void defaultUser_isTheLoginName();
    void options_becomeQpsqlConnectOptions();
    void errors_data();
    void errors();
    void errors_neverShowThePassword();
    void displayName_neverHoldsThePassword();
    void settingsString_roundTrips_data();
    void settingsString_roundTrips();
    void resolvePassword_followsLibpqOrder();
    void resolvePassword_passfileOptionAndSocketHost();
};

void TestDatabaseLocation::sqlitePaths_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("path");
    QTest::newRow("absolute") << "/home/anna/office.sqlite"
                              << "/home/anna/office.sqlite";
    QTest::newRow("relative") << "records.sqlite"
                              << "records.sqlite";
    QTest::newRow("spaces around") << "  /tmp/a b.sqlite  "
                                   << "/tmp/a b.sqlite";
    QTest::newRow("colon in name") << "/tmp/postgresql:5432.sqlite"
                                   << "/tmp/postgresql:5432.sqlite";
    QTest::newRow("windows drive") << "C://records.sqlite"
                                   << "C://records.sqlite";
    QTest::newRow("file url") << "file:///home/anna/office%20copy.sqlite"
                              << "/home/anna/office copy.sqlite";
}

void TestDatabaseLocation::sqlitePaths()
{
    QFETCH(QString, input);
    QFETCH(QString, path);
    QString error;
    const auto location = DatabaseLocation::fromUserInput(input, &error, environment());
    QVERIFY2(location, qPrintable(error));
    QCOMPARE(location->engine(), DatabaseLocation::Engine::Sqlite);
    QVERIFY(!location->isPostgres());
    QCOMPARE(location->path(), path);
    QCOMPARE(location->displayName(), QDir::toNativeSeparators(path));
    QCOMPARE(location->toSettingsString(), QFileInfo(path).absoluteFilePath());
    QVERIFY(location->host().isEmpty());
    QVERIFY(!location->hasPassword());
}

void TestDatabaseLocation::postgresUri_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("password");

    QTest::newRow("full") << "postgresql://anna:secret@db.office:5433/liaison"
                          << "db.office" << 5433 << "anna"
                          << "liaison"
                          << "secret";
    QTest::newRow("postgres scheme, any case") << "Postgres://anna@db.office/liaison"
                                               << "db.office" << 5432 << "anna"
                                               << "liaison" << QString();
    QTest::newRow("percent-encoded") << "postgresql://anna%40office:p%3As%2Fw%25rd@db/"
                                        "r%C3%A9sum%C3%A9%20base"
                                     << "db" << 5432 << "anna@office"
                                     << "résumé base"
                                     << "p:s/w%rd";
    QTest::newRow("unencoded @ in password") << "postgresql://anna:p@ss@db.office/liaison"
                                             << "db.office" << 5432 << "anna"
                                             << "liaison"
                                             << "p@ss";
    QTest::newRow("ipv6") << "postgresql://anna@[::1]:5433/liaison"
                          << "::1" << 5433 << "anna"
                          << "liaison" << QString();
    QTest::newRow("ipv6 without port") << "postgresql://[2001:db8::7]/liaison"
                                       << "2001:db8::7" << 5432 << "envuser"
                                       << "liaison" << QString();
    QTest::newRow("no authority") << "postgresql:///liaison"
                                  << "localhost" << 5432 << "envuser"
                                  << "liaison" << QString();
    QTest::newRow("port only") << "postgresql://:6000/liaison"
                               << "localhost" << 6000 << "envuser"
                               << "liaison" << QString();
    QTest::newRow("nothing") << "postgresql://"
                             << "localhost" << 5432 << "envuser"
                             << "envuser" << QString();
    QTest::newRow("empty password") << "postgresql://anna:@db/liaison"
                                    << "db" << 5432 << "anna"
                                    << "liaison" << QString();
    QTest::newRow("query overrides")
        << "postgresql://db/liaison?user=bob&port=7000&dbname=other&password=pw&host=db2"
        << "db2" << 7000 << "bob"
        << "other"
        << "pw";
    QTest::newRow("unix socket host") << "postgresql://%2Fvar%2Frun%2Fpostgresql/liaison"
                                      << "/var/run/postgresql" << 5432 << "envuser"
                                      << "liaison" << QString();
}

void TestDatabaseLocation::postgresUri()
{
    QFETCH(QString, input);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, user);
    QFETCH(QString, database);
    QFETCH(QString, password);
    QString error;
    const auto location = DatabaseLocation::fromUserInput(input, &error, environment());
    QVERIFY2(location, qPrintable(error));
    QCOMPARE(location->engine(), DatabaseLocation::Engine::PostgreSql);
    QVERIFY(location->isPostgres());
    QVERIFY(location->path().isEmpty());
    QCOMPARE(location->host(), host);
    QCOMPARE(location->port(), port);
    QCOMPARE(location->user(), user);
    QCOMPARE(location->databaseName(), database);
    QCOMPARE(location->password(), password);
    QCOMPARE(location->hasPassword(), !password.isEmpty());
}

void TestDatabaseLocation::defaults_followLibpq()
{
    const QProcessEnvironment env =
        environment({QStringLiteral("PGHOST=db.env"), QStringLiteral("PGPORT=6543"),
                     QStringLiteral("PGUSER=carol"), QStringLiteral("PGDATABASE=records")});
    const DatabaseLocation fromEnvironment = parsed(QStringLiteral("postgresql://"), env);
    QCOMPARE(fromEnvironment.host(), QStringLiteral("db.env"));
    QCOMPARE(fromEnvironment.port(), 6543);
    QCOMPARE(fromEnvironment.user(), QStringLiteral("carol"));
    QCOMPARE(fromEnvironment.databaseName(), QStringLiteral("records"));

    // The URI wins over the environment.
    const DatabaseLocation explicitParts =
        parsed(QStringLiteral("postgresql://anna@db.office:5432/liaison"), env);
    QCOMPARE(explicitParts.host(), QStringLiteral("db.office"));
    QCOMPARE(explicitParts.port(), 5432);
    QCOMPARE(explicitParts.user(), QStringLiteral("anna"));
    QCOMPARE(explicitParts.databaseName(), QStringLiteral("liaison"));

    // The database defaults to the user's name, the user's own if given.
    const DatabaseLocation userOnly =
        parsed(QStringLiteral("postgresql://anna@db.office"), environment());
    QCOMPARE(userOnly.databaseName(), QStringLiteral("anna"));
}

void TestDatabaseLocation::defaultUser_isTheLoginName()
{
    const QString login = DatabaseLocation::loginName();
    QVERIFY(!login.isEmpty());
    QString error;
    const auto location = DatabaseLocation::fromUserInput(QStringLiteral("postgresql://db/x"),
                                                          &error, QProcessEnvironment());
    QVERIFY2(location, qPrintable(error));
    QCOMPARE(location->user(), login);
    const auto noDatabase = DatabaseLocation::fromUserInput(QStringLiteral("postgresql://db"),
                                                            &error, QProcessEnvironment());
    QVERIFY2(noDatabase, qPrintable(error));
    QCOMPARE(noDatabase->databaseName(), login);
}

void TestDatabaseLocation::options_becomeQpsqlConnectOptions()
{
    const DatabaseLocation location =
        parsed(QStringLiteral("postgresql://anna@db/liaison?sslmode=require&connect_timeout=5"
                              "&application_name=Liaison%20desk&options=-c%20search_path%3Dx"
                              "&sslmode=verify-full"));
    QCOMPARE(location.option(QStringLiteral("sslmode")), QStringLiteral("verify-full"));
    QCOMPARE(location.option(QStringLiteral("connect_timeout")), QStringLiteral("5"));
    QVERIFY(location.option(QStringLiteral("keepalives")).isEmpty());
    QCOMPARE(location.options().size(), 4);
    // A repeated parameter keeps its last value, in its last place.
    QCOMPARE(location.connectOptions(),
             QStringLiteral("connect_timeout=5;application_name='Liaison desk';"
                            "options='-c search_path=x';sslmode=verify-full"));
    QCOMPARE(
        parsed(QStringLiteral("postgresql://db/x?application_name=it's%5Cok")).connectOptions(),
        QStringLiteral("application_name='it\\'s\\\\ok'"));
    QVERIFY(parsed(QStringLiteral("postgresql://db/x")).connectOptions().isEmpty());
}

void TestDatabaseLocation::errors_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << "   "
                           << "No record base given";
    QTest::newRow("mysql") << "mysql://anna@db/liaison"
                           << "\"mysql://\"";
    QTest::newRow("http") << "http://example.org/records"
                          << "\"http://\"";
    QTest::newRow("port not a number") << "postgresql://db:54x2/liaison"
                                       << "The port \"54x2\"";
    QTest::newRow("port too large") << "postgresql://db:70000/liaison"
                                    << "The port \"70000\"";
    QTest::newRow("port zero") << "postgresql://db:0/liaison"
                               << "The port \"0\"";
    QTest::newRow("negative port") << "postgresql://db/liaison?port=-1"
                                   << "The port \"-1\"";
    QTest::newRow("empty host after @") << "postgresql://anna@/liaison"
                                        << "No host name after \"@\"";
    QTest::newRow("unclosed ipv6") << "postgresql://[::1/liaison"
                                   << "\"[::1\" is not a host in brackets";
    QTest::newRow("junk after ipv6") << "postgresql://[::1]x/liaison"
                                     << "\"[::1]x\" is not a host in brackets";
    QTest::newRow("several hosts") << "postgresql://db1,db2/liaison"
                                   << "Several servers (\"db1,db2\")";
    QTest::newRow("bad percent")
        << "postgresql://an%zzna@db/liaison"
        << "\"%zz\" in the address is not a valid percent-encoded character";
    QTest::newRow("percent zero")
        << "postgresql://db/li%00aison"
        << "\"%00\" in the address is not a valid percent-encoded character";
    QTest::newRow("unknown parameter") << "postgresql://db/liaison?colour=blue"
                                       << "Unknown connection parameter \"colour\"";
    QTest::newRow("secret parameter") << "postgresql://db/liaison?sslpassword=x"
                                      << "Unknown connection parameter \"sslpassword\"";
    QTest::newRow("bad sslmode") << "postgresql://db/liaison?sslmode=always"
                                 << "\"always\" is not a valid value for the connection "
                                    "parameter sslmode";
    QTest::newRow("bad timeout") << "postgresql://db/liaison?connect_timeout=soon"
                                 << "\"soon\" is not a valid value for the connection "
                                    "parameter connect_timeout";
    QTest::newRow("semicolon") << "postgresql://db/liaison?application_name=a%3Bb"
                               << "\"a;b\" is not a valid value";
    QTest::newRow("no value") << "postgresql://db/liaison?sslmode"
                              << "\"\" is not a valid value for the connection parameter "
                                 "sslmode";
}

void TestDatabaseLocation::errors()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QString error;
    const auto location = DatabaseLocation::fromUserInput(input, &error, environment());
    QVERIFY(!location);
    QVERIFY2(error.contains(expected), qPrintable(error));
    // Without a place for the message it still fails, quietly.
    QVERIFY(!DatabaseLocation::fromUserInput(input, nullptr, environment()));
}

void TestDatabaseLocation::errors_neverShowThePassword()
{
    QString error;
    QVERIFY(!DatabaseLocation::fromUserInput(QStringLiteral("mysql://anna:hunter2@db/x"), &error,
                                             environment()));
    QVERIFY2(!error.isEmpty() && !error.contains(QLatin1String("hunter2")), qPrintable(error));
    QVERIFY(!DatabaseLocation::fromUserInput(QStringLiteral("postgresql://anna:hunter2@db:port/x"),
                                             &error, environment()));
    QVERIFY2(!error.isEmpty() && !error.contains(QLatin1String("hunter2")), qPrintable(error));
    QVERIFY(!DatabaseLocation::fromUserInput(QStringLiteral("postgresql://anna:hu%zznter@db/x"),
                                             &error, environment()));
    QVERIFY2(!error.isEmpty() && !error.contains(QLatin1String("zz")), qPrintable(error));
    QVERIFY(!DatabaseLocation::fromUserInput(QStringLiteral("postgresql://db/x?password="), &error,
                                             environment()));
    QVERIFY(!DatabaseLocation::fromUserInput(
        QStringLiteral("postgresql://anna:hunter2@db/x?sslmode=bad"), &error, environment()));
    QVERIFY2(!error.contains(QLatin1String("hunter2")), qPrintable(error));
    QVERIFY(environment().contains(QStringLiteral("PGUSER")));
    QVERIFY(!DatabaseLocation::fromUserInput(QStringLiteral("postgresql://db/x"), &error,
                                             environment({QStringLiteral("PGPORT=abc")})));
    QVERIFY2(error.contains(QLatin1String("PGPORT=abc")), qPrintable(error));
}

void TestDatabaseLocation::displayName_neverHoldsThePassword()
{
    const DatabaseLocation location =
        parsed(QStringLiteral("postgresql://anna:hunter2@db.office/liaison?sslmode=require"));
    QCOMPARE(location.password(), QStringLiteral("hunter2"));
    QCOMPARE(location.displayName(), QStringLiteral("postgresql://anna@db.office:5432/liaison"));
    QCOMPARE(location.toSettingsString(),
             QStringLiteral("postgresql://anna@db.office:5432/liaison?sslmode=require"));
    QVERIFY(!location.connectOptions().contains(QLatin1String("hunter2")));
    const DatabaseLocation fromQuery =
        parsed(QStringLiteral("postgresql://db/liaison?password=hunter2"));
    QCOMPARE(fromQuery.password(), QStringLiteral("hunter2"));
    QVERIFY(!fromQuery.displayName().contains(QLatin1String("hunter2")));
    QVERIFY(!fromQuery.toSettingsString().contains(QLatin1String("hunter2")));
    QVERIFY(fromQuery.options().isEmpty());

    QCOMPARE(parsed(QStringLiteral("postgresql://anna@[::1]:5433/liaison")).displayName(),
             QStringLiteral("postgresql://anna@[::1]:5433/liaison"));
    QCOMPARE(parsed(QStringLiteral("postgresql:///liaison")).displayName(),
             QStringLiteral("postgresql://envuser@localhost:5432/liaison"));
    // Names in any script stay readable; only what would break the URI is encoded.
    QCOMPARE(parsed(QStringLiteral("postgresql://%D0%B0%D0%BD%D0%BD%D0%B0%40office@db/"
                                   "%D0%B7%D0%B0%D0%BF%D0%B8%D1%81%D0%B8"))
                 .displayName(),
             QStringLiteral("postgresql://анна%40office@db:5432/записи"));
}

void TestDatabaseLocation::settingsString_roundTrips_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("plain") << "postgresql://anna@db.office:5432/liaison";
    QTest::newRow("password dropped") << "postgresql://anna:pw@db.office/liaison";
    QTest::newRow("defaults") << "postgresql://";
    QTest::newRow("ipv6 and options")
        << "postgresql://anna@[fe80::1]:6000/liaison?sslmode=require&application_name=a%26b%3Dc";
    QTest::newRow("reserved characters") << "postgresql://a%3Ab%40c%2Fd@db/x%3Fy%23z%2520";
    QTest::newRow("socket") << "postgresql://%2Ftmp%2Fpg/liaison";
    QTest::newRow("sqlite") << "/tmp/records.sqlite";
}

void TestDatabaseLocation::settingsString_roundTrips()
{
    QFETCH(QString, input);
    const DatabaseLocation location = parsed(input);
    const QString stored = location.toSettingsString();
    QString error;
    const auto reread = DatabaseLocation::fromUserInput(stored, &error, environment());
    QVERIFY2(reread, qPrintable(stored + QLatin1String(": ") + error));
    QCOMPARE(reread->engine(), location.engine());
    QCOMPARE(reread->path(), location.path());
    QCOMPARE(reread->host(), location.host());
    QCOMPARE(reread->port(), location.port());
    QCOMPARE(reread->user(), location.user());
    QCOMPARE(reread->databaseName(), location.databaseName());
    QCOMPARE(reread->options(), location.options());
    QVERIFY(reread->password().isEmpty());
    QCOMPARE(reread->displayName(), location.displayName());
    QCOMPARE(reread->toSettingsString(), stored);
}

void TestDatabaseLocation::resolvePassword_followsLibpqOrder()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QFile passFile(home.filePath(QStringLiteral(".pgpass")));
    QVERIFY(passFile.open(QIODevice::WriteOnly));
    passFile.write("db.office:5432:liaison:anna:from-file\n");
    passFile.close();
    QVERIFY(passFile.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));

    QProcessEnvironment env = environment({QStringLiteral("HOME=") + home.path()});
    const DatabaseLocation withPassword =
        parsed(QStringLiteral("postgresql://anna:from-url@db.office/liaison"), env);
    const DatabaseLocation without =
        parsed(QStringLiteral("postgresql://anna@db.office/liaison"), env);
    QString warning;
    QCOMPARE(without.resolvePassword(&warning, env), QStringLiteral("from-file"));
    QVERIFY(warning.isEmpty());

    env.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("from-environment"));
    QCOMPARE(withPassword.resolvePassword(&warning, env), QStringLiteral("from-url"));
    QCOMPARE(without.resolvePassword(&warning, env), QStringLiteral("from-environment"));
    // An empty PGPASSWORD counts as none, as in libpq.
    env.insert(QStringLiteral("PGPASSWORD"), QString());
    QCOMPARE(without.resolvePassword(&warning, env), QStringLiteral("from-file"));

    // PGPASSFILE replaces ~/.pgpass.
    env.insert(QStringLiteral("PGPASSFILE"), home.filePath(QStringLiteral("missing")));
    QCOMPARE(without.resolvePassword(&warning, env), std::nullopt);
    QVERIFY(warning.isEmpty());

    // Another user, port or database finds nothing.
    env.remove(QStringLiteral("PGPASSFILE"));
    QCOMPARE(parsed(QStringLiteral("postgresql://bob@db.office/liaison"), env)
                 .resolvePassword(&warning, env),
             std::nullopt);
    QCOMPARE(parsed(QStringLiteral("postgresql://anna@db.office:5433/liaison"), env)
                 .resolvePassword(&warning, env),
             std::nullopt);

    // A file others may read is ignored, with a warning naming it.
    QVERIFY(passFile.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                    | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QCOMPARE(without.resolvePassword(&warning, env), std::nullopt);
    QVERIFY2(warning.contains(QDir::toNativeSeparators(passFile.fileName())), qPrintable(warning));
    QVERIFY2(warning.contains(QLatin1String("0600")), qPrintable(warning));

    // SQLite record bases need no password file.
    QCOMPARE(
        DatabaseLocation::sqliteFile(QStringLiteral("/tmp/x.sqlite")).resolvePassword(nullptr, env),
        std::nullopt);
}

void TestDatabaseLocation::resolvePassword_passfileOptionAndSocketHost()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("team pass"));
    QFile passFile(path);
    QVERIFY(passFile.open(QIODevice::WriteOnly));
    passFile.write("localhost:5432:liaison:anna:socket-secret\n");
    passFile.close();
    QVERIFY(passFile.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    const QProcessEnvironment env = environment({QStringLiteral("HOME=") + dir.path()});

    // libpq looks a Unix socket connection up under "localhost".
    const DatabaseLocation socket =
        parsed(QStringLiteral("postgresql://anna@%2Fvar%2Frun%2Fpostgresql/liaison?passfile=")
                   + QString::fromLatin1(QUrl::toPercentEncoding(path)),
               env);
    QCOMPARE(socket.option(QStringLiteral("passfile")), path);
    QCOMPARE(socket.resolvePassword(nullptr, env), QStringLiteral("socket-secret"));
}

QTEST_GUILESS_MAIN(TestDatabaseLocation)
#include "tst_databaselocation.moc"
