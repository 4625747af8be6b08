// SPDX-License-Identifier: GPL-3.0-or-later
#include "summaryjson.h"

#include <QJsonDocument>

namespace liaison {

namespace {

QJsonObject bucketsToJson(const QList<ParticipationSummary::Bucket> &buckets)
{
    QJsonObject object;
    for (const ParticipationSummary::Bucket &bucket : buckets) {
        // Two records without acronyms may share a name: their counts add up
        // under that one key rather than one silently replacing the other.
        const qint64 previous = object.value(bucket.key).toInteger(0);
        object.insert(bucket.key, previous + bucket.participants);
    }
    return object;
}

} // namespace

QJsonObject SummaryJson::toJson(const RecordRef &record, const ParticipationSummary &summary)
{
    QJsonObject recordObject;
    recordObject.insert(QStringLiteral("kind"),
                        record.isAll ? QStringLiteral("all") : RecordKey::kindName(record.kind));
    recordObject.insert(QStringLiteral("key"), record.key);
    recordObject.insert(QStringLiteral("name"), record.name);
    if (!record.isAll)
        recordObject.insert(QStringLiteral("id"), record.id);

    QJsonObject root;
    root.insert(QStringLiteral("record"), recordObject);
    root.insert(QStringLiteral("total_participants"), summary.totalParticipants);
    root.insert(QStringLiteral("by_year"), bucketsToJson(summary.byYear));
    root.insert(QStringLiteral("by_project"), bucketsToJson(summary.byProject));
    root.insert(QStringLiteral("by_agency"), bucketsToJson(summary.byAgency));
    root.insert(QStringLiteral("by_country"), bucketsToJson(summary.byCountry));
    root.insert(QStringLiteral("by_event_kind"), bucketsToJson(summary.byEventKind));
    return root;
}

QByteArray SummaryJson::toText(const RecordRef &record, const ParticipationSummary &summary)
{
    return QJsonDocument(toJson(record, summary)).toJson(QJsonDocument::Indented);
}

} // namespace liaison
