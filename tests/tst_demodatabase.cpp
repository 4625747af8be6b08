// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"
#include "demodatabase.h"

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace liaison;

// Every fact of the seed article must be in the demo record base, sourced to
// the article; everything else must be marked as an illustrative sample.
class TestDemoDatabase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void agencies_ofTheArticle();
    void topcop_rolesAndDates();
    void otherProjectsAndSystems();
    void warsawSeminar_placeOrganiserPanelsAndCountries();
    void presenters_positionsAndTopics();
    void asccaTopcopParticipation_totals154();
    void agreements_withMoreThan50Countries();
    void sample_coversEveryEventKindFrom2021To2024();
    void sample_recordsAreMarkedIllustrative();
    void noFactInventedWhereTheArticleIsSilent();
    void create_refusesExistingFile();

private:
    QString value(const QString &sql, const QVariantList &bindings = {});
    QStringList column(const QString &sql, const QVariantList &bindings = {});

    QTemporaryDir m_dir;
    QString m_path;
    Database m_db;
    QString m_articleSource;
};

QString TestDemoDatabase::value(const QString &sql, const QVariantList &bindings)
{
    const QStringList values = column(sql, bindings);
    return values.value(0);
}

QStringList TestDemoDatabase::column(const QString &sql, const QVariantList &bindings)
{
    QSqlQuery query(m_db.connection());
    if (!query.prepare(sql)) {
        qWarning() << sql;
        return {QStringLiteral("<prepare failed>")};
    }
    for (const QVariant &binding : bindings)
        query.addBindValue(binding);
    if (!query.exec())
        return {QStringLiteral("<exec failed>")};
    QStringList values;
    while (query.next()) {
        QStringList fields;
        for (int i = 0; i < query.record().count(); ++i)
            fields.append(query.isNull(i) ? QStringLiteral("NULL") : query.value(i).toString());
        values.append(fields.join(QLatin1Char('|')));
    }
    return values;
}

void TestDemoDatabase::initTestCase()
{
    m_path = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QString error;
    QVERIFY2(DemoDatabase::create(m_path, &error), qPrintable(error));
    QVERIFY2(m_db.open(m_path, Database::OpenMode::ReadOnly), qPrintable(m_db.errorString()));
    m_articleSource =
        value(QStringLiteral("SELECT id FROM sources WHERE kind = 'published_article' "
                             "AND title LIKE 'The State Customs Committee was "
                             "represented at the international seminar%'"));
    QVERIFY(!m_articleSource.isEmpty());
}

void TestDemoDatabase::agencies_ofTheArticle()
{
    const QString sql = QStringLiteral(
        "SELECT a.name, a.kind, COALESCE(a.country_code, 'NULL'), COALESCE(p.acronym, 'NULL') "
        "FROM agencies a LEFT JOIN agencies p ON p.id = a.parent_id "
        "WHERE COALESCE(a.acronym, a.name) = ? AND a.source_id = ?");
    const auto agency = [&](const char *key) {
        return value(sql, {QString::fromUtf8(key), m_articleSource});
    };
    QCOMPARE(agency("ASCCA"),
             QStringLiteral("State Customs Committee of the Republic of "
                            "Azerbaijan|national_agency|AZ|NULL"));
    QCOMPARE(agency("Customs Academy"), QStringLiteral("Customs Academy|academy|AZ|ASCCA"));
    QCOMPARE(agency("CEPOL"),
             QStringLiteral("European Union Agency for Law Enforcement "
                            "Training|eu_agency|NULL|NULL"));
    QCOMPARE(agency("Europol"),
             QStringLiteral("European Union Agency for Law Enforcement "
                            "Cooperation|eu_agency|NULL|NULL"));
    QCOMPARE(agency("EU"), QStringLiteral("European Union|eu_body|NULL|NULL"));
    QCOMPARE(agency("WCO"),
             QStringLiteral("World Customs Organization|international_organisation|NULL|NULL"));
    QCOMPARE(agency("INCB"),
             QStringLiteral(
                 "International Narcotics Control Board|international_organisation|NULL|UNODC"));
    QCOMPARE(agency("UNODC"),
             QStringLiteral(
                 "United Nations Office on Drugs and Crime|international_organisation|NULL|NULL"));
}

