// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "databaselocation.h"

#include <QObject>

#include <functional>
#include <memory>
#include <utility>

class QThread;

namespace liaison {

class Database;

// Runs one pane's queries on a thread of its own, through a read-only
// connection of its own to the pane's record base (a QtSql connection never
// crosses threads), and hands plain results back on the thread that owns the
// loader. Only the latest request counts: one that has not started yet is
// replaced by the next, and the result of one superseded while it runs is
// dropped.
//
// The worker's connection is opened on first use, opened again when the
// location changes, and closed by closeConnection() and on destruction. It
// skips SQLite's quick_check (Verification::Deferred): the window's own
// connection answers for the file. Between loads it holds no transaction, so
// each load sees every write committed before it started.
class BackgroundLoader : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundLoader(QObject *parent = nullptr);
    // Waits for a load under way to finish: SQLite cannot be stopped midway.
    ~BackgroundLoader() override;

    // Runs work(db) on the worker thread, db being the worker's connection to
    // location (Database::location() of the caller's; it may have failed to
    // open: see db.isOpen(), db.errorString()), then deliver(result) on this
    // object's thread, unless load() or cancel() was called again meanwhile.
    // work must not touch widgets or the caller's connection.
    template<typename Work, typename Deliver>
    void load(const DatabaseLocation &location, Work work, Deliver deliver)
    {
        start(location,
              [work = std::move(work), deliver = std::move(deliver)](const Database &db) mutable {
                  return Delivery(
                      [deliver, result = work(db)]() mutable { deliver(std::move(result)); });
              });
    }
    // Drops the result of the load under way, if any.
    void cancel();
    // Cancels and closes the worker's connection: the record base was closed
    // or replaced.
    void closeConnection();

    bool isLoading() const { return m_loading; }
    // Blocks until the latest load has finished and delivers it at once;
    // false after timeoutMs. For tests and callers that need the result now.
    bool waitForLoaded(int timeoutMs = 30000);

    // Test hook, not for users: runs on the worker thread before every load
    // (of every loader) until reset with an empty function, so that tests
    // can see where loads run and make them slow.
    static void setBeforeLoadHookForTests(std::function<void()> hook);

signals:
    void loadingChanged(bool loading);

private:
    using Delivery = std::function<void()>;
    using Job = std::function<Delivery(const Database &)>;
    struct Shared;

    void start(const DatabaseLocation &location, Job job);
    void ensureThread();
    void deliverFinished();
    void finish(const Delivery &delivery);
    void setLoading(bool loading);

    std::shared_ptr<Shared> m_shared;
    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr; // lives on m_thread: queued calls run there
    quint64 m_generation = 0; // of the latest request; only its result is delivered
    bool m_loading = false;
};

} // namespace liaison
