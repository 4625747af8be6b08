// SPDX-License-Identifier: GPL-3.0-or-later
// Runs every function on the demo record base of each engine.
#include "database.h"
#include "demodatabase.h"
#include "demoonengines.h"
#include "recorddetailsstore.h"
#include "recordstore.h"
#include "sqldialect.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace liaison;
using namespace liaison::testing;

namespace {

const QString articleTitle = QStringLiteral(
    "The State Customs Committee was represented at the international seminar organized in "
    "Poland by law enforcement agencies of the European Union");
const QString warsawTitle =
    QStringLiteral("Strengthening Cooperation with EU Law Enforcement Agencies - Cooperation "
                   "against Cross-Border Crime");
const QString drugsPanel = QStringLiteral("Cooperation against cross-border crime: drug smuggling");

template<typename List, typename Predicate>
auto findIn(const List &list, Predicate predicate) -> const typename List::value_type *
{
    const auto it = std::find_if(list.cbegin(), list.cend(), predicate);
    return it == list.cend() ? nullptr : &*it;
}

// How many records of a section of the demo JSON cite the source with ref.
qint64 demoRecordsCiting(const char *section, const QString &sourceRef)
{
    QFile file(DemoDatabase::recordsResource());
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QJsonArray records =
        QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String(section)).toArray();
    return std::count_if(records.begin(), records.end(), [&](const QJsonValue &record) {
        return record.toObject().value(QLatin1String("source")).toString() == sourceRef;
    });
}

} // namespace

class TestRecordDetailsStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void init();
    void project_topcop_fullNameRolesEventsAndReportedTotal();
    void project_programme_childrenAndTotalIncludingThem();
    void agency_ascca_projectsSubAgencyPeopleAgreementsTotals();
    void agency_internationalOrganisation_hasNoCountryAgreements();
    void event_warsawSeminar_organiserPanelsPresentersCountries();
    void person_mecidov_positionAgencyAndPresentation();
    void agreement_azerbaijan_moreThan50Countries();
    void country_azerbaijan_agenciesEventsAgreementsTotal();
    void source_article_countsMatchTheDemoRecords();
    void source_manyRecords_listIsBoundedWithCount();
    void missingRecord_nulloptWithoutError();
    void closedDatabase_nulloptWithError();

private:
    qint64 idOf(RecordKind kind, const QString &key) const;

    QTemporaryDir m_dir;
    DemoOnEngines m_demo;
};

void TestRecordDetailsStore::initTestCase_data()
{
    DemoOnEngines::addEngineRows();
}

void TestRecordDetailsStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestRecordDetailsStore::init()
{
    LIAISON_OPEN_DEMO_ON_ENGINE(m_demo);
}

qint64 TestRecordDetailsStore::idOf(RecordKind kind, const QString &key) const
{
    const auto found = RecordStore(m_demo.db()).findRecord(RecordKey::of(kind, key));
    return found ? found->id : -1;
}

