// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordexport.h"

#include "database.h"
#include "participationcsvformat.h"
#include "sqldialect.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <cmath>

namespace liaison {

namespace {

constexpr int FormatVersion = 1;
constexpr qsizetype FlushThreshold = 1 << 16;

QString shownPath(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

// A buffered writer over the save file that remembers the first failure.
class Output
{
public:
    explicit Output(QSaveFile &file)
        : m_file(file)
    { }

    QByteArray &buffer() { return m_buffer; }
    // Hands the buffer to the file once it is large enough.
    bool maybeFlush() { return m_buffer.size() < FlushThreshold || flush(); }
    bool flush()
    {
        if (!m_failed && !m_buffer.isEmpty())
            m_failed = m_file.write(m_buffer) != m_buffer.size();
        m_buffer.clear();
        return !m_failed;
    }

private:
    QSaveFile &m_file;
    QByteArray m_buffer;
    bool m_failed = false;
};

// Reads every table in one read transaction. A savepoint also nests inside a
// transaction the caller may have open; a server takes savepoints only
// inside one, and otherwise gets a transaction whose reads see one state.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(const Database &db)
        : m_db(db)
    {
        QSqlQuery query(m_db.connection());
        m_active = query.exec(QStringLiteral("SAVEPOINT liaison_export"));
        if (!m_active && db.isPostgres())
            m_ownTransaction = query.exec(SqlDialect(db).beginReadSnapshot());
    }
    ~ReadSnapshot()
    {
        QSqlQuery query(m_db.connection());
        if (m_active)
            query.exec(QStringLiteral("RELEASE liaison_export"));
        else if (m_ownTransaction)
            query.exec(QStringLiteral("COMMIT"));
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    const Database &m_db;
    bool m_active = false;
    bool m_ownTransaction = false;
};

void appendJsonString(QByteArray &out, const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    out += '"';
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                out += "\\u00";
                out += hex[(c >> 4) & 0xf];
                out += hex[c & 0xf];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

// A column value as SQLite stored it: integers as numbers, NULL as null.
void appendJsonValue(QByteArray &out, const QSqlQuery &query, int column)
{
    if (query.isNull(column)) {
        out += "null";
        return;
    }
    const QVariant value = query.value(column);
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
        out += QByteArray::number(value.toLongLong());
        break;
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        out += QByteArray::number(value.toULongLong());
        break;
    case QMetaType::Double: {
        const double number = value.toDouble();
        if (std::isfinite(number))
            out += QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
        else
            out += "null";
        break;
    }
    case QMetaType::QByteArray:
        appendJsonString(out, QString::fromLatin1(value.toByteArray().toBase64()));
        break;
    default:
        appendJsonString(out, value.toString());
    }
}

// The SQL of each table, in the order of the document. A column "X_key"
// holds the acronym or name of the agency or project that column "X_id"
// refers to and is written right after it.
struct Table
{
    const char *name;
    const char *sql;
};

#define LIAISON_KEY(alias) "COALESCE(" alias ".acronym, " alias ".name)"

const Table tables[] = {
    {"sources", "SELECT * FROM sources ORDER BY id"},
    {"countries",
     "SELECT code, name FROM countries WHERE code IN ("
     "SELECT country_code FROM agencies UNION SELECT country_code FROM events "
     "UNION SELECT country_code FROM event_countries UNION SELECT country_code FROM agreements "
     "UNION SELECT partner_country_code FROM agreements) ORDER BY code"},
    {"agencies",
     "SELECT t.*, " LIAISON_KEY("p") " AS parent_key FROM agencies t "
                                     "LEFT JOIN agencies p ON p.id = t.parent_id ORDER BY t.id"},
    {"projects",
     "SELECT t.*, " LIAISON_KEY("p") " AS parent_key FROM projects t "
                                     "LEFT JOIN projects p ON p.id = t.parent_id ORDER BY t.id"},
    {"project_roles",
     "SELECT t.*, " LIAISON_KEY("p") " AS project_key, " LIAISON_KEY(
         "a") " AS agency_key "
              "FROM project_roles t LEFT JOIN projects p ON p.id = t.project_id "
              "LEFT JOIN agencies a ON a.id = t.agency_id ORDER BY t.id"},
    {"events",
     "SELECT t.*, " LIAISON_KEY("o") " AS organiser_key, " LIAISON_KEY(
         "p") " AS project_key "
              "FROM events t LEFT JOIN agencies o ON o.id = t.organiser_id "
              "LEFT JOIN projects p ON p.id = t.project_id ORDER BY t.id"},
    {"event_countries", "SELECT * FROM event_countries ORDER BY event_id, country_code"},
    {"panels", "SELECT * FROM panels ORDER BY id"},
    {"people",
     "SELECT t.*, " LIAISON_KEY("a") " AS agency_key FROM people t "
                                     "LEFT JOIN agencies a ON a.id = t.agency_id ORDER BY t.id"},
    {"presentations", "SELECT * FROM presentations ORDER BY id"},
    {"participation",
     "SELECT t.*, " LIAISON_KEY("a") " AS agency_key FROM participation t "
                                     "LEFT JOIN agencies a ON a.id = t.agency_id ORDER BY t.id"},
    {"reported_participation",
     "SELECT t.*, " LIAISON_KEY("a") " AS agency_key, " LIAISON_KEY(
         "p") " AS project_key "
              "FROM reported_participation t LEFT JOIN agencies a ON a.id = t.agency_id "
              "LEFT JOIN projects p ON p.id = t.project_id ORDER BY t.id"},
    {"agreements",
     "SELECT t.*, " LIAISON_KEY("a") " AS agency_key FROM agreements t "
                                     "LEFT JOIN agencies a ON a.id = t.agency_id ORDER BY t.id"},
};

#undef LIAISON_KEY

// The order in which a table's columns are written: its own columns as the
// schema has them, each reference followed by its key.
QList<int> columnOrder(const QSqlRecord &record)
{
    QList<int> order;
    QSet<int> placed;
    for (int i = 0; i < record.count(); ++i) {
        const QString name = record.fieldName(i);
        if (placed.contains(i))
            continue;
        if (name == QLatin1String("row_version"))
            continue; // the record base's bookkeeping of edits, not a record's data
        if (name.endsWith(QLatin1String("_key"))
            && record.indexOf(name.chopped(4) + QLatin1String("_id")) >= 0)
            continue; // written after its reference
        order.append(i);
        placed.insert(i);
        if (name.endsWith(QLatin1String("_id"))) {
            const int key = record.indexOf(name.chopped(3) + QLatin1String("_key"));
            if (key >= 0) {
                order.append(key);
                placed.insert(key);
            }
        }
    }
    return order;
}

// Writes one table as `"name": [ {record}, … ]`, one record a line.
bool writeJsonTable(const Database &db, const Table &table, Output &out, QString *problem)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QString::fromUtf8(table.sql))) {
        *problem = Database::describeError(query.lastError());
        return false;
    }
    const QSqlRecord record = query.record();
    const QList<int> order = columnOrder(record);
    QList<QByteArray> names;
    for (const int column : order) {
        QByteArray name;
        appendJsonString(name, record.fieldName(column));
        names.append(name + ": ");
    }

