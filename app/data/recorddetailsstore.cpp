// SPDX-License-Identifier: GPL-3.0-or-later
#include "recorddetailsstore.h"

#include "database.h"
#include "participationstats.h"
#include "sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>

namespace liaison {

namespace {

// Column lists read by the helpers below, in their order.
#define LIAISON_SOURCE_COLUMNS "s.id, s.title, s.publisher, s.url, s.published_on, s.kind"
#define LIAISON_AGREEMENT_SELECT                                                                   \
    "SELECT g.id, g.agency_id, ag.name, ag.acronym, g.country_code, gc.name, "                     \
    "g.partner_country_code, pc.name, g.partner_countries_more_than, g.subject, g.signed_on "      \
    "FROM agreements g "                                                                           \
    "LEFT JOIN agencies ag ON ag.id = g.agency_id "                                                \
    "LEFT JOIN countries gc ON gc.code = g.country_code "                                          \
    "LEFT JOIN countries pc ON pc.code = g.partner_country_code "
#define LIAISON_AGREEMENT_ORDER " ORDER BY g.signed_on IS NULL, g.signed_on, g.id"
#define LIAISON_REPORTED_SELECT                                                                    \
    "SELECT rp.agency_id, a.name, a.acronym, rp.project_id, pr.name, pr.acronym, pr.kind, "        \
    "rp.participants, " LIAISON_SOURCE_COLUMNS " FROM reported_participation rp "                  \
    "JOIN agencies a ON a.id = rp.agency_id "                                                      \
    "JOIN projects pr ON pr.id = rp.project_id "                                                   \
    "JOIN sources s ON s.id = rp.source_id "
#define LIAISON_EVENT_COLUMNS "e.id, e.title, e.kind, e.start_date, e.end_date, e.city"
// Undated events last: a source often names an event without its date.
#define LIAISON_EVENT_ORDER " ORDER BY e.start_date IS NULL, e.start_date, e.id"

QString text(const QSqlQuery &q, int column)
{
    return q.value(column).toString();
}

SourceRef sourceAt(const QSqlQuery &q, int column)
{
    return {q.value(column).toLongLong(), text(q, column + 1), text(q, column + 2),
            text(q, column + 3),          text(q, column + 4), text(q, column + 5)};
}

AgencyRef agencyAt(const QSqlQuery &q, int column)
{
    return {q.value(column).toLongLong(), text(q, column + 1), text(q, column + 2)};
}

std::optional<AgencyRef> optionalAgencyAt(const QSqlQuery &q, int column)
{
    if (q.value(column).isNull())
        return std::nullopt;
    return agencyAt(q, column);
}

ProjectRef projectAt(const QSqlQuery &q, int column)
{
    return {q.value(column).toLongLong(), text(q, column + 1), text(q, column + 2),
            text(q, column + 3)};
}

std::optional<ProjectRef> optionalProjectAt(const QSqlQuery &q, int column)
{
    if (q.value(column).isNull())
        return std::nullopt;
    return projectAt(q, column);
}

std::optional<CountryRef> optionalCountryAt(const QSqlQuery &q, int column)
{
    if (q.value(column).isNull())
        return std::nullopt;
    return CountryRef {text(q, column), text(q, column + 1)};
}

EventRef eventAt(const QSqlQuery &q, int column)
{
    return {q.value(column).toLongLong(), text(q, column + 1), text(q, column + 2),
            text(q, column + 3),          text(q, column + 4), text(q, column + 5)};
}

AgreementSummary agreementAt(const QSqlQuery &q)
{
    AgreementSummary agreement;
    agreement.id = q.value(0).toLongLong();
    agreement.agency = optionalAgencyAt(q, 1);
    agreement.country = optionalCountryAt(q, 4);
    agreement.partnerCountry = optionalCountryAt(q, 6);
    if (!q.value(8).isNull())
        agreement.partnerCountriesMoreThan = q.value(8).toLongLong();
    agreement.subject = text(q, 9);
    agreement.signedOn = text(q, 10);
    return agreement;
}

} // namespace

RecordDetailsStore::RecordDetailsStore(const Database &db)
    : m_db(db)
{ }

std::optional<QSqlQuery> RecordDetailsStore::select(const char *sql, Bindings bindings) const
{
    QSqlQuery query(m_db.connection());
    // A server's forward-only query streams its rows, and the callers run
    // the next query while the last one's object (read in part) still lives:
    // there the whole result is fetched at once instead.
    query.setForwardOnly(!m_db.isPostgres());
    if (!query.prepare(SqlDialect(m_db).withNocaseOrder(QString::fromUtf8(sql)))) {
        m_error = Database::describeError(query.lastError());
        return std::nullopt;
    }
    for (const auto &[name, value] : bindings)
        query.bindValue(QString::fromLatin1(name), value);
    if (!query.exec()) {
        m_error = Database::describeError(query.lastError());
        return std::nullopt;
    }
    return query;
}

std::optional<QList<AgreementSummary>> RecordDetailsStore::agreements(const char *sql,
                                                                      Bindings bindings) const
{
    auto q = select(sql, bindings);
    if (!q)
        return std::nullopt;
    QList<AgreementSummary> result;
    while (q->next())
        result.append(agreementAt(*q));
    return result;
}

std::optional<QList<ReportedParticipation>> RecordDetailsStore::reported(const char *sql,
                                                                         Bindings bindings) const
{
    auto q = select(sql, bindings);
    if (!q)
        return std::nullopt;
    QList<ReportedParticipation> result;
    while (q->next())
        result.append(
            {agencyAt(*q, 0), projectAt(*q, 3), q->value(7).toLongLong(), sourceAt(*q, 8)});
    return result;
}

std::optional<qint64> RecordDetailsStore::totalParticipants(RecordKind kind, qint64 id) const
{
    const ParticipationStats stats(m_db);
    RecordRef scope;
    scope.kind = kind;
    scope.id = id;
    const auto total = stats.totalParticipants(scope);
    if (!total)
        m_error = stats.errorString();
    return total;
}

std::optional<AgencyDetails> RecordDetailsStore::agencyDetails(qint64 id) const
{
    m_error.clear();
    auto q = select("SELECT a.id, a.name, a.acronym, a.kind, a.country_code, c.name, "
                    "a.parent_id, pa.name, pa.acronym, a.city, a.website, "
                    "a.description, " LIAISON_SOURCE_COLUMNS " FROM agencies a "
                    "LEFT JOIN countries c ON c.code = a.country_code "
                    "LEFT JOIN agencies pa ON pa.id = a.parent_id "
                    "JOIN sources s ON s.id = a.source_id WHERE a.id = :id",
                    {{":id", id}});
    if (!q || !q->next())
        return std::nullopt;
    AgencyDetails d;
    d.id = q->value(0).toLongLong();
    d.name = text(*q, 1);
    d.acronym = text(*q, 2);
    d.kind = text(*q, 3);
    d.country = optionalCountryAt(*q, 4);
    d.parent = optionalAgencyAt(*q, 6);
    d.city = text(*q, 9);
    d.website = text(*q, 10);
    d.description = text(*q, 11);
    d.source = sourceAt(*q, 12);

    q = select("SELECT id, name, acronym FROM agencies WHERE parent_id = :id "
               "ORDER BY COALESCE(acronym, name) COLLATE NOCASE",
               {{":id", id}});
    if (!q)
        return std::nullopt;
    while (q->next())
        d.subAgencies.append(agencyAt(*q, 0));

    q = select("SELECT pr.id, pr.name, pr.acronym, pr.kind, r.role, r.since, r.until, s.kind "
               "FROM project_roles r JOIN projects pr ON pr.id = r.project_id "
               "JOIN sources s ON s.id = r.source_id WHERE r.agency_id = :id "
               "ORDER BY COALESCE(pr.acronym, pr.name) COLLATE NOCASE, r.role",
               {{":id", id}});
    if (!q)
        return std::nullopt;
    while (q->next())
        d.projects.append({projectAt(*q, 0), text(*q, 4), text(*q, 5), text(*q, 6), text(*q, 7)});

    q = select("SELECT id, full_name, position FROM people WHERE agency_id = :id "
               "ORDER BY full_name COLLATE NOCASE",
               {{":id", id}});
    if (!q)
        return std::nullopt;
    while (q->next())
        d.people.append({q->value(0).toLongLong(), text(*q, 1), text(*q, 2)});

    // A national agency acts for its country: the country's agreements are its own.
    const bool national = d.kind == QLatin1String("national_agency") && d.country;
    auto agreementList = agreements(
        LIAISON_AGREEMENT_SELECT
        "WHERE g.agency_id = :id OR (:national AND g.country_code = :country)" //
        LIAISON_AGREEMENT_ORDER,
        {{":id", id},
         {":national", national}, // a server wants a boolean here
         {":country",
          d.country ? QVariant(d.country->code) : QVariant(QMetaType::fromType<QString>())}});
    if (!agreementList)
        return std::nullopt;
    d.agreements = *agreementList;

    const auto total = totalParticipants(RecordKind::Agency, id);
    if (!total)
        return std::nullopt;
    d.totalParticipants = *total;

    q = select("SELECT e.project_id, pr.name, pr.acronym, pr.kind, SUM(p.participants) "
               "FROM participation p JOIN events e ON e.id = p.event_id "
               "LEFT JOIN projects pr ON pr.id = e.project_id "
               "WHERE p.agency_id = :id GROUP BY e.project_id, pr.id "
               "ORDER BY e.project_id IS NULL, COALESCE(pr.acronym, pr.name) COLLATE NOCASE",
               {{":id", id}});
    if (!q)
        return std::nullopt;
    while (q->next())
        d.participantsByProject.append({optionalProjectAt(*q, 0), q->value(4).toLongLong()});

    auto reportedList = reported(LIAISON_REPORTED_SELECT
                                 "WHERE rp.agency_id = :id "
                                 "ORDER BY COALESCE(pr.acronym, pr.name) COLLATE NOCASE, s.title",
                                 {{":id", id}});
    if (!reportedList)
        return std::nullopt;
    d.reported = *reportedList;
    return d;
}

std::optional<ProjectDetails> RecordDetailsStore::projectDetails(qint64 id) const
{
    m_error.clear();
    auto q =
        select("SELECT p.id, p.name, p.acronym, p.kind, p.parent_id, pp.name, pp.acronym, "
               "pp.kind, p.start_date, p.end_date, p.status, p.description, " LIAISON_SOURCE_COLUMNS
               " FROM projects p "
               "LEFT JOIN projects pp ON pp.id = p.parent_id "
               "JOIN sources s ON s.id = p.source_id WHERE p.id = :id",
               {{":id", id}});
    if (!q || !q->next())
        return std::nullopt;
    ProjectDetails d;
    d.id = q->value(0).toLongLong();
    d.name = text(*q, 1);
    d.acronym = text(*q, 2);
    d.kind = text(*q, 3);
    d.parent = optionalProjectAt(*q, 4);
    d.startDate = text(*q, 8);
    d.endDate = text(*q, 9);
    d.status = text(*q, 10);
    d.description = text(*q, 11);
    d.source = sourceAt(*q, 12);

    q = select("SELECT id, name, acronym, kind FROM projects WHERE parent_id = :id "
               "ORDER BY start_date IS NULL, start_date, COALESCE(acronym, name) COLLATE NOCASE",
               {{":id", id}});
    if (!q)
        return std::nullopt;
    while (q->next())
        d.children.append(projectAt(*q, 0));

    q = select("SELECT a.id, a.name, a.acronym, r.role, r.since, r.until, s.kind "
               "FROM project_roles r JOIN agencies a ON a.id = r.agency_id "
               "JOIN sources s ON s.id = r.source_id WHERE r.project_id = :id "
               "ORDER BY CASE r.role WHEN 'funding' THEN 0 WHEN 'accountable' THEN 1 "
               "WHEN 'implementing' THEN 2 WHEN 'partner' THEN 3 WHEN 'beneficiary' THEN 4 "
               "ELSE 5 END, COALESCE(a.acronym, a.name) COLLATE NOCASE",
               {{":id", id}});
    if (!q)
        return std::nullopt;
    while (q->next())
        d.agencies.append({agencyAt(*q, 0), text(*q, 3), text(*q, 4), text(*q, 5), text(*q, 6)});

    q = select("SELECT " LIAISON_EVENT_COLUMNS ", s.kind, x.n FROM events e "
               "JOIN sources s ON s.id = e.source_id "
               "LEFT JOIN (SELECT p.event_id, SUM(p.participants) AS n FROM participation p "
               "           JOIN events pe ON pe.id = p.event_id WHERE pe.project_id = :id "
               "           GROUP BY p.event_id) x ON x.event_id = e.id "
               "WHERE e.project_id = :id" LIAISON_EVENT_ORDER,
               {{":id", id}});
    if (!q)
        return std::nullopt;
    while (q->next()) {
        ProjectDetails::Event event {eventAt(*q, 0), std::nullopt, text(*q, 6)};
        if (!q->value(7).isNull())
            event.participants = q->value(7).toLongLong();
        d.events.append(event);
    }

    const auto total = totalParticipants(RecordKind::Project, id);
    if (!total)
        return std::nullopt;
    d.totalParticipants = *total;

    auto reportedList = reported(LIAISON_REPORTED_SELECT
                                 "WHERE rp.project_id = :id "
                                 "ORDER BY COALESCE(a.acronym, a.name) COLLATE NOCASE, s.title",
                                 {{":id", id}});
    if (!reportedList)
        return std::nullopt;
    d.reported = *reportedList;
    return d;
}

std::optional<EventDetails> RecordDetailsStore::eventDetails(qint64 id) const
{
    m_error.clear();
    auto q =
        select("SELECT e.id, e.title, e.kind, e.start_date, e.end_date, e.city, "
               "e.country_code, c.name, e.organiser_id, o.name, o.acronym, "
               "e.project_id, pr.name, pr.acronym, pr.kind, e.description, " LIAISON_SOURCE_COLUMNS
               " FROM events e "
               "LEFT JOIN countries c ON c.code = e.country_code "
               "LEFT JOIN agencies o ON o.id = e.organiser_id "
               "LEFT JOIN projects pr ON pr.id = e.project_id "
               "JOIN sources s ON s.id = e.source_id WHERE e.id = :id",
               {{":id", id}});
    if (!q || !q->next())
        return std::nullopt;
    EventDetails d;
    d.id = q->value(0).toLongLong();
    d.title = text(*q, 1);
    d.kind = text(*q, 2);
    d.startDate = text(*q, 3);
    d.endDate = text(*q, 4);
    d.city = text(*q, 5);
    d.country = optionalCountryAt(*q, 6);
    d.organiser = optionalAgencyAt(*q, 8);
    d.project = optionalProjectAt(*q, 11);
    d.description = text(*q, 15);
    d.source = sourceAt(*q, 16);

    q = select("SELECT ec.country_code, c.name FROM event_countries ec "
               "JOIN countries c ON c.code = ec.country_code WHERE ec.event_id = :id "
               "ORDER BY ec.country_code",
               {{":id", id}});
    if (!q)
        return std::nullopt;
    while (q->next())
        d.attendingCountries.append({text(*q, 0), text(*q, 1)});

    q = select("SELECT id, position, title FROM panels WHERE event_id = :id ORDER BY position",
               {{":id", id}});
    if (!q)
        return std::nullopt;
    while (q->next())
        d.panels.append({q->value(0).toLongLong(), q->value(1).toInt(), text(*q, 2), {}});

    q = select("SELECT pn.id, pe.id, pe.full_name, pe.position, pr.topic FROM presentations pr "
               "JOIN panels pn ON pn.id = pr.panel_id JOIN people pe ON pe.id = pr.person_id "
               "WHERE pn.event_id = :id ORDER BY pn.position, pe.full_name COLLATE NOCASE",
               {{":id", id}});
    if (!q)
        return std::nullopt;
    while (q->next()) {
        const qint64 panelId = q->value(0).toLongLong();
        for (EventDetails::Panel &panel : d.panels) {
            if (panel.id == panelId)
                panel.presenters.append(
                    {{q->value(1).toLongLong(), text(*q, 2), text(*q, 3)}, text(*q, 4)});
        }
    }

    q = select("SELECT a.id, a.name, a.acronym, p.participants FROM participation p "
               "JOIN agencies a ON a.id = p.agency_id WHERE p.event_id = :id "
               "ORDER BY p.participants DESC, COALESCE(a.acronym, a.name) COLLATE NOCASE",
               {{":id", id}});
    if (!q)
        return std::nullopt;
    while (q->next())
        d.participation.append({agencyAt(*q, 0), q->value(3).toLongLong()});

    const auto total = totalParticipants(RecordKind::Event, id);
    if (!total)
        return std::nullopt;
    d.totalParticipants = *total;
    return d;
}

std::optional<PersonDetails> RecordDetailsStore::personDetails(qint64 id) const
{
    m_error.clear();
    auto q = select("SELECT p.id, p.full_name, p.position, p.agency_id, a.name, "
                    "a.acronym, " LIAISON_SOURCE_COLUMNS " FROM people p "
                    "LEFT JOIN agencies a ON a.id = p.agency_id "
                    "JOIN sources s ON s.id = p.source_id WHERE p.id = :id",
                    {{":id", id}});
    if (!q || !q->next())
        return std::nullopt;
    PersonDetails d;
    d.id = q->value(0).toLongLong();
    d.fullName = text(*q, 1);
    d.position = text(*q, 2);
    d.agency = optionalAgencyAt(*q, 3);
    d.source = sourceAt(*q, 6);

    q = select("SELECT pn.id, pn.title, " LIAISON_EVENT_COLUMNS ", pr.topic "
               "FROM presentations pr JOIN panels pn ON pn.id = pr.panel_id "
               "JOIN events e ON e.id = pn.event_id WHERE pr.person_id = :id "
               "ORDER BY e.start_date IS NULL, e.start_date, e.id, pn.position",
               {{":id", id}});
    if (!q)
        return std::nullopt;
    while (q->next())
        d.presentations.append(
            {q->value(0).toLongLong(), text(*q, 1), eventAt(*q, 2), text(*q, 8)});
    return d;
}

std::optional<AgreementDetails> RecordDetailsStore::agreementDetails(qint64 id) const
{
    m_error.clear();
    auto q = select("SELECT g.id, g.agency_id, ag.name, ag.acronym, g.country_code, gc.name, "
                    "g.partner_country_code, pc.name, g.partner_countries_more_than, g.subject, "
                    "g.signed_on, " LIAISON_SOURCE_COLUMNS " FROM agreements g "
                    "LEFT JOIN agencies ag ON ag.id = g.agency_id "
                    "LEFT JOIN countries gc ON gc.code = g.country_code "
                    "LEFT JOIN countries pc ON pc.code = g.partner_country_code "
                    "JOIN sources s ON s.id = g.source_id WHERE g.id = :id",
                    {{":id", id}});
    if (!q || !q->next())
        return std::nullopt;
    AgreementDetails d;
    static_cast<AgreementSummary &>(d) = agreementAt(*q);
    d.source = sourceAt(*q, 11);
    return d;
}

std::optional<CountryDetails> RecordDetailsStore::countryDetails(const QString &code) const
{
    m_error.clear();
    const QString upper = code.toUpper();
    auto q = select("SELECT code, name FROM countries WHERE code = :code", {{":code", upper}});
    if (!q || !q->next())
        return std::nullopt;
    CountryDetails d;
    d.code = text(*q, 0);
    d.name = text(*q, 1);

    q = select("SELECT a.id, a.name, a.acronym, a.kind, COALESCE(x.n, 0) FROM agencies a "
               "LEFT JOIN (SELECT p.agency_id, SUM(p.participants) AS n FROM participation p "
               "           JOIN agencies pa ON pa.id = p.agency_id "
               "           WHERE pa.country_code = :code GROUP BY p.agency_id) x "
               "       ON x.agency_id = a.id "
               "WHERE a.country_code = :code ORDER BY COALESCE(a.acronym, a.name) COLLATE NOCASE",
               {{":code", upper}});
    if (!q)
        return std::nullopt;
    while (q->next())
        d.agencies.append({agencyAt(*q, 0), text(*q, 3), q->value(4).toLongLong()});

    q = select("SELECT COALESCE(SUM(p.participants), 0) FROM participation p "
               "JOIN agencies a ON a.id = p.agency_id WHERE a.country_code = :code",
               {{":code", upper}});
    if (!q || !q->next())
        return std::nullopt;
    d.totalParticipants = q->value(0).toLongLong();

    q = select("SELECT " LIAISON_EVENT_COLUMNS
               " FROM events e WHERE e.country_code = :code" LIAISON_EVENT_ORDER,
               {{":code", upper}});
    if (!q)
        return std::nullopt;
    while (q->next())
        d.eventsHeld.append(eventAt(*q, 0));

    q = select("SELECT " LIAISON_EVENT_COLUMNS " FROM event_countries ec "
               "JOIN events e ON e.id = ec.event_id WHERE ec.country_code = :code" //
               LIAISON_EVENT_ORDER,
               {{":code", upper}});
    if (!q)
        return std::nullopt;
    while (q->next())
        d.eventsAttended.append(eventAt(*q, 0));

    auto agreementList = agreements(LIAISON_AGREEMENT_SELECT
                                    "WHERE g.country_code = :code OR ag.country_code = :code "
                                    "OR g.partner_country_code = :code" LIAISON_AGREEMENT_ORDER,
                                    {{":code", upper}});
    if (!agreementList)
        return std::nullopt;
    d.agreements = *agreementList;
    return d;
}

std::optional<SourceDetails> RecordDetailsStore::sourceDetails(qint64 id) const
{
    m_error.clear();
    auto q =
        select("SELECT " LIAISON_SOURCE_COLUMNS " FROM sources s WHERE s.id = :id", {{":id", id}});
    if (!q || !q->next())
        return std::nullopt;
    SourceDetails d;
    d.source = sourceAt(*q, 0);

    q = select("SELECT (SELECT count(*) FROM agencies WHERE source_id = :id), "
               "(SELECT count(*) FROM projects WHERE source_id = :id), "
               "(SELECT count(*) FROM project_roles WHERE source_id = :id), "
               "(SELECT count(*) FROM events WHERE source_id = :id), "
               "(SELECT count(*) FROM event_countries WHERE source_id = :id), "
               "(SELECT count(*) FROM panels WHERE source_id = :id), "
               "(SELECT count(*) FROM people WHERE source_id = :id), "
               "(SELECT count(*) FROM presentations WHERE source_id = :id), "
               "(SELECT count(*) FROM participation WHERE source_id = :id), "
               "(SELECT count(*) FROM reported_participation WHERE source_id = :id), "
               "(SELECT count(*) FROM agreements WHERE source_id = :id)",
               {{":id", id}});
    if (!q || !q->next())
        return std::nullopt;
    SourceDetails::Citations &c = d.citations;
    c.agencies = q->value(0).toLongLong();
    c.projects = q->value(1).toLongLong();
    c.projectRoles = q->value(2).toLongLong();
    c.events = q->value(3).toLongLong();
    c.eventCountries = q->value(4).toLongLong();
    c.panels = q->value(5).toLongLong();
    c.people = q->value(6).toLongLong();
    c.presentations = q->value(7).toLongLong();
    c.participation = q->value(8).toLongLong();
    c.reportedParticipation = q->value(9).toLongLong();
    c.agreements = q->value(10).toLongLong();
    d.citingRecordCount = c.agencies + c.projects + c.events + c.people + c.agreements;

    // The kind names are RecordKind's stable names, read back with recordKindFromName.
    q = select("SELECT kind, id, name, acronym FROM ("
               "  SELECT 'agency' AS kind, id, name, acronym, 0 AS rank, NULL AS date "
               "  FROM agencies WHERE source_id = :id "
               "  UNION ALL SELECT 'project', id, name, acronym, 1, start_date "
               "  FROM projects WHERE source_id = :id "
               "  UNION ALL SELECT 'event', id, title, NULL, 2, start_date "
               "  FROM events WHERE source_id = :id "
               "  UNION ALL SELECT 'person', id, full_name, NULL, 3, NULL "
               "  FROM people WHERE source_id = :id "
               "  UNION ALL SELECT 'agreement', id, subject, NULL, 4, signed_on "
               "  FROM agreements WHERE source_id = :id) AS citing "
               "ORDER BY rank, date IS NULL, date, COALESCE(acronym, name) COLLATE NOCASE, id "
               "LIMIT :limit",
               {{":id", id}, {":limit", citingRecordLimit}});
    if (!q)
        return std::nullopt;
    while (q->next()) {
        const auto kind = recordKindFromName(text(*q, 0));
        if (kind)
            d.citingRecords.append(
                {RecordId::of(*kind, q->value(1).toLongLong()), text(*q, 2), text(*q, 3)});
    }
    return d;
}

#undef LIAISON_SOURCE_COLUMNS
#undef LIAISON_AGREEMENT_SELECT
#undef LIAISON_AGREEMENT_ORDER
#undef LIAISON_REPORTED_SELECT
#undef LIAISON_EVENT_COLUMNS
#undef LIAISON_EVENT_ORDER

} // namespace liaison
