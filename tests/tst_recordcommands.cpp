// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"
#include "demodatabase.h"
#include "postgrestestdatabase.h"
#include "recordchoices.h"
#include "recordcommands.h"
#include "recordeditor.h"
#include "recordschema.h"
#include "translations.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace liaison;

namespace {

using FieldType = RecordSchema::FieldType;

// The tables of the record base, for counting every row.
const QStringList tables = {
    QStringLiteral("sources"),
    QStringLiteral("agencies"),
    QStringLiteral("projects"),
    QStringLiteral("project_roles"),
    QStringLiteral("events"),
    QStringLiteral("event_countries"),
    QStringLiteral("panels"),
    QStringLiteral("people"),
    QStringLiteral("presentations"),
    QStringLiteral("participation"),
    QStringLiteral("reported_participation"),
    QStringLiteral("agreements"),
};

} // namespace

class TestRecordCommands : public QObject
{
    Q_OBJECT

private slots:
    // Every test runs on an SQLite file and on a PostgreSQL record base.
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();
    void create_undoRedo_keepsTheSameId();
    void edit_undoRestoresTheOldValues_redoTheNew();
    void delete_topcop_undoRestoresItsEventsAndParticipation();
    void delete_text_namesTheRecord();
    void failedFirstRedo_reportsAndIsDroppedFromTheStack();
    void edit_ofAnOutdatedCopy_isRefused_andUndoRedoStillWork();

private:
    qint64 scalar(const QString &sql, qint64 id = 0) const;
    qint64 idOf(const QString &table, const QString &acronym) const;
    QMap<QString, qint64> tableCounts() const;
    // fields, completed with a valid value for every other required field.
    QVariantMap completed(RecordKind kind, QVariantMap fields) const;

    QTemporaryDir m_dir;
    int m_run = 0;
    std::unique_ptr<testing::PostgresTestDatabase> m_server;
    std::unique_ptr<Database> m_db;
};

void TestRecordCommands::initTestCase_data()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

void TestRecordCommands::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QCOMPARE(Translations::install(QStringLiteral("en")), QStringLiteral("en"));
}

void TestRecordCommands::init()
{
    // A fresh demo record base for every test: they change it.
    QFETCH_GLOBAL(QString, engine);
    DatabaseLocation location =
        DatabaseLocation::sqliteFile(m_dir.filePath(QStringLiteral("demo%1.sqlite").arg(++m_run)));
    if (engine == QLatin1String("postgresql")) {
        LIAISON_NEED_POSTGRES();
        m_server = std::make_unique<testing::PostgresTestDatabase>();
        QVERIFY2(m_server->isValid(), qPrintable(m_server->errorString()));
        location = m_server->location();
    }
    QString error;
    QVERIFY2(DemoDatabase::create(location, &error), qPrintable(error));
    m_db = std::make_unique<Database>();
    QVERIFY2(m_db->open(location), qPrintable(m_db->errorString()));
}

void TestRecordCommands::cleanup()
{
    if (m_db)
        QVERIFY2(m_db->foreignKeyProblems().isEmpty(),
                 qPrintable(m_db->foreignKeyProblems().join(QLatin1Char('\n'))));
    m_db.reset();
    m_server.reset();
}

