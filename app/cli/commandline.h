// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

class QTextStream;

namespace liaison {

class DatabaseLocation;

// Parses Liaison's command line and runs its subcommands. The window is not
// a subcommand here: command() says Window and main() opens it, so this
// class needs no widgets.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(liaison::CommandLine)

public:
    enum class Command {
        Window,
        Init,
        Summary,
        Check,
        ExportChart,
        Import,
        Export,
        Copy,
        Help,
        Version,
        UsageError
    };
    enum ExitCode { Success = 0, Failure = 1, UsageFailure = 2 };

    explicit CommandLine(const QStringList &arguments);

    Command command() const { return m_command; }
    // The --database value, an SQLite path or a postgresql:// address; empty
    // means the per-user default record base.
    QString databasePath() const { return m_databasePath; }
    QString language() const { return m_language; }
    QString usageError() const { return m_usageError; }
    QString record() const { return m_record; }
    QString chart() const { return m_chart; }
    QString output() const { return m_output; }
    QString size() const { return m_size; }
    QString format() const { return m_format; }
    QString inputFile() const { return m_inputFile; }
    // copy: --from and --to, each an SQLite path or a postgresql:// address.
    QString copyFrom() const { return m_from; }
    QString copyTo() const { return m_to; }

    // The record base a command works on: --database, or the per-user
    // default, created with the demo records on first use. On failure says
    // why on err and returns false.
    bool resolveDatabasePath(QString *path, QTextStream &err) const;
    // The same as a location: a malformed address is an error naming it. For
    // a server that asks for a password, asks for one on the terminal.
    std::optional<DatabaseLocation> resolveDatabaseLocation(QTextStream &err) const;
    // text (a path or an address) as a location; on failure says why on err,
    // naming the option it came from.
    // When the server asks for a password and stdin is a terminal, prompts
    // for it (without echo) and keeps it in the location, in memory only.
    static std::optional<DatabaseLocation>
    locationFromArgument(const QString &text, QTextStream &err,
                         const QString &option = QStringLiteral("--database"));

    // Runs any command but Window and ExportChart (which need the widgets
    // library); returns the process exit code.
    int run(QTextStream &out, QTextStream &err) const;

    static QString helpText();
    // Qt's own GUI options (-platform, -style, …): QApplication takes them out
    // of the arguments, so main() needs it before parsing ours.
    static bool containsQtGuiOption(const QStringList &arguments);

private:
    int runInit(QTextStream &out, QTextStream &err) const;
    int runSummary(QTextStream &out, QTextStream &err) const;
    int runCheck(QTextStream &out, QTextStream &err) const;
    int runImport(QTextStream &out, QTextStream &err) const;
    int runExport(QTextStream &out, QTextStream &err) const;
    int runCopy(QTextStream &out, QTextStream &err) const;
    Command m_command = Command::Window;
    QString m_databasePath;
    QString m_language;
    QString m_record;
    QString m_chart;
    QString m_output;
    QString m_size;
    QString m_format;
    QString m_inputFile;
    QString m_from;
    QString m_to;
    bool m_demo = false;
    QString m_usageError;
};

} // namespace liaison
