// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordeditor.h"
#include "recordid.h"
#include "recordkind.h"

#include <QCoreApplication>
#include <QString>
#include <QUndoCommand>
#include <QVariantMap>

namespace liaison {

class Database;

// Undoable changes to the record base, each in RecordEditor's terms, for a
// QUndoStack. QUndoCommand::redo() and undo() return nothing, so every
// command keeps the outcome of its last redo() or undo(): succeeded() and,
// when it failed, errorString(), a sentence for the user. record() names the
// record the command is about, for the window to go to.
//
// The caller pushes a command and then checks it. If the first redo()
// failed, nothing was changed: drop the command so it is never undone or
// redone, by marking it obsolete and undoing it (QUndoStack then deletes it
// without calling its undo()):
//
//     auto *command = new CreateRecordCommand(db, kind, fields);
//     stack->push(command); // runs redo()
//     if (!command->succeeded()) {
//         const QString error = command->errorString();
//         command->setObsolete(true);
//         stack->undo(); // removes and deletes the command
//         showError(error);
//     }
//
// A step that fails leaves the command, and the record base, as they were.
// After stack->undo() or stack->redo() (Edit → Undo, Redo), the command that
// ran is stack->command(stack->index()) after an undo and
// stack->command(stack->index() - 1) after a redo. If it failed, the stack's
// index has moved anyway: step back the other way (stack->redo() after a
// failed undo, stack->undo() after a failed redo), which finds nothing to do,
// succeeds and puts the index back in line with the record base.
class RecordCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(liaison::RecordCommand)

public:
    bool succeeded() const { return m_succeeded; }
    QString errorString() const { return m_error; }
    RecordId record() const { return m_record; }

    // Sets text() again in the interface language (on a language change).
    virtual void retranslate() = 0;

protected:
    RecordCommand(Database &db, const RecordId &record, QUndoCommand *parent);
    // Records the outcome of a step; on failure, takes the editor's error
    // (or its problems, one sentence each).
    void setOutcome(bool succeeded, const RecordEditor &editor);

    Database &m_db;
    RecordId m_record;
    bool m_succeeded = false;
    QString m_error;
};

// Creates a record of kind with fields. The first redo() lets the record base
// choose the id; later ones recreate the record under the same id, so
// commands and links that name it stay valid. undo() deletes it.
class CreateRecordCommand : public RecordCommand
{
    Q_DECLARE_TR_FUNCTIONS(liaison::CreateRecordCommand)

public:
    CreateRecordCommand(Database &db, RecordKind kind, const QVariantMap &fields,
                        QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    void retranslate() override;

    // "Create agency SRC", in the interface language.
    static QString describe(RecordKind kind, const QString &name);

private:
    QVariantMap m_fields;
    bool m_exists = false; // created by the last successful redo()
};

// Changes the fields of a record from oldFields to newFields. oldFields must
// hold the previous value of every field newFields sets (RecordEditor::
// fieldsOf gives them all); a field in neither is left alone. Nothing is
// written over someone else's change: the first redo() is refused when the
// record's row_version is no longer loadedVersion (RecordEditor::load), or,
// without one, when the record no longer holds oldFields; undo() when it no
// longer holds newFields, and a later redo() when it no longer holds oldFields.
class EditRecordCommand : public RecordCommand
{
    Q_DECLARE_TR_FUNCTIONS(liaison::EditRecordCommand)

public:
    EditRecordCommand(Database &db, RecordKind kind, qint64 id, const QVariantMap &oldFields,
                      const QVariantMap &newFields, qint64 loadedVersion = 0,
                      QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    void retranslate() override;

    // "Edit TOPCOP", in the interface language.
    static QString describe(const QString &name);

private:
    QVariantMap m_oldFields;
    QVariantMap m_newFields;
    QString m_name;
    bool m_applied = false; // newFields, by the last successful redo()
    qint64 m_loadedVersion = 0; // checked by the first redo() only
};

// Deletes a record with everything RecordEditor deletes or unlinks with it;
// undo() puts all of it back from the snapshot the deletion took.
class DeleteRecordCommand : public RecordCommand
{
    Q_DECLARE_TR_FUNCTIONS(liaison::DeleteRecordCommand)

public:
    DeleteRecordCommand(Database &db, const RecordId &record, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    void retranslate() override;

    // "Delete ASCCA", in the interface language.
    static QString describe(const QString &name);

    // What the last successful redo() removed; invalid before.
    RecordEditor::Snapshot snapshot() const { return m_snapshot; }

private:
    QString m_name;
    RecordEditor::Snapshot m_snapshot;
    bool m_deleted = false; // by the last successful redo()
};

} // namespace liaison
