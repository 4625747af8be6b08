// SPDX-License-Identifier: GPL-3.0-or-later
//
// Dates as the record base and the forms hold them: PartialDate::fromIso on
// arbitrary text (two dates, split at the first line break), then shown in
// every language Liaison ships. Beyond not crashing:
// - a date read is the text it was read from, trimmed: year ("2024"), month
//   ("2021-04") or day ("2021-10-11") precision, of a real month and day;
//   anything else is no date;
// - a date shows as non-empty text in every locale, and so does a range.

#include "fuzzcheck.h"
#include "partialdate.h"

#include <QDate>
#include <QLocale>
#include <QRegularExpression>

using namespace liaison;

namespace {

const QList<QLocale> &locales()
{
    static const QList<QLocale> all = [] {
        QList<QLocale> list = {QLocale::c()};
        for (const char *name : {"en", "az", "ru", "uk", "ka", "hy", "ro", "pl", "ar", "he"})
            list.append(QLocale(QLatin1String(name)));
        return list;
    }();
    return all;
}

// What fromIso must accept: the same rule, written another way.
bool isPartialDate(const QString &text)
{
    static const QRegularExpression shape(
        QStringLiteral("\\A[12][0-9]{3}(-[0-9]{2}(-[0-9]{2})?)?\\z"));
    if (!shape.match(text).hasMatch())
        return false;
    const int year = text.left(4).toInt();
    if (text.size() == 4)
        return true;
    const int month = text.mid(5, 2).toInt();
    if (month < 1 || month > 12)
        return false;
    return text.size() == 7 || QDate(year, month, text.mid(8, 2).toInt()).isValid();
}

void checkDate(const PartialDate &date, const QString &text)
{
    const QString trimmed = text.trimmed();
    LIAISON_FUZZ_CHECK(date.isNull() == !isPartialDate(trimmed), text);
    if (date.isNull()) {
        LIAISON_FUZZ_CHECK(date.toIso().isEmpty() && date.toDisplayString().isEmpty(), text);
        return;
    }
    LIAISON_FUZZ_CHECK(date.toIso() == trimmed, date.toIso() + QStringLiteral(" from ") + text);
    const PartialDate again = PartialDate::fromIso(date.toIso());
    LIAISON_FUZZ_CHECK(again.precision() == date.precision() && again.year() == date.year()
                           && again.month() == date.month() && again.day() == date.day(),
                       text);
    for (const QLocale &locale : locales())
        LIAISON_FUZZ_CHECK(!date.toDisplayString(locale).isEmpty(), locale.name() + text);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(liaison::fuzz::bytesOf(data, size));
    const qsizetype lineBreak = text.indexOf(QLatin1Char('\n'));
    const QString startText = lineBreak < 0 ? text : text.left(lineBreak);
    const QString endText = lineBreak < 0 ? QString() : text.mid(lineBreak + 1);
    const PartialDate start = PartialDate::fromIso(startText);
    const PartialDate end = PartialDate::fromIso(endText);
    checkDate(start, startText);
    checkDate(end, endText);
    for (const QLocale &locale : locales()) {
        const QString range = PartialDate::rangeToDisplayString(start, end, locale);
        LIAISON_FUZZ_CHECK(range.isEmpty() == (start.isNull() && end.isNull()),
                           locale.name() + text);
    }
    return 0;
}
