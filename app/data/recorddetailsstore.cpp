// SPDX-License-Identifier: GPL-3.0-or-later
#include "recorddetailsstore.h"

namespace liaison {

RecordDetailsStore::RecordDetailsStore(const Database &db)
    : m_db(db)
{ }

} // namespace liaison
