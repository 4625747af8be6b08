// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordeditor.h"

#include "database.h"
#include "partialdate.h"
#include "recordschema.h"
#include "sqldialect.h"
#include "vocabulary.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <limits>

namespace liaison {

namespace {

using Field = RecordSchema::Field;
using FieldType = RecordSchema::FieldType;

const QString rowidColumn = QStringLiteral("rowid");

// Identifiers come from RecordSchema or from SQLite's own catalogue; quoting
// keeps each one a single identifier whatever it holds. SQLite's rowid is
// left bare, as quoting could turn it into a column of that name.
QString quoted(const QString &identifier)
{
    if (identifier == rowidColumn)
        return identifier;
    QString text = identifier;
    text.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

// A list of row ids as one bound JSON array, read back with json_each(?).
QString jsonIds(const QList<qint64> &ids)
{
    QStringList numbers;
    numbers.reserve(ids.size());
    for (qint64 id : ids)
        numbers.append(QString::number(id));
    return QLatin1Char('[') + numbers.join(QLatin1Char(',')) + QLatin1Char(']');
}

QVariant valueAt(const QSqlQuery &query, int index)
{
    return query.isNull(index) ? QVariant() : query.value(index);
}

// The column naming a record in messages.
QString nameColumn(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Agency:
    case RecordKind::Project:
    case RecordKind::Country:
        return QStringLiteral("name");
    case RecordKind::Event:
    case RecordKind::Source:
        return QStringLiteral("title");
    case RecordKind::Person:
        return QStringLiteral("full_name");
    case RecordKind::Agreement:
        return QStringLiteral("subject");
    }
    return QStringLiteral("name");
}

bool parseInteger(const QVariant &value, qint64 &number)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        number = value.toLongLong();
        return true;
    case QMetaType::ULongLong:
        number = value.toLongLong();
        return value.toULongLong() <= quint64(std::numeric_limits<qint64>::max());
    case QMetaType::Double:
    case QMetaType::Float: {
        const double real = value.toDouble();
        if (!std::isfinite(real) || std::trunc(real) != real || std::fabs(real) > 9.0e15)
            return false;
        number = qint64(real);
        return true;
    }
    default: {
        bool ok = false;
        number = value.toString().trimmed().toLongLong(&ok);
        return ok;
    }
    }
}

bool isEmptyValue(const QVariant &value)
{
    return value.isNull() || value.toString().trimmed().isEmpty();
}

bool looksLikeWebAddress(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s"));
    if (text.contains(space))
        return false;
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        && !url.host().isEmpty();
}

// Compares two dates at the precision both have: "2024" and "2024-05" are
// equal, "2023-12" is before "2024".
int compareAtCommonPrecision(const PartialDate &a, const PartialDate &b)
{
    using Precision = PartialDate::Precision;
    const auto order = [](int x, int y) {
        return x < y ? -1 : (x > y ? 1 : 0);
    };
    if (a.year() != b.year())
        return order(a.year(), b.year());
    if (a.precision() == Precision::Year || b.precision() == Precision::Year)
        return 0;
    if (a.month() != b.month())
        return order(a.month(), b.month());
    if (a.precision() == Precision::Month || b.precision() == Precision::Month)
        return 0;
    return order(a.day(), b.day());
}

// The record base's tables and foreign keys, read from SQLite itself so that
// deletion follows exactly the ON DELETE rules of the schema.
struct ForeignKey
{
    QString table;
    QString column;
    QString parentTable;
    QString parentColumn;
    QString onDelete; // upper case: CASCADE, SET NULL, SET DEFAULT, NO ACTION, RESTRICT
};

struct Table
{
    QString name;
    QString key; // the integer primary key column, or "rowid"
    QStringList columns;
};

struct Graph
{
    QList<Table> tables; // parents before children
    QList<ForeignKey> keys;
    bool postgres = false;

    const Table *table(const QString &name) const
    {
        for (const Table &table : tables) {
            if (table.name == name)
                return &table;
        }
        return nullptr;
    }
};

bool readTable(const QSqlDatabase &db, Table &table, QList<ForeignKey> &keys, QString &error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT name, type, pk FROM pragma_table_info(?) ORDER BY cid"));
    query.addBindValue(table.name);
    if (!query.exec()) {
        error = Database::describeError(query.lastError());
        return false;
    }
    int primaryKeyColumns = 0;
    QString primaryKey;
    QString primaryKeyType;
    while (query.next()) {
        table.columns.append(query.value(0).toString());
        if (query.value(2).toInt() > 0) {
            ++primaryKeyColumns;
            primaryKey = query.value(0).toString();
            primaryKeyType = query.value(1).toString();
        }
    }
    table.key = primaryKeyColumns == 1
            && primaryKeyType.compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0
        ? primaryKey
        : rowidColumn;

    query.prepare(QStringLiteral("SELECT id, seq, \"table\", \"from\", \"to\", on_delete "
                                 "FROM pragma_foreign_key_list(?) ORDER BY id, seq"));
    query.addBindValue(table.name);
    if (!query.exec()) {
        error = Database::describeError(query.lastError());
        return false;
    }
    while (query.next()) {
        if (query.value(1).toInt() > 0) {
            error = RecordEditor::tr("the table %1 has a foreign key of several columns, which "
                                     "deleting records does not support")
                        .arg(table.name);
            return false;
        }
        keys.append({table.name, query.value(3).toString(), query.value(2).toString(),
                     query.value(4).toString(), query.value(5).toString().toUpper()});
    }
    return true;
}

