// SPDX-License-Identifier: GPL-3.0-or-later
// Runs every function on the demo record base of each engine.
#include "database.h"
#include "demodatabase.h"
#include "demoonengines.h"
#include "recordtreemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace liaison;
using namespace liaison::testing;

namespace {

QStringList childNames(const QAbstractItemModel &model, const QModelIndex &parent)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(parent); ++row)
        names.append(model.index(row, 0, parent).data().toString());
    return names;
}

QModelIndex childNamed(RecordTreeModel &model, const QModelIndex &parent, const QString &name)
{
    while (model.canFetchMore(parent))
        model.fetchMore(parent);
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (index.data().toString() == name)
            return index;
    }
    return {};
}

} // namespace

class TestRecordTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void init();
    void modelTester_acceptsTheWholeDemoTree();
    void topLevel_hasTwoBranchesAndNothingLoaded();
    void agencies_groupsThenCountriesByName();
    void ascca_subAgencyProjectsWithRolesAndPeople();
    void topcop_participantsWithRolesThenEventsByDate();
    void indexOf_revealsTheCanonicalPlace();
    void largeBranch_isFetchedInPages();
    void retranslate_keepsPersistentIndexes();

private:
    QTemporaryDir m_dir;
    DemoOnEngines m_demo;
};

void TestRecordTreeModel::initTestCase_data()
{
    DemoOnEngines::addEngineRows();
}

void TestRecordTreeModel::init()
{
    LIAISON_OPEN_DEMO_ON_ENGINE(m_demo);
}