    QByteArray &buffer = out.buffer();
    buffer += "    \"";
    buffer += table.name;
    buffer += "\": [";
    bool first = true;
    while (query.next()) {
        buffer += first ? "\n        {" : ",\n        {";
        first = false;
        for (qsizetype i = 0; i < order.size(); ++i) {
            if (i > 0)
                buffer += ", ";
            buffer += names.at(i);
            appendJsonValue(buffer, query, order.at(i));
        }
        buffer += '}';
        if (!out.maybeFlush())
            return false;
    }
    if (query.lastError().isValid()) {
        *problem = Database::describeError(query.lastError());
        return false;
    }
    buffer += first ? "]" : "\n    ]";
    return true;
}

// The order of the CSV's rows. A server sorts text by its collation and
// NULLs last: there, the expressions byte by byte with NULLs first, as SQLite.
QString csvOrder(const Database &db)
{
    if (!db.isPostgres())
        return QStringLiteral(
            "ORDER BY project_key, e.start_date, e.title, e.id, agency_key, p.id");
    return QStringLiteral("ORDER BY COALESCE(pr.acronym, pr.name) COLLATE \"C\" NULLS FIRST, "
                          "e.start_date COLLATE \"C\" NULLS FIRST, e.title COLLATE \"C\", e.id, "
                          "COALESCE(a.acronym, a.name) COLLATE \"C\" NULLS FIRST, p.id");
}

