// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace liaison {

class Database;

// Writes the record base out: JSON with every record and its source, or the
// training participation as CSV in exactly the import format, so that an
// export imported into an empty record base gives the same summaries.
class RecordExport
{
    Q_DECLARE_TR_FUNCTIONS(liaison::RecordExport)

public:
    static bool writeJson(const Database &db, const QString &path, QString *error);
    static bool writeParticipationCsv(const Database &db, const QString &path, QString *error);
};

} // namespace liaison