// Every ordinary table, without SQLite's own and the shadow tables of
// virtual tables (the search index), which triggers keep up to date.
bool readSqliteTables(const QSqlDatabase &db, QList<Table> &tables, QList<ForeignKey> &keys,
                      QString &error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(R"(
            SELECT t.name FROM sqlite_master t
            WHERE t.type = 'table' AND t.name NOT LIKE 'sqlite\_%' ESCAPE '\'
              AND t.sql NOT LIKE 'CREATE VIRTUAL TABLE%'
              AND NOT EXISTS (SELECT 1 FROM sqlite_master v
                              WHERE v.type = 'table' AND v.sql LIKE 'CREATE VIRTUAL TABLE%'
                                AND substr(t.name, 1, length(v.name) + 1) = v.name || '_')
            ORDER BY t.rowid)"))) {
        error = Database::describeError(query.lastError());
        return false;
    }
    while (query.next())
        tables.append({query.value(0).toString(), {}, {}});
    for (Table &table : tables) {
        if (!readTable(db, table, keys, error))
            return false;
    }
    return true;
}

// The SQL naming a row's key in a query: SQLite's rowid. A server has none:
// there, the table's integer key, or for a table without one
// (event_countries) the row's physical address as a number, which holds
// within the write transaction that reads and deletes it.
QString rowKey(const Graph &graph, const QString &tableName, const QString &alias = QString())
{
    const QString prefix = alias.isEmpty() ? QString() : alias + QLatin1Char('.');
    if (!graph.postgres)
        return prefix + rowidColumn;
    const Table *table = graph.table(tableName);
    if (table && table->key != rowidColumn)
        return prefix + quoted(table->key);
    return QStringLiteral("((%1ctid::text::point)[0]::bigint * 65536 + "
                          "(%1ctid::text::point)[1]::bigint)")
        .arg(prefix);
}

// The server's tables, columns and single-column foreign keys, from its
// catalogue: the same graph SQLite's pragmas give.
bool readPostgresTables(const QSqlDatabase &db, QList<Table> &tables, QList<ForeignKey> &keys,
                        QString &error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(R"(
            SELECT c.relname, a.attname, format_type(a.atttypid, NULL),
                   coalesce(i.indisprimary AND array_length(i.indkey::int2[], 1) = 1, false)
            FROM pg_class c
            JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                                   AND a.attgenerated = ''
            LEFT JOIN pg_index i ON i.indrelid = c.oid AND i.indisprimary
                                    AND a.attnum = ANY(i.indkey::int2[])
            WHERE c.relkind = 'r' AND c.relnamespace = current_schema()::regnamespace
            ORDER BY c.oid, a.attnum)"))) {
        error = Database::describeError(query.lastError());
        return false;
    }
    while (query.next()) {
        const QString name = query.value(0).toString();
        if (tables.isEmpty() || tables.constLast().name != name)
            tables.append({name, rowidColumn, {}});
        Table &table = tables.last();
        table.columns.append(query.value(1).toString());
        const QString type = query.value(2).toString();
        if (query.value(3).toBool()
            && (type == QLatin1String("bigint") || type == QLatin1String("integer")))
            table.key = query.value(1).toString();
    }
    if (!query.exec(QStringLiteral(R"(
            SELECT c.conrelid::regclass::text, a.attname, c.confrelid::regclass::text,
                   p.attname, c.confdeltype, array_length(c.conkey, 1)
            FROM pg_constraint c
            JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
            JOIN pg_attribute p ON p.attrelid = c.confrelid AND p.attnum = c.confkey[1]
            WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace
            ORDER BY c.conrelid, c.oid)"))) {
        error = Database::describeError(query.lastError());
        return false;
    }
    while (query.next()) {
        if (query.value(5).toInt() > 1) {
            error = RecordEditor::tr("the table %1 has a foreign key of several columns, which "
                                     "deleting records does not support")
                        .arg(query.value(0).toString());
            return false;
        }
        static const QHash<QString, QString> actions = {
            {QStringLiteral("a"), QStringLiteral("NO ACTION")},
            {QStringLiteral("r"), QStringLiteral("RESTRICT")},
            {QStringLiteral("c"), QStringLiteral("CASCADE")},
            {QStringLiteral("n"), QStringLiteral("SET NULL")},
            {QStringLiteral("d"), QStringLiteral("SET DEFAULT")},
        };
        keys.append({query.value(0).toString(), query.value(1).toString(),
                     query.value(2).toString(), query.value(3).toString(),
                     actions.value(query.value(4).toString(), QStringLiteral("NO ACTION"))});
    }
    return true;
}

bool readGraph(const QSqlDatabase &db, Graph &graph, QString &error)
{
    graph.postgres = db.driverName() == QLatin1String("QPSQL");
    QList<Table> tables;
    if (graph.postgres) {
        if (!readPostgresTables(db, tables, graph.keys, error))
            return false;
    } else if (!readSqliteTables(db, tables, graph.keys, error)) {
        return false;
    }
    // A reference without a column names the parent's primary key.
    for (ForeignKey &key : graph.keys) {
        if (!key.parentColumn.isEmpty())
            continue;
        for (const Table &table : tables) {
            if (table.name == key.parentTable)
                key.parentColumn = table.key;
        }
    }
    // Parents before children (a table's references to itself aside), in
    // creation order where the keys leave a choice.
    QSet<QString> placed;
    while (!tables.isEmpty()) {
        qsizetype next = 0;
        for (; next < tables.size(); ++next) {
            const QString &name = tables.at(next).name;
            const bool ready =
                std::all_of(graph.keys.cbegin(), graph.keys.cend(), [&](const ForeignKey &key) {
                    return key.table != name || key.parentTable == name
                        || placed.contains(key.parentTable)
                        || std::none_of(tables.cbegin(), tables.cend(), [&](const Table &table) {
                               return table.name == key.parentTable;
                           });
                });
            if (ready)
                break;
        }
        if (next == tables.size())
            next = 0; // a cycle between tables: keep creation order
        placed.insert(tables.at(next).name);
        graph.tables.append(tables.takeAt(next));
    }
    return true;
}

