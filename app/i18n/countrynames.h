// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace liaison {

// Country names in the interface language. The record base keeps the English
// short names of ISO 3166-1; their translations live in Liaison's catalogues
// under the context "liaison::CountryNames".
class CountryNames
{
public:
    static QString displayName(const QString &englishName);
    // Every name of the shipped country list, as lupdate sees them.
    static QStringList englishNames();
};

} // namespace liaison
