// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgpassfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace liaison;

class TestPgPassFile : public QObject
{
    Q_OBJECT

private slots:
    void passwordFor_data();
    void passwordFor();
    void firstMatchingLineWins();
    void emptyAndMissing();
    void read_missingFileIsEmpty();
    void read_ignoresFilesOthersMayAccess_data();
    void read_ignoresFilesOthersMayAccess();
    void read_ignoresWhatIsNotAPlainFile();
    void defaultPath();
};

void TestPgPassFile::passwordFor_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password"); // null: no match

    const QByteArray exact = "db.office:5432:liaison:anna:secret\n";
    QTest::newRow("exact") << exact << "db.office" << 5432 << "liaison"
                           << "anna"
                           << "secret";
    QTest::newRow("other host") << exact << "db.home" << 5432 << "liaison"
                                << "anna" << QString();
    QTest::newRow("other port") << exact << "db.office" << 5433 << "liaison"
                                << "anna" << QString();
    QTest::newRow("other database") << exact << "db.office" << 5432 << "records"
                                    << "anna" << QString();
    QTest::newRow("other user") << exact << "db.office" << 5432 << "liaison"
                                << "bob" << QString();
    QTest::newRow("case matters") << exact << "DB.office" << 5432 << "liaison"
                                  << "anna" << QString();
    QTest::newRow("prefix is no match") << exact << "db.off" << 5432 << "liaison"
                                        << "anna" << QString();

    const QByteArray wildcards = "*:*:*:*:anything\n";
    QTest::newRow("all wildcards") << wildcards << "x" << 1 << "y"
                                   << "z"
                                   << "anything";
    QTest::newRow("wildcard user")
        << QByteArray("db:5432:liaison:*:team\n") << "db" << 5432 << "liaison"
        << "carol"
        << "team";
    QTest::newRow("escaped star is literal")
        << QByteArray("\\*:5432:liaison:anna:star\n") << "db" << 5432 << "liaison"
        << "anna" << QString();
    QTest::newRow("escaped star matches a star")
        << QByteArray("\\*:5432:liaison:anna:star\n") << "*" << 5432 << "liaison"
        << "anna"
        << "star";
    QTest::newRow("two stars are literal")
        << QByteArray("**:5432:liaison:anna:x\n") << "db" << 5432 << "liaison"
        << "anna" << QString();
    QTest::newRow("escaped colon in user")
        << QByteArray("db:5432:liaison:an\\:na:colon\n") << "db" << 5432 << "liaison"
        << "an:na"
        << "colon";
    QTest::newRow("escaped backslash")
        << QByteArray("db:5432:liaison:an\\\\na:bs\n") << "db" << 5432 << "liaison"
        << "an\\na"
        << "bs";
    QTest::newRow("escapes in password")
        << QByteArray("db:5432:liaison:anna:p\\:w\\\\d\n") << "db" << 5432 << "liaison"
        << "anna"
        << "p:w\\d";
    QTest::newRow("password ends at an unescaped colon")
        << QByteArray("db:5432:liaison:anna:first:second\n") << "db" << 5432 << "liaison"
        << "anna"
        << "first";
    QTest::newRow("trailing backslash stays")
        << QByteArray("db:5432:liaison:anna:pw\\\n") << "db" << 5432 << "liaison"
        << "anna"
        << "pw\\";
    QTest::newRow("crlf") << QByteArray("db:5432:liaison:anna:windows\r\n") << "db" << 5432
                          << "liaison"
                          << "anna"
                          << "windows";
    QTest::newRow("no final newline")
        << QByteArray("db:5432:liaison:anna:last") << "db" << 5432 << "liaison"
        << "anna"
        << "last";
    QTest::newRow("comment") << QByteArray("#db:5432:liaison:anna:commented\n") << "#db" << 5432
                             << "liaison"
                             << "anna" << QString();
    QTest::newRow("too few fields")
        << QByteArray("db:5432:liaison:anna\n") << "db" << 5432 << "liaison"
        << "anna" << QString();
    QTest::newRow("utf-8") << QByteArray("db:5432:записи:анна:пароль\n") << "db" << 5432 << "записи"
                           << "анна"
                           << "пароль";
    QTest::newRow("ipv6 host escaped")
        << QByteArray("\\:\\:1:5432:liaison:anna:v6\n") << "::1" << 5432 << "liaison"
        << "anna"
        << "v6";
}

void TestPgPassFile::passwordFor()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);
    QFETCH(QString, user);
    QFETCH(QString, password);
    const std::optional<QString> found =
        PgPassFile::fromText(file).passwordFor(host, port, database, user);
    if (password.isNull()) {
        QVERIFY2(!found, qPrintable(found.value_or(QString())));
    } else {
        QVERIFY(found);
        QCOMPARE(*found, password);
    }
}

