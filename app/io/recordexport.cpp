// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordexport.h"

namespace liaison {

bool RecordExport::writeJson(const Database &, const QString &, QString *error)
{
    *error = tr("Exporting is not available yet.");
    return false;
}

bool RecordExport::writeParticipationCsv(const Database &, const QString &, QString *error)
{
    *error = tr("Exporting is not available yet.");
    return false;
}

} // namespace liaison
