// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

namespace liaison {

// A date of year, month or day precision as the record base stores it
// ("2024", "2021-04", "2021-10-11"), shown in the user's locale without
// pretending to more precision than the source gave.
class PartialDate
{
public:
    enum class Precision { None, Year, Month, Day };

    PartialDate() = default;
    // A malformed or empty text gives a null date.
    static PartialDate fromIso(const QString &text);

    bool isNull() const { return m_precision == Precision::None; }
    Precision precision() const { return m_precision; }
    int year() const { return m_year; }
    int month() const { return m_month; }
    int day() const { return m_day; }
    QString toIso() const;

    // "2024", "April 2021" (the month as it stands alone), "11 October 2021"
    // (the locale's long date, without the weekday).
    QString toDisplayString(const QLocale &locale = QLocale()) const;
    // "2021 – 2024", or one date when both ends are equal or one is missing.
    static QString rangeToDisplayString(const PartialDate &start, const PartialDate &end,
                                        const QLocale &locale = QLocale());

private:
    Precision m_precision = Precision::None;
    int m_year = 0;
    int m_month = 0;
    int m_day = 0;
};

} // namespace liaison
