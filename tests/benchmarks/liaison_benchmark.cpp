// SPDX-License-Identifier: GPL-3.0-or-later
//
// liaison_benchmark: generates a deterministic synthetic record base of a
// chosen size and times what a user waits for on it, each operation beside the
// bare SQL (or the bare work) that is its floor, measured in the same run.
//
//   liaison_benchmark [--agencies N] [--projects N] [--events N]
//                     [--participation N] [--output DIR] [--repeat N]
//                     [--import-rows N] [--window-runs N] [--regenerate]
//                     [--only open,tree,start,expand,detail,chart,summary,search,
//                             png,import,window]
//
// The record base is DIR/base-<agencies>-<projects>-<events>-<participation>.sqlite;
// an existing one is reused unless --regenerate is given. Every timing is the
// median of --repeat runs after one warm-up run, taken in turns with its
// floor. The window (start to painted tree, peak memory) is measured in fresh
// child processes of this executable. Settings and data folders live under
// DIR. See README.md, "Performance".
//
// Not a test: ctest does not run it.

#include "applicationidentity.h"
#include "chartdata.h"
#include "chartexporter.h"
#include "database.h"
#include "detailpane.h"
#include "mainwindow.h"
#include "participationimport.h"
#include "participationstats.h"
#include "recorddetailsstore.h"
#include "recordtreemodel.h"
#include "searchindex.h"
#include "treequeries.h"

#include <QApplication>
#include <QBuffer>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>
#include <QTreeView>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <optional>
#include <utility>
#include <vector>

using namespace liaison;

namespace {

// ---------------------------------------------------------------- options

struct Options
{
    int agencies = 20000;
    int projects = 50000;
    int events = 200000;
    qint64 participation = 1000000;
    int importRows = 100000;
    int repeat = 7;
    int windowRuns = 5;
    QString output = QStringLiteral("liaison-benchmark");
    bool regenerate = false;
    // Measure only these (open, tree, start, expand, detail, chart, summary,
    // search, png, import, window); all when empty.
    QStringList only;
    // Internal: a child process that opens the window and reports.
    QString windowChild;
};

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

[[noreturn]] void die(const QString &message)
{
    out().flush();
    std::fprintf(stderr, "liaison_benchmark: %s\n", qPrintable(message));
    std::exit(1);
}

void usage()
{
    std::fprintf(stderr,
                 "usage: liaison_benchmark [--agencies N] [--projects N] [--events N]\n"
                 "                         [--participation N] [--output DIR] [--repeat N]\n"
                 "                         [--import-rows N] [--window-runs N] [--regenerate]\n"
                 "                         [--only open,tree,start,expand,detail,chart,summary,\n"
                 "                                 search,png,import,window]\n");
    std::exit(2);
}

Options parseOptions(int argc, char *argv[])
{
    Options options;
    const auto number = [&](int &i) -> qint64 {
        if (i + 1 >= argc)
            usage();
        bool ok = false;
        const qint64 value = QString::fromLocal8Bit(argv[++i]).toLongLong(&ok);
        if (!ok || value < 0)
            usage();
        return value;
    };
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == QLatin1String("--agencies"))
            options.agencies = int(number(i));
        else if (arg == QLatin1String("--projects"))
            options.projects = int(number(i));
        else if (arg == QLatin1String("--events"))
            options.events = int(number(i));
        else if (arg == QLatin1String("--participation"))
            options.participation = number(i);
        else if (arg == QLatin1String("--import-rows"))
            options.importRows = int(number(i));
        else if (arg == QLatin1String("--repeat"))
            options.repeat = std::max(1, int(number(i)));
        else if (arg == QLatin1String("--window-runs"))
            options.windowRuns = std::max(1, int(number(i)));
        else if (arg == QLatin1String("--regenerate"))
            options.regenerate = true;
        else if (arg == QLatin1String("--only") && i + 1 < argc)
            options.only = QString::fromLocal8Bit(argv[++i]).split(QLatin1Char(','));
        else if (arg == QLatin1String("--output") && i + 1 < argc)
            options.output = QString::fromLocal8Bit(argv[++i]);
        else if (arg == QLatin1String("--window-child") && i + 1 < argc)
            options.windowChild = QString::fromLocal8Bit(argv[++i]);
        else
            usage();
    }
    if (options.agencies < 100 || options.projects < 100 || options.events < 100
        || options.participation < options.events)
        die(QStringLiteral("sizes too small: at least 100 agencies, projects and events, and "
                           "as many participation rows as events"));
    if (options.participation > qint64(options.events) * (options.agencies - 1))
        die(QStringLiteral("more participation rows than event and agency pairs"));
    return options;
}

// ---------------------------------------------------------------- timing

qint64 elapsedNs(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return timer.nsecsElapsed();
}

// Median in milliseconds of repeat runs after one warm-up run; run returns
// the nanoseconds it measured itself (so it can leave set-up out).
double medianMs(int repeat, const std::function<qint64()> &run)
{
    run();
    std::vector<double> samples;
    for (int i = 0; i < repeat; ++i)
        samples.push_back(double(run()) / 1e6);
    std::sort(samples.begin(), samples.end());
    const std::size_t n = samples.size();
    return n % 2 ? samples[n / 2] : (samples[n / 2 - 1] + samples[n / 2]) / 2;
}

double medianOf(std::vector<double> samples);

// Medians of an operation and of its floor, run in turns (after one warm-up
// run of each) so that both meet the same load on the machine.
std::pair<double, double> pairedMedians(int repeat, const std::function<qint64()> &app,
                                        const std::function<qint64()> &floor)
{
    app();
    floor();
    std::vector<double> appSamples;
    std::vector<double> floorSamples;
    for (int i = 0; i < repeat; ++i) {
        appSamples.push_back(double(app()) / 1e6);
        floorSamples.push_back(double(floor()) / 1e6);
    }
    return {medianOf(appSamples), medianOf(floorSamples)};
}

double medianOf(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    const std::size_t n = samples.size();
    return n % 2 ? samples[n / 2] : (samples[n / 2 - 1] + samples[n / 2]) / 2;
}

// ---------------------------------------------------------------- SQL helpers

QSqlQuery prepared(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        die(sql + QStringLiteral(": ") + query.lastError().text());
    return query;
}

void run(QSqlQuery &query)
{
    if (!query.exec())
        die(query.lastQuery() + QStringLiteral(": ") + query.lastError().text());
}

void exec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        die(sql + QStringLiteral(": ") + query.lastError().text());
}

QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query = prepared(db, sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    run(query);
    if (!query.next())
        die(sql + QStringLiteral(": no row"));
    return query.value(0);
}

// Runs a query and steps through every row, reading every column: what a
// caller that uses the rows at least does.
qint64 stepAll(QSqlQuery &query)
{
    run(query);
    qint64 rows = 0;
    const int columns = query.record().count();
    while (query.next()) {
        for (int c = 0; c < columns; ++c)
            (void)query.value(c);
        ++rows;
    }
    return rows;
}

// ---------------------------------------------------------------- generation

// splitmix64: the same numbers on every platform and compiler.
class Rng
{
public:
    explicit Rng(quint64 seed)
        : m_state(seed)
    { }
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    // 0 <= n < bound
    int below(qint64 bound) { return int(next() % quint64(bound)); }
    bool percent(int p) { return below(100) < p; }

private:
    quint64 m_state;
};

struct City
{
    const char *name;
    const char *country;
};

const City cities[] = {
    {"Warsaw", "PL"},    {"Vilnius", "LT"},  {"Riga", "LV"},      {"Tallinn", "EE"},
    {"Baku", "AZ"},      {"Tbilisi", "GE"},  {"Kyiv", "UA"},      {"Chisinau", "MD"},
    {"Yerevan", "AM"},   {"Brussels", "BE"}, {"The Hague", "NL"}, {"Budapest", "HU"},
    {"Vienna", "AT"},    {"Lisbon", "PT"},   {"Madrid", "ES"},    {"Rome", "IT"},
    {"Athens", "GR"},    {"Sofia", "BG"},    {"Bucharest", "RO"}, {"Prague", "CZ"},
    {"Szczytno", "PL"},  {"Lyon", "FR"},     {"Wiesbaden", "DE"}, {"Ankara", "TR"},
    {"Almaty", "KZ"},    {"Tashkent", "UZ"}, {"Belgrade", "RS"},  {"Skopje", "MK"},
    {"Podgorica", "ME"}, {"Sarajevo", "BA"},
};

const char *const countryCodes[] = {
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU",
    "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES",
    "SE", "AZ", "GE", "UA", "MD", "AM", "NO", "CH", "GB", "TR", "RS", "AL", "MK",
    "ME", "BA", "KZ", "UZ", "KG", "TJ", "TM", "MN", "US", "CA", "JP",
};

struct Service
{
    const char *name;
    const char *initials;
    const char *kind;
};

