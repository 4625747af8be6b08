// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace liaison {

class Database;

class TreeQueries
{
    Q_DECLARE_TR_FUNCTIONS(liaison::TreeQueries)

public:
    explicit TreeQueries(const Database &db);

private:
    const Database &m_db;
};

} // namespace liaison
