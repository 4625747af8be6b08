// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace liaison {

// The charts of training participation. Names are the words used on the
// command line (--chart) and in settings; never translated.
enum class ChartKind { ByYear, ByKind, ByAgency, ByCountry, Cumulative };

inline QList<ChartKind> allChartKinds()
{
    return {ChartKind::ByYear, ChartKind::ByKind, ChartKind::ByAgency, ChartKind::ByCountry,
            ChartKind::Cumulative};
}

inline QString chartKindName(ChartKind kind)
{
    switch (kind) {
    case ChartKind::ByYear:
        return QStringLiteral("by-year");
    case ChartKind::ByKind:
        return QStringLiteral("by-kind");
    case ChartKind::ByAgency:
        return QStringLiteral("by-agency");
    case ChartKind::ByCountry:
        return QStringLiteral("by-country");
    case ChartKind::Cumulative:
        return QStringLiteral("cumulative");
    }
    return {};
}

inline std::optional<ChartKind> chartKindFromName(const QString &name)
{
    for (ChartKind kind : allChartKinds()) {
        if (chartKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

} // namespace liaison
