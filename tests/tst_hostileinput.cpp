// SPDX-License-Identifier: GPL-3.0-or-later
//
// Hostile field values (1 MB, control characters, right-to-left text with
// direction marks, U+FEFF, combining characters, SQL and HTML metacharacters),
// entered through RecordEditor and through a CSV import: stored and read back
// exactly, shown as text in the detail pane, found by search where they hold
// words, and never executed as SQL or markup.
#include "database.h"
#include "demodatabase.h"
#include "detailpane.h"
#include "participationimport.h"
#include "recordeditor.h"
#include "searchindex.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace liaison;

namespace {

// 1 MiB of UTF-8 (ASCII words), starting with a word found nowhere else.
QString megabyteValue()
{
    QString text = QStringLiteral("Megamarker");
    const QString filler = QStringLiteral(" filler words of a very long field");
    while (text.size() < 1024 * 1024)
        text += filler;
    text.truncate(1024 * 1024);
    if (text.endsWith(QLatin1Char(' ')))
        text[text.size() - 1] = QLatin1Char('x');
    return text;
}

struct Value
{
    QString text;
    QString searchFor; // empty: no letter or digit, so nothing to search for
    QString stored = text; // what the record base holds
};

QList<QPair<const char *, Value>> hostileValues()
{
    return {
        {"1 MB", {megabyteValue(), QStringLiteral("megamarker")}},
        {"control characters",
         {QStringLiteral("Ctl\x01one\ttab\rcr\x7f"
                         "del"),
          QStringLiteral("ctl one tab cr del")}},
        {"right-to-left with marks",
         {QStringLiteral("\u200Fالجمارك الأذربيجانية\u200E — \u200Fמכס ישראל\u200E"),
          QStringLiteral("الجمارك מכס")}},
        // SQLite takes a U+FEFF that starts text bound as UTF-16, as QtSql
        // binds it, for a byte order mark and drops it; the import drops it
        // itself, so that a second import finds the value.
        {"zero-width no-break space first",
         {QStringLiteral("\uFEFFStarts with a byte order mark"), QStringLiteral("starts mark"),
          QStringLiteral("Starts with a byte order mark")}},
        {"combining and scripts",
         {QStringLiteral("Cafe\u0301 de\u0301cor, თბილისის საბაჟო, Երևանի մաքսատուն"),
          QStringLiteral("საბაჟო Երևանի")}},
        {"quotes and comments",
         {QStringLiteral("O'Brien \"Quoted\"; -- ' OR 1=1 -- %_\\"),
          QStringLiteral("O'Brien \"Quoted\"")}},
        {"injection", {QStringLiteral("x'); DROP TABLE agencies; --"), QStringLiteral("drop")}},
        {"percent", {QStringLiteral("%"), QString()}},
        {"underscore", {QStringLiteral("_"), QString()}},
        {"backslash", {QStringLiteral("\\"), QString()}},
        {"quote", {QStringLiteral("'"), QString()}},
        {"markup",
         {QStringLiteral("<b>x</b> & <a href=\"liaison:agency/1\">link</a> &amp; <script>"),
          QStringLiteral("link amp script")}},
    };
}

// Through the import only: SQLite would read the text after a U+FFFE that
// starts it byte-swapped, and the import drops it first.
QList<QPair<const char *, Value>> importOnlyValues()
{
    return {{"noncharacter U+FFFE first",
             {QStringLiteral("\uFFFEStarts with a noncharacter"), QStringLiteral("noncharacter"),
              QStringLiteral("Starts with a noncharacter")}}};
}

// The value as stored, byte for byte, or a null array when there is no such
// row.
QByteArray storedBytes(const Database &db, const QString &table, const QString &column, qint64 id)
{
    QSqlQuery query(db.connection());
    query.prepare(
        QStringLiteral("SELECT CAST(%1 AS BLOB) FROM %2 WHERE id = ?").arg(column, table));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toByteArray();
}

QStringList tablesOf(const Database &db)
{
    QStringList tables;
    QSqlQuery query(db.connection());
    query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    while (query.next())
        tables.append(query.value(0).toString());
    return tables;
}

qint64 countOf(const Database &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db.connection());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

QByteArray csvField(const QString &text)
{
    QByteArray field = text.toUtf8();
    field.replace('"', "\"\"");
    return '"' + field + '"';
}

// A record made of hostile text: its kind, id, and the fields holding it.
struct Made
{
    RecordId record;
    QString table;
    QStringList fields;
};

} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void editorStoresExactly_data();
    void editorStoresExactly();
    void importStoresExactly_data();
    void importStoresExactly();
    void importRefusesCountryLookalikes();
    void markupShowsAsText();
    void tablesAreIntact();