void TestDemoDatabase::topcop_rolesAndDates()
{
    QCOMPARE(
        value(QStringLiteral("SELECT name, kind, COALESCE(end_date, 'NULL'), source_id "
                             "FROM projects WHERE acronym = 'TOPCOP'")),
        QStringLiteral("Training and Operational Partnership against Organized Crime|project|2024|")
            + m_articleSource);
    const QStringList roles =
        column(QStringLiteral(
                   "SELECT COALESCE(a.acronym, a.name), r.role, COALESCE(r.since, 'NULL'), "
                   "COALESCE(r.until, 'NULL') FROM project_roles r "
                   "JOIN agencies a ON a.id = r.agency_id JOIN projects p ON p.id = r.project_id "
                   "WHERE p.acronym = 'TOPCOP' AND r.source_id = ? ORDER BY 1"),
               {m_articleSource});
    QCOMPARE(roles,
             QStringList({QStringLiteral("ASCCA|partner|2021-04|2024"),
                          QStringLiteral("CEPOL|implementing|NULL|NULL"),
                          QStringLiteral("Customs Academy|implementing|NULL|NULL"),
                          QStringLiteral("Europol|implementing|NULL|NULL")}));
}

void TestDemoDatabase::otherProjectsAndSystems()
{
    const QString sql =
        QStringLiteral("SELECT p.kind || ' ' || a.acronym || ':' || r.role "
                       "FROM projects p JOIN project_roles r ON r.project_id = p.id "
                       "JOIN agencies a ON a.id = r.agency_id "
                       "WHERE p.acronym = ? AND p.source_id = ? AND r.source_id = ? "
                       "ORDER BY r.role, a.acronym");
    const auto roles = [&](const char *project) {
        return column(sql, {QString::fromUtf8(project), m_articleSource, m_articleSource});
    };
    QCOMPARE(roles("EMPACT"), QStringList({QStringLiteral("platform EU:accountable")}));
    QCOMPARE(roles("CEN"),
             QStringList({QStringLiteral("information_exchange WCO:accountable"),
                          QStringLiteral("information_exchange ASCCA:member")}));
    QCOMPARE(roles("PICS"),
             QStringList({QStringLiteral("information_exchange INCB:accountable"),
                          QStringLiteral("information_exchange ASCCA:member")}));
    QCOMPARE(value(QStringLiteral("SELECT name FROM projects WHERE acronym = 'PICS'")),
             QStringLiteral("Precursor Incident Communication System"));
    QCOMPARE(value(QStringLiteral("SELECT name FROM projects WHERE acronym = 'EMPACT'")),
             QStringLiteral("EU Multidisciplinary Platform against Criminal Threats"));
}

void TestDemoDatabase::warsawSeminar_placeOrganiserPanelsAndCountries()
{
    const QString event = value(QStringLiteral(
        "SELECT e.id FROM events e WHERE e.title = 'Strengthening Cooperation with EU Law "
        "Enforcement Agencies - Cooperation against Cross-Border Crime'"));
    QVERIFY(!event.isEmpty());
    QCOMPARE(value(QStringLiteral("SELECT e.kind, e.city, e.country_code, o.acronym, p.acronym, "
                                  "COALESCE(e.start_date, 'NULL'), e.source_id "
                                  "FROM events e JOIN agencies o ON o.id = e.organiser_id "
                                  "JOIN projects p ON p.id = e.project_id WHERE e.id = ?"),
                   {event}),
             QStringLiteral("seminar|Warsaw|PL|CEPOL|TOPCOP|NULL|") + m_articleSource);
    QCOMPARE(column(QStringLiteral("SELECT country_code FROM event_countries WHERE event_id = ? "
                                   "AND source_id = ? ORDER BY country_code"),
                    {event, m_articleSource}),
             QStringList({QStringLiteral("AM"), QStringLiteral("AZ"), QStringLiteral("GE"),
                          QStringLiteral("MD"), QStringLiteral("UA")}));
    const QStringList panels = column(
        QStringLiteral("SELECT title FROM panels WHERE event_id = ? ORDER BY position"), {event});
    QCOMPARE(panels.size(), 6);
    QVERIFY(
        panels.contains(QStringLiteral("Cooperation against cross-border crime: drug smuggling")));
    QVERIFY(panels.contains(QStringLiteral("Human and migrant trafficking")));
    QVERIFY(panels.contains(QStringLiteral("Arms and drug smuggling")));
}