QByteArray csvField(const QString &value)
{
    QByteArray utf8 = value.toUtf8();
    for (const char c : utf8) {
        if (c == ',' || c == '"' || c == '\r' || c == '\n') {
            utf8.replace("\"", "\"\"");
            return '"' + utf8 + '"';
        }
    }
    return utf8;
}

bool isFullDate(const QString &date)
{
    return date.size() == 10 && QDate::fromString(date, QStringLiteral("yyyy-MM-dd")).isValid();
}

using enum ParticipationCsvFormat::Column;
constexpr int CsvColumnCount = ParticipationCsvFormat::ColumnCount;

// One row of the participation query: the CSV fields as stored (NULL as
// empty) and what identifies it.
struct CsvRow
{
    explicit CsvRow(const QSqlQuery &query)
    {
        for (int column = 0; column < CsvColumnCount; ++column)
            fields.append(query.value(column).toString());
        title = fields.at(EventColumn);
        agencyKey = fields.at(AgencyColumn);
        hasProject = !query.isNull(ProjectColumn);
        hasAgencyCountry = !query.isNull(AgencyCountryColumn);
        participants = query.value(ParticipantsColumn).toLongLong();
        eventId = query.value(CsvColumnCount).toLongLong();
        participationId = query.value(CsvColumnCount + 1).toLongLong();
    }

    QStringList fields;
    QString title;
    QString agencyKey;
    bool hasProject = false;
    bool hasAgencyCountry = false;
    qint64 participants = 0;
    qint64 eventId = 0;
    qint64 participationId = 0;
};

// Decides, row after row, which rows an import into an empty record base
// would refuse. The importer trims every value and knows events by project,
// title and start date, agencies by their acronym or name (an agency it
// creates has the value as its name), so the checks compare trimmed values.
class CsvRowFilter
{
public:
    unsigned reasonsToSkip(const CsvRow &row)
    {
        using Report = RecordExport::CsvReport;
        const QString project = row.fields.at(ProjectColumn).trimmed();
        const QString title = row.title.trimmed();
        const QString start = row.fields.at(StartDateColumn);
        const QString agency = row.agencyKey.trimmed();
        const QString country = row.fields.at(AgencyCountryColumn);
        unsigned reasons = 0;
        if (!row.hasProject || project.isEmpty())
            reasons |= Report::NoProject;
        if (!isFullDate(start))
            reasons |= Report::NoStartDay;
        if (title.isEmpty())
            reasons |= Report::NoEventTitle;
        if (agency.isEmpty())
            reasons |= Report::NoAgencyName;
        if (!row.hasAgencyCountry)
            reasons |= Report::AgencyWithoutCountry;
        if (reasons != 0)
            return reasons;

        // The first event of a key owns it.
        const QString eventKey = project + QChar(0x1f) + start + QChar(0x1f) + title;
        const auto owner = m_eventByKey.constFind(eventKey);
        if (owner == m_eventByKey.cend())
            m_eventByKey.insert(eventKey, row.eventId);
        else if (*owner != row.eventId)
            return Report::SameEventKey;

        // The first country given for an agency's key is its country; an
        // event names each agency once.
        if (row.eventId != m_event) {
            m_event = row.eventId;
            m_eventAgencies.clear();
        }
        const auto known = m_countryByAgency.constFind(agency);
        if ((known != m_countryByAgency.cend() && *known != country)
            || m_eventAgencies.contains(agency))
            return Report::SameAgencyKey;
        m_countryByAgency.insert(agency, country);
        m_eventAgencies.insert(agency);
        return 0;
    }

private:
    QHash<QString, qint64> m_eventByKey;
    QHash<QString, QString> m_countryByAgency;
    qint64 m_event = 0;
    QSet<QString> m_eventAgencies;
};

} // namespace

QStringList RecordExport::csvColumns()
{
    return ParticipationCsvFormat::header();
}

