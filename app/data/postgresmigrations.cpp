// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgresmigrations.h"

#include "countrylist.h"
#include "database.h"
#include "schemamigrations.h"

#include <QRegularExpression>

namespace liaison {

namespace {

bool execAll(Database &db, const QStringList &statements)
{
    for (const QString &statement : statements) {
        if (!db.exec(statement))
            return false;
    }
    return true;
}

// The search index's rows as SQLite's migration 2 writes them (see
// schemamigrations.cpp, searchv2), in the server's SQL.
const QList<SchemaMigrations::SearchSource> sources = {
    {"agencies", 1,
     "SELECT a.id * 8 + 1, a.name || coalesce(' ' || a.acronym, ''), "
     "coalesce(a.city, '') || ' ' || coalesce(a.description, '') || ' ' || coalesce(c.name, '') "
     "FROM agencies a LEFT JOIN countries c ON c.code = a.country_code",
     "a.id", "id, name, acronym, city, description, country_code"},
    {"projects", 2,
     "SELECT p.id * 8 + 2, p.name || coalesce(' ' || p.acronym, ''), coalesce(p.description, '') "
     "FROM projects p",
     "p.id", "id, name, acronym, description"},
    {"events", 3,
     "SELECT e.id * 8 + 3, e.title, "
     "coalesce(e.description, '') || ' ' || coalesce(e.city, '') || ' ' || coalesce(c.name, '') "
     "|| ' ' || coalesce((SELECT string_agg(title, ' ' ORDER BY position) FROM panels "
     "WHERE event_id = e.id), '') "
     "FROM events e LEFT JOIN countries c ON c.code = e.country_code",
     "e.id", "id, title, description, city, country_code"},
    {"people", 4,
     "SELECT p.id * 8 + 4, p.full_name, "
     "coalesce(p.position, '') || ' ' || coalesce(a.name, '') || ' ' || coalesce(a.acronym, '') "
     "FROM people p LEFT JOIN agencies a ON a.id = p.agency_id",
     "p.id", "id, full_name, position, agency_id"},
    {"agreements", 5, "SELECT g.id * 8 + 5, g.subject, '' FROM agreements g", "g.id",
     "id, subject"},
    {"sources", 6, "SELECT s.id * 8 + 6, s.title, coalesce(s.publisher, '') FROM sources s", "s.id",
     "id, title, publisher"},
};

// A PL/pgSQL trigger function and its row trigger.
QStringList trigger(const QString &name, const QString &when, const QString &body)
{
    return {QStringLiteral("CREATE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS $body$ "
                           "BEGIN %2 RETURN NULL; END $body$")
                .arg(name, body),
            QStringLiteral("CREATE TRIGGER %1 AFTER %2 FOR EACH ROW EXECUTE FUNCTION %1()")
                .arg(name, when)};
}

// Every committed change to the records tells the other clients' windows
// (ChangeWatcher) to read again: one notification per transaction, since
// the server folds identical ones.
QStringList changeNotifications()
{
    QStringList sql = {QStringLiteral(
        "CREATE FUNCTION liaison_notify_change() RETURNS trigger LANGUAGE plpgsql AS $body$ "
        "BEGIN PERFORM pg_notify('liaison_changed', ''); RETURN NULL; END $body$")};
    for (const char *table :
         {"sources", "agencies", "projects", "project_roles", "events", "event_countries", "panels",
          "people", "presentations", "participation", "reported_participation", "agreements"}) {
        sql << QStringLiteral("CREATE TRIGGER %1_notify_change AFTER INSERT OR UPDATE OR DELETE "
                              "ON %1 FOR EACH STATEMENT EXECUTE FUNCTION liaison_notify_change()")
                   .arg(QLatin1String(table));
    }
    return sql;
}

QStringList searchStatements()
{
    QStringList sql = {
        // unaccent is a trusted extension: the database's owner may add it.
        QStringLiteral("CREATE EXTENSION IF NOT EXISTS unaccent"),
        // Immutable, so the index may use it; unaccent leaves ə alone.
        QStringLiteral("CREATE FUNCTION liaison_fold(text) RETURNS text LANGUAGE sql IMMUTABLE "
                       "PARALLEL SAFE AS $$ SELECT translate(unaccent('unaccent'::regdictionary, "
                       "lower($1)), 'ə', 'e') $$"),
        QStringLiteral("CREATE TABLE search_index (rowid BIGINT PRIMARY KEY, title TEXT COLLATE "
                       "\"C\" NOT NULL, "
                       "body TEXT COLLATE \"C\" NOT NULL, document tsvector GENERATED ALWAYS AS ("
                       "setweight(to_tsvector('simple', liaison_fold(title)), 'A') || "
                       "setweight(to_tsvector('simple', liaison_fold(body)), 'B')) STORED)"),
        QStringLiteral("CREATE INDEX search_index_document ON search_index USING gin (document)"),
    };
    sql << SchemaMigrations::searchIndexSync(sources, trigger);
    sql << QStringLiteral(
        "INSERT INTO search_index (rowid, title, body) "
        "SELECT ((ascii(substr(code, 1, 1)) - 65) * 26 + ascii(substr(code, 2, 1)) - 65 + 1) "
        "* 8 + 7, name || ' ' || code, '' FROM countries WHERE code ~ '^[A-Z][A-Z]$'");
    return sql;
}

} // namespace

QStringList PostgresMigrations::translated(const QString &sqliteStatement)
{
    QString sql = sqliteStatement;
    sql.replace(QStringLiteral("INTEGER PRIMARY KEY"),
                QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
    sql.replace(QStringLiteral("INTEGER"), QStringLiteral("BIGINT"));
    // ISO dates of year, month or day precision (SQLite: three GLOBs).
    static const QRegularExpression dateCheck(QStringLiteral(
        R"(\((\w+) IS NULL OR \1 GLOB '[^']*' OR \1 GLOB '[^']*' OR \1 GLOB '[^']*'\))"));
    sql.replace(
        dateCheck,
        QStringLiteral(R"((\1 IS NULL OR \1 ~ '^[12][0-9]{3}(-[01][0-9](-[0-3][0-9])?)?$'))"));
    // Acronyms are unique whatever their case: a unique index on lower().
    bool caselessAcronym = false;
    if (sql.contains(QLatin1String("acronym TEXT COLLATE NOCASE UNIQUE"))) {
        sql.replace(QStringLiteral("acronym TEXT COLLATE NOCASE UNIQUE"),
                    QStringLiteral("acronym TEXT"));
        caselessAcronym = true;
    }
    // Text sorts by code point whatever the server's locale, as on SQLite,
    // so summaries and lists come out in the same order on both engines.
    static const QRegularExpression text(QStringLiteral(R"(\bTEXT\b)"));
    sql.replace(text, QStringLiteral(R"(TEXT COLLATE "C")"));
    QStringList statements;
    static const QRegularExpression table(QStringLiteral(R"(^CREATE TABLE (\w+))"));
    if (caselessAcronym) {
        const QString name = table.match(sql).captured(1);
        statements
            << sql
            << QStringLiteral("CREATE UNIQUE INDEX %1_acronym ON %1 (lower(acronym))").arg(name);
        return statements;
    }
    return {sql};
}

bool PostgresMigrations::apply(Database &db, int version)
{
    switch (version) {
    case 1: {
        QStringList sql = {QStringLiteral("CREATE TABLE liaison_schema (version INTEGER NOT NULL)"),
                           QStringLiteral("INSERT INTO liaison_schema (version) VALUES (0)")};
        for (const QString &statement : SchemaMigrations::sqliteSchemaVersion1())
            sql << translated(statement);
        sql << changeNotifications();
        return execAll(db, sql) && CountryList::insertInto(db);
    }
    case 2:
        return execAll(db, searchStatements());
    case 3:
        return execAll(
            db,
            {QStringLiteral(
                "CREATE INDEX IF NOT EXISTS agencies_kind ON agencies(kind, parent_id)")});
    case 4: {
        // Optimistic locking, as SQLite's version 4 (see schemamigrations.cpp).
        QStringList sql;
        for (const char *table :
             {"sources", "agencies", "projects", "events", "people", "agreements"})
            sql << QStringLiteral("ALTER TABLE %1 ADD COLUMN IF NOT EXISTS row_version INTEGER "
                                  "NOT NULL DEFAULT 1")
                       .arg(QLatin1String(table));
        return execAll(db, sql);
    }
    default:
        Q_ASSERT_X(false, "PostgresMigrations::apply", "a version without a migration");
        return false;
    }
}

bool PostgresMigrations::setVersion(Database &db, int version)
{
    return db.exec(QStringLiteral("UPDATE liaison_schema SET version = %1").arg(version));
}

} // namespace liaison
