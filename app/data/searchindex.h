// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordid.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace liaison {

class Database;

// Full-text search over every kind of record (SQLite FTS5, kept in sync by
// triggers; see the schema migrations). Case- and diacritic-insensitive,
// prefix matching on every word typed, best matches first.
class SearchIndex
{
    Q_DECLARE_TR_FUNCTIONS(liaison::SearchIndex)

public:
    struct Hit
    {
        RecordId record;
        QString title; // the record's name, with its acronym where it has one
        QString context; // plain data to tell similar hits apart: e.g. "Warsaw, 2023-06-13"
    };

    explicit SearchIndex(const Database &db);

    // Up to limit records matching every word of text; an empty or
    // punctuation-only text gives an empty list. nullopt on a query error.
    std::optional<QList<Hit>> search(const QString &text, int limit = 50) const;

    // The FTS5 query for what a user typed: each word quoted, as a prefix.
    static QString ftsQueryFor(const QString &text);

    QString errorString() const { return m_error; }

private:
    const Database &m_db;
    mutable QString m_error;
};

} // namespace liaison
