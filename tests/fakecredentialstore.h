// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// An in-memory CredentialStore for tests: what the system keychain would
// keep, without touching it. Header-only: each test is one executable.

#include "credentialstore.h"

#include <QHash>
#include <QString>

class FakeCredentialStore : public liaison::CredentialStore
{
public:
    std::optional<QString> password(const liaison::DatabaseLocation &location) override
    {
        ++m_reads;
        const auto found = m_passwords.constFind(keyFor(location));
        if (found == m_passwords.constEnd())
            return std::nullopt;
        return *found;
    }

    bool storePassword(const liaison::DatabaseLocation &location, const QString &password,
                       QString *error) override
    {
        if (!m_failure.isEmpty()) {
            if (error)
                *error = m_failure;
            return false;
        }
        m_passwords.insert(keyFor(location), password);
        return true;
    }

    bool forgetPassword(const liaison::DatabaseLocation &location, QString *error) override
    {
        if (!m_failure.isEmpty()) {
            if (error)
                *error = m_failure;
            return false;
        }
        m_passwords.remove(keyFor(location));
        return true;
    }

    // Every later store and forget fails with this message; empty to succeed again.
    void setFailure(const QString &message) { m_failure = message; }
    // Key (display name) → password, to check what would have been kept.
    QHash<QString, QString> entries() const { return m_passwords; }
    int reads() const { return m_reads; }

private:
    QHash<QString, QString> m_passwords;
    QString m_failure;
    int m_reads = 0;
};
