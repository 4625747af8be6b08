// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "database.h"
#include "databaselocation.h"
#include "defaultdatabase.h"
#include "demodatabase.h"
#include "participationimport.h"
#include "participationstats.h"
#include "recordbasecopy.h"
#include "recordexport.h"
#include "recordstore.h"
#include "schemamigrations.h"
#include "summaryjson.h"
#include "translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <cstring>
#include <termios.h>
#include <unistd.h>

namespace liaison {

namespace {

struct Options
{
    QCommandLineOption chart {QStringLiteral("chart"),
                              CommandLine::tr("export-chart: by-year, by-kind, by-agency, "
                                              "by-country or cumulative."),
                              CommandLine::tr("CHART")};
    QCommandLineOption output {QStringLiteral("output"),
                               CommandLine::tr("export-chart, export: the file to write (for "
                                               "charts .png, .jpg, .svg or .pdf)."),
                               CommandLine::tr("FILE")};
    QCommandLineOption format {QStringLiteral("format"),
                               CommandLine::tr("export: csv (the participation, in the import "
                                               "format) or json (every record with its source)."),
                               CommandLine::tr("FORMAT")};
    QCommandLineOption size {
        QStringLiteral("size"),
        CommandLine::tr("export-chart: the size in pixels (default 1600x900)."),
        CommandLine::tr("WxH")};
    QCommandLineOption help {{QStringLiteral("h"), QStringLiteral("help")},
                             CommandLine::tr("Show this help and exit.")};
    QCommandLineOption version {QStringLiteral("version"),
                                CommandLine::tr("Show the version and exit.")};
    QCommandLineOption database {QStringLiteral("database"),
                                 CommandLine::tr("The record base: an SQLite file or a "
                                                 "postgresql://user@host:port/dbname address. "
                                                 "Default: %1")
                                     .arg(QDir::toNativeSeparators(DefaultDatabase::path())),
                                 CommandLine::tr("PATH")};
    QCommandLineOption from {QStringLiteral("from"),
                             CommandLine::tr("copy: the record base to copy (a file or an "
                                             "address)."),
                             CommandLine::tr("PATH")};
    QCommandLineOption to {QStringLiteral("to"),
                           CommandLine::tr("copy: the new record base (a file that does not "
                                           "exist, or an empty database)."),
                           CommandLine::tr("PATH")};
    QCommandLineOption language {
        QStringLiteral("language"),
        CommandLine::tr("Interface language for this run (e.g. en, ru, az)."),
        CommandLine::tr("CODE")};
    QCommandLineOption demo {QStringLiteral("demo"),
                             CommandLine::tr("init: fill the new record base with the "
                                             "demo records.")};
    QCommandLineOption record {
        QStringLiteral("record"),
        CommandLine::tr("summary, export-chart: the record, as KIND:KEY (agency, project or event; "
                        "an acronym, exact name or id) or all."),
        CommandLine::tr("KIND:KEY")};
};

// Opens the record base of a command that only reads: never written, also
// when it cannot be (another user's file, a read-only folder) or was written
// by a newer Liaison. On failure says why, naming the file, on err.
bool openForReading(Database &db, const DatabaseLocation &location, const char *command,
                    QTextStream &err)
{
    if (db.open(location, Database::OpenMode::ReadOnly))
        return true;
    err << QStringLiteral("liaison %1: ").arg(QLatin1String(command)) << db.errorString()
        << QLatin1Char('\n');
    return false;
}

// A newer schema may hold what this version cannot show: read, but said.
void noteNewerSchema(const Database &db, const char *command, QTextStream &err)
{
    if (db.readOnlyReason() == Database::ReadOnlyReason::NewerSchema)
        err << QStringLiteral("liaison %1: ").arg(QLatin1String(command)) << db.readOnlyMessage()
            << QLatin1Char('\n');
}

// The terminal's settings while a password is typed without echo, so that
// Ctrl+C or a kill in the middle still gives the user their echo back.
struct termios savedTerminal;
volatile std::sig_atomic_t terminalSaved = 0;

void restoreTerminalAndExit(int signal)
{
    if (terminalSaved)
        tcsetattr(STDIN_FILENO, TCSANOW, &savedTerminal);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

// Reads one line from the terminal without echoing it; nothing when stdin is
// not a terminal or closes.
std::optional<QString> readPasswordFromTerminal(const QString &prompt, QTextStream &err)
{
    if (!isatty(STDIN_FILENO))
        return std::nullopt;
    err << prompt;
    err.flush();
    if (tcgetattr(STDIN_FILENO, &savedTerminal) != 0)
        return std::nullopt;
    terminalSaved = 1;
    const auto previousInt = std::signal(SIGINT, restoreTerminalAndExit);
    const auto previousTerm = std::signal(SIGTERM, restoreTerminalAndExit);
    struct termios silent = savedTerminal;
    silent.c_lflag &= ~tcflag_t(ECHO);
    silent.c_lflag |= ECHONL;
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    char buffer[1024];
    const bool read = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &savedTerminal);
    terminalSaved = 0;
    std::signal(SIGINT, previousInt);
    std::signal(SIGTERM, previousTerm);
    if (!read)
        return std::nullopt;
    QString password = QString::fromLocal8Bit(buffer);
    std::memset(buffer, 0, sizeof buffer);
    while (password.endsWith(QLatin1Char('\n')) || password.endsWith(QLatin1Char('\r')))
        password.chop(1);
    return password;
}

void addOptions(QCommandLineParser &parser, const Options &options)
{
    parser.setApplicationDescription(
        CommandLine::tr("Liaison browses international cooperation records: "
                        "agencies, projects, events and training "
                        "participation."));
    parser.addOptions({options.help, options.version, options.database, options.language,
                       options.demo, options.record, options.chart, options.output, options.size,
                       options.format, options.from, options.to});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 CommandLine::tr("init, summary, check, import FILE.csv, export, "
                                                 "export-chart or copy; none opens the window."),
                                 CommandLine::tr("[command]"));
}

} // namespace

