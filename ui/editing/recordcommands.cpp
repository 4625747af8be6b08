// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordcommands.h"

#include "database.h"
#include "recordchoices.h"
#include "recordschema.h"

#include <QStringList>

namespace liaison {

RecordCommand::RecordCommand(Database &db, const RecordId &record, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_db(db)
    , m_record(record)
{ }

void RecordCommand::setOutcome(bool succeeded, const RecordEditor &editor)
{
    m_succeeded = succeeded;
    m_error.clear();
    if (succeeded)
        return;
    m_error = editor.errorString();
    if (m_error.isEmpty()) {
        const RecordEditor::Problems problems = editor.problems();
        m_error = QStringList(problems.cbegin(), problems.cend()).join(QLatin1Char('\n'));
    }
    if (m_error.isEmpty())
        m_error = tr("The record base refused the change.");
}

CreateRecordCommand::CreateRecordCommand(Database &db, RecordKind kind, const QVariantMap &fields,
                                         QUndoCommand *parent)
    : RecordCommand(db, RecordId::of(kind, 0), parent)
    , m_fields(fields)
{
    retranslate();
}

QString CreateRecordCommand::describe(RecordKind kind, const QString &name)
{
    switch (kind) {
    case RecordKind::Agency:
        //: An undo step; %1 is the new agency's acronym or name
        return tr("Create agency %1").arg(name);
    case RecordKind::Project:
        //: An undo step; %1 is the new project's acronym or name
        return tr("Create project %1").arg(name);
    case RecordKind::Event:
        //: An undo step; %1 is the new event's title
        return tr("Create event %1").arg(name);
    case RecordKind::Person:
        //: An undo step; %1 is the new person's name
        return tr("Create person %1").arg(name);
    case RecordKind::Agreement:
        //: An undo step; %1 is the new agreement's subject
        return tr("Create agreement %1").arg(name);
    case RecordKind::Source:
        //: An undo step; %1 is the new source's title
        return tr("Create source %1").arg(name);
    case RecordKind::Country:
        break;
    }
    //: An undo step; %1 is the new record's name
    return tr("Create %1").arg(name);
}

void CreateRecordCommand::retranslate()
{
    setText(describe(m_record.kind, RecordChoices::shortName(m_fields)).trimmed());
}

void CreateRecordCommand::redo()
{
    RecordEditor editor(m_db);
    if (m_exists) {
        setOutcome(true, editor);
        return;
    }
    // The first time the record base picks the id; then the same id again.
    const std::optional<qint64> id = editor.create(m_record.kind, m_fields, m_record.id);
    if (id)
        m_record.id = *id;
    m_exists = id.has_value();
    setOutcome(m_exists, editor);
}

void CreateRecordCommand::undo()
{
    RecordEditor editor(m_db);
    if (!m_exists) {
        setOutcome(true, editor);
        return;
    }
    const bool removed = editor.remove(m_record).has_value();
    m_exists = !removed;
    setOutcome(removed, editor);
}

EditRecordCommand::EditRecordCommand(Database &db, RecordKind kind, qint64 id,
                                     const QVariantMap &oldFields, const QVariantMap &newFields,
                                     qint64 loadedVersion, QUndoCommand *parent)
    : RecordCommand(db, RecordId::of(kind, id), parent)
    , m_oldFields(oldFields)
    , m_newFields(newFields)
    , m_loadedVersion(loadedVersion)
{
    m_name = RecordChoices::shortName(newFields);
    if (m_name.isEmpty())
        m_name = RecordChoices::shortName(oldFields);
    if (m_name.isEmpty())
        m_name = RecordChoices::shortName(db, m_record);
    retranslate();
}

QString EditRecordCommand::describe(const QString &name)
{
    //: An undo step; %1 is the record's acronym or name: "Edit TOPCOP"
    return tr("Edit %1").arg(name);
}

void EditRecordCommand::retranslate()
{
    setText(describe(m_name.isEmpty() ? RecordSchema::kindLabel(m_record.kind) : m_name));
}

void EditRecordCommand::redo()
{
    RecordEditor editor(m_db);
    if (m_applied) {
        setOutcome(true, editor);
        return;
    }
    // Later steps check the values rather than the version: undoing a
    // deletion or a creation in between puts the record back under another.
    m_applied =
        editor.update(m_record.kind, m_record.id, m_newFields, {m_oldFields, m_loadedVersion});
    if (m_applied)
        m_loadedVersion = 0;
    setOutcome(m_applied, editor);
}

void EditRecordCommand::undo()
{
    RecordEditor editor(m_db);
    if (!m_applied) {
        setOutcome(true, editor);
        return;
    }
    const bool restored = editor.update(m_record.kind, m_record.id, m_oldFields, {m_newFields, 0});
    m_applied = !restored;
    setOutcome(restored, editor);
}

DeleteRecordCommand::DeleteRecordCommand(Database &db, const RecordId &record, QUndoCommand *parent)
    : RecordCommand(db, record, parent)
    , m_name(RecordChoices::shortName(db, record))
{
    retranslate();
}

QString DeleteRecordCommand::describe(const QString &name)
{
    //: An undo step; %1 is the record's acronym or name: "Delete ASCCA"
    return tr("Delete %1").arg(name);
}

void DeleteRecordCommand::retranslate()
{
    setText(describe(m_name.isEmpty() ? RecordSchema::kindLabel(m_record.kind) : m_name));
}

void DeleteRecordCommand::redo()
{
    RecordEditor editor(m_db);
    if (m_deleted) {
        setOutcome(true, editor);
        return;
    }
    std::optional<RecordEditor::Snapshot> snapshot = editor.remove(m_record);
    if (snapshot) {
        m_snapshot = std::move(*snapshot);
        m_deleted = true;
    }
    setOutcome(m_deleted, editor);
}

void DeleteRecordCommand::undo()
{
    RecordEditor editor(m_db);
    if (!m_deleted) {
        setOutcome(true, editor);
        return;
    }
    const bool restored = editor.restore(m_snapshot);
    m_deleted = !restored;
    setOutcome(restored, editor);
}

} // namespace liaison
