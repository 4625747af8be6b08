// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace liaison {

class Database;

// Numbered schema migrations, tracked in PRAGMA user_version. Each migration
// runs in one write transaction together with its version bump, so a record
// base is always at exactly one known version.
class SchemaMigrations
{
public:
    static int latestVersion();

    // Brings the schema of an open, writable record base to latestVersion().
    // Does nothing when it is already there; refuses a newer version. On
    // failure the database is left at the last completed version and the
    // reason is in db.errorString().
    static bool migrate(Database &db);

    // True when the file has no tables at all (a new file).
    static bool isEmptyDatabase(const Database &db);

    // The search index's sources (schema version 2): one row per record,
    // rowid = id * 8 + code. rows is "SELECT rowid, title, body FROM …", to
    // which " WHERE <key> = <id>" is appended; columns are those whose change
    // alters the row.
    struct SearchSource
    {
        const char *table;
        int code;
        const char *rows;
        const char *key;
        const char *columns;
    };
    // A trigger on `when` ("INSERT ON agencies", …) running the statements
    // of body, in an engine's form.
    using TriggerStatements =
        std::function<QStringList(const QString &name, const QString &when, const QString &body)>;
    // The statements that fill the search index from sources (in the order
    // agencies, projects, events, people, agreements, sources) and keep it in
    // sync with triggers: the same on both engines but for the rows' SQL and
    // the form of a trigger.
    static QStringList searchIndexSync(const QList<SearchSource> &sources,
                                       const TriggerStatements &trigger);

    // Version 1's statements as SQLite takes them; PostgresMigrations
    // translates them for a server.
    static QStringList sqliteSchemaVersion1();

    // The search index's rows of events with an id above :after, as the
    // latest schema's trigger writes them one at a time (see BulkEventIndexing).
    static QString insertSearchRowsOfEventsAfterSql();
    // The name of the trigger that indexes each new event.
    static QString eventSearchInsertTrigger();
};

} // namespace liaison
