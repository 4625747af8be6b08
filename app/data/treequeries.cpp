// SPDX-License-Identifier: GPL-3.0-or-later
#include "treequeries.h"

#include "database.h"
#include "sqldialect.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace liaison {

namespace {

using NodeType = TreeQueries::NodeType;

QString typeNumber(NodeType type)
{
    return QString::number(int(type));
}

const QString nationalKinds = QStringLiteral("('national_agency', 'ministry', 'academy')");

// Whether the agency or project with the id idColumn would have children in
// the tree; each test is served by an index on the referencing column.
QString agencyHasChildren(const QString &idColumn)
{
    return QStringLiteral("(EXISTS (SELECT 1 FROM agencies x WHERE x.parent_id = %1)"
                          " OR EXISTS (SELECT 1 FROM project_roles x WHERE x.agency_id = %1)"
                          " OR EXISTS (SELECT 1 FROM people x WHERE x.agency_id = %1)"
                          " OR EXISTS (SELECT 1 FROM agreements x WHERE x.agency_id = %1))")
        .arg(idColumn);
}

QString projectHasChildren(const QString &idColumn)
{
    return QStringLiteral("(EXISTS (SELECT 1 FROM projects x WHERE x.parent_id = %1)"
                          " OR EXISTS (SELECT 1 FROM project_roles x WHERE x.project_id = %1)"
                          " OR EXISTS (SELECT 1 FROM events x WHERE x.project_id = %1))")
        .arg(idColumn);
}

// Every branch selects: section, type, id, code, name, acronym, detail,
// has_children, sort. A NULL has_children is decided by the row's type once
// the page is cut (agencies and projects), so that a node with thousands of
// children tests only the rows it shows.
QString agencyRows(const QString &where, int section)
{
    return QStringLiteral("SELECT %1, %2, a.id, NULL, a.name, a.acronym, NULL, NULL,"
                          " COALESCE(a.acronym, a.name) FROM agencies a WHERE %3")
        .arg(section)
        .arg(typeNumber(NodeType::Agency), where);
}

QString projectRows(const QString &where, int section)
{
    return QStringLiteral("SELECT %1, %2, p.id, NULL, p.name, p.acronym, NULL, NULL,"
                          " COALESCE(p.acronym, p.name) FROM projects p WHERE %3")
        .arg(section)
        .arg(typeNumber(NodeType::Project), where);
}

QString eventRows(const QString &where, int section)
{
    // Undated events go last; ISO dates sort as text.
    return QStringLiteral("SELECT %1, %2, e.id, NULL, e.title, NULL, e.start_date, 0,"
                          " COALESCE(e.start_date, '9999') || e.title FROM events e WHERE %3")
        .arg(section)
        .arg(typeNumber(NodeType::Event), where);
}

QString agreementRows(const QString &where, int section)
{
    return QStringLiteral("SELECT %1, %2, g.id, NULL, g.subject, NULL, g.partner_country_code, 0,"
                          " g.subject FROM agreements g WHERE %3")
        .arg(section)
        .arg(typeNumber(NodeType::Agreement), where);
}

QString childrenSql(NodeType parent, const SqlDialect &dialect)
{
    QStringList branches;
    switch (parent) {
    case NodeType::AgenciesRoot:
        branches << QStringLiteral(
                        "SELECT 0, %1, 0, NULL, NULL, NULL, NULL, 1, '' WHERE EXISTS "
                        "(SELECT 1 FROM agencies WHERE kind = 'international_organisation')")
                        .arg(typeNumber(NodeType::InternationalGroup))
                 << QStringLiteral(
                        "SELECT 1, %1, 0, NULL, NULL, NULL, NULL, 1, '' WHERE EXISTS "
                        "(SELECT 1 FROM agencies WHERE kind IN ('eu_agency', 'eu_body'))")
                        .arg(typeNumber(NodeType::EuropeanGroup))
                 << QStringLiteral(
                        "SELECT 2, %1, 0, c.code, c.name, NULL, NULL, 1, c.name FROM countries c "
                        "WHERE EXISTS (SELECT 1 FROM agencies a WHERE a.country_code = c.code "
                        "AND a.kind IN %2 AND a.parent_id IS NULL) "
                        "OR EXISTS (SELECT 1 FROM agreements g WHERE g.agency_id IS NULL "
                        "AND g.country_code = c.code)")
                        .arg(typeNumber(NodeType::Country), nationalKinds);
        break;
    case NodeType::InternationalGroup:
        branches << agencyRows(
            QStringLiteral("a.kind = 'international_organisation' AND a.parent_id IS NULL"), 0);
        break;
    case NodeType::EuropeanGroup:
        branches << agencyRows(
            QStringLiteral("a.kind IN ('eu_agency', 'eu_body') AND a.parent_id IS NULL"), 0);
        break;
    case NodeType::Country:
        branches << agencyRows(QStringLiteral("a.country_code = :code AND a.kind IN %1 "
                                              "AND a.parent_id IS NULL")
                                   .arg(nationalKinds),
                               0)
                 << agreementRows(QStringLiteral("g.agency_id IS NULL AND g.country_code = :code"),
                                  1);
        break;
    case NodeType::Agency:
        // Projects under an agency are leaves: the project's own subtree
        // lives under "Projects and programmes".
        branches << agencyRows(QStringLiteral("a.parent_id = :id"), 0)
                 << QStringLiteral(
                        "SELECT 1, %1, p.id, NULL, p.name, p.acronym, r.role, 0,"
                        " COALESCE(p.acronym, p.name) FROM project_roles r"
                        " JOIN projects p ON p.id = r.project_id WHERE r.agency_id = :id")
                        .arg(typeNumber(NodeType::Project))
                 << QStringLiteral("SELECT 2, %1, pe.id, NULL, pe.full_name, NULL, pe.position, 0,"
                                   " pe.full_name FROM people pe WHERE pe.agency_id = :id")
                        .arg(typeNumber(NodeType::Person))
                 << agreementRows(QStringLiteral("g.agency_id = :id"), 3);
        break;
    case NodeType::Project:
        branches << projectRows(QStringLiteral("p.parent_id = :id"), 0)
                 << QStringLiteral(
                        "SELECT 1, %1, a.id, NULL, a.name, a.acronym, r.role, 0,"
                        " COALESCE(a.acronym, a.name) FROM project_roles r"
                        " JOIN agencies a ON a.id = r.agency_id WHERE r.project_id = :id")
                        .arg(typeNumber(NodeType::Agency))
                 << eventRows(QStringLiteral("e.project_id = :id"), 2);
        break;
    case NodeType::ProjectsRoot:
        branches << projectRows(QStringLiteral("p.parent_id IS NULL"), 0)
                 << QStringLiteral("SELECT 1, %1, 0, NULL, NULL, NULL, NULL, 1, '' WHERE EXISTS "
                                   "(SELECT 1 FROM events WHERE project_id IS NULL)")
                        .arg(typeNumber(NodeType::OtherEventsGroup));
        break;
    case NodeType::OtherEventsGroup:
        branches << eventRows(QStringLiteral("e.project_id IS NULL"), 0);
        break;
    case NodeType::Event:
    case NodeType::Person:
    case NodeType::Agreement:
        return {};
    }
    // The page is cut first (materialised, in order), then has_children is
    // tested for its rows only. The role (detail) breaks the tie of a project
    // in which an agency has two roles. A server names the union's columns
    // to sort by an expression of one.
    const QString rows = branches.join(QStringLiteral(" UNION ALL "));
    const QString page = dialect.isPostgres()
        ? QStringLiteral("SELECT * FROM (%1) AS u(section, type, id, code, name, acronym, detail,"
                         " has_children, sort) ORDER BY section, %2, id, detail")
              .arg(rows, dialect.nocaseOrder(QStringLiteral("sort")))
        : QStringLiteral("SELECT * FROM (%1) ORDER BY 1, 9 COLLATE NOCASE, 3, 7").arg(rows);
    return QStringLiteral("WITH page(section, type, id, code, name, acronym, detail, has_children,"
                          " sort) AS MATERIALIZED (%1 LIMIT :limit OFFSET :offset)"
                          " SELECT section, type, id, code, name, acronym, detail,"
                          " COALESCE(%7, CASE type WHEN %2 THEN %3 WHEN %4 THEN %5"
                          " ELSE 0 END), sort FROM page"
                          " ORDER BY section, %6, id, detail")
        .arg(page, typeNumber(NodeType::Agency),
             dialect.asInteger(agencyHasChildren(QStringLiteral("page.id"))),
             typeNumber(NodeType::Project),
             dialect.asInteger(projectHasChildren(QStringLiteral("page.id"))),
             dialect.nocaseOrder(QStringLiteral("sort")),
             // All NULL in a page of agencies: of no type yet on a server.
             dialect.asInteger(QStringLiteral("has_children")));
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), count);
    return marks.join(QLatin1Char(','));
}