CommandLine::CommandLine(const QStringList &arguments)
{
    const Options options;
    QCommandLineParser parser;
    addOptions(parser, options);
    const auto usage = [this](const QString &message) {
        m_command = Command::UsageError;
        m_usageError = message;
    };

    if (!parser.parse(arguments)) {
        usage(parser.errorText());
        return;
    }
    if (parser.isSet(options.help)) {
        m_command = Command::Help;
        return;
    }
    if (parser.isSet(options.version)) {
        m_command = Command::Version;
        return;
    }
    m_databasePath = parser.value(options.database);
    m_language = parser.value(options.language);
    m_record = parser.value(options.record);
    m_chart = parser.value(options.chart);
    m_output = parser.value(options.output);
    m_size = parser.value(options.size);
    m_format = parser.value(options.format);
    m_demo = parser.isSet(options.demo);
    m_from = parser.value(options.from);
    m_to = parser.value(options.to);
    if (!m_language.isEmpty() && !Translations::isShipped(m_language)) {
        QStringList codes;
        for (const Translations::Language &language : Translations::shipped())
            codes.append(language.code);
        usage(tr("Unknown language \"%1\". Languages: %2.")
                  .arg(m_language, codes.join(QStringLiteral(", "))));
        return;
    }
    if (parser.isSet(options.database) && m_databasePath.isEmpty()) {
        usage(tr("--database needs a file path."));
        return;
    }

    const QStringList positional = parser.positionalArguments();
    const bool takesFile = positional.value(0) == QLatin1String("import");
    if (positional.size() > (takesFile ? 2 : 1)) {
        usage(tr("Unexpected argument \"%1\".").arg(positional.at(takesFile ? 2 : 1)));
        return;
    }
    m_inputFile = takesFile ? positional.value(1) : QString();
    const QString name = positional.value(0);
    if (name.isEmpty())
        m_command = Command::Window;
    else if (name == QLatin1String("init"))
        m_command = Command::Init;
    else if (name == QLatin1String("summary"))
        m_command = Command::Summary;
    else if (name == QLatin1String("check"))
        m_command = Command::Check;
    else if (name == QLatin1String("export-chart"))
        m_command = Command::ExportChart;
    else if (name == QLatin1String("import"))
        m_command = Command::Import;
    else if (name == QLatin1String("export"))
        m_command = Command::Export;
    else if (name == QLatin1String("copy"))
        m_command = Command::Copy;
    else {
        usage(tr("Unknown command \"%1\". Commands: init, summary, check, import, export, "
                 "export-chart, copy.")
                  .arg(name));
        return;
    }

    if (m_demo && m_command != Command::Init) {
        usage(tr("--demo is an option of the init command."));
        return;
    }
    if (parser.isSet(options.record) && m_command != Command::Summary
        && m_command != Command::ExportChart) {
        usage(tr("--record is an option of the summary and export-chart commands."));
        return;
    }
    for (const QCommandLineOption *option : {&options.chart, &options.size}) {
        if (parser.isSet(*option) && m_command != Command::ExportChart) {
            usage(tr("--%1 is an option of the export-chart command.")
                      .arg(option->names().constFirst()));
            return;
        }
    }
    if (parser.isSet(options.output) && m_command != Command::ExportChart
        && m_command != Command::Export) {
        usage(tr("--output is an option of the export and export-chart commands."));
        return;
    }
    if (parser.isSet(options.format) && m_command != Command::Export) {
        usage(tr("--format is an option of the export command."));
        return;
    }
    const bool copyOptions = parser.isSet(options.from) || parser.isSet(options.to);
    if ((m_command == Command::Copy
         && (m_from.isEmpty() || m_to.isEmpty() || parser.isSet(options.database)))
        || (m_command != Command::Copy && copyOptions)) {
        usage(tr("copy needs --from and --to (not --database)."));
        return;
    }
    if (m_command == Command::Import && m_inputFile.isEmpty()) {
        usage(tr("import needs the CSV file to read."));
        return;
    }
    if (m_command == Command::Export) {
        if (m_format.isEmpty() || m_output.isEmpty())
            usage(tr("export needs --format csv|json and --output FILE."));
        else if (m_format != QLatin1String("csv") && m_format != QLatin1String("json"))
            usage(tr("Unknown format \"%1\". Formats: csv, json.").arg(m_format));
        return;
    }
    if (m_command == Command::Summary && m_record.isEmpty())
        usage(tr("summary needs --record KIND:KEY or --record all."));
    if (m_command == Command::ExportChart
        && (m_record.isEmpty() || m_chart.isEmpty() || m_output.isEmpty()))
        usage(tr("export-chart needs --record, --chart and --output."));
}

