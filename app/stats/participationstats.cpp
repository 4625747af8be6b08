// SPDX-License-Identifier: GPL-3.0-or-later
#include "participationstats.h"

#include "database.h"
#include "sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>

namespace liaison {

namespace {

// The participation rows of a scope, as a common table expression named
// "scoped" (event_id, agency_id, participants) that every aggregation below
// reads. Each filter is served by an index of participation.
QString scopeSql(const StatsScope &scope, const SqlDialect &dialect)
{
    const QString columns =
        QStringLiteral("WITH scoped AS (SELECT event_id, agency_id, participants "
                       "FROM participation ");
    switch (scope.type) {
    case StatsScope::Type::All:
        return columns + QStringLiteral(") ");
    case StatsScope::Type::Agency:
        return columns + QStringLiteral("WHERE agency_id = :id) ");
    case StatsScope::Type::Event:
        return columns + QStringLiteral("WHERE event_id = :id) ");
    case StatsScope::Type::Country:
        return columns
            + QStringLiteral("WHERE agency_id IN (SELECT id FROM agencies "
                             "WHERE country_code = :code)) ");
    case StatsScope::Type::InternationalOrganisations:
        return columns
            + QStringLiteral("WHERE agency_id IN (SELECT id FROM agencies "
                             "WHERE kind = 'international_organisation')) ");
    case StatsScope::Type::EuropeanBodies:
        return columns
            + QStringLiteral("WHERE agency_id IN (SELECT id FROM agencies "
                             "WHERE kind IN ('eu_agency', 'eu_body'))) ");
    case StatsScope::Type::EventsOutsideProjects:
        return columns
            + QStringLiteral(
                   "WHERE event_id IN (SELECT id FROM events WHERE project_id IS NULL)) ");
    case StatsScope::Type::Project:
        break;
    }
    // A programme counts the events of every project under it.
    return QStringLiteral(
               "WITH RECURSIVE scope_projects(id) AS ("
               "  SELECT CAST(:id AS %1)"
               "  UNION SELECT p.id FROM projects p JOIN scope_projects s ON p.parent_id = s.id), "
               "scoped AS (SELECT event_id, agency_id, participants FROM participation "
               "  WHERE event_id IN (SELECT e.id FROM events e "
               "                     WHERE e.project_id IN (SELECT id FROM scope_projects))) ")
        .arg(dialect.idType());
}

// Each grouped query returns (key, label, participants); a NULL key means
// the rows have no year, project or country. %1 follows each sort key that
// can be NULL (NULLs first on both engines); %2 ends a GROUP BY whose label a
// server wants grouped too.

const char *byYearSql = R"(
    SELECT substr(e.start_date, 1, 4) AS year, substr(e.start_date, 1, 4), SUM(x.n)
    FROM (SELECT event_id, SUM(participants) AS n FROM scoped GROUP BY event_id) x
    JOIN events e ON e.id = x.event_id
    GROUP BY year ORDER BY year%1)";

// Per event first (in the order of the index that serves the scope), then
// per project: one row per event is looked up, not one per participation row.
const char *byProjectSql = R"(
    SELECT COALESCE(pr.acronym, pr.name) AS k, pr.name, x.n
    FROM (SELECT e.project_id, SUM(v.n) AS n
          FROM (SELECT event_id, SUM(participants) AS n FROM scoped GROUP BY event_id) v
          JOIN events e ON e.id = v.event_id
          GROUP BY e.project_id) x
    LEFT JOIN projects pr ON pr.id = x.project_id
    ORDER BY k%1)";

const char *byAgencySql = R"(
    SELECT COALESCE(a.acronym, a.name) AS k, a.name, x.n
    FROM (SELECT agency_id, SUM(participants) AS n FROM scoped GROUP BY agency_id) x
    JOIN agencies a ON a.id = x.agency_id
    ORDER BY k)";

const char *byCountrySql = R"(
    SELECT a.country_code AS k, c.name, SUM(x.n)
    FROM (SELECT agency_id, SUM(participants) AS n FROM scoped GROUP BY agency_id) x
    JOIN agencies a ON a.id = x.agency_id
    LEFT JOIN countries c ON c.code = a.country_code
    GROUP BY a.country_code%2 ORDER BY k%1)";

// Per year and project: the stacked bars of an agency's chart. Summed per
// event, then per year and project id; names are joined to the sums.
const char *byYearAndProjectSql = R"(
    SELECT g.year, COALESCE(pr.acronym, pr.name) AS k, pr.name, g.n
    FROM (SELECT substr(e.start_date, 1, 4) AS year, e.project_id, SUM(x.n) AS n
          FROM (SELECT event_id, SUM(participants) AS n FROM scoped GROUP BY event_id) x
          JOIN events e ON e.id = x.event_id
          GROUP BY year, e.project_id) g
    LEFT JOIN projects pr ON pr.id = g.project_id
    ORDER BY g.year%1, k%1)";

