// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <memory>
#include <vector>

namespace liaison {

namespace {

const QString languageKey = QStringLiteral("ui/language");

struct State
{
    std::vector<std::unique_ptr<QTranslator>> installed;
    QString language = QStringLiteral("en");
};

State &state()
{
    static State instance;
    return instance;
}

bool load(QTranslator &translator, const QString &name, const QString &folder)
{
    return translator.load(name, folder);
}

} // namespace

QList<Translations::Language> Translations::shipped()
{
    // Native names are proper names: never translated.
    return {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("az"), QStringLiteral("Azərbaycanca")},
        {QStringLiteral("ru"), QStringLiteral("Русский")},
        {QStringLiteral("uk"), QStringLiteral("Українська")},
        {QStringLiteral("ka"), QStringLiteral("ქართული")},
        {QStringLiteral("hy"), QStringLiteral("Հայերեն")},
        {QStringLiteral("ro"), QStringLiteral("Română")},
        {QStringLiteral("pl"), QStringLiteral("Polski")},
    };
}

bool Translations::isShipped(const QString &code)
{
    for (const Language &language : shipped()) {
        if (language.code == code)
            return true;
    }
    return false;
}

QString Translations::systemLanguage()
{
    for (const QString &name : QLocale::system().uiLanguages()) {
        const QString code = QLocale(name).name().section(QLatin1Char('_'), 0, 0);
        if (isShipped(code))
            return code;
    }
    return QStringLiteral("en");
}

QString Translations::install(const QString &code)
{
    State &s = state();
    for (const auto &translator : s.installed)
        QCoreApplication::removeTranslator(translator.get());
    s.installed.clear();

    const QString language = isShipped(code) ? code : systemLanguage();
    const auto add = [&s](const QString &name, const QString &folder) {
        auto translator = std::make_unique<QTranslator>();
        if (!load(*translator, name, folder))
            return false;
        QCoreApplication::installTranslator(translator.get());
        s.installed.push_back(std::move(translator));
        return true;
    };
    // Later catalogues are searched first: the language, then English plurals.
    add(QStringLiteral("liaison_en"), resourceFolder());
    if (language != QLatin1String("en")) {
        // Liaison's own Qt strings fill what Debian's Qt catalogue lacks (all
        // of it for az, ka, hy, ro); Qt's catalogue, installed after, wins.
        add(QStringLiteral("qtstrings_") + language, resourceFolder());
        add(QStringLiteral("qtbase_") + language,
            QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        add(QStringLiteral("liaison_") + language, resourceFolder());
    }
    QLocale::setDefault(QLocale(language));
    s.language = language;
    return language;
}

QString Translations::currentLanguage()
{
    return state().language;
}

QString Translations::savedLanguage()
{
    const QString code = QSettings().value(languageKey).toString();
    return isShipped(code) ? code : QString();
}

void Translations::saveLanguage(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(languageKey);
    else
        settings.setValue(languageKey, code);
}

} // namespace liaison
