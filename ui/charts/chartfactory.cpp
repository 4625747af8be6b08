// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartfactory.h"

#include "countrynames.h"
#include "partialdate.h"
#include "participationstats.h"
#include "vocabulary.h"

#include <QBarCategoryAxis>
#include <QBarLegendMarker>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHorizontalBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPieLegendMarker>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace liaison {

namespace {

QString participants(qint64 n)
{
    return ChartFactory::tr("%Ln participants", nullptr, int(n));
}

void styleAxis(QAbstractAxis *axis, const QFont &font)
{
    QFont labels = font;
    labels.setPointSizeF(font.pointSizeF() * 0.9);
    axis->setLabelsFont(labels);
    QFont title = font;
    title.setBold(true);
    axis->setTitleFont(title);
}

QValueAxis *valueAxis(qint64 maximum, const QFont &font)
{
    auto *axis = new QValueAxis;
    axis->setRange(0, double(std::max<qint64>(maximum, 1)));
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->applyNiceNumbers();
    axis->setTitleText(ChartFactory::tr("Participants"));
    styleAxis(axis, font);
    return axis;
}

// Clicking a legend entry hides or shows what it stands for; the entry
// stays, dimmed, so it can be clicked again.
void makeLegendToggle(QChart *chart)
{
    const auto markers = chart->legend()->markers();
    for (QLegendMarker *marker : markers) {
        QObject::connect(marker, &QLegendMarker::clicked, chart, [marker] {
            const bool hide = !marker->property("liaisonHidden").toBool();
            marker->setProperty("liaisonHidden", hide);
            if (auto *barMarker = qobject_cast<QBarLegendMarker *>(marker)) {
                QBarSet *set = barMarker->barset();
                if (hide) {
                    QVariantList values;
                    for (int i = 0; i < set->count(); ++i) {
                        values.append(set->at(i));
                        set->replace(i, 0);
                    }
                    set->setProperty("liaisonValues", values);
                } else {
                    const QVariantList values = set->property("liaisonValues").toList();
                    for (int i = 0; i < values.size() && i < set->count(); ++i)
                        set->replace(i, values.at(i).toDouble());
                }
            } else if (auto *pieMarker = qobject_cast<QPieLegendMarker *>(marker)) {
                QPieSlice *slice = pieMarker->slice();
                if (hide) {
                    slice->setProperty("liaisonValue", slice->value());
                    slice->setValue(0);
                } else {
                    slice->setValue(slice->property("liaisonValue").toDouble());
                }
                slice->setLabelVisible(!hide && slice->value() > 0);
            } else {
                marker->series()->setVisible(!hide);
                marker->setVisible(true);
            }
            QFont font = marker->font();
            font.setStrikeOut(hide);
            marker->setFont(font);
            QColor color = marker->labelBrush().color();
            color.setAlphaF(hide ? 0.4 : 1.0);
            marker->setLabelBrush(color);
        });
    }
}

void showTip(const QString &text)
{
    QToolTip::showText(QCursor::pos(), text);
}

} // namespace

QString ChartFactory::chartName(ChartKind kind)
{
    switch (kind) {
    case ChartKind::ByYear:
        return tr("By year");
    case ChartKind::ByKind:
        return tr("By event kind");
    case ChartKind::ByAgency:
        return tr("By agency");
    case ChartKind::ByCountry:
        return tr("By country");
    case ChartKind::Cumulative:
        return tr("Cumulative");
    }
    return {};
}

QString ChartFactory::emptyText(const QString &recordName)
{
    return tr("No training participation recorded for %1").arg(recordName);
}

QString ChartFactory::period(const ChartData &data)
{
    const PartialDate first = PartialDate::fromIso(data.firstDate);
    const PartialDate last = PartialDate::fromIso(data.lastDate);
    if (first.isNull())
        return {};
    if (last.isNull() || last.year() == first.year())
        return QString::number(first.year());
    return tr("%1–%2", "a span of years").arg(first.year()).arg(last.year());
}