struct Unlink
{
    QString table;
    qint64 rowid = 0;
    QString column;
    QVariant value;
};

} // namespace

struct RecordEditor::Plan
{
    Graph graph;
    QString table; // the record's
    QHash<QString, QList<qint64>> deleted; // table -> rowids, the record included
    QHash<QString, QSet<qint64>> deletedSet;
    QList<Unlink> unlinks;
    QHash<QString, QSet<qint64>> citing; // rows with no ON DELETE action: they forbid it

    bool isDeleted(const QString &table, qint64 rowid) const
    {
        return deletedSet.value(table).contains(rowid);
    }
};

RecordEditor::RecordEditor(Database &db)
    : m_db(db)
{ }

bool RecordEditor::fail(const QString &message) const
{
    m_error = message;
    return false;
}

bool RecordEditor::failQuery(const QSqlQuery &query) const
{
    m_db.setError(query);
    m_error = m_db.errorString();
    return false;
}

namespace {

QString notEditable(RecordKind kind)
{
    if (kind == RecordKind::Country)
        return RecordEditor::tr("Countries are a fixed list and cannot be edited.");
    return RecordEditor::tr("Records of this kind cannot be edited.");
}

} // namespace

bool RecordEditor::exists(RecordKind kind, qint64 id) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(
        QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(quoted(RecordSchema::tableOf(kind))));
    query.addBindValue(id);
    return query.exec() && query.next();
}

QString RecordEditor::recordName(RecordKind kind, qint64 id) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                      .arg(quoted(nameColumn(kind)), quoted(RecordSchema::tableOf(kind))));
    query.addBindValue(id);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return QString::number(id);
}

QVariantMap RecordEditor::storedValues(RecordKind kind, qint64 id, bool *found,
                                       qint64 *version) const
{
    *found = false;
    const QList<Field> fields = RecordSchema::fieldsOf(kind);
    if (fields.isEmpty())
        return {};
    QStringList columns;
    for (const Field &field : fields)
        columns.append(quoted(field.name));
    if (version)
        columns.append(QStringLiteral("row_version"));
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                      .arg(columns.join(QLatin1String(", ")), quoted(RecordSchema::tableOf(kind))));
    query.addBindValue(id);
    if (!query.exec()) {
        failQuery(query);
        return {};
    }
    if (!query.next())
        return {};
    QVariantMap values;
    for (int i = 0; i < fields.size(); ++i)
        values.insert(fields.at(i).name, valueAt(query, i));
    if (version)
        *version = query.value(int(fields.size())).toLongLong();
    *found = true;
    return values;
}

QVariantMap RecordEditor::fieldsOf(RecordKind kind, qint64 id) const
{
    bool found = false;
    return storedValues(kind, id, &found);
}

RecordEditor::Loaded RecordEditor::load(RecordKind kind, qint64 id) const
{
    Loaded loaded;
    bool found = false;
    loaded.fields = storedValues(kind, id, &found, &loaded.version);
    if (!found)
        loaded.version = 0;
    return loaded;
}

namespace {

QString shown(const QVariant &value)
{
    return value.isNull() ? QString() : value.toString();
}

} // namespace

QStringList RecordEditor::changedSince(RecordKind kind, qint64 id, const Loaded &loaded,
                                       QVariantMap *theirs) const
{
    bool found = false;
    *theirs = storedValues(kind, id, &found);
    Problems ignored;
    const QVariantMap normalisedLoaded = normalised(kind, loaded.fields, ignored);
    QStringList changed;
    for (const Field &field : RecordSchema::fieldsOf(kind)) {
        if (!loaded.fields.contains(field.name))
            continue;
        // Loaded as stored, or as the editor stores what was given.
        const QString stored = shown(theirs->value(field.name));
        if (stored != shown(loaded.fields.value(field.name))
            && stored != shown(normalisedLoaded.value(field.name)))
            changed.append(field.name);
    }
    return changed;
}

QString RecordEditor::conflictMessage(RecordKind kind, qint64 id, const QVariantMap &fields,
                                      const Loaded &loaded) const
{
    QVariantMap theirs;
    const QStringList changed = changedSince(kind, id, loaded, &theirs);
    QStringList lines = {
        tr("“%1” was changed by someone else after you opened it, so your changes were not "
           "saved.")
            .arg(recordName(kind, id))};
    for (const QString &name : changed) {
        const Field field = *RecordSchema::field(kind, name);
        const QVariant yours = fields.value(field.name, loaded.fields.value(field.name));
        lines.append(tr("%1: theirs “%2”, yours “%3”")
                         .arg(field.label(), shown(theirs.value(field.name)), shown(yours)));
    }
    return lines.join(QLatin1Char('\n'));
}

QVariantMap RecordEditor::normalised(RecordKind kind, const QVariantMap &fields,
                                     Problems &problems) const
{
    QVariantMap values;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        const std::optional<Field> field = RecordSchema::field(kind, it.key());
        if (!field) {
            problems.insert(it.key(),
                            tr("There is no field “%1” in this kind of record.").arg(it.key()));
            continue;
        }
        if (isEmptyValue(it.value())) {
            values.insert(field->name, QVariant());
            continue;
        }
        // SQLite takes a leading U+FEFF bound as text for a byte-order mark
        // (dropping it, or byte-swapping after U+FFFE): remove such marks.
        QString text = it.value().toString().trimmed();
        while (text.startsWith(QChar(0xFEFF)) || text.startsWith(QChar(0xFFFE)))
            text = text.mid(1).trimmed();
        if (text.isEmpty()) {
            values.insert(field->name, QVariant());
            continue;
        }
        switch (field->type) {
        case FieldType::Text:
        case FieldType::LongText:
        case FieldType::Url:
        case FieldType::Choice:
            values.insert(field->name, text);
            break;
        case FieldType::Country: {
            // ASCII only: toUpper() would make "ß" into "SS", a real code.
            QString code = text;
            for (QChar &c : code) {
                if (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
                    c = QChar(c.unicode() - 32);
            }
            values.insert(field->name, code);
            break;
        }
        case FieldType::Date: {
            const PartialDate date = PartialDate::fromIso(text);
            values.insert(field->name, date.isNull() ? text : date.toIso());
            break;
        }
        case FieldType::Count:
        case FieldType::Reference: {
            qint64 number = 0;
            if (parseInteger(it.value(), number))
                values.insert(field->name, number);
            else
                values.insert(field->name, text); // check() names the problem
            break;
        }
        }
    }
    return values;
}

