// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace liaison {

// Country names in the interface language. The record base keeps the English
// short names of ISO 3166-1; their translations live in Liaison's catalogues
// under the context "liaison::CountryNames".
class CountryNames
{
public:
    static QString displayName(const QString &englishName);
};

} // namespace liaison
