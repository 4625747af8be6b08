// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkeventindexing.h"

#include "database.h"
#include "schemamigrations.h"

#include <QSqlQuery>

namespace liaison {

BulkEventIndexing::BulkEventIndexing(Database &db)
    : m_db(db)
{ }

bool BulkEventIndexing::begin()
{
    // The server's trigger functions are cheap enough per row; SQLite only.
    if (m_db.isPostgres())
        return true;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND "
                                 "name = :name"));
    query.bindValue(QStringLiteral(":name"), SchemaMigrations::eventSearchInsertTrigger());
    if (!query.exec())
        return m_db.setError(query);
    // The trigger exactly as the schema has it, to restore it word for word;
    // without one there is nothing to pause.
    if (!query.next())
        return true;
    m_triggerSql = query.value(0).toString();
    // Ids of new rows follow the largest one (INTEGER PRIMARY KEY).
    if (!query.exec(QStringLiteral("SELECT ifnull(max(id), 0) FROM events")) || !query.next())
        return m_db.setError(query);
    m_lastEventId = query.value(0).toLongLong();
    query.finish();
    if (!m_db.exec(
            QStringLiteral("DROP TRIGGER %1").arg(SchemaMigrations::eventSearchInsertTrigger())))
        return false;
    m_active = true;
    return true;
}

bool BulkEventIndexing::finish()
{
    if (!m_active)
        return true;
    QSqlQuery query(m_db.connection());
    query.prepare(SchemaMigrations::insertSearchRowsOfEventsAfterSql());
    query.bindValue(QStringLiteral(":after"), m_lastEventId);
    if (!query.exec())
        return m_db.setError(query);
    query.finish();
    if (!m_db.exec(m_triggerSql))
        return false;
    m_active = false;
    return true;
}

} // namespace liaison
