// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace liaison {

// The kinds of record a user can open. Their names are the stable words used
// on the command line, in links and in settings; never translated.
enum class RecordKind { Agency, Project, Event, Person, Agreement, Country, Source };

inline QString recordKindName(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Agency:
        return QStringLiteral("agency");
    case RecordKind::Project:
        return QStringLiteral("project");
    case RecordKind::Event:
        return QStringLiteral("event");
    case RecordKind::Person:
        return QStringLiteral("person");
    case RecordKind::Agreement:
        return QStringLiteral("agreement");
    case RecordKind::Country:
        return QStringLiteral("country");
    case RecordKind::Source:
        return QStringLiteral("source");
    }
    return {};
}

inline std::optional<RecordKind> recordKindFromName(const QString &name)
{
    for (RecordKind kind :
         {RecordKind::Agency, RecordKind::Project, RecordKind::Event, RecordKind::Person,
          RecordKind::Agreement, RecordKind::Country, RecordKind::Source}) {
        if (name.compare(recordKindName(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

} // namespace liaison
