// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

namespace liaison {

// Installs Liaison's embedded translations (":/i18n/liaison_<code>.qm").
// English is installed first as the fallback: it holds the plural forms
// of the English source strings ("1 agreement", "2 agreements").
class Translations
{
public:
    static QString resourceFolder() { return QStringLiteral(":/i18n"); }

    // Installs the catalogues for the language of locale into the running
    // application; returns false when Liaison has no catalogue for it (the
    // English one is installed all the same).
    static bool install(const QLocale &locale);
};

} // namespace liaison
