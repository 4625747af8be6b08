// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordstore.h"

#include "database.h"
#include "sqldialect.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace liaison {

namespace {

// Ranks an id match before an acronym match before a name match, so a
// numeric acronym or a name equal to another record's acronym stays usable.
// %1 compares the acronym with :key.
const char *findAgencySql = R"(
    SELECT id, COALESCE(acronym, name), name,
           CASE WHEN id = :id THEN 0 WHEN %1 THEN 1 ELSE 2 END AS rank
    FROM agencies WHERE id = :id OR %1 OR name = :key
    ORDER BY rank, id LIMIT 2)";
const char *findProjectSql = R"(
    SELECT id, COALESCE(acronym, name), name,
           CASE WHEN id = :id THEN 0 WHEN %1 THEN 1 ELSE 2 END AS rank
    FROM projects WHERE id = :id OR %1 OR name = :key
    ORDER BY rank, id LIMIT 2)";
const char *findEventSql = R"(
    SELECT id, CAST(id AS TEXT) AS key, title, CASE WHEN id = :id THEN 0 ELSE 2 END AS rank
    FROM events WHERE id = :id OR title = :key
    ORDER BY rank, start_date, id LIMIT 2)";

// Acronyms ignore case: SQLite's column is NOCASE, a server's unique index
// is on lower(acronym).
QString acronymIsKey(const SqlDialect &dialect)
{
    return dialect.isPostgres() ? QStringLiteral("lower(acronym) = lower(:key)")
                                : QStringLiteral("acronym = :key");
}

} // namespace

RecordStore::RecordStore(const Database &db)
    : m_db(db)
{ }

std::optional<RecordStore::RecordCounts> RecordStore::recordCounts() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral(
            "SELECT (SELECT count(*) FROM agencies), (SELECT count(*) FROM projects), "
            "(SELECT count(*) FROM events), (SELECT count(*) FROM people), "
            "(SELECT count(*) FROM agreements), (SELECT count(*) FROM participation), "
            "(SELECT count(*) FROM sources)"))
        || !query.next()) {
        m_error = Database::describeError(query.lastError());
        return std::nullopt;
    }
    RecordCounts counts;
    counts.agencies = query.value(0).toLongLong();
    counts.projects = query.value(1).toLongLong();
    counts.events = query.value(2).toLongLong();
    counts.people = query.value(3).toLongLong();
    counts.agreements = query.value(4).toLongLong();
    counts.participationRecords = query.value(5).toLongLong();
    counts.sources = query.value(6).toLongLong();
    return counts;
}

std::optional<QList<RecordStore::Source>> RecordStore::sourcesWithRecordCounts() const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(R"(
            SELECT s.id, s.title, s.publisher, s.url, s.published_on, s.kind,
                   (SELECT count(*) FROM agencies WHERE source_id = s.id)
                 + (SELECT count(*) FROM projects WHERE source_id = s.id)
                 + (SELECT count(*) FROM events WHERE source_id = s.id)
                 + (SELECT count(*) FROM people WHERE source_id = s.id)
            FROM sources s ORDER BY s.kind, s.title)"))) {
        m_error = Database::describeError(query.lastError());
        return std::nullopt;
    }
    QList<Source> sources;
    while (query.next()) {
        Source source;
        source.id = query.value(0).toLongLong();
        source.title = query.value(1).toString();
        source.publisher = query.value(2).toString();
        source.url = query.value(3).toString();
        source.publishedOn = query.value(4).toString();
        source.kind = query.value(5).toString();
        source.recordCount = query.value(6).toLongLong();
        sources.append(source);
    }
    return sources;
}

std::optional<RecordRef> RecordStore::findRecord(const RecordKey &key) const
{
    if (key.isAll()) {
        RecordRef all;
        all.isAll = true;
        all.key = QStringLiteral("all");
        all.name = tr("All records");
        return all;
    }

    const char *sql = findAgencySql;
    if (key.kind() == RecordKind::Project)
        sql = findProjectSql;
    else if (key.kind() == RecordKind::Event)
        sql = findEventSql;

    bool isNumber = false;
    const qint64 id = key.key().toLongLong(&isNumber);

    QSqlQuery query(m_db.connection());
    QString text = QString::fromUtf8(sql);
    if (text.contains(QLatin1String("%1")))
        text = text.arg(acronymIsKey(SqlDialect(m_db)));
    if (!query.prepare(text)) {
        m_error = Database::describeError(query.lastError());
        return std::nullopt;
    }
    query.bindValue(QStringLiteral(":id"), isNumber ? QVariant(id) : QVariant(qint64(-1)));
    query.bindValue(QStringLiteral(":key"), key.key());
    if (!query.exec()) {
        m_error = Database::describeError(query.lastError());
        return std::nullopt;
    }
    if (!query.next()) {
        m_error =
            tr("No %1 \"%2\" in %3.").arg(RecordKey::kindName(key.kind()), key.key(), m_db.path());
        return std::nullopt;
    }
    RecordRef found;
    found.kind = key.kind();
    found.id = query.value(0).toLongLong();
    found.key = query.value(1).toString();
    found.name = query.value(2).toString();
    const int rank = query.value(3).toInt();
    if (rank == 2 && query.next() && query.value(3).toInt() == 2) {
        m_error = tr("Several records of kind %1 are named \"%2\"; use the id instead.")
                      .arg(RecordKey::kindName(key.kind()), key.key());
        return std::nullopt;
    }
    return found;
}

} // namespace liaison
