// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordbasecopy.h"

#include "database.h"
#include "participationstats.h"
#include "recordref.h"
#include "sqldialect.h"
#include "summaryjson.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <optional>
#include <utility>

namespace liaison {

namespace {

// The search index (with SQLite's FTS5 shadow tables) is derived from the
// records and rebuilt by the target's triggers; the schema version is the
// target's own; tables of other schemas on a server are not the record base's.
bool isDerivedOrForeignTable(const QString &name)
{
    return name.startsWith(QLatin1String("search_index"))
        || name.startsWith(QLatin1String("sqlite_")) || name == QLatin1String("liaison_schema")
        || name.contains(QLatin1Char('.'));
}

QString readError(const Database &db, const QSqlQuery &query)
{
    return QStringLiteral("%1: %2").arg(db.path(), Database::describeError(query.lastError()));
}

// Tables of the record base that this version does not know how to copy (a
// newer schema's): copying without them would lose records silently.
QStringList unknownTablesOf(const Database &db)
{
    QStringList unknown;
    const QStringList known = RecordBaseCopy::tablesInCopyOrder();
    for (const QString &table : db.connection().tables(QSql::Tables)) {
        if (!isDerivedOrForeignTable(table) && !known.contains(table))
            unknown.append(table);
    }
    return unknown;
}

std::optional<qint64> rowCountOf(const Database &db, const QString &table, QString *error)
{
    QSqlQuery query(db.connection());
    if (query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) && query.next())
        return query.value(0).toLongLong();
    *error = readError(db, query);
    return std::nullopt;
}

// Whether any table but the schema's own country list holds a row.
std::optional<bool> holdsRecords(const Database &db, QString *error)
{
    for (const QString &table : RecordBaseCopy::tablesInCopyOrder()) {
        if (table == QLatin1String("countries"))
            continue;
        const std::optional<qint64> rows = rowCountOf(db, table, error);
        if (!rows)
            return std::nullopt;
        if (*rows > 0)
            return true;
    }
    return false;
}

// Agencies and projects without a parent, in id order: the records whose
// summaries are compared besides the whole base's.
std::optional<QList<RecordRef>> topLevelRecordsOf(const Database &db, QString *error)
{
    QList<RecordRef> records;
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    for (const auto &[kind, table] :
         {std::pair(RecordKind::Agency, "agencies"), std::pair(RecordKind::Project, "projects")}) {
        if (!query.exec(QStringLiteral("SELECT id, coalesce(acronym, name), name FROM %1 "
                                       "WHERE parent_id IS NULL ORDER BY id")
                            .arg(QLatin1String(table)))) {
            *error = readError(db, query);
            return std::nullopt;
        }
        while (query.next())
            records.append({false, kind, query.value(0).toLongLong(), query.value(1).toString(),
                            query.value(2).toString()});
    }
    return records;
}

std::optional<QJsonObject> summaryJsonOf(const Database &db, const RecordRef &record,
                                         QString *error)
{
    const ParticipationStats stats(db);
    const std::optional<ParticipationSummary> summary = stats.summaryFor(StatsScope(record));
    if (!summary) {
        *error = stats.errorString();
        return std::nullopt;
    }
    return SummaryJson::toJson(record, *summary);
}

// Copies one table's rows with their ids. A parent may have a higher id than
// its child, and foreign keys are checked at once on both engines: parents
// are set after all rows of the table are in.
bool copyTable(const Database &source, Database &target, const QString &table, qint64 *rows,
               QString *error)
{
    const QSqlRecord columns = source.connection().record(table);
    const QSqlRecord targetColumns = target.connection().record(table);
    QStringList names;
    QStringList placeholders;
    for (int i = 0; i < columns.count(); ++i) {
        if (!targetColumns.contains(columns.fieldName(i))) {
            *error = RecordBaseCopy::tr("%1 has no column %2 to copy into.")
                         .arg(target.path(), table + QLatin1Char('.') + columns.fieldName(i));
            return false;
        }
        names.append(columns.fieldName(i));
        placeholders.append(QStringLiteral("?"));
    }
    const int idColumn = columns.indexOf(QStringLiteral("id"));
    const int parentColumn = columns.indexOf(QStringLiteral("parent_id"));

    QSqlQuery read(source.connection());
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT %1 FROM %2%3")
                       .arg(names.join(QStringLiteral(", ")), table,
                            idColumn >= 0 ? QStringLiteral(" ORDER BY id") : QString()))) {
        *error = readError(source, read);
        return false;
    }
    QSqlQuery write(target.connection());
    // The target's schema already holds the country list.
    const QString conflict = table == QLatin1String("countries")
        ? QStringLiteral(" ON CONFLICT (code) DO NOTHING")
        : QString();
    if (!write.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)%4")
                           .arg(table, names.join(QStringLiteral(", ")),
                                placeholders.join(QStringLiteral(", ")), conflict))) {
        target.setError(write);
        *error = target.errorString();
        return false;
    }
    QList<std::pair<QVariant, QVariant>> parents; // id, parent_id
    while (read.next()) {
        for (int i = 0; i < names.size(); ++i) {
            QVariant value = read.value(i);
            if (i == parentColumn && !value.isNull()) {
                parents.append({read.value(idColumn), value});
                value = QVariant(QMetaType::fromType<qlonglong>());
            }
            write.bindValue(i, value);
        }
        if (!write.exec()) {
            target.setError(write);
            *error = target.errorString();
            return false;
        }
        ++*rows;
    }
    if (read.lastError().isValid()) {
        *error = readError(source, read);
        return false;
    }
    if (parents.isEmpty())
        return true;
    QSqlQuery update(target.connection());
    update.prepare(QStringLiteral("UPDATE %1 SET parent_id = ? WHERE id = ?").arg(table));
    for (const auto &[id, parent] : std::as_const(parents)) {
        update.bindValue(0, parent);
        update.bindValue(1, id);
        if (!update.exec()) {
            target.setError(update);
            *error = target.errorString();
            return false;
        }
    }
    return true;
}

