// SPDX-License-Identifier: GPL-3.0-or-later
#include "participationimport.h"

#include "bulkeventindexing.h"
#include "csvreader.h"
#include "database.h"
#include "participationcsvformat.h"
#include "sqldialect.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <algorithm>
#include <array>
#include <optional>
#include <vector>

namespace liaison {

namespace {

using Format = ParticipationCsvFormat;
using Column = Format::Column;
using enum Format::Column;
constexpr auto columnNames = Format::columnNames;
constexpr auto columnRequired = Format::columnRequired;

constexpr std::array<const char *, 7> eventKinds = {"seminar",    "course",  "webinar", "training",
                                                    "conference", "meeting", "module"};

// The details of an event besides its key (project, title, start date).
enum Detail { KindDetail, EndDateDetail, CityDetail, CountryDetail, OrganiserDetail, DetailCount };

constexpr std::array<Column, DetailCount> detailColumns = {
    EventKindColumn, EndDateColumn, CityColumn, CountryColumn, OrganiserColumn};

QString columnName(int column)
{
    return QLatin1String(columnNames[size_t(column)]);
}

// SQLite's NOCASE folds ASCII letters only; acronyms match the same way.
QString asciiLower(const QString &text)
{
    QString folded = text;
    for (QChar &c : folded) {
        if (c.unicode() >= u'A' && c.unicode() <= u'Z')
            c = QChar(char16_t(c.unicode() + (u'a' - u'A')));
    }
    return folded;
}

// Country codes in upper case, ASCII letters only: QString::toUpper would
// turn "ß" into "SS" (South Sudan) and "ﬁ" into "FI" (Finland).
QString asciiUpper(const QString &text)
{
    QString upper = text;
    for (QChar &c : upper) {
        if (c.unicode() >= u'a' && c.unicode() <= u'z')
            c = QChar(char16_t(c.unicode() - (u'a' - u'A')));
    }
    return upper;
}

// A value as the import takes it: trimmed, and without the U+FEFF or U+FFFE
// it starts with. SQLite reads either at the start of text bound as UTF-16,
// as QtSql binds it, as a byte order mark: it drops U+FEFF and reads the
// rest of the text after U+FFFE byte-swapped. Stored so, a value would not be
// the one the file gave, and a second import would not find its records.
QString trimmedValue(const QString &text)
{
    QString value = text.trimmed();
    while (value.startsWith(QChar(0xFEFF)) || value.startsWith(QChar(0xFFFE)))
        value = value.mid(1).trimmed();
    return value;
}

QString eventKindList()
{
    QStringList kinds;
    for (const char *kind : eventKinds)
        kinds.append(QLatin1String(kind));
    return kinds.join(QStringLiteral(", "));
}

bool isEventKind(const QString &text)
{
    return std::any_of(eventKinds.begin(), eventKinds.end(),
                       [&](const char *kind) { return text == QLatin1String(kind); });
}

// YYYY-MM-DD of a real day, with a year the schema accepts (1000 to 2999).
bool isIsoDay(const QString &text)
{
    if (text.size() != 10 || text.at(4) != u'-' || text.at(7) != u'-')
        return false;
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (text.at(i) < u'0' || text.at(i) > u'9')
            return false;
    }
    if (text.at(0) != u'1' && text.at(0) != u'2')
        return false;
    return QDate::fromString(text, Qt::ISODate).isValid();
}

bool parseCount(const QString &text, qint64 *count)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    bool ok = false;
    *count = text.toLongLong(&ok);
    return ok;
}

bool looksLikeUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme();
    return url.isValid() && !url.host().isEmpty()
        && (scheme == QLatin1String("http") || scheme == QLatin1String("https")
            || scheme == QLatin1String("ftp"));
}