private:
    static void addValueRows(bool import);
    // Shown in the pane, found by search, stored exactly.
    void checkRecords(const Database &db, const QList<Made> &made, const QString &expected,
                      const QString &searchFor);

    QTemporaryDir m_dir;
    Database m_editorDb;
    Database m_importDb;
    QStringList m_tables;
    qint64 m_agencies = 0;
    qint64 m_sourceId = 0;
    qint64 m_projectId = 0;
    int m_imports = 0;
};

void TestHostileInput::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (Database *db : {&m_editorDb, &m_importDb}) {
        const QString path = m_dir.filePath(db == &m_editorDb ? QStringLiteral("editor.sqlite")
                                                              : QStringLiteral("import.sqlite"));
        QString error;
        QVERIFY2(DemoDatabase::create(path, &error), qPrintable(error));
        QVERIFY2(db->open(path), qPrintable(db->errorString()));
    }
    m_tables = tablesOf(m_editorDb);
    QVERIFY(m_tables.contains(QStringLiteral("agencies")));
    m_agencies = countOf(m_editorDb, QStringLiteral("SELECT count(*) FROM agencies"));
    QVERIFY(m_agencies > 0);
    m_sourceId = countOf(m_editorDb,
                         QStringLiteral("SELECT id FROM sources WHERE kind = 'published_article'"));
    m_projectId =
        countOf(m_editorDb, QStringLiteral("SELECT id FROM projects WHERE acronym = 'TOPCOP'"));
    QVERIFY(m_sourceId > 0 && m_projectId > 0);
}

void TestHostileInput::addValueRows(bool import)
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("searchFor");
    QList<QPair<const char *, Value>> values = hostileValues();
    if (import)
        values += importOnlyValues();
    for (const auto &[name, value] : values)
        QTest::newRow(name) << value.text << value.stored << value.searchFor;
}