QString CommandLine::helpText()
{
    const Options options;
    QCommandLineParser parser;
    addOptions(parser, options);
    return parser.helpText() + QLatin1Char('\n')
        + tr("Commands:\n"
             "  (none)    Open the window on the record base.\n"
             "  init      Create an empty record base, or with --demo the demo records.\n"
             "            Refuses to touch an existing file.\n"
             "  summary   Print the training-participation totals of a record as JSON.\n"
             "  check     Check the record base's integrity, references and schema "
             "version.\n"
             "  import FILE.csv\n"
             "            Import training participation from a CSV file, all or nothing.\n"
             "  export    Write the participation as CSV (the import format) or every\n"
             "            record with its source as JSON.\n"
             "  export-chart\n"
             "            Write a chart of a record's training participation as PNG, JPEG,\n"
             "            SVG or PDF (by the extension of --output). Needs no display.\n"
             "  copy      Copy a whole record base --from one file or server --to a new\n"
             "            file or an empty server database, and compare their summaries.\n\n"
             "A record base is an SQLite file or a server address,\n"
             "postgresql://user@host:port/dbname; a password comes from the address,\n"
             "PGPASSWORD, the password file (PGPASSFILE, ~/.pgpass) or a prompt.\n\n"
             "Exit status: 0 success, 1 failure, 2 usage error.\n");
}