int editDistance(const QString &a, const QString &b)
{
    std::vector<int> previous(size_t(b.size()) + 1);
    std::vector<int> current(size_t(b.size()) + 1);
    for (size_t j = 0; j < previous.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[size_t(j - 1)] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            current[size_t(j)] =
                std::min({previous[size_t(j)] + 1, current[size_t(j - 1)] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous.back();
}

// The known column an unknown name was probably meant to be, or empty.
QString closestColumn(const QString &name)
{
    QString best;
    int bestDistance = 3;
    for (int column = 0; column < Format::ColumnCount; ++column) {
        const int distance = editDistance(name, columnName(column));
        if (distance < bestDistance) {
            bestDistance = distance;
            best = columnName(column);
        }
    }
    return best;
}

QString quoted(const QString &text)
{
    return QStringLiteral("\"%1\"").arg(text);
}

constexpr int Unknown = -1;
constexpr int Ambiguous = -2;

struct ProjectSlot
{
    qint64 id = 0; // 0: created by this import
    QString name;
    QString acronym;
    int firstRow = -1;
    QString display() const { return acronym.isEmpty() ? name : acronym; }
};

struct AgencySlot
{
    qint64 id = 0; // 0: created by this import, when some row gives its country
    QString name;
    QString acronym;
    QString country;
    int countryRow = -1; // the row that gave a new agency its country
    int firstRow = -1;
    bool isNew() const { return id == 0; }
    bool canExist() const { return id != 0 || !country.isEmpty(); }
    QString display() const { return acronym.isEmpty() ? name : acronym; }
};

struct EventSlot
{
    qint64 id = 0; // 0: created by this import
    int project = -1;
    QString title;
    QString startDate;
    // Details as text (the organiser as written or as its key); for an event
    // of the record base all of them are known, possibly empty.
    std::array<QString, DetailCount> details;
    std::array<int, DetailCount> detailRows; // the row that gave it; -1: the record base
    int organiser = Unknown; // an agency slot
    int firstRow = -1;
    bool isNew() const { return id == 0; }
};

struct Row
{
    int line = 0;
    QStringList fields; // trimmed
    int project = Unknown;
    int agency = Unknown;
    int organiser = Unknown;
    int event = Unknown;
    qint64 participants = 0;
};

class Importer
{
public:
    Importer(Database &db, const QString &path)
        : m_db(db)
        , m_path(path)
        , m_shownPath(QDir::toNativeSeparators(path))
    { }

    // Reads the CSV; false when it cannot be checked further.
    bool read(ParticipationImport::Preview *preview, int previewRows);
    // Checks every row against the record base; false on any problem.
    bool check();
    // Writes the checked rows; the caller holds the transaction.
    bool write(const std::function<bool(qint64, qint64)> &progress, bool *cancelled);

    // Sorted by line, at most MaxProblems.
    QList<ParticipationImport::Problem> problems() const;
    qint64 problemCount() const { return m_problems.size(); }
    qint64 rowCount() const { return qint64(m_rows.size()); }
    const ParticipationImport::Result &result() const { return m_result; }

    void problem(int line, const QString &message)
    {
        m_problems.append({m_shownPath, line, message});
    }

private:
    // From this many new events on, they are indexed for search in one
    // statement (BulkEventIndexing); fewer are not worth a schema change.
    static constexpr qsizetype BulkIndexingFrom = 100;

    QString value(const Row &row, Column column) const
    {
        const int index = m_fieldOf[size_t(column)];
        return index < 0 ? QString() : row.fields.at(index);
    }
    bool hasColumn(Column column) const { return m_fieldOf[size_t(column)] >= 0; }
    void rowProblem(const Row &row, Column column, const QString &message)
    {
        problem(row.line, QStringLiteral("%1: %2").arg(columnName(column), message));
    }
    int lineOf(int row) const { return m_rows.at(size_t(row)).line; }

    bool checkHeader(const CsvReader::Record &header);
    bool loadRecordBase();
    bool queryFailed(const QSqlQuery &query);
    int findProject(const QString &key);
    int findAgency(const QString &key);
    int findEvent(int project, const QString &title, const QString &startDate, Row &row);
    void checkFields(Row &row);
    void resolveProjectAndAgency(Row &row, int rowIndex);
    void resolveEvent(Row &row, int rowIndex);
    void mergeDetail(Row &row, EventSlot &event, Detail detail, const QString &given);
    std::optional<qint64> sourceFor(int rowIndex, int line);
    bool exec(QSqlQuery &query, int line);
    // An INSERT as this engine gives back the new id, and that id after exec().
    QString insertReturningId(const QString &insert) const;
    qint64 insertedId(QSqlQuery &query) const;

    Database &m_db;
    QString m_path;
    QString m_shownPath;
    std::array<int, Format::ColumnCount> m_fieldOf {};
    int m_fieldCount = 0;
    std::vector<Row> m_rows;
    QList<ParticipationImport::Problem> m_problems;

    QSet<QString> m_countries;
    std::vector<ProjectSlot> m_projects;
    QHash<QString, int> m_projectByAcronym; // ASCII-lowered acronym
    QHash<QString, int> m_projectByName; // Ambiguous when shared
    QHash<QString, int> m_projectByKey; // the value as written
    std::vector<AgencySlot> m_agencies;
    QHash<QString, int> m_agencyByAcronym;
    QHash<QString, int> m_agencyByName;
    QHash<QString, int> m_agencyByKey;
    QHash<qint64, int> m_agencyById;
    std::vector<EventSlot> m_events;
    QHash<QString, int> m_eventByKey;
    QHash<quint64, int> m_participationRow; // event slot << 32 | agency slot
    std::optional<QSqlQuery> m_findEvent;

    QString m_fileSourceTitle;
    QHash<QString, qint64> m_sourceByTitle;
    QHash<QString, qint64> m_sourceByUrl;
    QHash<qint64, bool> m_createdSourceUsed;
    std::optional<QSqlQuery> m_insertSource;
    ParticipationImport::Result m_result;
};

bool Importer::read(ParticipationImport::Preview *preview, int previewRows)
{
    const QFileInfo info(m_path);
    if (m_path.isEmpty()) {
        problem(0, ParticipationImport::tr("no file to import was given"));
        return false;
    }
    if (!info.exists()) {
        problem(0, ParticipationImport::tr("no such file"));
        return false;
    }
    if (info.isDir()) {
        problem(0, ParticipationImport::tr("a folder, not a CSV file"));
        return false;
    }
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        problem(0, ParticipationImport::tr("cannot read the file: %1").arg(file.errorString()));
        return false;
    }
    CsvReader reader(&file);
    if (reader.isBlank()) {
        problem(1,
                ParticipationImport::tr("the file is empty; it needs a header line naming the "
                                        "columns and then one line per event and agency"));
        return false;
    }
    if (!reader.isValidUtf8()) {
        for (const CsvReader::Error &error : reader.errors())
            problem(error.line, error.message);
        return false;
    }

    CsvReader::Record header;
    reader.readNext(&header);
    if (preview)
        preview->columns = header.fields;
    CsvReader::Record record;
    while (reader.readNext(&record)) {
        Row row;
        row.line = record.line;
        row.fields = record.fields;
        bool blank = true;
        for (QString &field : row.fields) {
            field = trimmedValue(field);
            blank = blank && field.isEmpty();
        }
        // A row of empty fields (";;;" from a spreadsheet) is no row.
        if (blank)
            continue;
        if (preview && preview->rows.size() < previewRows)
            preview->rows.append(record.fields);
        m_rows.push_back(std::move(row));
    }
    if (preview)
        preview->rowCount = rowCount();
    if (!reader.errors().isEmpty()) {
        for (const CsvReader::Error &error : reader.errors())
            problem(error.line, error.message);
        return false;
    }
    if (!checkHeader(header))
        return false;
    if (m_rows.empty()) {
        problem(header.line,
                ParticipationImport::tr("the file has a header but no rows to import"));
        return false;
    }
    return true;
}

bool Importer::checkHeader(const CsvReader::Record &header)
{
    m_fieldOf.fill(-1);
    m_fieldCount = int(header.fields.size());
    bool ok = true;
    QStringList known;
    for (int column = 0; column < Format::ColumnCount; ++column)
        known.append(columnName(column));
    for (int field = 0; field < m_fieldCount; ++field) {
        const QString written = trimmedValue(header.fields.at(field));
        const QString name = asciiLower(written);
        if (name.isEmpty()) {
            problem(header.line,
                    ParticipationImport::tr("column %1 of the header has no name").arg(field + 1));
            ok = false;
            continue;
        }
        const int column = int(known.indexOf(name));
        if (column < 0) {
            const QString suggestion = closestColumn(name);
            problem(header.line,
                    suggestion.isEmpty()
                        ? ParticipationImport::tr("unknown column %1; the columns are: %2")
                              .arg(quoted(written), known.join(QStringLiteral(", ")))
                        : ParticipationImport::tr("unknown column %1 (did you mean %2?); the "
                                                  "columns are: %3")
                              .arg(quoted(written), quoted(suggestion),
                                   known.join(QStringLiteral(", "))));
            ok = false;
            continue;
        }
        if (m_fieldOf[size_t(column)] >= 0) {
            problem(header.line,
                    ParticipationImport::tr("column %1 appears twice (columns %2 and %3)")
                        .arg(quoted(written))
                        .arg(m_fieldOf[size_t(column)] + 1)
                        .arg(field + 1));
            ok = false;
            continue;
        }
        m_fieldOf[size_t(column)] = field;
    }
    for (int column = 0; column < Format::ColumnCount; ++column) {
        if (columnRequired[size_t(column)] && m_fieldOf[size_t(column)] < 0) {
            problem(header.line,
                    ParticipationImport::tr("the required column %1 is missing")
                        .arg(quoted(columnName(column))));
            ok = false;
        }
    }
    return ok;
}

bool Importer::queryFailed(const QSqlQuery &query)
{
    problem(0,
            ParticipationImport::tr("cannot read the record base %1: %2")
                .arg(QDir::toNativeSeparators(m_db.path()),
                     Database::describeError(query.lastError())));
    return false;
}

bool Importer::loadRecordBase()
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT code FROM countries")))
        return queryFailed(query);
    while (query.next())
        m_countries.insert(query.value(0).toString());

    if (!query.exec(QStringLiteral("SELECT id, name, acronym FROM projects ORDER BY id")))
        return queryFailed(query);
    while (query.next()) {
        ProjectSlot project;
        project.id = query.value(0).toLongLong();
        project.name = query.value(1).toString();
        project.acronym = query.value(2).toString();
        const int slot = int(m_projects.size());
        if (!project.acronym.isEmpty())
            m_projectByAcronym.insert(asciiLower(project.acronym), slot);
        const auto named = m_projectByName.constFind(project.name);
        m_projectByName.insert(project.name, named == m_projectByName.cend() ? slot : Ambiguous);
        m_projects.push_back(std::move(project));
    }

    if (!query.exec(
            QStringLiteral("SELECT id, name, acronym, country_code FROM agencies ORDER BY id")))
        return queryFailed(query);
    while (query.next()) {
        AgencySlot agency;
        agency.id = query.value(0).toLongLong();
        agency.name = query.value(1).toString();
        agency.acronym = query.value(2).toString();
        agency.country = query.value(3).toString();
        const int slot = int(m_agencies.size());
        if (!agency.acronym.isEmpty())
            m_agencyByAcronym.insert(asciiLower(agency.acronym), slot);
        const auto named = m_agencyByName.constFind(agency.name);
        m_agencyByName.insert(agency.name, named == m_agencyByName.cend() ? slot : Ambiguous);
        m_agencyById.insert(agency.id, slot);
        m_agencies.push_back(std::move(agency));
    }

    m_findEvent.emplace(m_db.connection());
    m_findEvent->setForwardOnly(true);
    if (!m_findEvent->prepare(QStringLiteral(
            "SELECT id, kind, end_date, city, country_code, organiser_id FROM events "
            "WHERE project_id = ? AND start_date = ? AND title = ? ORDER BY id")))
        return queryFailed(*m_findEvent);
    return true;
}

int Importer::findProject(const QString &key)
{
    const auto known = m_projectByKey.constFind(key);
    if (known != m_projectByKey.cend())
        return *known;
    int slot = m_projectByAcronym.value(asciiLower(key), Unknown);
    if (slot == Unknown)
        slot = m_projectByName.value(key, Unknown);
    if (slot == Unknown) {
        ProjectSlot project;
        project.name = key;
        slot = int(m_projects.size());
        m_projects.push_back(std::move(project));
    }
    m_projectByKey.insert(key, slot);
    return slot;
}

int Importer::findAgency(const QString &key)
{
    const auto known = m_agencyByKey.constFind(key);
    if (known != m_agencyByKey.cend())
        return *known;
    int slot = m_agencyByAcronym.value(asciiLower(key), Unknown);
    if (slot == Unknown)
        slot = m_agencyByName.value(key, Unknown);
    m_agencyByKey.insert(key, slot);
    return slot;
}

void Importer::checkFields(Row &row)
{
    if (row.fields.size() != m_fieldCount) {
        problem(row.line,
                ParticipationImport::tr("the row has %1 fields but the header has %2 (is a "
                                        "field with a delimiter not in quotes?)")
                    .arg(row.fields.size())
                    .arg(m_fieldCount));
        return;
    }
    for (int column = 0; column < Format::ColumnCount; ++column) {
        if (columnRequired[size_t(column)] && value(row, Column(column)).isEmpty())
            rowProblem(row, Column(column), ParticipationImport::tr("empty, but required"));
    }
    const QString kind = value(row, EventKindColumn);
    if (!kind.isEmpty() && !isEventKind(asciiLower(kind)))
        rowProblem(
            row, EventKindColumn,
            ParticipationImport::tr("%1 is not one of %2").arg(quoted(kind), eventKindList()));
    const QString start = value(row, StartDateColumn);
    const bool startValid = isIsoDay(start);
    if (!start.isEmpty() && !startValid)
        rowProblem(
            row, StartDateColumn,
            ParticipationImport::tr("%1 is not a date of the form YYYY-MM-DD").arg(quoted(start)));
    const QString end = value(row, EndDateColumn);
    if (!end.isEmpty()) {
        if (!isIsoDay(end))
            rowProblem(row, EndDateColumn,
                       ParticipationImport::tr("%1 is not a date of the form YYYY-MM-DD")
                           .arg(quoted(end)));
        else if (startValid && end < start)
            rowProblem(row, EndDateColumn,
                       ParticipationImport::tr("%1 is before the start_date %2")
                           .arg(quoted(end), quoted(start)));
    }
    for (Column column : {CountryColumn, AgencyCountryColumn}) {
        const QString code = value(row, column);
        if (!code.isEmpty() && !m_countries.contains(asciiUpper(code)))
            rowProblem(row, column,
                       ParticipationImport::tr("%1 is not an ISO 3166-1 alpha-2 country code")
                           .arg(quoted(code)));
    }
    const QString count = value(row, ParticipantsColumn);
    if (!count.isEmpty() && !parseCount(count, &row.participants))
        rowProblem(
            row, ParticipantsColumn,
            ParticipationImport::tr("%1 is not a whole number of 0 or more").arg(quoted(count)));
}

void Importer::resolveProjectAndAgency(Row &row, int rowIndex)
{
    const QString projectKey = value(row, ProjectColumn);
    if (!projectKey.isEmpty()) {
        row.project = findProject(projectKey);
        if (row.project == Ambiguous)
            rowProblem(row, ProjectColumn,
                       ParticipationImport::tr("%1 is the name of several projects in the record "
                                               "base; give the acronym")
                           .arg(quoted(projectKey)));
        else if (m_projects[size_t(row.project)].firstRow < 0)
            m_projects[size_t(row.project)].firstRow = rowIndex;
    }

    const QString agencyKey = value(row, AgencyColumn);
    if (agencyKey.isEmpty())
        return;
    row.agency = findAgency(agencyKey);
    if (row.agency == Ambiguous) {
        rowProblem(row, AgencyColumn,
                   ParticipationImport::tr("%1 is the name of several agencies in the record "
                                           "base; give the acronym")
                       .arg(quoted(agencyKey)));
        return;
    }
    if (row.agency == Unknown) {
        AgencySlot agency;
        agency.name = agencyKey;
        row.agency = int(m_agencies.size());
        m_agencies.push_back(std::move(agency));
        m_agencyByKey.insert(agencyKey, row.agency);
    }
    AgencySlot &agency = m_agencies[size_t(row.agency)];
    if (agency.firstRow < 0)
        agency.firstRow = rowIndex;
    const QString country = asciiUpper(value(row, AgencyCountryColumn));
    if (country.isEmpty() || !m_countries.contains(country))
        return;
    if (agency.isNew() && agency.country.isEmpty()) {
        agency.country = country;
        agency.countryRow = rowIndex;
    } else if (agency.country != country) {
        const QString stored =
            agency.country.isEmpty() ? ParticipationImport::tr("none") : quoted(agency.country);
        rowProblem(row, AgencyCountryColumn,
                   agency.isNew()
                       ? ParticipationImport::tr("%1 differs from %2 given for the new agency %3 "
                                                 "on line %4")
                             .arg(quoted(country), stored, quoted(agencyKey))
                             .arg(lineOf(agency.countryRow))
                       : ParticipationImport::tr("%1 differs from the country of %2 in the record "
                                                 "base (%3)")
                             .arg(quoted(country), quoted(agencyKey), stored));
    }
}

int Importer::findEvent(int project, const QString &title, const QString &startDate, Row &row)
{
    const QString key = QString::number(project) + QChar(0x1f) + startDate + QChar(0x1f) + title;
    const auto known = m_eventByKey.constFind(key);
    if (known != m_eventByKey.cend())
        return *known;

    EventSlot event;
    event.project = project;
    event.title = title;
    event.startDate = startDate;
    event.detailRows.fill(-1);
    const ProjectSlot &projectSlot = m_projects[size_t(project)];
    if (projectSlot.id != 0) {
        QSqlQuery &query = *m_findEvent;
        query.bindValue(0, projectSlot.id);
        query.bindValue(1, startDate);
        query.bindValue(2, title);
        if (!query.exec()) {
            queryFailed(query);
            return Unknown;
        }
        int found = 0;
        while (query.next()) {
            if (++found > 1)
                break;
            event.id = query.value(0).toLongLong();
            event.details[KindDetail] = query.value(1).toString();
            event.details[EndDateDetail] = query.value(2).toString();
            event.details[CityDetail] = query.value(3).toString();
            event.details[CountryDetail] = query.value(4).toString();
            if (!query.value(5).isNull()) {
                event.organiser = m_agencyById.value(query.value(5).toLongLong(), Unknown);
                if (event.organiser >= 0)
                    event.details[OrganiserDetail] = m_agencies[size_t(event.organiser)].display();
            }
        }
        query.finish();
        if (found > 1) {
            rowProblem(row, EventColumn,
                       ParticipationImport::tr("several events of %1 named %2 start on %3 in the "
                                               "record base; the import cannot tell which one")
                           .arg(quoted(projectSlot.display()), quoted(title), startDate));
            m_eventByKey.insert(key, Ambiguous);
            return Ambiguous;
        }
    }
    const int slot = int(m_events.size());
    m_events.push_back(std::move(event));
    m_eventByKey.insert(key, slot);
    return slot;
}

void Importer::mergeDetail(Row &row, EventSlot &event, Detail detail, const QString &given)
{
    const Column column = detailColumns[size_t(detail)];
    QString &known = event.details[size_t(detail)];
    int &knownRow = event.detailRows[size_t(detail)];
    if (event.isNew() && knownRow < 0) {
        known = given;
        knownRow = int(&row - m_rows.data());
        return;
    }
    if (detail == OrganiserDetail ? row.organiser == event.organiser : given == known)
        return;
    const QString stored = known.isEmpty() ? ParticipationImport::tr("none") : quoted(known);
    rowProblem(row, column,
               event.isNew()
                   ? ParticipationImport::tr("%1 differs from %2 given for the same event on "
                                             "line %3")
                         .arg(quoted(given), stored)
                         .arg(lineOf(knownRow))
                   : ParticipationImport::tr("%1 differs from the event's %2 in the record base "
                                             "(%3); the import does not change events")
                         .arg(quoted(given), columnName(column), stored));
}

void Importer::resolveEvent(Row &row, int rowIndex)
{
    const QString organiserKey = value(row, OrganiserColumn);
    if (!organiserKey.isEmpty()) {
        row.organiser = findAgency(organiserKey);
        if (row.organiser == Ambiguous)
            rowProblem(row, OrganiserColumn,
                       ParticipationImport::tr("%1 is the name of several agencies in the record "
                                               "base; give the acronym")
                           .arg(quoted(organiserKey)));
        else if (row.organiser == Unknown || !m_agencies[size_t(row.organiser)].canExist())
            rowProblem(row, OrganiserColumn,
                       ParticipationImport::tr("%1 is not an agency of the record base or of "
                                               "this file")
                           .arg(quoted(organiserKey)));
    }

    const QString title = value(row, EventColumn);
    const QString start = value(row, StartDateColumn);
    if (row.project < 0 || title.isEmpty() || !isIsoDay(start))
        return;
    row.event = findEvent(row.project, title, start, row);
    if (row.event < 0)
        return;
    EventSlot &event = m_events[size_t(row.event)];
    if (event.firstRow < 0)
        event.firstRow = rowIndex;

    for (int detail = 0; detail < DetailCount; ++detail) {
        QString given = value(row, detailColumns[size_t(detail)]);
        if (given.isEmpty())
            continue;
        if (detail == KindDetail)
            given = asciiLower(given);
        else if (detail == CountryDetail)
            given = asciiUpper(given);
        if ((detail == KindDetail && !isEventKind(given))
            || (detail == EndDateDetail && !isIsoDay(given))
            || (detail == CountryDetail && !m_countries.contains(given))
            || (detail == OrganiserDetail && row.organiser < 0))
            continue; // reported already
        if (detail == OrganiserDetail && event.isNew() && event.detailRows[OrganiserDetail] < 0)
            event.organiser = row.organiser;
        mergeDetail(row, event, Detail(detail), given);
    }

    if (row.agency < 0)
        return;
    const quint64 pair = (quint64(quint32(row.event)) << 32) | quint32(row.agency);
    const auto earlier = m_participationRow.constFind(pair);
    if (earlier != m_participationRow.cend()) {
        problem(row.line,
                ParticipationImport::tr("the event %1 (%2, %3) and the agency %4 are already on "
                                        "line %5; give each participation once")
                    .arg(quoted(title), m_projects[size_t(row.project)].display(), start,
                         quoted(value(row, AgencyColumn)))
                    .arg(lineOf(*earlier)));
        return;
    }
    m_participationRow.insert(pair, rowIndex);
}

bool Importer::check()
{
    if (!loadRecordBase())
        return false;
    for (size_t i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        checkFields(row);
        if (row.fields.size() == m_fieldCount)
            resolveProjectAndAgency(row, int(i));
    }
    // An unknown agency may get its country on any of its rows.
    for (const AgencySlot &agency : m_agencies) {
        if (!agency.canExist() && agency.firstRow >= 0) {
            Row &row = m_rows[size_t(agency.firstRow)];
            rowProblem(row, AgencyColumn,
                       ParticipationImport::tr("%1 is not in the record base; to create it, give "
                                               "its agency_country")
                           .arg(quoted(agency.name)));
        }
    }
    for (size_t i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        if (row.fields.size() == m_fieldCount)
            resolveEvent(row, int(i));
    }
    for (const EventSlot &event : m_events) {
        if (!event.isNew() || event.firstRow < 0 || !event.details[KindDetail].isEmpty())
            continue;
        Row &row = m_rows[size_t(event.firstRow)];
        rowProblem(row, EventKindColumn,
                   hasColumn(EventKindColumn)
                       ? ParticipationImport::tr("empty, but the event %1 is not in the record "
                                                 "base and a new event needs a kind: %2")
                             .arg(quoted(event.title), eventKindList())
                       : ParticipationImport::tr("the event %1 is not in the record base and a "
                                                 "new event needs a kind: add an event_kind "
                                                 "column (%2)")
                             .arg(quoted(event.title), eventKindList()));
    }
    return m_problems.isEmpty();
}

QString Importer::insertReturningId(const QString &insert) const
{
    return m_db.isPostgres() ? SqlDialect::returningId(insert) : insert;
}

qint64 Importer::insertedId(QSqlQuery &query) const
{
    if (!m_db.isPostgres())
        return query.lastInsertId().toLongLong();
    const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return id;
}

bool Importer::exec(QSqlQuery &query, int line)
{
    if (query.exec())
        return true;
    problem(line,
            ParticipationImport::tr("cannot write to the record base %1: %2")
                .arg(QDir::toNativeSeparators(m_db.path()),
                     Database::describeError(query.lastError())));
    return false;
}

std::optional<qint64> Importer::sourceFor(int rowIndex, int line)
{
    QString text = value(m_rows[size_t(rowIndex)], SourceColumn);
    const bool isFileSource = text.isEmpty();
    if (isFileSource) {
        if (m_fileSourceTitle.isEmpty())
            m_fileSourceTitle =
                ParticipationImport::tr("Import of %1").arg(QFileInfo(m_path).fileName());
        text = m_fileSourceTitle;
    }
    if (!m_insertSource) {
        // Sources are few; read once, they answer every row without a query
        // (neither title nor url is indexed).
        QSqlQuery query(m_db.connection());
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT id, title, url FROM sources ORDER BY id"))) {
            queryFailed(query);
            return std::nullopt;
        }
        while (query.next()) {
            // Where several share a title or URL, the first one.
            const qint64 id = query.value(0).toLongLong();
            const QString title = query.value(1).toString();
            const QString url = query.value(2).toString();
            if (!m_sourceByTitle.contains(title))
                m_sourceByTitle.insert(title, id);
            if (!url.isEmpty() && !m_sourceByUrl.contains(url))
                m_sourceByUrl.insert(url, id);
        }
        m_insertSource.emplace(m_db.connection());
        m_insertSource->prepare(insertReturningId(QStringLiteral(
            "INSERT INTO sources (title, url, kind) VALUES (?, ?, 'official_record')")));
    }
    // An exact title first, then an exact URL; the import's own source is
    // found by its title only.
    const auto byTitle = m_sourceByTitle.constFind(text);
    if (byTitle != m_sourceByTitle.cend())
        return *byTitle;
    if (!isFileSource) {
        const auto byUrl = m_sourceByUrl.constFind(text);
        if (byUrl != m_sourceByUrl.cend())
            return *byUrl;
    }

    const bool isUrl = !isFileSource && looksLikeUrl(text);
    QSqlQuery &insert = *m_insertSource;
    insert.bindValue(0, text);
    insert.bindValue(1, isUrl ? QVariant(text) : QVariant(QMetaType(QMetaType::QString)));
    if (!exec(insert, line))
        return std::nullopt;
    const qint64 id = insertedId(insert);
    m_sourceByTitle.insert(text, id);
    if (isUrl)
        m_sourceByUrl.insert(text, id);
    m_createdSourceUsed.insert(id, false);
    return id;
}