void TestHostileInput::checkRecords(const Database &db, const QList<Made> &made,
                                    const QString &expected, const QString &searchFor)
{
    RecordEditor editor(const_cast<Database &>(db));
    const QByteArray bytes = expected.toUtf8();
    // HTML shows each run of white space in a value (a tab, a line break) as
    // one space; every other character is shown as it is.
    QString shown = expected;
    static const QRegularExpression whiteSpace(QStringLiteral("[ \\t\\r\\n]+"));
    shown.replace(whiteSpace, QStringLiteral(" "));
    DetailPane pane;
    pane.setDatabase(&db);
    for (const Made &record : made) {
        const QVariantMap stored = editor.fieldsOf(record.record.kind, record.record.id);
        for (const QString &field : record.fields) {
            const QString where = record.record.toString() + QLatin1Char('.') + field;
            QVERIFY2(stored.value(field).toString() == expected, qPrintable(where));
            QVERIFY2(storedBytes(db, record.table, field, record.record.id) == bytes,
                     qPrintable(where));
        }
        pane.showRecord(record.record);
        QVERIFY2(pane.plainText().contains(shown), qPrintable(record.record.toString()));
    }

    const SearchIndex index(db);
    const std::optional<QList<SearchIndex::Hit>> hits = index.search(searchFor, 500);
    QVERIFY2(hits, qPrintable(index.errorString()));
    if (searchFor.isEmpty()) {
        QVERIFY(hits->isEmpty());
        // Nothing to search for in the value itself either: no LIKE wildcard,
        // no FTS5 syntax that would match every record.
        const std::optional<QList<SearchIndex::Hit>> byValue = index.search(expected, 500);
        QVERIFY2(byValue, qPrintable(index.errorString()));
        QVERIFY(byValue->isEmpty());
        return;
    }
    QSet<QString> found;
    for (const SearchIndex::Hit &hit : *hits)
        found.insert(hit.record.toString());
    for (const Made &record : made)
        QVERIFY2(found.contains(record.record.toString()), qPrintable(record.record.toString()));

    // A letter typed precomposed finds it stored with a combining accent, and
    // the other way round.
    if (expected.contains(QStringLiteral("Cafe\u0301"))) {
        for (const QString &typed : {QStringLiteral("caf\u00E9"), QStringLiteral("cafe\u0301")}) {
            const std::optional<QList<SearchIndex::Hit>> accented = index.search(typed, 500);
            QVERIFY2(accented, qPrintable(index.errorString()));
            QSet<QString> records;
            for (const SearchIndex::Hit &hit : *accented)
                records.insert(hit.record.toString());
            for (const Made &record : made)
                QVERIFY2(records.contains(record.record.toString()),
                         qPrintable(typed + QLatin1Char(' ') + record.record.toString()));
        }
    }
}

void TestHostileInput::editorStoresExactly_data()
{
    addValueRows(false);
}

void TestHostileInput::editorStoresExactly()
{
    QFETCH(QString, text);
    QFETCH(QString, stored);
    QFETCH(QString, searchFor);
    RecordEditor editor(m_editorDb);
    QList<Made> made;
    const auto create = [&](RecordKind kind, const QString &table, const QVariantMap &fields,
                            const QStringList &hostile) -> qint64 {
        const std::optional<qint64> id = editor.create(kind, fields);
        if (!id) {
            QStringList problems;
            const RecordEditor::Problems found = editor.problems();
            for (auto it = found.cbegin(); it != found.cend(); ++it)
                problems.append(it.key() + QStringLiteral(": ") + it.value());
            qWarning("%s: %s %s", qPrintable(table), qPrintable(problems.join(QLatin1Char(' '))),
                     qPrintable(editor.errorString()));
            return 0;
        }
        made.append({RecordId::of(kind, *id), table, hostile});
        return *id;
    };

    const qint64 agency = create(RecordKind::Agency, QStringLiteral("agencies"),
                                 {{QStringLiteral("name"), text},
                                  {QStringLiteral("acronym"), text},
                                  {QStringLiteral("kind"), QStringLiteral("national_agency")},
                                  {QStringLiteral("country_code"), QStringLiteral("AZ")},
                                  {QStringLiteral("city"), text},
                                  {QStringLiteral("description"), text},
                                  {QStringLiteral("source_id"), m_sourceId}},
                                 {QStringLiteral("name"), QStringLiteral("acronym"),
                                  QStringLiteral("city"), QStringLiteral("description")});
    QVERIFY(agency > 0);
    QVERIFY(
        create(RecordKind::Project, QStringLiteral("projects"),
               {{QStringLiteral("name"), text},
                {QStringLiteral("acronym"), text},
                {QStringLiteral("kind"), QStringLiteral("project")},
                {QStringLiteral("description"), text},
                {QStringLiteral("source_id"), m_sourceId}},
               {QStringLiteral("name"), QStringLiteral("acronym"), QStringLiteral("description")})
        > 0);
    QVERIFY(create(RecordKind::Event, QStringLiteral("events"),
                   {{QStringLiteral("title"), text},
                    {QStringLiteral("kind"), QStringLiteral("seminar")},
                    {QStringLiteral("start_date"), QStringLiteral("2024-05-06")},
                    {QStringLiteral("city"), text},
                    {QStringLiteral("country_code"), QStringLiteral("PL")},
                    {QStringLiteral("project_id"), m_projectId},
                    {QStringLiteral("source_id"), m_sourceId}},
                   {QStringLiteral("title"), QStringLiteral("city")})
            > 0);
    QVERIFY(create(RecordKind::Person, QStringLiteral("people"),
                   {{QStringLiteral("full_name"), text},
                    {QStringLiteral("position"), text},
                    {QStringLiteral("agency_id"), agency},
                    {QStringLiteral("source_id"), m_sourceId}},
                   {QStringLiteral("full_name"), QStringLiteral("position")})
            > 0);
    QVERIFY(create(RecordKind::Agreement, QStringLiteral("agreements"),
                   {{QStringLiteral("subject"), text},
                    {QStringLiteral("agency_id"), agency},
                    {QStringLiteral("partner_country_code"), QStringLiteral("GE")},
                    {QStringLiteral("source_id"), m_sourceId}},
                   {QStringLiteral("subject")})
            > 0);
    QVERIFY(create(RecordKind::Source, QStringLiteral("sources"),
                   {{QStringLiteral("title"), text},
                    {QStringLiteral("publisher"), text},
                    {QStringLiteral("kind"), QStringLiteral("official_record")}},
                   {QStringLiteral("title"), QStringLiteral("publisher")})
            > 0);

    checkRecords(m_editorDb, made, stored, searchFor);
}

