// SPDX-License-Identifier: GPL-3.0-or-later
#include "navigationhistory.h"

namespace liaison {

void NavigationHistory::visit(const RecordId &record)
{
    if (m_position >= 0 && m_entries.at(m_position) == record)
        return;
    m_entries.resize(m_position + 1);
    m_entries.append(record);
    if (m_entries.size() > Limit)
        m_entries.removeFirst();
    m_position = m_entries.size() - 1;
}

RecordId NavigationHistory::goBack()
{
    if (canGoBack())
        --m_position;
    return current();
}

RecordId NavigationHistory::goForward()
{
    if (canGoForward())
        ++m_position;
    return current();
}

RecordId NavigationHistory::current() const
{
    return m_position >= 0 ? m_entries.at(m_position) : RecordId();
}

void NavigationHistory::clear()
{
    m_entries.clear();
    m_position = -1;
}

} // namespace liaison