void TestRecordDetailsStore::project_topcop_fullNameRolesEventsAndReportedTotal()
{
    const RecordDetailsStore store(m_demo.db());
    const auto topcop = store.projectDetails(idOf(RecordKind::Project, QStringLiteral("TOPCOP")));
    QVERIFY2(topcop, qPrintable(store.errorString()));
    QCOMPARE(topcop->name,
             QStringLiteral("Training and Operational Partnership against Organized Crime"));
    QCOMPARE(topcop->acronym, QStringLiteral("TOPCOP"));
    QCOMPARE(topcop->kind, QStringLiteral("project"));
    QCOMPARE(topcop->endDate, QStringLiteral("2024"));
    QVERIFY(topcop->startDate.isEmpty());
    QVERIFY(!topcop->parent);
    QCOMPARE(topcop->source.title, articleTitle);
    QCOMPARE(topcop->source.kind, QStringLiteral("published_article"));

    for (const char *implementer : {"CEPOL", "Europol"}) {
        const auto *role = findIn(topcop->agencies, [&](const ProjectDetails::Participant &p) {
            return p.agency.acronym == QLatin1String(implementer);
        });
        QVERIFY2(role, implementer);
        QCOMPARE(role->role, QStringLiteral("implementing"));
        QCOMPARE(role->sourceKind, QStringLiteral("published_article"));
    }
    const auto *ascca = findIn(topcop->agencies, [](const ProjectDetails::Participant &p) {
        return p.agency.acronym == QLatin1String("ASCCA");
    });
    QVERIFY(ascca);
    QCOMPARE(ascca->role, QStringLiteral("partner"));
    QCOMPARE(ascca->since, QStringLiteral("2021-04"));
    QCOMPARE(ascca->until, QStringLiteral("2024"));
    QCOMPARE(ascca->agency.name,
             QStringLiteral("State Customs Committee of the Republic of Azerbaijan"));

    // In date order, the undated Warsaw seminar last.
    QVERIFY(!topcop->events.isEmpty());
    QCOMPARE(topcop->events.constFirst().event.title,
             QStringLiteral("TOPCOP kick-off meeting of partner institutions"));
    QCOMPARE(topcop->events.constFirst().event.startDate, QStringLiteral("2021-05-18"));
    QCOMPARE(topcop->events.constLast().event.title, warsawTitle);
    QCOMPARE(topcop->events.constLast().participants, std::optional<qint64>(2));
    QString previous;
    qint64 sumOfEvents = 0;
    for (const ProjectDetails::Event &e : topcop->events) {
        if (!e.event.startDate.isEmpty()) {
            QVERIFY2(e.event.startDate >= previous, qPrintable(e.event.title));
            previous = e.event.startDate;
        }
        sumOfEvents += e.participants.value_or(0);
    }
    QCOMPARE(topcop->totalParticipants, sumOfEvents);

    QCOMPARE(topcop->reported.size(), 1);
    QCOMPARE(topcop->reported.constFirst().agency.acronym, QStringLiteral("ASCCA"));
    QCOMPARE(topcop->reported.constFirst().participants, 154);
    QCOMPARE(topcop->reported.constFirst().source.title, articleTitle);
}

void TestRecordDetailsStore::project_programme_childrenAndTotalIncludingThem()
{
    const RecordDetailsStore store(m_demo.db());
    const auto programme =
        store.projectDetails(idOf(RecordKind::Project, QStringLiteral("EaP-CCP")));
    QVERIFY2(programme, qPrintable(store.errorString()));
    QCOMPARE(programme->kind, QStringLiteral("programme"));
    QCOMPARE(programme->status, QStringLiteral("active"));
    QCOMPARE(programme->source.kind, QStringLiteral("illustrative_sample"));
    QCOMPARE(programme->children.size(), 2);
    QCOMPARE(programme->children.at(0).acronym, QStringLiteral("RMT")); // from 2021-09
    QCOMPARE(programme->children.at(1).acronym, QStringLiteral("DPD")); // from 2022-03
    QCOMPARE(programme->agencies.constFirst().agency.acronym, QStringLiteral("EU"));
    QCOMPARE(programme->agencies.constFirst().role, QStringLiteral("funding"));

    const auto rmt = store.projectDetails(programme->children.at(0).id);
    const auto dpd = store.projectDetails(programme->children.at(1).id);
    QVERIFY(rmt && dpd);
    QCOMPARE(rmt->parent->acronym, QStringLiteral("EaP-CCP"));
    qint64 own = 0;
    for (const ProjectDetails::Event &e : programme->events)
        own += e.participants.value_or(0);
    QVERIFY(own > 0);
    QCOMPARE(programme->totalParticipants, own + rmt->totalParticipants + dpd->totalParticipants);
}

