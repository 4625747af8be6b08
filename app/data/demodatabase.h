// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace liaison {

class Database;
class DatabaseLocation;

// The demo record base: every fact of the seed article, sourced to it, plus
// an illustrative sample whose records point to a source of kind
// "illustrative_sample". The records live in an embedded JSON file.
class DemoDatabase
{
    Q_DECLARE_TR_FUNCTIONS(liaison::DemoDatabase)

public:
    static QString recordsResource();

    // Creates a new record base at path holding the demo records. Refuses an
    // existing file; on failure nothing is left behind.
    static bool create(const QString &path, QString *error);
    // The same on a server: the schema and the demo records in an empty
    // database; on failure the schema stays, and the database holds no records.
    static bool create(const DatabaseLocation &location, QString *error);

    // Adds the demo records to an open, writable record base in one
    // transaction; on failure nothing is added and db.errorString() says why.
    static bool populate(Database &db);
};

} // namespace liaison
