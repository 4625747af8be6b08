// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "databaselocation.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace liaison {

class Database;

// Copies a whole record base, between SQLite and PostgreSQL in either
// direction (`liaison copy`). The target is created at the latest schema and
// every record is copied with its id, table by table in foreign-key order, in
// one transaction on the target; its search index is built by its own
// triggers. Afterwards the summaries (`liaison summary`) of the whole base and
// of every top-level agency and project, and the search index's size, are
// compared between source and copy.
class RecordBaseCopy
{
    Q_DECLARE_TR_FUNCTIONS(liaison::RecordBaseCopy)

public:
    struct TableCount
    {
        QString table;
        qint64 rows = 0;
    };
    struct Result
    {
        // The rows are in the target (committed).
        bool copied = false;
        QList<TableCount> counts;
        // Where source and copy disagree; empty when they match.
        QStringList differences;
        // Why nothing was copied; empty when copied.
        QString error;
        bool ok() const { return copied && differences.isEmpty(); }
    };

    // The tables copied, parents before the tables referring to them.
    static QStringList tablesInCopyOrder();

    // Copies source (open, read-only is enough) into target. The target must
    // be a missing SQLite file, or a server database without tables or with
    // an empty record base (what a failed copy leaves). On failure nothing
    // is left: the new file is removed; on a server the transaction is rolled
    // back and only the empty schema stays.
    static Result copy(const Database &source, const DatabaseLocation &target);
};

} // namespace liaison
