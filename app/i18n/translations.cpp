// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QTranslator>

namespace liaison {

bool Translations::install(const QLocale &locale)
{
    auto *english = new QTranslator(QCoreApplication::instance());
    if (english->load(QStringLiteral("liaison_en"), resourceFolder()))
        QCoreApplication::installTranslator(english);
    else
        delete english;

    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return true;
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, QStringLiteral("liaison"), QStringLiteral("_"),
                         resourceFolder())) {
        QCoreApplication::installTranslator(translator);
        return true;
    }
    delete translator;
    return false;
}

} // namespace liaison
