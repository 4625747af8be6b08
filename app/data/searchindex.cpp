// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchindex.h"

#include "database.h"

namespace liaison {

SearchIndex::SearchIndex(const Database &db)
    : m_db(db)
{ }

QString SearchIndex::ftsQueryFor(const QString &text)
{
    Q_UNUSED(text);
    return {};
}

std::optional<QList<SearchIndex::Hit>> SearchIndex::search(const QString &text, int limit) const
{
    Q_UNUSED(text);
    Q_UNUSED(limit);
    m_error = tr("Search is not available yet.");
    return std::nullopt;
}

} // namespace liaison
