// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordid.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace liaison {

class Database;

// Creates, changes and deletes records, each in one write transaction that
// leaves the record base as it was when it fails. Field values are keyed by
// the names of RecordSchema::fieldsOf(kind); a missing key leaves a field as
// it is (on update) or empty (on create); an empty string means empty.
class RecordEditor
{
    Q_DECLARE_TR_FUNCTIONS(liaison::RecordEditor)

public:
    // Problems keyed by field name ("" for the record as a whole), each a
    // sentence for the form to show beside its field.
    using Problems = QMap<QString, QString>;

    // What deleting a record also removes or unlinks, by table, for the
    // question the user is asked first ("also removes 12 events and 40
    // participation records").
    struct Impact
    {
        QMap<QString, qint64> removed; // table -> rows deleted with it
        QMap<QString, qint64> unlinked; // table -> rows whose reference is cleared
        bool isEmpty() const { return removed.isEmpty() && unlinked.isEmpty(); }
    };

    // Everything needed to put a deleted record back as it was: its row and
    // every row deleted or unlinked with it, table by table.
    struct Snapshot
    {
        RecordId record;
        QList<QPair<QString, QVariantMap>> deletedRows; // (table, column values), parents first
        QList<QPair<QString, QVariantMap>> unlinkedRows; // (table, {id, column: old value})
        bool isValid() const { return record.isValid(); }
    };

    explicit RecordEditor(Database &db);

    // Required fields, real dates, end not before start, counts >= 0,
    // unique acronyms, existing countries and references, known choices.
    Problems validate(RecordKind kind, qint64 id, const QVariantMap &fields) const;

    // The id of the new record, or nullopt (see problems() / errorString()).
    std::optional<qint64> create(RecordKind kind, const QVariantMap &fields, qint64 wantedId = 0);
    bool update(RecordKind kind, qint64 id, const QVariantMap &fields);
    // The current values of every schema field of a record; empty when none.
    QVariantMap fieldsOf(RecordKind kind, qint64 id) const;

    Impact impactOfDeleting(const RecordId &record) const;
    // Takes the snapshot first, so the deletion can be undone.
    std::optional<Snapshot> remove(const RecordId &record);
    bool restore(const Snapshot &snapshot);

    Problems problems() const { return m_problems; }
    QString errorString() const { return m_error; }

private:
    Database &m_db;
    mutable Problems m_problems;
    mutable QString m_error;
};

} // namespace liaison
