// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace liaison {

class Database;

// Writes the record base out: JSON with every record and its source, or the
// training participation as CSV in exactly the import format, so that an
// export imported into an empty record base gives the same summaries.
//
// Both are written through QSaveFile: the file is complete or not there (an
// existing file is replaced only on success), and both read the record base
// inside one read transaction, so they see one consistent state. Both stream
// row by row: memory does not grow with the size of the record base.
// Errors are sentences naming the file.
class RecordExport
{
    Q_DECLARE_TR_FUNCTIONS(liaison::RecordExport)

public:
    // What a participation CSV left out so that importing it into an empty
    // record base (ParticipationImport) succeeds and gives the same
    // summaries. The importer refuses the whole file for one row it cannot
    // take, so such rows are left out rather than written:
    struct CsvReport
    {
        enum Reason : unsigned {
            NoProject = 0x01, // the event belongs to no project
            NoStartDay = 0x02, // its start date is missing, or only a year or a month
            NoEventTitle = 0x04, // its title is only spaces (the importer trims values)
            NoAgencyName = 0x08, // the agency's acronym or name is only spaces
            AgencyWithoutCountry = 0x10, // the importer creates agencies only with a country
            // Another event has the same project, title and start date: the
            // importer would take both for one.
            SameEventKey = 0x20,
            // Another agency of the same event, or one with another country,
            // has the same acronym or name: the importer would take both for
            // one and refuse the file.
            SameAgencyKey = 0x40,
        };

        struct SkippedRow
        {
            qint64 participationId = 0;
            qint64 eventId = 0;
            QString event; // title
            QString agency; // acronym or name
            qint64 participants = 0;
            unsigned reasons = 0; // Reason flags
        };

        qint64 rowsWritten = 0;
        qint64 rowsSkipped = 0;
        qint64 participantsSkipped = 0;
        QList<SkippedRow> skipped; // by participation id
        // Details of written events left empty, as the importer would refuse
        // them: an organiser that is no agency of the file (the importer
        // cannot create it), an end date that is not a day.
        qint64 eventsWithoutOrganiser = 0;
        qint64 eventsWithoutEndDate = 0;

        qint64 rowsSkippedFor(Reason reason) const;
        // Sentences for the user about what was left out or left empty;
        // empty when the export is complete.
        QString summary() const;
    };

    // The header of the participation CSV, which is the import format's.
    static QStringList csvColumns();

    // Every record of every table (countries: only those that records use)
    // in id order; see README, "Exporting records".
    static bool writeJson(const Database &db, const QString &path, QString *error);
    // One row per participation record the import format can hold, ordered
    // by project, event start date, event title and agency; report (when
    // given) says how many were written and what was left out.
    static bool writeParticipationCsv(const Database &db, const QString &path, QString *error,
                                      CsvReport *report = nullptr);
};

} // namespace liaison
