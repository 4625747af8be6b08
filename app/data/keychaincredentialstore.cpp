// SPDX-License-Identifier: GPL-3.0-or-later
#include "keychaincredentialstore.h"

#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <functional>

namespace liaison {

namespace {

enum class Outcome { Done, NotFound, Failed };

struct JobResult
{
    Outcome outcome = Outcome::Failed;
    QString errorString;
};

// Starts the job and waits for it in a local event loop, at most `timeout`.
// The job deletes itself when it ends, even after we stopped waiting, so a
// keychain answering late touches nothing of ours. `onDone` reads the job's
// result while it still exists.
JobResult runJob(QKeychain::Job *job, std::chrono::milliseconds timeout, const QString &lateError,
                 const std::function<void(QKeychain::Job *)> &onDone = {})
{
    job->setAutoDelete(true);
    // Never a plain-text file instead of the keychain.
    job->setInsecureFallback(false);
    QEventLoop loop;
    bool finished = false;
    JobResult result;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&](QKeychain::Job *done) {
        finished = true;
        switch (done->error()) {
        case QKeychain::NoError:
            result.outcome = Outcome::Done;
            if (onDone)
                onDone(done);
            break;
        case QKeychain::EntryNotFound:
            result.outcome = Outcome::NotFound;
            break;
        default:
            result.outcome = Outcome::Failed;
            result.errorString = done->errorString();
            break;
        }
        loop.quit();
    });
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(timeout);
    job->start();
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!finished) {
        result.outcome = Outcome::Failed;
        result.errorString = lateError;
    }
    return result;
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(const QString &service,
                                                 std::chrono::milliseconds timeout)
    : m_service(service)
    , m_timeout(timeout)
{ }

std::optional<QString> KeychainCredentialStore::password(const DatabaseLocation &location)
{
    m_lastError.clear();
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(keyFor(location));
    QString password;
    const JobResult result =
        runJob(job, m_timeout, tr("the keychain did not answer in time"),
               [&password](QKeychain::Job *done) {
                   password = static_cast<QKeychain::ReadPasswordJob *>(done)->textData();
               });
    if (result.outcome == Outcome::Done)
        return password;
    if (result.outcome == Outcome::Failed)
        m_lastError = tr("The system keychain could not read the password of %1: %2")
                          .arg(location.displayName(), result.errorString);
    return std::nullopt;
}

bool KeychainCredentialStore::storePassword(const DatabaseLocation &location,
                                            const QString &password, QString *error)
{
    m_lastError.clear();
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(keyFor(location));
    job->setTextData(password);
    const JobResult result = runJob(job, m_timeout, tr("the keychain did not answer in time"));
    if (result.outcome == Outcome::Done)
        return true;
    m_lastError = tr("The system keychain could not store the password of %1: %2")
                      .arg(location.displayName(), result.errorString);
    if (error)
        *error = m_lastError;
    return false;
}

bool KeychainCredentialStore::forgetPassword(const DatabaseLocation &location, QString *error)
{
    m_lastError.clear();
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(keyFor(location));
    const JobResult result = runJob(job, m_timeout, tr("the keychain did not answer in time"));
    if (result.outcome != Outcome::Failed)
        return true;
    m_lastError = tr("The system keychain could not forget the password of %1: %2")
                      .arg(location.displayName(), result.errorString);
    if (error)
        *error = m_lastError;
    return false;
}

} // namespace liaison
