// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordicons.h"

#include <QFile>
#include <QHash>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace liaison {

QIcon RecordIcons::named(const QString &name)
{
    static QHash<QString, QIcon> cache;
    auto it = cache.find(name);
    if (it == cache.end())
        it = cache.insert(name, QIcon(QStringLiteral(":/liaison/icons/%1.svg").arg(name)));
    return *it;
}

QIcon RecordIcons::monochrome(const QString &name, const QPalette &palette)
{
    QFile file(QStringLiteral(":/liaison/icons/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray svg = file.readAll();
    svg.replace("#4a4a4a", palette.color(QPalette::Active, QPalette::WindowText).name().toLatin1());
    QSvgRenderer renderer(svg);
    QIcon icon;
    // Toolbar sizes at scale 1 and 2; QIcon picks the nearest.
    for (const int size : {16, 22, 24, 32, 44, 48, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        renderer.render(&painter);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QIcon RecordIcons::forKind(RecordKind kind)
{
    return named(recordKindName(kind));
}

} // namespace liaison
