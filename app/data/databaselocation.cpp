// SPDX-License-Identifier: GPL-3.0-or-later
#include "databaselocation.h"

#include "pgpassfile.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

#if defined(Q_OS_UNIX)
#include <pwd.h>
#include <unistd.h>
#endif

#include <algorithm>
#include <array>

namespace liaison {

namespace {

// Query parameters of libpq 15 passed on to QPSQL. Parameters that are secret
// (sslpassword) or that name other servers (service) are left out: they would
// end up in the settings file or make the display name lie.
constexpr std::array knownParameters = {"application_name",
                                        "channel_binding",
                                        "client_encoding",
                                        "connect_timeout",
                                        "fallback_application_name",
                                        "gssencmode",
                                        "gsslib",
                                        "hostaddr",
                                        "keepalives",
                                        "keepalives_count",
                                        "keepalives_idle",
                                        "keepalives_interval",
                                        "krbsrvname",
                                        "options",
                                        "passfile",
                                        "requirepeer",
                                        "requiressl",
                                        "ssl_max_protocol_version",
                                        "ssl_min_protocol_version",
                                        "sslcert",
                                        "sslcompression",
                                        "sslcrl",
                                        "sslcrldir",
                                        "sslkey",
                                        "sslmode",
                                        "sslrootcert",
                                        "sslsni",
                                        "target_session_attrs",
                                        "tcp_user_timeout"};

constexpr std::array sslModes = {"disable", "allow",     "prefer",
                                 "require", "verify-ca", "verify-full"};

bool isKnownParameter(const QString &name)
{
    return std::any_of(knownParameters.begin(), knownParameters.end(),
                       [&name](const char *known) { return name == QLatin1String(known); });
}

bool isSslMode(const QString &value)
{
    return std::any_of(sslModes.begin(), sslModes.end(),
                       [&value](const char *mode) { return value == QLatin1String(mode); });
}

int hexValue(QChar c)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - u'0';
    if (c >= u'a' && c <= u'f')
        return c.unicode() - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c.unicode() - u'A' + 10;
    return -1;
}

// %XX sequences are UTF-8 bytes; anything else stays as written. Like libpq,
// a malformed sequence or %00 is an error, reported in *badSequence.
std::optional<QString> percentDecoded(QStringView text, QString *badSequence)
{
    if (!text.contains(u'%'))
        return text.toString();
    QByteArray bytes;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != u'%') {
            const qsizetype next = text.indexOf(u'%', i);
            const qsizetype end = next < 0 ? text.size() : next;
            bytes += text.mid(i, end - i).toUtf8();
            i = end - 1;
            continue;
        }
        const int high = i + 1 < text.size() ? hexValue(text[i + 1]) : -1;
        const int low = i + 2 < text.size() ? hexValue(text[i + 2]) : -1;
        if (high < 0 || low < 0 || (high == 0 && low == 0)) {
            *badSequence = text.mid(i, 3).toString();
            return std::nullopt;
        }
        bytes += char(high * 16 + low);
        i += 2;
    }
    return QString::fromUtf8(bytes);
}

// Encodes only what would change the meaning of the URI, so that names in
// any script stay readable in titles and the settings file.
QString percentEncoded(const QString &text)
{
    static const QString reserved = QStringLiteral("%@:/?&=#[],+ \"'<>\\");
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (reserved.contains(c) || c.unicode() < 0x20 || c.unicode() == 0x7f)
            result += QStringLiteral("%%1").arg(c.unicode(), 2, 16, QLatin1Char('0')).toUpper();
        else
            result += c;
    }
    return result;
}

std::optional<int> portNumber(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,5}$"));
    if (!digits.match(text).hasMatch())
        return std::nullopt;
    const int port = text.toInt();
    if (port < 1 || port > 65535)
        return std::nullopt;
    return port;
}

// libpq's conninfo quoting: single quotes, with \ and ' escaped.
QString conninfoValue(const QString &value)
{
    static const QRegularExpression plain(QStringLiteral("^[^\\s'\\\\]+$"));
    if (plain.match(value).hasMatch())
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    quoted.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace

DatabaseLocation DatabaseLocation::sqliteFile(const QString &path)
{
    DatabaseLocation location;
    location.m_engine = Engine::Sqlite;
    location.m_path = path;
    return location;
}

std::optional<DatabaseLocation>
DatabaseLocation::fromUserInput(const QString &text, QString *error,
                                const QProcessEnvironment &environment)
{
    const QString input = text.trimmed();
    if (input.isEmpty()) {
        if (error)
            *error = tr("No record base given: name an SQLite file or a postgresql:// address");
        return std::nullopt;
    }
    // One letter before :// is a Windows drive, not a scheme.
    static const QRegularExpression schemePattern(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]+)://"));
    const QRegularExpressionMatch scheme = schemePattern.match(input);
    if (!scheme.hasMatch())
        return sqliteFile(input);
    const QString name = scheme.captured(1).toLower();
    if (name == QLatin1String("postgresql") || name == QLatin1String("postgres"))
        return parsePostgresUri(input, scheme.capturedEnd(0), error, environment);
    if (name == QLatin1String("file")) {
        const QString path = QUrl(input).toLocalFile();
        if (!path.isEmpty())
            return sqliteFile(path);
    }
    // Only the scheme is named: the rest may hold a password.
    if (error)
        *error = tr("Unknown kind of address \"%1://\": Liaison opens SQLite files and "
                    "postgresql:// addresses")
                     .arg(scheme.captured(1));
    return std::nullopt;
}

