// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>

namespace liaison {

class RecordTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    using QAbstractItemModel::QAbstractItemModel;
    QModelIndex index(int, int, const QModelIndex &) const override { return {}; }
    QModelIndex parent(const QModelIndex &) const override { return {}; }
    int rowCount(const QModelIndex &) const override { return 0; }
    int columnCount(const QModelIndex &) const override { return 1; }
    QVariant data(const QModelIndex &, int) const override { return {}; }
};

} // namespace liaison
