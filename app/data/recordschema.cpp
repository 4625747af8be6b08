// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordschema.h"

namespace liaison {

QString RecordSchema::Field::label() const
{
    return name;
}

QList<RecordKind> RecordSchema::editableKinds()
{
    return {};
}

QList<RecordSchema::Field> RecordSchema::fieldsOf(RecordKind)
{
    return {};
}

QString RecordSchema::tableOf(RecordKind)
{
    return {};
}

QString RecordSchema::kindLabel(RecordKind kind)
{
    return recordKindName(kind);
}

} // namespace liaison
