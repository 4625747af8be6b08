// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordkind.h"

#include <QIcon>

namespace liaison {

// The icons of Liaison's kinds of record, embedded as SVG.
class RecordIcons
{
public:
    static QIcon forKind(RecordKind kind);
    // By file name under :/liaison/icons/, e.g. "international".
    static QIcon named(const QString &name);
};

} // namespace liaison
