// SPDX-License-Identifier: GPL-3.0-or-later
#include "partialdate.h"

#include <QTest>

using namespace liaison;

class TestPartialDate : public QObject
{
    Q_OBJECT

private slots:
    void fromIso_data();
    void fromIso();
    void display_keepsThePrecisionOfTheSource();
    void range();
};

void TestPartialDate::fromIso_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("precision");
    QTest::addColumn<QString>("iso");
    QTest::newRow("year") << "2024" << int(PartialDate::Precision::Year) << "2024";
    QTest::newRow("month") << "2021-04" << int(PartialDate::Precision::Month) << "2021-04";
    QTest::newRow("day") << "2021-10-11" << int(PartialDate::Precision::Day) << "2021-10-11";
    QTest::newRow("spaces") << " 2022-03 " << int(PartialDate::Precision::Month) << "2022-03";
    QTest::newRow("empty") << "" << int(PartialDate::Precision::None) << "";
    QTest::newRow("month 13") << "2021-13" << int(PartialDate::Precision::None) << "";
    QTest::newRow("30 February") << "2023-02-30" << int(PartialDate::Precision::None) << "";
    QTest::newRow("short month") << "2021-4" << int(PartialDate::Precision::None) << "";
    QTest::newRow("words") << "April 2021" << int(PartialDate::Precision::None) << "";
}

void TestPartialDate::fromIso()
{
    QFETCH(QString, text);
    QFETCH(int, precision);
    QFETCH(QString, iso);
    const PartialDate date = PartialDate::fromIso(text);
    QCOMPARE(int(date.precision()), precision);
    QCOMPARE(date.toIso(), iso);
}

void TestPartialDate::display_keepsThePrecisionOfTheSource()
{
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    QCOMPARE(PartialDate::fromIso(QStringLiteral("2024")).toDisplayString(english),
             QStringLiteral("2024"));
    QCOMPARE(PartialDate::fromIso(QStringLiteral("2021-04")).toDisplayString(english),
             QStringLiteral("April 2021"));
    QCOMPARE(PartialDate::fromIso(QStringLiteral("2021-10-11")).toDisplayString(english),
             QStringLiteral("11 October 2021"));
    const QLocale russian(QLocale::Russian);
    QCOMPARE(PartialDate::fromIso(QStringLiteral("2021-04")).toDisplayString(russian),
             QStringLiteral("апрель 2021"));
    const QString day = PartialDate::fromIso(QStringLiteral("2021-10-11")).toDisplayString(russian);
    QVERIFY2(day.contains(QStringLiteral("октября")), qPrintable(day));
    QVERIFY2(day.contains(QStringLiteral("2021")), qPrintable(day));
    // No weekday, whatever the locale's long format says.
    QVERIFY2(!day.contains(QStringLiteral("понедельник")), qPrintable(day));
    const QLocale polish(QLocale::Polish);
    QCOMPARE(PartialDate::fromIso(QStringLiteral("2021-04")).toDisplayString(polish),
             QStringLiteral("kwiecień 2021"));
    QVERIFY(PartialDate::fromIso(QString()).toDisplayString(english).isEmpty());
}

void TestPartialDate::range()
{
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    const auto range = [&](const char *a, const char *b) {
        return PartialDate::rangeToDisplayString(PartialDate::fromIso(QLatin1String(a)),
                                                 PartialDate::fromIso(QLatin1String(b)), english);
    };
    QCOMPARE(range("2021", "2024"), QStringLiteral("2021 – 2024"));
    QCOMPARE(range("2021-05-18", "2021-05-18"), QStringLiteral("18 May 2021"));
    QCOMPARE(range("", "2024"), QStringLiteral("2024"));
    QCOMPARE(range("2021-09", ""), QStringLiteral("September 2021"));
    QCOMPARE(range("", ""), QString());
}

QTEST_GUILESS_MAIN(TestPartialDate)
#include "tst_partialdate.moc"