// The participant counts of the rows childrenOf read: for each kind of row a
// node of this type can have, a query taking the rows' ids (or country codes)
// for %1 and returning (id or code, participants). leadingParentId: the
// parent's id is bound before them.
struct CountQuery
{
    NodeType rowType;
    QString sql;
    bool leadingParentId = false;
};

QList<CountQuery> countQueries(NodeType parent)
{
    // An agency's or an event's own total.
    const CountQuery agencyTotals {
        NodeType::Agency,
        QStringLiteral("SELECT agency_id, SUM(participants) FROM participation"
                       " WHERE agency_id IN (%1) GROUP BY agency_id")};
    const CountQuery eventTotals {
        NodeType::Event,
        QStringLiteral("SELECT event_id, SUM(participants) FROM participation"
                       " WHERE event_id IN (%1) GROUP BY event_id")};
    // A programme counts the events of all projects under it.
    const CountQuery projectTotals {NodeType::Project,
                                    QStringLiteral("WITH RECURSIVE sub(root, id) AS ("
                                                   " SELECT id, id FROM projects WHERE id IN (%1)"
                                                   " UNION SELECT sub.root, p.id FROM projects p"
                                                   " JOIN sub ON p.parent_id = sub.id)"
                                                   " SELECT sub.root, SUM(pa.participants) FROM sub"
                                                   " JOIN events e ON e.project_id = sub.id"
                                                   " JOIN participation pa ON pa.event_id = e.id"
                                                   " GROUP BY sub.root")};
    switch (parent) {
    case NodeType::AgenciesRoot:
        return {{NodeType::Country,
                 QStringLiteral("SELECT a.country_code, SUM(pa.participants) FROM agencies a"
                                " JOIN participation pa ON pa.agency_id = a.id"
                                " WHERE a.country_code IN (%1) GROUP BY a.country_code")}};
    case NodeType::ProjectsRoot:
        return {projectTotals};
    case NodeType::InternationalGroup:
    case NodeType::EuropeanGroup:
    case NodeType::Country:
        return {agencyTotals};
    case NodeType::Agency:
        // Rows that link an agency and a project count that agency in that
        // project: the shown projects' events, then the agency's row at each
        // (CROSS JOIN keeps that order), rather than every row of a large
        // agency.
        return {agencyTotals,
                {NodeType::Project,
                 QStringLiteral("SELECT e.project_id, SUM(pa.participants) FROM events e"
                                " CROSS JOIN participation pa WHERE pa.event_id = e.id"
                                " AND pa.agency_id = ? AND e.project_id IN (%1)"
                                " GROUP BY e.project_id"),
                 true}};
    case NodeType::Project:
        // The project's events, then their rows, kept when of a shown agency
        // (the + keeps SQLite from probing every event for every agency).
        return {{NodeType::Agency,
                 QStringLiteral("SELECT pa.agency_id, SUM(pa.participants) FROM participation pa"
                                " JOIN events e ON e.id = pa.event_id WHERE e.project_id = ?"
                                " AND +pa.agency_id IN (%1) GROUP BY pa.agency_id"),
                 true},
                projectTotals,
                eventTotals};
    case NodeType::OtherEventsGroup:
        return {eventTotals};
    case NodeType::Event:
    case NodeType::Person:
    case NodeType::Agreement:
        break;
    }
    return {};
}

} // namespace