qint64 TestRecordCommands::scalar(const QString &sql, qint64 id) const
{
    QSqlQuery query(m_db->connection());
    query.prepare(sql);
    if (sql.contains(QLatin1String(":id")))
        query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

qint64 TestRecordCommands::idOf(const QString &table, const QString &acronym) const
{
    QSqlQuery query(m_db->connection());
    query.prepare(QStringLiteral("SELECT id FROM %1 WHERE acronym = :acronym").arg(table));
    query.bindValue(QStringLiteral(":acronym"), acronym);
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

QMap<QString, qint64> TestRecordCommands::tableCounts() const
{
    QMap<QString, qint64> counts;
    for (const QString &table : tables)
        counts.insert(table, scalar(QStringLiteral("SELECT count(*) FROM ") + table));
    return counts;
}

QVariantMap TestRecordCommands::completed(RecordKind kind, QVariantMap fields) const
{
    for (const RecordSchema::Field &field : RecordSchema::fieldsOf(kind)) {
        if (!field.required || fields.contains(field.name))
            continue;
        switch (field.type) {
        case FieldType::Text:
        case FieldType::LongText:
            fields.insert(field.name, QStringLiteral("Sample ") + field.name);
            break;
        case FieldType::Url:
            fields.insert(field.name, QStringLiteral("https://example.org/"));
            break;
        case FieldType::Date:
            fields.insert(field.name, QStringLiteral("2024"));
            break;
        case FieldType::Count:
            fields.insert(field.name, 1);
            break;
        case FieldType::Choice:
            fields.insert(field.name, field.choices.value(0));
            break;
        case FieldType::Country:
            fields.insert(field.name, QStringLiteral("PL"));
            break;
        case FieldType::Reference: {
            const auto records = RecordChoices::list(*m_db, field.referenceKind);
            if (!records.isEmpty())
                fields.insert(field.name, records.constFirst().first);
            break;
        }
        }
    }
    return fields;
}

void TestRecordCommands::create_undoRedo_keepsTheSameId()
{
    const QVariantMap fields =
        completed(RecordKind::Agency,
                  {{QStringLiteral("name"), QStringLiteral("National Customs Agency")},
                   {QStringLiteral("acronym"), QStringLiteral("NCAS")},
                   {QStringLiteral("kind"), QStringLiteral("national_agency")},
                   {QStringLiteral("country_code"), QStringLiteral("PL")}});
    // A record above the new one's id that goes away while the new one is
    // undone: recreating it without its id would then give it a lower one.
    RecordEditor editor(*m_db);
    const auto above = editor.create(
        RecordKind::Agency,
        completed(RecordKind::Agency,
                  {{QStringLiteral("name"), QStringLiteral("Temporary Agency")},
                   {QStringLiteral("kind"), QStringLiteral("international_organisation")}}),
        100);
    QVERIFY2(above, qPrintable(editor.errorString()));
    const qint64 agencies = scalar(QStringLiteral("SELECT count(*) FROM agencies"));
    QUndoStack stack;
    auto *command = new CreateRecordCommand(*m_db, RecordKind::Agency, fields);
    QCOMPARE(command->text(), QStringLiteral("Create agency NCAS"));
    QVERIFY(!command->record().isValid());
    stack.push(command);
    QVERIFY2(command->succeeded(), qPrintable(command->errorString()));
    QVERIFY(command->errorString().isEmpty());
    const RecordId created = command->record();
    QVERIFY(created.isValid());
    QCOMPARE(created.kind, RecordKind::Agency);
    QVERIFY(created.id > *above);
    QCOMPARE(idOf(QStringLiteral("agencies"), QStringLiteral("NCAS")), created.id);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM agencies")), agencies + 1);
    QCOMPARE(stack.count(), 1);
    QCOMPARE(stack.undoText(), QStringLiteral("Create agency NCAS"));

    stack.undo();
    QVERIFY2(command->succeeded(), qPrintable(command->errorString()));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM agencies WHERE id = :id"), created.id), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM agencies")), agencies);
    QVERIFY2(editor.remove(RecordId::of(RecordKind::Agency, *above)),
             qPrintable(editor.errorString()));

    stack.redo();
    QVERIFY2(command->succeeded(), qPrintable(command->errorString()));
    QCOMPARE(command->record(), created);
    QCOMPARE(idOf(QStringLiteral("agencies"), QStringLiteral("NCAS")), created.id);
    QCOMPARE(RecordChoices::shortName(*m_db, created), QStringLiteral("NCAS"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM agencies")), agencies);
}

void TestRecordCommands::edit_undoRestoresTheOldValues_redoTheNew()
{
    const qint64 topcop = idOf(QStringLiteral("projects"), QStringLiteral("TOPCOP"));
    QVERIFY(topcop > 0);
    const QVariantMap oldFields = RecordEditor(*m_db).fieldsOf(RecordKind::Project, topcop);
    QVERIFY(!oldFields.isEmpty());
    const QString oldName = oldFields.value(QStringLiteral("name")).toString();
    QCOMPARE(oldName,
             QStringLiteral("Training and Operational Partnership against Organized Crime"));
    QVariantMap newFields = oldFields;
    newFields.insert(QStringLiteral("name"), QStringLiteral("TOPCOP, renamed"));
    newFields.insert(QStringLiteral("end_date"), QStringLiteral("2026-06"));
    const auto nameOfTopcop = [this, topcop] {
        QSqlQuery query(m_db->connection());
        query.prepare(
            QStringLiteral("SELECT name, coalesce(end_date, '') FROM projects WHERE id = ?"));
        query.addBindValue(topcop);
        return query.exec() && query.next()
            ? query.value(0).toString() + QLatin1Char('|') + query.value(1).toString()
            : QString();
    };
    const QString before = nameOfTopcop();

    QUndoStack stack;
    auto *command = new EditRecordCommand(*m_db, RecordKind::Project, topcop, oldFields, newFields);
    QCOMPARE(command->text(), QStringLiteral("Edit TOPCOP"));
    QCOMPARE(command->record(), RecordId::of(RecordKind::Project, topcop));
    stack.push(command);
    QVERIFY2(command->succeeded(), qPrintable(command->errorString()));
    QCOMPARE(nameOfTopcop(), QStringLiteral("TOPCOP, renamed|2026-06"));

    stack.undo();
    QVERIFY2(command->succeeded(), qPrintable(command->errorString()));
    QCOMPARE(nameOfTopcop(), before);
    QCOMPARE(RecordEditor(*m_db).fieldsOf(RecordKind::Project, topcop), oldFields);

    stack.redo();
    QVERIFY2(command->succeeded(), qPrintable(command->errorString()));
    QCOMPARE(nameOfTopcop(), QStringLiteral("TOPCOP, renamed|2026-06"));
}

void TestRecordCommands::delete_topcop_undoRestoresItsEventsAndParticipation()
{
    const qint64 topcop = idOf(QStringLiteral("projects"), QStringLiteral("TOPCOP"));
    const qint64 ascca = idOf(QStringLiteral("agencies"), QStringLiteral("ASCCA"));
    QVERIFY(topcop > 0 && ascca > 0);
    const QString topcopEvents =
        QStringLiteral("SELECT count(*) FROM events WHERE project_id = :id");
    const QString topcopParticipation =
        QStringLiteral("SELECT count(*), sum(p.participants) FROM participation p "
                       "JOIN events e ON e.id = p.event_id WHERE e.project_id = :id");
    const QString topcopParticipants =
        QStringLiteral("SELECT sum(p.participants) FROM participation p "
                       "JOIN events e ON e.id = p.event_id WHERE e.project_id = :id");
    const QString topcopRoles = QStringLiteral("SELECT count(*) FROM project_roles "
                                               "WHERE project_id = :id");
    const qint64 events = scalar(topcopEvents, topcop);
    const qint64 participation = scalar(topcopParticipation, topcop);
    const qint64 participants = scalar(topcopParticipants, topcop);
    const qint64 roles = scalar(topcopRoles, topcop);
    QVERIFY(events > 0 && participation > 0 && roles > 0);
    // The article's 154 ASCCA employees in TOPCOP events.
    const QString asccaInTopcop =
        QStringLiteral("SELECT sum(p.participants) FROM participation p JOIN events e "
                       "ON e.id = p.event_id WHERE e.project_id = :id AND p.agency_id = %1")
            .arg(ascca);
    QCOMPARE(scalar(asccaInTopcop, topcop), 154);
    const QMap<QString, qint64> countsBefore = tableCounts();

    QUndoStack stack;
    auto *command = new DeleteRecordCommand(*m_db, RecordId::of(RecordKind::Project, topcop));
    QCOMPARE(command->text(), QStringLiteral("Delete TOPCOP"));
    stack.push(command);
    QVERIFY2(command->succeeded(), qPrintable(command->errorString()));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM projects WHERE id = :id"), topcop), 0);
    QCOMPARE(scalar(topcopEvents, topcop), 0);
    QCOMPARE(scalar(topcopParticipation, topcop), 0);
    QCOMPARE(scalar(topcopRoles, topcop), 0);
    QCOMPARE(tableCounts().value(QStringLiteral("events")),
             countsBefore.value(QStringLiteral("events")) - events);
    QVERIFY(command->snapshot().isValid());
    QCOMPARE(command->snapshot().record, RecordId::of(RecordKind::Project, topcop));

    stack.undo();
    QVERIFY2(command->succeeded(), qPrintable(command->errorString()));
    QCOMPARE(RecordChoices::shortName(*m_db, command->record()), QStringLiteral("TOPCOP"));
    QCOMPARE(scalar(topcopEvents, topcop), events);
    QCOMPARE(scalar(topcopParticipation, topcop), participation);
    QCOMPARE(scalar(topcopParticipants, topcop), participants);
    QCOMPARE(scalar(topcopRoles, topcop), roles);
    QCOMPARE(scalar(asccaInTopcop, topcop), 154);
    QCOMPARE(tableCounts(), countsBefore);
    QVERIFY(m_db->integrityProblems().isEmpty());
    // The search index finds it again.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM search_index WHERE rowid = :id * 8 + 2"),
                    topcop),
             1);

    stack.redo();
    QVERIFY2(command->succeeded(), qPrintable(command->errorString()));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM projects WHERE id = :id"), topcop), 0);
    QCOMPARE(scalar(topcopEvents, topcop), 0);
    QCOMPARE(scalar(topcopParticipation, topcop), 0);
}

