// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "databaselocation.h"

#include <QString>

#include <optional>

namespace liaison {

// Where passwords the user asked Liaison to remember are kept: the system
// keychain in the application, an in-memory fake in tests. Entries are keyed
// by the location's display name, which holds no password.
class CredentialStore
{
public:
    virtual ~CredentialStore();

    // Nothing when no password is kept for the location or the store cannot
    // be read; the user is then asked.
    virtual std::optional<QString> password(const DatabaseLocation &location) = 0;
    virtual bool storePassword(const DatabaseLocation &location, const QString &password,
                               QString *error) = 0;
    // Forgetting a password that was never kept succeeds.
    virtual bool forgetPassword(const DatabaseLocation &location, QString *error) = 0;

    static QString keyFor(const DatabaseLocation &location) { return location.displayName(); }

protected:
    CredentialStore() = default;
    CredentialStore(const CredentialStore &) = default;
    CredentialStore &operator=(const CredentialStore &) = default;
};

} // namespace liaison
