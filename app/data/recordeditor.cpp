// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordeditor.h"

#include "database.h"

namespace liaison {

RecordEditor::RecordEditor(Database &db)
    : m_db(db)
{ }

RecordEditor::Problems RecordEditor::validate(RecordKind, qint64, const QVariantMap &) const
{
    return {{QString(), tr("Editing is not available yet.")}};
}

std::optional<qint64> RecordEditor::create(RecordKind, const QVariantMap &, qint64)
{
    m_error = tr("Editing is not available yet.");
    return std::nullopt;
}

bool RecordEditor::update(RecordKind, qint64, const QVariantMap &)
{
    m_error = tr("Editing is not available yet.");
    return false;
}

QVariantMap RecordEditor::fieldsOf(RecordKind, qint64) const
{
    return {};
}

RecordEditor::Impact RecordEditor::impactOfDeleting(const RecordId &) const
{
    return {};
}

std::optional<RecordEditor::Snapshot> RecordEditor::remove(const RecordId &)
{
    m_error = tr("Editing is not available yet.");
    return std::nullopt;
}

bool RecordEditor::restore(const Snapshot &)
{
    m_error = tr("Editing is not available yet.");
    return false;
}

} // namespace liaison
