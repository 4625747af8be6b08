// SPDX-License-Identifier: GPL-3.0-or-later
#include "participationimport.h"

namespace liaison {

QString ParticipationImport::Problem::toString() const
{
    return QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(message);
}

ParticipationImport::Preview ParticipationImport::preview(Database &, const QString &path, int)
{
    Preview preview;
    preview.problems.append({path, 0, tr("Importing is not available yet.")});
    return preview;
}

ParticipationImport::Result ParticipationImport::run(Database &, const QString &path,
                                                     const std::function<bool(qint64, qint64)> &)
{
    Result result;
    result.problems.append({path, 0, tr("Importing is not available yet.")});
    return result;
}

} // namespace liaison
