// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"
#include "recordschema.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace liaison;

namespace {

using Field = RecordSchema::Field;
using FieldType = RecordSchema::FieldType;

const QList<RecordKind> allKinds = {RecordKind::Agency, RecordKind::Project,   RecordKind::Event,
                                    RecordKind::Person, RecordKind::Agreement, RecordKind::Country,
                                    RecordKind::Source};

struct Column
{
    bool notNull = false;
    bool primaryKey = false;
};

struct Reference
{
    QString parentTable;
    QString onDelete;
};

} // namespace

// The schema lists are compared with what the migrations really create: the
// columns, NOT NULL flags, CHECK lists and foreign keys of a new record base.
class TestRecordSchema : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void editableKinds_haveTablesAndFields();
    void fields_areTheColumnsOfTheTable();
    void required_isNotNull();
    void choices_areTheCheckLists();
    void choices_haveNamesInTheInterfaceLanguage();
    void references_areTheForeignKeys();
    void countries_referToTheCountryList();
    void labels_areWordsDistinctWithinAKind();
    void field_findsByName();

private:
    QMap<QString, Column> columnsOf(const QString &table);
    QMap<QString, Reference> foreignKeysOf(const QString &table);
    QString createSqlOf(const QString &table);

    QTemporaryDir m_dir;
    Database m_db;
};

void TestRecordSchema::initTestCase()
{
    QVERIFY2(m_db.create(m_dir.filePath(QStringLiteral("schema.sqlite"))),
             qPrintable(m_db.errorString()));
}

QMap<QString, Column> TestRecordSchema::columnsOf(const QString &table)
{
    QMap<QString, Column> columns;
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT name, \"notnull\", pk FROM pragma_table_info(?)"));
    query.addBindValue(table);
    if (!query.exec())
        return columns;
    while (query.next())
        columns.insert(query.value(0).toString(),
                       {query.value(1).toInt() != 0, query.value(2).toInt() != 0});
    return columns;
}

QMap<QString, Reference> TestRecordSchema::foreignKeysOf(const QString &table)
{
    QMap<QString, Reference> keys;
    QSqlQuery query(m_db.connection());
    query.prepare(
        QStringLiteral("SELECT \"from\", \"table\", on_delete FROM pragma_foreign_key_list(?)"));
    query.addBindValue(table);
    if (!query.exec())
        return keys;
    while (query.next())
        keys.insert(query.value(0).toString(),
                    {query.value(1).toString(), query.value(2).toString()});
    return keys;
}

QString TestRecordSchema::createSqlOf(const QString &table)
{
    QSqlQuery query(m_db.connection());
    query.prepare(
        QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?"));
    query.addBindValue(table);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

void TestRecordSchema::editableKinds_haveTablesAndFields()
{
    QSet<QString> tables;
    for (RecordKind kind : allKinds) {
        const QString table = RecordSchema::tableOf(kind);
        QVERIFY2(!createSqlOf(table).isEmpty(), qPrintable(table));
        tables.insert(table);
        const bool editable = RecordSchema::editableKinds().contains(kind);
        QCOMPARE(RecordSchema::isEditable(kind), editable);
        // Every kind but the fixed country list has a form.
        QCOMPARE(!RecordSchema::fieldsOf(kind).isEmpty(), editable);
        QCOMPARE(editable, kind != RecordKind::Country);
    }
    QCOMPARE(tables.size(), allKinds.size());
}

void TestRecordSchema::fields_areTheColumnsOfTheTable()
{
    for (RecordKind kind : RecordSchema::editableKinds()) {
        const QMap<QString, Column> columns = columnsOf(RecordSchema::tableOf(kind));
        QSet<QString> fieldNames;
        for (const Field &field : RecordSchema::fieldsOf(kind)) {
            QVERIFY2(columns.contains(field.name),
                     qPrintable(RecordSchema::tableOf(kind) + QLatin1Char('.') + field.name));
            QVERIFY2(!fieldNames.contains(field.name), qPrintable(field.name));
            fieldNames.insert(field.name);
        }
        // Every column but the primary key and the row_version the editor
        // bumps (optimistic locking) is in the form.
        QVERIFY(columns.contains(QStringLiteral("row_version")));
        for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
            if (!it->primaryKey && it.key() != QLatin1String("row_version"))
                QVERIFY2(fieldNames.contains(it.key()),
                         qPrintable(RecordSchema::tableOf(kind) + QLatin1Char('.') + it.key()));
        }
    }
}

void TestRecordSchema::required_isNotNull()
{
    for (RecordKind kind : RecordSchema::editableKinds()) {
        const QMap<QString, Column> columns = columnsOf(RecordSchema::tableOf(kind));
        for (const Field &field : RecordSchema::fieldsOf(kind))
            QVERIFY2(field.required == columns.value(field.name).notNull,
                     qPrintable(RecordSchema::tableOf(kind) + QLatin1Char('.') + field.name));
    }
}

void TestRecordSchema::choices_areTheCheckLists()
{
    int choiceFields = 0;
    for (RecordKind kind : RecordSchema::editableKinds()) {
        const QString sql = createSqlOf(RecordSchema::tableOf(kind));
        for (const Field &field : RecordSchema::fieldsOf(kind)) {
            // The column's definition: from its name to the next column.
            const QRegularExpression definition(QStringLiteral("\\n\\s*%1 [A-Z]+[^\\n]*"
                                                               "(?:\\n\\s{20,}[^\\n]*)*")
                                                    .arg(field.name));
            const QString text = definition.match(sql).captured(0);
            QVERIFY2(!text.isEmpty(), qPrintable(field.name));
            const QRegularExpressionMatch list =
                QRegularExpression(QStringLiteral("IN \\(([^)]*)\\)")).match(text);
            if (field.type != FieldType::Choice) {
                QVERIFY2(field.choices.isEmpty(), qPrintable(field.name));
                continue;
            }
            ++choiceFields;
            QVERIFY2(list.hasMatch(), qPrintable(text));
            QStringList codes;
            for (const QString &quotedCode : list.captured(1).split(QLatin1Char(','))) {
                QString code = quotedCode.trimmed();
                codes.append(code.mid(1, code.size() - 2));
            }
            QCOMPARE(field.choices, codes);
        }
    }
    // Agency, project and event kinds, project status and source kind.
    QCOMPARE(choiceFields, 5);
}

void TestRecordSchema::choices_haveNamesInTheInterfaceLanguage()
{
    for (RecordKind kind : RecordSchema::editableKinds()) {
        for (const Field &field : RecordSchema::fieldsOf(kind)) {
            QSet<QString> names;
            for (const QString &code : field.choices) {
                // A word, not the code ("national_agency" -> "National agency").
                const QString name = RecordSchema::choiceLabel(kind, field.name, code);
                QVERIFY2(!name.isEmpty() && !name.contains(QLatin1Char('_')), qPrintable(code));
                QVERIFY2(!names.contains(name), qPrintable(name));
                names.insert(name);
            }
        }
    }
    QCOMPARE(RecordSchema::choiceLabel(RecordKind::Agency, QStringLiteral("kind"),
                                       QStringLiteral("international_organisation")),
             QStringLiteral("International organisation"));
    QCOMPARE(RecordSchema::choiceLabel(RecordKind::Agency, QStringLiteral("kind"),
                                       QStringLiteral("no_such_kind")),
             QStringLiteral("no_such_kind"));
}

void TestRecordSchema::references_areTheForeignKeys()
{
    for (RecordKind kind : RecordSchema::editableKinds()) {
        const QString table = RecordSchema::tableOf(kind);
        const QMap<QString, Reference> keys = foreignKeysOf(table);
        QSet<QString> referenceFields;
        for (const Field &field : RecordSchema::fieldsOf(kind)) {
            if (field.type != FieldType::Reference)
                continue;
            referenceFields.insert(field.name);
            QVERIFY2(keys.contains(field.name), qPrintable(table + QLatin1Char('.') + field.name));
            QCOMPARE(keys.value(field.name).parentTable,
                     RecordSchema::tableOf(field.referenceKind));
        }
        // Every reference to a record is a Reference field; to a country, a
        // Country field.
        for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
            if (it->parentTable != QLatin1String("countries"))
                QVERIFY2(referenceFields.contains(it.key()),
                         qPrintable(table + QLatin1Char('.') + it.key()));
        }
    }
}