qint64 RecordExport::CsvReport::rowsSkippedFor(Reason reason) const
{
    return std::count_if(skipped.cbegin(), skipped.cend(),
                         [reason](const SkippedRow &row) { return row.reasons & reason; });
}

QString RecordExport::CsvReport::summary() const
{
    QStringList sentences;
    if (rowsSkipped > 0) {
        const std::pair<Reason, QString> reasons[] = {
            {NoProject, tr("%1 at events without a project")},
            {NoStartDay, tr("%1 at events without a start date of year, month and day")},
            {NoEventTitle, tr("%1 at events whose title is only spaces")},
            {NoAgencyName, tr("%1 of agencies whose name is only spaces")},
            {AgencyWithoutCountry, tr("%1 of agencies without a country")},
            {SameEventKey, tr("%1 at events sharing project, title and start date with another")},
            {SameAgencyKey,
             tr("%1 of agencies sharing their acronym or name with another agency of the event "
                "or of another country")},
        };
        QStringList parts;
        for (const auto &[reason, text] : reasons) {
            const qint64 rows = rowsSkippedFor(reason);
            if (rows > 0)
                parts.append(text.arg(rows));
        }
        sentences.append(tr("Left out %1 of %2 participation records (%3 participants), which "
                            "the import format cannot hold: %4.")
                             .arg(rowsSkipped)
                             .arg(rowsWritten + rowsSkipped)
                             .arg(participantsSkipped)
                             .arg(parts.join(QStringLiteral("; "))));
    }
    if (eventsWithoutOrganiser > 0)
        sentences.append(tr("Left the organiser empty at %1 events: it takes part in none of "
                            "the file's rows, so an import could not create it.")
                             .arg(eventsWithoutOrganiser));
    if (eventsWithoutEndDate > 0)
        sentences.append(tr("Left the end date empty at %1 events: it is only a year or a month.")
                             .arg(eventsWithoutEndDate));
    return sentences.join(QLatin1Char(' '));
}
bool RecordExport::writeJson(const Database &db, const QString &path, QString *error)
{
    const QString shown = shownPath(path);
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!db.isOpen())
        return fail(tr("Cannot write %1: the record base is not open.").arg(shown));

    // Write to a temporary file and rename: a failed export leaves no half
    // file and never damages an existing one.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("Cannot write %1: %2").arg(shown, file.errorString()));

    {
        const ReadSnapshot snapshot(db);
        Output out(file);
        QByteArray &buffer = out.buffer();
        buffer += "{\n    \"format\": \"liaison-records\",\n    \"version\": ";
        buffer += QByteArray::number(FormatVersion);
        buffer += ",\n    \"schema_version\": ";
        buffer += QByteArray::number(db.userVersion());
        for (const Table &table : tables) {
            buffer += ",\n";
            QString problem;
            if (!writeJsonTable(db, table, out, &problem)) {
                if (problem.isEmpty())
                    return fail(tr("Cannot write %1: %2").arg(shown, file.errorString()));
                return fail(tr("Cannot write %1: reading %2 from %3 failed: %4")
                                .arg(shown, QString::fromLatin1(table.name),
                                     QDir::toNativeSeparators(db.path()), problem));
            }
        }
        buffer += "\n}\n";
        if (!out.flush())
            return fail(tr("Cannot write %1: %2").arg(shown, file.errorString()));
    }
    if (!file.commit())
        return fail(tr("Cannot write %1: %2").arg(shown, file.errorString()));
    return true;
}

