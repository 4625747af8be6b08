// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordkey.h"

#include <QTest>

using namespace liaison;

class TestRecordKey : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void parseInvalid_data();
    void parseInvalid();
};

void TestRecordKey::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("isAll");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("key");
    QTest::newRow("all") << "all" << true << 0 << "";
    QTest::newRow("ALL") << " ALL " << true << 0 << "";
    QTest::newRow("agency acronym")
        << "agency:ASCCA" << false << int(RecordKind::Agency) << "ASCCA";
    QTest::newRow("kind in capitals")
        << "Project:TOPCOP" << false << int(RecordKind::Project) << "TOPCOP";
    QTest::newRow("numeric id") << "event:12" << false << int(RecordKind::Event) << "12";
    QTest::newRow("name with colon")
        << "event:Cooperation against cross-border crime: drug smuggling" << false
        << int(RecordKind::Event) << "Cooperation against cross-border crime: drug smuggling";
    QTest::newRow("spaces trimmed") << "agency: World Customs Organization " << false
                                    << int(RecordKind::Agency) << "World Customs Organization";
}

void TestRecordKey::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, isAll);
    QFETCH(int, kind);
    QFETCH(QString, key);
    QString error;
    const auto parsed = RecordKey::parse(text, &error);
    QVERIFY2(parsed.has_value(), qPrintable(error));
    QCOMPARE(parsed->isAll(), isAll);
    if (!isAll) {
        QCOMPARE(int(parsed->kind()), kind);
        QCOMPARE(parsed->key(), key);
        QCOMPARE(RecordKey::parse(parsed->toString(), nullptr)->key(), key);
    }
}

void TestRecordKey::parseInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("no colon") << "ASCCA"
                              << "KIND:KEY";
    QTest::newRow("unknown kind") << "country:AZ"
                                  << "\"country\" is not a kind of record";
    QTest::newRow("empty key") << "agency:"
                               << "names no record";
    QTest::newRow("empty") << ""
                           << "KIND:KEY";
}

void TestRecordKey::parseInvalid()
{
    QFETCH(QString, text);
    QFETCH(QString, messagePart);
    QString error;
    QVERIFY(!RecordKey::parse(text, &error).has_value());
    QVERIFY2(error.contains(messagePart), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestRecordKey)
#include "tst_recordkey.moc"
