// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartpane.h"

#include "backgroundloader.h"
#include "busyindicator.h"
#include "chartfactory.h"
#include "database.h"
#include "participationstats.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace liaison {

namespace {

const QString chartKindKey = QStringLiteral("charts/kind");

// What the worker hands back: the chart's numbers, or why they could not be read.
struct ChartResult
{
    std::optional<ChartData> data;
    QString error;
};

} // namespace

ChartPane::ChartPane(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *bar = new QHBoxLayout;
    m_pickerLabel = new QLabel(this);
    m_picker = new QComboBox(this);
    m_picker->setObjectName(QStringLiteral("chartPicker"));
    for (ChartKind kind : allChartKinds())
        m_picker->addItem(QString(), chartKindName(kind));
    m_pickerLabel->setBuddy(m_picker);
    m_exportButton = new QToolButton(this);
    m_exportButton->setObjectName(QStringLiteral("exportChartButton"));
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_copyButton = new QToolButton(this);
    m_copyButton->setObjectName(QStringLiteral("copyChartButton"));
    m_copyButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addWidget(m_pickerLabel);
    bar->addWidget(m_picker);
    bar->addStretch(1);
    bar->addWidget(m_copyButton);
    bar->addWidget(m_exportButton);
    layout->addLayout(bar);

    m_stack = new QStackedWidget(this);
    m_view = new QChartView(m_stack);
    m_view->setObjectName(QStringLiteral("chartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(320, 220);
    m_empty = new QLabel(m_stack);
    m_empty->setObjectName(QStringLiteral("chartEmptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);
    m_busy = new BusyIndicator(m_stack);
    m_busy->setObjectName(QStringLiteral("chartBusyIndicator"));
    m_loader = new BackgroundLoader(this);
    connect(m_loader, &BackgroundLoader::loadingChanged, m_busy, &BusyIndicator::setBusy);

    const auto saved = chartKindFromName(QSettings().value(chartKindKey).toString());
    m_kind = saved.value_or(ChartKind::ByYear);
    m_picker->setCurrentIndex(int(allChartKinds().indexOf(m_kind)));
    connect(m_picker, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (const auto kind = chartKindFromName(m_picker->itemData(index).toString()))
            setChartKind(*kind);
    });
    connect(m_exportButton, &QToolButton::clicked, this, &ChartPane::exportRequested);
    connect(m_copyButton, &QToolButton::clicked, this, &ChartPane::copyRequested);
    retranslateUi();
}

void ChartPane::setDatabase(const Database *db)
{
    m_database = db;
    // The worker's connection follows: closed now, opened on the next load.
    m_loader->closeConnection();
    m_scope = StatsScope();
    m_name = tr("All records");
    // Nothing of the previous record base stays on screen.
    m_data.reset();
    m_problem.clear();
    m_shownName = m_name;
    present();
    refresh();
}

void ChartPane::setScope(const std::optional<StatsScope> &scope, const QString &name)
{
    // The same scope again (the window opening on Home, a record shown
    // twice, its name read after it) keeps its chart: building "all
    // records" costs seconds on a large base. Callers that changed records
    // call refresh().
    if (scope == m_scope && (m_data || m_loader->isLoading())) {
        if (name != m_name) {
            m_name = name;
            if (!m_loader->isLoading()) {
                m_shownName = name;
                present();
            }
        }
        return;
    }
    m_scope = scope;
    m_name = name;
    refresh();
}

void ChartPane::setChartKind(ChartKind kind)
{
    if (kind != m_kind) {
        m_kind = kind;
        QSettings().setValue(chartKindKey, chartKindName(kind));
    }
    const int index = int(allChartKinds().indexOf(kind));
    if (m_picker->currentIndex() != index)
        m_picker->setCurrentIndex(index);
    refresh();
}

QChart *ChartPane::chart() const
{
    return m_view->chart();
}

QString ChartPane::emptyText() const
{
    return m_empty->text();
}

QImage ChartPane::grabImage() const
{
    return m_view->grab().toImage();
}

bool ChartPane::isLoading() const
{
    return m_loader->isLoading();
}

bool ChartPane::waitForLoaded(int timeoutMs)
{
    return m_loader->waitForLoaded(timeoutMs);
}

void ChartPane::refresh()
{
    if (!m_database || !m_database->isOpen() || !m_scope) {
        // Nothing to read: say so at once.
        m_loader->cancel();
        m_data.reset();
        m_problem.clear();
        m_shownName = m_name;
        present();
        return;
    }
    const StatsScope scope = *m_scope;
    const ChartKind kind = m_kind;
    m_loader->load(
        m_database->location(),
        [scope, kind](const Database &db) {
            ChartResult result;
            if (!db.isOpen()) {
                result.error = db.errorString();
                return result;
            }
            const ParticipationStats stats(db);
            result.data = ChartData::build(stats, scope, kind);
            if (!result.data)
                result.error = stats.errorString();
            return result;
        },
        [this](ChartResult result) {
            m_data = std::move(result.data);
            m_problem = result.error;
            m_shownName = m_name;
            present();
            emit loaded();
        });
}

void ChartPane::present()
{
    const bool show = hasChart();
    m_exportButton->setEnabled(show);
    m_copyButton->setEnabled(show);
    if (show) {
        // The view owns its chart and deletes the previous one.
        QChart *previous = m_view->chart();
        const bool dark = palette().color(QPalette::Window).lightness() < 128;
        QChart *chart = ChartFactory::create(*m_data, m_shownName, font(), dark);
        // On screen the pane's own frame is margin enough.
        chart->setMargins(QMargins(4, 4, 4, 4));
        chart->setBackgroundRoundness(0);
        m_view->setChart(chart);
        delete previous;
        m_stack->setCurrentWidget(m_view);
        return;
    }
    if (!m_database || !m_database->isOpen())
        m_empty->setText(tr("No record base open"));
    else if (!m_problem.isEmpty())
        m_empty->setText(tr("The chart could not be read: %1").arg(m_problem));
    else if (!m_scope)
        m_empty->setText(tr("%1 has no training participation of its own.").arg(m_shownName));
    else if (m_data)
        m_empty->setText(ChartFactory::emptyText(m_shownName));
    else
        m_empty->clear(); // the first chart of a record base is on its way
    m_stack->setCurrentWidget(m_empty);
}

void ChartPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        present(); // the chart follows a light or dark palette
    QWidget::changeEvent(event);
}

void ChartPane::retranslateUi()
{
    m_pickerLabel->setText(tr("C&hart:"));
    for (int i = 0; i < m_picker->count(); ++i) {
        if (const auto kind = chartKindFromName(m_picker->itemData(i).toString()))
            m_picker->setItemText(i, ChartFactory::chartName(*kind));
    }
    m_picker->setAccessibleName(tr("Kind of chart"));
    m_exportButton->setText(tr("Export…"));
    m_exportButton->setToolTip(tr("Export the chart as an image or document (Ctrl+E)"));
    m_copyButton->setText(tr("Copy"));
    m_copyButton->setToolTip(tr("Copy the chart to the clipboard (Ctrl+Shift+C)"));
    m_view->setAccessibleName(tr("Chart of training participation"));
    // Titles, axes, series and numbers are rebuilt in the new language.
    present();
}

} // namespace liaison
