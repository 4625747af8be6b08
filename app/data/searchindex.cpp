// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchindex.h"

#include "database.h"
#include "sqldialect.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QStringView>

#include <algorithm>
#include <limits>

namespace liaison {

namespace {

// The kind codes of the index's rowids (id * 8 + code), as schema migration 2
// writes them. A country's id is its code read as a number from 1 to 676.
enum RowCode {
    AgencyRow = 1,
    ProjectRow = 2,
    EventRow = 3,
    PersonRow = 4,
    AgreementRow = 5,
    SourceRow = 6,
    CountryRow = 7,
};

// Matches once (materialised), then reads each kind's title and context from
// its own table, so hits always show the current values. The title is
// composed here so that ties sort by the title as shown.
// Records from real sources rank before illustrative samples, then by
// relevance (bm25, title words weighing ten times body words).
//
// Only the candidates are read from their tables: the matches scoring no
// worse than the :candidates-th best (ties included), or every match when
// :candidates is negative. A common word matches a large part of the record
// base, and reading every match's record to sort them all costs more than
// ranking them. Each row also says whether it is a sample, and how many
// matches were left out, with which search() tells whether the candidates
// were enough (see there).
//
// A server matches the tsvector column instead (see PostgresMigrations): the
// words as prefixes, all required, folded like the index; ts_rank weighs the
// title (A) ten times the body (B) and divides by the record's length (2),
// as bm25 favours short records, negated so that lower scores rank first as
// with bm25. Its titles sort like NOCASE whatever its collation.
const char *const searchSql = R"(
    WITH matches(code, id, score) AS MATERIALIZED (
        SELECT rowid & 7, (rowid - (rowid & 7)) / 8, bm25(search_index, 10.0, 1.0)
        FROM search_index WHERE search_index MATCH :query),
    candidates(code, id, score) AS MATERIALIZED (
        SELECT code, id, score FROM matches
        WHERE :candidates < 0
           OR score <= ifnull((SELECT score FROM matches ORDER BY score
                               LIMIT 1 OFFSET :candidates - 1), score)),
    hits(code, id, country, name, acronym, part1, part2, part3, score, source_id) AS (
        SELECT m.code, m.id, NULL, a.name, a.acronym, a.city, a.country_code, NULL, m.score,
               a.source_id
        FROM candidates m JOIN agencies a ON a.id = m.id WHERE m.code = 1
        UNION ALL
        SELECT m.code, m.id, NULL, p.name, p.acronym, coalesce(up.acronym, up.name),
               p.start_date, p.end_date, m.score, p.source_id
        FROM candidates m JOIN projects p ON p.id = m.id
        LEFT JOIN projects up ON up.id = p.parent_id WHERE m.code = 2
        UNION ALL
        SELECT m.code, m.id, NULL, e.title, NULL, e.city, e.country_code, e.start_date, m.score,
               e.source_id
        FROM candidates m JOIN events e ON e.id = m.id WHERE m.code = 3
        UNION ALL
        SELECT m.code, m.id, NULL, p.full_name, NULL, coalesce(a.acronym, a.name), NULL, NULL,
               m.score, p.source_id
        FROM candidates m JOIN people p ON p.id = m.id
        LEFT JOIN agencies a ON a.id = p.agency_id WHERE m.code = 4
        UNION ALL
        SELECT m.code, m.id, NULL, g.subject, NULL, coalesce(a.acronym, a.name, g.country_code),
               g.partner_country_code, g.signed_on, m.score, g.source_id
        FROM candidates m JOIN agreements g ON g.id = m.id
        LEFT JOIN agencies a ON a.id = g.agency_id WHERE m.code = 5
        UNION ALL
        SELECT m.code, m.id, NULL, s.title, NULL, s.publisher, s.published_on, NULL, m.score, s.id
        FROM candidates m JOIN sources s ON s.id = m.id WHERE m.code = 6
        UNION ALL
        SELECT m.code, 0, c.code, c.name, NULL, c.code, NULL, NULL, m.score, NULL
        FROM candidates m
        JOIN countries c ON c.code = char(65 + (m.id - 1) / 26, 65 + (m.id - 1) % 26)
        WHERE m.code = 7)
    SELECT h.code, h.id, h.country,
           CASE WHEN h.acronym IS NULL THEN h.name ELSE h.acronym || :dash || h.name END AS title,
           h.part1, h.part2, h.part3,
           coalesce(src.kind = 'illustrative_sample', 0) AS sample,
           (SELECT count(*) FROM matches) - (SELECT count(*) FROM candidates)
    FROM hits h LEFT JOIN sources src ON src.id = h.source_id
    ORDER BY sample, h.score, title COLLATE NOCASE, h.code, h.id, h.country
    LIMIT :limit)";

// searchSql with the parts a server does differently replaced, so that the
// rest is written once.
QString serverSearchSql()
{
    QString sql = QString::fromUtf8(searchSql);
    const auto replace = [&sql](const QString &from, const QString &to) {
        Q_ASSERT(sql.count(from) == 1);
        sql.replace(from, to);
    };
    replace(QStringLiteral("bm25(search_index, 10.0, 1.0)\n        FROM search_index "
                           "WHERE search_index MATCH :query"),
            QStringLiteral("-ts_rank('{0, 0, 0.1, 1.0}', document, q, 2)\n"
                           "        FROM search_index, to_tsquery('simple', liaison_fold(:query)) q"
                           " WHERE document @@ q"));
    // A negative OFFSET is an error on a server even where it is not read.
    replace(QStringLiteral("ifnull((SELECT score FROM matches ORDER BY score\n"
                           "                               LIMIT 1 OFFSET :candidates - 1)"),
            QStringLiteral("coalesce((SELECT score FROM matches ORDER BY score"
                           " LIMIT 1 OFFSET greatest(:candidates - 1, 0))"));
    replace(QStringLiteral("char(65 + (m.id - 1) / 26, 65 + (m.id - 1) % 26)"),
            QStringLiteral("chr(CAST(65 + (m.id - 1) / 26 AS INTEGER))"
                           " || chr(CAST(65 + (m.id - 1) % 26 AS INTEGER))"));
    replace(QStringLiteral("coalesce(src.kind = 'illustrative_sample', 0)"),
            QStringLiteral("CASE WHEN src.kind = 'illustrative_sample' THEN 1 ELSE 0 END"));
    // An output column's name cannot be part of an ORDER BY expression there.
    replace(QStringLiteral("title COLLATE NOCASE"),
            SqlDialect(true).nocaseOrder(QStringLiteral(
                "CASE WHEN h.acronym IS NULL THEN h.name ELSE h.acronym || :dash || h.name END")));
    return sql;
}

// How many of the best scores search() reads first, for a limit.
int candidatesFor(int limit)
{
    return limit > std::numeric_limits<int>::max() / 4 ? -1 : std::max(200, limit * 4);
}

std::optional<RecordKind> kindOf(int code)
{
    switch (code) {
    case AgencyRow:
        return RecordKind::Agency;
    case ProjectRow:
        return RecordKind::Project;
    case EventRow:
        return RecordKind::Event;
    case PersonRow:
        return RecordKind::Person;
    case AgreementRow:
        return RecordKind::Agreement;
    case SourceRow:
        return RecordKind::Source;
    case CountryRow:
        return RecordKind::Country;
    }
    return std::nullopt;
}

} // namespace

