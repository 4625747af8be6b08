// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordkind.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace liaison {

// A record as named on the command line: "agency:ASCCA", "project:12",
// "event:Some title", or "all" for the whole record base.
class RecordKey
{
    Q_DECLARE_TR_FUNCTIONS(liaison::RecordKey)

public:
    static RecordKey all();
    static RecordKey of(RecordKind kind, const QString &key);
    // Parses KIND:KEY or "all"; on failure returns nothing and explains why.
    static std::optional<RecordKey> parse(const QString &text, QString *error);

    static QString kindName(RecordKind kind);
    static std::optional<RecordKind> kindFromName(const QString &name);

    bool isAll() const { return m_all; }
    RecordKind kind() const { return m_kind; }
    QString key() const { return m_key; }
    QString toString() const;

private:
    bool m_all = false;
    RecordKind m_kind = RecordKind::Agency;
    QString m_key;
};

} // namespace liaison
