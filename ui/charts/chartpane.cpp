// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartpane.h"

#include "chartfactory.h"
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
}

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
    m_scope = StatsScope();
    m_name = tr("All records");
    refresh();
}

void ChartPane::setScope(const std::optional<StatsScope> &scope, const QString &name)
{
    // The same scope again (the window opening on Home, a record shown
    // twice) keeps its chart: building "all records" costs seconds on a
    // large base. Callers that changed records call refresh().
    if (m_data && scope == m_scope && name == m_name)
        return;
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

void ChartPane::refresh()
{
    m_data.reset();
    QString problem;
    if (m_database && m_scope) {
        const ParticipationStats stats(*m_database);
        m_data = ChartData::build(stats, *m_scope, m_kind);
        if (!m_data)
            problem = tr("The chart could not be read: %1").arg(stats.errorString());
    }
    const bool show = hasChart();
    m_exportButton->setEnabled(show);
    m_copyButton->setEnabled(show);
    if (show) {
        // The view owns its chart and deletes the previous one.
        QChart *previous = m_view->chart();
        const bool dark = palette().color(QPalette::Window).lightness() < 128;
        QChart *chart = ChartFactory::create(*m_data, m_name, font(), dark);
        // On screen the pane's own frame is margin enough.
        chart->setMargins(QMargins(4, 4, 4, 4));
        chart->setBackgroundRoundness(0);
        m_view->setChart(chart);
        delete previous;
        m_stack->setCurrentWidget(m_view);
        return;
    }
    if (!problem.isEmpty())
        m_empty->setText(problem);
    else if (!m_database)
        m_empty->setText(tr("No record base open"));
    else if (!m_scope)
        m_empty->setText(tr("%1 has no training participation of its own.").arg(m_name));
    else
        m_empty->setText(ChartFactory::emptyText(m_name));
    m_stack->setCurrentWidget(m_empty);
}

void ChartPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        refresh(); // the chart follows a light or dark palette
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
    refresh();
}

} // namespace liaison
