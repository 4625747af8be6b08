// SPDX-License-Identifier: GPL-3.0-or-later
#include "applicationidentity.h"
#include "chartexporter.h"
#include "chartfactory.h"
#include "chartpane.h"
#include "database.h"
#include "demodatabase.h"
#include "detailpane.h"
#include "mainwindow.h"
#include "recordid.h"
#include "translations.h"

#include <QBarLegendMarker>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFileInfo>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QPieLegendMarker>
#include <QPieSeries>
#include <QPieSlice>
#include <QSettings>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QToolTip>

using namespace liaison;

namespace {

const StatsScope Ascca(StatsScope::Type::Agency, 1);
const StatsScope Cepol(StatsScope::Type::Agency, 3);

template<typename Series>
Series *onlySeries(QChart *chart)
{
    if (!chart || chart->series().size() != 1)
        return nullptr;
    return qobject_cast<Series *>(chart->series().constFirst());
}

QBarSet *setLabelled(QAbstractBarSeries *series, const QString &label)
{
    if (!series)
        return nullptr;
    const auto sets = series->barSets();
    for (QBarSet *set : sets) {
        if (set->label() == label)
            return set;
    }
    return nullptr;
}

QList<qreal> valuesOf(const QBarSet *set)
{
    QList<qreal> values;
    for (int i = 0; i < set->count(); ++i)
        values.append(set->at(i));
    return values;
}

// Both panes read on worker threads; the chart takes its name from the page.
bool panesLoaded(MainWindow &window)
{
    return window.findChild<DetailPane *>(QStringLiteral("detailPane"))->waitForLoaded()
        && window.findChild<ChartPane *>(QStringLiteral("chartPane"))->waitForLoaded();
}

qreal sum(const QList<qreal> &values)
{
    qreal total = 0;
    for (qreal value : values)
        total += value;
    return total;
}

} // namespace

class TestChartPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void ascca_byYear_showsTopcop154_titleNamesRecordAndPeriod();
    void picker_rebuildsTheChartForEveryKind();
    void picker_choiceIsRememberedByTheNextPane();
    void cepol_showsTheEmptyState_andDisablesExportAndCopy();
    void recordWithoutParticipation_andNoRecordBase_sayWhy();
    void legendClick_hidesABarSet_secondClickRestoresIt();
    void legendClick_onADonut_hidesASlice_andRestoresIt();
    void hoveringABar_showsItsNumberInATooltip();
    void exportAndCopyButtons_emitTheirRequests();
    void mainWindow_chartsTheRecordNavigatedTo();

private:
    QTemporaryDir m_dir;
    QString m_demo;
    Database m_db;
};

void TestChartPane::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    ApplicationIdentity::apply();
    QSettings().clear();
    QCOMPARE(Translations::install(QStringLiteral("en")), QStringLiteral("en"));
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QString error;
    QVERIFY2(DemoDatabase::create(m_demo, &error), qPrintable(error));
    QVERIFY2(m_db.open(m_demo, Database::OpenMode::ReadOnly), qPrintable(m_db.errorString()));
}

void TestChartPane::init()
{
    // Every test starts from the by-year chart.
    QSettings().remove(QStringLiteral("charts"));
}

