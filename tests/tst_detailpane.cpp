// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"
#include "demodatabase.h"
#include "detailpane.h"
#include "participationstats.h"
#include "recorddetailsstore.h"
#include "recordstore.h"
#include "translations.h"

#include <QDesktopServices>
#include <QEvent>
#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>

using namespace liaison;

namespace {

const QString sampleNotice = QStringLiteral("Illustrative sample — not a real record");
const QString noLongerExists = QStringLiteral("This record no longer exists");
const QString articleTitle = QStringLiteral(
    "The State Customs Committee was represented at the international seminar organized in "
    "Poland by law enforcement agencies of the European Union");
const QString warsawTitle =
    QStringLiteral("Strengthening Cooperation with EU Law Enforcement Agencies - Cooperation "
                   "against Cross-Border Crime");

// A cursor in the middle of the first link to href, or a null cursor.
QTextCursor cursorInLink(QTextDocument *document, const QString &href)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.isValid() && fragment.charFormat().isAnchor()
                && fragment.charFormat().anchorHref() == href) {
                QTextCursor cursor(document);
                cursor.setPosition(fragment.position() + fragment.length() / 2);
                return cursor;
            }
        }
    }
    return {};
}

// Clicks the link to href with the mouse, as a user would.
bool clickLink(DetailPane &pane, const QString &href)
{
    QTextBrowser *browser = pane.browser();
    const QTextCursor cursor = cursorInLink(browser->document(), href);
    if (cursor.isNull())
        return false;
    browser->setTextCursor(cursor);
    browser->ensureCursorVisible();
    const QPoint point = browser->cursorRect(cursor).center();
    if (browser->anchorAt(point) != href)
        return false;
    QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, point);
    return true;
}

} // namespace

// Receives what the pane hands to the system browser.
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public slots:
    void open(const QUrl &url) { urls.append(url); }
};

class TestDetailPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void overview_showsFileCountsTotalAndSources();
    void project_topcop_fullNameImplementersPartnerAndSource();
    void agency_ascca_projectsSubAgencyPeopleAgreementTotals();
    void event_warsawSeminar_organiserPanelsPresentersCountries();
    void everyKind_showsItsTitleAndNoNulls_data();
    void everyKind_showsItsTitleAndNoNulls();
    void sampleRecord_isMarkedIllustrative_articleRecordIsNot();
    void clickingARecordLink_emitsRecordActivated();
    void clickingAWebLink_opensTheSystemBrowserAndStays();
    void russianLocale_datesFollowTheLocale();
    void unknownRecord_showsNoLongerExists();
    void deletedRecord_refreshShowsNoLongerExists();
    void longList_showsItsFirstItems_andAllOnRequest();

private:
    qint64 idOf(RecordKind kind, const QString &key) const;

    QTemporaryDir m_dir;
    QString m_demo;
    Database m_db;
    QLocale m_defaultLocale;
};

void TestDetailPane::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_defaultLocale = QLocale();
    QCOMPARE(Translations::install(QStringLiteral("en")), QStringLiteral("en"));
    m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QString error;
    QVERIFY2(DemoDatabase::create(m_demo, &error), qPrintable(error));
    QVERIFY2(m_db.open(m_demo, Database::OpenMode::ReadOnly), qPrintable(m_db.errorString()));
}

void TestDetailPane::cleanup()
{
    QLocale::setDefault(m_defaultLocale);
}

qint64 TestDetailPane::idOf(RecordKind kind, const QString &key) const
{
    const auto found = RecordStore(m_db).findRecord(RecordKey::of(kind, key));
    return found ? found->id : -1;
}

