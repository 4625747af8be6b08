// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentialstore.h"

namespace liaison {

// Out of line, so that the vtable has one home.
CredentialStore::~CredentialStore() = default;

} // namespace liaison
