// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordkind.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace liaison {

// The editable fields of each kind of record, as forms and validation see
// them: one list per kind, in form order. Field names are the columns of
// the record's table.
class RecordSchema
{
    Q_DECLARE_TR_FUNCTIONS(liaison::RecordSchema)

public:
    enum class FieldType {
        Text, // one line
        LongText, // several lines
        Date, // ISO date of year, month or day precision
        Count, // integer >= 0
        Choice, // one of choices (codes; Vocabulary names them)
        Country, // ISO 3166-1 alpha-2 code of the countries table
        Reference, // id of a record of referenceKind
        Url,
    };

    struct Field
    {
        QString name;
        FieldType type = FieldType::Text;
        bool required = false;
        QStringList choices; // Choice
        RecordKind referenceKind = RecordKind::Agency; // Reference
        QString label() const; // in the interface language
    };

    // Kinds that can be created and edited in a form.
    static QList<RecordKind> editableKinds();
    static QList<Field> fieldsOf(RecordKind kind);
    static QString tableOf(RecordKind kind);
    // "Agency", "Project or programme", … in the interface language.
    static QString kindLabel(RecordKind kind);
};

} // namespace liaison