// A server hands out new ids from each table's identity sequence, which
// explicit ids do not advance: continue after the largest copied id.
bool continueIdSequences(Database &target, QString *error)
{
    if (!target.isPostgres())
        return true;
    QSqlQuery query(target.connection());
    for (const QString &table : RecordBaseCopy::tablesInCopyOrder()) {
        if (!target.connection().record(table).contains(QStringLiteral("id")))
            continue;
        if (!query.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                       "coalesce(max(id), 1), max(id) IS NOT NULL) FROM %1")
                            .arg(table))) {
            target.setError(query);
            *error = target.errorString();
            return false;
        }
    }
    return true;
}

// Opens or creates the target; *createdFile says whether a new SQLite file
// was made (and must go again on failure).
bool prepareTarget(Database &target, const DatabaseLocation &location, bool *createdFile,
                   QString *error)
{
    if (!location.isPostgres()) {
        if (!target.create(location)) {
            *error = target.errorString();
            return false;
        }
        *createdFile = true;
        return true;
    }
    if (!target.open(location)) {
        // An empty database: make it a record base.
        if (target.openFailure() == Database::OpenFailure::Missing && target.create(location))
            return true;
        *error = target.errorString();
        return false;
    }
    if (target.isReadOnly()) {
        *error = target.readOnlyMessage();
        return false;
    }
    const std::optional<bool> records = holdsRecords(target, error);
    if (!records)
        return false;
    if (*records) {
        *error = RecordBaseCopy::tr("%1 already holds records; nothing was copied.")
                     .arg(location.displayName());
        return false;
    }
    return true;
}

} // namespace