void TestRecordTreeModel::modelTester_acceptsTheWholeDemoTree()
{
    RecordTreeModel model;
    model.setDatabase(&m_demo.db());
    // The tester is attached after the reset: Qt 6.4's tester fetches more
    // while it still considers the reset in flight and then reports its own
    // fetch as an insertion during a reset.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Expand everything, page by page, under the tester's eye.
    QList<QModelIndex> pending {QModelIndex()};
    int nodes = 0;
    while (!pending.isEmpty()) {
        const QModelIndex parent = pending.takeLast();
        while (model.canFetchMore(parent))
            model.fetchMore(parent);
        for (int row = 0; row < model.rowCount(parent); ++row) {
            ++nodes;
            pending.append(model.index(row, 0, parent));
        }
    }
    QVERIFY(nodes > 100);
    model.setDatabase(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestRecordTreeModel::topLevel_hasTwoBranchesAndNothingLoaded()
{
    RecordTreeModel model;
    model.setDatabase(&m_demo.db());
    QCOMPARE(childNames(model, {}),
             QStringList({QStringLiteral("Agencies"), QStringLiteral("Projects and programmes")}));
    const QModelIndex agencies = model.index(0, 0);
    QCOMPARE(model.rowCount(agencies), 0);
    QVERIFY(model.hasChildren(agencies));
    QVERIFY(model.canFetchMore(agencies));
    QCOMPARE(model.headerData(RecordTreeModel::ParticipantsColumn, Qt::Horizontal).toString(),
             QStringLiteral("Participants"));
}

void TestRecordTreeModel::agencies_groupsThenCountriesByName()
{
    RecordTreeModel model;
    model.setDatabase(&m_demo.db());
    const QModelIndex agencies = model.index(0, 0);
    model.fetchMore(agencies);
    QCOMPARE(childNames(model, agencies),
             QStringList({QStringLiteral("International organisations"),
                          QStringLiteral("EU agencies and bodies"), QStringLiteral("Armenia"),
                          QStringLiteral("Azerbaijan"), QStringLiteral("Georgia"),
                          QStringLiteral("Moldova"), QStringLiteral("Poland"),
                          QStringLiteral("Ukraine")}));
    const QModelIndex azerbaijan = childNamed(model, agencies, QStringLiteral("Azerbaijan"));
    // A country's count sums much of a large record base: it follows the row,
    // from a worker thread, with dataChanged.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.waitForCounts());
    QVERIFY(!changed.isEmpty());
    QCOMPARE(changed.constLast().at(0).value<QModelIndex>().column(),
             int(RecordTreeModel::ParticipantsColumn));
    QCOMPARE(azerbaijan.siblingAtColumn(RecordTreeModel::ParticipantsColumn).data().toString(),
             QStringLiteral("286"));
    QCOMPARE(model.recordAt(azerbaijan), RecordId::country(QStringLiteral("AZ")));
    // A country's own agreements follow its agencies.
    model.fetchMore(azerbaijan);
    QCOMPARE(childNames(model, azerbaijan),
             QStringList(
                 {QStringLiteral("ASCCA — State Customs Committee of the Republic of Azerbaijan"),
                  QStringLiteral("Cooperation and mutual assistance in the field of customs "
                                 "(bilateral agreements)")}));
    const QModelIndex international = model.index(0, 0, agencies);
    QCOMPARE(childNames(model, international), QStringList());
    model.fetchMore(international);
    // INCB sits under UNODC, not at the top of the group.
    QCOMPARE(childNames(model, international),
             QStringList({QStringLiteral("UNODC — United Nations Office on Drugs and Crime"),
                          QStringLiteral("WCO — World Customs Organization")}));
}

void TestRecordTreeModel::ascca_subAgencyProjectsWithRolesAndPeople()
{
    RecordTreeModel model;
    model.setDatabase(&m_demo.db());
    const QModelIndex ascca = model.indexOf(RecordId::of(RecordKind::Agency, 1));
    QVERIFY(ascca.isValid());
    QCOMPARE(ascca.data().toString(),
             QStringLiteral("ASCCA — State Customs Committee of the Republic of Azerbaijan"));
    QCOMPARE(ascca.siblingAtColumn(RecordTreeModel::ParticipantsColumn).data().toString(),
             QStringLiteral("286"));
    model.fetchMore(ascca);
    QStringList rows;
    for (int row = 0; row < model.rowCount(ascca); ++row) {
        const QModelIndex index = model.index(row, 0, ascca);
        rows.append(index.data().toString() + QStringLiteral(" | ")
                    + index.siblingAtColumn(RecordTreeModel::DetailColumn).data().toString()
                    + QStringLiteral(" | ")
                    + index.siblingAtColumn(RecordTreeModel::ParticipantsColumn).data().toString());
    }
    QCOMPARE(rows,
             QStringList({
                 QStringLiteral("Customs Academy |  | "),
                 QStringLiteral("CEN — Customs Enforcement Network | member | "),
                 QStringLiteral("DPD — Drug Precursor Detection | beneficiary | 47"),
                 QStringLiteral("PICS — Precursor Incident Communication System | member | "),
                 QStringLiteral("RMT — Customs Risk Management Training | beneficiary | 45"),
                 QStringLiteral("TOPCOP — Training and Operational Partnership against "
                                "Organized Crime | partner | 154"),
                 QStringLiteral("Elvin Mecidov | Coordinator of international cooperation and "
                                "projects of ASCCA; Coordinator of Capacity Building in the "
                                "TOPCOP project | "),
                 QStringLiteral("Mehriban Asgarova | Chief investigator of the General "
                                "Directorate of Operational Investigation Unit | "),
             }));
    // Projects under an agency are links, not copies of the project's subtree.
    QVERIFY(!model.hasChildren(model.index(5, 0, ascca)));
}

void TestRecordTreeModel::topcop_participantsWithRolesThenEventsByDate()
{
    RecordTreeModel model;
    model.setDatabase(&m_demo.db());
    const QModelIndex topcop = model.indexOf(RecordId::of(RecordKind::Project, 1));
    QVERIFY(topcop.isValid());
    QVERIFY(model.waitForCounts()); // a top-level project's count comes from a worker
    QCOMPARE(topcop.siblingAtColumn(RecordTreeModel::ParticipantsColumn).data().toString(),
             QStringLiteral("524"));
    model.fetchMore(topcop);
    QStringList agencies;
    QStringList events;
    for (int row = 0; row < model.rowCount(topcop); ++row) {
        const QModelIndex index = model.index(row, 0, topcop);
        const RecordId record = model.recordAt(index);
        if (record.kind == RecordKind::Agency)
            agencies.append(
                index.data().toString().section(QStringLiteral(" — "), 0, 0) + QLatin1Char(':')
                + index.siblingAtColumn(RecordTreeModel::DetailColumn).data().toString());
        else if (record.kind == RecordKind::Event)
            events.append(index.siblingAtColumn(RecordTreeModel::DetailColumn).data().toString());
    }
    QVERIFY2(agencies.contains(QStringLiteral("CEPOL:implementing")),
             qPrintable(agencies.join(u',')));
    QVERIFY(agencies.contains(QStringLiteral("Europol:implementing")));
    QVERIFY(agencies.contains(QStringLiteral("ASCCA:partner")));
    QCOMPARE(events.size(), 15);
    QCOMPARE(events.first(), QStringLiteral("18 May 2021"));
    QCOMPARE(events.at(events.size() - 2), QStringLiteral("26 November 2024"));
    QCOMPARE(events.last(), QString()); // the undated Warsaw seminar comes last
}

void TestRecordTreeModel::indexOf_revealsTheCanonicalPlace()
{
    RecordTreeModel model;
    model.setDatabase(&m_demo.db());
    QSqlQuery query(m_demo.db().connection());
    QVERIFY(query.exec(QStringLiteral("SELECT id FROM people WHERE full_name = 'Elvin Mecidov'"))
            && query.next());
    const QModelIndex person =
        model.indexOf(RecordId::of(RecordKind::Person, query.value(0).toLongLong()));
    QVERIFY(person.isValid());
    QCOMPARE(person.data().toString(), QStringLiteral("Elvin Mecidov"));
    QCOMPARE(person.parent().data().toString().left(5), QStringLiteral("ASCCA"));
    QCOMPARE(person.parent().parent().data().toString(), QStringLiteral("Azerbaijan"));
    QCOMPARE(person.parent().parent().parent().data().toString(), QStringLiteral("Agencies"));

    const QModelIndex warsaw = model.indexOf(RecordId::of(RecordKind::Event, 1));
    QVERIFY(warsaw.isValid());
    QCOMPARE(warsaw.parent().data().toString().left(6), QStringLiteral("TOPCOP"));

    const QModelIndex academy = model.indexOf(RecordId::of(RecordKind::Agency, 2));
    QCOMPARE(academy.data().toString(), QStringLiteral("Customs Academy"));
    QCOMPARE(academy.parent().data().toString().left(5), QStringLiteral("ASCCA"));

    const QModelIndex rmt = model.indexOf(RecordId::of(RecordKind::Project, 6));
    QCOMPARE(rmt.parent().data().toString().left(7), QStringLiteral("EaP-CCP"));

    QVERIFY(!model.indexOf(RecordId::of(RecordKind::Source, 1)).isValid());
    QVERIFY(!model.indexOf(RecordId::of(RecordKind::Agency, 9999)).isValid());
}

void TestRecordTreeModel::largeBranch_isFetchedInPages()
{
    std::unique_ptr<PostgresTestDatabase> server;
    DatabaseLocation location =
        DatabaseLocation::sqliteFile(m_dir.filePath(QStringLiteral("large.sqlite")));
    if (m_demo.isPostgres()) {
        server = std::make_unique<PostgresTestDatabase>();
        QVERIFY2(server->isValid(), qPrintable(server->errorString()));
        location = server->location();
    }
    QString error;
    QVERIFY2(DemoDatabase::create(location, &error), qPrintable(error));
    Database db;
    QVERIFY(db.open(location));
    const QString number = m_demo.isPostgres() ? QStringLiteral("lpad(CAST(i AS TEXT), 4, '0')")
                                               : QStringLiteral("printf('%04d', i)");
    QVERIFY2(
        db.exec(
            QStringLiteral(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1200) "
                "INSERT INTO agencies (name, kind, country_code, source_id) "
                "SELECT 'Border Office ' || %1, 'national_agency', 'FR', 2 FROM n")
                .arg(number)),
        qPrintable(db.errorString()));
    RecordTreeModel model;
    model.setDatabase(&db);
    const QModelIndex france = model.indexOf(RecordId::country(QStringLiteral("FR")));
    QVERIFY(france.isValid());
    QCOMPARE(model.rowCount(france), 0);
    model.fetchMore(france);
    QCOMPARE(model.rowCount(france), RecordTreeModel::PageSize);
    QVERIFY(model.canFetchMore(france));
    QCOMPARE(model.index(0, 0, france).data().toString(), QStringLiteral("Border Office 0001"));

    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT id FROM agencies WHERE name = 'Border Office 1100'"))
            && query.next());
    const QModelIndex late =
        model.indexOf(RecordId::of(RecordKind::Agency, query.value(0).toLongLong()));
    QVERIFY(late.isValid());
    QCOMPARE(late.row(), 1099);
    // Three pages were read to reach row 1099; the third was the last.
    QCOMPARE(model.rowCount(france), 1200);
    QVERIFY(!model.canFetchMore(france));
}

void TestRecordTreeModel::retranslate_keepsPersistentIndexes()
{
    RecordTreeModel model;
    model.setDatabase(&m_demo.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QPersistentModelIndex georgia = model.indexOf(RecordId::country(QStringLiteral("GE")));
    QVERIFY(georgia.isValid());
    model.retranslate();
    QVERIFY(georgia.isValid());
    QCOMPARE(model.recordAt(georgia), RecordId::country(QStringLiteral("GE")));
    QCOMPARE(georgia.data().toString(), QStringLiteral("Georgia"));
}

QTEST_MAIN(TestRecordTreeModel)
#include "tst_recordtreemodel.moc"
