// SPDX-License-Identifier: GPL-3.0-or-later
#include "backgroundloader.h"

#include "database.h"

#include <QThread>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>

namespace liaison {

namespace {

std::mutex &hookMutex()
{
    static std::mutex mutex;
    return mutex;
}

std::function<void()> &hook()
{
    static std::function<void()> function;
    return function;
}

} // namespace

// What the loader and its worker thread hand each other, under mutex.
struct BackgroundLoader::Shared
{
    struct Request
    {
        quint64 generation = 0;
        DatabaseLocation location;
        Job job;
    };

    // Standard rather than Qt types: ThreadSanitizer sees these without an
    // instrumented Qt.
    std::mutex mutex;
    std::condition_variable finished;
    std::optional<Request> request; // the latest not yet started
    bool closeRequested = false; // before the next request, if any
    quint64 doneGeneration = 0;
    Delivery done; // the result of doneGeneration, until delivered

    // The worker thread's own; touched on that thread only.
    std::unique_ptr<Database> db;
    DatabaseLocation dbLocation; // what db was opened on

    // On the worker thread: runs the latest request, if one is left, and
    // posts its result to the loader.
    void runLatest(BackgroundLoader *loader)
    {
        std::optional<Request> next;
        bool close = false;
        {
            // Both at once: a request made after closeConnection() is never
            // read through the connection it closed.
            const std::lock_guard lock(mutex);
            next.swap(request);
            close = std::exchange(closeRequested, false);
        }
        if (close)
            db.reset();
        if (!next)
            return; // an earlier wake-up ran it already
        if (!db || dbLocation != next->location || !db->isOpen()) {
            db = std::make_unique<Database>();
            dbLocation = next->location;
            db->open(dbLocation, Database::OpenMode::ReadOnly, Database::Verification::Deferred);
        }
        std::function<void()> before;
        {
            const std::lock_guard lock(hookMutex());
            before = hook();
        }
        if (before)
            before();
        Delivery delivery = next->job(*db);
        const quint64 generation = next->generation;
        next.reset(); // the job's captures go on this thread
        {
            const std::lock_guard lock(mutex);
            doneGeneration = generation;
            done = std::move(delivery);
        }
        finished.notify_all();
        // The loader is still there: its destructor waits for this thread.
        QMetaObject::invokeMethod(
            loader, [loader] { loader->deliverFinished(); }, Qt::QueuedConnection);
    }
};

BackgroundLoader::BackgroundLoader(QObject *parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
{ }

BackgroundLoader::~BackgroundLoader()
{
    if (!m_thread)
        return;
    {
        const std::lock_guard lock(m_shared->mutex);
        m_shared->request.reset();
    }
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

void BackgroundLoader::setBeforeLoadHookForTests(std::function<void()> function)
{
    const std::lock_guard lock(hookMutex());
    hook() = std::move(function);
}

void BackgroundLoader::ensureThread()
{
    if (m_thread)
        return;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("liaison-loader"));
    m_worker = new QObject;
    m_worker->moveToThread(m_thread);
    // Both run on the worker thread as it ends: the connection closes on the
    // thread that opened it.
    connect(
        m_thread, &QThread::finished, m_worker, [shared = m_shared] { shared->db.reset(); },
        Qt::DirectConnection);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

void BackgroundLoader::start(const DatabaseLocation &location, Job job)
{
    ensureThread();
    const quint64 generation = ++m_generation;
    {
        const std::lock_guard lock(m_shared->mutex);
        m_shared->request = Shared::Request {generation, location, std::move(job)};
    }
    QMetaObject::invokeMethod(
        m_worker, [shared = m_shared, loader = this] { shared->runLatest(loader); },
        Qt::QueuedConnection);
    setLoading(true);
}

void BackgroundLoader::cancel()
{
    ++m_generation;
    {
        const std::lock_guard lock(m_shared->mutex);
        m_shared->request.reset();
        m_shared->done = {};
    }
    setLoading(false);
}

void BackgroundLoader::closeConnection()
{
    cancel();
    if (!m_thread)
        return;
    {
        const std::lock_guard lock(m_shared->mutex);
        m_shared->closeRequested = true;
    }
    QMetaObject::invokeMethod(
        m_worker, [shared = m_shared, loader = this] { shared->runLatest(loader); },
        Qt::QueuedConnection);
}

bool BackgroundLoader::waitForLoaded(int timeoutMs)
{
    if (!m_loading)
        return true;
    Delivery delivery;
    {
        std::unique_lock lock(m_shared->mutex);
        const bool done =
            m_shared->finished.wait_for(lock, std::chrono::milliseconds(timeoutMs), [this] {
                return m_shared->doneGeneration == m_generation;
            });
        if (!done)
            return false;
        delivery = std::exchange(m_shared->done, {});
    }
    finish(delivery);
    return true;
}

void BackgroundLoader::deliverFinished()
{
    Delivery delivery;
    {
        const std::lock_guard lock(m_shared->mutex);
        if (m_shared->doneGeneration != m_generation || !m_shared->done) {
            // Superseded, or already delivered by waitForLoaded().
            if (m_shared->doneGeneration != m_generation)
                m_shared->done = {};
            return;
        }
        delivery = std::exchange(m_shared->done, {});
    }
    finish(delivery);
}

void BackgroundLoader::finish(const Delivery &delivery)
{
    setLoading(false);
    if (delivery)
        delivery();
}

void BackgroundLoader::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

} // namespace liaison