void TestChartPane::ascca_byYear_showsTopcop154_titleNamesRecordAndPeriod()
{
    ChartPane pane;
    QCOMPARE(pane.chartKind(), ChartKind::ByYear);
    pane.setDatabase(&m_db);
    pane.setScope(Ascca, QStringLiteral("ASCCA"));
    QVERIFY(pane.waitForLoaded());
    QVERIFY(pane.hasChart());
    QCOMPARE(pane.recordName(), QStringLiteral("ASCCA"));
    QVERIFY(pane.chartData().has_value());
    QCOMPARE(pane.chartData()->total, 286);

    QChart *chart = pane.chart();
    QVERIFY(chart);
    QVERIFY2(chart->title().contains(QLatin1String("ASCCA")), qPrintable(chart->title()));
    QCOMPARE(ChartFactory::period(*pane.chartData()), QStringLiteral("2021–2024"));
    QVERIFY2(chart->title().contains(QStringLiteral("2021–2024")), qPrintable(chart->title()));

    auto *series = onlySeries<QStackedBarSeries>(chart);
    QVERIFY(series);
    QBarSet *topcop = setLabelled(series, QStringLiteral("TOPCOP"));
    QVERIFY(topcop);
    QCOMPARE(sum(valuesOf(topcop)), 154.0);
    // Events outside projects have a stack of their own.
    QBarSet *outside = setLabelled(series, QStringLiteral("Outside projects"));
    QVERIFY(outside);
    QCOMPARE(sum(valuesOf(outside)), 35.0);
    qreal all = 0;
    for (QBarSet *set : series->barSets())
        all += sum(valuesOf(set));
    QCOMPARE(all, 286.0);
    // One bar per year, undated last.
    QCOMPARE(topcop->count(), 5);
    QCOMPARE(topcop->at(4), 2.0);
}

void TestChartPane::picker_rebuildsTheChartForEveryKind()
{
    ChartPane pane;
    pane.setDatabase(&m_db);
    pane.setScope(Ascca, QStringLiteral("ASCCA"));
    QVERIFY(pane.waitForLoaded());
    auto *picker = pane.findChild<QComboBox *>(QStringLiteral("chartPicker"));
    QVERIFY(picker);
    QCOMPARE(picker->count(), int(allChartKinds().size()));
    QCOMPARE(picker->currentIndex(), 0);

    // Walk backwards so every step changes the chart, ending on by-year.
    for (int index = picker->count() - 1; index >= 0; --index) {
        const QChart *before = pane.chart();
        picker->setCurrentIndex(index);
        QVERIFY(pane.waitForLoaded());
        const ChartKind kind = allChartKinds().at(index);
        QCOMPARE(pane.chartKind(), kind);
        QVERIFY(pane.hasChart());
        QCOMPARE(pane.chartData()->kind, kind);
        QCOMPARE(pane.chartData()->total, 286);
        QChart *chart = pane.chart();
        QVERIFY(chart);
        QVERIFY2(chart != before, qPrintable(chartKindName(kind)));
        QVERIFY(chart->title().contains(QLatin1String("ASCCA")));
        QCOMPARE(picker->itemText(index), ChartFactory::chartName(kind));
        switch (kind) {
        case ChartKind::ByYear:
            QVERIFY(onlySeries<QStackedBarSeries>(chart));
            break;
        case ChartKind::ByKind: {
            auto *pie = onlySeries<QPieSeries>(chart);
            QVERIFY(pie);
            QVERIFY(pie->holeSize() > 0);
            QCOMPARE(pie->count(), 7);
            QCOMPARE(pie->sum(), 286.0);
            break;
        }
        case ChartKind::ByAgency:
        case ChartKind::ByCountry: {
            auto *bars = onlySeries<QHorizontalBarSeries>(chart);
            QVERIFY(bars);
            QCOMPARE(bars->count(), 1);
            // ASCCA is one agency in one country.
            QCOMPARE(valuesOf(bars->barSets().constFirst()), QList<qreal>({286.0}));
            break;
        }
        case ChartKind::Cumulative: {
            auto *line = onlySeries<QLineSeries>(chart);
            QVERIFY(line);
            QVERIFY(line->count() > 1);
            QCOMPARE(line->at(line->count() - 1).y(), 284.0);
            break;
        }
        }
    }
}