const Service services[] = {
    {"Customs Service", "CS", "national_agency"},
    {"Border Guard Service", "BGS", "national_agency"},
    {"National Police", "NP", "national_agency"},
    {"Financial Intelligence Unit", "FIU", "national_agency"},
    {"Customs Academy", "CA", "academy"},
    {"Police Academy", "PA", "academy"},
    {"Ministry of Internal Affairs", "MIA", "ministry"},
    {"Ministry of Finance", "MOF", "ministry"},
    {"Drug Enforcement Agency", "DEA", "national_agency"},
    {"Coast Guard", "CG", "national_agency"},
    {"Tax and Customs Board", "TCB", "national_agency"},
    {"Anti-Corruption Bureau", "ACB", "national_agency"},
    {"Migration Service", "MS", "national_agency"},
    {"Forensic Science Centre", "FSC", "national_agency"},
};

const char *const regions[] = {"Central", "Northern", "Southern", "Eastern", "Western", "Capital",
                               "Port",    "Airport",  "Highland", "Coastal", "River",   "Frontier"};

// Six of twenty topics say "customs": the common word of the search.
const char *const topics[] = {
    "customs risk management",
    "border security",
    "drug smuggling",
    "cybercrime",
    "money laundering",
    "human trafficking",
    "customs valuation",
    "intellectual property rights",
    "firearms trafficking",
    "container control",
    "customs laboratories",
    "integrated border management",
    "police cooperation",
    "anti-corruption",
    "maritime security",
    "customs transit",
    "excise fraud",
    "cultural goods trafficking",
    "migrant smuggling",
    "customs intelligence",
};

const char *const eventKinds[] = {"seminar",    "course",  "webinar", "training",
                                  "conference", "meeting", "module"};
const char *const eventWords[] = {"Regional seminar", "Course",  "Webinar", "Training",
                                  "Conference",       "Meeting", "Module"};
const char *const projectKinds[] = {
    "project", "project", "project", "project",  "project",
    "project", "project", "project", "platform", "information_exchange"};
const char *const statuses[] = {"planned",   "active",    "active",
                                "completed", "completed", "completed"};
const char *const roles[] = {"funding",     "accountable", "implementing", "partner",
                             "beneficiary", "member",      "partner",      "partner"};
const char *const firstNames[] = {"Anna",  "Elchin", "Giorgi", "Olena", "Ion",    "Aram",
                                  "Marta", "Piotr",  "Leyla",  "Nino",  "Andrii", "Maria"};
const char *const lastNames[] = {"Kowalska",  "Mammadov",   "Beridze", "Shevchenko",
                                 "Rusu",      "Petrosyan",  "Nowak",   "Aliyeva",
                                 "Kapanadze", "Bondarenko", "Popescu", "Hakobyan"};

template<typename T, std::size_t N>
constexpr int count(const T (&)[N])
{
    return int(N);
}

QString dayText(int dayIndex)
{
    return QDate(2015, 1, 1).addDays(dayIndex).toString(Qt::ISODate);
}

constexpr int DayCount = 4018; // 2015-01-01 .. 2025-12-31

struct Landmarks
{
    qint64 largestAgency = 0;
    QString largestAgencyName;
    qint64 largestAgencyRows = 0;
    qint64 largestAgencyProjects = 0;
    qint64 largestAgencyRoles = 0;
    qint64 largestProject = 0;
    qint64 largestProjectEvents = 0;
    QString bigCountry;
    qint64 bigCountryAgencies = 0;
};

// How many of each the generator makes: the landmarks are fixed shares.
int largestProjectEventCount(const Options &o)
{
    return std::max(o.events / 100, std::min(1200, o.events / 4));
}

int bigCountryAgencyCount(const Options &o)
{
    return std::max(o.agencies / 16, std::min(1200, o.agencies / 4));
}

class Generator
{
public:
    Generator(const Options &options, const QSqlDatabase &db)
        : m_o(options)
        , m_db(db)
        , m_rng(20240611)
    { }

    void run()
    {
        QElapsedTimer timer;
        timer.start();
        exec(m_db, QStringLiteral("BEGIN"));
        sources();
        agencies();
        report(QStringLiteral("agencies"), timer);
        projects();
        projectRoles();
        report(QStringLiteral("projects and roles"), timer);
        events();
        report(QStringLiteral("events"), timer);
        participation();
        report(QStringLiteral("participation"), timer);
        people();
        agreements();
        exec(m_db, QStringLiteral("COMMIT"));
        report(QStringLiteral("people, agreements, commit"), timer);
    }

private:
    void report(const QString &what, QElapsedTimer &timer)
    {
        out() << QStringLiteral("  generated %1 in %2 s\n")
                     .arg(what)
                     .arg(double(timer.restart()) / 1000.0, 0, 'f', 1);
        out().flush();
    }

    qint64 sourceId() { return m_rng.percent(10) ? 4 : 1 + m_rng.below(3); }

    void sources()
    {
        QSqlQuery q = prepared(m_db,
                               QStringLiteral("INSERT INTO sources (id, title, publisher, "
                                              "url, published_on, kind) VALUES (?, ?, ?, "
                                              "?, ?, ?)"));
        const QVariantList rows[] = {
            {1, QStringLiteral("Annual report on international customs cooperation 2024"),
             QStringLiteral("Customs Cooperation Office"), QVariant(), QStringLiteral("2025-02"),
             QStringLiteral("official_record")},
            {2, QStringLiteral("Customs and police cooperation bulletin"),
             QStringLiteral("Partnership Secretariat"),
             QStringLiteral("https://example.org/bulletin"), QStringLiteral("2024"),
             QStringLiteral("published_article")},
            {3, QStringLiteral("Training records of the partnership"), QVariant(), QVariant(),
             QStringLiteral("2025"), QStringLiteral("official_record")},
            {4, QStringLiteral("Synthetic benchmark sample"), QStringLiteral("Liaison"), QVariant(),
             QVariant(), QStringLiteral("illustrative_sample")},
        };
        for (const QVariantList &row : rows) {
            for (int i = 0; i < row.size(); ++i)
                q.bindValue(i, row.at(i));
            ::run(q);
        }
    }