void TestRecordSchema::countries_referToTheCountryList()
{
    int countryFields = 0;
    for (RecordKind kind : RecordSchema::editableKinds()) {
        const QMap<QString, Reference> keys = foreignKeysOf(RecordSchema::tableOf(kind));
        for (const Field &field : RecordSchema::fieldsOf(kind)) {
            const bool referencesCountries =
                keys.value(field.name).parentTable == QLatin1String("countries");
            QCOMPARE(field.type == FieldType::Country, referencesCountries);
            countryFields += referencesCountries ? 1 : 0;
        }
    }
    // Agencies, events, and an agreement's party and partner.
    QCOMPARE(countryFields, 4);
}

void TestRecordSchema::labels_areWordsDistinctWithinAKind()
{
    QSet<QString> kindLabels;
    for (RecordKind kind : allKinds) {
        const QString label = RecordSchema::kindLabel(kind);
        QVERIFY(!label.isEmpty());
        QVERIFY2(label != recordKindName(kind), qPrintable(label));
        kindLabels.insert(label);
    }
    QCOMPARE(kindLabels.size(), allKinds.size());

    for (RecordKind kind : RecordSchema::editableKinds()) {
        QSet<QString> labels;
        for (const Field &field : RecordSchema::fieldsOf(kind)) {
            const QString label = field.label();
            // A word for people, not the column's name.
            QVERIFY2(!label.isEmpty() && label != field.name && !label.contains(QLatin1Char('_')),
                     qPrintable(field.name));
            QVERIFY2(!labels.contains(label), qPrintable(label));
            labels.insert(label);
        }
    }
    QCOMPARE(RecordSchema::field(RecordKind::Agency, QStringLiteral("parent_id"))->label(),
             QStringLiteral("Parent agency"));
    QVERIFY(RecordSchema::field(RecordKind::Project, QStringLiteral("parent_id"))->label()
            != RecordSchema::field(RecordKind::Agency, QStringLiteral("parent_id"))->label());
}

void TestRecordSchema::field_findsByName()
{
    for (RecordKind kind : RecordSchema::editableKinds()) {
        for (const Field &field : RecordSchema::fieldsOf(kind)) {
            const auto found = RecordSchema::field(kind, field.name);
            QVERIFY(found.has_value());
            QCOMPARE(found->type, field.type);
        }
        QVERIFY(!RecordSchema::field(kind, QStringLiteral("id")).has_value());
    }
    QVERIFY(!RecordSchema::field(RecordKind::Country, QStringLiteral("name")).has_value());
    // Only acronyms are unique.
    QVERIFY(RecordSchema::field(RecordKind::Agency, QStringLiteral("acronym"))->unique);
    QVERIFY(!RecordSchema::field(RecordKind::Agency, QStringLiteral("name"))->unique);
}

QTEST_GUILESS_MAIN(TestRecordSchema)
#include "tst_recordschema.moc"