void RecordEditor::check(RecordKind kind, qint64 id, const QVariantMap &record,
                         Problems &problems) const
{
    const auto add = [&problems](const QString &field, const QString &message) {
        QString &text = problems[field];
        text = text.isEmpty() ? message : text + QLatin1Char(' ') + message;
    };
    const auto isSet = [&](const QString &field) {
        return !problems.contains(field) && !isEmptyValue(record.value(field));
    };
    const QString table = RecordSchema::tableOf(kind);
    const QList<Field> fields = RecordSchema::fieldsOf(kind);

    for (const Field &field : fields) {
        if (problems.contains(field.name))
            continue;
        const QVariant value = record.value(field.name);
        if (isEmptyValue(value)) {
            if (field.required)
                add(field.name, tr("%1 is required.").arg(field.label()));
            continue;
        }
        const QString text = value.toString();
        switch (field.type) {
        case FieldType::Text:
        case FieldType::LongText:
            if (field.unique) {
                // NOCASE in SQLite folds ASCII letters only: compare here.
                QSqlQuery query(m_db.connection());
                query.setForwardOnly(true);
                query.prepare(
                    QStringLiteral("SELECT %1, %2 FROM %3 WHERE %1 IS NOT NULL AND id <> ?")
                        .arg(quoted(field.name), quoted(nameColumn(kind)), quoted(table)));
                query.addBindValue(id);
                if (!query.exec()) {
                    add(field.name, Database::describeError(query.lastError()));
                    break;
                }
                while (query.next()) {
                    const QString other = query.value(0).toString();
                    if (other.compare(text, Qt::CaseInsensitive) == 0) {
                        add(field.name,
                            tr("%1 “%2” is already used by %3 (%4).")
                                .arg(field.label(), text, query.value(1).toString(), other));
                        break;
                    }
                }
            }
            break;
        case FieldType::Date: {
            const PartialDate date = PartialDate::fromIso(text);
            if (date.isNull() || date.toIso() != text)
                add(field.name,
                    tr("%1 “%2” is not a date: write it as YYYY, YYYY-MM or YYYY-MM-DD.")
                        .arg(field.label(), text));
            break;
        }
        case FieldType::Count: {
            qint64 number = 0;
            if (!parseInteger(value, number) || number < 0)
                add(field.name,
                    tr("%1 must be a whole number, 0 or more; “%2” is not.")
                        .arg(field.label(), text));
            break;
        }
        case FieldType::Choice:
            if (!field.choices.contains(text))
                add(field.name, tr("%1: “%2” is not one of the choices.").arg(field.label(), text));
            break;
        case FieldType::Country: {
            QSqlQuery query(m_db.connection());
            query.prepare(QStringLiteral("SELECT 1 FROM countries WHERE code = ?"));
            query.addBindValue(text);
            if (!query.exec() || !query.next())
                add(field.name,
                    tr("%1: there is no country with the code “%2”.").arg(field.label(), text));
            break;
        }
        case FieldType::Reference: {
            qint64 reference = 0;
            if (!parseInteger(value, reference) || reference <= 0) {
                add(field.name, tr("%1: “%2” is not a record id.").arg(field.label(), text));
            } else if (!exists(field.referenceKind, reference)) {
                switch (field.referenceKind) {
                case RecordKind::Agency:
                    add(field.name,
                        tr("%1: there is no agency with the id %2.").arg(field.label(), text));
                    break;
                case RecordKind::Project:
                    add(field.name,
                        tr("%1: there is no programme or project with the id %2.")
                            .arg(field.label(), text));
                    break;
                case RecordKind::Source:
                    add(field.name,
                        tr("%1: there is no source with the id %2.").arg(field.label(), text));
                    break;
                default:
                    add(field.name,
                        tr("%1: there is no record with the id %2.").arg(field.label(), text));
                    break;
                }
            }
            break;
        }
        case FieldType::Url:
            if (!looksLikeWebAddress(text))
                add(field.name,
                    tr("%1 must be a web address starting with http:// or https://; “%2” is "
                       "not.")
                        .arg(field.label(), text));
            break;
        }
    }

    // The end of a period is not before its start. The record base compares
    // the texts, so an end in the start's period must be at least as precise.
    const QString start = QStringLiteral("start_date");
    const QString end = QStringLiteral("end_date");
    if (RecordSchema::field(kind, start) && RecordSchema::field(kind, end) && isSet(start)
        && isSet(end)) {
        const QString startText = record.value(start).toString();
        const QString endText = record.value(end).toString();
        const int order = compareAtCommonPrecision(PartialDate::fromIso(endText),
                                                   PartialDate::fromIso(startText));
        if (order < 0)
            add(end, tr("End date %1 is before the start date %2.").arg(endText, startText));
        else if (order == 0 && endText < startText)
            add(end,
                tr("End date %1 is less precise than the start date %2 in the same period: "
                   "give the end date at least as precisely.")
                    .arg(endText, startText));
    }

    // A parent is neither the record itself nor anything under it.
    for (const Field &field : fields) {
        if (field.type != FieldType::Reference || field.referenceKind != kind || id <= 0
            || !isSet(field.name))
            continue;
        qint64 parent = 0;
        parseInteger(record.value(field.name), parent);
        if (parent == id) {
            add(field.name,
                kind == RecordKind::Agency
                    ? tr("An agency cannot be its own parent.")
                    : tr("A programme or project cannot be its own parent."));
            continue;
        }
        QSqlQuery query(m_db.connection());
        query.prepare(QStringLiteral("WITH RECURSIVE below(id) AS ("
                                     "SELECT id FROM %1 WHERE %2 = ? "
                                     "UNION SELECT t.id FROM %1 t JOIN below b ON t.%2 = b.id) "
                                     "SELECT 1 FROM below WHERE id = ?")
                          .arg(quoted(table), quoted(field.name)));
        query.addBindValue(id);
        query.addBindValue(parent);
        if (!query.exec())
            add(field.name, Database::describeError(query.lastError()));
        else if (query.next())
            add(field.name,
                (kind == RecordKind::Agency
                     ? tr("%1 is under this agency: as its parent it would make a cycle.")
                     : tr("%1 is under this programme or project: as its parent it would make "
                          "a cycle."))
                    .arg(recordName(kind, parent)));
    }

    // International organisations have no country; national agencies,
    // ministries and academies need one; EU agencies and bodies may have one.
    if (kind == RecordKind::Agency && isSet(QStringLiteral("kind"))
        && !problems.contains(QStringLiteral("country_code"))) {
        const QString agencyKind = record.value(QStringLiteral("kind")).toString();
        const bool hasCountry = isSet(QStringLiteral("country_code"));
        const Field country = *RecordSchema::field(kind, QStringLiteral("country_code"));
        if (agencyKind == QLatin1String("international_organisation") && hasCountry)
            add(country.name,
                tr("An international organisation has no country: leave %1 empty.")
                    .arg(country.label()));
        else if (agencyKind != QLatin1String("international_organisation")
                 && agencyKind != QLatin1String("eu_agency")
                 && agencyKind != QLatin1String("eu_body") && !hasCountry)
            add(country.name,
                tr("An agency of kind “%1” needs a country.")
                    .arg(Vocabulary::agencyKindName(agencyKind)));
    }

    // An agreement has a party (an agency or a country) and a partner (a
    // country or a number of countries).
    if (kind == RecordKind::Agreement) {
        const QString agency = QStringLiteral("agency_id");
        const QString country = QStringLiteral("country_code");
        const QString partner = QStringLiteral("partner_country_code");
        const QString partners = QStringLiteral("partner_countries_more_than");
        if (isEmptyValue(record.value(agency)) && isEmptyValue(record.value(country))
            && !problems.contains(agency) && !problems.contains(country))
            add(agency, tr("An agreement needs an agency or a country as its party."));
        if (isEmptyValue(record.value(partner)) && isEmptyValue(record.value(partners))
            && !problems.contains(partner) && !problems.contains(partners))
            add(partner, tr("Give the partner country, or the number of partner countries."));
    }
}

