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

class Database;

// The chart of training participation for the selected record or group,
// with a picker for the kind of chart. Shows a sentence instead of empty axes
// when nothing is recorded.
class ChartPane : public QWidget
{
    Q_OBJECT

public:
    explicit ChartPane(QWidget *parent = nullptr);

    void setDatabase(const Database *db);
    // nullopt: the record has no participation of its own (a person, a source).
    void setScope(const std::optional<StatsScope> &scope, const QString &name);
    void setChartKind(ChartKind kind);
    ChartKind chartKind() const { return m_kind; }
    void refresh();

    bool hasChart() const { return m_data.has_value() && !m_data->isEmpty(); }
    const std::optional<ChartData> &chartData() const { return m_data; }
    QString recordName() const { return m_name; }
    QChart *chart() const;
    QChartView *view() const { return m_view; }
    QString emptyText() const;
    // The chart as shown, at the view's size and the screen's pixel ratio.
    QImage grabImage() const;

signals:
    void exportRequested();
    void copyRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    const Database *m_database = nullptr;
    std::optional<StatsScope> m_scope;
    QString m_name;
    ChartKind m_kind = ChartKind::ByYear;
    std::optional<ChartData> m_data;

    QLabel *m_pickerLabel = nullptr;
    QComboBox *m_picker = nullptr;
    QToolButton *m_exportButton = nullptr;
    QToolButton *m_copyButton = nullptr;
    QStackedWidget *m_stack = nullptr;
    QChartView *m_view = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace liaison