QStringList RecordBaseCopy::tablesInCopyOrder()
{
    return {QStringLiteral("sources"),         QStringLiteral("countries"),
            QStringLiteral("agencies"),        QStringLiteral("projects"),
            QStringLiteral("project_roles"),   QStringLiteral("events"),
            QStringLiteral("event_countries"), QStringLiteral("panels"),
            QStringLiteral("people"),          QStringLiteral("presentations"),
            QStringLiteral("participation"),   QStringLiteral("reported_participation"),
            QStringLiteral("agreements")};
}

RecordBaseCopy::Result RecordBaseCopy::copy(const Database &source,
                                            const DatabaseLocation &targetLocation)
{
    Result result;
    if (const QStringList unknown = unknownTablesOf(source); !unknown.isEmpty()) {
        result.error = tr("%1 holds tables this version of Liaison cannot copy: %2.")
                           .arg(source.path(), unknown.join(QStringLiteral(", ")));
        return result;
    }

    // Every table, and the summaries compared afterwards, from one state of
    // the source, also while others write to it.
    QSqlQuery snapshot(source.connection());
    const bool inSnapshot = snapshot.exec(SqlDialect(source).beginReadSnapshot());
    const auto endSnapshot = [&] {
        if (inSnapshot)
            snapshot.exec(QStringLiteral("COMMIT"));
    };

    Database target;
    bool createdFile = false;
    if (!prepareTarget(target, targetLocation, &createdFile, &result.error)) {
        endSnapshot();
        return result;
    }
    const auto fail = [&](const QString &error) {
        target.rollback();
        const QString path = target.path();
        target.close();
        // Only a file this copy created; a server keeps its empty schema.
        if (createdFile)
            Database::removeFiles(path);
        endSnapshot();
        result.counts.clear();
        result.error = error;
        return result;
    };

    if (!target.beginWrite())
        return fail(target.errorString());
    QString error;
    for (const QString &table : tablesInCopyOrder()) {
        qint64 rows = 0;
        if (!copyTable(source, target, table, &rows, &error))
            return fail(error);
        result.counts.append({table, rows});
    }
    if (!continueIdSequences(target, &error))
        return fail(error);
    if (!target.commit())
        return fail(target.errorString());
    result.copied = true;

    // The copy is in; what follows only compares.
    std::optional<QList<RecordRef>> records = topLevelRecordsOf(source, &error);
    if (!records) {
        result.differences.append(error);
        endSnapshot();
        return result;
    }
    RecordRef all;
    all.isAll = true;
    all.key = QStringLiteral("all");
    records->prepend(all);
    for (const RecordRef &record : std::as_const(*records)) {
        const QString name = record.isAll
            ? record.key
            : QStringLiteral("%1:%2").arg(RecordKey::kindName(record.kind), record.key);
        const std::optional<QJsonObject> before = summaryJsonOf(source, record, &error);
        const std::optional<QJsonObject> after =
            before ? summaryJsonOf(target, record, &error) : std::nullopt;
        if (!before || !after) {
            result.differences.append(error);
            continue;
        }
        QStringList differing;
        for (auto it = before->begin(); it != before->end(); ++it) {
            if (after->value(it.key()) != it.value())
                differing.append(it.key());
        }
        if (!differing.isEmpty())
            result.differences.append(tr("The summary of %1 differs in the copy: %2.")
                                          .arg(name, differing.join(QStringLiteral(", "))));
    }
    const std::optional<qint64> indexed =
        rowCountOf(source, QStringLiteral("search_index"), &error);
    const std::optional<qint64> indexedCopy =
        indexed ? rowCountOf(target, QStringLiteral("search_index"), &error) : std::nullopt;
    if (!indexed || !indexedCopy)
        result.differences.append(error);
    else if (*indexed != *indexedCopy)
        result.differences.append(tr("The search index holds %1 rows in %2 but %3 in the copy.")
                                      .arg(*indexed)
                                      .arg(source.path())
                                      .arg(*indexedCopy));
    endSnapshot();
    return result;
}

} // namespace liaison
