// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartdata.h"

#include "participationstats.h"

#include <QHash>

#include <algorithm>

namespace liaison {

namespace {

using Bucket = ParticipationSummary::Bucket;

ChartData::Stacking stackingFor(const StatsScope &scope)
{
    switch (scope.type) {
    case StatsScope::Type::Agency:
    case StatsScope::Type::Country:
    case StatsScope::Type::InternationalOrganisations:
    case StatsScope::Type::EuropeanBodies:
        return ChartData::Stacking::ByProject;
    default:
        return ChartData::Stacking::ByCountry;
    }
}

// Largest first; ties by key so the order is stable.
void sortLargestFirst(QList<Bucket> &buckets)
{
    std::stable_sort(buckets.begin(), buckets.end(), [](const Bucket &a, const Bucket &b) {
        return a.participants != b.participants ? a.participants > b.participants : a.key < b.key;
    });
}

void fillBars(ChartData &data, QList<Bucket> buckets)
{
    sortLargestFirst(buckets);
    ChartData::Series series;
    qint64 other = 0;
    for (qsizetype i = 0; i < buckets.size(); ++i) {
        if (i < ChartData::TopCount) {
            data.categories.append(buckets.at(i).key);
            data.categoryLabels.append(buckets.at(i).label);
            series.values.append(buckets.at(i).participants);
        } else {
            other += buckets.at(i).participants;
        }
    }
    if (buckets.size() > ChartData::TopCount) {
        data.categories.append(ChartData::otherKey());
        data.categoryLabels.append(QString());
        series.values.append(other);
    }
    data.series = {series};
}

// The queries build() runs, in order.
QList<ParticipationStats::Query> queriesFor(const StatsScope &scope, ChartKind kind)
{
    using Query = ParticipationStats::Query;
    QList<Query> queries = {Query::Total, Query::Period};
    switch (kind) {
    case ChartKind::ByYear:
        queries.append(stackingFor(scope) == ChartData::Stacking::ByProject
                           ? Query::ByYearAndProject
                           : Query::ByYearAndCountry);
        break;
    case ChartKind::ByKind:
        queries.append(Query::ByEventKind);
        break;
    case ChartKind::ByAgency:
        queries.append(Query::ByAgency);
        break;
    case ChartKind::ByCountry:
        queries.append(Query::ByCountry);
        break;
    case ChartKind::Cumulative:
        queries.append(Query::ByDate);
        break;
    }
    return queries;
}

} // namespace

QStringList ChartData::sqlFor(const StatsScope &scope, ChartKind kind)
{
    QStringList sql;
    for (ParticipationStats::Query query : queriesFor(scope, kind))
        sql.append(ParticipationStats::sqlFor(scope, query));
    return sql;
}

std::optional<ChartData> ChartData::build(const ParticipationStats &stats, const StatsScope &scope,
                                          ChartKind kind)
{
    ChartData data;
    data.kind = kind;
    const auto total = stats.totalParticipants(scope);
    const auto period = stats.periodOf(scope);
    if (!total || !period)
        return std::nullopt;
    data.total = *total;
    data.firstDate = period->first;
    data.lastDate = period->second;

    switch (kind) {
    case ChartKind::ByYear: {
        data.stacking = stackingFor(scope);
        const auto cells = data.stacking == Stacking::ByProject
            ? stats.participantsByYearAndProject(scope)
            : stats.participantsByYearAndCountry(scope);
        if (!cells)
            return std::nullopt;
        // Years in order, undated last; stacks in the order of their totals.
        // Keys are looked up in hashes: an agency's chart may stack
        // thousands of projects.
        QStringList years;
        QList<Bucket> stacks;
        QHash<QString, qsizetype> stackOf;
        for (const ParticipationStats::Cell &cell : *cells) {
            if (!years.contains(cell.year))
                years.append(cell.year);
            const auto it = stackOf.constFind(cell.key);
            if (it == stackOf.cend()) {
                stackOf.insert(cell.key, stacks.size());
                stacks.append({cell.key, cell.label, cell.participants});
            } else {
                stacks[*it].participants += cell.participants;
            }
        }
        std::sort(years.begin(), years.end(), [](const QString &a, const QString &b) {
            const bool undatedA = a == ParticipationStats::undatedKey();
            const bool undatedB = b == ParticipationStats::undatedKey();
            return undatedA != undatedB ? undatedB : a < b;
        });
        sortLargestFirst(stacks);
        data.categories = years;
        data.categoryLabels = years;
        QHash<QString, qsizetype> yearIndex;
        for (qsizetype i = 0; i < years.size(); ++i)
            yearIndex.insert(years.at(i), i);
        data.series.reserve(stacks.size());
        for (const Bucket &stack : stacks) {
            stackOf.insert(stack.key, data.series.size());
            data.series.append({stack.key, stack.label, QList<qint64>(years.size(), 0)});
        }
        for (const ParticipationStats::Cell &cell : *cells)
            data.series[stackOf.value(cell.key)].values[yearIndex.value(cell.year)] +=
                cell.participants;
        break;
    }
    case ChartKind::ByKind: {
        auto kinds = stats.participantsByEventKind(scope);
        if (!kinds)
            return std::nullopt;
        sortLargestFirst(*kinds);
        Series series;
        for (const Bucket &bucket : *kinds) {
            data.categories.append(bucket.key);
            data.categoryLabels.append(bucket.label);
            series.values.append(bucket.participants);
        }
        data.series = {series};
        break;
    }
    case ChartKind::ByAgency: {
        const auto agencies = stats.participantsByAgency(scope);
        if (!agencies)
            return std::nullopt;
        fillBars(data, *agencies);
        break;
    }
    case ChartKind::ByCountry: {
        const auto countries = stats.participantsByCountry(scope);
        if (!countries)
            return std::nullopt;
        fillBars(data, *countries);
        break;
    }
    case ChartKind::Cumulative: {
        const auto dates = stats.participantsByDate(scope);
        if (!dates)
            return std::nullopt;
        Series series;
        qint64 running = 0;
        for (const Bucket &bucket : *dates) {
            running += bucket.participants;
            data.categories.append(bucket.key);
            data.categoryLabels.append(bucket.key);
            series.values.append(running);
        }
        data.series = {series};
        break;
    }
    }
    return data;
}

} // namespace liaison
