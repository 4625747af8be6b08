// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QTextStream;

namespace liaison {

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
        Help,
        Version,
        UsageError
    };
    enum ExitCode { Success = 0, Failure = 1, UsageFailure = 2 };

    explicit CommandLine(const QStringList &arguments);

    Command command() const { return m_command; }
    // The --database value; empty means the per-user default record base.
    QString databasePath() const { return m_databasePath; }
    QString language() const { return m_language; }
    QString usageError() const { return m_usageError; }
    QString record() const { return m_record; }
    QString chart() const { return m_chart; }
    QString output() const { return m_output; }
    QString size() const { return m_size; }
    QString format() const { return m_format; }
    QString inputFile() const { return m_inputFile; }

    // The record base a command works on: --database, or the per-user
    // default, created with the demo records on first use. On failure says
    // why on err and returns false.
    bool resolveDatabasePath(QString *path, QTextStream &err) const;

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
    Command m_command = Command::Window;
    QString m_databasePath;
    QString m_language;
    QString m_record;
    QString m_chart;
    QString m_output;
    QString m_size;
    QString m_format;
    QString m_inputFile;
    bool m_demo = false;
    QString m_usageError;
};

} // namespace liaison
