// SPDX-License-Identifier: GPL-3.0-or-later
#include "summaryjson.h"

#include <QJsonDocument>
#include <QTest>

using namespace liaison;

class TestSummaryJson : public QObject
{
    Q_OBJECT

private slots:
    void toJson_hasTheDocumentedShape();
    void toJson_addsUpRecordsSharingADisplayKey();
    void toText_isValidJson();
};

namespace {

ParticipationSummary sampleSummary()
{
    ParticipationSummary summary;
    summary.totalParticipants = 154;
    summary.byYear = {{QStringLiteral("2021"), QStringLiteral("2021"), 100},
                      {QStringLiteral("2022"), QStringLiteral("2022"), 54}};
    summary.byProject = {{QStringLiteral("TOPCOP"), QStringLiteral("Training…"), 154}};
    summary.byAgency = {{QStringLiteral("ASCCA"), QStringLiteral("State Customs…"), 154}};
    summary.byCountry = {{QStringLiteral("AZ"), QStringLiteral("Azerbaijan"), 154}};
    summary.byEventKind = {{QStringLiteral("course"), QStringLiteral("course"), 154}};
    return summary;
}

RecordRef asccaRecord()
{
    RecordRef record;
    record.kind = RecordKind::Agency;
    record.id = 1;
    record.key = QStringLiteral("ASCCA");
    record.name = QStringLiteral("State Customs Committee of the Republic of Azerbaijan");
    return record;
}

} // namespace

void TestSummaryJson::toJson_hasTheDocumentedShape()
{
    const QJsonObject json = SummaryJson::toJson(asccaRecord(), sampleSummary());
    const QJsonObject record = json.value(QStringLiteral("record")).toObject();
    QCOMPARE(record.value(QStringLiteral("kind")).toString(), QStringLiteral("agency"));
    QCOMPARE(record.value(QStringLiteral("key")).toString(), QStringLiteral("ASCCA"));
    QCOMPARE(record.value(QStringLiteral("name")).toString(),
             QStringLiteral("State Customs Committee of the Republic of Azerbaijan"));
    QCOMPARE(json.value(QStringLiteral("total_participants")).toInteger(), 154);
    QCOMPARE(
        json.value(QStringLiteral("by_year")).toObject().value(QStringLiteral("2022")).toInteger(),
        54);
    QCOMPARE(json.value(QStringLiteral("by_project"))
                 .toObject()
                 .value(QStringLiteral("TOPCOP"))
                 .toInteger(),
             154);
    QCOMPARE(json.value(QStringLiteral("by_agency"))
                 .toObject()
                 .value(QStringLiteral("ASCCA"))
                 .toInteger(),
             154);
    QCOMPARE(
        json.value(QStringLiteral("by_country")).toObject().value(QStringLiteral("AZ")).toInteger(),
        154);
    QCOMPARE(json.value(QStringLiteral("by_event_kind"))
                 .toObject()
                 .value(QStringLiteral("course"))
                 .toInteger(),
             154);
    QCOMPARE(json.keys(),
             QStringList({QStringLiteral("by_agency"), QStringLiteral("by_country"),
                          QStringLiteral("by_event_kind"), QStringLiteral("by_project"),
                          QStringLiteral("by_year"), QStringLiteral("record"),
                          QStringLiteral("total_participants")}));
}

void TestSummaryJson::toJson_addsUpRecordsSharingADisplayKey()
{
    ParticipationSummary summary = sampleSummary();
    summary.byAgency = {{QStringLiteral("Customs Service"), QStringLiteral("Customs Service"), 4},
                        {QStringLiteral("Customs Service"), QStringLiteral("Customs Service"), 6}};
    const QJsonObject json = SummaryJson::toJson(asccaRecord(), summary);
    QCOMPARE(json.value(QStringLiteral("by_agency"))
                 .toObject()
                 .value(QStringLiteral("Customs Service"))
                 .toInteger(),
             10);
}

void TestSummaryJson::toText_isValidJson()
{
    RecordRef all;
    all.isAll = true;
    all.key = QStringLiteral("all");
    QJsonParseError error;
    const QJsonDocument doc =
        QJsonDocument::fromJson(SummaryJson::toText(all, sampleSummary()), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc.object()
                 .value(QStringLiteral("record"))
                 .toObject()
                 .value(QStringLiteral("kind"))
                 .toString(),
             QStringLiteral("all"));
}

QTEST_GUILESS_MAIN(TestSummaryJson)
#include "tst_summaryjson.moc"
