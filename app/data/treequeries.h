// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordid.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace liaison {

class Database;

// The queries behind the record tree: the children of one node, a page at a
// time, and the path from the top of the tree down to a record. Nothing is
// loaded beyond the rows asked for.
//
// Agencies
//   International organisations / EU agencies and bodies / <country>…
//     <agency>: sub-agencies, projects (with role), people, agreements
//   <country>: its national agencies, then the country's own agreements
// Projects and programmes
//   <project>: sub-projects, participating agencies (with role), events by date
//   Events outside projects
class TreeQueries
{
    Q_DECLARE_TR_FUNCTIONS(liaison::TreeQueries)

public:
    enum class NodeType {
        AgenciesRoot,
        ProjectsRoot,
        InternationalGroup,
        EuropeanGroup,
        OtherEventsGroup,
        Country,
        Agency,
        Project,
        Event,
        Person,
        Agreement,
    };

    // Identifies a node: its type, and the record it stands for.
    struct NodeKey
    {
        NodeType type = NodeType::AgenciesRoot;
        qint64 id = 0;
        QString code; // countries

        static NodeKey of(NodeType type, qint64 id = 0) { return {type, id, {}}; }
        static NodeKey country(const QString &code) { return {NodeType::Country, 0, code}; }
        friend bool operator==(const NodeKey &a, const NodeKey &b)
        {
            return a.type == b.type && a.id == b.id && a.code == b.code;
        }
    };

    struct Row
    {
        NodeKey key;
        QString name; // name, title, full name, subject or English country name
        QString acronym; // agencies and projects
        // An agency's role in a project (project_roles.role code), an event's
        // ISO start date, a person's position, an agreement's partner
        // country code.
        QString detail;
        // Participants where a count applies: an agency's or a country's
        // total, a project's (with its sub-projects), an event's; on the
        // rows linking an agency and a project, that agency's participants
        // in that project. -1 where no count applies.
        qint64 participants = -1;
        bool hasChildren = false;
    };

    explicit TreeQueries(const Database &db);

    // Children of parent in tree order, rows offset..offset+limit-1.
    // withCounts false: participants stay -1, for addParticipantCounts()
    // later (on another thread, where the counts aggregate much of the base).
    std::optional<QList<Row>> childrenOf(const NodeKey &parent, int offset, int limit,
                                         bool withCounts = true) const;
    // The participant counts of rows childrenOf(parent, …) read.
    bool addParticipantCounts(const NodeKey &parent, QList<Row> &rows) const;

    // The keys from a top-level branch (AgenciesRoot or ProjectsRoot) down to
    // the node of record; an empty list when the record has no place in the
    // tree (a source, a person without agency); nullopt on error.
    std::optional<QList<NodeKey>> pathTo(const RecordId &record) const;

    // The SQL childrenOf runs for the children of a node of this type, with
    // the named placeholders :id, :code, :limit and :offset; empty for the
    // types that have no children. For tests and benchmarks (query plans).
    static QString sqlFor(NodeType parent);
    // The queries childrenOf then runs for the participant counts of the
    // rows it read, for rowCount rows of every kind (positional placeholders).
    static QStringList countSqlFor(NodeType parent, int rowCount);

    static RecordId recordOf(const NodeKey &key);
    static std::optional<NodeKey> nodeFor(const RecordId &record);

    QString errorString() const { return m_error; }

private:
    std::optional<QList<NodeKey>> agencyPath(qint64 agencyId) const;
    std::optional<QList<NodeKey>> projectPath(qint64 projectId) const;

    const Database &m_db;
    mutable QString m_error;
};

} // namespace liaison
