// SPDX-License-Identifier: GPL-3.0-or-later
#include "applicationidentity.h"

#include <QCoreApplication>

namespace liaison {

void ApplicationIdentity::apply()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Liaison"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("liaison.example.org"));
    QCoreApplication::setApplicationName(QStringLiteral("liaison"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LIAISON_VERSION));
}

} // namespace liaison
