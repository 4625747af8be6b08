// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace liaison {

// The interface languages Liaison ships, and switching between them at run
// time. Installs Liaison's catalogue for the language (embedded under
// ":/i18n"), Qt's own catalogue for its standard strings (from Debian's
// qt6-translations-l10n, or Liaison's own where Qt has none), and makes the
// language's locale the default so dates and numbers follow. Qt then sends
// every widget a LanguageChange event.
//
// English is the source language; its catalogue carries only plural forms
// ("1 agreement") and is installed under every language as the fallback.
class Translations
{
    Q_DECLARE_TR_FUNCTIONS(liaison::Translations)

public:
    struct Language
    {
        QString code; // ISO 639-1, as in the catalogue names
        QString nativeName; // the language's name for itself
    };

    static QString resourceFolder() { return QStringLiteral(":/i18n"); }
    static QList<Language> shipped();
    static bool isShipped(const QString &code);

    // The shipped language for the system's preferred UI languages, or "en".
    static QString systemLanguage();

    // Switches to code ("" follows the system); replaces whatever this class
    // installed before. Returns the language now in use.
    static QString install(const QString &code);
    static QString currentLanguage();

    // The user's choice, kept in the settings; "" means the system's language.
    static QString savedLanguage();
    static void saveLanguage(const QString &code);
};

} // namespace liaison
