// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class QTextStream;

namespace liaison {

class CommandLine;

// `liaison export-chart`: writes a chart without opening the window. Lives
// beside the chart widgets because Qt Charts draws through them; needs a
// QApplication (main() picks the offscreen platform when there is no display).
class ChartExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(liaison::ChartExportCommand)

public:
    static int run(const CommandLine &commandLine, QTextStream &out, QTextStream &err);
};

} // namespace liaison
