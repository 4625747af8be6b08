// SPDX-License-Identifier: GPL-3.0-or-later
#include "applicationidentity.h"
#include "commandline.h"
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QTextStream>

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

    if (!wantsWindow) {
        QCoreApplication app(argc, argv);
        liaison::Translations::install(
            preliminary.language().isEmpty() ? QLocale() : QLocale(preliminary.language()));
        QTextStream out(stdout);
        QTextStream err(stderr);
        return preliminary.run(out, err);
    }

    QApplication app(argc, argv);
    const liaison::CommandLine commandLine(QApplication::arguments());
    if (commandLine.command() != liaison::CommandLine::Command::Window) {
        QTextStream out(stdout);
        QTextStream err(stderr);
        return commandLine.run(out, err);
    }
    liaison::Translations::install(
        commandLine.language().isEmpty() ? QLocale() : QLocale(commandLine.language()));
    liaison::MainWindow window;
    if (!window.openStartupRecordBase(commandLine.databasePath()))
        return liaison::CommandLine::Failure;
    window.show();
    return app.exec();
}
