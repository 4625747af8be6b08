// SPDX-License-Identifier: GPL-3.0-or-later
#include "applicationidentity.h"
#include "chartexportcommand.h"
#include "commandline.h"
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QIcon>
#include <QTextStream>

namespace {

// --language applies to one run; otherwise the choice made in the window,
// or the system's language.
void installLanguage(const liaison::CommandLine &commandLine)
{
    liaison::Translations::install(commandLine.language().isEmpty()
                                       ? liaison::Translations::savedLanguage()
                                       : commandLine.language());
}

int runCommand(const liaison::CommandLine &commandLine)
{
    installLanguage(commandLine);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return commandLine.run(out, err);
}

} // namespace

// Wiring only: the command line and the window live in the libraries.
int main(int argc, char *argv[])
{
    liaison::ApplicationIdentity::apply();

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const liaison::CommandLine preliminary(arguments);
    const bool wantsWindow = preliminary.command() == liaison::CommandLine::Command::Window
        || liaison::CommandLine::containsQtGuiOption(arguments);

    if (preliminary.command() == liaison::CommandLine::Command::ExportChart) {
        // Charts are drawn by widgets; with no display, draw offscreen.
        if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
            && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        installLanguage(preliminary);
        QTextStream out(stdout);
        QTextStream err(stderr);
        return liaison::ChartExportCommand::run(preliminary, out, err);
    }
    if (!wantsWindow) {
        QCoreApplication app(argc, argv);
        return runCommand(preliminary);
    }

    // The desktop entry and window icon tie the window to its menu entry.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.example.Liaison"));
    QApplication app(argc, argv);
    QApplication::setWindowIcon(
        QIcon(QStringLiteral(":/liaison/icons/hicolor/org.example.Liaison.svg")));
    const liaison::CommandLine commandLine(QApplication::arguments());
    if (commandLine.command() != liaison::CommandLine::Command::Window)
        return runCommand(commandLine);
    installLanguage(commandLine);
    liaison::MainWindow window;
    if (!window.openStartupRecordBase(commandLine.databasePath()))
        return liaison::CommandLine::Failure;
    window.show();
    return app.exec();
}