bool Importer::write(const std::function<bool(qint64, qint64)> &progress, bool *cancelled)
{
    const qint64 total = rowCount();
    if (progress && !progress(0, total)) {
        *cancelled = true;
        return false;
    }
    QSqlDatabase connection = m_db.connection();
    const auto useSource = [this](qint64 id) {
        const auto created = m_createdSourceUsed.find(id);
        if (created != m_createdSourceUsed.end())
            *created = true;
    };

    QSqlQuery insertAgency(connection);
    insertAgency.prepare(insertReturningId(
        QStringLiteral("INSERT INTO agencies (name, kind, country_code, source_id) "
                       "VALUES (?, 'national_agency', ?, ?)")));
    for (AgencySlot &agency : m_agencies) {
        if (!agency.isNew() || agency.firstRow < 0)
            continue;
        const int line = lineOf(agency.countryRow);
        const std::optional<qint64> source = sourceFor(agency.countryRow, line);
        if (!source)
            return false;
        insertAgency.bindValue(0, agency.name);
        insertAgency.bindValue(1, agency.country);
        insertAgency.bindValue(2, *source);
        if (!exec(insertAgency, line))
            return false;
        agency.id = insertedId(insertAgency);
        useSource(*source);
        ++m_result.agenciesCreated;
    }

    QSqlQuery insertProject(connection);
    insertProject.prepare(insertReturningId(
        QStringLiteral("INSERT INTO projects (name, kind, source_id) VALUES (?, 'project', ?)")));
    for (ProjectSlot &project : m_projects) {
        if (project.id != 0 || project.firstRow < 0)
            continue;
        const int line = lineOf(project.firstRow);
        const std::optional<qint64> source = sourceFor(project.firstRow, line);
        if (!source)
            return false;
        insertProject.bindValue(0, project.name);
        insertProject.bindValue(1, *source);
        if (!exec(insertProject, line))
            return false;
        project.id = insertedId(insertProject);
        useSource(*source);
        ++m_result.projectsCreated;
    }

    const auto textOrNull = [](const QString &text) {
        return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
    };
    // Many new events are indexed for search in one statement at the end.
    BulkEventIndexing bulkIndexing(m_db);
    const auto newEvents =
        std::count_if(m_events.cbegin(), m_events.cend(),
                      [](const EventSlot &e) { return e.isNew() && e.firstRow >= 0; });
    if (newEvents >= BulkIndexingFrom && !bulkIndexing.begin()) {
        problem(0, m_db.errorString());
        return false;
    }
    QSqlQuery insertEvent(connection);
    insertEvent.prepare(insertReturningId(
        QStringLiteral("INSERT INTO events (title, kind, start_date, end_date, city, country_code, "
                       "organiser_id, project_id, source_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")));
    for (EventSlot &event : m_events) {
        if (!event.isNew() || event.firstRow < 0)
            continue;
        const int line = lineOf(event.firstRow);
        const std::optional<qint64> source = sourceFor(event.firstRow, line);
        if (!source)
            return false;
        insertEvent.bindValue(0, event.title);
        insertEvent.bindValue(1, event.details[KindDetail]);
        insertEvent.bindValue(2, event.startDate);
        insertEvent.bindValue(3, textOrNull(event.details[EndDateDetail]));
        insertEvent.bindValue(4, textOrNull(event.details[CityDetail]));
        insertEvent.bindValue(5, textOrNull(event.details[CountryDetail]));
        insertEvent.bindValue(6,
                              event.organiser >= 0
                                  ? QVariant(m_agencies[size_t(event.organiser)].id)
                                  : QVariant(QMetaType(QMetaType::LongLong)));
        insertEvent.bindValue(7, m_projects[size_t(event.project)].id);
        insertEvent.bindValue(8, *source);
        if (!exec(insertEvent, line))
            return false;
        event.id = insertedId(insertEvent);
        useSource(*source);
        ++m_result.eventsCreated;
    }
    if (!bulkIndexing.finish()) {
        problem(0, m_db.errorString());
        return false;
    }

    // The count replaces the stored one; an equal count leaves the row (and
    // the source it cites) alone, so sqlite3_changes() (a server's row count
    // of the INSERT) says what was written. The stored count is named by its
    // table: a server finds a bare column name ambiguous here.
    QSqlQuery upsert(connection);
    upsert.prepare(
        QStringLiteral("INSERT INTO participation (event_id, agency_id, participants, source_id) "
                       "VALUES (?, ?, ?, ?) ON CONFLICT (event_id, agency_id) DO UPDATE SET "
                       "participants = excluded.participants, source_id = excluded.source_id "
                       "WHERE participation.participants <> excluded.participants"));
    for (size_t i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows[i];
        const std::optional<qint64> source = sourceFor(int(i), row.line);
        if (!source)
            return false;
        upsert.bindValue(0, m_events[size_t(row.event)].id);
        upsert.bindValue(1, m_agencies[size_t(row.agency)].id);
        upsert.bindValue(2, row.participants);
        upsert.bindValue(3, *source);
        if (!exec(upsert, row.line))
            return false;
        if (upsert.numRowsAffected() > 0) {
            ++m_result.participationWritten;
            useSource(*source);
        } else {
            ++m_result.participationUnchanged;
        }
        const qint64 done = qint64(i) + 1;
        if (progress && (done % ParticipationImport::ProgressInterval == 0 || done == total)
            && !progress(done, total)) {
            *cancelled = true;
            return false;
        }
    }

    // A source this import created that nothing cites goes again, e.g. the
    // import's own source when every count was already stored.
    QSqlQuery removeSource(connection);
    removeSource.prepare(QStringLiteral("DELETE FROM sources WHERE id = ?"));
    for (auto it = m_createdSourceUsed.cbegin(); it != m_createdSourceUsed.cend(); ++it) {
        if (it.value()) {
            ++m_result.sourcesCreated;
            continue;
        }
        removeSource.bindValue(0, it.key());
        if (!exec(removeSource, 0))
            return false;
    }
    return true;
}