RecordEditor::Problems RecordEditor::validate(RecordKind kind, qint64 id,
                                              const QVariantMap &fields) const
{
    if (!RecordSchema::isEditable(kind))
        return {{QString(), notEditable(kind)}};
    Problems problems;
    bool found = false;
    QVariantMap record = id > 0 ? storedValues(kind, id, &found) : QVariantMap();
    const QVariantMap values = normalised(kind, fields, problems);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        record.insert(it.key(), it.value());
    check(kind, id, record, problems);
    return problems;
}

std::optional<qint64> RecordEditor::create(RecordKind kind, const QVariantMap &fields,
                                           qint64 wantedId)
{
    m_problems.clear();
    m_error.clear();
    if (!RecordSchema::isEditable(kind)) {
        m_problems.insert(QString(), notEditable(kind));
        fail(notEditable(kind));
        return std::nullopt;
    }
    if (!m_db.beginWrite()) {
        fail(m_db.errorString());
        return std::nullopt;
    }
    // Validated under the write lock: nothing changes between check and insert.
    Problems problems;
    if (wantedId < 0)
        problems.insert(QString(), tr("%1 is not a record id.").arg(wantedId));
    else if (wantedId > 0 && exists(kind, wantedId))
        problems.insert(QString(),
                        tr("There is already a record of this kind with the id %1.").arg(wantedId));
    else
        problems = validate(kind, wantedId, fields);
    if (!problems.isEmpty()) {
        m_db.rollback();
        m_problems = problems;
        fail(QStringList(problems.values()).join(QLatin1Char(' ')));
        return std::nullopt;
    }

    Problems ignored;
    const QVariantMap values = normalised(kind, fields, ignored);
    QStringList columns;
    QVariantList bound;
    if (wantedId > 0) {
        columns.append(QStringLiteral("id"));
        bound.append(wantedId);
    }
    const QList<Field> schemaFields = RecordSchema::fieldsOf(kind);
    for (const Field &field : schemaFields) {
        columns.append(quoted(field.name));
        bound.append(values.value(field.name));
    }
    QSqlQuery query(m_db.connection());
    const QString insert =
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(quoted(RecordSchema::tableOf(kind)), columns.join(QLatin1String(", ")),
                 QStringList(columns.size(), QStringLiteral("?")).join(QLatin1String(", ")));
    // A server has no lastInsertId: it says the id itself.
    query.prepare(m_db.isPostgres() ? SqlDialect::returningId(insert) : insert);
    for (const QVariant &value : std::as_const(bound))
        query.addBindValue(value);
    if (!query.exec() || (m_db.isPostgres() && !query.next())) {
        failQuery(query);
        m_db.rollback();
        return std::nullopt;
    }
    const qint64 id = wantedId > 0
        ? wantedId
        : (m_db.isPostgres() ? query.value(0) : query.lastInsertId()).toLongLong();
    query.finish();
    if (wantedId > 0 && !resetIdentity(RecordSchema::tableOf(kind))) {
        m_db.rollback();
        return std::nullopt;
    }
    if (!m_db.commit()) {
        fail(m_db.errorString());
        m_db.rollback();
        return std::nullopt;
    }
    return id;
}

