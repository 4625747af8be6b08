// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordtreemodel.h"

#include "backgroundloader.h"
#include "countrynames.h"
#include "database.h"
#include "partialdate.h"
#include "recordicons.h"
#include "vocabulary.h"

#include <QApplication>
#include <QCollator>
#include <QIcon>
#include <QLocale>
#include <QPalette>

#include <algorithm>

namespace liaison {

using NodeType = TreeQueries::NodeType;
using NodeKey = TreeQueries::NodeKey;

struct RecordTreeModel::Node
{
    TreeQueries::Row row;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;
    bool fetchedAll = false;

    int rowInParent() const
    {
        if (!parent)
            return 0;
        const auto it = std::find_if(parent->children.cbegin(), parent->children.cend(),
                                     [this](const auto &child) { return child.get() == this; });
        return int(std::distance(parent->children.cbegin(), it));
    }
};

namespace {

QIcon iconFor(NodeType type)
{
    switch (type) {
    case NodeType::AgenciesRoot:
        return RecordIcons::forKind(RecordKind::Agency);
    case NodeType::ProjectsRoot:
        return RecordIcons::forKind(RecordKind::Project);
    case NodeType::InternationalGroup:
        return RecordIcons::named(QStringLiteral("international"));
    case NodeType::EuropeanGroup:
        return RecordIcons::named(QStringLiteral("european"));
    case NodeType::OtherEventsGroup:
        return RecordIcons::named(QStringLiteral("group"));
    default:
        return RecordIcons::forKind(TreeQueries::recordOf(TreeQueries::NodeKey::of(type)).kind);
    }
}

template<typename NodeT>
std::unique_ptr<NodeT> newNode(const TreeQueries::Row &row, NodeT *parent)
{
    auto node = std::make_unique<NodeT>();
    node->row = row;
    node->parent = parent;
    return node;
}
} // namespace

RecordTreeModel::RecordTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
    , m_agencyCounts(new BackgroundLoader(this))
    , m_projectCounts(new BackgroundLoader(this))
{
    m_root->fetchedAll = true;
}

RecordTreeModel::~RecordTreeModel()
{
    // Counts under way deliver to nobody.
    m_agencyCounts->cancel();
    m_projectCounts->cancel();
}

void RecordTreeModel::setDatabase(const Database *db)
{
    // Counts of the previous record base go nowhere.
    m_agencyCounts->closeConnection();
    m_projectCounts->closeConnection();
    beginResetModel();
    m_database = db;
    m_root = std::make_unique<Node>();
    m_root->fetchedAll = true;
    if (db) {
        // The two branches are always there; everything below them is read
        // when opened.
        for (NodeType type : {NodeType::AgenciesRoot, NodeType::ProjectsRoot}) {
            TreeQueries::Row row;
            row.key = NodeKey::of(type);
            row.hasChildren = true;
            m_root->children.push_back(newNode(row, m_root.get()));
        }
    }
    endResetModel();
}

RecordTreeModel::Node *RecordTreeModel::nodeAt(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex RecordTreeModel::indexOfNode(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->rowInParent(), column, const_cast<Node *>(node));
}

QModelIndex RecordTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    const Node *node = nodeAt(parent);
    if (row >= int(node->children.size()))
        return {};
    return createIndex(row, column, node->children[std::size_t(row)].get());
}

QModelIndex RecordTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOfNode(nodeAt(child)->parent);
}

int RecordTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeAt(parent)->children.size());
}

int RecordTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool RecordTreeModel::isExpandable(const Node *node) const
{
    switch (node->row.key.type) {
    case NodeType::Event:
    case NodeType::Person:
    case NodeType::Agreement:
        return false;
    case NodeType::Agency:
    case NodeType::Project:
        return node->row.hasChildren;
    default:
        return true;
    }
}

bool RecordTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    const Node *node = nodeAt(parent);
    if (node == m_root.get())
        return !node->children.empty();
    if (!node->children.empty())
        return true;
    return !node->fetchedAll && isExpandable(node);
}

bool RecordTreeModel::canFetchMore(const QModelIndex &parent) const
{
    if (!m_database || (parent.isValid() && parent.column() != 0))
        return false;
    const Node *node = nodeAt(parent);
    return node != m_root.get() && !node->fetchedAll && isExpandable(node);
}

void RecordTreeModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    Node *node = nodeAt(parent);
    const TreeQueries queries(*m_database);
    const int offset = int(node->children.size());
    const NodeType type = node->row.key.type;
    const bool countsLater = type == NodeType::AgenciesRoot || type == NodeType::ProjectsRoot;
    const auto rows = queries.childrenOf(node->row.key, offset, PageSize, !countsLater);
    if (!rows) {
        // Stop asking: a failing query would fail again on every repaint.
        node->fetchedAll = true;
        m_error = queries.errorString();
        emit loadFailed(m_error);
        return;
    }
    node->fetchedAll = rows->size() < PageSize;
    if (!rows->isEmpty()) {
        beginInsertRows(parent, offset, offset + int(rows->size()) - 1);
        for (const TreeQueries::Row &row : *rows)
            node->children.push_back(newNode(row, node));
        endInsertRows();
        if (countsLater)
            fetchCountsInBackground(node);
    }
    if (node->row.key.type == NodeType::AgenciesRoot)
        sortCountries();
}

void RecordTreeModel::fetchCountsInBackground(Node *branch)
{
    // Every child read so far: a loader keeps only its latest request, so a
    // new page's request must carry the pages before it.
    QList<TreeQueries::Row> rows;
    rows.reserve(qsizetype(branch->children.size()));
    for (const auto &child : branch->children)
        rows.append(child->row);
    const NodeKey key = branch->row.key;
    BackgroundLoader *loader =
        key.type == NodeType::AgenciesRoot ? m_agencyCounts : m_projectCounts;
    loader->load(
        m_database->location(),
        [key, rows](const Database &db) -> std::optional<QList<TreeQueries::Row>> {
            QList<TreeQueries::Row> counted = rows;
            if (!db.isOpen() || !TreeQueries(db).addParticipantCounts(key, counted))
                return std::nullopt;
            return counted;
        },
        [this, key](std::optional<QList<TreeQueries::Row>> counted) {
            if (counted)
                fillCounts(key, *counted);
        });
}

void RecordTreeModel::fillCounts(const NodeKey &branch, const QList<TreeQueries::Row> &rows)
{
    const auto top =
        std::find_if(m_root->children.begin(), m_root->children.end(),
                     [&branch](const auto &child) { return child->row.key == branch; });
    if (top == m_root->children.end())
        return;
    Node *node = top->get();
    // Countries may have been sorted since: match children by key.
    QHash<QString, qint64> counts;
    const auto keyText = [](const NodeKey &key) {
        return QStringLiteral("%1:%2:%3").arg(int(key.type)).arg(key.id).arg(key.code);
    };
    for (const TreeQueries::Row &row : rows)
        counts.insert(keyText(row.key), row.participants);
    int first = -1;
    int last = -1;
    for (int i = 0; i < int(node->children.size()); ++i) {
        Node *child = node->children[size_t(i)].get();
        const auto found = counts.constFind(keyText(child->row.key));
        if (found == counts.constEnd() || child->row.participants == *found)
            continue;
        child->row.participants = *found;
        first = first < 0 ? i : first;
        last = i;
    }
    if (first >= 0) {
        const QModelIndex parentIndex = indexOfNode(node);
        emit dataChanged(index(first, ParticipantsColumn, parentIndex),
                         index(last, ParticipantsColumn, parentIndex));
    }
}

bool RecordTreeModel::waitForCounts(int timeoutMs)
{
    return m_agencyCounts->waitForLoaded(timeoutMs) && m_projectCounts->waitForLoaded(timeoutMs);
}

void RecordTreeModel::sortCountries()
{
    // Countries follow the groups, ordered by their name in the interface
    // language as a person of that language would order them.
    Node *agencies = m_root->children.empty() ? nullptr : m_root->children.front().get();
    if (!agencies || agencies->children.empty())
        return;
    const auto firstCountry =
        std::find_if(agencies->children.begin(), agencies->children.end(),
                     [](const auto &child) { return child->row.key.type == NodeType::Country; });
    if (firstCountry == agencies->children.end())
        return;

    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    const QModelIndexList before = persistentIndexList();
    emit layoutAboutToBeChanged();
    std::vector<Node *> oldOrder;
    for (const auto &child : agencies->children)
        oldOrder.push_back(child.get());
    std::stable_sort(firstCountry, agencies->children.end(),
                     [&collator](const auto &a, const auto &b) {
                         return collator.compare(CountryNames::displayName(a->row.name),
                                                 CountryNames::displayName(b->row.name))
                             < 0;
                     });
    QModelIndexList from;
    QModelIndexList to;
    for (const QModelIndex &index : before) {
        Node *node = nodeAt(index);
        if (node->parent == agencies) {
            from.append(index);
            to.append(createIndex(node->rowInParent(), index.column(), node));
        }
    }
    changePersistentIndexList(from, to);
    emit layoutChanged();
}

