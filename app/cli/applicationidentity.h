// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace liaison {

// Names Liaison to Qt (settings, data locations, desktop integration).
// Called before anything reads QStandardPaths or QSettings.
class ApplicationIdentity
{
public:
    static void apply();
};

} // namespace liaison