bool RecordEditor::update(RecordKind kind, qint64 id, const QVariantMap &fields)
{
    return update(kind, id, fields, Loaded());
}

bool RecordEditor::update(RecordKind kind, qint64 id, const QVariantMap &fields,
                          const Loaded &loaded)
{
    m_problems.clear();
    m_error.clear();
    m_conflict = false;
    if (!RecordSchema::isEditable(kind)) {
        m_problems.insert(QString(), notEditable(kind));
        return fail(notEditable(kind));
    }
    if (!m_db.beginWrite())
        return fail(m_db.errorString());
    if (!exists(kind, id)) {
        m_db.rollback();
        m_db.setError(tr("There is no record %1.").arg(RecordId::of(kind, id).toString()));
        return fail(m_db.errorString());
    }
    const Problems problems = validate(kind, id, fields);
    if (!problems.isEmpty()) {
        m_db.rollback();
        m_problems = problems;
        return fail(QStringList(problems.values()).join(QLatin1Char(' ')));
    }
    Problems ignored;
    const QVariantMap values = normalised(kind, fields, ignored);
    const QString table = quoted(RecordSchema::tableOf(kind));
    // Without a version, the values that were loaded must still be there.
    if (loaded.version == 0 && !loaded.fields.isEmpty()) {
        QVariantMap theirs;
        if (!changedSince(kind, id, loaded, &theirs).isEmpty())
            return refuseConflict(kind, id, fields, loaded);
    }
    QSqlQuery query(m_db.connection());
    // Changed only when still the version that was loaded: a conflict is
    // never written over.
    QStringList assignments;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        assignments.append(quoted(it.key()) + QStringLiteral(" = ?"));
    assignments.append(QStringLiteral("row_version = row_version + 1"));
    query.prepare(
        QStringLiteral("UPDATE %1 SET %2 WHERE id = ?%3")
            .arg(table, assignments.join(QLatin1String(", ")),
                 loaded.version != 0 ? QStringLiteral(" AND row_version = ?") : QString()));
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        query.addBindValue(it.value());
    query.addBindValue(id);
    if (loaded.version != 0)
        query.addBindValue(loaded.version);
    if (!query.exec()) {
        failQuery(query);
        m_db.rollback();
        return false;
    }
    if (query.numRowsAffected() != 1)
        return refuseConflict(kind, id, fields, loaded);
    query.prepare(QStringLiteral("SELECT row_version FROM %1 WHERE id = ?").arg(table));
    query.addBindValue(id);
    if (!query.exec() || !query.next()) {
        failQuery(query);
        m_db.rollback();
        return false;
    }
    m_rowVersion = query.value(0).toLongLong();
    query.finish();
    if (!m_db.commit()) {
        fail(m_db.errorString());
        m_db.rollback();
        return false;
    }
    return true;
}

bool RecordEditor::planDeletion(const RecordId &record, Plan &plan) const
{
    if (!RecordSchema::isEditable(record.kind) || !record.isValid())
        return fail(notEditable(record.kind));
    QString error;
    if (!readGraph(m_db.connection(), plan.graph, error)) {
        m_db.setError(error);
        return fail(m_db.errorString());
    }
    plan.table = RecordSchema::tableOf(record.kind);
    if (!exists(record.kind, record.id)) {
        m_db.setError(tr("There is no record %1.").arg(record.toString()));
        return fail(m_db.errorString());
    }
    // The rows each deleted row takes along (CASCADE), clears (SET NULL) or
    // is held back by (no action), breadth first from the record.
    plan.deleted[plan.table].append(record.id);
    plan.deletedSet[plan.table].insert(record.id);
    QList<QPair<QString, QList<qint64>>> queue = {{plan.table, {record.id}}};
    while (!queue.isEmpty()) {
        const auto [parent, rowids] = queue.takeFirst();
        for (const ForeignKey &key : std::as_const(plan.graph.keys)) {
            if (key.parentTable != parent)
                continue;
            QSqlQuery query(m_db.connection());
            query.setForwardOnly(true);
            const QString childKey = rowKey(plan.graph, key.table, QStringLiteral("c"));
            query.prepare(QStringLiteral("SELECT %5, c.%1 FROM %2 c WHERE c.%1 IN "
                                         "(SELECT p.%3 FROM %4 p WHERE %6 IN "
                                         "(%7)) ORDER BY %5")
                              .arg(quoted(key.column), quoted(key.table), quoted(key.parentColumn),
                                   quoted(parent), childKey,
                                   rowKey(plan.graph, parent, QStringLiteral("p")),
                                   SqlDialect(m_db).idsInJsonArray()));
            query.addBindValue(jsonIds(rowids));
            if (!query.exec())
                return failQuery(query);
            QList<qint64> taken;
            while (query.next()) {
                const qint64 rowid = query.value(0).toLongLong();
                if (key.onDelete == QLatin1String("CASCADE")) {
                    if (!plan.isDeleted(key.table, rowid)) {
                        plan.deleted[key.table].append(rowid);
                        plan.deletedSet[key.table].insert(rowid);
                        taken.append(rowid);
                    }
                } else if (key.onDelete == QLatin1String("SET NULL")
                           || key.onDelete == QLatin1String("SET DEFAULT")) {
                    plan.unlinks.append({key.table, rowid, key.column, valueAt(query, 1)});
                } else {
                    plan.citing[key.table].insert(rowid);
                }
            }
            if (!taken.isEmpty())
                queue.append({key.table, taken});
        }
    }
    // A row deleted along the way is neither unlinked nor in the way.
    plan.unlinks.removeIf(
        [&plan](const Unlink &unlink) { return plan.isDeleted(unlink.table, unlink.rowid); });
    for (auto it = plan.citing.begin(); it != plan.citing.end();) {
        it->removeIf([&](qint64 rowid) { return plan.isDeleted(it.key(), rowid); });
        it = it->isEmpty() ? plan.citing.erase(it) : std::next(it);
    }
    return true;
}

