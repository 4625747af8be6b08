// SPDX-License-Identifier: GPL-3.0-or-later
#include "partialdate.h"

#include <QRegularExpression>

namespace liaison {

PartialDate PartialDate::fromIso(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^([12][0-9]{3})(?:-([01][0-9])(?:-([0-3][0-9]))?)?$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    PartialDate date;
    if (!match.hasMatch())
        return date;
    const int year = match.captured(1).toInt();
    const bool hasMonth = match.hasCaptured(2);
    const bool hasDay = match.hasCaptured(3);
    const int month = hasMonth ? match.captured(2).toInt() : 0;
    const int day = hasDay ? match.captured(3).toInt() : 0;
    // "2021-00" and "2021-04-00" are no dates (not 2021 and April 2021).
    if (hasMonth && (month < 1 || month > 12))
        return date;
    if (hasDay && !QDate(year, month, day).isValid())
        return date;
    date.m_year = year;
    date.m_month = month;
    date.m_day = day;
    date.m_precision = day ? Precision::Day : month ? Precision::Month : Precision::Year;
    return date;
}

QString PartialDate::toIso() const
{
    switch (m_precision) {
    case Precision::None:
        return {};
    case Precision::Year:
        return QString::number(m_year);
    case Precision::Month:
        return QStringLiteral("%1-%2").arg(m_year).arg(m_month, 2, 10, QLatin1Char('0'));
    case Precision::Day:
        return QStringLiteral("%1-%2-%3")
            .arg(m_year)
            .arg(m_month, 2, 10, QLatin1Char('0'))
            .arg(m_day, 2, 10, QLatin1Char('0'));
    }
    return {};
}

QString PartialDate::toDisplayString(const QLocale &locale) const
{
    switch (m_precision) {
    case Precision::None:
        return {};
    case Precision::Year:
        // Plain digits: a group separator ("2 024") would look wrong in a year.
        return QString::number(m_year);
    case Precision::Month:
        return locale.standaloneMonthName(m_month, QLocale::LongFormat) + QLatin1Char(' ')
            + QString::number(m_year);
    case Precision::Day: {
        QString format = locale.dateFormat(QLocale::LongFormat);
        // Drop the weekday the long formats of most locales start or end with.
        static const QRegularExpression weekday(QStringLiteral("\\s*dddd[,.]?\\s*|,?\\s*dddd"));
        format.remove(weekday);
        return locale.toString(QDate(m_year, m_month, m_day), format.trimmed());
    }
    }
    return {};
}

QString PartialDate::rangeToDisplayString(const PartialDate &start, const PartialDate &end,
                                          const QLocale &locale)
{
    if (start.isNull())
        return end.toDisplayString(locale);
    if (end.isNull() || end.toIso() == start.toIso())
        return start.toDisplayString(locale);
    return start.toDisplayString(locale) + QStringLiteral(" – ") + end.toDisplayString(locale);
}

} // namespace liaison
