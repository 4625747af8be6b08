// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "participationsummary.h"
#include "recordref.h"

#include <QJsonObject>

namespace liaison {

// The JSON form of a participation summary, as `liaison summary` prints it:
// {"record":{...},"total_participants":N,"by_year":{...},"by_project":{...},
//  "by_agency":{...},"by_country":{...},"by_event_kind":{...}}
class SummaryJson
{
public:
    static QJsonObject toJson(const RecordRef &record, const ParticipationSummary &summary);
    static QByteArray toText(const RecordRef &record, const ParticipationSummary &summary);
};

} // namespace liaison
