// SPDX-License-Identifier: GPL-3.0-or-later
#include "changewatcher.h"

#include "database.h"

#include <QSqlDriver>
#include <QSqlQuery>

namespace liaison {

ChangeWatcher::ChangeWatcher(const Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    if (m_db.isPostgres()) {
        QSqlDriver *driver = m_db.connection().driver();
        m_subscribed = driver && driver->subscribeToNotification(QLatin1String(Channel));
        if (m_subscribed) {
            connect(driver, &QSqlDriver::notification, this,
                    [this](const QString &name, QSqlDriver::NotificationSource source,
                           const QVariant &) {
                        // This window's own writes reload their views already.
                        if (name == QLatin1String(Channel) && source == QSqlDriver::OtherSource)
                            emit changedElsewhere();
                    });
            return;
        }
    }
    if (m_db.isPostgres())
        return; // a server that refused LISTEN: the views refresh on the user's own actions
    m_lastVersion = dataVersion();
    m_timer.setInterval(PollIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ChangeWatcher::checkNow);
    m_timer.start();
}

ChangeWatcher::~ChangeWatcher()
{
    if (m_subscribed && m_db.isOpen()) {
        if (QSqlDriver *driver = m_db.connection().driver())
            driver->unsubscribeFromNotification(QLatin1String(Channel));
    }
}

void ChangeWatcher::checkNow()
{
    if (m_subscribed) {
        // Notifications arrive with the connection's next round trip.
        QSqlQuery query(m_db.connection());
        query.exec(QStringLiteral("SELECT 1"));
        return;
    }
    const qint64 version = dataVersion();
    if (version >= 0 && version != m_lastVersion) {
        m_lastVersion = version;
        emit changedElsewhere();
    }
}

qint64 ChangeWatcher::dataVersion() const
{
    if (!m_db.isOpen() || m_db.isPostgres())
        return -1;
    QSqlQuery query(m_db.connection());
    if (query.exec(QStringLiteral("PRAGMA data_version")) && query.next())
        return query.value(0).toLongLong();
    return -1;
}

} // namespace liaison