bool CommandLine::containsQtGuiOption(const QStringList &arguments)
{
    static const QStringList options = {
        QStringLiteral("-platform"),        QStringLiteral("-platformpluginpath"),
        QStringLiteral("-platformtheme"),   QStringLiteral("-plugin"),
        QStringLiteral("-qwindowgeometry"), QStringLiteral("-qwindowicon"),
        QStringLiteral("-qwindowtitle"),    QStringLiteral("-reverse"),
        QStringLiteral("-session"),         QStringLiteral("-style"),
        QStringLiteral("-stylesheet"),      QStringLiteral("-widgetcount"),
        QStringLiteral("-display"),         QStringLiteral("-geometry"),
        QStringLiteral("-nograb"),          QStringLiteral("-dograb")};
    for (const QString &argument : arguments) {
        if (options.contains(argument.section(QLatin1Char('='), 0, 0)))
            return true;
    }
    return false;
}

int CommandLine::run(QTextStream &out, QTextStream &err) const
{
    switch (m_command) {
    case Command::Help:
        out << helpText();
        return Success;
    case Command::Version:
        out << QStringLiteral("liaison %1\n").arg(QStringLiteral(LIAISON_VERSION));
        return Success;
    case Command::UsageError:
        err << QStringLiteral("liaison: ") << m_usageError << QLatin1Char('\n')
            << tr("Try \"liaison --help\".") << QLatin1Char('\n');
        return UsageFailure;
    case Command::Init:
        return runInit(out, err);
    case Command::Summary:
        return runSummary(out, err);
    case Command::Check:
        return runCheck(out, err);
    case Command::Import:
        return runImport(out, err);
    case Command::Export:
        return runExport(out, err);
    case Command::Copy:
        return runCopy(out, err);
    case Command::Window:
    case Command::ExportChart:
        break;
    }
    err << QStringLiteral("liaison: ") << tr("The window cannot be opened from here.")
        << QLatin1Char('\n');
    return Failure;
}

bool CommandLine::resolveDatabasePath(QString *path, QTextStream &err) const
{
    if (!m_databasePath.isEmpty()) {
        *path = m_databasePath;
        return true;
    }
    QString error;
    if (!DefaultDatabase::ensureExists(&error)) {
        err << QStringLiteral("liaison: ") << error << QLatin1Char('\n');
        return false;
    }
    *path = DefaultDatabase::path();
    return true;
}

std::optional<DatabaseLocation>
CommandLine::locationFromArgument(const QString &text, QTextStream &err, const QString &option)
{
    QString error;
    std::optional<DatabaseLocation> location = DatabaseLocation::fromUserInput(text, &error);
    if (!location) {
        err << QStringLiteral("liaison: %1: ").arg(option) << error << QLatin1Char('\n');
        return std::nullopt;
    }
    if (!location->isPostgres())
        return location;
    QString warning;
    const std::optional<QString> known = location->resolvePassword(&warning);
    // A password file others may read is ignored, as libpq does: said, not silent.
    if (!warning.isEmpty())
        err << QStringLiteral("liaison: ") << warning << QLatin1Char('\n');
    if (known)
        return location;
    // No password known: ask the server whether it wants one before the
    // command runs, so that it is asked for once, on the terminal.
    Database probe;
    if (!probe.open(*location, Database::OpenMode::ReadOnly)
        && probe.openFailure() == Database::OpenFailure::PasswordRequired) {
        if (const std::optional<QString> password =
                readPasswordFromTerminal(tr("Password for %1: ").arg(location->displayName()), err))
            location->setPassword(*password);
    }
    return location;
}

std::optional<DatabaseLocation> CommandLine::resolveDatabaseLocation(QTextStream &err) const
{
    QString path;
    if (!resolveDatabasePath(&path, err))
        return std::nullopt;
    return locationFromArgument(path, err);
}

