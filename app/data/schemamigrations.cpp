// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemamigrations.h"

#include "countrylist.h"
#include "database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>

#include <functional>
#include <vector>

namespace liaison {

namespace {

// Dates are ISO 8601 text of year, month or day precision: sources often give
// only "April 2021" or "until 2024", and inventing a day would be wrong.
#define LIAISON_DATE_CHECK(column)                                                                 \
    "(" column " IS NULL OR " column " GLOB '[12][0-9][0-9][0-9]' OR " column                      \
    " GLOB '[12][0-9][0-9][0-9]-[01][0-9]' OR " column                                             \
    " GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]')"

const char *const schemaVersion1[] = {
    R"(CREATE TABLE countries (
        code TEXT PRIMARY KEY NOT NULL CHECK (length(code) = 2 AND code = upper(code)),
        name TEXT NOT NULL
    ))",
    R"(CREATE TABLE sources (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL CHECK (title <> ''),
        publisher TEXT,
        url TEXT,
        published_on TEXT CHECK )" LIAISON_DATE_CHECK("published_on") R"(,
        kind TEXT NOT NULL CHECK (kind IN ('published_article', 'official_record',
                                           'illustrative_sample'))
    ))",
    R"(CREATE TABLE agencies (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (name <> ''),
        acronym TEXT COLLATE NOCASE UNIQUE CHECK (acronym IS NULL OR acronym <> ''),
        kind TEXT NOT NULL CHECK (kind IN ('national_agency', 'ministry', 'academy',
                                           'eu_agency', 'eu_body',
                                           'international_organisation')),
        country_code TEXT REFERENCES countries(code),
        parent_id INTEGER REFERENCES agencies(id) ON DELETE SET NULL,
        city TEXT,
        website TEXT,
        description TEXT,
        source_id INTEGER NOT NULL REFERENCES sources(id),
        CHECK (kind <> 'international_organisation' OR country_code IS NULL),
        CHECK (kind IN ('international_organisation', 'eu_agency', 'eu_body')
               OR country_code IS NOT NULL),
        CHECK (parent_id IS NULL OR parent_id <> id)
    ))",
    "CREATE INDEX agencies_country ON agencies(country_code)",
    "CREATE INDEX agencies_parent ON agencies(parent_id)",
    "CREATE INDEX agencies_source ON agencies(source_id)",
    R"(CREATE TABLE projects (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (name <> ''),
        acronym TEXT COLLATE NOCASE UNIQUE CHECK (acronym IS NULL OR acronym <> ''),
        kind TEXT NOT NULL CHECK (kind IN ('programme', 'project', 'platform',
                                           'information_exchange')),
        parent_id INTEGER REFERENCES projects(id) ON DELETE SET NULL,
        start_date TEXT CHECK )" LIAISON_DATE_CHECK("start_date") R"(,
        end_date TEXT CHECK )" LIAISON_DATE_CHECK("end_date") R"(,
        status TEXT CHECK (status IS NULL OR status IN ('planned', 'active', 'completed',
                                                        'cancelled', 'suspended')),
        description TEXT,
        source_id INTEGER NOT NULL REFERENCES sources(id),
        CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date),
        CHECK (parent_id IS NULL OR parent_id <> id)
    ))",
    "CREATE INDEX projects_parent ON projects(parent_id)",
    "CREATE INDEX projects_source ON projects(source_id)",
    R"(CREATE TABLE project_roles (
        id INTEGER PRIMARY KEY,
        project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        agency_id INTEGER NOT NULL REFERENCES agencies(id) ON DELETE CASCADE,
        role TEXT NOT NULL CHECK (role IN ('funding', 'accountable', 'implementing',
                                           'partner', 'beneficiary', 'member')),
        since TEXT CHECK )" LIAISON_DATE_CHECK("since") R"(,
        until TEXT CHECK )" LIAISON_DATE_CHECK("until") R"(,
        source_id INTEGER NOT NULL REFERENCES sources(id),
        UNIQUE (project_id, agency_id, role),
        CHECK (until IS NULL OR since IS NULL OR until >= since)
    ))",
    "CREATE INDEX project_roles_agency ON project_roles(agency_id, project_id)",
    "CREATE INDEX project_roles_source ON project_roles(source_id)",
    R"(CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL CHECK (title <> ''),
        kind TEXT NOT NULL CHECK (kind IN ('seminar', 'course', 'webinar', 'training',
                                           'conference', 'meeting', 'module')),
        start_date TEXT CHECK )" LIAISON_DATE_CHECK("start_date") R"(,
        end_date TEXT CHECK )" LIAISON_DATE_CHECK("end_date") R"(,
        city TEXT,
        country_code TEXT REFERENCES countries(code),
        organiser_id INTEGER REFERENCES agencies(id) ON DELETE SET NULL,
        project_id INTEGER REFERENCES projects(id) ON DELETE CASCADE,
        description TEXT,
        source_id INTEGER NOT NULL REFERENCES sources(id),
        CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
    ))",
    "CREATE INDEX events_project ON events(project_id, start_date)",
    "CREATE INDEX events_organiser ON events(organiser_id)",
    "CREATE INDEX events_country ON events(country_code)",
    "CREATE INDEX events_source ON events(source_id)",
    // Countries whose delegations attended an event, where the source names
    // countries rather than agencies and gives no numbers.
    R"(CREATE TABLE event_countries (
        event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        country_code TEXT NOT NULL REFERENCES countries(code),
        source_id INTEGER NOT NULL REFERENCES sources(id),
        PRIMARY KEY (event_id, country_code)
    ))",
    "CREATE INDEX event_countries_country ON event_countries(country_code)",
    R"(CREATE TABLE panels (
        id INTEGER PRIMARY KEY,
        event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position >= 0),
        title TEXT NOT NULL CHECK (title <> ''),
        source_id INTEGER NOT NULL REFERENCES sources(id),
        UNIQUE (event_id, position)
    ))",
    R"(CREATE TABLE people (
        id INTEGER PRIMARY KEY,
        full_name TEXT NOT NULL CHECK (full_name <> ''),
        position TEXT,
        agency_id INTEGER REFERENCES agencies(id) ON DELETE SET NULL,
        source_id INTEGER NOT NULL REFERENCES sources(id)
    ))",
    "CREATE INDEX people_agency ON people(agency_id)",
    R"(CREATE TABLE presentations (
        id INTEGER PRIMARY KEY,
        person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        panel_id INTEGER NOT NULL REFERENCES panels(id) ON DELETE CASCADE,
        topic TEXT,
        source_id INTEGER NOT NULL REFERENCES sources(id),
        UNIQUE (person_id, panel_id)
    ))",
    "CREATE INDEX presentations_panel ON presentations(panel_id)",
    // One row per event and agency; the covering index serves the
    // aggregations without touching the table.
    R"(CREATE TABLE participation (
        id INTEGER PRIMARY KEY,
        event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        agency_id INTEGER NOT NULL REFERENCES agencies(id) ON DELETE CASCADE,
        participants INTEGER NOT NULL CHECK (participants >= 0),
        source_id INTEGER NOT NULL REFERENCES sources(id),
        UNIQUE (event_id, agency_id)
    ))",
    "CREATE INDEX participation_agency ON participation(agency_id, event_id, participants)",
    "CREATE INDEX participation_event ON participation(event_id, agency_id, participants)",
    // A total as a source states it ("154 employees took part in TOPCOP
    // events"), kept beside the per-event rows it should agree with.
    R"(CREATE TABLE reported_participation (
        id INTEGER PRIMARY KEY,
        agency_id INTEGER NOT NULL REFERENCES agencies(id) ON DELETE CASCADE,
        project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        participants INTEGER NOT NULL CHECK (participants >= 0),
        source_id INTEGER NOT NULL REFERENCES sources(id),
        UNIQUE (agency_id, project_id, source_id)
    ))",
    R"(CREATE TABLE agreements (
        id INTEGER PRIMARY KEY,
        agency_id INTEGER REFERENCES agencies(id) ON DELETE CASCADE,
        country_code TEXT REFERENCES countries(code),
        partner_country_code TEXT REFERENCES countries(code),
        partner_countries_more_than INTEGER CHECK (partner_countries_more_than IS NULL
                                                   OR partner_countries_more_than >= 0),
        subject TEXT NOT NULL CHECK (subject <> ''),
        signed_on TEXT CHECK )" LIAISON_DATE_CHECK("signed_on") R"(,
        source_id INTEGER NOT NULL REFERENCES sources(id),
        CHECK (agency_id IS NOT NULL OR country_code IS NOT NULL),
        CHECK (partner_country_code IS NOT NULL OR partner_countries_more_than IS NOT NULL)
    ))",
    "CREATE INDEX agreements_agency ON agreements(agency_id)",
    "CREATE INDEX agreements_country ON agreements(country_code)",
    "CREATE INDEX agreements_partner ON agreements(partner_country_code)",
};

