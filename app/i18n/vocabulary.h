// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace liaison {

// Words for the codes the record base stores (roles, kinds, statuses), in the
// interface language. An unknown code is returned as it is.
class Vocabulary
{
    Q_DECLARE_TR_FUNCTIONS(liaison::Vocabulary)

public:
    static QString roleName(const QString &code);
    static QString agencyKindName(const QString &code);
    static QString projectKindName(const QString &code);
    static QString eventKindName(const QString &code);
    static QString projectStatusName(const QString &code);
    static QString sourceKindName(const QString &code);
};

} // namespace liaison