int CommandLine::runInit(QTextStream &out, QTextStream &err) const
{
    const std::optional<DatabaseLocation> location = locationFromArgument(
        m_databasePath.isEmpty() ? DefaultDatabase::path() : m_databasePath, err);
    if (!location)
        return Failure;
    const QString shown = location->isPostgres()
        ? location->displayName()
        : QDir::toNativeSeparators(QFileInfo(location->path()).absoluteFilePath());
    QString error;
    bool created = false;
    if (m_demo) {
        created = location->isPostgres() ? DemoDatabase::create(*location, &error)
                                         : DemoDatabase::create(location->path(), &error);
    } else {
        Database db;
        created = db.create(*location);
        error = db.errorString();
    }
    if (!created) {
        err << QStringLiteral("liaison init: ") << error << QLatin1Char('\n');
        return Failure;
    }
    out << (m_demo ? tr("Created the demo record base %1.") : tr("Created the record base %1."))
               .arg(shown)
        << QLatin1Char('\n');
    return Success;
}

int CommandLine::runSummary(QTextStream &out, QTextStream &err) const
{
    QString parseError;
    const std::optional<RecordKey> key = RecordKey::parse(m_record, &parseError);
    if (!key) {
        err << QStringLiteral("liaison summary: --record: ") << parseError << QLatin1Char('\n');
        return UsageFailure;
    }
    const std::optional<DatabaseLocation> location = resolveDatabaseLocation(err);
    if (!location)
        return Failure;
    Database db;
    if (!openForReading(db, *location, "summary", err))
        return Failure;
    noteNewerSchema(db, "summary", err);
    const RecordStore store(db);
    const std::optional<RecordRef> record = store.findRecord(*key);
    if (!record) {
        err << QStringLiteral("liaison summary: ") << store.errorString() << QLatin1Char('\n');
        return Failure;
    }
    const ParticipationStats stats(db);
    const std::optional<ParticipationSummary> summary = stats.summaryFor(*record);
    if (!summary) {
        err << QStringLiteral("liaison summary: ") << stats.errorString() << QLatin1Char('\n');
        return Failure;
    }
    out << QString::fromUtf8(SummaryJson::toText(*record, *summary));
    return Success;
}

int CommandLine::runCheck(QTextStream &out, QTextStream &err) const
{
    const std::optional<DatabaseLocation> location = resolveDatabaseLocation(err);
    if (!location)
        return Failure;
    const QString shown = location->isPostgres()
        ? location->displayName()
        : QDir::toNativeSeparators(QFileInfo(location->path()).absoluteFilePath());
    Database db;
    if (!openForReading(db, *location, "check", err))
        return Failure;
    QStringList problems;
    for (const QString &problem : db.integrityProblems())
        problems.append(tr("integrity: %1").arg(problem));
    for (const QString &problem : db.foreignKeyProblems())
        problems.append(tr("references: %1").arg(problem));
    const int version = db.userVersion();
    const bool newer = db.readOnlyReason() == Database::ReadOnlyReason::NewerSchema;
    if (version != SchemaMigrations::latestVersion() && !newer)
        problems.append(tr("schema version %1, expected %2; open the record base once with "
                           "write access to upgrade it")
                            .arg(version)
                            .arg(SchemaMigrations::latestVersion()));
    if (!problems.isEmpty() || newer) {
        for (const QString &problem : problems)
            err << QStringLiteral("liaison check: ") << shown << QStringLiteral(": ") << problem
                << QLatin1Char('\n');
        // The message names the file and the version.
        noteNewerSchema(db, "check", err);
        return Failure;
    }
    // A server checks its own pages and enforces every constraint itself;
    // SQLite's integrity_check and foreign_key_check ran above.
    out << (db.isPostgres()
                ? tr("%1: integrity and references kept by the server, schema version %2.")
                : tr("%1: integrity ok, references ok, schema version %2."))
               .arg(shown)
               .arg(version)
        << QLatin1Char('\n');
    return Success;
}