// Per year and the participating agency's country: a project's stacked bars.
// Summed per year and agency id first (events looked up in the order of the
// index that serves the scope), so each agency is looked up once a year
// rather than once per participation row.
const char *byYearAndCountrySql = R"(
    SELECT g.year, a.country_code AS k, c.name, SUM(g.n)
    FROM (SELECT substr(e.start_date, 1, 4) AS year, s.agency_id, SUM(s.participants) AS n
          FROM scoped s JOIN events e ON e.id = s.event_id
          GROUP BY year, s.agency_id) g
    JOIN agencies a ON a.id = g.agency_id
    LEFT JOIN countries c ON c.code = a.country_code
    GROUP BY g.year, a.country_code%2 ORDER BY g.year%1, k%1)";

const char *byDateSql = R"(
    SELECT e.start_date AS d, e.start_date, SUM(x.n)
    FROM (SELECT event_id, SUM(participants) AS n FROM scoped GROUP BY event_id) x
    JOIN events e ON e.id = x.event_id
    WHERE e.start_date IS NOT NULL
    GROUP BY d ORDER BY d)";

const char *periodSql = R"(
    SELECT MIN(e.start_date), MAX(COALESCE(e.end_date, e.start_date)), 0
    FROM (SELECT DISTINCT event_id FROM scoped) x JOIN events e ON e.id = x.event_id)";

const char *byEventKindSql = R"(
    SELECT e.kind AS k, e.kind, SUM(x.n)
    FROM (SELECT event_id, SUM(participants) AS n FROM scoped GROUP BY event_id) x
    JOIN events e ON e.id = x.event_id
    GROUP BY e.kind ORDER BY k%1)";

const char *totalSql = "SELECT NULL, NULL, COALESCE(SUM(participants), 0) FROM scoped";

const char *groupedSql(ParticipationStats::Query query)
{
    using Query = ParticipationStats::Query;
    switch (query) {
    case Query::Total:
        return totalSql;
    case Query::ByYear:
        return byYearSql;
    case Query::ByProject:
        return byProjectSql;
    case Query::ByAgency:
        return byAgencySql;
    case Query::ByCountry:
        return byCountrySql;
    case Query::ByEventKind:
        return byEventKindSql;
    case Query::ByYearAndProject:
        return byYearAndProjectSql;
    case Query::ByYearAndCountry:
        return byYearAndCountrySql;
    case Query::ByDate:
        return byDateSql;
    case Query::Period:
        return periodSql;
    }
    return totalSql;
}

} // namespace

QList<ParticipationStats::Query> ParticipationStats::allQueries()
{
    return {Query::Total,     Query::ByYear,      Query::ByProject,        Query::ByAgency,
            Query::ByCountry, Query::ByEventKind, Query::ByYearAndProject, Query::ByYearAndCountry,
            Query::ByDate,    Query::Period};
}

QString ParticipationStats::sqlFor(const StatsScope &scope, Query query)
{
    return sqlFor(scope, query, SqlDialect(false));
}

QString ParticipationStats::sqlFor(const StatsScope &scope, Query query, const SqlDialect &dialect)
{
    QString grouped = QString::fromUtf8(groupedSql(query));
    grouped.replace(QLatin1String("%1"), dialect.nullsFirst());
    grouped.replace(QLatin1String("%2"),
                    dialect.isPostgres() ? QStringLiteral(", c.name") : QString());
    return scopeSql(scope, dialect) + grouped;
}

QString ParticipationStats::undatedKey()
{
    return QStringLiteral("undated");
}

QString ParticipationStats::noneKey()
{
    return QStringLiteral("none");
}

ParticipationStats::ParticipationStats(const Database &db)
    : m_db(db)
{ }

bool ParticipationStats::prepareScoped(QSqlQuery &query, const StatsScope &scope,
                                       Query grouped) const
{
    query.setForwardOnly(true);
    const QString sql = sqlFor(scope, grouped, SqlDialect(m_db));
    if (!query.prepare(sql)) {
        m_error = Database::describeError(query.lastError());
        return false;
    }
    if (sql.contains(QLatin1String(":id")))
        query.bindValue(QStringLiteral(":id"), scope.id);
    if (sql.contains(QLatin1String(":code")))
        query.bindValue(QStringLiteral(":code"), scope.code);
    if (!query.exec()) {
        m_error = Database::describeError(query.lastError());
        return false;
    }
    return true;
}

