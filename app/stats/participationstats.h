// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "participationsummary.h"
#include "recordref.h"
#include "statsscope.h"

#include <optional>
#include <utility>

class QSqlQuery;

namespace liaison {

class Database;
class SqlDialect;

// Training-participation aggregations, computed by the database (GROUP BY)
// rather than by loading participation rows. See StatsScope for what each
// scope counts.
class ParticipationStats
{
public:
    // Keys used where a participation row has no year, project or country.
    static QString undatedKey();
    static QString noneKey();

    // The queries behind the functions below, one per function.
    enum class Query {
        Total,
        ByYear,
        ByProject,
        ByAgency,
        ByCountry,
        ByEventKind,
        ByYearAndProject,
        ByYearAndCountry,
        ByDate,
        Period,
    };
    static QList<Query> allQueries();
    // The SQL text a query runs for a scope, with the named placeholders :id
    // and :code where the scope needs them. For tests and benchmarks (query
    // plans); running it is what the function of that query does.
    static QString sqlFor(const StatsScope &scope, Query query);
    // The same for an engine (a server's SQL differs in a few places).
    static QString sqlFor(const StatsScope &scope, Query query, const SqlDialect &dialect);

    explicit ParticipationStats(const Database &db);

    std::optional<ParticipationSummary> summaryFor(const StatsScope &scope) const;

    std::optional<qint64> totalParticipants(const StatsScope &scope) const;
    std::optional<QList<ParticipationSummary::Bucket>>
    participantsByYear(const StatsScope &scope) const;
    std::optional<QList<ParticipationSummary::Bucket>>
    participantsByProject(const StatsScope &scope) const;
    std::optional<QList<ParticipationSummary::Bucket>>
    participantsByAgency(const StatsScope &scope) const;
    std::optional<QList<ParticipationSummary::Bucket>>
    participantsByCountry(const StatsScope &scope) const;
    std::optional<QList<ParticipationSummary::Bucket>>
    participantsByEventKind(const StatsScope &scope) const;

    // Participants per (year, project) and per (year, participating agency's
    // country); key/label name the project or country.
    struct Cell
    {
        QString year;
        QString key;
        QString label;
        qint64 participants = 0;
    };
    std::optional<QList<Cell>> participantsByYearAndProject(const StatsScope &scope) const;
    std::optional<QList<Cell>> participantsByYearAndCountry(const StatsScope &scope) const;
    // Participants per event start date (ISO, as stored), dated events only,
    // in date order.
    std::optional<QList<ParticipationSummary::Bucket>>
    participantsByDate(const StatsScope &scope) const;
    // The first and last dates of the events with participation in scope;
    // empty strings when none is dated.
    std::optional<std::pair<QString, QString>> periodOf(const StatsScope &scope) const;

    QString errorString() const { return m_error; }

private:
    std::optional<QList<ParticipationSummary::Bucket>> buckets(const StatsScope &scope,
                                                               Query grouped) const;

    std::optional<QList<Cell>> cells(const StatsScope &scope, Query grouped,
                                     const QString &noneKey) const;
    bool prepareScoped(QSqlQuery &query, const StatsScope &scope, Query grouped) const;

    const Database &m_db;
    mutable QString m_error;
};

} // namespace liaison
