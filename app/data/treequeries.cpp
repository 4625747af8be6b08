// SPDX-License-Identifier: GPL-3.0-or-later
#include "treequeries.h"

namespace liaison {

TreeQueries::TreeQueries(const Database &db)
    : m_db(db)
{ }

} // namespace liaison
