// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QProcessEnvironment>
#include <QString>

#include <optional>

namespace liaison {

// PostgreSQL's password file, read by libpq's rules: lines of
// hostname:port:database:username:password, "*" matching anything, a
// backslash escaping a colon or itself, # comments, the first match winning.
class PgPassFile
{
    Q_DECLARE_TR_FUNCTIONS(liaison::PgPassFile)

public:
    PgPassFile() = default;
    static PgPassFile fromText(const QByteArray &text);
    // A missing file reads as empty. So does a file that is not a plain file
    // or that its group or others may access, with a warning, as libpq does.
    static PgPassFile read(const QString &path, QString *warning);
    // PGPASSFILE, else ~/.pgpass.
    static QString defaultPath(const QProcessEnvironment &environment);

    bool isEmpty() const { return m_entries.isEmpty(); }
    std::optional<QString> passwordFor(const QString &host, int port, const QString &database,
                                       const QString &user) const;

private:
    // A field of a line; nullopt stands for the wildcard "*".
    using Field = std::optional<QString>;
    struct Entry
    {
        Field host;
        Field port;
        Field database;
        Field user;
        QString password;
    };
    static bool matches(const Field &field, const QString &value);

    QList<Entry> m_entries;
};

} // namespace liaison
