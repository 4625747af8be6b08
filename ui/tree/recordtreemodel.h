// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordid.h"
#include "treequeries.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace liaison {

class BackgroundLoader;
class Database;

// The tree of agencies and projects over a record base. Children are read
// from the database only when a node is expanded (canFetchMore/fetchMore),
// a page at a time, so a large record base opens at once.
//
// Columns: name, role or date, participants.
class RecordTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, DetailColumn, ParticipantsColumn, ColumnCount };
    enum Roles {
        RecordIdRole = Qt::UserRole + 1, // liaison::RecordId; invalid for group nodes
        NodeTypeRole, // int(TreeQueries::NodeType)
        ParticipantsRole, // qint64, -1 where no count applies
    };

    static constexpr int PageSize = 500;

    explicit RecordTreeModel(QObject *parent = nullptr);
    ~RecordTreeModel() override;

    // Reads through db until the next call; nullptr empties the tree.
    void setDatabase(const Database *db);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // The canonical node of record, fetching the nodes on its way; invalid
    // when the record has no place in the tree.
    QModelIndex indexOf(const RecordId &record);
    RecordId recordAt(const QModelIndex &index) const;

    // Names, roles and country order follow the interface language.
    void retranslate();
    // The participant counts of the two top-level branches' children sum
    // much of the record base (0.1 s at 1M rows): they are read on a worker
    // thread after the rows show, and fill in with dataChanged. For tests:
    // waits until they are in; false after timeoutMs.
    bool waitForCounts(int timeoutMs = 30000);

    QString errorString() const { return m_error; }

signals:
    // A database query failed while filling the tree.
    void loadFailed(const QString &message);

private:
    struct Node;

    Node *nodeAt(const QModelIndex &index) const;
    QModelIndex indexOfNode(const Node *node, int column = 0) const;
    bool isExpandable(const Node *node) const;
    void sortCountries();
    QString displayName(const Node *node) const;
    QString detailText(const Node *node) const;

    void fetchCountsInBackground(Node *branch);
    void fillCounts(const TreeQueries::NodeKey &branch, const QList<TreeQueries::Row> &rows);

    const Database *m_database = nullptr;
    std::unique_ptr<Node> m_root;
    // One per top-level branch: a loader keeps only its latest request.
    BackgroundLoader *m_agencyCounts = nullptr;
    BackgroundLoader *m_projectCounts = nullptr;
    QString m_error;
};

} // namespace liaison
