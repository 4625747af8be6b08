// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace liaison {

class Database;

// Everything the detail pane shows about one record, one query function per
// kind of record.
class RecordDetailsStore
{
    Q_DECLARE_TR_FUNCTIONS(liaison::RecordDetailsStore)

public:
    explicit RecordDetailsStore(const Database &db);

private:
    const Database &m_db;
};

} // namespace liaison