QString RecordTreeModel::displayName(const Node *node) const
{
    const TreeQueries::Row &row = node->row;
    switch (row.key.type) {
    case NodeType::AgenciesRoot:
        return tr("Agencies");
    case NodeType::ProjectsRoot:
        return tr("Projects and programmes");
    case NodeType::InternationalGroup:
        return tr("International organisations");
    case NodeType::EuropeanGroup:
        return tr("EU agencies and bodies");
    case NodeType::OtherEventsGroup:
        return tr("Events outside projects");
    case NodeType::Country:
        return CountryNames::displayName(row.name);
    case NodeType::Agency:
    case NodeType::Project:
        return row.acronym.isEmpty()
            ? row.name
            : tr("%1 — %2", "acronym — full name").arg(row.acronym, row.name);
    case NodeType::Event:
    case NodeType::Person:
    case NodeType::Agreement:
        return row.name;
    }
    return row.name;
}

QString RecordTreeModel::detailText(const Node *node) const
{
    const TreeQueries::Row &row = node->row;
    const NodeType parentType = node->parent ? node->parent->row.key.type : NodeType::AgenciesRoot;
    switch (row.key.type) {
    case NodeType::Project:
        return parentType == NodeType::Agency ? Vocabulary::roleName(row.detail) : QString();
    case NodeType::Agency:
        return parentType == NodeType::Project ? Vocabulary::roleName(row.detail) : QString();
    case NodeType::Event:
        return PartialDate::fromIso(row.detail).toDisplayString(QLocale());
    case NodeType::Person:
        return row.detail;
    default:
        return {};
    }
}

QVariant RecordTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeAt(index);
    const TreeQueries::Row &row = node->row;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return displayName(node);
        if (index.column() == DetailColumn)
            return detailText(node);
        if (index.column() == ParticipantsColumn && row.participants > 0)
            return QLocale().toString(row.participants);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ParticipantsColumn && row.participants >= 0)
            return tr("%n participants", nullptr, int(row.participants));
        if (index.column() == NameColumn)
            return displayName(node);
        return detailText(node);
    case Qt::AccessibleTextRole:
        return data(index, Qt::DisplayRole);
    case Qt::DecorationRole:
        return index.column() == NameColumn ? QVariant(iconFor(row.key.type)) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() != NameColumn)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ParticipantsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RecordIdRole:
        return QVariant::fromValue(TreeQueries::recordOf(row.key));
    case NodeTypeRole:
        return int(row.key.type);
    case ParticipantsRole:
        return row.participants;
    default:
        return {};
    }
}

QVariant RecordTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case DetailColumn:
        return tr("Role or date");
    case ParticipantsColumn:
        return tr("Participants");
    default:
        return {};
    }
}

Qt::ItemFlags RecordTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!hasChildren(index))
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}

RecordId RecordTreeModel::recordAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    return TreeQueries::recordOf(nodeAt(index)->row.key);
}

QModelIndex RecordTreeModel::indexOf(const RecordId &record)
{
    if (!m_database)
        return {};
    const TreeQueries queries(*m_database);
    const auto path = queries.pathTo(record);
    if (!path) {
        m_error = queries.errorString();
        emit loadFailed(m_error);
        return {};
    }
    Node *node = m_root.get();
    for (const NodeKey &key : *path) {
        Node *found = nullptr;
        for (std::size_t i = 0;; ++i) {
            if (i == node->children.size()) {
                const QModelIndex parentIndex = indexOfNode(node);
                if (!canFetchMore(parentIndex))
                    break;
                fetchMore(parentIndex);
                if (i == node->children.size())
                    break;
            }
            if (node->children[i]->row.key == key) {
                found = node->children[i].get();
                break;
            }
        }
        if (!found)
            return {};
        node = found;
    }
    return indexOfNode(node);
}

void RecordTreeModel::retranslate()
{
    sortCountries();
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    // Every loaded row's text may change; views repaint what they show.
    std::vector<Node *> pending {m_root.get()};
    while (!pending.empty()) {
        Node *node = pending.back();
        pending.pop_back();
        if (!node->children.empty()) {
            const QModelIndex parentIndex = indexOfNode(node);
            emit dataChanged(index(0, 0, parentIndex),
                             index(int(node->children.size()) - 1, ColumnCount - 1, parentIndex));
            for (const auto &child : node->children)
                pending.push_back(child.get());
        }
    }
}

} // namespace liaison