bool RecordExport::writeParticipationCsv(const Database &db, const QString &path, QString *error,
                                         CsvReport *report)
{
    const QString shown = shownPath(path);
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!db.isOpen())
        return fail(tr("Cannot write %1: the record base is not open.").arg(shown));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("Cannot write %1: %2").arg(shown, file.errorString()));

    CsvReport result;
    {
        const ReadSnapshot snapshot(db);
        QSqlQuery query(db.connection());
        query.setForwardOnly(true);
        // Projects, agencies and organisers by acronym, or by name where they
        // have none: what the importer looks them up by. The rows of an event
        // are consecutive (e.id before the agency only orders events that
        // share project, date and title).
        const QString sql = QStringLiteral(R"(
            SELECT COALESCE(pr.acronym, pr.name) AS project_key, e.title, e.kind,
                   e.start_date, e.end_date, e.city, e.country_code,
                   COALESCE(o.acronym, o.name),
                   COALESCE(a.acronym, a.name) AS agency_key, a.country_code,
                   p.participants, COALESCE(NULLIF(s.title, ''), s.url),
                   e.id, p.id
            FROM participation p
            JOIN events e ON e.id = p.event_id
            JOIN agencies a ON a.id = p.agency_id
            LEFT JOIN projects pr ON pr.id = e.project_id
            LEFT JOIN agencies o ON o.id = e.organiser_id
            LEFT JOIN sources s ON s.id = p.source_id
            ORDER BY project_key, e.start_date, e.title, e.id, agency_key, p.id)")
                                .replace(QStringLiteral("ORDER BY project_key, e.start_date, "
                                                        "e.title, e.id, agency_key, p.id"),
                                         csvOrder(db));
        const auto readFailed = [&] {
            return fail(tr("Cannot write %1: reading the participation from %2 failed: %3")
                            .arg(shown, QDir::toNativeSeparators(db.path()),
                                 Database::describeError(query.lastError())));
        };

        // Two passes over the same rows: the first finds the rows the file
        // can hold, and so the agencies an import of it creates, which are
        // the only organisers it can name; the second writes.
        QSet<QString> writtenAgencies;
        for (const bool writing : {false, true}) {
            if (!query.exec(sql))
                return readFailed();
            Output out(file);
            QByteArray &buffer = out.buffer();
            if (writing) {
                buffer += csvColumns().join(QLatin1Char(',')).toUtf8();
                buffer += '\n';
            }
            CsvRowFilter filter;
            QList<CsvReport::SkippedRow> skipped;
            qint64 lastEvent = 0;
            while (query.next()) {
                const CsvRow row(query);
                const unsigned reasons = filter.reasonsToSkip(row);
                if (reasons != 0) {
                    if (writing)
                        skipped.append({row.participationId, row.eventId, row.title, row.agencyKey,
                                        row.participants, reasons});
                    continue;
                }
                if (!writing) {
                    writtenAgencies.insert(row.agencyKey.trimmed());
                    continue;
                }
                QStringList fields = row.fields;
                const bool organiserLeftOut = !fields.at(OrganiserColumn).trimmed().isEmpty()
                    && !writtenAgencies.contains(fields.at(OrganiserColumn).trimmed());
                const bool endDateLeftOut =
                    !fields.at(EndDateColumn).isEmpty() && !isFullDate(fields.at(EndDateColumn));
                if (organiserLeftOut)
                    fields[OrganiserColumn].clear();
                if (endDateLeftOut)
                    fields[EndDateColumn].clear();
                if (row.eventId != lastEvent) {
                    lastEvent = row.eventId;
                    result.eventsWithoutOrganiser += organiserLeftOut ? 1 : 0;
                    result.eventsWithoutEndDate += endDateLeftOut ? 1 : 0;
                }
                for (qsizetype column = 0; column < fields.size(); ++column) {
                    if (column > 0)
                        buffer += ',';
                    buffer += csvField(fields.at(column));
                }
                buffer += '\n';
                ++result.rowsWritten;
                if (!out.maybeFlush())
                    return fail(tr("Cannot write %1: %2").arg(shown, file.errorString()));
            }
            if (query.lastError().isValid())
                return readFailed();
            if (!out.flush())
                return fail(tr("Cannot write %1: %2").arg(shown, file.errorString()));
            if (writing) {
                std::sort(skipped.begin(), skipped.end(), [](const auto &a, const auto &b) {
                    return a.participationId < b.participationId;
                });
                for (const CsvReport::SkippedRow &row : skipped) {
                    ++result.rowsSkipped;
                    result.participantsSkipped += row.participants;
                }
                result.skipped = skipped;
            }
        }
    }
    if (!file.commit())
        return fail(tr("Cannot write %1: %2").arg(shown, file.errorString()));
    if (report)
        *report = result;
    return true;
}

} // namespace liaison
