// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartdata.h"

#include <QCoreApplication>
#include <QFont>
#include <QString>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace liaison {

// Builds the Qt Charts chart of a ChartData in the interface language and
// locale: stacked bars per year, a donut by event kind, horizontal bars of
// the top ten agencies or countries, a cumulative line. The same chart is
// used on screen and for export; it never uses OpenGL-drawn series, which
// would be missing from SVG and PDF.
class ChartFactory
{
    Q_DECLARE_TR_FUNCTIONS(liaison::ChartFactory)

public:
    // The chart's text uses font's family explicitly, so an exported SVG names
    // a real font rather than "Sans Serif".
    // dark: the window's palette is dark and the chart follows it (exports
    // stay light, for documents).
    static QChart *create(const ChartData &data, const QString &recordName, const QFont &font,
                          bool dark = false);

    // "ASCCA: participants by year, 2021–2024"
    static QString title(const ChartData &data, const QString &recordName);
    // The picker's name of a chart: "By year", "By event kind", …
    static QString chartName(ChartKind kind);
    static QString emptyText(const QString &recordName);
    static QString categoryLabel(const ChartData &data, qsizetype index);
    static QString seriesLabel(const ChartData &data, const ChartData::Series &series);
    // The period covered, in years: "2021–2024", "2023", or empty.
    static QString period(const ChartData &data);
};

} // namespace liaison
