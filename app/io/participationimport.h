// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace liaison {

class Database;

// Imports training participation from CSV (see README, "Importing
// participation"): RFC 4180, UTF-8 with or without BOM, CRLF or LF, comma or
// semicolon (detected), a header naming the columns in any order. The whole
// file is one transaction: any problem writes nothing.
class ParticipationImport
{
    Q_DECLARE_TR_FUNCTIONS(liaison::ParticipationImport)

public:
    static constexpr int MaxProblems = 100;

    struct Problem
    {
        QString file;
        int line = 0; // the header is line 1
        QString message;
        QString toString() const; // "FILE:LINE: message"
    };

    struct Preview
    {
        QStringList columns; // as in the header
        QList<QStringList> rows; // the first rows, as read
        qint64 rowCount = 0; // data rows in the file
        QList<Problem> problems; // every problem the import would report
        bool ok() const { return problems.isEmpty(); }
    };

    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        qint64 rows = 0;
        qint64 projectsCreated = 0;
        qint64 eventsCreated = 0;
        qint64 agenciesCreated = 0;
        qint64 participationWritten = 0;
        QList<Problem> problems;
    };

    // Reads and checks the whole file against the record base without
    // writing anything.
    static Preview preview(Database &db, const QString &path, int previewRows = 20);

    // progress(done, total) is called now and then; returning false cancels
    // (and rolls back).
    static Result run(Database &db, const QString &path,
                      const std::function<bool(qint64 done, qint64 total)> &progress = {});
};

} // namespace liaison