void TestDemoDatabase::presenters_positionsAndTopics()
{
    const QStringList people = column(QStringLiteral(
        "SELECT pe.full_name, pe.position, a.acronym, pa.title, pe.source_id, pr.source_id "
        "FROM presentations pr JOIN people pe ON pe.id = pr.person_id "
        "JOIN agencies a ON a.id = pe.agency_id JOIN panels pa ON pa.id = pr.panel_id "
        "ORDER BY pe.full_name"));
    const QString tail =
        QStringLiteral("|ASCCA|Cooperation against cross-border crime: drug smuggling|")
        + m_articleSource + QLatin1Char('|') + m_articleSource;
    QCOMPARE(people,
             QStringList({QStringLiteral("Elvin Mecidov|Coordinator of international cooperation "
                                         "and projects of ASCCA; Coordinator of Capacity Building "
                                         "in the TOPCOP project")
                              + tail,
                          QStringLiteral("Mehriban Asgarova|Chief investigator of the General "
                                         "Directorate of Operational Investigation Unit")
                              + tail}));
    QVERIFY(value(QStringLiteral("SELECT topic FROM presentations pr JOIN people p ON p.id = "
                                 "pr.person_id WHERE p.full_name = 'Elvin Mecidov'"))
                .contains(QStringLiteral("154 customs employees")));
    QVERIFY(value(QStringLiteral("SELECT topic FROM presentations pr JOIN people p ON p.id = "
                                 "pr.person_id WHERE p.full_name = 'Mehriban Asgarova'"))
                .contains(QStringLiteral("smuggling routes")));
}

void TestDemoDatabase::asccaTopcopParticipation_totals154()
{
    // The article's figure, as the article reports it...
    QCOMPARE(
        value(QStringLiteral("SELECT r.participants, r.source_id FROM reported_participation r "
                             "JOIN agencies a ON a.id = r.agency_id "
                             "JOIN projects p ON p.id = r.project_id "
                             "WHERE a.acronym = 'ASCCA' AND p.acronym = 'TOPCOP'")),
        QStringLiteral("154|") + m_articleSource);
    // ...and the per-event records add up to it.
    QCOMPARE(value(QStringLiteral("SELECT SUM(pa.participants) FROM participation pa "
                                  "JOIN agencies a ON a.id = pa.agency_id "
                                  "JOIN events e ON e.id = pa.event_id "
                                  "JOIN projects p ON p.id = e.project_id "
                                  "WHERE a.acronym = 'ASCCA' AND p.acronym = 'TOPCOP'")),
             QStringLiteral("154"));
    // Of those, the article itself names the two presenters in Warsaw.
    QCOMPARE(value(QStringLiteral("SELECT pa.participants FROM participation pa "
                                  "JOIN agencies a ON a.id = pa.agency_id "
                                  "JOIN events e ON e.id = pa.event_id "
                                  "WHERE a.acronym = 'ASCCA' AND e.city = 'Warsaw' "
                                  "AND pa.source_id = ?"),
                   {m_articleSource}),
             QStringLiteral("2"));
}