QString TreeQueries::sqlFor(NodeType parent)
{
    return childrenSql(parent, SqlDialect(false));
}

QStringList TreeQueries::countSqlFor(NodeType parent, int rowCount)
{
    QStringList sql;
    for (const CountQuery &count : countQueries(parent))
        sql.append(count.sql.arg(placeholders(qMax(rowCount, 1))));
    return sql;
}

TreeQueries::TreeQueries(const Database &db)
    : m_db(db)
{ }

RecordId TreeQueries::recordOf(const NodeKey &key)
{
    switch (key.type) {
    case NodeType::Country:
        return RecordId::country(key.code);
    case NodeType::Agency:
        return RecordId::of(RecordKind::Agency, key.id);
    case NodeType::Project:
        return RecordId::of(RecordKind::Project, key.id);
    case NodeType::Event:
        return RecordId::of(RecordKind::Event, key.id);
    case NodeType::Person:
        return RecordId::of(RecordKind::Person, key.id);
    case NodeType::Agreement:
        return RecordId::of(RecordKind::Agreement, key.id);
    case NodeType::AgenciesRoot:
    case NodeType::ProjectsRoot:
    case NodeType::InternationalGroup:
    case NodeType::EuropeanGroup:
    case NodeType::OtherEventsGroup:
        break;
    }
    return {};
}

