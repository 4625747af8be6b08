// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartkind.h"
#include "statsscope.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace liaison {

class ParticipationStats;

// What a chart of training participation shows, prepared from the SQL
// aggregations of ParticipationStats: plain numbers and keys, no widgets and
// no translated text (the chart widgets name keys in the interface language).
struct ChartData
{
    // One stack of the by-year chart, one bar or slice elsewhere.
    struct Series
    {
        QString key; // project acronym or name, ISO country code, event kind, agency key
        QString label; // full name where key is an acronym or code
        QList<qint64> values; // one per category
    };
    // Per-year stacks are projects (agency, country and agency-group scopes)
    // or countries of the participating agencies (every other scope).
    enum class Stacking { None, ByProject, ByCountry };

    static constexpr int TopCount = 10;
    // The key of the bar that sums everything after the top ten.
    static QString otherKey() { return QStringLiteral("other"); }

    ChartKind kind = ChartKind::ByYear;
    Stacking stacking = Stacking::None;
    // Years for by-year (undated last), kinds for by-kind, agencies or
    // countries for the bar charts (largest first, "other" last), ISO dates
    // for cumulative.
    QStringList categories;
    QStringList categoryLabels;
    QList<Series> series;
    qint64 total = 0;
    QString firstDate; // ISO, of the events counted
    QString lastDate;

    bool isEmpty() const { return total == 0; }

    // Reads the numbers for one chart of a scope; nullopt on a query error
    // (see stats.errorString()).
    static std::optional<ChartData> build(const ParticipationStats &stats, const StatsScope &scope,
                                          ChartKind kind);
    // The SQL texts build() runs for a chart of a scope, in order (see
    // ParticipationStats::sqlFor). For tests and benchmarks (query plans).
    static QStringList sqlFor(const StatsScope &scope, ChartKind kind);
};

} // namespace liaison
