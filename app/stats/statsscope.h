// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordid.h"
#include "recordref.h"

#include <QString>

#include <optional>

namespace liaison {

// Whose training participation to count: one record, a group of the tree,
// or the whole record base.
//
// An agency counts its own participation; a project the events of the
// project and of all projects under it; an event itself; a country the
// participation of its agencies; the groups of international organisations
// and of EU agencies and bodies their members' participation; "events outside
// projects" the participation in events that belong to no project.
struct StatsScope
{
    enum class Type {
        All,
        Agency,
        Project,
        Event,
        Country,
        InternationalOrganisations,
        EuropeanBodies,
        EventsOutsideProjects,
    };

    Type type = Type::All;
    qint64 id = 0;
    QString code; // countries

    StatsScope() = default;
    StatsScope(Type type, qint64 id = 0, QString code = {})
        : type(type)
        , id(id)
        , code(std::move(code))
    { }
    // The scope of a record found from the command line.
    StatsScope(const RecordRef &record) // NOLINT: implicit on purpose
    {
        if (record.isAll)
            return;
        id = record.id;
        type = record.kind == RecordKind::Project ? Type::Project
            : record.kind == RecordKind::Event    ? Type::Event
                                                  : Type::Agency;
    }

    // Agencies, projects, events and countries have participation of their
    // own; people, agreements and sources do not.
    static std::optional<StatsScope> forRecord(const RecordId &record)
    {
        switch (record.kind) {
        case RecordKind::Agency:
            return StatsScope(Type::Agency, record.id);
        case RecordKind::Project:
            return StatsScope(Type::Project, record.id);
        case RecordKind::Event:
            return StatsScope(Type::Event, record.id);
        case RecordKind::Country:
            return StatsScope(Type::Country, 0, record.code);
        case RecordKind::Person:
        case RecordKind::Agreement:
        case RecordKind::Source:
            break;
        }
        return std::nullopt;
    }

    friend bool operator==(const StatsScope &a, const StatsScope &b)
    {
        return a.type == b.type && a.id == b.id && a.code == b.code;
    }
};

} // namespace liaison
