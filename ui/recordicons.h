// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordkind.h"

#include <QIcon>
#include <QPalette>

namespace liaison {

// The icons of Liaison's kinds of record, embedded as SVG.
class RecordIcons
{
public:
    static QIcon forKind(RecordKind kind);
    // By file name under :/liaison/icons/, e.g. "international".
    static QIcon named(const QString &name);
    // A one-colour icon (the toolbar's) drawn in the palette's text colour,
    // so it stays visible on a dark style: its SVG is drawn in #4a4a4a.
    static QIcon monochrome(const QString &name, const QPalette &palette);
};

} // namespace liaison
