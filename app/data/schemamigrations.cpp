// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemamigrations.h"

#include "countrylist.h"
#include "database.h"
#include "postgresmigrations.h"

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

// Version 2: full-text search (read by SearchIndex). One FTS5 row per record;
// its rowid is id * 8 + a kind code, so triggers reach a record's row without
// scanning. The codes are part of the file format: never renumber them.
// Panel titles are folded into their event's row, so a panel hit is an event
// hit and one record never yields two rows.
namespace searchv2 {

// Agencies 1, projects 2, events 3, people 4, agreements 5, sources 6 and
// countries 7 (a country's id is its code as a number from 1 to 676).
const QList<SchemaMigrations::SearchSource> sources = {
    {"agencies", 1,
     "SELECT a.id * 8 + 1, a.name || ifnull(' ' || a.acronym, ''), "
     "ifnull(a.city, '') || ' ' || ifnull(a.description, '') || ' ' || ifnull(c.name, '') "
     "FROM agencies a LEFT JOIN countries c ON c.code = a.country_code",
     "a.id", "id, name, acronym, city, description, country_code"},
    {"projects", 2,
     "SELECT p.id * 8 + 2, p.name || ifnull(' ' || p.acronym, ''), ifnull(p.description, '') "
     "FROM projects p",
     "p.id", "id, name, acronym, description"},
    {"events", 3,
     "SELECT e.id * 8 + 3, e.title, "
     "ifnull(e.description, '') || ' ' || ifnull(e.city, '') || ' ' || ifnull(c.name, '') "
     "|| ' ' || ifnull((SELECT group_concat(title, ' ') FROM (SELECT title FROM panels "
     "WHERE event_id = e.id ORDER BY position)), '') "
     "FROM events e LEFT JOIN countries c ON c.code = e.country_code",
     "e.id", "id, title, description, city, country_code"},
    {"people", 4,
     "SELECT p.id * 8 + 4, p.full_name, "
     "ifnull(p.position, '') || ' ' || ifnull(a.name, '') || ' ' || ifnull(a.acronym, '') "
     "FROM people p LEFT JOIN agencies a ON a.id = p.agency_id",
     "p.id", "id, full_name, position, agency_id"},
    {"agreements", 5, "SELECT g.id * 8 + 5, g.subject, '' FROM agreements g", "g.id",
     "id, subject"},
    {"sources", 6, "SELECT s.id * 8 + 6, s.title, ifnull(s.publisher, '') FROM sources s", "s.id",
     "id, title, publisher"},
};

QString trigger(const QString &name, const QString &when, const QString &body)
{
    return QStringLiteral("CREATE TRIGGER %1 AFTER %2 BEGIN %3 END").arg(name, when, body);
}

QStringList statements()
{
    QStringList sql = {QStringLiteral("CREATE VIRTUAL TABLE search_index USING fts5(title, body, "
                                      "tokenize = \"unicode61 remove_diacritics 2\")")};
    sql << SchemaMigrations::searchIndexSync(
        sources, [](const QString &name, const QString &when, const QString &body) {
            return QStringList {trigger(name, when, body)};
        });
    // Countries are a static list: indexed once, no triggers.
    sql << QStringLiteral(
        "INSERT INTO search_index (rowid, title, body) "
        "SELECT ((unicode(substr(code, 1, 1)) - 65) * 26 + unicode(substr(code, 2, 1)) - 65 + 1) "
        "* 8 + 7, name || ' ' || code, '' FROM countries WHERE code GLOB '[A-Z][A-Z]'");
    return sql;
}

} // namespace searchv2

bool migrateToVersion2(Database &db)
{
    for (const QString &statement : searchv2::statements()) {
        if (!db.exec(statement))
            return false;
    }
    return true;
}

// Version 3: indexes for large record bases (see README, "Performance").
// agencies(kind, parent_id) serves the tree's groups of international
// organisations and of EU agencies and bodies (kind = ? AND parent_id IS
// NULL), whether those groups exist, and the statistics scopes of the groups,
// which otherwise read every agency. IF NOT EXISTS: a file brought back to an
// older version by hand keeps its indexes.
const char *const schemaVersion3[] = {
    "CREATE INDEX IF NOT EXISTS agencies_kind ON agencies(kind, parent_id)",
};

bool migrateToVersion3(Database &db)
{
    return execAll(db, std::begin(schemaVersion3), std::end(schemaVersion3));
}

// Version 4: optimistic locking. Every change of an editable record bumps its
// row_version, so an edit made on an older copy is refused instead of
// overwriting someone else's change. SQLite has no ADD COLUMN IF NOT EXISTS:
// a column already there (a file brought back by hand) is left alone.
const char *const versionedTables[] = {"sources", "agencies", "projects",
                                       "events",  "people",   "agreements"};

bool migrateToVersion4(Database &db)
{
    for (const char *name : versionedTables) {
        const QString table = QString::fromLatin1(name);
        QSqlQuery query(db.connection());
        query.prepare(
            QStringLiteral("SELECT 1 FROM pragma_table_info(?) WHERE name = 'row_version'"));
        query.addBindValue(table);
        if (!query.exec())
            return db.setError(query);
        if (query.next())
            continue;
        query.finish();
        if (!db.exec(QStringLiteral("ALTER TABLE %1 ADD COLUMN row_version INTEGER NOT NULL "
                                    "DEFAULT 1")
                         .arg(table)))
            return false;
    }
    return true;
}

