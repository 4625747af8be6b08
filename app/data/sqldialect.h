// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace liaison {

class Database;

// The few places where the SQL of SQLite and of a PostgreSQL server differ in
// queries (the schema's differences live in PostgresMigrations). Everything
// else is written once, in SQL both engines take: coalesce rather than
// ifnull, RETURNING id rather than lastInsertId, ON CONFLICT for upserts.
class SqlDialect
{
public:
    explicit SqlDialect(const Database &db);

    bool isPostgres() const { return m_postgres; }
    // An expression compared and sorted without regard to case: SQLite's
    // NOCASE collation (ASCII), lower() on a server.
    QString caseless(const QString &expression) const;
    // expression's values of a group joined by separator (an SQL literal).
    QString groupConcat(const QString &expression, const QString &separator) const;
    // An INSERT that gives back the new row's id as its only result row.
    static QString returningId(const QString &insert);

private:
    bool m_postgres = false;
};

} // namespace liaison