void TestHostileInput::importStoresExactly_data()
{
    addValueRows(true);
}

void TestHostileInput::importStoresExactly()
{
    QFETCH(QString, text);
    QFETCH(QString, stored);
    QFETCH(QString, searchFor);
    // A quoted field's line breaks are read as LF, whatever the file used
    // (README, "Importing participation").
    QString expected = stored;
    expected.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    expected.replace(QLatin1Char('\r'), QLatin1Char('\n'));

    const QByteArray quoted = csvField(text);
    QByteArray csv = "project,event,event_kind,start_date,city,agency,agency_country,participants,"
                     "source\r\n";
    csv += quoted + ',' + quoted + ",seminar,2024-07-08," + quoted + ',' + quoted + ",AM,3,"
        + quoted + "\r\n";
    const QString path = m_dir.filePath(QStringLiteral("import-%1.csv").arg(++m_imports));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(csv), csv.size());
    }
    const ParticipationImport::Result result = ParticipationImport::run(m_importDb, path);
    QStringList problems;
    for (const ParticipationImport::Problem &problem : result.problems)
        problems.append(problem.toString());
    QVERIFY2(result.ok, qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(result.agenciesCreated, 1);
    QCOMPARE(result.projectsCreated, 1);
    QCOMPARE(result.eventsCreated, 1);
    QCOMPARE(result.sourcesCreated, 1);

    const auto idOf = [&](const QString &table, const QString &column) {
        return countOf(m_importDb,
                       QStringLiteral("SELECT id FROM %1 WHERE %2 = ?").arg(table, column),
                       {expected});
    };
    const qint64 agency = idOf(QStringLiteral("agencies"), QStringLiteral("name"));
    const qint64 project = idOf(QStringLiteral("projects"), QStringLiteral("name"));
    const qint64 event = idOf(QStringLiteral("events"), QStringLiteral("title"));
    const qint64 source = idOf(QStringLiteral("sources"), QStringLiteral("title"));
    QVERIFY(agency > 0 && project > 0 && event > 0 && source > 0);
    QCOMPARE(countOf(m_importDb,
                     QStringLiteral("SELECT participants FROM participation WHERE event_id = ? "
                                    "AND agency_id = ? AND source_id = ?"),
                     {event, agency, source}),
             3);

    checkRecords(m_importDb,
                 {{RecordId::of(RecordKind::Agency, agency),
                   QStringLiteral("agencies"),
                   {QStringLiteral("name")}},
                  {RecordId::of(RecordKind::Project, project),
                   QStringLiteral("projects"),
                   {QStringLiteral("name")}},
                  {RecordId::of(RecordKind::Event, event),
                   QStringLiteral("events"),
                   {QStringLiteral("title"), QStringLiteral("city")}},
                  {RecordId::of(RecordKind::Source, source),
                   QStringLiteral("sources"),
                   {QStringLiteral("title")}}},
                 expected, searchFor);

    // The same file again changes nothing.
    const ParticipationImport::Result again = ParticipationImport::run(m_importDb, path);
    QVERIFY(again.ok);
    QCOMPARE(again.participationWritten, 0);
    QCOMPARE(again.agenciesCreated + again.projectsCreated + again.eventsCreated
                 + again.sourcesCreated,
             0);
}

