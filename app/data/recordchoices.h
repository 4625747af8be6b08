// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordid.h"
#include "recordkind.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QVariantMap>

namespace liaison {

class Database;

// The records a form offers for a reference field, and the names by which
// titles and undo steps call a record. Names and acronyms stay as the
// records hold them; nothing here is translated.
class RecordChoices
{
public:
    // Every record of kind as (id, display name), ordered by display name:
    // "CEPOL — European Union Agency for Law Enforcement Training" for an
    // agency or project with an acronym, else its name; an event's title
    // with its date; a person's full name; an agreement's subject; a
    // source's title. Empty for countries, and on a query error (see error).
    static QList<QPair<qint64, QString>> list(const Database &db, RecordKind kind,
                                              QString *error = nullptr);

    // The short name of a record from its fields: the acronym, else the
    // name, title, full name or subject; empty when the fields have none.
    static QString shortName(const QVariantMap &fields);
    // The short name of a stored record; empty when there is no such record.
    static QString shortName(const Database &db, const RecordId &record);
};

} // namespace liaison