void TestRecordDetailsStore::agency_ascca_projectsSubAgencyPeopleAgreementsTotals()
{
    const RecordDetailsStore store(m_demo.db());
    const auto ascca = store.agencyDetails(idOf(RecordKind::Agency, QStringLiteral("ASCCA")));
    QVERIFY2(ascca, qPrintable(store.errorString()));
    QCOMPARE(ascca->name, QStringLiteral("State Customs Committee of the Republic of Azerbaijan"));
    QCOMPARE(ascca->kind, QStringLiteral("national_agency"));
    QVERIFY(ascca->country);
    QCOMPARE(ascca->country->code, QStringLiteral("AZ"));
    QCOMPARE(ascca->country->name, QStringLiteral("Azerbaijan"));
    QVERIFY(!ascca->parent);
    QVERIFY(ascca->website.isEmpty());
    QVERIFY(ascca->description.contains(QStringLiteral("April 2021")));
    QCOMPARE(ascca->source.title, articleTitle);

    const auto *topcop = findIn(ascca->projects, [](const AgencyDetails::ProjectRole &r) {
        return r.project.acronym == QLatin1String("TOPCOP");
    });
    QVERIFY(topcop);
    QCOMPARE(topcop->role, QStringLiteral("partner"));
    QCOMPARE(topcop->since, QStringLiteral("2021-04"));
    QCOMPARE(topcop->project.name,
             QStringLiteral("Training and Operational Partnership against Organized Crime"));

    QCOMPARE(ascca->subAgencies.size(), 1);
    QCOMPARE(ascca->subAgencies.constFirst().name, QStringLiteral("Customs Academy"));
    const auto academy = store.agencyDetails(ascca->subAgencies.constFirst().id);
    QVERIFY(academy && academy->parent);
    QCOMPARE(academy->parent->acronym, QStringLiteral("ASCCA"));

    QStringList people;
    for (const PersonRef &p : ascca->people)
        people.append(p.fullName);
    QCOMPARE(people,
             QStringList({QStringLiteral("Elvin Mecidov"), QStringLiteral("Mehriban Asgarova")}));

    // The country's agreement is the national agency's too.
    const auto *moreThan50 = findIn(ascca->agreements, [](const AgreementSummary &a) {
        return a.partnerCountriesMoreThan == 50;
    });
    QVERIFY(moreThan50);
    QVERIFY(moreThan50->country && !moreThan50->partnerCountry && !moreThan50->agency);
    QCOMPARE(moreThan50->country->code, QStringLiteral("AZ"));
    // The academy is not the country's national agency: not its agreement.
    QVERIFY(academy->agreements.isEmpty());

    qint64 sumByProject = 0;
    for (const AgencyDetails::ProjectParticipation &row : ascca->participantsByProject)
        sumByProject += row.participants;
    QCOMPARE(ascca->totalParticipants, sumByProject);
    const auto *topcopTotal =
        findIn(ascca->participantsByProject, [](const AgencyDetails::ProjectParticipation &row) {
            return row.project && row.project->acronym == QLatin1String("TOPCOP");
        });
    QVERIFY(topcopTotal);
    QCOMPARE(topcopTotal->participants, 154);
    // The Customs Academy's refresher module belongs to no project: listed last.
    QVERIFY(!ascca->participantsByProject.constLast().project);

    QCOMPARE(ascca->reported.size(), 1);
    QCOMPARE(ascca->reported.constFirst().project.acronym, QStringLiteral("TOPCOP"));
    QCOMPARE(ascca->reported.constFirst().participants, 154);
    QCOMPARE(ascca->reported.constFirst().source.kind, QStringLiteral("published_article"));
}

void TestRecordDetailsStore::agency_internationalOrganisation_hasNoCountryAgreements()
{
    const RecordDetailsStore store(m_demo.db());
    const auto incb = store.agencyDetails(idOf(RecordKind::Agency, QStringLiteral("INCB")));
    QVERIFY2(incb, qPrintable(store.errorString()));
    QCOMPARE(incb->kind, QStringLiteral("international_organisation"));
    QVERIFY(!incb->country);
    QVERIFY(incb->parent);
    QCOMPARE(incb->parent->acronym, QStringLiteral("UNODC"));
    QVERIFY(incb->agreements.isEmpty());
    QCOMPARE(incb->totalParticipants, 0);
    QCOMPARE(incb->projects.size(), 1);
    QCOMPARE(incb->projects.constFirst().project.acronym, QStringLiteral("PICS"));
    QCOMPARE(incb->projects.constFirst().role, QStringLiteral("accountable"));
}