    void agencies()
    {
        QHash<QString, QString> countryNames;
        {
            QSqlQuery q = prepared(m_db, QStringLiteral("SELECT code, name FROM countries"));
            ::run(q);
            while (q.next())
                countryNames.insert(q.value(0).toString(), q.value(1).toString());
        }
        for (const char *code : countryCodes) {
            if (!countryNames.contains(QLatin1String(code)))
                die(QStringLiteral("country %1 is not in the country list")
                        .arg(QLatin1String(code)));
        }
        QSqlQuery q = prepared(m_db,
                               QStringLiteral("INSERT INTO agencies (id, name, acronym, "
                                              "kind, country_code, parent_id, city, "
                                              "website, description, source_id) VALUES "
                                              "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        const int international = std::max(5, m_o.agencies / 100);
        const int european = std::max(5, m_o.agencies / 100);
        const int bigCountry = bigCountryAgencyCount(m_o);
        QHash<QString, std::vector<qint64>> byCountry;
        m_agencyCountry.assign(std::size_t(m_o.agencies) + 1, QString());
        for (int id = 1; id <= m_o.agencies; ++id) {
            QString name;
            QString acronym;
            QString kind;
            QString country;
            QVariant parent;
            QVariant city;
            if (id == 1) {
                // The largest agency: a twentieth of all participation.
                name = QStringLiteral("State Customs Service of Azerbaijan");
                acronym = QStringLiteral("SCSA");
                kind = QStringLiteral("national_agency");
                country = QStringLiteral("AZ");
                city = QStringLiteral("Baku");
            } else if (id <= 1 + international) {
                const char *topic = topics[m_rng.below(count(topics))];
                name = QStringLiteral("International Organisation for %1 %2")
                           .arg(QLatin1String(topic))
                           .arg(id);
                acronym = QStringLiteral("IO-%1").arg(id);
                kind = QStringLiteral("international_organisation");
            } else if (id <= 1 + international + european) {
                const char *topic = topics[m_rng.below(count(topics))];
                name =
                    QStringLiteral("European Agency for %1 %2").arg(QLatin1String(topic)).arg(id);
                acronym = QStringLiteral("EU-%1").arg(id);
                kind = m_rng.percent(50) ? QStringLiteral("eu_agency") : QStringLiteral("eu_body");
            } else {
                const Service &service = services[m_rng.below(count(services))];
                // The big country: over a thousand national agencies at its top level.
                const bool big = id <= 1 + international + european + bigCountry;
                country = big ? QStringLiteral("DE")
                              : QLatin1String(countryCodes[m_rng.below(count(countryCodes))]);
                kind = QLatin1String(service.kind);
                name = QStringLiteral("%1 of %2, %3 Office %4")
                           .arg(QLatin1String(service.name), countryNames.value(country),
                                QLatin1String(regions[m_rng.below(count(regions))]))
                           .arg(id);
                if (m_rng.percent(60))
                    acronym = QStringLiteral("%1-%2-%3")
                                  .arg(QLatin1String(service.initials), country)
                                  .arg(id);
                std::vector<qint64> &siblings = byCountry[country];
                if (!big && !siblings.empty() && m_rng.percent(20))
                    parent = siblings[std::size_t(m_rng.below(qint64(siblings.size())))];
                siblings.push_back(id);
                const City &c = cities[m_rng.below(count(cities))];
                city = QLatin1String(c.name);
            }
            m_agencyCountry[std::size_t(id)] = country;
            q.bindValue(0, id);
            q.bindValue(1, name);
            q.bindValue(2, acronym.isEmpty() ? QVariant() : QVariant(acronym));
            q.bindValue(3, kind);
            q.bindValue(4, country.isEmpty() ? QVariant() : QVariant(country));
            q.bindValue(5, parent);
            q.bindValue(6, city);
            q.bindValue(7,
                        m_rng.percent(30)
                            ? QVariant(QStringLiteral("https://example.org/agency/%1").arg(id))
                            : QVariant());
            QVariant description;
            if (m_rng.percent(10)) {
                const char *first = topics[m_rng.below(count(topics))];
                const char *second = topics[m_rng.below(count(topics))];
                description = QStringLiteral("Works on %1 and %2.")
                                  .arg(QLatin1String(first), QLatin1String(second));
            }
            q.bindValue(8, description);
            q.bindValue(9, sourceId());
            ::run(q);
        }
    }

    void projects()
    {
        QSqlQuery q = prepared(m_db,
                               QStringLiteral("INSERT INTO projects (id, name, acronym, kind, "
                                              "parent_id, start_date, end_date, status, "
                                              "description, source_id) VALUES (?, ?, ?, ?, "
                                              "?, ?, ?, ?, ?, ?)"));
        m_programmes = std::max(5, m_o.projects / 50);
        m_largestProject = m_programmes + 1;
        for (int id = 1; id <= m_o.projects; ++id) {
            const char *topic = topics[m_rng.below(count(topics))];
            QString name;
            QString acronym;
            QString kind;
            QVariant parent;
            const int startYear = 2015 + m_rng.below(10);
            const int endYear = std::min(2025, startYear + 1 + m_rng.below(4));
            QString start = QString::number(startYear);
            QString end = QString::number(endYear);
            if (m_rng.percent(50)) {
                start += QStringLiteral("-%1").arg(1 + m_rng.below(12), 2, 10, QLatin1Char('0'));
                end += QStringLiteral("-12");
            }
            if (id <= m_programmes) {
                name = QStringLiteral("Programme on %1, %2 region %3")
                           .arg(QLatin1String(topic),
                                QLatin1String(regions[m_rng.below(count(regions))]))
                           .arg(id);
                acronym = QStringLiteral("PRG-%1").arg(id);
                kind = QStringLiteral("programme");
                if (id > 1 && m_rng.percent(10))
                    parent = 1 + m_rng.below(id - 1);
            } else if (id == m_largestProject) {
                name = QStringLiteral("Customs Risk Management Partnership");
                acronym = QStringLiteral("CRMP");
                kind = QStringLiteral("project");
                parent = 1;
                start = QStringLiteral("2015-01");
                end = QStringLiteral("2025-12");
            } else {
                name = QStringLiteral("Project on %1 %2").arg(QLatin1String(topic)).arg(id);
                if (m_rng.percent(70))
                    acronym = QStringLiteral("P-%1").arg(id);
                kind = QLatin1String(projectKinds[m_rng.below(count(projectKinds))]);
                const int r = m_rng.below(100);
                if (r < 60)
                    parent = 1 + m_rng.below(m_programmes);
                else if (r < 70 && id > m_largestProject + 1)
                    parent = m_largestProject + 1 + m_rng.below(id - m_largestProject - 1);
            }
            q.bindValue(0, id);
            q.bindValue(1, name);
            q.bindValue(2, acronym.isEmpty() ? QVariant() : QVariant(acronym));
            q.bindValue(3, kind);
            q.bindValue(4, parent);
            q.bindValue(5, start);
            q.bindValue(6, end);
            q.bindValue(7, QLatin1String(statuses[m_rng.below(count(statuses))]));
            q.bindValue(8,
                        m_rng.percent(20) ? QVariant(
                            QStringLiteral("Cooperation on %1.").arg(QLatin1String(topic)))
                                          : QVariant());
            q.bindValue(9, sourceId());
            ::run(q);
        }
    }

    void projectRoles()
    {
        QSqlQuery q = prepared(m_db,
                               QStringLiteral("INSERT INTO project_roles (project_id, "
                                              "agency_id, role, since, until, source_id) "
                                              "VALUES (?, ?, ?, ?, ?, ?)"));
        for (int project = 1; project <= m_o.projects; ++project) {
            QSet<qint64> taken;
            int roleCount = project <= m_programmes ? 1 + m_rng.below(2) : 2 + m_rng.below(4);
            if (project == m_largestProject)
                roleCount = 40;
            for (int i = 0; i < roleCount; ++i) {
                qint64 agency = 1 + m_rng.below(m_o.agencies);
                if (i == 0 && (project % 150 == 0 || project == m_largestProject))
                    agency = 1;
                if (taken.contains(agency))
                    continue;
                taken.insert(agency);
                q.bindValue(0, project);
                q.bindValue(1, agency);
                q.bindValue(2, QLatin1String(roles[m_rng.below(count(roles))]));
                q.bindValue(3,
                            m_rng.percent(30) ? QVariant(QString::number(2015 + m_rng.below(8)))
                                              : QVariant());
                q.bindValue(4, QVariant());
                q.bindValue(5, sourceId());
                ::run(q);
            }
        }
    }

    void events()
    {
        QSqlQuery q = prepared(m_db,
                               QStringLiteral("INSERT INTO events (id, title, kind, "
                                              "start_date, end_date, city, country_code, "
                                              "organiser_id, project_id, description, "
                                              "source_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                                              "?, ?, ?)"));
        const int largest = largestProjectEventCount(m_o);
        const int ordinary = m_o.projects - m_programmes - 1;
        m_eventProject.assign(std::size_t(m_o.events) + 1, 0);
        for (int id = 1; id <= m_o.events; ++id) {
            QVariant project;
            if (id <= largest)
                project = m_largestProject;
            else if (!m_rng.percent(5)) {
                // Skewed: lower project numbers hold more events.
                const qint64 a = m_rng.below(ordinary);
                const qint64 b = m_rng.below(ordinary);
                project = m_largestProject + 1 + int(a * b / ordinary);
            }
            const int kind = m_rng.below(count(eventKinds));
            const char *topic = topics[m_rng.below(count(topics))];
            QVariant start;
            QVariant end;
            if (!m_rng.percent(3)) {
                const int day = m_rng.below(DayCount);
                start = dayText(day);
                if (m_rng.percent(70))
                    end = dayText(std::min(DayCount - 1, day + m_rng.below(5)));
            }
            const City &city = cities[m_rng.below(count(cities))];
            q.bindValue(0, id);
            q.bindValue(1,
                        QStringLiteral("%1 on %2, session %3")
                            .arg(QLatin1String(eventWords[kind]), QLatin1String(topic))
                            .arg(id));
            q.bindValue(2, QLatin1String(eventKinds[kind]));
            q.bindValue(3, start);
            q.bindValue(4, end);
            q.bindValue(5, QLatin1String(city.name));
            q.bindValue(6, QLatin1String(city.country));
            q.bindValue(7,
                        m_rng.percent(70) ? QVariant(1 + m_rng.below(m_o.agencies)) : QVariant());
            q.bindValue(8, project);
            q.bindValue(9, QVariant());
            q.bindValue(10, sourceId());
            m_eventProject[std::size_t(id)] = project.isNull() ? 0 : project.toInt();
            ::run(q);
        }
    }

    void participation()
    {
        QSqlQuery q = prepared(m_db,
                               QStringLiteral("INSERT INTO participation (event_id, "
                                              "agency_id, participants, source_id) VALUES "
                                              "(?, ?, ?, ?)"));
        // The largest agency takes part in a twentieth of all rows: every
        // event of the largest project and of the projects after it (those
        // with the most events) until it has them, as a large agency takes
        // part in its own projects' events rather than in everyone's.
        const qint64 largestRows = std::min<qint64>(m_o.participation / 20, m_o.events);
        std::vector<qint64> eventsOfProject(std::size_t(m_o.projects) + 1, 0);
        for (int event = 1; event <= m_o.events; ++event)
            ++eventsOfProject[std::size_t(m_eventProject[std::size_t(event)])];
        int lastProject = m_largestProject;
        for (qint64 covered = 0; lastProject <= m_o.projects; ++lastProject) {
            covered += eventsOfProject[std::size_t(lastProject)];
            if (covered >= largestRows)
                break;
        }
        qint64 largestLeft = largestRows;
        const qint64 others = m_o.participation - largestRows;
        qint64 written = 0;
        for (int event = 1; event <= m_o.events; ++event) {
            const int project = m_eventProject[std::size_t(event)];
            const bool withLargest =
                largestLeft > 0 && project >= m_largestProject && project <= lastProject;
            // Spread the other rows evenly: rows before this event's end.
            const qint64 target = others * event / m_o.events;
            const qint64 before = others * (event - 1) / m_o.events;
            const int k = int(target - before);
            QSet<qint64> taken;
            const auto insert = [&](qint64 agency) {
                q.bindValue(0, event);
                q.bindValue(1, agency);
                q.bindValue(2, 1 + m_rng.below(30));
                q.bindValue(3, sourceId());
                ::run(q);
                ++written;
            };
            if (withLargest) {
                insert(1);
                --largestLeft;
            }
            while (taken.size() < k) {
                const qint64 agency = 2 + m_rng.below(m_o.agencies - 1);
                if (taken.contains(agency))
                    continue;
                taken.insert(agency);
                insert(agency);
            }
        }
        if (written != m_o.participation)
            die(QStringLiteral("generated %1 participation rows, not %2")
                    .arg(written)
                    .arg(m_o.participation));
    }

    void people()
    {
        QSqlQuery person = prepared(m_db,
                                    QStringLiteral("INSERT INTO people (id, full_name, "
                                                   "position, agency_id, source_id) VALUES "
                                                   "(?, ?, ?, ?, ?)"));
        const int peopleCount = std::min(10000, m_o.agencies / 2);
        for (int id = 1; id <= peopleCount; ++id) {
            person.bindValue(0, id);
            const char *first = firstNames[m_rng.below(count(firstNames))];
            const char *last = lastNames[m_rng.below(count(lastNames))];
            person.bindValue(
                1, QStringLiteral("%1 %2").arg(QLatin1String(first), QLatin1String(last)));
            person.bindValue(2, QStringLiteral("Head of unit %1").arg(1 + m_rng.below(40)));
            person.bindValue(3, 1 + m_rng.below(m_o.agencies));
            person.bindValue(4, sourceId());
            ::run(person);
        }
        // Panels and presenters at one event in fifty.
        QSqlQuery panel = prepared(m_db,
                                   QStringLiteral("INSERT INTO panels (event_id, position, "
                                                  "title, source_id) VALUES (?, ?, ?, ?)"));
        QSqlQuery talk = prepared(m_db,
                                  QStringLiteral("INSERT INTO presentations (person_id, "
                                                 "panel_id, topic, source_id) VALUES (?, "
                                                 "?, ?, ?)"));
        for (int event = 1; event <= m_o.events; event += 50) {
            for (int position = 0; position < 2; ++position) {
                const char *topic = topics[m_rng.below(count(topics))];
                panel.bindValue(0, event);
                panel.bindValue(1, position);
                panel.bindValue(2, QStringLiteral("Panel on %1").arg(QLatin1String(topic)));
                panel.bindValue(3, sourceId());
                ::run(panel);
                talk.bindValue(0, 1 + m_rng.below(peopleCount));
                talk.bindValue(1, panel.lastInsertId());
                talk.bindValue(2, QStringLiteral("Experience in %1").arg(QLatin1String(topic)));
                talk.bindValue(3, sourceId());
                ::run(talk);
            }
        }
        QSqlQuery attended = prepared(m_db,
                                      QStringLiteral("INSERT OR IGNORE INTO "
                                                     "event_countries (event_id, "
                                                     "country_code, source_id) VALUES (?, "
                                                     "?, ?)"));
        for (int event = 1; event <= m_o.events; event += 100) {
            for (int i = 0; i < 3; ++i) {
                attended.bindValue(0, event);
                attended.bindValue(1,
                                   QLatin1String(countryCodes[m_rng.below(count(countryCodes))]));
                attended.bindValue(2, sourceId());
                ::run(attended);
            }
        }
        QSqlQuery reported = prepared(m_db,
                                      QStringLiteral("INSERT INTO reported_participation "
                                                     "(agency_id, project_id, participants, "
                                                     "source_id) VALUES (1, ?, ?, ?)"));
        for (int i = 0; i < 10; ++i) {
            reported.bindValue(0, m_largestProject + i);
            reported.bindValue(1, 100 + m_rng.below(100));
            reported.bindValue(2, 1 + i % 3);
            ::run(reported);
        }
    }

    void agreements()
    {
        QSqlQuery q = prepared(m_db,
                               QStringLiteral("INSERT INTO agreements (agency_id, "
                                              "country_code, partner_country_code, "
                                              "partner_countries_more_than, subject, "
                                              "signed_on, source_id) VALUES (?, ?, ?, ?, "
                                              "?, ?, ?)"));
        for (int i = 0; i < m_o.agencies / 10; ++i) {
            const qint64 agency = 1 + m_rng.below(m_o.agencies);
            const bool byCountry =
                m_rng.percent(20) && !m_agencyCountry[std::size_t(agency)].isEmpty();
            q.bindValue(0, byCountry ? QVariant() : QVariant(agency));
            q.bindValue(1, byCountry ? QVariant(m_agencyCountry[std::size_t(agency)]) : QVariant());
            q.bindValue(2, QLatin1String(countryCodes[m_rng.below(count(countryCodes))]));
            q.bindValue(3, QVariant());
            q.bindValue(4,
                        QStringLiteral("Agreement on mutual assistance in %1")
                            .arg(QLatin1String(topics[m_rng.below(count(topics))])));
            q.bindValue(5, QString::number(2000 + m_rng.below(25)));
            q.bindValue(6, sourceId());
            ::run(q);
        }
    }

    const Options &m_o;
    QSqlDatabase m_db;
    Rng m_rng;
    int m_programmes = 0;
    int m_largestProject = 0;
    std::vector<QString> m_agencyCountry;
    std::vector<int> m_eventProject; // 0: outside projects
};

QString basePath(const Options &o)
{
    return QDir(o.output).absoluteFilePath(QStringLiteral("base-%1-%2-%3-%4.sqlite")
                                               .arg(o.agencies)
                                               .arg(o.projects)
                                               .arg(o.events)
                                               .arg(o.participation));
}

void generate(const Options &o, const QString &path)
{
    Database::removeFiles(path);
    const QString partial = path + QStringLiteral(".partial");
    Database::removeFiles(partial);
    out() << QStringLiteral("Generating %1\n").arg(QDir::toNativeSeparators(path));
    out().flush();
    QElapsedTimer timer;
    timer.start();
    {
        Database db;
        if (!db.create(partial))
            die(db.errorString());
        const QSqlDatabase connection = db.connection();
        // For generation only: no journal, no fsync, a large cache. The record
        // base goes back to WAL before anyone reads it.
        exec(connection, QStringLiteral("PRAGMA journal_mode = OFF"));
        exec(connection, QStringLiteral("PRAGMA synchronous = OFF"));
        exec(connection, QStringLiteral("PRAGMA cache_size = -262144"));
        exec(connection, QStringLiteral("PRAGMA temp_store = MEMORY"));
        Generator(o, connection).run();
        exec(connection, QStringLiteral("PRAGMA journal_mode = WAL"));
    }
    Database::removeFiles(partial + QStringLiteral("-journal"));
    if (!QFile::rename(partial, path))
        die(QStringLiteral("cannot rename %1").arg(partial));
    out() << QStringLiteral("Generated in %1 s (%2 MB)\n")
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                 .arg(double(QFileInfo(path).size()) / 1e6, 0, 'f', 0);
    out().flush();
}

Landmarks findLandmarks(const Database &db)
{
    const QSqlDatabase c = db.connection();
    Landmarks l;
    {
        QSqlQuery q =
            prepared(c,
                     QStringLiteral("SELECT agency_id, count(*) AS n FROM participation "
                                    "GROUP BY agency_id ORDER BY n DESC, agency_id LIMIT 1"));
        run(q);
        if (!q.next())
            die(QStringLiteral("no participation"));
        l.largestAgency = q.value(0).toLongLong();
        l.largestAgencyRows = q.value(1).toLongLong();
    }
    l.largestAgencyName =
        scalar(c, QStringLiteral("SELECT name FROM agencies WHERE id = ?"), {l.largestAgency})
            .toString();
    l.largestAgencyProjects =
        scalar(c,
               QStringLiteral("SELECT count(DISTINCT e.project_id) FROM participation p JOIN "
                              "events e ON e.id = p.event_id WHERE p.agency_id = ?"),
               {l.largestAgency})
            .toLongLong();
    l.largestAgencyRoles =
        scalar(c, QStringLiteral("SELECT count(*) FROM project_roles WHERE agency_id = ?"),
               {l.largestAgency})
            .toLongLong();
    {
        QSqlQuery q = prepared(c,
                               QStringLiteral("SELECT project_id, count(*) AS n FROM events "
                                              "WHERE project_id IS NOT NULL GROUP BY "
                                              "project_id ORDER BY n DESC, project_id LIMIT 1"));
        run(q);
        if (!q.next())
            die(QStringLiteral("no events in projects"));
        l.largestProject = q.value(0).toLongLong();
        l.largestProjectEvents = q.value(1).toLongLong();
    }
    {
        QSqlQuery q =
            prepared(c,
                     QStringLiteral("SELECT country_code, count(*) AS n FROM agencies WHERE "
                                    "country_code IS NOT NULL AND parent_id IS NULL AND kind IN "
                                    "('national_agency', 'ministry', 'academy') GROUP BY "
                                    "country_code ORDER BY n DESC, country_code LIMIT 1"));
        run(q);
        if (!q.next())
            die(QStringLiteral("no national agencies"));
        l.bigCountry = q.value(0).toString();
        l.bigCountryAgencies = q.value(1).toLongLong();
    }
    return l;
}

// ---------------------------------------------------------------- CSV for the import

struct ImportPlan
{
    QString csvPath;
    struct Event
    {
        qint64 projectId;
        QString title;
        QString kind;
        QString start;
        QString city;
        QString country;
        QList<std::pair<qint64, int>> rows; // agency id, participants
    };
    std::vector<Event> events;
    qint64 rows = 0;
};

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"'))
        && !value.contains(QLatin1Char('\n')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// Rows for new events of existing projects, by existing agencies (their keys
// as an office would write them): every row inserts a participation record.
ImportPlan writeImportCsv(const Database &db, const Options &o)
{
    ImportPlan plan;
    plan.csvPath =
        QDir(o.output).absoluteFilePath(QStringLiteral("import-%1.csv").arg(o.importRows));
    const QSqlDatabase c = db.connection();
    struct Key
    {
        qint64 id;
        QString key;
        QString country;
    };
    std::vector<Key> projects;
    {
        QSqlQuery q = prepared(c,
                               QStringLiteral("SELECT id, COALESCE(acronym, name) FROM projects "
                                              "WHERE kind <> 'programme' ORDER BY id"));
        run(q);
        while (q.next())
            projects.push_back({q.value(0).toLongLong(), q.value(1).toString(), {}});
    }
    std::vector<Key> agencies;
    {
        QSqlQuery q = prepared(c,
                               QStringLiteral("SELECT id, COALESCE(acronym, name), country_code "
                                              "FROM agencies ORDER BY id"));
        run(q);
        while (q.next())
            agencies.push_back(
                {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    }
    Rng rng(777);
    QFile file(plan.csvPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        die(QStringLiteral("cannot write %1").arg(plan.csvPath));
    QTextStream csv(&file);
    csv << "project,event,event_kind,start_date,end_date,city,country,organiser,agency,"
           "agency_country,participants,source\n";
    constexpr int perEvent = 5;
    QHash<qint64, QString> projectKeys;
    for (const Key &p : projects)
        projectKeys.insert(p.id, p.key);
    for (int e = 0; plan.rows < o.importRows; ++e) {
        ImportPlan::Event event;
        const Key &project = projects[std::size_t(rng.below(qint64(projects.size())))];
        const int kind = rng.below(count(eventKinds));
        const City &city = cities[rng.below(count(cities))];
        event.projectId = project.id;
        const char *topic = topics[rng.below(count(topics))];
        event.title = QStringLiteral("Imported %1 on %2, session %3")
                          .arg(QLatin1String(eventKinds[kind]), QLatin1String(topic))
                          .arg(e + 1);
        event.kind = QLatin1String(eventKinds[kind]);
        event.start = dayText(rng.below(DayCount));
        event.city = QLatin1String(city.name);
        event.country = QLatin1String(city.country);
        QSet<qint64> taken;
        while (event.rows.size() < perEvent && plan.rows < o.importRows) {
            const Key &agency = agencies[std::size_t(rng.below(qint64(agencies.size())))];
            if (taken.contains(agency.id))
                continue;
            taken.insert(agency.id);
            const int participants = 1 + rng.below(25);
            event.rows.append({agency.id, participants});
            csv << csvField(project.key) << ',' << csvField(event.title) << ',' << event.kind << ','
                << event.start << ",," << event.city << ',' << event.country << ",,"
                << csvField(agency.key) << ',' << agency.country << ',' << participants << ",\n";
            ++plan.rows;
        }
        plan.events.push_back(event);
    }
    csv.flush();
    return plan;
}

// ---------------------------------------------------------------- the window, in a child

// Runs in a fresh process: the window as a user starts it, until the tree has
// painted; prints the times and the peak memory.
int windowChild(const QString &path, const QElapsedTimer &sinceMain)
{
    const qint64 appReady = sinceMain.nsecsElapsed();
    MainWindow window;
    const qint64 constructed = sinceMain.nsecsElapsed();
    if (!window.openRecordBase(path))
        die(window.errorString());
    const qint64 opened = sinceMain.nsecsElapsed();
    auto *tree = window.findChild<QTreeView *>();
    if (!tree)
        die(QStringLiteral("the window has no tree"));
    struct PaintWatch : QObject
    {
        bool painted = false;
        bool eventFilter(QObject *, QEvent *event) override
        {
            if (event->type() == QEvent::Paint)
                painted = true;
            return false;
        }
    } watch;
    tree->viewport()->installEventFilter(&watch);
    window.show();
    while (!watch.painted)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    // The paint event is dispatched; let it finish and the rest settle.
    QCoreApplication::processEvents();
    const qint64 painted = sinceMain.nsecsElapsed();

    qint64 hwmKb = -1;
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = status.readAll().split('\n');
        for (const QByteArray &line : lines) {
            if (line.startsWith("VmHWM:"))
                hwmKb = line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
    }
    std::printf("app_ms=%.2f construct_ms=%.2f open_ms=%.2f paint_ms=%.2f total_ms=%.2f "
                "vmhwm_kb=%lld\n",
                double(appReady) / 1e6, double(constructed - appReady) / 1e6,
                double(opened - constructed) / 1e6, double(painted - opened) / 1e6,
                double(painted) / 1e6, hwmKb);
    return 0;
}

struct WindowRun
{
    double app = 0, construct = 0, open = 0, paint = 0, total = 0;
    double hwmMb = 0;
};

WindowRun runWindowChild(const QString &path, const Options &o)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--window-child"), path, QStringLiteral("--output"), o.output});
    if (!child.waitForFinished(600000) || child.exitCode() != 0)
        die(QStringLiteral("the window child failed"));
    const QString line = QString::fromLocal8Bit(child.readAllStandardOutput()).trimmed();
    WindowRun r;
    for (const QString &pair : line.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString key = pair.section(QLatin1Char('='), 0, 0);
        const double value = pair.section(QLatin1Char('='), 1).toDouble();
        if (key == QLatin1String("app_ms"))
            r.app = value;
        else if (key == QLatin1String("construct_ms"))
            r.construct = value;
        else if (key == QLatin1String("open_ms"))
            r.open = value;
        else if (key == QLatin1String("paint_ms"))
            r.paint = value;
        else if (key == QLatin1String("total_ms"))
            r.total = value;
        else if (key == QLatin1String("vmhwm_kb"))
            r.hwmMb = value / 1024.0;
    }
    return r;
}

// ---------------------------------------------------------------- the table

struct Result
{
    Result(QString operation, double ms, double floorMs, QString note = {}, QString value = {})
        : operation(std::move(operation))
        , ms(ms)
        , floorMs(floorMs)
        , note(std::move(note))
        , value(std::move(value))
    { }

    QString operation;
    double ms = -1;
    double floorMs = -1;
    QString note;
    QString value; // instead of ms, e.g. a memory size
};

QString formatMs(double ms)
{
    if (ms < 0)
        return QStringLiteral("–");
    return QString::number(ms, 'f', ms < 10 ? 2 : 1);
}

void printTable(const std::vector<Result> &results)
{
    out() << "\n| Operation | Median ms | Floor ms | Ratio |\n|---|---:|---:|---:|\n";
    for (const Result &r : results) {
        const QString ratio = r.ms >= 0 && r.floorMs > 0
            ? QString::number(r.ms / r.floorMs, 'f', 2) + QStringLiteral("×")
            : QStringLiteral("–");
        out() << "| " << r.operation << " | " << (r.value.isEmpty() ? formatMs(r.ms) : r.value)
              << " | " << formatMs(r.floorMs) << " | " << ratio << " |\n";
    }
    out() << "\nFloors and notes:\n";
    for (const Result &r : results) {
        if (!r.note.isEmpty())
            out() << "- " << r.operation << ": " << r.note << "\n";
    }
    out().flush();
}

// ---------------------------------------------------------------- measurements

class Bench
{
public:
    Bench(const Options &o, const QString &path)
        : m_o(o)
        , m_path(path)
    { }

    std::vector<Result> results;

    void all()
    {
        Database db;
        if (!db.open(m_path))
            die(db.errorString());
        m_landmarks = findLandmarks(db);
        const Landmarks &l = m_landmarks;
        out() << QStringLiteral("Largest agency: %1 (id %2), %3 participation rows in %8 "
                                "projects\n"
                                "Largest project: id %4, %5 events\n"
                                "Country with the most top-level agencies: %6, %7 agencies\n")
                     .arg(l.largestAgencyName)
                     .arg(l.largestAgency)
                     .arg(l.largestAgencyRows)
                     .arg(l.largestProject)
                     .arg(l.largestProjectEvents)
                     .arg(l.bigCountry)
                     .arg(l.bigCountryAgencies)
                     .arg(l.largestAgencyProjects);
        out().flush();

        const auto wanted = [this](const char *name) {
            return m_o.only.isEmpty() || m_o.only.contains(QLatin1String(name));
        };
        if (wanted("open"))
            openBase();
        if (wanted("tree"))
            treeFirstLevel(db);
        if (wanted("start"))
            startToPaintedTree();
        if (wanted("expand")) {
            expand(db,
                   QStringLiteral("Expand a country with %1 agencies (fetchMore: first page of %2)")
                       .arg(l.bigCountryAgencies)
                       .arg(RecordTreeModel::PageSize),
                   RecordId::country(l.bigCountry), TreeQueries::NodeKey::country(l.bigCountry));
            expand(db,
                   QStringLiteral("Expand the largest project, %1 events (fetchMore: first page "
                                  "of %2)")
                       .arg(l.largestProjectEvents)
                       .arg(RecordTreeModel::PageSize),
                   RecordId::of(RecordKind::Project, l.largestProject),
                   TreeQueries::NodeKey::of(TreeQueries::NodeType::Project, l.largestProject));
            expand(db,
                   QStringLiteral("Expand the largest agency, in %1 projects (fetchMore: first "
                                  "page of %2)")
                       .arg(l.largestAgencyRoles)
                       .arg(RecordTreeModel::PageSize),
                   RecordId::of(RecordKind::Agency, l.largestAgency),
                   TreeQueries::NodeKey::of(TreeQueries::NodeType::Agency, l.largestAgency));
        }
        if (wanted("detail"))
            detailPane(db);
        if (wanted("chart")) {
            chart(db, StatsScope(StatsScope::Type::Agency, l.largestAgency),
                  QStringLiteral("Chart by year, largest agency (ChartData::build)"));
            chart(db, StatsScope(),
                  QStringLiteral("Chart by year, all records (ChartData::build)"));
        }
        if (wanted("summary"))
            summaryAll(db);
        if (wanted("search"))
            search(db);
        if (wanted("png"))
            pngExport(db);
        db.close();
        if (wanted("import"))
            csvImport();
        if (wanted("window"))
            window();
    }

private:
    void add(Result r)
    {
        out() << QStringLiteral("  %1: %2 (floor %3)\n")
                     .arg(r.operation,
                          r.value.isEmpty() ? formatMs(r.ms) + QStringLiteral(" ms") : r.value,
                          formatMs(r.floorMs));
        out().flush();
        results.push_back(std::move(r));
    }

    void openBase()
    {
        // As the window opens a large record base: quick_check deferred to a
        // background thread. The CLI's open with the check is timed below.
        const auto runApp = [&]() -> qint64 {
            Database db;
            return elapsedNs([&] {
                if (!db.open(m_path, Database::OpenMode::ReadWrite,
                             Database::Verification::Deferred))
                    die(db.errorString());
            });
        };
        const auto runChecked = [&]() -> qint64 {
            Database db;
            return elapsedNs([&] {
                if (!db.open(m_path))
                    die(db.errorString());
            });
        };
        const auto runFloor = [&]() -> qint64 {
            const QString name = QStringLiteral("floor-open");
            qint64 ns = 0;
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(m_path);
                ns = elapsedNs([&] {
                    if (!db.open())
                        die(db.lastError().text());
                    QSqlQuery q(db);
                    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
                        die(q.lastError().text());
                });
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
            return ns;
        };
        const auto [app, floor] = pairedMedians(m_o.repeat, runApp, runFloor);
        add({QStringLiteral("Open the record base as the window does (Database::open, "
                            "quick_check in the background)"),
             app, floor, QStringLiteral("floor: QSQLITE open + PRAGMA user_version")});
        const auto [checked, floor2] = pairedMedians(m_o.repeat, runChecked, runFloor);
        add({QStringLiteral("Open the record base with quick_check first (the CLI; the window "
                            "below 32 MB)"),
             checked, floor2, QStringLiteral("floor: QSQLITE open + PRAGMA user_version")});
    }

    qint64 treeFloorNs(const Database &db)
    {
        return elapsedNs([&] {
            for (auto type :
                 {TreeQueries::NodeType::AgenciesRoot, TreeQueries::NodeType::ProjectsRoot}) {
                QSqlQuery q = prepared(db.connection(), TreeQueries::sqlFor(type));
                q.bindValue(QStringLiteral(":limit"), RecordTreeModel::PageSize);
                q.bindValue(QStringLiteral(":offset"), 0);
                stepAll(q);
            }
        });
    }

    void treeFirstLevel(const Database &db)
    {
        const auto runApp = [&]() -> qint64 {
            RecordTreeModel model;
            return elapsedNs([&] {
                model.setDatabase(&db);
                for (int row = 0; row < model.rowCount(); ++row)
                    model.fetchMore(model.index(row, 0));
            });
        };
        const auto runFloor = [&]() -> qint64 {
            return treeFloorNs(db);
        };
        // The participant counts of the first level arrive from a worker
        // thread after the rows show: until they are all in.
        const auto runCounted = [&]() -> qint64 {
            RecordTreeModel model;
            return elapsedNs([&] {
                model.setDatabase(&db);
                for (int row = 0; row < model.rowCount(); ++row)
                    model.fetchMore(model.index(row, 0));
                if (!model.waitForCounts(60000))
                    die(QStringLiteral("the tree's counts did not arrive"));
            });
        };
        const auto [counted, countedFloor] = pairedMedians(m_o.repeat, runCounted, runFloor);
        add({QStringLiteral("Tree, first level with its participant counts in (counts from a "
                            "worker thread)"),
             counted, countedFloor,
             QStringLiteral("floor: as below; the counts aggregate the participation of every "
                            "country and top-level project")});
        const auto [app, floor] = pairedMedians(m_o.repeat, runApp, runFloor);
        add({QStringLiteral("Tree, first level (setDatabase + fetchMore of both roots)"), app,
             floor,
             QStringLiteral("floor: the SQL of TreeQueries::childrenOf for AgenciesRoot and "
                            "ProjectsRoot (first page of %1), run and stepped; without the "
                            "participant counts")
                 .arg(RecordTreeModel::PageSize)});
    }

    void startToPaintedTree()
    {
        // In this process: open, fill the tree's first level, and paint it.
        const auto runApp = [&]() -> qint64 {
            // Made inside the timing, destroyed after it: tearing down waits
            // for the tree's counts still running on their worker thread,
            // which a user never waits for.
            Database db;
            RecordTreeModel model;
            QTreeView view;
            return elapsedNs([&] {
                if (!db.open(m_path, Database::OpenMode::ReadWrite,
                             Database::Verification::Deferred))
                    die(db.errorString());
                model.setDatabase(&db);
                view.setModel(&model);
                view.resize(500, 800);
                struct PaintWatch : QObject
                {
                    bool painted = false;
                    bool eventFilter(QObject *, QEvent *event) override
                    {
                        if (event->type() == QEvent::Paint)
                            painted = true;
                        return false;
                    }
                } watch;
                view.viewport()->installEventFilter(&watch);
                for (int row = 0; row < model.rowCount(); ++row)
                    view.expand(model.index(row, 0));
                view.show();
                while (!watch.painted)
                    QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
                QCoreApplication::processEvents();
                view.viewport()->removeEventFilter(&watch);
            });
        };
        const auto runFloor = [&]() -> qint64 {
            return elapsedNs([&] {
                Database db;
                if (!db.open(m_path, Database::OpenMode::ReadWrite,
                             Database::Verification::Deferred))
                    die(db.errorString());
                treeFloorNs(db);
            });
        };
        const auto [app, floor] = pairedMedians(m_o.repeat, runApp, runFloor);
        add({QStringLiteral("Start to painted tree, in process (open + tree view with both roots "
                            "expanded, first paint)"),
             app, floor, QStringLiteral("floor: Database::open + the first level's SQL")});
    }

    void expand(const Database &db, const QString &label, const RecordId &record,
                const TreeQueries::NodeKey &key)
    {
        const auto runApp = [&]() -> qint64 {
            RecordTreeModel model;
            model.setDatabase(&db);
            const QModelIndex index = model.indexOf(record);
            if (!index.isValid() || !model.canFetchMore(index))
                die(QStringLiteral("cannot find %1 in the tree").arg(record.toString()));
            return elapsedNs([&] { model.fetchMore(index); });
        };
        const auto runFloor = [&]() -> qint64 {
            return elapsedNs([&] {
                QSqlQuery q = prepared(db.connection(), TreeQueries::sqlFor(key.type));
                if (q.lastQuery().contains(QLatin1String(":id")))
                    q.bindValue(QStringLiteral(":id"), key.id);
                if (q.lastQuery().contains(QLatin1String(":code")))
                    q.bindValue(QStringLiteral(":code"), key.code);
                q.bindValue(QStringLiteral(":limit"), RecordTreeModel::PageSize);
                q.bindValue(QStringLiteral(":offset"), 0);
                stepAll(q);
            });
        };
        const auto [app, floor] = pairedMedians(m_o.repeat, runApp, runFloor);
        add({label, app, floor,
             QStringLiteral("floor: childrenOf's SQL alone (no participant counts, no model)")});
    }

    void detailPane(const Database &db)
    {
        const RecordId project = RecordId::of(RecordKind::Project, m_landmarks.largestProject);
        DetailPane pane;
        pane.resize(700, 900);
        pane.setDatabase(&db);
        pane.show();
        QCoreApplication::processEvents();
        const auto runApp = [&]() -> qint64 {
            // From the Home page, fully shown, as a user comes to the project.
            pane.showOverview();
            if (!pane.waitForLoaded(60000))
                die(QStringLiteral("the detail pane did not load the Home page"));
            QCoreApplication::processEvents();
            // The page is read on the pane's worker thread: until it shows.
            return elapsedNs([&] {
                pane.showRecord(project);
                if (!pane.waitForLoaded(60000))
                    die(QStringLiteral("the detail pane did not load"));
                QCoreApplication::processEvents();
            });
        };
        const auto runFloor = [&]() -> qint64 {
            return elapsedNs([&] {
                const RecordDetailsStore store(db);
                if (!store.projectDetails(m_landmarks.largestProject))
                    die(store.errorString());
            });
        };
        const auto [app, floor] = pairedMedians(m_o.repeat, runApp, runFloor);
        if (pane.currentRecord() != project || pane.currentTitle().isEmpty())
            die(QStringLiteral("the detail pane shows no project"));
        add({QStringLiteral("Detail pane, largest project (%1 events; showRecord + paint)")
                 .arg(m_landmarks.largestProjectEvents),
             app, floor, QStringLiteral("floor: RecordDetailsStore::projectDetails")});
    }

    // The best hand-written query for a by-year chart: aggregate by id first
    // (covering index), then join the names.
    QString chartFloorSql(const StatsScope &scope) const
    {
        if (scope.type == StatsScope::Type::Agency)
            return QStringLiteral(
                "SELECT g.y, COALESCE(pr.acronym, pr.name), pr.name, g.n FROM ("
                " SELECT substr(e.start_date, 1, 4) AS y, e.project_id AS pid, SUM(x.n) AS n"
                " FROM (SELECT event_id, SUM(participants) AS n FROM participation"
                "       WHERE agency_id = :id GROUP BY event_id) x"
                " JOIN events e ON e.id = x.event_id GROUP BY y, pid) g"
                " LEFT JOIN projects pr ON pr.id = g.pid");
        return QStringLiteral(
            "SELECT g.y, a.country_code, c.name, SUM(g.n) FROM ("
            " SELECT substr(e.start_date, 1, 4) AS y, p.agency_id AS aid,"
            " SUM(p.participants) AS n"
            " FROM participation p JOIN events e ON e.id = p.event_id GROUP BY y, aid) g"
            " JOIN agencies a ON a.id = g.aid LEFT JOIN countries c ON c.code = a.country_code"
            " GROUP BY g.y, a.country_code");
    }

    void chart(const Database &db, const StatsScope &scope, const QString &label)
    {
        const ParticipationStats stats(db);
        const auto runApp = [&]() -> qint64 {
            return elapsedNs([&] {
                if (!ChartData::build(stats, scope, ChartKind::ByYear))
                    die(stats.errorString());
            });
        };
        const QString sql = chartFloorSql(scope);
        const auto runFloor = [&]() -> qint64 {
            return elapsedNs([&] {
                QSqlQuery q = prepared(db.connection(), sql);
                if (sql.contains(QLatin1String(":id")))
                    q.bindValue(QStringLiteral(":id"), scope.id);
                stepAll(q);
            });
        };
        const auto [app, floor] = pairedMedians(m_o.repeat, runApp, runFloor);
        add({label, app, floor,
             QStringLiteral("floor: one hand-written GROUP BY (participation aggregated by id "
                            "through its covering index first, then joined to events and names): ")
                 + sql.simplified()});
    }

    void summaryAll(const Database &db)
    {
        const ParticipationStats stats(db);
        const auto runApp = [&]() -> qint64 {
            return elapsedNs([&] {
                if (!stats.summaryFor(StatsScope()))
                    die(stats.errorString());
            });
        };
        const QString perEvent =
            QStringLiteral("(SELECT event_id, SUM(participants) AS n FROM participation "
                           "GROUP BY event_id)");
        const QString perAgency =
            QStringLiteral("(SELECT agency_id, SUM(participants) AS n FROM participation "
                           "GROUP BY agency_id)");
        const QStringList sql = {
            QStringLiteral("SELECT SUM(participants) FROM participation"),
            QStringLiteral("SELECT substr(e.start_date, 1, 4) AS y, SUM(x.n) FROM %1 x "
                           "JOIN events e ON e.id = x.event_id GROUP BY y")
                .arg(perEvent),
            QStringLiteral("SELECT g.pid, COALESCE(pr.acronym, pr.name), pr.name, g.n FROM "
                           "(SELECT e.project_id AS pid, SUM(x.n) AS n FROM %1 x JOIN events e "
                           "ON e.id = x.event_id GROUP BY pid) g LEFT JOIN projects pr ON "
                           "pr.id = g.pid")
                .arg(perEvent),
            QStringLiteral("SELECT COALESCE(a.acronym, a.name), a.name, x.n FROM %1 x "
                           "JOIN agencies a ON a.id = x.agency_id")
                .arg(perAgency),
            QStringLiteral("SELECT a.country_code, c.name, SUM(x.n) FROM %1 x JOIN agencies a "
                           "ON a.id = x.agency_id LEFT JOIN countries c ON c.code = "
                           "a.country_code GROUP BY a.country_code")
                .arg(perAgency),
            QStringLiteral("SELECT e.kind, SUM(x.n) FROM %1 x JOIN events e ON e.id = x.event_id "
                           "GROUP BY e.kind")
                .arg(perEvent),
        };
        const auto runFloor = [&]() -> qint64 {
            return elapsedNs([&] {
                for (const QString &s : sql) {
                    QSqlQuery q = prepared(db.connection(), s);
                    stepAll(q);
                }
            });
        };
        const auto [app, floor] = pairedMedians(m_o.repeat, runApp, runFloor);
        add({QStringLiteral("Summary of all records (ParticipationStats::summaryFor, "
                            "= liaison summary --record all)"),
             app, floor,
             QStringLiteral("floor: the six breakdowns (total, year, project, agency, country, "
                            "event kind), each one hand-written GROUP BY aggregating by id first "
                            "through a covering index, then joining names")});
    }

    void search(const Database &db)
    {
        const QString word = QStringLiteral("customs");
        const SearchIndex index(db);
        qint64 hits = 0;
        const auto runApp = [&]() -> qint64 {
            return elapsedNs([&] {
                const auto found = index.search(word, 50);
                if (!found)
                    die(index.errorString());
                hits = found->size();
            });
        };
        const QString fts = SearchIndex::ftsQueryFor(word);
        const qint64 matches =
            scalar(db.connection(),
                   QStringLiteral("SELECT count(*) FROM search_index WHERE search_index MATCH ?"),
                   {fts})
                .toLongLong();
        const auto runFloor = [&]() -> qint64 {
            return elapsedNs([&] {
                QSqlQuery q = prepared(db.connection(),
                                       QStringLiteral("SELECT rowid FROM search_index WHERE "
                                                      "search_index MATCH ? LIMIT 50"));
                q.addBindValue(fts);
                stepAll(q);
            });
        };
        const auto [app, floor] = pairedMedians(m_o.repeat, runApp, runFloor);
        const double ranked = medianMs(m_o.repeat, [&] {
            return elapsedNs([&] {
                QSqlQuery q = prepared(db.connection(),
                                       QStringLiteral("SELECT rowid FROM search_index WHERE "
                                                      "search_index MATCH ? ORDER BY "
                                                      "bm25(search_index, 10.0, 1.0) LIMIT 50"));
                q.addBindValue(fts);
                stepAll(q);
            });
        });
        add({QStringLiteral("Search \"%1\", top %2 of %3 matches (SearchIndex::search)")
                 .arg(word)
                 .arg(hits)
                 .arg(matches),
             app, floor,
             QStringLiteral("floor: the bare FTS5 MATCH %1 LIMIT 50, unranked; ranking every "
                            "match by bm25 alone (ORDER BY bm25 LIMIT 50) takes %2 ms")
                 .arg(fts, formatMs(ranked))});
    }

    void pngExport(const Database &db)
    {
        const ParticipationStats stats(db);
        // The chart the window opens with (Home): all records by year, stacked
        // by the participating agencies' countries.
        const auto data = ChartData::build(stats, StatsScope(), ChartKind::ByYear);
        if (!data)
            die(stats.errorString());
        const QString name = QStringLiteral("All records");
        const QSize size(1920, 1080);
        const QString path = QDir(m_o.output).absoluteFilePath(QStringLiteral("chart.png"));
        const auto runApp = [&]() -> qint64 {
            return elapsedNs([&] {
                QString error;
                if (!ChartExporter::write(*data, name, path, size, 1.0, &error))
                    die(error);
            });
        };
        const QImage image = ChartExporter::renderImage(*data, name, size, 1.0);
        const QString floorPath = QDir(m_o.output).absoluteFilePath(QStringLiteral("floor.png"));
        const auto runFloor = [&]() -> qint64 {
            return elapsedNs([&] {
                QFile file(floorPath);
                if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
                    || !image.save(&file, "PNG"))
                    die(QStringLiteral("cannot write %1").arg(floorPath));
            });
        };
        const auto [app, floor] = pairedMedians(m_o.repeat, runApp, runFloor);
        const double render = medianMs(m_o.repeat, [&] {
            return elapsedNs([&] { (void)ChartExporter::renderImage(*data, name, size, 1.0); });
        });
        add({QStringLiteral(
                 "PNG export 1920×1080, all records by year, %1 stacks (ChartExporter::write)")
                 .arg(data->series.size()),
             app, floor,
             QStringLiteral("floor: encoding the very same rendered pixels as PNG into a file "
                            "(QImage::save, Qt's default PNG settings), i.e. the export without "
                            "drawing the chart; drawing alone (ChartExporter::renderImage) takes "
                            "%1 ms")
                 .arg(formatMs(render))});
    }

    QString freshCopy() const
    {
        const QString copy =
            QDir(m_o.output).absoluteFilePath(QStringLiteral("import-copy.sqlite"));
        Database::removeFiles(copy);
        if (!QFile::copy(m_path, copy))
            die(QStringLiteral("cannot copy %1").arg(m_path));
        return copy;
    }

    void csvImport()
    {
        ImportPlan plan;
        {
            Database db;
            if (!db.open(m_path))
                die(db.errorString());
            plan = writeImportCsv(db, m_o);
        }
        const int repeat = std::max(1, std::min(m_o.repeat, 3));
        std::vector<double> samples;
        for (int i = 0; i < repeat; ++i) {
            const QString copy = freshCopy();
            Database db;
            if (!db.open(copy))
                die(db.errorString());
            ParticipationImport::Result result;
            const qint64 ns =
                elapsedNs([&] { result = ParticipationImport::run(db, plan.csvPath); });
            if (!result.ok || result.participationWritten != plan.rows) {
                QStringList problems;
                for (const auto &p : result.problems.mid(0, 5))
                    problems << p.toString();
                die(QStringLiteral("the import failed: %1")
                        .arg(problems.join(QLatin1String("; "))));
            }
            samples.push_back(double(ns) / 1e6);
        }
        const double app = medianOf(samples);

        // Floor: the same writes, bare: the new events and the participation
        // rows, prepared statements, one transaction; no CSV, no checks.
        std::vector<double> floorSamples;
        for (int i = 0; i < repeat; ++i) {
            const QString copy = freshCopy();
            Database db;
            if (!db.open(copy))
                die(db.errorString());
            const QSqlDatabase c = db.connection();
            const qint64 ns = elapsedNs([&] {
                exec(c, QStringLiteral("BEGIN IMMEDIATE"));
                QSqlQuery source = prepared(c,
                                            QStringLiteral("INSERT INTO sources (title, kind) "
                                                           "VALUES ('Import', "
                                                           "'official_record')"));
                run(source);
                const QVariant sourceId = source.lastInsertId();
                QSqlQuery event = prepared(c,
                                           QStringLiteral("INSERT INTO events (title, kind, "
                                                          "start_date, city, country_code, "
                                                          "project_id, source_id) VALUES (?, "
                                                          "?, ?, ?, ?, ?, ?)"));
                QSqlQuery row = prepared(c,
                                         QStringLiteral("INSERT INTO participation (event_id, "
                                                        "agency_id, participants, source_id) "
                                                        "VALUES (?, ?, ?, ?)"));
                for (const ImportPlan::Event &e : plan.events) {
                    event.bindValue(0, e.title);
                    event.bindValue(1, e.kind);
                    event.bindValue(2, e.start);
                    event.bindValue(3, e.city);
                    event.bindValue(4, e.country);
                    event.bindValue(5, e.projectId);
                    event.bindValue(6, sourceId);
                    run(event);
                    const QVariant eventId = event.lastInsertId();
                    for (const auto &[agency, participants] : e.rows) {
                        row.bindValue(0, eventId);
                        row.bindValue(1, agency);
                        row.bindValue(2, participants);
                        row.bindValue(3, sourceId);
                        run(row);
                    }
                }
                exec(c, QStringLiteral("COMMIT"));
            });
            floorSamples.push_back(double(ns) / 1e6);
        }
        const double floor = medianOf(floorSamples);
        Database::removeFiles(
            QDir(m_o.output).absoluteFilePath(QStringLiteral("import-copy.sqlite")));
        add({QStringLiteral("Import %1 CSV rows (ParticipationImport::run, into a copy): "
                            "%2 rows/s; floor %3 rows/s")
                 .arg(plan.rows)
                 .arg(qRound64(double(plan.rows) / (app / 1000.0)))
                 .arg(qRound64(double(plan.rows) / (floor / 1000.0))),
             app, floor,
             QStringLiteral("%1 new events with %2 participation rows each; floor: the same "
                            "inserts (events, then participation) with prepared statements in one "
                            "transaction, no CSV reading and no checks; median of %3")
                 .arg(plan.events.size())
                 .arg(5)
                 .arg(repeat)});
    }

    void window()
    {
        std::vector<WindowRun> runs;
        for (int i = 0; i < m_o.windowRuns; ++i)
            runs.push_back(runWindowChild(m_path, m_o));
        const auto median = [&](double WindowRun::*member) {
            std::vector<double> values;
            for (const WindowRun &r : runs)
                values.push_back(r.*member);
            return medianOf(values);
        };
        const double windowTotal = median(&WindowRun::total);
        add({QStringLiteral("Window, fresh process: main() to painted tree (QApplication, "
                            "MainWindow, openRecordBase, show)"),
             windowTotal, -1,
             QStringLiteral(
                 "of which QApplication %1 ms, MainWindow() %2 ms, openRecordBase %3 "
                 "ms (tree, overview, chart of all records), show to painted tree %4 ms; "
                 "median of %5 processes")
                 .arg(formatMs(median(&WindowRun::app)), formatMs(median(&WindowRun::construct)),
                      formatMs(median(&WindowRun::open)), formatMs(median(&WindowRun::paint)))
                 .arg(m_o.windowRuns)});
        add({QStringLiteral("Window, fresh process: openRecordBase alone"),
             median(&WindowRun::open), -1, QString()});
        Result memory(QStringLiteral("Peak memory after opening the window (VmHWM)"), -1, -1,
                      QStringLiteral("largest VmHWM of the fresh window processes"));
        double hwm = 0;
        for (const WindowRun &r : runs)
            hwm = std::max(hwm, r.hwmMb);
        memory.value = QStringLiteral("%1 MB").arg(hwm, 0, 'f', 0);
        add(memory);
    }

    const Options &m_o;
    QString m_path;
    Landmarks m_landmarks;
};

// The load average over the last minute: other work on the machine slows
// every number down.
QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(file.readAll().split(' ').value(0));
}

void describeMachine(const Options &o, const QString &path)
{
    QString cpu;
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    if (cpuinfo.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : cpuinfo.readAll().split('\n')) {
            if (line.startsWith("model name")) {
                cpu = QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
                break;
            }
        }
    }
    QString memory;
    QFile meminfo(QStringLiteral("/proc/meminfo"));
    if (meminfo.open(QIODevice::ReadOnly)) {
        const QByteArray first = meminfo.readLine();
        memory = QStringLiteral("%1 GB").arg(
            first.mid(9).trimmed().split(' ').value(0).toDouble() / 1024.0 / 1024.0, 0, 'f', 1);
    }
    QSqlDatabase probe =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
    probe.setDatabaseName(QStringLiteral(":memory:"));
    QString sqlite;
    if (probe.open()) {
        QSqlQuery q(probe);
        if (q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next())
            sqlite = q.value(0).toString();
        q.finish();
    }
    probe.close();
    probe = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    out() << QStringLiteral("Machine: %1 CPUs (%2), %3 RAM; %4; Qt %5, SQLite %6; build %7\n")
                 .arg(QThread::idealThreadCount())
                 .arg(cpu, memory, QSysInfo::prettyProductName(), QString::fromLatin1(qVersion()),
                      sqlite, QStringLiteral(LIAISON_BENCHMARK_BUILD_TYPE));
    out() << QStringLiteral("Record base: %1 agencies, %2 projects, %3 events, %4 participation "
                            "rows (%5 MB); median of %6 runs after a warm-up; load average %7\n")
                 .arg(o.agencies)
                 .arg(o.projects)
                 .arg(o.events)
                 .arg(o.participation)
                 .arg(double(QFileInfo(path).size()) / 1e6, 0, 'f', 0)
                 .arg(o.repeat)
                 .arg(loadAverage());
    out().flush();
}

// The offscreen platform says on every window that it cannot resize it to
// its hints; nothing to do with what is measured.
QtMessageHandler previousMessageHandler = nullptr;

void quietOffscreenWarnings(QtMsgType type, const QMessageLogContext &context,
                            const QString &message)
{
    if (message.contains(QLatin1String("does not support propagateSizeHints")))
        return;
    if (previousMessageHandler)
        previousMessageHandler(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qPrintable(message));
}

void prepareEnvironment(const Options &o)
{
    // Never the user's settings or record base: everything under DIR.
    const QString home = QDir(o.output).absoluteFilePath(QStringLiteral("home"));
    for (const char *name : {"config", "data", "cache"})
        QDir().mkpath(home + QLatin1Char('/') + QLatin1String(name));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home + QStringLiteral("/config")));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home + QStringLiteral("/data")));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(home + QStringLiteral("/cache")));
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QString runtime = home + QStringLiteral("/runtime");
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    const Options options = parseOptions(argc, argv);
    if (!QDir().mkpath(options.output))
        die(QStringLiteral("cannot create %1").arg(options.output));
    prepareEnvironment(options);
    previousMessageHandler = qInstallMessageHandler(quietOffscreenWarnings);
    ApplicationIdentity::apply();
    QApplication app(argc, argv);
    if (!options.windowChild.isEmpty())
        return windowChild(options.windowChild, sinceMain);

    const QString path = basePath(options);
    if (options.regenerate || !QFileInfo::exists(path))
        generate(options, path);
    else
        out() << QStringLiteral("Reusing %1\n").arg(QDir::toNativeSeparators(path));
    {
        // Brings an older base to the current schema before anything is timed.
        Database db;
        if (!db.open(path))
            die(db.errorString());
    }
    describeMachine(options, path);
    Bench bench(options, path);
    bench.all();
    printTable(bench.results);
    out() << QStringLiteral("Load average at the end: %1\n").arg(loadAverage());
    out().flush();
    return 0;
}
