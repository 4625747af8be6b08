// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordid.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

class QSqlQuery;

namespace liaison {

class Database;

// Creates, changes and deletes records, each in one write transaction that
// leaves the record base as it was when it fails. Field values are keyed by
// the names of RecordSchema::fieldsOf(kind); a missing key leaves a field as
// it is (on update) or empty (on create); an empty string means empty.
// Values are stored trimmed, country codes in upper case, dates in their
// canonical ISO form. Table and column names in SQL come from RecordSchema
// or from the record base's own schema, never from the field values.
//
// Undo and redo build on these calls: create() then remove() leaves the
// record base as before, and so does remove() then restore(); create() with
// the id of a removed record (wantedId) puts it back under that id.
class RecordEditor
{
    Q_DECLARE_TR_FUNCTIONS(liaison::RecordEditor)

public:
    // Problems keyed by field name ("" for the record as a whole), each a
    // sentence for the form to show beside its field.
    using Problems = QMap<QString, QString>;

    // What deleting a record also removes or unlinks, by table, for the
    // question the user is asked first ("also removes 12 events and 40
    // participation records"). The record itself is not counted. Follows the
    // ON DELETE rules of the schema: CASCADE recursively (removed), SET NULL
    // (unlinked). Rows that refer to the record with no ON DELETE action
    // (the records citing a source) forbid the deletion: they are counted in
    // citedBy and refusal says why.
    struct Impact
    {
        QMap<QString, qint64> removed; // table -> rows deleted with it
        QMap<QString, qint64> unlinked; // table -> rows whose reference is cleared
        QMap<QString, qint64> citedBy; // table -> rows that forbid the deletion
        QString refusal; // a sentence when the record cannot be deleted, else empty
        bool isRefused() const { return !refusal.isEmpty(); }
        bool isEmpty() const
        {
            return removed.isEmpty() && unlinked.isEmpty() && citedBy.isEmpty();
        }
    };

    // Everything needed to put a deleted record back as it was: its row and
    // every row deleted or unlinked with it, table by table, read before the
    // deletion. Rows hold every column under its name, ids included; a row
    // of a table without an integer primary key (event_countries) also holds
    // its "rowid". deletedRows starts with the record's own row and lists
    // parents before children (tables in foreign-key order, rows of a
    // self-referencing table parents first). An unlinked row holds its key
    // ("id", or "rowid") and the old value of each column that was cleared.
    struct Snapshot
    {
        RecordId record;
        QList<QPair<QString, QVariantMap>> deletedRows; // (table, column values), parents first
        QList<QPair<QString, QVariantMap>> unlinkedRows; // (table, {id, column: old value})
        bool isValid() const { return record.isValid(); }
    };

    // A record as an editor loaded it: its fields and its row_version, which
    // every change bumps. An update made on it is refused when the record
    // changed since (optimistic locking), never written over the change.
    struct Loaded
    {
        QVariantMap fields; // as fieldsOf() gives them, or the subset the caller showed
        // 0: no version known; the update then checks that the record still
        // holds fields (none given: no check at all).
        qint64 version = 0;
    };

    explicit RecordEditor(Database &db);

    // Required fields, real dates, end not before start, counts >= 0,
    // unique acronyms, existing countries and references, no parent cycles,
    // known choices, the agency kind/country rule, http(s) addresses, an
    // agreement's parties. For id > 0 the fields are merged over the
    // record's current values first. Empty when valid.
    Problems validate(RecordKind kind, qint64 id, const QVariantMap &fields) const;

    // The id of the new record, or nullopt (see problems() / errorString()).
    // wantedId > 0 creates the record under that id, which must be free.
    std::optional<qint64> create(RecordKind kind, const QVariantMap &fields, qint64 wantedId = 0);
    // Changes only the given fields, after validating them merged with the
    // record's current values.
    bool update(RecordKind kind, qint64 id, const QVariantMap &fields);
    // The same, refused when the record's row_version is no longer
    // loaded.version (or, without a version, the record no longer holds
    // loaded.fields): someone else changed it since it was loaded. Then
    // isConflict() is true and errorString() names each field that differs
    // from loaded.fields, with their value and yours. After success,
    // rowVersion() is the record's new version.
    bool update(RecordKind kind, qint64 id, const QVariantMap &fields, const Loaded &loaded);
    // The current values of every schema field of a record (a null QVariant
    // for NULL); empty when none.
    QVariantMap fieldsOf(RecordKind kind, qint64 id) const;
    // fieldsOf() with the record's row_version, read together; version 0 when
    // there is no such record.
    Loaded load(RecordKind kind, qint64 id) const;

    // Empty, with errorString() set, when the record does not exist.
    Impact impactOfDeleting(const RecordId &record) const;
    // Takes the snapshot first, so the deletion can be undone. Refused (nullopt,
    // errorString() saying why) when the impact has a refusal.
    std::optional<Snapshot> remove(const RecordId &record);
    // Puts back every row of the snapshot with its ids and every cleared
    // reference, in one transaction. A row unlinked then that no longer exists
    // is skipped.
    bool restore(const Snapshot &snapshot);

    Problems problems() const { return m_problems; }
    QString errorString() const { return m_error; }
    // The last update() was refused because the record changed since it was loaded.
    bool isConflict() const { return m_conflict; }
    // The row_version the last successful update() left.
    qint64 rowVersion() const { return m_rowVersion; }

private:
    struct Plan; // defined in recordeditor.cpp

    bool planDeletion(const RecordId &record, Plan &plan) const;
    Impact impactOf(const RecordId &record, const Plan &plan) const;
    bool readSnapshot(const RecordId &record, const Plan &plan, Snapshot &snapshot) const;
    QVariantMap storedValues(RecordKind kind, qint64 id, bool *found,
                             qint64 *version = nullptr) const;
    QStringList changedSince(RecordKind kind, qint64 id, const Loaded &loaded,
                             QVariantMap *theirs) const;
    QString conflictMessage(RecordKind kind, qint64 id, const QVariantMap &fields,
                            const Loaded &loaded) const;
    bool refuseConflict(RecordKind kind, qint64 id, const QVariantMap &fields,
                        const Loaded &loaded);
    bool resetIdentity(const QString &table) const;
    QVariantMap normalised(RecordKind kind, const QVariantMap &fields, Problems &problems) const;
    void check(RecordKind kind, qint64 id, const QVariantMap &record, Problems &problems) const;
    QString recordName(RecordKind kind, qint64 id) const;
    bool exists(RecordKind kind, qint64 id) const;
    bool fail(const QString &message) const;
    bool failQuery(const QSqlQuery &query) const;

    Database &m_db;
    mutable Problems m_problems;
    mutable QString m_error;
    bool m_conflict = false;
    qint64 m_rowVersion = 0;
};

} // namespace liaison