void TestRecordDetailsStore::event_warsawSeminar_organiserPanelsPresentersCountries()
{
    const RecordDetailsStore store(m_demo.db());
    const auto warsaw = store.eventDetails(1);
    QVERIFY2(warsaw, qPrintable(store.errorString()));
    QCOMPARE(warsaw->title, warsawTitle);
    QCOMPARE(warsaw->kind, QStringLiteral("seminar"));
    QVERIFY(warsaw->startDate.isEmpty() && warsaw->endDate.isEmpty());
    QCOMPARE(warsaw->city, QStringLiteral("Warsaw"));
    QCOMPARE(warsaw->country->code, QStringLiteral("PL"));
    QVERIFY(warsaw->organiser);
    QCOMPARE(warsaw->organiser->acronym, QStringLiteral("CEPOL"));
    QVERIFY(warsaw->project);
    QCOMPARE(warsaw->project->acronym, QStringLiteral("TOPCOP"));
    QVERIFY(warsaw->description.contains(QStringLiteral("EMPACT")));
    QCOMPARE(warsaw->source.title, articleTitle);

    QStringList countries;
    for (const CountryRef &c : warsaw->attendingCountries)
        countries.append(c.code);
    QCOMPARE(countries.join(QLatin1Char(' ')), QStringLiteral("AM AZ GE MD UA"));

    QCOMPARE(warsaw->panels.size(), 6);
    QCOMPARE(warsaw->panels.constFirst().title,
             QStringLiteral("Experiences of the EU and the Eastern European Partner countries "
                            "regarding the latest trends in cross-border organized crime"));
    const auto *drugs = findIn(
        warsaw->panels, [](const EventDetails::Panel &panel) { return panel.title == drugsPanel; });
    QVERIFY(drugs);
    QCOMPARE(drugs, &warsaw->panels.constLast());
    QCOMPARE(drugs->presenters.size(), 2);
    QCOMPARE(drugs->presenters.at(0).person.fullName, QStringLiteral("Elvin Mecidov"));
    QVERIFY(drugs->presenters.at(0).topic.contains(QStringLiteral("154 customs employees")));
    QCOMPARE(drugs->presenters.at(1).person.fullName, QStringLiteral("Mehriban Asgarova"));
    QVERIFY(drugs->presenters.at(1).topic.contains(QStringLiteral("more than 50 countries")));
    for (const EventDetails::Panel &panel : warsaw->panels) {
        if (&panel != drugs)
            QVERIFY2(panel.presenters.isEmpty(), qPrintable(panel.title));
    }

    QCOMPARE(warsaw->participation.size(), 1);
    QCOMPARE(warsaw->participation.constFirst().agency.acronym, QStringLiteral("ASCCA"));
    QCOMPARE(warsaw->participation.constFirst().participants, 2);
    QCOMPARE(warsaw->totalParticipants, 2);
}

void TestRecordDetailsStore::person_mecidov_positionAgencyAndPresentation()
{
    const RecordDetailsStore store(m_demo.db());
    const auto ascca = store.agencyDetails(idOf(RecordKind::Agency, QStringLiteral("ASCCA")));
    QVERIFY(ascca);
    const auto *ref = findIn(ascca->people, [](const PersonRef &p) {
        return p.fullName == QLatin1String("Elvin Mecidov");
    });
    QVERIFY(ref);
    const auto mecidov = store.personDetails(ref->id);
    QVERIFY2(mecidov, qPrintable(store.errorString()));
    QVERIFY(mecidov->position.startsWith(
        QStringLiteral("Coordinator of international cooperation and projects of ASCCA")));
    QCOMPARE(mecidov->agency->acronym, QStringLiteral("ASCCA"));
    QCOMPARE(mecidov->source.kind, QStringLiteral("published_article"));
    QCOMPARE(mecidov->presentations.size(), 1);
    const PersonDetails::Presentation &talk = mecidov->presentations.constFirst();
    QCOMPARE(talk.panelTitle, drugsPanel);
    QCOMPARE(talk.event.id, 1);
    QCOMPARE(talk.event.title, warsawTitle);
    QVERIFY(talk.topic.contains(QStringLiteral("TOPCOP")));
}

void TestRecordDetailsStore::agreement_azerbaijan_moreThan50Countries()
{
    const RecordDetailsStore store(m_demo.db());
    const auto azerbaijan = store.countryDetails(QStringLiteral("AZ"));
    QVERIFY(azerbaijan && azerbaijan->agreements.size() == 1);
    const auto agreement = store.agreementDetails(azerbaijan->agreements.constFirst().id);
    QVERIFY2(agreement, qPrintable(store.errorString()));
    QVERIFY(!agreement->agency);
    QCOMPARE(agreement->country->name, QStringLiteral("Azerbaijan"));
    QVERIFY(!agreement->partnerCountry);
    QCOMPARE(agreement->partnerCountriesMoreThan, std::optional<qint64>(50));
    QCOMPARE(agreement->subject,
             QStringLiteral("Cooperation and mutual assistance in the field of customs "
                            "(bilateral agreements)"));
    QVERIFY(agreement->signedOn.isEmpty());
    QCOMPARE(agreement->source.title, articleTitle);
}

