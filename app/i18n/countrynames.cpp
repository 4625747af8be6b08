// SPDX-License-Identifier: GPL-3.0-or-later
#include "countrynames.h"

#include <QCoreApplication>

namespace liaison {

QString CountryNames::displayName(const QString &englishName)
{
    const QByteArray source = englishName.toUtf8();
    return QCoreApplication::translate("liaison::CountryNames", source.constData());
}

} // namespace liaison
