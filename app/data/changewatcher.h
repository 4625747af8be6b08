// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

namespace liaison {

class Database;

// Tells when another connection (another window, a CLI import, a colleague
// on the server) has committed changes to the open record base, so the views
// can read it again. On a server it listens to the notifications the
// schema's triggers send (LISTEN liaison_changed); on an SQLite file, which
// has no such thing, it polls PRAGMA data_version, a counter that moves only
// for other connections' commits and costs no file access.
class ChangeWatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int PollIntervalMs = 2000;
    static constexpr const char *Channel = "liaison_changed";

    // Watches db, which must stay open while this object lives.
    explicit ChangeWatcher(const Database &db, QObject *parent = nullptr);
    ~ChangeWatcher() override;

    // Asks at once rather than at the next poll (tests, focus in).
    void checkNow();

signals:
    void changedElsewhere();

private:
    qint64 dataVersion() const;

    const Database &m_db;
    QTimer m_timer;
    qint64 m_lastVersion = -1;
    bool m_subscribed = false;
};

} // namespace liaison
