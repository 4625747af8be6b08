// SPDX-License-Identifier: GPL-3.0-or-later
#include "defaultdatabase.h"

#include "demodatabase.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace liaison {

QString DefaultDatabase::path()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("records.sqlite"));
}

bool DefaultDatabase::ensureExists(QString *error)
{
    const QString file = path();
    if (QFileInfo::exists(file))
        return true;
    return DemoDatabase::create(file, error);
}

} // namespace liaison
