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
//
// Columns (names trimmed, any case; * required): project*, event*,
// event_kind, start_date* (YYYY-MM-DD), end_date, city, country (ISO alpha-2),
// organiser, agency*, agency_country (ISO alpha-2), participants* (a whole
// number of 0 or more), source. An unknown or repeated column is an error.
// A row whose fields are all empty is skipped; values are trimmed.
//
// Matching: projects and agencies by acronym in any (ASCII) case, else by
// exact name; a name several records share is an error. An event is the
// project's event with that exact title and start date; a participation is
// an event and an agency.
// - Unknown projects are created (kind project, the value as the name).
// - Unknown agencies are created (kind national_agency, the value as the
//   name) when some row gives their agency_country; otherwise they are an
//   error. An agency_country given for a known agency must be its country.
// - Unknown events are created from their rows' details (event_kind, end_date,
//   city, country, organiser: the first row that gives each); event_kind is
//   required for a new event. Rows of one event must not contradict each
//   other, and for an event already in the record base a detail given must be
//   the stored one (an empty cell is fine): the import never edits records.
// - An organiser is an agency of the record base or one the file creates.
// - Participation is upserted: the count replaces the stored one, so importing
//   a file twice changes nothing. A row whose count equals the stored one
//   leaves the row, and its source, as they are.
// - Two rows for the same event and agency are an error naming both lines
//   (a later row silently winning would hide a mistake).
// Sources: a row's source cell names an existing source by exact title or
// URL, or a new one (kind official_record; a URL is its title and URL). Rows
// without one cite "Import of <file name>", found or created once per import.
// A new record cites the source of the row that introduced it (a new agency:
// of the row that gave its country). A source created by this import that
// ends up cited by nothing is removed again.
//
// Problems are "FILE:LINE: message" (the header is line 1; a record spanning
// lines has the line it starts on), sorted by line; at most MaxProblems, the
// last saying how many more there were. Problems of the CSV itself (encoding,
// quoting, the header) stop the checks there.
class ParticipationImport
{
    Q_DECLARE_TR_FUNCTIONS(liaison::ParticipationImport)

public:
    static constexpr int MaxProblems = 100;
    static constexpr int ProgressInterval = 2000;

    struct Problem
    {
        QString file;
        int line = 0; // the header is line 1
        QString message;
        QString toString() const; // "FILE:LINE: message"; "FILE: message" for line 0
    };

    struct Preview
    {
        QStringList columns; // as in the header
        QList<QStringList> rows; // the first rows, as read
        qint64 rowCount = 0; // data rows in the file
        QList<Problem> problems; // the problems the import would report
        qint64 problemCount = 0; // problems found, also those beyond MaxProblems
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
        qint64 participationWritten = 0; // inserted, or updated with another count
        qint64 participationUnchanged = 0; // already stored with the same count
        qint64 sourcesCreated = 0;
        QList<Problem> problems; // sorted by line; at most MaxProblems
        qint64 problemCount = 0; // problems found, also those beyond MaxProblems
    };

    // Reads and checks the whole file against the record base without
    // writing anything (the record base may be open read-only): the same
    // problems as run() finds before it writes.
    static Preview preview(Database &db, const QString &path, int previewRows = 20);

    // Checks the whole file, then writes it in one transaction. While writing,
    // progress(done, total) is called every ProgressInterval rows with the
    // rows written so far and the row count (and once before the first and
    // after the last); returning false cancels: everything is rolled back and
    // the result says cancelled (with no problems).
    static Result run(Database &db, const QString &path,
                      const std::function<bool(qint64 done, qint64 total)> &progress = {});
};

} // namespace liaison
