// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentialstore.h"

#include <QCoreApplication>

#include <chrono>

namespace liaison {

// Passwords in the system keychain through qtkeychain (Secret Service,
// KWallet, macOS Keychain, Windows Credential Store), never in a plain file.
// Each call waits for the keychain in a local event loop, at most the
// timeout: a keychain that cannot be reached (no D-Bus session, as on a CI
// machine) gives an error, never a hang.
class KeychainCredentialStore : public CredentialStore
{
    Q_DECLARE_TR_FUNCTIONS(liaison::KeychainCredentialStore)

public:
    explicit KeychainCredentialStore(const QString &service = QStringLiteral("Liaison"),
                                     std::chrono::milliseconds timeout = std::chrono::seconds(15));

    std::optional<QString> password(const DatabaseLocation &location) override;
    bool storePassword(const DatabaseLocation &location, const QString &password,
                       QString *error) override;
    bool forgetPassword(const DatabaseLocation &location, QString *error) override;

    // Why the last call failed; empty after a success or when no password was kept.
    QString lastError() const { return m_lastError; }

private:
    QString m_service;
    std::chrono::milliseconds m_timeout;
    QString m_lastError;
};

} // namespace liaison