SearchIndex::SearchIndex(const Database &db)
    : m_db(db)
{ }

QStringList SearchIndex::wordsOf(const QString &text)
{
    // NFC, so a letter typed with a combining accent is the one letter the
    // index holds.
    const QString normalized = text.normalized(QString::NormalizationForm_C);
    QStringList words;
    QString word;
    const auto endWord = [&] {
        if (!word.isEmpty())
            words.append(word);
        word.clear();
    };
    for (qsizetype i = 0; i < normalized.size();) {
        char32_t c = normalized.at(i).unicode();
        qsizetype length = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < normalized.size()
            && normalized.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(normalized.at(i), normalized.at(i + 1));
            length = 2;
        }
        // Letters and digits of any script; a combining mark stays with its
        // letter. Everything else, FTS5 and tsquery syntax included,
        // separates words.
        if (QChar::isLetterOrNumber(c) || (!word.isEmpty() && QChar::isMark(c)))
            word += QStringView(normalized).mid(i, length);
        else
            endWord();
        i += length;
    }
    endWord();
    return words;
}

QString SearchIndex::ftsQueryFor(const QString &text)
{
    QStringList terms;
    for (QString word : wordsOf(text)) {
        // A word has no quotes; doubling them keeps the phrase closed anyway.
        word.replace(QLatin1Char('"'), QLatin1String("\"\""));
        terms.append(QLatin1Char('"') + word + QLatin1String("\"*"));
    }
    return terms.join(QLatin1Char(' '));
}