// Each upsert runs with a statement journal (it may abort after writing).
// Once one statement's journal has outgrown 64 KiB, SQLite moves it to a
// temporary file and keeps writing there for every later statement of the
// transaction: about nine pwrite() calls per row, two thirds of the import's
// time on 100,000 rows. In memory the journal costs a copy. The setting is
// per connection and can only change outside a transaction; the previous one
// is restored afterwards.
// For the length of an import: temporary B-trees (the ON CONFLICT checks'
// sorting) in memory, and a page cache of 64 MiB instead of SQLite's 2 MiB, so
// the random inserts into the participation indexes of a large record base
// stay in memory (halves a 100,000-row import into 1M rows). Restored after.
class BulkLoadSettings
{
public:
    explicit BulkLoadSettings(Database &db)
        : m_db(db)
    {
        if (db.isPostgres())
            return; // SQLite's pragmas; a server tunes itself
        QSqlQuery query(db.connection());
        if (query.exec(QStringLiteral("PRAGMA temp_store")) && query.next())
            m_previousTempStore = query.value(0).toInt();
        if (query.exec(QStringLiteral("PRAGMA cache_size")) && query.next())
            m_previousCacheSize = query.value(0).toInt();
        if (m_previousTempStore != Memory)
            query.exec(QStringLiteral("PRAGMA temp_store = %1").arg(Memory));
        query.exec(QStringLiteral("PRAGMA cache_size = %1").arg(CacheKiB));
    }
    ~BulkLoadSettings()
    {
        if (m_db.isPostgres())
            return;
        QSqlQuery query(m_db.connection());
        if (m_previousTempStore != Memory)
            query.exec(QStringLiteral("PRAGMA temp_store = %1").arg(m_previousTempStore));
        query.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previousCacheSize));
    }
    BulkLoadSettings(const BulkLoadSettings &) = delete;
    BulkLoadSettings &operator=(const BulkLoadSettings &) = delete;