void TestChartPane::picker_choiceIsRememberedByTheNextPane()
{
    {
        ChartPane pane;
        pane.setDatabase(&m_db);
        pane.findChild<QComboBox *>(QStringLiteral("chartPicker"))
            ->setCurrentIndex(int(allChartKinds().indexOf(ChartKind::ByCountry)));
        QCOMPARE(pane.chartKind(), ChartKind::ByCountry);
    }
    ChartPane next;
    QCOMPARE(next.chartKind(), ChartKind::ByCountry);
    QCOMPARE(next.findChild<QComboBox *>(QStringLiteral("chartPicker"))->currentIndex(),
             int(allChartKinds().indexOf(ChartKind::ByCountry)));
    next.setDatabase(&m_db);
    QVERIFY(next.waitForLoaded());
    // setDatabase charts the whole record base.
    QVERIFY(next.hasChart());
    QCOMPARE(next.chartData()->total, 891);
    QVERIFY(onlySeries<QHorizontalBarSeries>(next.chart()));
}

void TestChartPane::cepol_showsTheEmptyState_andDisablesExportAndCopy()
{
    ChartPane pane;
    pane.resize(640, 480);
    pane.setDatabase(&m_db);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    auto *empty = pane.findChild<QLabel *>(QStringLiteral("chartEmptyState"));
    auto *exportButton = pane.findChild<QToolButton *>(QStringLiteral("exportChartButton"));
    auto *copyButton = pane.findChild<QToolButton *>(QStringLiteral("copyChartButton"));
    QVERIFY(empty && exportButton && copyButton);

    pane.setScope(Ascca, QStringLiteral("ASCCA"));
    QVERIFY(pane.waitForLoaded());
    QVERIFY(pane.hasChart());
    QVERIFY(pane.view()->isVisible());
    QVERIFY(!empty->isVisible());
    QVERIFY(exportButton->isEnabled());
    QVERIFY(copyButton->isEnabled());

    pane.setScope(Cepol, QStringLiteral("CEPOL"));
    QVERIFY(pane.waitForLoaded());
    QVERIFY(!pane.hasChart());
    QVERIFY(pane.chartData().has_value());
    QVERIFY(pane.chartData()->isEmpty());
    QCOMPARE(empty->text(), QStringLiteral("No training participation recorded for CEPOL"));
    QCOMPARE(pane.emptyText(), empty->text());
    QVERIFY(empty->isVisible());
    QVERIFY(!pane.view()->isVisible());
    QVERIFY(!exportButton->isEnabled());
    QVERIFY(!copyButton->isEnabled());

    // Every kind of chart is empty for CEPOL.
    for (ChartKind kind : allChartKinds()) {
        pane.setChartKind(kind);
        QVERIFY(pane.waitForLoaded());
        QVERIFY(!pane.hasChart());
        QVERIFY(empty->isVisible());
    }
    pane.setChartKind(ChartKind::ByYear);

    // And back.
    pane.setScope(Ascca, QStringLiteral("ASCCA"));
    QVERIFY(pane.waitForLoaded());
    QVERIFY(pane.view()->isVisible());
    QVERIFY(!empty->isVisible());
    QVERIFY(exportButton->isEnabled());
    const QImage image = pane.grabImage();
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 320);
}

void TestChartPane::recordWithoutParticipation_andNoRecordBase_sayWhy()
{
    ChartPane pane;
    QVERIFY(!pane.hasChart());
    QCOMPARE(pane.emptyText(), QStringLiteral("No record base open"));
    pane.setDatabase(&m_db);
    pane.setScope(std::nullopt, QStringLiteral("Ilgar Mammadov"));
    // Nothing to read: the sentence is there at once.
    QVERIFY(!pane.isLoading());
    QVERIFY(!pane.hasChart());
    QVERIFY(!pane.chartData().has_value());
    QCOMPARE(pane.emptyText(),
             QStringLiteral("Ilgar Mammadov has no training participation of its own."));
    pane.setDatabase(nullptr);
    QCOMPARE(pane.emptyText(), QStringLiteral("No record base open"));
}