QString ChartFactory::title(const ChartData &data, const QString &recordName)
{
    QString what;
    switch (data.kind) {
    case ChartKind::ByYear:
        what = tr("%1: participants by year").arg(recordName);
        break;
    case ChartKind::ByKind:
        what = tr("%1: participants by event kind").arg(recordName);
        break;
    case ChartKind::ByAgency:
        what = tr("%1: participants by agency").arg(recordName);
        break;
    case ChartKind::ByCountry:
        what = tr("%1: participants by country").arg(recordName);
        break;
    case ChartKind::Cumulative:
        what = tr("%1: participants over time").arg(recordName);
        break;
    }
    const QString span = period(data);
    return span.isEmpty() ? what : tr("%1, %2", "chart title, period").arg(what, span);
}

QString ChartFactory::categoryLabel(const ChartData &data, qsizetype index)
{
    const QString key = data.categories.value(index);
    const QString label = data.categoryLabels.value(index);
    switch (data.kind) {
    case ChartKind::ByYear:
        return key == ParticipationStats::undatedKey() ? tr("Undated") : key;
    case ChartKind::ByKind:
        return Vocabulary::eventKindName(key);
    case ChartKind::ByAgency:
        return key == ChartData::otherKey() ? tr("Other") : key;
    case ChartKind::ByCountry:
        if (key == ChartData::otherKey())
            return tr("Other");
        if (key == ParticipationStats::noneKey())
            return tr("No country");
        return CountryNames::displayName(label);
    case ChartKind::Cumulative:
        return PartialDate::fromIso(key).toDisplayString(QLocale());
    }
    return key;
}

QString ChartFactory::seriesLabel(const ChartData &data, const ChartData::Series &series)
{
    if (data.stacking == ChartData::Stacking::ByProject)
        return series.key == ParticipationStats::noneKey() ? tr("Outside projects") : series.key;
    if (data.stacking == ChartData::Stacking::ByCountry)
        return series.key == ParticipationStats::noneKey()
            ? tr("No country")
            : CountryNames::displayName(series.label);
    return tr("Participants");
}