std::optional<TreeQueries::NodeKey> TreeQueries::nodeFor(const RecordId &record)
{
    switch (record.kind) {
    case RecordKind::Agency:
        return NodeKey::of(NodeType::Agency, record.id);
    case RecordKind::Project:
        return NodeKey::of(NodeType::Project, record.id);
    case RecordKind::Event:
        return NodeKey::of(NodeType::Event, record.id);
    case RecordKind::Person:
        return NodeKey::of(NodeType::Person, record.id);
    case RecordKind::Agreement:
        return NodeKey::of(NodeType::Agreement, record.id);
    case RecordKind::Country:
        return NodeKey::country(record.code);
    case RecordKind::Source:
        break;
    }
    return std::nullopt;
}

std::optional<QList<TreeQueries::Row>> TreeQueries::childrenOf(const NodeKey &parent, int offset,
                                                               int limit, bool withCounts) const
{
    const QString sql = childrenSql(parent.type, SqlDialect(m_db));
    QList<Row> rows;
    if (sql.isEmpty())
        return rows;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        m_error = Database::describeError(query.lastError());
        return std::nullopt;
    }
    if (sql.contains(QLatin1String(":id")))
        query.bindValue(QStringLiteral(":id"), parent.id);
    if (sql.contains(QLatin1String(":code")))
        query.bindValue(QStringLiteral(":code"), parent.code);
    query.bindValue(QStringLiteral(":limit"), limit);
    query.bindValue(QStringLiteral(":offset"), offset);
    if (!query.exec()) {
        m_error = Database::describeError(query.lastError());
        return std::nullopt;
    }
    while (query.next()) {
        Row row;
        row.key.type = NodeType(query.value(1).toInt());
        row.key.id = query.value(2).toLongLong();
        row.key.code = query.value(3).toString();
        row.name = query.value(4).toString();
        row.acronym = query.value(5).toString();
        row.detail = query.value(6).toString();
        row.hasChildren = query.value(7).toBool();
        rows.append(row);
    }
    if (withCounts && !addParticipantCounts(parent, rows))
        return std::nullopt;
    return rows;
}