void TestHostileInput::importRefusesCountryLookalikes()
{
    // Letters that upper-case to two ASCII letters are no country code: "ﬁ"
    // is not FI (Finland), "ß" not SS (South Sudan).
    const QByteArray csv = "project,event,event_kind,start_date,country,agency,agency_country,"
                           "participants\n"
                           "TOPCOP,Lookalike countries,seminar,2024-09-10,\xC3\x9F,"
                           "Lookalike agency,\xEF\xAC\x81,2\n";
    const QString path = m_dir.filePath(QStringLiteral("lookalikes.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(csv), csv.size());
    }
    const qint64 agencies = countOf(m_importDb, QStringLiteral("SELECT count(*) FROM agencies"));
    const ParticipationImport::Result result = ParticipationImport::run(m_importDb, path);
    QVERIFY(!result.ok);
    QStringList problems;
    for (const ParticipationImport::Problem &problem : result.problems)
        problems.append(problem.toString());
    const QString all = problems.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("country: \"\u00DF\" is not an ISO 3166-1 alpha-2")),
             qPrintable(all));
    QVERIFY2(
        all.contains(QStringLiteral("agency_country: \"\uFB01\" is not an ISO 3166-1 alpha-2")),
        qPrintable(all));
    QCOMPARE(countOf(m_importDb, QStringLiteral("SELECT count(*) FROM agencies")), agencies);
}

void TestHostileInput::markupShowsAsText()
{
    // The pane's HTML holds the value escaped: the markup is text, not bold
    // text or a link.
    const qint64 agency = countOf(m_editorDb,
                                  QStringLiteral("SELECT id FROM agencies WHERE name "
                                                 "LIKE '<b>x</b>%'"));
    QVERIFY(agency > 0);
    DetailPane pane;
    pane.setDatabase(&m_editorDb);
    pane.showRecord(RecordId::of(RecordKind::Agency, agency));
    QVERIFY(pane.plainText().contains(QStringLiteral("<b>x</b>")));
    QVERIFY(pane.plainText().contains(QStringLiteral("&amp;")));
    QVERIFY(!pane.browser()->toHtml().contains(QStringLiteral("<a href=\"liaison:agency/1\">")));
    QVERIFY(!pane.browser()->toHtml().contains(QStringLiteral("<script>")));
}

void TestHostileInput::tablesAreIntact()
{
    // Nothing ran as SQL: every table is there, the agencies are the demo's
    // and the ones created, and the record bases are sound.
    for (Database *db : {&m_editorDb, &m_importDb}) {
        const qint64 values =
            hostileValues().size() + (db == &m_importDb ? importOnlyValues().size() : qsizetype(0));
        QCOMPARE(tablesOf(*db), m_tables);
        QCOMPARE(countOf(*db, QStringLiteral("SELECT count(*) FROM agencies")),
                 m_agencies + values);
        QCOMPARE(db->integrityProblems(), QStringList());
        QCOMPARE(db->foreignKeyProblems(), QStringList());
    }
}

QTEST_MAIN(TestHostileInput)

#include "tst_hostileinput.moc"