void TestRecordCommands::delete_text_namesTheRecord()
{
    const qint64 ascca = idOf(QStringLiteral("agencies"), QStringLiteral("ASCCA"));
    QVERIFY(ascca > 0);
    const DeleteRecordCommand byAcronym(*m_db, RecordId::of(RecordKind::Agency, ascca));
    QCOMPARE(byAcronym.text(), QStringLiteral("Delete ASCCA"));
    QCOMPARE(byAcronym.record(), RecordId::of(RecordKind::Agency, ascca));
    // An event has no acronym: its title names it.
    const qint64 event = scalar(QStringLiteral("SELECT min(id) FROM events"));
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT title FROM events WHERE id = %1").arg(event))
            && query.next());
    const DeleteRecordCommand byTitle(*m_db, RecordId::of(RecordKind::Event, event));
    QCOMPARE(byTitle.text(), QStringLiteral("Delete ") + query.value(0).toString());
    // Nothing ran yet: the record is still there.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM agencies WHERE id = :id"), ascca), 1);
}

void TestRecordCommands::failedFirstRedo_reportsAndIsDroppedFromTheStack()
{
    const QMap<QString, qint64> countsBefore = tableCounts();
    QUndoStack stack;
    // An agency without a name or kind cannot be created.
    auto *command = new CreateRecordCommand(
        *m_db, RecordKind::Agency, {{QStringLiteral("acronym"), QStringLiteral("NONAME")}});
    stack.push(command);
    QVERIFY(!command->succeeded());
    QVERIFY(!command->errorString().isEmpty());
    QVERIFY(!command->record().isValid());
    QCOMPARE(tableCounts(), countsBefore);
    // What the window does with it (see recordcommands.h).
    command->setObsolete(true);
    stack.undo();
    QCOMPARE(stack.count(), 0);
    QVERIFY(!stack.canUndo());
    QVERIFY(!stack.canRedo());
    QCOMPARE(tableCounts(), countsBefore);

    // An edit that breaks a rule (an acronym another project has) changes nothing.
    const qint64 topcop = idOf(QStringLiteral("projects"), QStringLiteral("TOPCOP"));
    const auto edit = new EditRecordCommand(
        *m_db, RecordKind::Project, topcop, {{QStringLiteral("acronym"), QStringLiteral("TOPCOP")}},
        {{QStringLiteral("acronym"), QStringLiteral("EMPACT")}});
    stack.push(edit);
    QVERIFY(!edit->succeeded());
    QVERIFY(!edit->errorString().isEmpty());
    QCOMPARE(idOf(QStringLiteral("projects"), QStringLiteral("TOPCOP")), topcop);
    edit->setObsolete(true);
    stack.undo();
    QCOMPARE(stack.count(), 0);
    QCOMPARE(idOf(QStringLiteral("projects"), QStringLiteral("TOPCOP")), topcop);
}

