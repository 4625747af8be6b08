// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqldialect.h"

#include "database.h"

#include <QRegularExpression>

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

QString SqlDialect::beginReadSnapshot() const
{
    return m_postgres ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                      : QStringLiteral("BEGIN");
}

QString SqlDialect::idsInJsonArray() const
{
    return m_postgres ? QStringLiteral(
               "SELECT CAST(value AS BIGINT) FROM json_array_elements_text(CAST(? AS json))")
                      : QStringLiteral("SELECT value FROM json_each(?)");
}

QString SqlDialect::nocaseOrder(const QString &expression) const
{
    // lower() under the C collation folds ASCII only, as NOCASE does.
    return m_postgres ? QStringLiteral("lower(%1 COLLATE \"C\")").arg(expression)
                      : QStringLiteral("%1 COLLATE NOCASE").arg(expression);
}

QString SqlDialect::withNocaseOrder(const QString &sqliteSql) const
{
    if (!m_postgres)
        return sqliteSql;
    static const QRegularExpression nocase(
        QStringLiteral(R"(([A-Za-z_][\w.]*(?:\([^()]*\))?) COLLATE NOCASE)"));
    QString sql = sqliteSql;
    QRegularExpressionMatch match;
    qsizetype from = 0;
    while ((match = nocase.match(sql, from)).hasMatch()) {
        const QString replacement = nocaseOrder(match.captured(1));
        sql.replace(match.capturedStart(), match.capturedLength(), replacement);
        from = match.capturedStart() + replacement.size();
    }
    return sql;
}

QString SqlDialect::nullsFirst() const
{
    return m_postgres ? QStringLiteral(" NULLS FIRST") : QString();
}

QString SqlDialect::idType() const
{
    return m_postgres ? QStringLiteral("BIGINT") : QStringLiteral("INTEGER");
}

QString SqlDialect::asInteger(const QString &condition) const
{
    return m_postgres ? QStringLiteral("CAST(%1 AS INTEGER)").arg(condition) : condition;
}

} // namespace liaison
