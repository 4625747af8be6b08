// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordid.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

#include <initializer_list>
#include <optional>
#include <utility>

class QSqlQuery;

namespace liaison {

class Database;

// Plain data for the detail pane: ids, names, raw ISO 8601 date texts and the
// schema's kind/role/status codes. Wording, locale formatting and HTML belong
// to the pane. An empty QString is a missing value.

struct SourceRef
{
    qint64 id = 0;
    QString title;
    QString publisher;
    QString url;
    QString publishedOn;
    QString kind; // published_article, official_record, illustrative_sample
};

struct AgencyRef
{
    qint64 id = 0;
    QString name;
    QString acronym;
};

struct ProjectRef
{
    qint64 id = 0;
    QString name;
    QString acronym;
    QString kind; // programme, project, platform, information_exchange
};

struct EventRef
{
    qint64 id = 0;
    QString title;
    QString kind; // seminar, course, webinar, training, conference, meeting, module
    QString startDate;
    QString endDate;
    QString city;
};

struct CountryRef
{
    QString code;
    QString name;
};

struct PersonRef
{
    qint64 id = 0;
    QString fullName;
    QString position;
};

// A total as a source states it, beside the per-event rows.
struct ReportedParticipation
{
    AgencyRef agency;
    ProjectRef project;
    qint64 participants = 0;
    SourceRef source;
};

struct AgreementSummary
{
    qint64 id = 0;
    std::optional<AgencyRef> agency;
    std::optional<CountryRef> country;
    std::optional<CountryRef> partnerCountry;
    std::optional<qint64> partnerCountriesMoreThan; // "more than N countries"
    QString subject;
    QString signedOn;
};

struct AgencyDetails
{
    struct ProjectRole
    {
        ProjectRef project;
        QString role; // funding, accountable, implementing, partner, beneficiary, member
        QString since;
        QString until;
        QString sourceKind; // of the role itself, which may differ from the agency's
    };
    struct ProjectParticipation
    {
        std::optional<ProjectRef> project; // nullopt: events outside any project
        qint64 participants = 0;
    };

    qint64 id = 0;
    QString name;
    QString acronym;
    QString kind; // national_agency, ministry, academy, eu_agency, eu_body,
                  // international_organisation
    std::optional<CountryRef> country;
    std::optional<AgencyRef> parent;
    QString city;
    QString website;
    QString description;
    SourceRef source;

    QList<AgencyRef> subAgencies;
    QList<ProjectRole> projects;
    QList<PersonRef> people;
    // Its own agreements and, for a national agency, those of its country.
    QList<AgreementSummary> agreements;
    qint64 totalParticipants = 0;
    QList<ProjectParticipation> participantsByProject;
    QList<ReportedParticipation> reported;
};

struct ProjectDetails
{
    struct Participant
    {
        AgencyRef agency;
        QString role;
        QString since;
        QString until;
        QString sourceKind;
    };
    struct Event
    {
        EventRef event;
        std::optional<qint64> participants; // nullopt: no participation recorded
        QString sourceKind;
    };

    qint64 id = 0;
    QString name;
    QString acronym;
    QString kind;
    std::optional<ProjectRef> parent;
    QString startDate;
    QString endDate;
    QString status; // planned, active, completed, cancelled, suspended
    QString description;
    SourceRef source;

    QList<ProjectRef> children;
    QList<Participant> agencies; // by role, then name
    QList<Event> events; // by date, undated last
    // Events of this project and of every project under it.
    qint64 totalParticipants = 0;
    QList<ReportedParticipation> reported;
};

struct EventDetails
{
    struct Presenter
    {
        PersonRef person;
        QString topic;
    };
    struct Panel
    {
        qint64 id = 0;
        int position = 0;
        QString title;
        QList<Presenter> presenters;
    };
    struct Participation
    {
        AgencyRef agency;
        qint64 participants = 0;
    };

    qint64 id = 0;
    QString title;
    QString kind;
    QString startDate;
    QString endDate;
    QString city;
    std::optional<CountryRef> country;
    std::optional<AgencyRef> organiser;
    std::optional<ProjectRef> project;
    QString description;
    SourceRef source;

    QList<CountryRef> attendingCountries; // by code
    QList<Panel> panels; // in programme order
    QList<Participation> participation; // most participants first
    qint64 totalParticipants = 0;
};

struct PersonDetails
{
    struct Presentation
    {
        qint64 panelId = 0;
        QString panelTitle;
        EventRef event;
        QString topic;
    };

    qint64 id = 0;
    QString fullName;
    QString position;
    std::optional<AgencyRef> agency;
    SourceRef source;
    QList<Presentation> presentations; // by event date, undated last
};

struct AgreementDetails : AgreementSummary
{
    SourceRef source;
};

struct CountryDetails
{
    struct Agency
    {
        AgencyRef agency;
        QString kind;
        qint64 participants = 0;
    };

    QString code;
    QString name;
    QList<Agency> agencies;
    QList<EventRef> eventsHeld; // by date, undated last
    QList<EventRef> eventsAttended; // delegations named by a source (event_countries)
    QList<AgreementSummary> agreements; // as party, through its agencies, or as partner
    qint64 totalParticipants = 0; // of its agencies
};

struct SourceDetails
{
    // How many rows of each table cite the source.
    struct Citations
    {
        qint64 agencies = 0;
        qint64 projects = 0;
        qint64 projectRoles = 0;
        qint64 events = 0;
        qint64 eventCountries = 0;
        qint64 panels = 0;
        qint64 people = 0;
        qint64 presentations = 0;
        qint64 participation = 0;
        qint64 reportedParticipation = 0;
        qint64 agreements = 0;
    };
    struct CitingRecord
    {
        RecordId record;
        QString name;
        QString acronym;
    };

    SourceRef source;
    Citations citations;
    // Agencies, projects, events, people and agreements citing it, at most
    // citingRecordLimit of them; citingRecordCount is how many there are.
    QList<CitingRecord> citingRecords;
    qint64 citingRecordCount = 0;
};

// Everything the detail pane shows about one record, one query function per
// kind of record. Each returns nullopt when the record does not exist (then
// errorString() is empty) or a query failed (errorString() says why).
class RecordDetailsStore
{
    Q_DECLARE_TR_FUNCTIONS(liaison::RecordDetailsStore)

public:
    static constexpr int citingRecordLimit = 200;

    explicit RecordDetailsStore(const Database &db);

    std::optional<AgencyDetails> agencyDetails(qint64 id) const;
    std::optional<ProjectDetails> projectDetails(qint64 id) const;
    std::optional<EventDetails> eventDetails(qint64 id) const;
    std::optional<PersonDetails> personDetails(qint64 id) const;
    std::optional<AgreementDetails> agreementDetails(qint64 id) const;
    std::optional<CountryDetails> countryDetails(const QString &code) const;
    std::optional<SourceDetails> sourceDetails(qint64 id) const;

    QString errorString() const { return m_error; }

private:
    using Bindings = std::initializer_list<std::pair<const char *, QVariant>>;

    // Prepares, binds and runs sql; nullopt (with errorString() set) on failure.
    std::optional<QSqlQuery> select(const char *sql, Bindings bindings) const;
    std::optional<QList<AgreementSummary>> agreements(const char *sql, Bindings bindings) const;
    std::optional<QList<ReportedParticipation>> reported(const char *sql, Bindings bindings) const;
    std::optional<qint64> totalParticipants(RecordKind kind, qint64 id) const;

    const Database &m_db;
    mutable QString m_error;
};

} // namespace liaison
