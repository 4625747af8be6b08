// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordkind.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace liaison {

// The editable fields of each kind of record, as forms and validation see
// them: one list per kind, in form order. Field names are the columns of
// the record's table; the lists mirror the CHECK constraints and foreign keys
// of the schema (SchemaMigrations), which tst_recordschema compares them to.
// An event's panels, presentations, participation and the project roles are
// edited elsewhere and are not fields of any form.
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
        bool unique = false; // unique in any letter case within the table (acronyms)
        QString label() const; // in the interface language
    };

    // Kinds that can be created and edited in a form. Countries are a fixed
    // ISO list and are not among them.
    static QList<RecordKind> editableKinds();
    static bool isEditable(RecordKind kind);
    // Empty for a kind that is not editable.
    static QList<Field> fieldsOf(RecordKind kind);
    // The field of that name, or nullopt when the kind has none.
    static std::optional<Field> field(RecordKind kind, const QString &name);
    static QString tableOf(RecordKind kind);
    // "Agency", "Project or programme", … in the interface language.
    static QString kindLabel(RecordKind kind);
    // The name of a code of a Choice field in the interface language
    // ("national_agency" -> "National agency"); an unknown code as it is.
    static QString choiceLabel(RecordKind kind, const QString &field, const QString &code);
};

} // namespace liaison