QChart *ChartFactory::create(const ChartData &data, const QString &recordName, const QFont &font,
                             bool dark)
{
    auto *chart = new QChart;
    // The theme first: it resets colours and fonts set before it.
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    QFont titleFont = font;
    titleFont.setPointSizeF(font.pointSizeF() * 1.25);
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setTitle(title(data, recordName));
    chart->legend()->setFont(font);
    chart->legend()->setAlignment(Qt::AlignBottom);

    const QLocale locale;
    switch (data.kind) {
    case ChartKind::ByYear: {
        auto *series = new QStackedBarSeries;
        QList<qint64> totals(data.categories.size(), 0);
        for (const ChartData::Series &stack : data.series) {
            auto *set = new QBarSet(seriesLabel(data, stack));
            for (qsizetype i = 0; i < stack.values.size(); ++i) {
                set->append(double(stack.values.at(i)));
                totals[i] += stack.values.at(i);
            }
            const QString name = set->label();
            QObject::connect(set, &QBarSet::hovered, set, [data, name, set](bool on, int index) {
                if (on)
                    showTip(tr("%1, %2: %3")
                                .arg(name, categoryLabel(data, index),
                                     participants(qint64(set->at(index)))));
                else
                    QToolTip::hideText();
            });
            series->append(set);
        }
        chart->addSeries(series);
        auto *years = new QBarCategoryAxis;
        for (qsizetype i = 0; i < data.categories.size(); ++i)
            years->append(categoryLabel(data, i));
        years->setTitleText(tr("Year"));
        styleAxis(years, font);
        chart->addAxis(years, Qt::AlignBottom);
        series->attachAxis(years);
        // No years at all when nothing is recorded (an empty chart exported).
        const qint64 maximum =
            totals.isEmpty() ? 0 : *std::max_element(totals.cbegin(), totals.cend());
        auto *values = valueAxis(maximum, font);
        chart->addAxis(values, Qt::AlignLeft);
        series->attachAxis(values);
        chart->legend()->setVisible(data.series.size() > 0);
        break;
    }
    case ChartKind::ByKind: {
        auto *series = new QPieSeries;
        series->setHoleSize(0.4);
        series->setPieSize(0.75);
        const ChartData::Series values = data.series.value(0);
        for (qsizetype i = 0; i < data.categories.size(); ++i) {
            const qint64 n = values.values.value(i);
            auto *slice = series->append(categoryLabel(data, i), double(n));
            slice->setLabel(tr("%1: %2").arg(categoryLabel(data, i), locale.toString(n)));
            slice->setLabelVisible(true);
            slice->setLabelFont(font);
            const QString name = categoryLabel(data, i);
            QObject::connect(slice, &QPieSlice::hovered, slice, [name, n, slice](bool on) {
                slice->setExploded(on);
                if (on)
                    showTip(tr("%1: %2").arg(name, participants(n)));
                else
                    QToolTip::hideText();
            });
        }
        chart->addSeries(series);
        chart->legend()->setAlignment(Qt::AlignRight);
        // The legend names the kinds; slice labels carry the numbers.
        const auto markers = chart->legend()->markers(series);
        for (qsizetype i = 0; i < markers.size(); ++i)
            markers.at(i)->setLabel(categoryLabel(data, i));
        break;
    }
    case ChartKind::ByAgency:
    case ChartKind::ByCountry: {
        auto *series = new QHorizontalBarSeries;
        auto *set = new QBarSet(tr("Participants"));
        auto *names = new QBarCategoryAxis;
        const ChartData::Series values = data.series.value(0);
        // Horizontal bars grow upwards: add the largest last so it is on top.
        QStringList labels;
        for (qsizetype i = data.categories.size() - 1; i >= 0; --i) {
            set->append(double(values.values.value(i)));
            labels.append(categoryLabel(data, i));
        }
        names->append(labels);
        series->append(set);
        series->setLabelsVisible(true);
        series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
        set->setLabelFont(font);
        set->setLabelColor(dark ? Qt::white : Qt::black);
        QObject::connect(set, &QBarSet::hovered, set, [labels, set](bool on, int index) {
            if (on)
                showTip(
                    tr("%1: %2").arg(labels.value(index), participants(qint64(set->at(index)))));
            else
                QToolTip::hideText();
        });
        chart->addSeries(series);
        names->setTitleText(data.kind == ChartKind::ByAgency ? tr("Agency") : tr("Country"));
        styleAxis(names, font);
        chart->addAxis(names, Qt::AlignLeft);
        series->attachAxis(names);
        const qint64 maximum = values.values.isEmpty()
            ? 0
            : *std::max_element(values.values.cbegin(), values.values.cend());
        // Room for the labels at the end of the longest bar.
        auto *axis = valueAxis(maximum + maximum / 8 + 1, font);
        chart->addAxis(axis, Qt::AlignBottom);
        series->attachAxis(axis);
        chart->legend()->setVisible(false);
        break;
    }
    case ChartKind::Cumulative: {
        auto *series = new QLineSeries;
        series->setName(tr("Participants, cumulative"));
        series->setPointsVisible(true);
        const ChartData::Series values = data.series.value(0);
        QDateTime first;
        QDateTime last;
        for (qsizetype i = 0; i < data.categories.size(); ++i) {
            const PartialDate date = PartialDate::fromIso(data.categories.at(i));
            const QDateTime when(
                QDate(date.year(), std::max(date.month(), 1), std::max(date.day(), 1)),
                QTime(12, 0));
            if (!first.isValid())
                first = when;
            last = when;
            series->append(double(when.toMSecsSinceEpoch()), double(values.values.value(i)));
        }
        QObject::connect(series, &QLineSeries::hovered, series, [](const QPointF &point, bool on) {
            if (on)
                showTip(tr("%1: %2").arg(
                    QLocale().toString(QDateTime::fromMSecsSinceEpoch(qint64(point.x())).date(),
                                       QLocale::ShortFormat),
                    participants(qint64(point.y()))));
            else
                QToolTip::hideText();
        });
        chart->addSeries(series);
        auto *time = new QDateTimeAxis;
        time->setFormat(QStringLiteral("MMM yyyy"));
        time->setTitleText(tr("Date"));
        if (first.isValid())
            time->setRange(first.addDays(-15), last.addDays(15));
        time->setTickCount(6);
        styleAxis(time, font);
        chart->addAxis(time, Qt::AlignBottom);
        series->attachAxis(time);
        auto *axis = valueAxis(values.values.isEmpty() ? 0 : values.values.constLast(), font);
        chart->addAxis(axis, Qt::AlignLeft);
        series->attachAxis(axis);
        chart->legend()->setVisible(false);
        break;
    }
    }
    makeLegendToggle(chart);
    return chart;
}

} // namespace liaison