void TestChartPane::legendClick_hidesABarSet_secondClickRestoresIt()
{
    ChartPane pane;
    pane.setDatabase(&m_db);
    pane.setScope(Ascca, QStringLiteral("ASCCA"));
    QVERIFY(pane.waitForLoaded());
    auto *series = onlySeries<QStackedBarSeries>(pane.chart());
    QVERIFY(series);
    QBarSet *topcop = setLabelled(series, QStringLiteral("TOPCOP"));
    QVERIFY(topcop);
    const QList<qreal> original = valuesOf(topcop);
    QCOMPARE(sum(original), 154.0);

    QBarLegendMarker *marker = nullptr;
    const auto markers = pane.chart()->legend()->markers(series);
    for (QLegendMarker *each : markers) {
        auto *barMarker = qobject_cast<QBarLegendMarker *>(each);
        if (barMarker && barMarker->barset() == topcop)
            marker = barMarker;
    }
    QVERIFY(marker);
    QCOMPARE(marker->label(), QStringLiteral("TOPCOP"));
    QVERIFY(!marker->font().strikeOut());

    emit marker->clicked();
    QCOMPARE(valuesOf(topcop), QList<qreal>(original.size(), 0.0));
    QVERIFY(marker->font().strikeOut());
    QVERIFY(marker->isVisible());
    // The other stacks stay.
    QCOMPARE(sum(valuesOf(setLabelled(series, QStringLiteral("Outside projects")))), 35.0);

    emit marker->clicked();
    QCOMPARE(valuesOf(topcop), original);
    QVERIFY(!marker->font().strikeOut());
}

void TestChartPane::legendClick_onADonut_hidesASlice_andRestoresIt()
{
    ChartPane pane;
    pane.setDatabase(&m_db);
    pane.setChartKind(ChartKind::ByKind);
    pane.setScope(Ascca, QStringLiteral("ASCCA"));
    QVERIFY(pane.waitForLoaded());
    auto *pie = onlySeries<QPieSeries>(pane.chart());
    QVERIFY(pie);
    QCOMPARE(pie->sum(), 286.0);
    const auto markers = pane.chart()->legend()->markers(pie);
    QCOMPARE(markers.size(), 7);
    QPieLegendMarker *webinars = nullptr;
    for (QLegendMarker *each : markers) {
        if (each->label() == QLatin1String("Webinar"))
            webinars = qobject_cast<QPieLegendMarker *>(each);
    }
    QVERIFY(webinars);
    QCOMPARE(webinars->slice()->value(), 120.0);

    emit webinars->clicked();
    QCOMPARE(webinars->slice()->value(), 0.0);
    QCOMPARE(pie->sum(), 166.0);
    QVERIFY(!webinars->slice()->isLabelVisible());

    emit webinars->clicked();
    QCOMPARE(webinars->slice()->value(), 120.0);
    QCOMPARE(pie->sum(), 286.0);
    QVERIFY(webinars->slice()->isLabelVisible());
}

void TestChartPane::hoveringABar_showsItsNumberInATooltip()
{
    ChartPane pane;
    pane.resize(640, 480);
    pane.setDatabase(&m_db);
    pane.setScope(Ascca, QStringLiteral("ASCCA"));
    QVERIFY(pane.waitForLoaded());
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QBarSet *topcop =
        setLabelled(onlySeries<QStackedBarSeries>(pane.chart()), QStringLiteral("TOPCOP"));
    QVERIFY(topcop);
    // 2023: the year of ASCCA's largest TOPCOP turnout.
    const int index = int(pane.chartData()->categories.indexOf(QStringLiteral("2023")));
    QVERIFY(index >= 0);
    const qint64 expected = qint64(topcop->at(index));
    QVERIFY(expected > 0);

    emit topcop->hovered(true, index);
    QTRY_VERIFY(QToolTip::isVisible());
    const QString tip = QToolTip::text();
    QVERIFY2(tip.contains(QString::number(expected)), qPrintable(tip));
    QVERIFY2(tip.contains(QLatin1String("TOPCOP")), qPrintable(tip));
    QVERIFY2(tip.contains(QLatin1String("2023")), qPrintable(tip));
    QVERIFY2(tip.contains(QLatin1String("participants")), qPrintable(tip));

    emit topcop->hovered(false, index);
    QTRY_VERIFY(!QToolTip::isVisible());
}