void TestPgPassFile::firstMatchingLineWins()
{
    const PgPassFile file = PgPassFile::fromText("# office\n"
                                                 "\n"
                                                 "db:5432:liaison:anna:specific\n"
                                                 "db:*:*:anna:any-database\n"
                                                 "*:*:*:*:fallback\n"
                                                 "db:5432:liaison:bob:never-reached\n");
    QCOMPARE(file.passwordFor(QStringLiteral("db"), 5432, QStringLiteral("liaison"),
                              QStringLiteral("anna")),
             QStringLiteral("specific"));
    QCOMPARE(file.passwordFor(QStringLiteral("db"), 6000, QStringLiteral("other"),
                              QStringLiteral("anna")),
             QStringLiteral("any-database"));
    QCOMPARE(file.passwordFor(QStringLiteral("db"), 5432, QStringLiteral("liaison"),
                              QStringLiteral("bob")),
             QStringLiteral("fallback"));
}

void TestPgPassFile::emptyAndMissing()
{
    QVERIFY(PgPassFile().isEmpty());
    QVERIFY(PgPassFile::fromText("").isEmpty());
    QVERIFY(PgPassFile::fromText("# only a comment\n\n").isEmpty());
    QVERIFY(!PgPassFile::fromText("*:*:*:*:x").isEmpty());
    // An empty password is found as such; the caller treats it as none.
    QCOMPARE(PgPassFile::fromText("db:5432:liaison:anna:\n")
                 .passwordFor(QStringLiteral("db"), 5432, QStringLiteral("liaison"),
                              QStringLiteral("anna")),
             QString());
}

void TestPgPassFile::read_missingFileIsEmpty()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString warning;
    QVERIFY(PgPassFile::read(dir.filePath(QStringLiteral("absent")), &warning).isEmpty());
    QVERIFY(warning.isEmpty());
}

void TestPgPassFile::read_ignoresFilesOthersMayAccess_data()
{
    QTest::addColumn<int>("extra");
    QTest::addColumn<bool>("ignored");
    QTest::newRow("0600") << 0 << false;
    QTest::newRow("0400") << -1 << false;
    QTest::newRow("group read") << int(QFileDevice::ReadGroup) << true;
    QTest::newRow("group write") << int(QFileDevice::WriteGroup) << true;
    QTest::newRow("world read") << int(QFileDevice::ReadOther) << true;
    QTest::newRow("world execute") << int(QFileDevice::ExeOther) << true;
}

void TestPgPassFile::read_ignoresFilesOthersMayAccess()
{
    QFETCH(int, extra);
    QFETCH(bool, ignored);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("pgpass"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("*:*:*:*:secret\n");
    file.close();
    QFileDevice::Permissions permissions = QFileDevice::ReadOwner;
    if (extra >= 0)
        permissions |= QFileDevice::WriteOwner | QFileDevice::Permissions(extra);
    QVERIFY(file.setPermissions(permissions));

    QString warning;
    const PgPassFile read = PgPassFile::read(path, &warning);
    QCOMPARE(read.isEmpty(), ignored);
    QCOMPARE(warning.isEmpty(), !ignored);
    if (ignored) {
        QVERIFY2(warning.contains(QDir::toNativeSeparators(path)), qPrintable(warning));
        QVERIFY2(warning.contains(QLatin1String("0600")), qPrintable(warning));
    } else {
        QCOMPARE(read.passwordFor(QStringLiteral("h"), 1, QStringLiteral("d"), QStringLiteral("u")),
                 QStringLiteral("secret"));
    }
}

void TestPgPassFile::read_ignoresWhatIsNotAPlainFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString warning;
    QVERIFY(PgPassFile::read(dir.path(), &warning).isEmpty());
    QVERIFY2(warning.contains(QLatin1String("not a plain file")), qPrintable(warning));
}

void TestPgPassFile::defaultPath()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), QStringLiteral("/home/anna"));
    QCOMPARE(PgPassFile::defaultPath(env), QStringLiteral("/home/anna/.pgpass"));
    env.insert(QStringLiteral("PGPASSFILE"), QStringLiteral("/etc/liaison/pgpass"));
    QCOMPARE(PgPassFile::defaultPath(env), QStringLiteral("/etc/liaison/pgpass"));
    QCOMPARE(PgPassFile::defaultPath(QProcessEnvironment()),
             QDir::homePath() + QStringLiteral("/.pgpass"));
}

QTEST_GUILESS_MAIN(TestPgPassFile)
#include "tst_pgpassfile.moc"
