// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordicons.h"

#include <QHash>

namespace liaison {

QIcon RecordIcons::named(const QString &name)
{
    static QHash<QString, QIcon> cache;
    auto it = cache.find(name);
    if (it == cache.end())
        it = cache.insert(name, QIcon(QStringLiteral(":/liaison/icons/%1.svg").arg(name)));
    return *it;
}

QIcon RecordIcons::forKind(RecordKind kind)
{
    return named(recordKindName(kind));
}

} // namespace liaison