QString SearchIndex::tsQueryFor(const QString &text)
{
    QStringList terms;
    for (const QString &word : wordsOf(text))
        terms.append(word + QLatin1String(":*"));
    return terms.join(QLatin1String(" & "));
}

std::optional<QList<SearchIndex::Hit>> SearchIndex::search(const QString &text, int limit) const
{
    m_error.clear();
    const QString ftsQuery = ftsQueryFor(text);
    if (ftsQuery.isEmpty() || limit <= 0)
        return QList<Hit>();

    const bool server = m_db.isPostgres();
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    const auto fail = [&]() -> std::optional<QList<Hit>> {
        const QString path = QDir::toNativeSeparators(m_db.path());
        QSqlQuery table(m_db.connection());
        if (table.exec(server ? QStringLiteral("SELECT 1 FROM information_schema.tables "
                                               "WHERE table_name = 'search_index' "
                                               "AND table_schema = current_schema()")
                              : QStringLiteral("SELECT 1 FROM sqlite_master "
                                               "WHERE type = 'table' AND name = 'search_index'"))
            && !table.next())
            m_error = tr("%1 has no search index yet; opening it for writing adds one.").arg(path);
        else
            m_error =
                tr("Cannot search %1: %2").arg(path, Database::describeError(query.lastError()));
        return std::nullopt;
    };
    static const QString serverSql = serverSearchSql();
    if (!query.prepare(server ? serverSql : QString::fromUtf8(searchSql)))
        return fail();
    query.bindValue(QStringLiteral(":query"), server ? tsQueryFor(text) : ftsQuery);
    query.bindValue(QStringLiteral(":dash"),
                    tr(" — ", "search hit title: between an acronym and a name"));
    query.bindValue(QStringLiteral(":limit"), limit);
    const int candidates = candidatesFor(limit);
    query.bindValue(QStringLiteral(":candidates"), candidates);
    if (!query.exec())
        return fail();
    enum Column { SampleColumn = 7, LeftOutColumn = 8, ColumnCount = 9 };
    QList<QVariantList> rows;
    const auto readRows = [&] {
        rows.clear();
        while (query.next()) {
            QVariantList row;
            for (int column = 0; column < ColumnCount; ++column)
                row.append(query.value(column));
            rows.append(row);
        }
        // FTS5 reports some errors only while stepping through the rows.
        return !query.lastError().isValid();
    };
    if (!readRows())
        return fail();

    // A match left out scores worse than every candidate. So the rows are
    // the answer when none was left out, or when the last row is a real
    // record's: a left-out match would sort after it. Otherwise (samples
    // among the best, or no row at all) every match is read.
    if (candidates > 0) {
        const bool noneLeftOut =
            !rows.isEmpty() && rows.constFirst().at(LeftOutColumn).toLongLong() == 0;
        const bool lastIsReal =
            rows.size() == limit && rows.constLast().at(SampleColumn).toInt() == 0;
        if (!noneLeftOut && !lastIsReal) {
            query.bindValue(QStringLiteral(":candidates"), -1);
            if (!query.exec() || !readRows())
                return fail();
        }
    }

    const QString separator = tr(", ", "between the parts of a search hit's context");
    QList<Hit> hits;
    for (const QVariantList &row : std::as_const(rows)) {
        const int code = row.at(0).toInt();
        const std::optional<RecordKind> kind = kindOf(code);
        if (!kind)
            continue;
        Hit hit;
        hit.record = *kind == RecordKind::Country ? RecordId::country(row.at(2).toString())
                                                  : RecordId::of(*kind, row.at(1).toLongLong());
        hit.title = row.at(3).toString();
        QStringList parts = {row.at(4).toString()};
        if (code == ProjectRow) {
            const QString start = row.at(5).toString();
            const QString end = row.at(6).toString();
            if (start.isEmpty() != end.isEmpty())
                parts.append(
                    start.isEmpty()
                        ? tr("– %1", "a project's dates: only the end is known").arg(end)
                        : tr("%1 –", "a project's dates: only the start is known").arg(start));
            else if (start == end)
                parts.append(start);
            else
                parts.append(tr("%1 – %2", "a project's start and end dates").arg(start, end));
        } else {
            parts << row.at(5).toString() << row.at(6).toString();
        }
        parts.removeAll(QString());
        hit.context = parts.join(separator);
        hits.append(hit);
    }
    return hits;
}

} // namespace liaison
