// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordid.h"

#include <QList>

namespace liaison {

// Back and forward through visited records, as in a web browser. An invalid
// RecordId stands for the Home page (the record base overview).
class NavigationHistory
{
public:
    static constexpr int Limit = 500;

    // Records a visit: drops whatever lay forward of the current entry. A
    // visit to the current entry changes nothing.
    void visit(const RecordId &record);
    bool canGoBack() const { return m_position > 0; }
    bool canGoForward() const { return m_position + 1 < m_entries.size(); }
    RecordId goBack();
    RecordId goForward();
    RecordId current() const;
    bool isEmpty() const { return m_entries.isEmpty(); }
    void clear();

private:
    QList<RecordId> m_entries;
    qsizetype m_position = -1;
};

} // namespace liaison