void TestDemoDatabase::agreements_withMoreThan50Countries()
{
    QCOMPARE(column(QStringLiteral("SELECT COALESCE(agency_id, 'NULL'), country_code, "
                                   "COALESCE(partner_country_code, 'NULL'), "
                                   "partner_countries_more_than, COALESCE(signed_on, 'NULL') "
                                   "FROM agreements WHERE source_id = ?"),
                    {m_articleSource}),
             QStringList({QStringLiteral("NULL|AZ|NULL|50|NULL")}));
}

void TestDemoDatabase::sample_coversEveryEventKindFrom2021To2024()
{
    QCOMPARE(
        column(QStringLiteral("SELECT DISTINCT e.kind FROM events e JOIN projects p ON "
                              "p.id = e.project_id WHERE p.acronym = 'TOPCOP' ORDER BY 1")),
        QStringList({QStringLiteral("conference"), QStringLiteral("course"),
                     QStringLiteral("meeting"), QStringLiteral("module"), QStringLiteral("seminar"),
                     QStringLiteral("training"), QStringLiteral("webinar")}));
    QCOMPARE(column(QStringLiteral("SELECT DISTINCT substr(start_date, 1, 4) FROM events "
                                   "WHERE start_date IS NOT NULL ORDER BY 1")),
             QStringList({QStringLiteral("2021"), QStringLiteral("2022"), QStringLiteral("2023"),
                          QStringLiteral("2024")}));
    QCOMPARE(column(QStringLiteral("SELECT DISTINCT country_code FROM agencies WHERE country_code "
                                   "IN ('GE','UA','MD','AM') ORDER BY 1")),
             QStringList({QStringLiteral("AM"), QStringLiteral("GE"), QStringLiteral("MD"),
                          QStringLiteral("UA")}));
}

void TestDemoDatabase::sample_recordsAreMarkedIllustrative()
{
    QCOMPARE(
        column(QStringLiteral("SELECT kind FROM sources ORDER BY kind")),
        QStringList({QStringLiteral("illustrative_sample"), QStringLiteral("published_article")}));
    // Every record points to one of the two sources; nothing is unsourced.
    for (const char *table :
         {"agencies", "projects", "project_roles", "events", "panels", "people", "presentations",
          "participation", "agreements", "event_countries", "reported_participation"}) {
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM %1 t LEFT JOIN sources s ON s.id = "
                                      "t.source_id WHERE s.id IS NULL")
                           .arg(QLatin1String(table))),
                 QStringLiteral("0"));
    }
    // Sample agencies are there, and none of them claims the article.
    QCOMPARE(value(QStringLiteral("SELECT s.kind FROM agencies a JOIN sources s ON s.id = "
                                  "a.source_id WHERE a.name = 'Revenue Service of Georgia'")),
             QStringLiteral("illustrative_sample"));
}

void TestDemoDatabase::noFactInventedWhereTheArticleIsSilent()
{
    // The article dates nothing but "April 2021" and "until 2024".
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM events WHERE source_id = ? AND "
                                  "(start_date IS NOT NULL OR end_date IS NOT NULL)"),
                   {m_articleSource}),
             QStringLiteral("0"));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM projects WHERE source_id = ? AND "
                                  "start_date IS NOT NULL"),
                   {m_articleSource}),
             QStringLiteral("0"));
    QCOMPARE(value(QStringLiteral("SELECT COALESCE(published_on, 'NULL') || COALESCE(url, 'NULL') "
                                  "FROM sources WHERE id = ?"),
                   {m_articleSource}),
             QStringLiteral("NULLNULL"));
}

void TestDemoDatabase::create_refusesExistingFile()
{
    const QByteArray before = [&] {
        QFile file(m_path);
        file.open(QIODevice::ReadOnly);
        return file.readAll();
    }();
    QString error;
    QVERIFY(!DemoDatabase::create(m_path, &error));
    QVERIFY2(error.contains(QStringLiteral("already exists")), qPrintable(error));
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
}

QTEST_GUILESS_MAIN(TestDemoDatabase)
#include "tst_demodatabase.moc"
