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
    enum class Command { Window, Init, Summary, Check, Help, Version, UsageError };
    enum ExitCode { Success = 0, Failure = 1, UsageFailure = 2 };

    explicit CommandLine(const QStringList &arguments);

    Command command() const { return m_command; }
    // The --database value; empty means the per-user default record base.
    QString databasePath() const { return m_databasePath; }
    QString language() const { return m_language; }
    QString usageError() const { return m_usageError; }

    // Runs any command but Window; returns the process exit code.
    int run(QTextStream &out, QTextStream &err) const;

    static QString helpText();
    // Qt's own GUI options (-platform, -style, …): QApplication takes them out
    // of the arguments, so main() needs it before parsing ours.
    static bool containsQtGuiOption(const QStringList &arguments);

private:
    int runInit(QTextStream &out, QTextStream &err) const;
    int runSummary(QTextStream &out, QTextStream &err) const;
    int runCheck(QTextStream &out, QTextStream &err) const;
    // The record base a command works on: --database, or the per-user
    // default, created with the demo records on first use.
    bool resolveDatabasePath(QString *path, QTextStream &err) const;

    Command m_command = Command::Window;
    QString m_databasePath;
    QString m_language;
    QString m_record;
    bool m_demo = false;
    QString m_usageError;
};

} // namespace liaison