#undef LIAISON_DATE_CHECK

bool execAll(Database &db, const char *const *begin, const char *const *end)
{
    for (auto it = begin; it != end; ++it) {
        if (!db.exec(QString::fromUtf8(*it)))
            return false;
    }
    return true;
}

bool migrateToVersion1(Database &db)
{
    return execAll(db, std::begin(schemaVersion1), std::end(schemaVersion1))
        && CountryList::insertInto(db);
}

struct Migration
{
    int version;
    std::function<bool(Database &)> apply;
};

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> list = {
        {1, migrateToVersion1},
    };
    return list;
}

} // namespace

int SchemaMigrations::latestVersion()
{
    return migrations().back().version;
}

bool SchemaMigrations::isEmptyDatabase(const Database &db)
{
    QSqlQuery query(db.connection());
    return query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && query.next()
        && query.value(0).toInt() == 0;
}

bool SchemaMigrations::migrate(Database &db)
{
    for (const Migration &migration : migrations()) {
        if (!db.beginWrite())
            return false;
        // Read the version inside the write lock: another process may have
        // migrated the same file a moment ago.
        const int current = db.userVersion();
        if (current >= migration.version) {
            db.rollback();
            continue;
        }
        if (current != migration.version - 1) {
            db.rollback();
            return false;
        }
        if (!migration.apply(db)
            || !db.exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version))
            || !db.commit()) {
            db.rollback();
            return false;
        }
    }
    return true;
}

} // namespace liaison
