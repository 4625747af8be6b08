// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordkind.h"

#include <QMetaType>
#include <QString>
#include <QUrl>

#include <optional>

namespace liaison {

// Identifies one record of any kind: its kind and row id, or for a country
// its ISO 3166-1 alpha-2 code. Written as "agency:12" or "country:AZ" in
// settings, and as the link "liaison:agency/12" in detail panes.
struct RecordId
{
    RecordKind kind = RecordKind::Agency;
    qint64 id = 0;
    QString code; // countries only

    static RecordId of(RecordKind kind, qint64 id);
    static RecordId country(const QString &code);

    bool isValid() const;
    QString toString() const;
    static std::optional<RecordId> fromString(const QString &text);
    QUrl toUrl() const;
    static std::optional<RecordId> fromUrl(const QUrl &url);

    friend bool operator==(const RecordId &a, const RecordId &b)
    {
        return a.kind == b.kind && a.id == b.id && a.code == b.code;
    }
    friend bool operator!=(const RecordId &a, const RecordId &b) { return !(a == b); }
};

} // namespace liaison

Q_DECLARE_METATYPE(liaison::RecordId)