bool TreeQueries::addParticipantCounts(const NodeKey &parent, QList<Row> &rows) const
{
    QHash<NodeType, QVariantList> keys;
    for (const Row &row : rows) {
        if (row.key.type == NodeType::Country)
            keys[NodeType::Country].append(row.key.code);
        else if (row.key.type == NodeType::Agency || row.key.type == NodeType::Project
                 || row.key.type == NodeType::Event)
            keys[row.key.type].append(row.key.id);
    }

    QHash<QString, qint64> totals; // "<type>:<id or code>" -> participants
    for (const CountQuery &count : countQueries(parent.type)) {
        const QVariantList &values = keys.value(count.rowType);
        if (values.isEmpty())
            continue;
        QSqlQuery query(m_db.connection());
        query.setForwardOnly(true);
        if (!query.prepare(count.sql.arg(placeholders(values.size())))) {
            m_error = Database::describeError(query.lastError());
            return false;
        }
        if (count.leadingParentId)
            query.addBindValue(parent.id);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec()) {
            m_error = Database::describeError(query.lastError());
            return false;
        }
        while (query.next())
            totals.insert(typeNumber(count.rowType) + QLatin1Char(':') + query.value(0).toString(),
                          query.value(1).toLongLong());
    }

    for (Row &row : rows) {
        switch (row.key.type) {
        case NodeType::Agency:
        case NodeType::Project:
        case NodeType::Event:
            row.participants = totals.value(
                typeNumber(row.key.type) + QLatin1Char(':') + QString::number(row.key.id), 0);
            break;
        case NodeType::Country:
            row.participants =
                totals.value(typeNumber(row.key.type) + QLatin1Char(':') + row.key.code, 0);
            break;
        default:
            break;
        }
    }
    return true;
}

std::optional<QList<TreeQueries::NodeKey>> TreeQueries::agencyPath(qint64 agencyId) const
{
    // Ancestors from the top down; the depth limit guards against a cycle.
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "WITH RECURSIVE up(id, parent_id, depth) AS ("
        " SELECT id, parent_id, 0 FROM agencies WHERE id = ?"
        " UNION ALL SELECT a.id, a.parent_id, up.depth + 1 FROM agencies a"
        " JOIN up ON a.id = up.parent_id WHERE up.depth < 64)"
        " SELECT up.id, a.kind, a.country_code FROM up JOIN agencies a ON a.id = up.id"
        " ORDER BY up.depth DESC"));
    query.addBindValue(agencyId);
    if (!query.exec()) {
        m_error = Database::describeError(query.lastError());
        return std::nullopt;
    }
    QList<NodeKey> path;
    while (query.next()) {
        if (path.isEmpty()) {
            const QString kind = query.value(1).toString();
            path.append(NodeKey::of(NodeType::AgenciesRoot));
            if (kind == QLatin1String("international_organisation"))
                path.append(NodeKey::of(NodeType::InternationalGroup));
            else if (kind == QLatin1String("eu_agency") || kind == QLatin1String("eu_body"))
                path.append(NodeKey::of(NodeType::EuropeanGroup));
            else
                path.append(NodeKey::country(query.value(2).toString()));
        }
        path.append(NodeKey::of(NodeType::Agency, query.value(0).toLongLong()));
    }
    return path;
}

std::optional<QList<TreeQueries::NodeKey>> TreeQueries::projectPath(qint64 projectId) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("WITH RECURSIVE up(id, parent_id, depth) AS ("
                                 " SELECT id, parent_id, 0 FROM projects WHERE id = ?"
                                 " UNION ALL SELECT p.id, p.parent_id, up.depth + 1 FROM projects p"
                                 " JOIN up ON p.id = up.parent_id WHERE up.depth < 64)"
                                 " SELECT id FROM up ORDER BY depth DESC"));
    query.addBindValue(projectId);
    if (!query.exec()) {
        m_error = Database::describeError(query.lastError());
        return std::nullopt;
    }
    QList<NodeKey> path;
    while (query.next()) {
        if (path.isEmpty())
            path.append(NodeKey::of(NodeType::ProjectsRoot));
        path.append(NodeKey::of(NodeType::Project, query.value(0).toLongLong()));
    }
    return path;
}

