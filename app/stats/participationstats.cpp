// SPDX-License-Identifier: GPL-3.0-or-later
#include "participationstats.h"

#include "database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace liaison {

namespace {

// The participation rows of a scope, as a common table expression named
// "scoped" (event_id, agency_id, participants) that every aggregation below
// reads. Each filter is served by an index of participation.
QString scopeSql(const RecordRef &scope)
{
    if (scope.isAll)
        return QStringLiteral(
            "WITH scoped AS (SELECT event_id, agency_id, participants FROM participation) ");
    switch (scope.kind) {
    case RecordKind::Agency:
        return QStringLiteral("WITH scoped AS (SELECT event_id, agency_id, participants "
                              "FROM participation WHERE agency_id = :id) ");
    case RecordKind::Event:
        return QStringLiteral("WITH scoped AS (SELECT event_id, agency_id, participants "
                              "FROM participation WHERE event_id = :id) ");
    case RecordKind::Project:
        break;
    case RecordKind::Person:
    case RecordKind::Agreement:
    case RecordKind::Country:
    case RecordKind::Source:
        // Participation is recorded per agency and event; other kinds have none
        // of their own.
        return QStringLiteral("WITH scoped AS (SELECT event_id, agency_id, participants "
                              "FROM participation WHERE 0 AND :id = :id) ");
    }
    // A programme counts the events of every project under it.
    return QStringLiteral(
        "WITH RECURSIVE scope_projects(id) AS ("
        "  SELECT CAST(:id AS INTEGER)"
        "  UNION SELECT p.id FROM projects p JOIN scope_projects s ON p.parent_id = s.id), "
        "scoped AS (SELECT event_id, agency_id, participants FROM participation "
        "  WHERE event_id IN (SELECT e.id FROM events e "
        "                     WHERE e.project_id IN (SELECT id FROM scope_projects))) ");
}

// Each grouped query returns (key, label, participants); a NULL key means
// the rows have no year, project or country.

const char *byYearSql = R"(
    SELECT substr(e.start_date, 1, 4) AS year, substr(e.start_date, 1, 4), SUM(x.n)
    FROM (SELECT event_id, SUM(participants) AS n FROM scoped GROUP BY event_id) x
    JOIN events e ON e.id = x.event_id
    GROUP BY year ORDER BY year)";

const char *byProjectSql = R"(
    SELECT COALESCE(pr.acronym, pr.name) AS k, pr.name, x.n
    FROM (SELECT e.project_id, SUM(s.participants) AS n
          FROM scoped s JOIN events e ON e.id = s.event_id
          GROUP BY e.project_id) x
    LEFT JOIN projects pr ON pr.id = x.project_id
    ORDER BY k)";

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
    GROUP BY a.country_code ORDER BY k)";

const char *byEventKindSql = R"(
    SELECT e.kind AS k, e.kind, SUM(x.n)
    FROM (SELECT event_id, SUM(participants) AS n FROM scoped GROUP BY event_id) x
    JOIN events e ON e.id = x.event_id
    GROUP BY e.kind ORDER BY k)";

} // namespace

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

std::optional<QList<ParticipationSummary::Bucket>>
ParticipationStats::buckets(const RecordRef &scope, const QString &groupedSql) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(scopeSql(scope) + groupedSql);
    if (!scope.isAll)
        query.bindValue(QStringLiteral(":id"), scope.id);
    if (!query.exec()) {
        m_error = Database::describeError(query.lastError());
        return std::nullopt;
    }
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

std::optional<qint64> ParticipationStats::totalParticipants(const RecordRef &scope) const
{
    const auto rows = buckets(
        scope, QStringLiteral("SELECT NULL, NULL, COALESCE(SUM(participants), 0) FROM scoped"));
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
ParticipationStats::participantsByYear(const RecordRef &scope) const
{
    auto rows = buckets(scope, QString::fromUtf8(byYearSql));
    if (rows)
        rows = withPlaceholder(*rows, undatedKey());
    return rows;
}

std::optional<QList<ParticipationSummary::Bucket>>
ParticipationStats::participantsByProject(const RecordRef &scope) const
{
    auto rows = buckets(scope, QString::fromUtf8(byProjectSql));
    if (rows)
        rows = withPlaceholder(*rows, noneKey());
    return rows;
}

std::optional<QList<ParticipationSummary::Bucket>>
ParticipationStats::participantsByAgency(const RecordRef &scope) const
{
    return buckets(scope, QString::fromUtf8(byAgencySql));
}

std::optional<QList<ParticipationSummary::Bucket>>
ParticipationStats::participantsByCountry(const RecordRef &scope) const
{
    auto rows = buckets(scope, QString::fromUtf8(byCountrySql));
    if (rows)
        rows = withPlaceholder(*rows, noneKey());
    return rows;
}

std::optional<QList<ParticipationSummary::Bucket>>
ParticipationStats::participantsByEventKind(const RecordRef &scope) const
{
    return buckets(scope, QString::fromUtf8(byEventKindSql));
}

std::optional<ParticipationSummary> ParticipationStats::summaryFor(const RecordRef &scope) const
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