void TestRecordDetailsStore::country_azerbaijan_agenciesEventsAgreementsTotal()
{
    const RecordDetailsStore store(m_demo.db());
    // Codes are matched in any case.
    const auto azerbaijan = store.countryDetails(QStringLiteral("az"));
    QVERIFY2(azerbaijan, qPrintable(store.errorString()));
    QCOMPARE(azerbaijan->code, QStringLiteral("AZ"));
    QCOMPARE(azerbaijan->name, QStringLiteral("Azerbaijan"));

    QStringList agencies;
    qint64 sumOfAgencies = 0;
    for (const CountryDetails::Agency &a : azerbaijan->agencies) {
        agencies.append(a.agency.name);
        sumOfAgencies += a.participants;
    }
    QVERIFY(agencies.contains(QStringLiteral("Customs Academy")));
    QVERIFY(
        agencies.contains(QStringLiteral("State Customs Committee of the Republic of Azerbaijan")));
    QVERIFY(sumOfAgencies > 0);
    QCOMPARE(azerbaijan->totalParticipants, sumOfAgencies);

    QVERIFY(findIn(azerbaijan->eventsHeld, [](const EventRef &e) {
        return e.title == QLatin1String("Drug smuggling routes and concealment methods")
            && e.city == QLatin1String("Baku");
    }));
    QVERIFY(!findIn(azerbaijan->eventsHeld, [](const EventRef &e) { return e.id == 1; }));
    QVERIFY(findIn(azerbaijan->eventsAttended, [](const EventRef &e) { return e.id == 1; }));
    QCOMPARE(azerbaijan->agreements.constFirst().partnerCountriesMoreThan,
             std::optional<qint64>(50));

    // Poland held the undated Warsaw seminar: after its dated events.
    const auto poland = store.countryDetails(QStringLiteral("PL"));
    QVERIFY(poland && !poland->eventsHeld.isEmpty());
    QCOMPARE(poland->eventsHeld.constLast().id, 1);
    QVERIFY(poland->agreements.isEmpty());
}

void TestRecordDetailsStore::source_article_countsMatchTheDemoRecords()
{
    const RecordDetailsStore store(m_demo.db());
    const auto ascca = store.agencyDetails(idOf(RecordKind::Agency, QStringLiteral("ASCCA")));
    QVERIFY(ascca);
    const auto article = store.sourceDetails(ascca->source.id);
    QVERIFY2(article, qPrintable(store.errorString()));
    QCOMPARE(article->source.title, articleTitle);
    QCOMPARE(article->source.kind, QStringLiteral("published_article"));

    const QString ref = QStringLiteral("article");
    const SourceDetails::Citations &c = article->citations;
    QCOMPARE(c.agencies, demoRecordsCiting("agencies", ref));
    QCOMPARE(c.projects, demoRecordsCiting("projects", ref));
    QCOMPARE(c.projectRoles, demoRecordsCiting("roles", ref));
    QCOMPARE(c.events, demoRecordsCiting("events", ref));
    QCOMPARE(c.people, demoRecordsCiting("people", ref));
    QCOMPARE(c.presentations, demoRecordsCiting("presentations", ref));
    QCOMPARE(c.reportedParticipation, demoRecordsCiting("reported_participation", ref));
    QCOMPARE(c.agreements, demoRecordsCiting("agreements", ref));
    QCOMPARE(c.panels, 6); // the Warsaw seminar's, from the article
    QCOMPARE(c.eventCountries, 5);

    QCOMPARE(article->citingRecordCount,
             c.agencies + c.projects + c.events + c.people + c.agreements);
    QCOMPARE(article->citingRecords.size(), article->citingRecordCount);
    QVERIFY(findIn(article->citingRecords, [&](const SourceDetails::CitingRecord &r) {
        return r.record == RecordId::of(RecordKind::Agency, ascca->id)
            && r.acronym == QLatin1String("ASCCA");
    }));
    QVERIFY(findIn(article->citingRecords, [](const SourceDetails::CitingRecord &r) {
        return r.record == RecordId::of(RecordKind::Event, 1) && r.name == warsawTitle;
    }));
    QVERIFY(findIn(article->citingRecords, [](const SourceDetails::CitingRecord &r) {
        return r.record.kind == RecordKind::Person && r.name == QLatin1String("Elvin Mecidov");
    }));
    QVERIFY(!findIn(article->citingRecords, [](const SourceDetails::CitingRecord &r) {
        return r.name == QLatin1String("Revenue Service of Georgia");
    }));
}

