// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

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
