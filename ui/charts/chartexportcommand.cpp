// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartexportcommand.h"

#include "chartdata.h"
#include "chartexporter.h"
#include "commandline.h"
#include "database.h"
#include "participationstats.h"
#include "recordstore.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>

namespace liaison {

int ChartExportCommand::run(const CommandLine &commandLine, QTextStream &out, QTextStream &err)
{
    const QString prefix = QStringLiteral("liaison export-chart: ");
    const auto fail = [&](const QString &message) {
        err << prefix << message << QLatin1Char('\n');
        return int(CommandLine::Failure);
    };

    const std::optional<ChartKind> kind = chartKindFromName(commandLine.chart());
    if (!kind) {
        QStringList names;
        for (ChartKind each : allChartKinds())
            names.append(chartKindName(each));
        return fail(tr("--chart: unknown chart \"%1\"; use %2.")
                        .arg(commandLine.chart(), names.join(QStringLiteral(", "))));
    }
    const QString output = commandLine.output();
    if (!ChartExporter::formatForPath(output))
        return fail(tr("--output: unknown image format \"%1\" in %2; use .png, .jpg, .jpeg, "
                       ".svg or .pdf.")
                        .arg(QFileInfo(output).suffix(), output));
    QSize size = ChartExporter::defaultSize();
    if (!commandLine.size().isEmpty()) {
        static const QRegularExpression pattern(QStringLiteral("^(\\d{3,5})[xX×](\\d{3,5})$"));
        const QRegularExpressionMatch match = pattern.match(commandLine.size());
        if (!match.hasMatch())
            return fail(tr("--size: \"%1\" is not a size; write WIDTHxHEIGHT, e.g. 1920x1080.")
                            .arg(commandLine.size()));
        size = QSize(match.captured(1).toInt(), match.captured(2).toInt());
    }
    QString keyError;
    const std::optional<RecordKey> key = RecordKey::parse(commandLine.record(), &keyError);
    if (!key)
        return fail(QStringLiteral("--record: ") + keyError);

    // A file or a server, as for every command.
    const std::optional<DatabaseLocation> location = commandLine.resolveDatabaseLocation(err);
    if (!location)
        return CommandLine::Failure;
    Database db;
    if (!db.open(*location, Database::OpenMode::ReadOnly))
        return fail(db.errorString());
    const RecordStore store(db);
    const std::optional<RecordRef> record = store.findRecord(*key);
    if (!record)
        return fail(store.errorString());
    const ParticipationStats stats(db);
    const std::optional<ChartData> data = ChartData::build(stats, StatsScope(*record), *kind);
    if (!data)
        return fail(stats.errorString());
    const QString name = record->isAll ? tr("All records") : record->key;
    QString error;
    if (!ChartExporter::write(*data, name, output, size, 1.0, &error))
        return fail(error);
    out << tr("Wrote %1 (%2, %3 × %4).")
               .arg(QDir::toNativeSeparators(QFileInfo(output).absoluteFilePath()),
                    chartKindName(*kind))
               .arg(size.width())
               .arg(size.height())
        << QLatin1Char('\n');
    if (data->isEmpty())
        err << prefix << tr("note: no training participation is recorded for %1.").arg(name)
            << QLatin1Char('\n');
    return CommandLine::Success;
}

} // namespace liaison
