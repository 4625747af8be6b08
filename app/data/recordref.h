// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordkey.h"

#include <QString>

namespace liaison {

// A record found in the record base: its kind, id, display key (acronym, or
// name where it has none) and full name. isAll stands for the whole base.
struct RecordRef
{
    bool isAll = false;
    RecordKind kind = RecordKind::Agency;
    qint64 id = 0;
    QString key;
    QString name;
};

} // namespace liaison
