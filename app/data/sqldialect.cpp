// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqldialect.h"

#include "database.h"

namespace liaison {

SqlDialect::SqlDialect(const Database &db)
    : m_postgres(db.isPostgres())
{ }

QString SqlDialect::caseless(const QString &expression) const
{
    return m_postgres ? QStringLiteral("lower(%1)").arg(expression)
                      : QStringLiteral("%1 COLLATE NOCASE").arg(expression);
}

QString SqlDialect::groupConcat(const QString &expression, const QString &separator) const
{
    return m_postgres ? QStringLiteral("string_agg(%1, %2)").arg(expression, separator)
                      : QStringLiteral("group_concat(%1, %2)").arg(expression, separator);
}

QString SqlDialect::returningId(const QString &insert)
{
    return insert + QStringLiteral(" RETURNING id");
}

} // namespace liaison