void TestDetailPane::overview_showsFileCountsTotalAndSources()
{
    DetailPane pane;
    pane.setDatabase(&m_db);
    QVERIFY(!pane.currentRecord().isValid());
    QVERIFY(pane.currentTitle().isEmpty());
    const QString text = pane.plainText();
    QVERIFY2(text.contains(QStringLiteral("demo.sqlite")), qPrintable(text));

    const auto counts = RecordStore(m_db).recordCounts();
    QVERIFY(counts);
    QVERIFY2(text.contains(QStringLiteral("%1 agencies").arg(counts->agencies)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("%1 events").arg(counts->events)), qPrintable(text));
    RecordRef all;
    all.isAll = true;
    const auto total = ParticipationStats(m_db).totalParticipants(all);
    QVERIFY(total && *total > 0);
    QVERIFY2(text.contains(QStringLiteral("%1 participants in training events").arg(*total)),
             qPrintable(text));
    QVERIFY(text.contains(articleTitle));
    QVERIFY(text.contains(QStringLiteral("illustrative sample, not a real record")));

    // The sources are links to their own pages.
    const auto sources = RecordStore(m_db).sourcesWithRecordCounts();
    QVERIFY(sources && !sources->isEmpty());
    const QString href =
        RecordId::of(RecordKind::Source, sources->constFirst().id).toUrl().toString();
    QVERIFY(!cursorInLink(pane.browser()->document(), href).isNull());

    pane.setDatabase(nullptr);
    QVERIFY(pane.plainText().contains(QStringLiteral("No record base open")));
}

void TestDetailPane::project_topcop_fullNameImplementersPartnerAndSource()
{
    DetailPane pane;
    pane.setDatabase(&m_db);
    const RecordId topcop = RecordId::of(RecordKind::Project, idOf(RecordKind::Project, "TOPCOP"));
    pane.showRecord(topcop);
    QCOMPARE(pane.currentRecord(), topcop);
    QVERIFY(pane.waitForLoaded());
    QCOMPARE(pane.currentTitle(), QStringLiteral("TOPCOP"));
    const QString text = pane.plainText();
    QVERIFY2(text.contains(
                 QStringLiteral("Training and Operational Partnership against Organized Crime")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("CEPOL — implementing")));
    QVERIFY(text.contains(QStringLiteral("Europol — implementing")));
    QVERIFY2(text.contains(QStringLiteral("ASCCA — partner, April 2021 – 2024")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("until 2024"))); // the project's own period
    QVERIFY(text.contains(QStringLiteral("154 participants of ASCCA, as reported by")));
    QVERIFY(text.contains(warsawTitle));
    QVERIFY(text.contains(QStringLiteral("Published article")));
    QVERIFY(text.contains(articleTitle));
    QVERIFY(!text.contains(sampleNotice));
    // Sample rows under an article record say so.
    QVERIFY(text.contains(QStringLiteral("(illustrative sample)")));
}

void TestDetailPane::agency_ascca_projectsSubAgencyPeopleAgreementTotals()
{
    DetailPane pane;
    pane.setDatabase(&m_db);
    pane.showRecord(RecordId::of(RecordKind::Agency, idOf(RecordKind::Agency, "ASCCA")));
    QVERIFY(pane.waitForLoaded());
    QCOMPARE(pane.currentTitle(), QStringLiteral("ASCCA"));
    const QString text = pane.plainText();
    QVERIFY2(text.startsWith(QStringLiteral(
                 "State Customs Committee of the Republic of Azerbaijan (ASCCA)\nNational agency")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("TOPCOP — partner, April 2021 – 2024")));
    QVERIFY(text.contains(QStringLiteral("Customs Academy")));
    QVERIFY(text.contains(QStringLiteral("Elvin Mecidov")));
    QVERIFY(text.contains(QStringLiteral("Mehriban Asgarova")));
    QVERIFY2(text.contains(QStringLiteral("Azerbaijan with more than 50 countries")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("TOPCOP — 154 participants")));
    QVERIFY(text.contains(QStringLiteral("154 participants in events of TOPCOP, as reported by")));
    QVERIFY(text.contains(QStringLiteral("Outside any project")));
}