std::optional<DatabaseLocation>
DatabaseLocation::parsePostgresUri(const QString &text, qsizetype afterScheme, QString *error,
                                   const QProcessEnvironment &environment)
{
    const auto fail = [error](const QString &message) -> std::optional<DatabaseLocation> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QString badSequence;
    const auto decode = [&badSequence](QStringView part) {
        return percentDecoded(part, &badSequence);
    };
    const auto badEncoding = [&]() {
        return fail(
            tr("\"%1\" in the address is not a valid percent-encoded character").arg(badSequence));
    };

    const QStringView rest = QStringView(text).mid(afterScheme);
    qsizetype authorityEnd = 0;
    while (authorityEnd < rest.size() && rest[authorityEnd] != u'/' && rest[authorityEnd] != u'?')
        ++authorityEnd;
    const QStringView authority = rest.left(authorityEnd);
    QStringView pathPart;
    QStringView queryPart;
    const qsizetype question = rest.indexOf(u'?', authorityEnd);
    if (authorityEnd < rest.size() && rest[authorityEnd] == u'/')
        pathPart = rest.mid(authorityEnd + 1, question < 0 ? -1 : question - authorityEnd - 1);
    if (question >= 0)
        queryPart = rest.mid(question + 1);

    DatabaseLocation location;
    location.m_engine = Engine::PostgreSql;
    QString host;
    QString portText;
    QString user;
    QString databaseName;

    // The last @ ends the user part, so that an unencoded @ in a password
    // still works.
    QStringView hostPort = authority;
    const qsizetype at = authority.lastIndexOf(u'@');
    if (at >= 0) {
        const QStringView userInfo = authority.left(at);
        hostPort = authority.mid(at + 1);
        if (hostPort.isEmpty())
            return fail(tr("No host name after \"@\": write postgresql://USER@HOST/DATABASE"));
        const qsizetype colon = userInfo.indexOf(u':');
        const auto decodedUser = decode(colon < 0 ? userInfo : userInfo.left(colon));
        if (!decodedUser)
            return badEncoding();
        user = *decodedUser;
        if (colon >= 0) {
            const auto decodedPassword = decode(userInfo.mid(colon + 1));
            // Not even part of a password is repeated.
            if (!decodedPassword) {
                badSequence = QStringLiteral("%");
                return badEncoding();
            }
            location.m_password = *decodedPassword;
        }
    }

    if (hostPort.startsWith(u'[')) {
        const qsizetype close = hostPort.indexOf(u']');
        const QStringView afterHost = close < 0 ? QStringView() : hostPort.mid(close + 1);
        if (close < 0 || (!afterHost.isEmpty() && !afterHost.startsWith(u':')))
            return fail(tr("\"%1\" is not a host in brackets: write an IPv6 address as [::1] or "
                           "[::1]:5432")
                            .arg(hostPort));
        host = hostPort.mid(1, close - 1).toString();
        portText = afterHost.mid(1).toString();
    } else {
        if (hostPort.contains(u','))
            return fail(
                tr("Several servers (\"%1\") are not supported: name one host").arg(hostPort));
        const qsizetype colon = hostPort.indexOf(u':');
        const auto decodedHost = decode(colon < 0 ? hostPort : hostPort.left(colon));
        if (!decodedHost)
            return badEncoding();
        host = *decodedHost;
        if (colon >= 0)
            portText = hostPort.mid(colon + 1).toString();
    }

    if (!pathPart.isEmpty()) {
        const auto decodedName = decode(pathPart);
        if (!decodedName)
            return badEncoding();
        databaseName = *decodedName;
    }

    for (const QStringView pair : queryPart.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype equals = pair.indexOf(u'=');
        const auto key = decode(equals < 0 ? pair : pair.left(equals));
        if (!key)
            return badEncoding();
        const auto value = decode(equals < 0 ? QStringView() : pair.mid(equals + 1));
        if (!value)
            return badEncoding();
        // A value is never repeated for the password.
        const auto badValue = [&]() {
            return fail(tr("\"%1\" is not a valid value for the connection parameter %2")
                            .arg(*key == QLatin1String("password") ? QString() : *value, *key));
        };
        if (value->isEmpty())
            return badValue();
        if (*key == QLatin1String("host"))
            host = *value;
        else if (*key == QLatin1String("port"))
            portText = *value;
        else if (*key == QLatin1String("user"))
            user = *value;
        else if (*key == QLatin1String("dbname"))
            databaseName = *value;
        else if (*key == QLatin1String("password"))
            location.m_password = *value;
        else if (!isKnownParameter(*key))
            return fail(tr("Unknown connection parameter \"%1\"").arg(*key));
        else {
            // QPSQL turns every ; of its options into a space.
            if (value->contains(u';'))
                return badValue();
            if (*key == QLatin1String("sslmode") && !isSslMode(*value))
                return badValue();
            if (*key == QLatin1String("connect_timeout")) {
                bool ok = false;
                if (value->toInt(&ok) < 0 || !ok)
                    return badValue();
            }
            location.m_options.removeIf([&key](const Option &o) { return o.first == *key; });
            location.m_options.append({*key, *value});
        }
    }

    // libpq's defaults, resolved now so that the names shown are the real ones.
    if (host.isEmpty())
        host = environment.value(QStringLiteral("PGHOST"));
    if (host.contains(u','))
        return fail(tr("Several servers (\"%1\") are not supported: name one host").arg(host));
    location.m_host = host.isEmpty() ? QStringLiteral("localhost") : host;

    const QString portFromEnvironment = environment.value(QStringLiteral("PGPORT"));
    if (portText.isEmpty() && !portFromEnvironment.isEmpty()) {
        const std::optional<int> port = portNumber(portFromEnvironment);
        if (!port)
            return fail(tr("The port \"%1\" is not a number from 1 to 65535")
                            .arg(QStringLiteral("PGPORT=") + portFromEnvironment));
        location.m_port = *port;
    } else if (portText.isEmpty()) {
        location.m_port = defaultPostgresPort;
    } else {
        const std::optional<int> port = portNumber(portText);
        if (!port)
            return fail(tr("The port \"%1\" is not a number from 1 to 65535").arg(portText));
        location.m_port = *port;
    }

    if (user.isEmpty())
        user = environment.value(QStringLiteral("PGUSER"));
    location.m_user = user.isEmpty() ? loginName() : user;
    if (databaseName.isEmpty())
        databaseName = environment.value(QStringLiteral("PGDATABASE"));
    location.m_databaseName = databaseName.isEmpty() ? location.m_user : databaseName;
    return location;
}