RecordEditor::Impact RecordEditor::impactOf(const RecordId &record, const Plan &plan) const
{
    Impact impact;
    for (auto it = plan.deleted.cbegin(); it != plan.deleted.cend(); ++it) {
        const qint64 count = it.value().size() - (it.key() == plan.table ? 1 : 0);
        if (count > 0)
            impact.removed.insert(it.key(), count);
    }
    QHash<QString, QSet<qint64>> unlinked;
    for (const Unlink &unlink : plan.unlinks)
        unlinked[unlink.table].insert(unlink.rowid);
    for (auto it = unlinked.cbegin(); it != unlinked.cend(); ++it)
        impact.unlinked.insert(it.key(), it.value().size());
    qint64 citing = 0;
    for (auto it = plan.citing.cbegin(); it != plan.citing.cend(); ++it) {
        impact.citedBy.insert(it.key(), it.value().size());
        citing += it.value().size();
    }
    if (citing > 0) {
        impact.refusal = record.kind == RecordKind::Source
            ? tr("The source “%1” is cited by %n record(s); give them another source before "
                 "deleting it.",
                 nullptr, int(citing))
                  .arg(recordName(record.kind, record.id))
            : tr("%n other record(s) still refer to this record, so it cannot be deleted.", nullptr,
                 int(citing));
    }
    return impact;
}

RecordEditor::Impact RecordEditor::impactOfDeleting(const RecordId &record) const
{
    m_error.clear();
    Plan plan;
    if (!planDeletion(record, plan))
        return {};
    return impactOf(record, plan);
}

bool RecordEditor::readSnapshot(const RecordId &record, const Plan &plan, Snapshot &snapshot) const
{
    snapshot = Snapshot();
    snapshot.record = record;
    for (const Table &table : plan.graph.tables) {
        const QList<qint64> rowids = plan.deleted.value(table.name);
        if (rowids.isEmpty())
            continue;
        // A server has no rowid to restore: its rows without an integer key
        // go back under their own columns.
        QStringList columns = table.columns;
        if (table.key == rowidColumn && !plan.graph.postgres)
            columns.prepend(rowidColumn);
        QStringList selected;
        for (const QString &column : std::as_const(columns))
            selected.append(quoted(column));
        const QString key = rowKey(plan.graph, table.name);
        QSqlQuery query(m_db.connection());
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3 IN "
                                     "(%4) ORDER BY %3")
                          .arg(selected.join(QLatin1String(", ")), quoted(table.name), key,
                               SqlDialect(m_db).idsInJsonArray()));
        query.addBindValue(jsonIds(rowids));
        if (!query.exec())
            return failQuery(query);
        QList<QVariantMap> pending;
        while (query.next()) {
            QVariantMap row;
            for (int i = 0; i < columns.size(); ++i)
                row.insert(columns.at(i), valueAt(query, i));
            pending.append(row);
        }
        // Rows of a table that refers to itself: parents first.
        QList<ForeignKey> selfKeys;
        for (const ForeignKey &key : plan.graph.keys) {
            if (key.table == table.name && key.parentTable == table.name)
                selfKeys.append(key);
        }
        while (!pending.isEmpty()) {
            qsizetype next = 0;
            for (; next < pending.size(); ++next) {
                const QVariantMap &row = pending.at(next);
                const bool waits =
                    std::any_of(selfKeys.cbegin(), selfKeys.cend(), [&](const ForeignKey &key) {
                        const QVariant parent = row.value(key.column);
                        return !parent.isNull()
                            && std::any_of(pending.cbegin(), pending.cend(),
                                           [&](const QVariantMap &other) {
                                               return &other != &row
                                                   && other.value(key.parentColumn) == parent;
                                           });
                    });
                if (!waits)
                    break;
            }
            if (next == pending.size())
                next = 0; // a cycle: the foreign keys cannot hold one, keep the order
            snapshot.deletedRows.append({table.name, pending.takeAt(next)});
        }
    }

    for (const Table &table : plan.graph.tables) {
        QMap<qint64, QVariantMap> rows;
        for (const Unlink &unlink : plan.unlinks) {
            if (unlink.table != table.name)
                continue;
            QVariantMap &row = rows[unlink.rowid];
            row.insert(table.key, unlink.rowid);
            row.insert(unlink.column, unlink.value);
        }
        for (auto it = rows.cbegin(); it != rows.cend(); ++it)
            snapshot.unlinkedRows.append({table.name, it.value()});
    }
    return true;
}