std::optional<QList<ParticipationSummary::Bucket>>
ParticipationStats::buckets(const StatsScope &scope, Query grouped) const
{
    QSqlQuery query(m_db.connection());
    if (!prepareScoped(query, scope, grouped))
        return std::nullopt;
    QList<ParticipationSummary::Bucket> result;
    while (query.next()) {
        ParticipationSummary::Bucket bucket;
        bucket.key = query.value(0).toString();
        bucket.label = query.value(1).toString();
        bucket.participants = query.value(2).toLongLong();
        result.append(bucket);
    }
    return result;
}

std::optional<QList<ParticipationStats::Cell>>
ParticipationStats::cells(const StatsScope &scope, Query grouped, const QString &noneKey) const
{
    QSqlQuery query(m_db.connection());
    if (!prepareScoped(query, scope, grouped))
        return std::nullopt;
    QList<Cell> result;
    while (query.next()) {
        Cell cell;
        cell.year = query.isNull(0) ? undatedKey() : query.value(0).toString();
        cell.key = query.isNull(1) ? noneKey : query.value(1).toString();
        cell.label = query.value(2).toString();
        cell.participants = query.value(3).toLongLong();
        result.append(cell);
    }
    return result;
}

std::optional<QList<ParticipationStats::Cell>>
ParticipationStats::participantsByYearAndProject(const StatsScope &scope) const
{
    return cells(scope, Query::ByYearAndProject, noneKey());
}

std::optional<QList<ParticipationStats::Cell>>
ParticipationStats::participantsByYearAndCountry(const StatsScope &scope) const
{
    return cells(scope, Query::ByYearAndCountry, noneKey());
}

std::optional<QList<ParticipationSummary::Bucket>>
ParticipationStats::participantsByDate(const StatsScope &scope) const
{
    return buckets(scope, Query::ByDate);
}

std::optional<std::pair<QString, QString>>
ParticipationStats::periodOf(const StatsScope &scope) const
{
    const auto rows = buckets(scope, Query::Period);
    if (!rows)
        return std::nullopt;
    if (rows->isEmpty())
        return std::make_pair(QString(), QString());
    return std::make_pair(rows->constFirst().key, rows->constFirst().label);
}

std::optional<qint64> ParticipationStats::totalParticipants(const StatsScope &scope) const
{
    const auto rows = buckets(scope, Query::Total);
    if (!rows || rows->isEmpty())
        return std::nullopt;
    return rows->constFirst().participants;
}

namespace {

QList<ParticipationSummary::Bucket> withPlaceholder(QList<ParticipationSummary::Bucket> rows,
                                                    const QString &placeholder)
{
    for (ParticipationSummary::Bucket &bucket : rows) {
        if (bucket.key.isEmpty())
            bucket.key = placeholder;
    }
    return rows;
}

} // namespace

std::optional<QList<ParticipationSummary::Bucket>>
ParticipationStats::participantsByYear(const StatsScope &scope) const
{
    auto rows = buckets(scope, Query::ByYear);
    if (rows)
        rows = withPlaceholder(*rows, undatedKey());
    return rows;
}

std::optional<QList<ParticipationSummary::Bucket>>
ParticipationStats::participantsByProject(const StatsScope &scope) const
{
    auto rows = buckets(scope, Query::ByProject);
    if (rows)
        rows = withPlaceholder(*rows, noneKey());
    return rows;
}

std::optional<QList<ParticipationSummary::Bucket>>
ParticipationStats::participantsByAgency(const StatsScope &scope) const
{
    return buckets(scope, Query::ByAgency);
}

std::optional<QList<ParticipationSummary::Bucket>>
ParticipationStats::participantsByCountry(const StatsScope &scope) const
{
    auto rows = buckets(scope, Query::ByCountry);
    if (rows)
        rows = withPlaceholder(*rows, noneKey());
    return rows;
}

std::optional<QList<ParticipationSummary::Bucket>>
ParticipationStats::participantsByEventKind(const StatsScope &scope) const
{
    return buckets(scope, Query::ByEventKind);
}

std::optional<ParticipationSummary> ParticipationStats::summaryFor(const StatsScope &scope) const
{
    ParticipationSummary summary;
    const auto total = totalParticipants(scope);
    const auto byYear = participantsByYear(scope);
    const auto byProject = participantsByProject(scope);
    const auto byAgency = participantsByAgency(scope);
    const auto byCountry = participantsByCountry(scope);
    const auto byEventKind = participantsByEventKind(scope);
    if (!total || !byYear || !byProject || !byAgency || !byCountry || !byEventKind)
        return std::nullopt;
    summary.totalParticipants = *total;
    summary.byYear = *byYear;
    summary.byProject = *byProject;
    summary.byAgency = *byAgency;
    summary.byCountry = *byCountry;
    summary.byEventKind = *byEventKind;
    return summary;
}

} // namespace liaison
