// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartdata.h"
#include "statsscope.h"

#include <QWidget>

#include <optional>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
QT_END_NAMESPACE
class QComboBox;
class QLabel;
class QStackedWidget;
class QToolButton;

namespace liaison {

class BackgroundLoader;
class BusyIndicator;
class Database;

// The chart of training participation for the selected record or group,
// with a picker for the kind of chart. Shows a sentence instead of empty axes
// when nothing is recorded.
//
// The numbers are read on a worker thread (BackgroundLoader): the previous
// chart stays until the new one is there, under a busy indicator when that
// takes a while. The accessors describe the chart shown.
class ChartPane : public QWidget
{
    Q_OBJECT

public:
    explicit ChartPane(QWidget *parent = nullptr);

    // The pane reads db's record base, through a connection of its own,
    // until the next call; nullptr clears it.
    void setDatabase(const Database *db);
    // nullopt: the record has no participation of its own (a person, a source).
    // The same scope under another name only renames the chart.
    void setScope(const std::optional<StatsScope> &scope, const QString &name);
    void setChartKind(ChartKind kind);
    ChartKind chartKind() const { return m_kind; }
    // Reads the chart again, e.g. after the record base changed.
    void refresh();

    // Whether the chart asked for last is still being read.
    bool isLoading() const;
    // Blocks until the chart asked for last is shown; false after timeoutMs.
    // For tests and callers that need it now.
    bool waitForLoaded(int timeoutMs = 30000);

    bool hasChart() const { return m_data.has_value() && !m_data->isEmpty(); }
    const std::optional<ChartData> &chartData() const { return m_data; }
    QString recordName() const { return m_shownName; }
    QChart *chart() const;
    QChartView *view() const { return m_view; }
    QString emptyText() const;
    // The chart as shown, at the view's size and the screen's pixel ratio.
    QImage grabImage() const;

signals:
    void exportRequested();
    void copyRequested();
    // A chart read on the worker thread is shown.
    void loaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    // Shows m_data, or the sentence saying why there is no chart.
    void present();

    const Database *m_database = nullptr;
    // What was asked for last.
    std::optional<StatsScope> m_scope;
    QString m_name;
    ChartKind m_kind = ChartKind::ByYear;
    // What is shown.
    std::optional<ChartData> m_data;
    QString m_shownName;
    QString m_problem; // why the last chart could not be read

    BackgroundLoader *m_loader = nullptr;
    BusyIndicator *m_busy = nullptr;

    QLabel *m_pickerLabel = nullptr;
    QComboBox *m_picker = nullptr;
    QToolButton *m_exportButton = nullptr;
    QToolButton *m_copyButton = nullptr;
    QStackedWidget *m_stack = nullptr;
    QChartView *m_view = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace liaison