std::optional<QList<TreeQueries::NodeKey>> TreeQueries::pathTo(const RecordId &record) const
{
    // The single row that locates a record among its owners.
    const auto lookup = [this](const QString &sql,
                               const QVariantList &bindings) -> std::optional<QVariantList> {
        QSqlQuery query(m_db.connection());
        query.prepare(sql);
        for (const QVariant &value : bindings)
            query.addBindValue(value);
        if (!query.exec()) {
            m_error = Database::describeError(query.lastError());
            return std::nullopt;
        }
        QVariantList values;
        if (query.next()) {
            for (int i = 0; i < 2; ++i)
                values.append(query.value(i));
        }
        return values;
    };
    const auto withLeaf = [](std::optional<QList<NodeKey>> path, const NodeKey &leaf) {
        if (path && !path->isEmpty())
            path->append(leaf);
        return path;
    };

    switch (record.kind) {
    case RecordKind::Agency:
        return agencyPath(record.id);
    case RecordKind::Project:
        return projectPath(record.id);
    case RecordKind::Event: {
        const auto row =
            lookup(QStringLiteral("SELECT project_id, 1 FROM events WHERE id = ?"), {record.id});
        if (!row)
            return std::nullopt;
        const NodeKey leaf = NodeKey::of(NodeType::Event, record.id);
        if (row->isEmpty())
            return QList<NodeKey>();
        if (row->at(0).isNull())
            return QList<NodeKey> {NodeKey::of(NodeType::ProjectsRoot),
                                   NodeKey::of(NodeType::OtherEventsGroup), leaf};
        return withLeaf(projectPath(row->at(0).toLongLong()), leaf);
    }
    case RecordKind::Person: {
        const auto row =
            lookup(QStringLiteral("SELECT agency_id, 1 FROM people WHERE id = ?"), {record.id});
        if (!row)
            return std::nullopt;
        if (row->isEmpty() || row->at(0).isNull())
            return QList<NodeKey>();
        return withLeaf(agencyPath(row->at(0).toLongLong()),
                        NodeKey::of(NodeType::Person, record.id));
    }
    case RecordKind::Agreement: {
        const auto row =
            lookup(QStringLiteral("SELECT agency_id, country_code FROM agreements WHERE id = ?"),
                   {record.id});
        if (!row)
            return std::nullopt;
        const NodeKey leaf = NodeKey::of(NodeType::Agreement, record.id);
        if (row->isEmpty())
            return QList<NodeKey>();
        if (!row->at(0).isNull())
            return withLeaf(agencyPath(row->at(0).toLongLong()), leaf);
        return QList<NodeKey> {NodeKey::of(NodeType::AgenciesRoot),
                               NodeKey::country(row->at(1).toString()), leaf};
    }
    case RecordKind::Country: {
        const auto row = lookup(
            QStringLiteral("SELECT 1, 1 WHERE EXISTS (SELECT 1 FROM agencies WHERE country_code = ?"
                           " AND kind IN ('national_agency', 'ministry', 'academy')"
                           " AND parent_id IS NULL) OR EXISTS (SELECT 1 FROM agreements"
                           " WHERE agency_id IS NULL AND country_code = ?)"),
            {record.code, record.code});
        if (!row)
            return std::nullopt;
        if (row->isEmpty())
            return QList<NodeKey>();
        return QList<NodeKey> {NodeKey::of(NodeType::AgenciesRoot), NodeKey::country(record.code)};
    }
    case RecordKind::Source:
        break;
    }
    return QList<NodeKey>();
}

} // namespace liaison