void TestRecordDetailsStore::source_manyRecords_listIsBoundedWithCount()
{
    std::unique_ptr<PostgresTestDatabase> server;
    DatabaseLocation location =
        DatabaseLocation::sqliteFile(m_dir.filePath(QStringLiteral("many.sqlite")));
    if (m_demo.isPostgres()) {
        server = std::make_unique<PostgresTestDatabase>();
        QVERIFY2(server->isValid(), qPrintable(server->errorString()));
        location = server->location();
    }
    QString error;
    QVERIFY2(DemoDatabase::create(location, &error), qPrintable(error));
    Database db;
    QVERIFY2(db.open(location), qPrintable(db.errorString()));
    const int extra = RecordDetailsStore::citingRecordLimit + 50;
    qint64 sourceId = 0;
    {
        QVERIFY(db.beginWrite());
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(SqlDialect::returningId(QStringLiteral(
            "INSERT INTO sources (title, kind) VALUES ('Annual report', 'official_record')"))));
        QVERIFY(query.next());
        sourceId = query.value(0).toLongLong();
        QVERIFY(query.prepare(QStringLiteral("INSERT INTO agencies (name, kind, country_code, "
                                             "source_id) VALUES (?, 'national_agency', 'AZ', ?)")));
        for (int i = 0; i < extra; ++i) {
            query.addBindValue(
                QStringLiteral("Regional customs office %1").arg(i, 3, 10, QLatin1Char('0')));
            query.addBindValue(sourceId);
            QVERIFY2(query.exec(), qPrintable(Database::describeError(query.lastError())));
        }
        QVERIFY(db.commit());
    }
    const RecordDetailsStore store(db);
    const auto report = store.sourceDetails(sourceId);
    QVERIFY2(report, qPrintable(store.errorString()));
    QCOMPARE(report->citations.agencies, extra);
    QCOMPARE(report->citingRecordCount, extra);
    QCOMPARE(report->citingRecords.size(), RecordDetailsStore::citingRecordLimit);
    QCOMPARE(report->citingRecords.constFirst().name,
             QStringLiteral("Regional customs office 000"));
}

void TestRecordDetailsStore::missingRecord_nulloptWithoutError()
{
    const RecordDetailsStore store(m_demo.db());
    QVERIFY(!store.agencyDetails(999999));
    QVERIFY(store.errorString().isEmpty());
    QVERIFY(!store.projectDetails(999999));
    QVERIFY(!store.eventDetails(999999));
    QVERIFY(!store.personDetails(999999));
    QVERIFY(!store.agreementDetails(999999));
    QVERIFY(!store.sourceDetails(999999));
    QVERIFY(!store.countryDetails(QStringLiteral("ZZ")));
    QVERIFY(store.errorString().isEmpty());
}

void TestRecordDetailsStore::closedDatabase_nulloptWithError()
{
    Database closed;
    const RecordDetailsStore store(closed);
    QTest::ignoreMessage(QtWarningMsg, "QSqlQuery::prepare: database not open");
    QTest::ignoreMessage(QtWarningMsg, "QSqlQuery::prepare: database not open");
    QVERIFY(!store.agencyDetails(1));
    QVERIFY(!store.errorString().isEmpty());
    QVERIFY(!store.countryDetails(QStringLiteral("AZ")));
    QVERIFY(!store.errorString().isEmpty());
}

QTEST_GUILESS_MAIN(TestRecordDetailsStore)
#include "tst_recorddetailsstore.moc"