private:
    static constexpr int Memory = 2;
    static constexpr int CacheKiB = -64 * 1024; // negative: KiB, not pages
    Database &m_db;
    int m_previousTempStore = Memory;
    int m_previousCacheSize = -2000; // SQLite's default
};

QList<ParticipationImport::Problem> Importer::problems() const
{
    QList<ParticipationImport::Problem> sorted = m_problems;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const ParticipationImport::Problem &a,
                        const ParticipationImport::Problem &b) { return a.line < b.line; });
    if (sorted.size() > ParticipationImport::MaxProblems) {
        const qsizetype listed = ParticipationImport::MaxProblems - 1;
        const int more = int(sorted.size() - listed);
        sorted.resize(listed);
        sorted.append({m_shownPath, 0,
                       ParticipationImport::tr("%n more problems are not listed.", nullptr, more)});
    }
    return sorted;
}

} // namespace

QString ParticipationImport::Problem::toString() const
{
    if (line <= 0)
        return file.isEmpty() ? message : QStringLiteral("%1: %2").arg(file, message);
    return QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(message);
}

ParticipationImport::Preview ParticipationImport::preview(Database &db, const QString &path,
                                                          int previewRows)
{
    Preview preview;
    Importer importer(db, path);
    if (importer.read(&preview, previewRows))
        importer.check();
    preview.problems = importer.problems();
    preview.problemCount = importer.problemCount();
    return preview;
}

ParticipationImport::Result
ParticipationImport::run(Database &db, const QString &path,
                         const std::function<bool(qint64, qint64)> &progress)
{
    Importer importer(db, path);
    const auto failed = [&](bool cancelled) {
        Result result;
        result.rows = importer.rowCount();
        result.cancelled = cancelled;
        if (!cancelled) {
            result.problems = importer.problems();
            result.problemCount = importer.problemCount();
        }
        return result;
    };
    if (!importer.read(nullptr, 0))
        return failed(false);
    const BulkLoadSettings bulkLoad(db);
    // Checking inside the write transaction: nobody changes the record base
    // between the checks and the writes.
    if (!db.beginWrite()) {
        importer.problem(0, db.errorString());
        return failed(false);
    }
    bool cancelled = false;
    if (!importer.check() || !importer.write(progress, &cancelled)) {
        db.rollback();
        return failed(cancelled);
    }
    if (!db.commit()) {
        importer.problem(0, db.errorString());
        db.rollback();
        return failed(false);
    }
    Result result = importer.result();
    result.rows = importer.rowCount();
    result.ok = true;
    return result;
}

} // namespace liaison
