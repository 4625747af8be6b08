// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "participationsummary.h"
#include "recordref.h"

#include <optional>

namespace liaison {

class Database;

// Training-participation aggregations, computed by the database (GROUP BY)
// rather than by loading participation rows.
//
// Scopes: an agency counts its own participation; a project counts the events
// of the project and of all projects under it; an event counts itself.
class ParticipationStats
{
public:
    // Keys used where a participation row has no year, project or country.
    static QString undatedKey();
    static QString noneKey();

    explicit ParticipationStats(const Database &db);

    std::optional<ParticipationSummary> summaryFor(const RecordRef &scope) const;

    std::optional<qint64> totalParticipants(const RecordRef &scope) const;
    std::optional<QList<ParticipationSummary::Bucket>>
    participantsByYear(const RecordRef &scope) const;
    std::optional<QList<ParticipationSummary::Bucket>>
    participantsByProject(const RecordRef &scope) const;
    std::optional<QList<ParticipationSummary::Bucket>>
    participantsByAgency(const RecordRef &scope) const;
    std::optional<QList<ParticipationSummary::Bucket>>
    participantsByCountry(const RecordRef &scope) const;
    std::optional<QList<ParticipationSummary::Bucket>>
    participantsByEventKind(const RecordRef &scope) const;

    QString errorString() const { return m_error; }

private:
    std::optional<QList<ParticipationSummary::Bucket>> buckets(const RecordRef &scope,
                                                               const QString &groupedSql) const;

    const Database &m_db;
    mutable QString m_error;
};

} // namespace liaison