QString DatabaseLocation::option(const QString &name) const
{
    for (const Option &option : m_options) {
        if (option.first == name)
            return option.second;
    }
    return {};
}

QString DatabaseLocation::connectOptions() const
{
    QStringList parts;
    for (const Option &option : m_options)
        parts.append(option.first + QLatin1Char('=') + conninfoValue(option.second));
    return parts.join(QLatin1Char(';'));
}

QString DatabaseLocation::displayName() const
{
    if (m_engine == Engine::Sqlite)
        return QDir::toNativeSeparators(m_path);
    const QString host = m_host.contains(u':') ? QLatin1Char('[') + m_host + QLatin1Char(']')
                                               : percentEncoded(m_host);
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(percentEncoded(m_user), host, QString::number(m_port), percentEncoded(m_databaseName));
}

QString DatabaseLocation::toSettingsString() const
{
    if (m_engine == Engine::Sqlite)
        return QFileInfo(m_path).absoluteFilePath();
    QString result = displayName();
    QChar separator = u'?';
    for (const Option &option : m_options) {
        result += separator + percentEncoded(option.first) + QLatin1Char('=')
            + percentEncoded(option.second);
        separator = u'&';
    }
    return result;
}

std::optional<QString>
DatabaseLocation::resolvePassword(QString *warning, const QProcessEnvironment &environment) const
{
    // As libpq: an empty password counts as none.
    if (!m_password.isEmpty())
        return m_password;
    const QString fromEnvironment = environment.value(QStringLiteral("PGPASSWORD"));
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    if (m_engine != Engine::PostgreSql)
        return std::nullopt;
    QString passFile = option(QStringLiteral("passfile"));
    if (passFile.isEmpty())
        passFile = PgPassFile::defaultPath(environment);
    // libpq looks up a Unix socket connection under "localhost".
    const QString host = m_host.startsWith(u'/') ? QStringLiteral("localhost") : m_host;
    const std::optional<QString> fromFile =
        PgPassFile::read(passFile, warning).passwordFor(host, m_port, m_databaseName, m_user);
    if (fromFile && !fromFile->isEmpty())
        return fromFile;
    return std::nullopt;
}

QString DatabaseLocation::loginName()
{
#if defined(Q_OS_UNIX)
    std::array<char, 4096> buffer {};
    passwd entry {};
    passwd *found = nullptr;
    if (getpwuid_r(geteuid(), &entry, buffer.data(), buffer.size(), &found) == 0 && found
        && found->pw_name)
        return QString::fromLocal8Bit(found->pw_name);
#endif
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("USERNAME") : user;
}

} // namespace liaison
