// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <array>

namespace liaison {

// The columns of the participation CSV, one definition for the import that
// reads it and the export that writes it (see README, "Importing
// participation").
struct ParticipationCsvFormat
{
    enum Column {
        ProjectColumn,
        EventColumn,
        EventKindColumn,
        StartDateColumn,
        EndDateColumn,
        CityColumn,
        CountryColumn,
        OrganiserColumn,
        AgencyColumn,
        AgencyCountryColumn,
        ParticipantsColumn,
        SourceColumn,
        ColumnCount
    };

    static constexpr std::array<const char *, ColumnCount> columnNames = {
        "project", "event",     "event_kind", "start_date",     "end_date",     "city",
        "country", "organiser", "agency",     "agency_country", "participants", "source"};

    // Required in every row; event_kind and agency_country are required only
    // for a new event or agency.
    static constexpr std::array<bool, ColumnCount> columnRequired = {
        true, true, false, true, false, false, false, false, true, false, true, false};

    static QStringList header()
    {
        QStringList names;
        for (const char *name : columnNames)
            names.append(QLatin1String(name));
        return names;
    }
};

} // namespace liaison