int CommandLine::runImport(QTextStream &out, QTextStream &err) const
{
    const std::optional<DatabaseLocation> location = resolveDatabaseLocation(err);
    if (!location)
        return Failure;
    Database db;
    if (!db.open(*location)) {
        err << QStringLiteral("liaison import: ") << db.errorString() << QLatin1Char('\n');
        return Failure;
    }
    // Never written when it cannot be, or was written by a newer Liaison.
    if (db.isReadOnly()) {
        err << QStringLiteral("liaison import: ") << db.readOnlyMessage() << QLatin1Char('\n')
            << QStringLiteral("liaison import: ")
            << tr("nothing was imported; %1 is unchanged.").arg(QDir::toNativeSeparators(db.path()))
            << QLatin1Char('\n');
        return Failure;
    }
    const ParticipationImport::Result result = ParticipationImport::run(db, m_inputFile);
    if (!result.ok) {
        for (const ParticipationImport::Problem &problem : result.problems)
            err << problem.toString() << QLatin1Char('\n');
        err << QStringLiteral("liaison import: ")
            << tr("nothing was imported; %1 is unchanged.").arg(QDir::toNativeSeparators(db.path()))
            << QLatin1Char('\n');
        return Failure;
    }
    out << tr("Imported %1 rows from %2: %3 participation records written; %4 projects, "
              "%5 events and %6 agencies created.")
               .arg(result.rows)
               .arg(QDir::toNativeSeparators(m_inputFile))
               .arg(result.participationWritten)
               .arg(result.projectsCreated)
               .arg(result.eventsCreated)
               .arg(result.agenciesCreated)
        << QLatin1Char('\n');
    return Success;
}

int CommandLine::runExport(QTextStream &out, QTextStream &err) const
{
    const std::optional<DatabaseLocation> location = resolveDatabaseLocation(err);
    if (!location)
        return Failure;
    Database db;
    if (!openForReading(db, *location, "export", err))
        return Failure;
    noteNewerSchema(db, "export", err);
    QString error;
    RecordExport::CsvReport report;
    const bool written = m_format == QLatin1String("json")
        ? RecordExport::writeJson(db, m_output, &error)
        : RecordExport::writeParticipationCsv(db, m_output, &error, &report);
    if (!written) {
        err << QStringLiteral("liaison export: ") << error << QLatin1Char('\n');
        return Failure;
    }
    out << tr("Wrote %1.").arg(QDir::toNativeSeparators(QFileInfo(m_output).absoluteFilePath()))
        << QLatin1Char('\n');
    // What the import format cannot hold is said, not silently dropped.
    if (!report.summary().isEmpty())
        err << QStringLiteral("liaison export: ") << report.summary() << QLatin1Char('\n');
    return Success;
}

int CommandLine::runCopy(QTextStream &out, QTextStream &err) const
{
    const std::optional<DatabaseLocation> from =
        locationFromArgument(m_from, err, QStringLiteral("--from"));
    if (!from)
        return Failure;
    const std::optional<DatabaseLocation> to =
        locationFromArgument(m_to, err, QStringLiteral("--to"));
    if (!to)
        return Failure;
    Database source;
    if (!openForReading(source, *from, "copy", err))
        return Failure;
    const RecordBaseCopy::Result result = RecordBaseCopy::copy(source, *to);
    if (!result.copied) {
        err << QStringLiteral("liaison copy: ") << result.error << QLatin1Char('\n');
        return Failure;
    }
    QStringList counts;
    for (const RecordBaseCopy::TableCount &count : result.counts)
        counts.append(QStringLiteral("%1 %2").arg(count.table).arg(count.rows));
    out << tr("Copied %1 to %2: %3.")
               .arg(source.path(), to->displayName(), counts.join(QStringLiteral(", ")))
        << QLatin1Char('\n');
    for (const QString &difference : result.differences)
        err << QStringLiteral("liaison copy: ") << difference << QLatin1Char('\n');
    if (!result.differences.isEmpty())
        return Failure;
    out << tr("The summaries match.") << QLatin1Char('\n');
    return Success;
}

} // namespace liaison
