// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace liaison {

// The per-user record base used when no --database is given. It holds the
// demo records until the user makes it their own.
class DefaultDatabase
{
public:
    static QString path();
    // Creates the demo record base at path() on first use; true when it exists
    // afterwards.
    static bool ensureExists(QString *error);
};

} // namespace liaison