// Someone else changes the record on another connection while it is open
// here: the edit is refused, naming the field, and nothing is written over.
// Undo and redo of an edit made on a current copy keep working, also across
// a deletion undone in between; an undo is refused once someone else has
// changed what it would put back.
void TestRecordCommands::edit_ofAnOutdatedCopy_isRefused_andUndoRedoStillWork()
{
    const qint64 topcop = idOf(QStringLiteral("projects"), QStringLiteral("TOPCOP"));
    const RecordEditor::Loaded loaded = RecordEditor(*m_db).load(RecordKind::Project, topcop);
    QVERIFY(loaded.version > 0);
    Database other;
    QVERIFY2(other.open(m_db->location()), qPrintable(other.errorString()));
    QVERIFY(RecordEditor(other).update(RecordKind::Project, topcop, {{"status", "suspended"}}));

    QUndoStack stack;
    const QVariantMap oldStatus = {{"status", loaded.fields.value("status")}};
    auto *stale = new EditRecordCommand(*m_db, RecordKind::Project, topcop, oldStatus,
                                        {{"status", "completed"}}, loaded.version);
    stack.push(stale);
    QVERIFY(!stale->succeeded());
    QVERIFY2(stale->errorString().contains(QStringLiteral("changed by someone else"))
                 && stale->errorString().contains(QStringLiteral("“suspended”, yours “completed”")),
             qPrintable(stale->errorString()));
    QCOMPARE(RecordEditor(*m_db).fieldsOf(RecordKind::Project, topcop).value("status").toString(),
             QStringLiteral("suspended"));
    stale->setObsolete(true);
    stack.undo();
    QCOMPARE(stack.count(), 0);

    // Without a version (the values loaded are checked instead): refused too.
    auto *staleValues = new EditRecordCommand(*m_db, RecordKind::Project, topcop, oldStatus,
                                              {{"status", "completed"}});
    stack.push(staleValues);
    QVERIFY(!staleValues->succeeded());
    QVERIFY2(staleValues->errorString().contains(QStringLiteral("yours “completed”")),
             qPrintable(staleValues->errorString()));
    staleValues->setObsolete(true);
    stack.undo();
    QCOMPARE(stack.count(), 0);

    // Loaded again: the edit, then a deletion, both undone and redone.
    const RecordEditor::Loaded current = RecordEditor(*m_db).load(RecordKind::Project, topcop);
    auto *edit = new EditRecordCommand(*m_db, RecordKind::Project, topcop,
                                       {{"status", current.fields.value("status")}},
                                       {{"status", "completed"}}, current.version);
    stack.push(edit);
    QVERIFY2(edit->succeeded(), qPrintable(edit->errorString()));
    auto *removal = new DeleteRecordCommand(*m_db, RecordId::of(RecordKind::Project, topcop));
    stack.push(removal);
    QVERIFY2(removal->succeeded(), qPrintable(removal->errorString()));
    const auto status = [&] {
        return RecordEditor(*m_db).fieldsOf(RecordKind::Project, topcop).value("status").toString();
    };
    for (int round = 0; round < 2; ++round) {
        stack.undo(); // the deletion
        QVERIFY2(removal->succeeded(), qPrintable(removal->errorString()));
        stack.undo(); // the edit
        QVERIFY2(edit->succeeded(), qPrintable(edit->errorString()));
        QCOMPARE(status(), QStringLiteral("suspended"));
        stack.redo();
        QVERIFY2(edit->succeeded(), qPrintable(edit->errorString()));
        QCOMPARE(status(), QStringLiteral("completed"));
        stack.redo();
        QVERIFY2(removal->succeeded(), qPrintable(removal->errorString()));
        QVERIFY(status().isEmpty());
    }
    stack.undo();
    QVERIFY2(removal->succeeded(), qPrintable(removal->errorString()));

    // Someone else changes the status: undoing the edit would overwrite it.
    QVERIFY(RecordEditor(other).update(RecordKind::Project, topcop, {{"status", "planned"}}));
    stack.undo();
    QVERIFY(!edit->succeeded());
    QVERIFY2(edit->errorString().contains(QStringLiteral("theirs “planned”")),
             qPrintable(edit->errorString()));
    QCOMPARE(status(), QStringLiteral("planned"));
}

QTEST_MAIN(TestRecordCommands)
#include "tst_recordcommands.moc"