void TestDetailPane::event_warsawSeminar_organiserPanelsPresentersCountries()
{
    DetailPane pane;
    pane.setDatabase(&m_db);
    pane.showRecord(RecordId::of(RecordKind::Event, 1));
    QVERIFY(pane.waitForLoaded());
    QCOMPARE(pane.currentTitle(), warsawTitle);
    const QString text = pane.plainText();
    QVERIFY2(text.startsWith(warsawTitle + QStringLiteral("\nSeminar")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Organiser")));
    QVERIFY(text.contains(QStringLiteral("CEPOL")));
    QVERIFY(text.contains(QStringLiteral("Warsaw")));
    QVERIFY(text.contains(QStringLiteral("Armenia, Azerbaijan, Georgia, Moldova, Ukraine")));
    QVERIFY(
        text.contains(QStringLiteral("Cooperation against cross-border crime: drug smuggling")));
    QVERIFY(text.contains(QStringLiteral("Elvin Mecidov: The participation of 154 customs")));
    QVERIFY(text.contains(QStringLiteral("Mehriban Asgarova: The successes")));
    QVERIFY(text.contains(QStringLiteral("ASCCA — 2 participants")));
    // The article gives no date: no date row at all.
    QVERIFY(!text.contains(QStringLiteral("Date")));
    QVERIFY(!text.contains(QStringLiteral("undated")));
}

void TestDetailPane::everyKind_showsItsTitleAndNoNulls_data()
{
    QTest::addColumn<QString>("record");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("kindLine");
    QTest::addColumn<QString>("contains");
    QTest::newRow("EU agency") << "agency:CEPOL"
                               << "CEPOL"
                               << "EU agency"
                               << "European Union Agency for Law Enforcement Training (CEPOL)";
    QTest::newRow("programme") << "project:EaP-CCP"
                               << "EaP-CCP"
                               << "Programme"
                               << "including the projects under it";
    QTest::newRow("person") << "person:Elvin Mecidov"
                            << "Elvin Mecidov"
                            << "Person"
                            << "Panel: Cooperation against cross-border crime: drug smuggling";
    QTest::newRow("agreement") << "agreement:"
                               << "Cooperation and mutual assistance in the field of customs "
                                  "(bilateral agreements)"
                               << "Agreement"
                               << "more than 50 countries";
    QTest::newRow("country") << "country:AZ"
                             << "Azerbaijan"
                             << "Country"
                             << "Drug smuggling routes and concealment methods";
    QTest::newRow("source") << "source:article" << articleTitle << "Source"
                            << "Published article";
}

void TestDetailPane::everyKind_showsItsTitleAndNoNulls()
{
    QFETCH(QString, record);
    QFETCH(QString, title);
    QFETCH(QString, kindLine);
    QFETCH(QString, contains);

    // Ids that are not fixed by the demo are looked up through the records that cite them.
    const RecordDetailsStore store(m_db);
    const auto ascca = store.agencyDetails(idOf(RecordKind::Agency, "ASCCA"));
    QVERIFY(ascca);
    RecordId id;
    if (record == QLatin1String("person:Elvin Mecidov"))
        id = RecordId::of(RecordKind::Person, ascca->people.constFirst().id);
    else if (record == QLatin1String("agreement:"))
        id = RecordId::of(RecordKind::Agreement, ascca->agreements.constFirst().id);
    else if (record == QLatin1String("source:article"))
        id = RecordId::of(RecordKind::Source, ascca->source.id);
    else if (record.startsWith(QLatin1String("country:")))
        id = *RecordId::fromString(record);
    else if (record.startsWith(QLatin1String("agency:")))
        id = RecordId::of(RecordKind::Agency, idOf(RecordKind::Agency, record.mid(7)));
    else
        id = RecordId::of(RecordKind::Project, idOf(RecordKind::Project, record.mid(8)));
    QVERIFY(id.isValid());

    DetailPane pane;
    pane.setDatabase(&m_db);
    pane.showRecord(id);
    QVERIFY(pane.waitForLoaded());
    QCOMPARE(pane.currentTitle(), title);
    const QString text = pane.plainText();
    QVERIFY2(text.contains(QLatin1Char('\n') + kindLine + QLatin1Char('\n')), qPrintable(text));
    QVERIFY2(text.contains(contains), qPrintable(text));
    for (const char *missing : {"null", "NULL", "undefined", "%1", "%n", "%L"})
        QVERIFY2(!text.contains(QLatin1String(missing)), missing);
}

void TestDetailPane::sampleRecord_isMarkedIllustrative_articleRecordIsNot()
{
    DetailPane pane;
    pane.setDatabase(&m_db);
    pane.showRecord(
        RecordId::of(RecordKind::Agency, idOf(RecordKind::Agency, "Revenue Service of Georgia")));
    QVERIFY(pane.waitForLoaded());
    QCOMPARE(pane.currentTitle(), QStringLiteral("Revenue Service of Georgia"));
    QString text = pane.plainText();
    // Near the top: right under the heading and kind line, before any field.
    const qsizetype notice = text.indexOf(sampleNotice);
    QVERIFY2(notice > 0, qPrintable(text));
    QVERIFY(notice < text.indexOf(QStringLiteral("Country")));
    QVERIFY(text.contains(QStringLiteral("Illustrative sample records of the Liaison demo")));

    pane.showRecord(RecordId::of(RecordKind::Agency, idOf(RecordKind::Agency, "ASCCA")));
    text = pane.plainText();
    QVERIFY(!text.contains(sampleNotice));
    const qsizetype source = text.indexOf(QStringLiteral("\nSource\n"));
    QVERIFY2(source > 0, qPrintable(text));
    QVERIFY(text.indexOf(articleTitle, source) > source);
    QVERIFY(text.indexOf(QStringLiteral("Published article"), source) > source);
}

void TestDetailPane::clickingARecordLink_emitsRecordActivated()
{
    DetailPane pane;
    pane.resize(900, 700);
    pane.setDatabase(&m_db);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QList<RecordId> activated;
    connect(&pane, &DetailPane::recordActivated, this,
            [&activated](const RecordId &record) { activated.append(record); });

    pane.showRecord(RecordId::of(RecordKind::Agency, idOf(RecordKind::Agency, "ASCCA")));
    QVERIFY(pane.waitForLoaded());
    const RecordId topcop = RecordId::of(RecordKind::Project, idOf(RecordKind::Project, "TOPCOP"));
    QVERIFY(clickLink(pane, QStringLiteral("liaison:project/%1").arg(topcop.id)));
    QCOMPARE(activated, QList<RecordId>({topcop}));

    // Country links carry the code; they are the last item on the Warsaw page's
    // attendance line and far down the page.
    pane.showRecord(RecordId::of(RecordKind::Event, 1));
    QVERIFY(pane.waitForLoaded());
    QVERIFY(clickLink(pane, RecordId::country(QStringLiteral("UA")).toUrl().toString()));
    QCOMPARE(activated.size(), 2);
    QCOMPARE(activated.constLast(), RecordId::country(QStringLiteral("UA")));
    // The pane does not navigate by itself: the receiver decides.
    QCOMPARE(pane.currentRecord(), RecordId::of(RecordKind::Event, 1));
}

void TestDetailPane::clickingAWebLink_opensTheSystemBrowserAndStays()
{
    const QString path = m_dir.filePath(QStringLiteral("website.sqlite"));
    QString error;
    QVERIFY2(DemoDatabase::create(path, &error), qPrintable(error));
    Database db;
    QVERIFY2(db.open(path), qPrintable(db.errorString()));
    {
        QSqlQuery query(db.connection());
        QVERIFY(query.prepare(
            QStringLiteral("UPDATE agencies SET website = ? WHERE acronym = 'CEPOL'")));
        query.addBindValue(QStringLiteral("https://www.cepol.europa.eu/"));
        QVERIFY(query.exec());
    }

    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open");
    DetailPane pane;
    pane.resize(900, 700);
    pane.setDatabase(&db);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    int activated = 0;
    connect(&pane, &DetailPane::recordActivated, this, [&activated] { ++activated; });
    const auto cepol = RecordStore(db).findRecord(RecordKey::of(RecordKind::Agency, "CEPOL"));
    QVERIFY(cepol);
    pane.showRecord(RecordId::of(RecordKind::Agency, cepol->id));
    const QString before = pane.plainText();
    QVERIFY(before.contains(QStringLiteral("https://www.cepol.europa.eu/")));

    const bool clicked = clickLink(pane, QStringLiteral("https://www.cepol.europa.eu/"));
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    QVERIFY(clicked);
    QCOMPARE(catcher.urls, QList<QUrl>({QUrl(QStringLiteral("https://www.cepol.europa.eu/"))}));
    QCOMPARE(activated, 0);
    QCOMPARE(pane.plainText(), before);
    QCOMPARE(pane.currentRecord(), RecordId::of(RecordKind::Agency, cepol->id));
}

void TestDetailPane::russianLocale_datesFollowTheLocale()
{
    DetailPane pane;
    pane.setDatabase(&m_db);
    pane.showRecord(RecordId::of(RecordKind::Agency, idOf(RecordKind::Agency, "ASCCA")));
    QVERIFY(pane.plainText().contains(QStringLiteral("April 2021")));

    QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
    QEvent localeChange(QEvent::LocaleChange);
    QCoreApplication::sendEvent(&pane, &localeChange);
    const QString text = pane.plainText();
    QVERIFY2(text.contains(QStringLiteral("TOPCOP — partner, апрель 2021 – 2024")),
             qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("partner, April 2021")));

    // A full date: the seminar in Yerevan, in the Russian long format.
    pane.showRecord(RecordId::country(QStringLiteral("AM")));
    QVERIFY2(pane.plainText().contains(QStringLiteral("13 июня 2023")),
             qPrintable(pane.plainText()));
}

void TestDetailPane::unknownRecord_showsNoLongerExists()
{
    DetailPane pane;
    pane.setDatabase(&m_db);
    pane.showRecord(RecordId::of(RecordKind::Agency, 999999));
    QVERIFY2(pane.plainText().contains(noLongerExists), qPrintable(pane.plainText()));
    QVERIFY(pane.currentTitle().isEmpty());
    pane.showRecord(RecordId::country(QStringLiteral("ZZ")));
    QVERIFY(pane.plainText().contains(noLongerExists));
    QVERIFY(!pane.browser()->accessibleName().isEmpty());
}

void TestDetailPane::deletedRecord_refreshShowsNoLongerExists()
{
    const QString path = m_dir.filePath(QStringLiteral("delete.sqlite"));
    QString error;
    QVERIFY2(DemoDatabase::create(path, &error), qPrintable(error));
    Database db;
    QVERIFY2(db.open(path), qPrintable(db.errorString()));
    DetailPane pane;
    pane.setDatabase(&db);
    const RecordId warsaw = RecordId::of(RecordKind::Event, 1);
    pane.showRecord(warsaw);
    QVERIFY(pane.waitForLoaded());
    QCOMPARE(pane.currentTitle(), warsawTitle);
    {
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("DELETE FROM events WHERE id = 1")));
    }
    pane.refresh();
    QVERIFY2(pane.plainText().contains(noLongerExists), qPrintable(pane.plainText()));
    QVERIFY(pane.currentTitle().isEmpty());
    QCOMPARE(pane.currentRecord(), warsaw);
}