std::optional<RecordEditor::Snapshot> RecordEditor::remove(const RecordId &record)
{
    m_problems.clear();
    m_error.clear();
    if (!m_db.beginWrite()) {
        fail(m_db.errorString());
        return std::nullopt;
    }
    const auto abandon = [this]() -> std::optional<Snapshot> {
        m_db.rollback();
        return std::nullopt;
    };
    Plan plan;
    if (!planDeletion(record, plan))
        return abandon();
    const Impact impact = impactOf(record, plan);
    if (impact.isRefused()) {
        fail(impact.refusal);
        return abandon();
    }
    Snapshot snapshot;
    if (!readSnapshot(record, plan, snapshot))
        return abandon();

    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(quoted(plan.table)));
    query.addBindValue(record.id);
    if (!query.exec()) {
        failQuery(query);
        return abandon();
    }
    // The foreign keys did the rest: check they did what the snapshot holds,
    // or restoring it would not give the record base back.
    bool asPlanned = query.numRowsAffected() == 1;
    for (auto it = plan.deleted.cbegin(); asPlanned && it != plan.deleted.cend(); ++it) {
        query.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 IN "
                                     "(%3)")
                          .arg(quoted(it.key()), rowKey(plan.graph, it.key()),
                               SqlDialect(m_db).idsInJsonArray()));
        query.addBindValue(jsonIds(it.value()));
        asPlanned = query.exec() && query.next() && query.value(0).toLongLong() == 0;
    }
    for (const Unlink &unlink : std::as_const(plan.unlinks)) {
        if (!asPlanned)
            break;
        query.prepare(QStringLiteral("SELECT %1 IS NULL FROM %2 WHERE %3 = ?")
                          .arg(quoted(unlink.column), quoted(unlink.table),
                               rowKey(plan.graph, unlink.table)));
        query.addBindValue(unlink.rowid);
        asPlanned = query.exec() && query.next() && query.value(0).toBool();
    }
    query.finish();
    if (!asPlanned) {
        m_db.setError(tr("deleting %1 changed other rows than expected, so nothing was deleted")
                          .arg(record.toString()));
        fail(m_db.errorString());
        return abandon();
    }
    if (!m_db.commit()) {
        fail(m_db.errorString());
        return abandon();
    }
    return snapshot;
}

bool RecordEditor::restore(const Snapshot &snapshot)
{
    m_problems.clear();
    m_error.clear();
    if (!snapshot.isValid() || snapshot.deletedRows.isEmpty())
        return fail(tr("There is nothing to restore."));
    Graph graph;
    QString error;
    if (!readGraph(m_db.connection(), graph, error)) {
        m_db.setError(error);
        return fail(m_db.errorString());
    }
    // Only names of the record base's own tables and columns reach the SQL.
    const auto known = [&graph](const QString &tableName, const QVariantMap &row) {
        const Table *table = graph.table(tableName);
        if (!table || row.isEmpty())
            return false;
        for (auto it = row.cbegin(); it != row.cend(); ++it) {
            if (!table->columns.contains(it.key()) && it.key() != rowidColumn)
                return false;
        }
        return true;
    };
    for (const auto &[table, row] : snapshot.deletedRows + snapshot.unlinkedRows) {
        if (!known(table, row))
            return fail(tr("The snapshot of %1 does not fit this record base.")
                            .arg(snapshot.record.toString()));
    }

    if (!m_db.beginWrite())
        return fail(m_db.errorString());
    QSqlQuery query(m_db.connection());
    for (const auto &[table, row] : snapshot.deletedRows) {
        QStringList columns;
        for (auto it = row.cbegin(); it != row.cend(); ++it)
            columns.append(quoted(it.key()));
        query.prepare(
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(quoted(table), columns.join(QLatin1String(", ")),
                     QStringList(columns.size(), QStringLiteral("?")).join(QLatin1String(", "))));
        for (auto it = row.cbegin(); it != row.cend(); ++it)
            query.addBindValue(it.value());
        if (!query.exec()) {
            failQuery(query);
            m_db.rollback();
            return false;
        }
    }
    for (const auto &[tableName, row] : snapshot.unlinkedRows) {
        const Table *table = graph.table(tableName);
        const QVariant key = row.value(table->key);
        QStringList assignments;
        QVariantList values;
        for (auto it = row.cbegin(); it != row.cend(); ++it) {
            if (it.key() == table->key)
                continue;
            assignments.append(quoted(it.key()) + QStringLiteral(" = ?"));
            values.append(it.value());
        }
        if (key.isNull() || assignments.isEmpty())
            continue;
        query.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE %3 = ?")
                          .arg(quoted(tableName), assignments.join(QLatin1String(", ")),
                               rowKey(graph, tableName)));
        for (const QVariant &value : std::as_const(values))
            query.addBindValue(value);
        query.addBindValue(key);
        if (!query.exec()) {
            failQuery(query);
            m_db.rollback();
            return false;
        }
    }
    query.finish();
    // Rows went back under their ids: the server's identity sequences must
    // not hand those out again.
    QSet<QString> restoredTables;
    for (const auto &row : snapshot.deletedRows)
        restoredTables.insert(row.first);
    for (const QString &table : std::as_const(restoredTables)) {
        const Table *known = graph.table(table);
        if (known && known->key != rowidColumn && !resetIdentity(table)) {
            m_db.rollback();
            return false;
        }
    }
    if (!m_db.commit()) {
        fail(m_db.errorString());
        m_db.rollback();
        return false;
    }
    return true;
}

bool RecordEditor::refuseConflict(RecordKind kind, qint64 id, const QVariantMap &fields,
                                  const Loaded &loaded)
{
    const QString message = conflictMessage(kind, id, fields, loaded);
    m_db.rollback();
    m_conflict = true;
    m_problems.insert(QString(), message);
    return fail(message);
}

bool RecordEditor::resetIdentity(const QString &table) const
{
    if (!m_db.isPostgres())
        return true;
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT setval(pg_get_serial_sequence(?, 'id'), max(id)) FROM %1 "
                                 "HAVING max(id) IS NOT NULL")
                      .arg(quoted(table)));
    query.addBindValue(quoted(table));
    return query.exec() || failQuery(query);
}

} // namespace liaison
