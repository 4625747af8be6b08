// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace liaison {

// Training-participation totals of one scope (a record or the whole base),
// each breakdown ordered by its key.
struct ParticipationSummary
{
    struct Bucket
    {
        QString key; // year, acronym or name, ISO country code, event kind
        QString label; // full name where the key is an acronym or code
        qint64 participants = 0;
    };

    qint64 totalParticipants = 0;
    QList<Bucket> byYear;
    QList<Bucket> byProject;
    QList<Bucket> byAgency;
    QList<Bucket> byCountry;
    QList<Bucket> byEventKind;
};

} // namespace liaison
