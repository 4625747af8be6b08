// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgpassfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace liaison {

namespace {

struct SplitField
{
    QString text;
    bool wildcard = false;
};

// Splits at unescaped colons, removing the escapes. Only a field that is
// exactly an unescaped "*" is the wildcard: "\*" is a literal star.
QList<SplitField> splitLine(const QString &line)
{
    QList<SplitField> fields;
    SplitField current;
    bool escaped = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (c == u'\\' && i + 1 < line.size()) {
            current.text += line[++i];
            escaped = true;
            continue;
        }
        if (c == u':') {
            current.wildcard = !escaped && current.text == QLatin1String("*");
            fields.append(current);
            current = {};
            escaped = false;
            continue;
        }
        current.text += c;
    }
    current.wildcard = !escaped && current.text == QLatin1String("*");
    fields.append(current);
    return fields;
}

} // namespace

PgPassFile PgPassFile::fromText(const QByteArray &text)
{
    PgPassFile file;
    for (QByteArray line : text.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<SplitField> fields = splitLine(QString::fromUtf8(line));
        // libpq needs four fields and a colon before the password.
        if (fields.size() < 5)
            continue;
        const auto field = [](const SplitField &f) -> Field {
            if (f.wildcard)
                return std::nullopt;
            return f.text;
        };
        file.m_entries.append({field(fields[0]), field(fields[1]), field(fields[2]),
                               field(fields[3]), fields[4].text});
    }
    return file;
}

PgPassFile PgPassFile::read(const QString &path, QString *warning)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    if (!info.isFile()) {
        if (warning)
            *warning = tr("The password file \"%1\" is ignored: it is not a plain file")
                           .arg(QDir::toNativeSeparators(path));
        return {};
    }
#if defined(Q_OS_UNIX)
    const QFileDevice::Permissions shared = QFileDevice::ReadGroup | QFileDevice::WriteGroup
        | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
        | QFileDevice::ExeOther;
    if (QFile::permissions(path) & shared) {
        if (warning)
            *warning = tr("The password file \"%1\" is ignored: its group or others may read "
                          "it; its permissions should be u=rw (0600) or less")
                           .arg(QDir::toNativeSeparators(path));
        return {};
    }
#endif
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return fromText(file.readAll());
}

QString PgPassFile::defaultPath(const QProcessEnvironment &environment)
{
    const QString fromEnvironment = environment.value(QStringLiteral("PGPASSFILE"));
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    QString home = environment.value(QStringLiteral("HOME"));
    if (home.isEmpty())
        home = QDir::homePath();
    return home + QStringLiteral("/.pgpass");
}

bool PgPassFile::matches(const Field &field, const QString &value)
{
    return !field || *field == value;
}

std::optional<QString> PgPassFile::passwordFor(const QString &host, int port,
                                               const QString &database, const QString &user) const
{
    const QString portText = QString::number(port);
    for (const Entry &entry : m_entries) {
        if (matches(entry.host, host) && matches(entry.port, portText)
            && matches(entry.database, database) && matches(entry.user, user))
            return entry.password;
    }
    return std::nullopt;
}

} // namespace liaison