void TestChartPane::exportAndCopyButtons_emitTheirRequests()
{
    ChartPane pane;
    pane.setDatabase(&m_db);
    pane.setScope(Ascca, QStringLiteral("ASCCA"));
    QVERIFY(pane.waitForLoaded());
    int exports = 0;
    int copies = 0;
    connect(&pane, &ChartPane::exportRequested, this, [&exports] { ++exports; });
    connect(&pane, &ChartPane::copyRequested, this, [&copies] { ++copies; });
    pane.findChild<QToolButton *>(QStringLiteral("exportChartButton"))->click();
    QCOMPARE(exports, 1);
    QCOMPARE(copies, 0);
    pane.findChild<QToolButton *>(QStringLiteral("copyChartButton"))->click();
    QCOMPARE(copies, 1);
    QCOMPARE(exports, 1);
}

void TestChartPane::mainWindow_chartsTheRecordNavigatedTo()
{
    QSettings().remove(QStringLiteral("session"));
    MainWindow window;
    QVERIFY2(window.openRecordBase(m_demo), qPrintable(window.errorString()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *pane = window.findChild<ChartPane *>(QStringLiteral("chartPane"));
    QVERIFY(pane);

    window.navigateTo(RecordId::of(RecordKind::Agency, 1));
    QVERIFY(panesLoaded(window));
    QVERIFY(pane->hasChart());
    QVERIFY2(pane->recordName().contains(QLatin1String("ASCCA")), qPrintable(pane->recordName()));
    QCOMPARE(pane->chartData()->total, 286);
    QVERIFY2(pane->chart()->title().contains(QLatin1String("ASCCA")),
             qPrintable(pane->chart()->title()));
    QBarSet *topcop =
        setLabelled(onlySeries<QStackedBarSeries>(pane->chart()), QStringLiteral("TOPCOP"));
    QVERIFY(topcop);
    QCOMPARE(sum(valuesOf(topcop)), 154.0);

    // The pane's chart, exported as the window does.
    const QString path = m_dir.filePath(QStringLiteral("window-ascca.png"));
    QString error;
    QVERIFY2(ChartExporter::write(*pane->chartData(), pane->recordName(), path, QSize(640, 360),
                                  1.0, &error),
             qPrintable(error));
    QCOMPARE(QImage(path).size(), QSize(640, 360));

    // A country charts its agencies.
    window.navigateTo(RecordId::country(QStringLiteral("AZ")));
    QVERIFY(panesLoaded(window));
    QVERIFY(pane->hasChart());
    QCOMPARE(pane->chartData()->total, 286);

    // CEPOL: the sentence instead of a chart.
    window.navigateTo(RecordId::of(RecordKind::Agency, 3));
    QVERIFY(panesLoaded(window));
    QVERIFY(!pane->hasChart());
    QVERIFY2(pane->emptyText().startsWith(QLatin1String("No training participation recorded for")),
             qPrintable(pane->emptyText()));
    QVERIFY2(pane->emptyText().contains(QLatin1String("CEPOL")), qPrintable(pane->emptyText()));

    // Home charts the whole record base.
    window.navigateTo(RecordId());
    QVERIFY(panesLoaded(window));
    QVERIFY(pane->hasChart());
    QCOMPARE(pane->chartData()->total, 891);
    QCOMPARE(pane->recordName(), QStringLiteral("All records"));
    QVERIFY2(pane->chart()->title().contains(QLatin1String("All records")),
             qPrintable(pane->chart()->title()));
    const QString all = m_dir.filePath(QStringLiteral("window-all.svg"));
    QVERIFY2(ChartExporter::write(*pane->chartData(), pane->recordName(), all, QSize(640, 360), 1.0,
                                  &error),
             qPrintable(error));
    QVERIFY(QFileInfo(all).size() > 1000);
}

QTEST_MAIN(TestChartPane)
#include "tst_chartpane.moc"