void TestDetailPane::longList_showsItsFirstItems_andAllOnRequest()
{
    // A project with 250 events, in a copy of the demo.
    const QString path = m_dir.filePath(QStringLiteral("long.sqlite"));
    QVERIFY(QFile::copy(m_demo, path));
    Database db;
    QVERIFY2(db.open(path), qPrintable(db.errorString()));
    const qint64 topcop = idOf(RecordKind::Project, "TOPCOP");
    QVERIFY(db.beginWrite());
    QSqlQuery insert(db.connection());
    insert.prepare(QStringLiteral("INSERT INTO events (title, kind, start_date, project_id, "
                                  "source_id) SELECT ?, 'course', '2024-05-06', ?, min(id) FROM "
                                  "sources"));
    for (int i = 1; i <= 250; ++i) {
        insert.addBindValue(QStringLiteral("Long course %1").arg(i, 3, 10, QLatin1Char('0')));
        insert.addBindValue(topcop);
        QVERIFY(insert.exec());
    }
    QVERIFY(db.commit());

    DetailPane pane;
    pane.resize(900, 700);
    pane.setDatabase(&db);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.showRecord(RecordId::of(RecordKind::Project, topcop));
    QVERIFY(pane.waitForLoaded());
    QString text = pane.plainText();
    const qsizetype events = text.count(QStringLiteral("Long course "));
    QVERIFY2(events > 0 && events < 250, qPrintable(QString::number(events)));
    QVERIFY2(text.contains(QStringLiteral("are shown.")), qPrintable(text.right(400)));
    QVERIFY(clickLink(pane, QStringLiteral("liaison-show-all:")));
    text = pane.plainText();
    QCOMPARE(text.count(QStringLiteral("Long course ")), 250);
    QVERIFY(!text.contains(QStringLiteral("are shown.")));
    // Another record starts short again.
    pane.showRecord(RecordId::of(RecordKind::Agency, idOf(RecordKind::Agency, "ASCCA")));
    QVERIFY(pane.waitForLoaded());
    pane.showRecord(RecordId::of(RecordKind::Project, topcop));
    QVERIFY(pane.waitForLoaded());
    QVERIFY(pane.plainText().contains(QStringLiteral("are shown.")));
}

QTEST_MAIN(TestDetailPane)
#include "tst_detailpane.moc"
