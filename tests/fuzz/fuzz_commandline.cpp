// SPDX-License-Identifier: GPL-3.0-or-later
//
// Liaison's command line: arbitrary argument lists (the input split at line
// breaks, after the program name) through CommandLine. Only what needs no
// record base runs (help, version, usage errors): parsing must not touch a
// file. Beyond not crashing:
// - a usage error says why and exits 2; help and version exit 0;
// - a command that parsed has what it needs: import a file, export a known
//   format and an output, summary a record, export-chart a record, a chart
//   and an output; a language is one Liaison ships.

#include "commandline.h"
#include "fuzzcheck.h"
#include "translations.h"

#include <QStringList>
#include <QTextStream>

using namespace liaison;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    liaison::fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(liaison::fuzz::bytesOf(data, size));
    QStringList arguments = {QStringLiteral("liaison")};
    if (!text.isEmpty())
        arguments += text.split(QLatin1Char('\n'));
    CommandLine::containsQtGuiOption(arguments);

    const CommandLine commandLine(arguments);
    const QString shown = arguments.join(QStringLiteral(" | "));
    using Command = CommandLine::Command;
    const Command command = commandLine.command();
    LIAISON_FUZZ_CHECK((command == Command::UsageError) == !commandLine.usageError().isEmpty(),
                       shown);
    if (command != Command::UsageError && command != Command::Help && command != Command::Version) {
        LIAISON_FUZZ_CHECK(commandLine.language().isEmpty()
                               || Translations::isShipped(commandLine.language()),
                           shown);
        LIAISON_FUZZ_CHECK(command != Command::Import || !commandLine.inputFile().isEmpty(), shown);
        LIAISON_FUZZ_CHECK(command != Command::Export
                               || ((commandLine.format() == QLatin1String("csv")
                                    || commandLine.format() == QLatin1String("json"))
                                   && !commandLine.output().isEmpty()),
                           shown);
        LIAISON_FUZZ_CHECK(command != Command::Summary || !commandLine.record().isEmpty(), shown);
        LIAISON_FUZZ_CHECK(command != Command::ExportChart
                               || (!commandLine.record().isEmpty() && !commandLine.chart().isEmpty()
                                   && !commandLine.output().isEmpty()),
                           shown);
        return 0;
    }

    QString outText;
    QString errText;
    QTextStream out(&outText);
    QTextStream err(&errText);
    const int exitCode = commandLine.run(out, err);
    out.flush();
    err.flush();
    if (command == Command::UsageError) {
        LIAISON_FUZZ_CHECK(exitCode == CommandLine::UsageFailure && !errText.isEmpty()
                               && outText.isEmpty(),
                           shown);
    } else {
        LIAISON_FUZZ_CHECK(
            exitCode == CommandLine::Success && !outText.isEmpty() && errText.isEmpty(), shown);
    }
    return 0;
}