// Any number the same in every Liaison: the key of the server's advisory lock.
constexpr qint64 MigrationLockKey = 0x4c69616973;

struct Migration
{
    int version;
    std::function<bool(Database &)> apply;
};

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> list = {
        {1, migrateToVersion1},
        {2, migrateToVersion2},
        {3, migrateToVersion3},
        {4, migrateToVersion4},
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
    return query.exec(db.isPostgres() ? QStringLiteral("SELECT count(*) FROM pg_tables WHERE "
                                                       "schemaname = current_schema()")
                                      : QStringLiteral("SELECT count(*) FROM sqlite_master"))
        && query.next() && query.value(0).toInt() == 0;
}

QStringList SchemaMigrations::sqliteSchemaVersion1()
{
    QStringList statements;
    for (const char *statement : schemaVersion1)
        statements.append(QString::fromUtf8(statement));
    return statements;
}

bool SchemaMigrations::migrate(Database &db)
{
    for (const Migration &migration : migrations()) {
        if (!db.beginWrite())
            return false;
        // On a server, one client migrates at a time (SQLite: BEGIN IMMEDIATE).
        if (db.isPostgres()
            && !db.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(MigrationLockKey))) {
            db.rollback();
            return false;
        }
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
        const bool applied = db.isPostgres() ? PostgresMigrations::apply(db, migration.version)
                && PostgresMigrations::setVersion(db, migration.version)
                                             : migration.apply(db)
                && db.exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version));
        if (!applied || !db.commit()) {
            db.rollback();
            return false;
        }
    }
    return true;
}

QStringList SchemaMigrations::searchIndexSync(const QList<SearchSource> &sources,
                                              const TriggerStatements &trigger)
{
    const auto insertRows = [](const SearchSource &source, const QString &id,
                               const char *key = nullptr) {
        return QStringLiteral("INSERT INTO search_index (rowid, title, body) %1 WHERE %2 = %3;")
            .arg(QLatin1String(source.rows), QLatin1String(key ? key : source.key), id);
    };
    const auto deleteRow = [](const SearchSource &source, const QString &id) {
        return QStringLiteral("DELETE FROM search_index WHERE rowid = %1 * 8 + %2;")
            .arg(id)
            .arg(source.code);
    };
    // Delete, then insert: also right when the id changes or a stale row exists.
    const auto refreshRow = [&](const SearchSource &source, const QString &id) {
        return deleteRow(source, id) + QLatin1Char(' ') + insertRows(source, id);
    };
    const SearchSource &events = sources.at(2);
    const SearchSource &people = sources.at(3);
    const QString newId = QStringLiteral("NEW.id");
    const QString oldId = QStringLiteral("OLD.id");
    QStringList sql;
    for (const SearchSource &source : sources) {
        const QString table = QLatin1String(source.table);
        const QString prefix = QStringLiteral("search_index_") + table;
        sql << QStringLiteral("INSERT INTO search_index (rowid, title, body) ")
                + QLatin1String(source.rows);
        sql << trigger(prefix + QStringLiteral("_insert"), QStringLiteral("INSERT ON ") + table,
                       refreshRow(source, newId));
        QString update = deleteRow(source, oldId) + QLatin1Char(' ') + insertRows(source, newId);
        // A person's row holds the name of their agency.
        if (table == QLatin1String("agencies"))
            update += QStringLiteral(" DELETE FROM search_index WHERE rowid IN "
                                     "(SELECT id * 8 + 4 FROM people WHERE agency_id = NEW.id); ")
                + insertRows(people, newId, "p.agency_id");
        sql << trigger(
            prefix + QStringLiteral("_update"),
            QStringLiteral("UPDATE OF %1 ON %2").arg(QLatin1String(source.columns), table), update);
        sql << trigger(prefix + QStringLiteral("_delete"), QStringLiteral("DELETE ON ") + table,
                       deleteRow(source, oldId));
    }
    // Panels live in their event's row. When an event is deleted its panels go
    // by cascade after it, and the refresh finds no event to insert.
    sql << trigger(QStringLiteral("search_index_panels_insert"), QStringLiteral("INSERT ON panels"),
                   refreshRow(events, QStringLiteral("NEW.event_id")));
    sql << trigger(QStringLiteral("search_index_panels_update"),
                   QStringLiteral("UPDATE OF event_id, title ON panels"),
                   refreshRow(events, QStringLiteral("OLD.event_id")) + QLatin1Char(' ')
                       + refreshRow(events, QStringLiteral("NEW.event_id")));
    sql << trigger(QStringLiteral("search_index_panels_delete"), QStringLiteral("DELETE ON panels"),
                   refreshRow(events, QStringLiteral("OLD.event_id")));
    return sql;
}

QString SchemaMigrations::insertSearchRowsOfEventsAfterSql()
{
    const SearchSource &events = searchv2::sources.at(2);
    Q_ASSERT(qstrcmp(events.table, "events") == 0);
    return QStringLiteral("INSERT INTO search_index (rowid, title, body) %1 WHERE %2 > :after")
        .arg(QLatin1String(events.rows), QLatin1String(events.key));
}

QString SchemaMigrations::eventSearchInsertTrigger()
{
    return QStringLiteral("search_index_events_insert");
}

} // namespace liaison
