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
    // Starts a read transaction whose reads all see one state of the record
    // base (a server's default isolation sees each statement's own state).
    QString beginReadSnapshot() const;
    // A subquery of the integers in a bound JSON array ("[1,2,3]"), for
    // "x IN (…)" with any number of ids in one parameter.
    QString idsInJsonArray() const;

    // The dialect of an engine, for SQL built without an open record base
    // (query plan tests).
    explicit SqlDialect(bool postgres)
        : m_postgres(postgres)
    { }
    // An ordering key that sorts like SQLite's NOCASE whatever the server's
    // collation: ASCII letters folded, everything else in byte order.
    QString nocaseOrder(const QString &expression) const;
    // SQLite's text of a query as this engine takes it: on a server each
    // "X COLLATE NOCASE" (X a column or one function call on columns)
    // becomes nocaseOrder(X). For queries kept as SQLite text.
    QString withNocaseOrder(const QString &sqliteSql) const;
    // Put after an ascending ORDER BY term: NULLs first, as SQLite sorts them.
    QString nullsFirst() const;
    // The 64-bit integer type ids have, for CAST.
    QString idType() const;
    // A condition as the integer 0 or 1, as SQLite gives it.
    QString asInteger(const QString &condition) const;

private:
    bool m_postgres = false;
};

} // namespace liaison
