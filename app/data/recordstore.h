// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordref.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace liaison {

class Database;

// Read queries over the records. All SQL about records lives here (and in
// the statistics class for aggregations), behind names that say what they
// return.
class RecordStore
{
    Q_DECLARE_TR_FUNCTIONS(liaison::RecordStore)

public:
    struct RecordCounts
    {
        qint64 agencies = 0;
        qint64 projects = 0;
        qint64 events = 0;
        qint64 people = 0;
        qint64 agreements = 0;
        qint64 participationRecords = 0;
        qint64 sources = 0;
    };

    struct Source
    {
        qint64 id = 0;
        QString title;
        QString publisher;
        QString url;
        QString publishedOn;
        QString kind; // published_article, official_record, illustrative_sample
        qint64 recordCount = 0; // agencies, projects, events and people citing it
    };

    explicit RecordStore(const Database &db);

    // Every source with how many agencies, projects, events and people cite it.
    std::optional<QList<Source>> sourcesWithRecordCounts() const;

    // Counts of each kind of record; nullopt on a query error (see errorString()).
    std::optional<RecordCounts> recordCounts() const;

    // Resolves an id, acronym (any case) or exact name to one record. A key
    // that matches nothing, or several records by name, is an error.
    std::optional<RecordRef> findRecord(const RecordKey &key) const;

    QString errorString() const { return m_error; }

private:
    const Database &m_db;
    mutable QString m_error;
};

} // namespace liaison
