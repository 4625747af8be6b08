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
// triggers; see schema migration 2). Case- and diacritic-insensitive, prefix
// matching on every word typed, best matches first (bm25, a word in a
// record's name counting ten times one elsewhere; ties by title).
//
// Searched: agencies by name, acronym, city, description and country name;
// projects by name, acronym and description; events by title, description,
// city, country name and the titles of their panels (a panel finds its
// event); people by name, position and agency name and acronym; agreements by
// subject; sources by title and publisher; countries by name and code.
class SearchIndex
{
    Q_DECLARE_TR_FUNCTIONS(liaison::SearchIndex)

public:
    struct Hit
    {
        RecordId record;
        // The record's name; agencies and projects with an acronym read
        // "ASCCA — State Customs Committee of the Republic of Azerbaijan".
        QString title;
        // Plain data to tell similar hits apart, the parts that are known
        // joined by ", " (dates as ISO text):
        //   agency     city, country code            "Kyiv, UA"
        //   project    parent's acronym or name,     "EaP-CCP, 2021-09 – 2023-12"
        //              start – end
        //   event      city, country code, start     "Yerevan, AM, 2023-06-13"
        //   person     agency's acronym or name      "ASCCA"
        //   agreement  agency (acronym or name) or   "AZ"
        //              country code, partner
        //              country code, signing date
        //   source     publisher, publication date   "Liaison"
        //   country    code                          "AZ"
        QString context;
    };

    explicit SearchIndex(const Database &db);

    // Up to limit records matching every word of text; an empty or
    // punctuation-only text gives an empty list. nullopt on a query error.
    std::optional<QList<Hit>> search(const QString &text, int limit = 50) const;

    // The FTS5 query for what a user typed: each word quoted, as a prefix.
    static QString ftsQueryFor(const QString &text);
    // The same for a server's to_tsquery: each word a prefix (word:*), all
    // joined with &; the server folds case and accents like its index.
    static QString tsQueryFor(const QString &text);

    QString errorString() const { return m_error; }

private:
    // The words of what a user typed: letters and digits of any script.
    static QStringList wordsOf(const QString &text);

    const Database &m_db;
    mutable QString m_error;
};

} // namespace liaison
