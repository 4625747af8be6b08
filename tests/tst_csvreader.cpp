// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include <QBuffer>
#include <QTest>

using namespace liaison;

namespace {

using Lines = QList<int>;
using Fields = QList<QStringList>;

struct Read
{
    QList<CsvReader::Record> records;
    QList<CsvReader::Error> errors;
    char delimiter = 0;
    bool bom = false;
    Fields fields() const
    {
        Fields all;
        for (const CsvReader::Record &record : records)
            all.append(record.fields);
        return all;
    }
    Lines lines() const
    {
        Lines all;
        for (const CsvReader::Record &record : records)
            all.append(record.line);
        return all;
    }
    Lines errorLines() const
    {
        Lines all;
        for (const CsvReader::Error &error : errors)
            all.append(error.line);
        return all;
    }
};

Read readCsv(const QByteArray &data)
{
    CsvReader reader(data);
    Read read;
    read.delimiter = reader.delimiter();
    read.bom = reader.hasByteOrderMark();
    read.records = reader.readAll();
    read.errors = reader.errors();
    return read;
}

QStringList row(std::initializer_list<const char *> fields)
{
    QStringList list;
    for (const char *field : fields)
        list.append(QString::fromUtf8(field));
    return list;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void plainFields_andTheirLines();
    void quotedFields_holdDelimitersQuotesAndLineBreaks();
    void quotedFieldOverLines_recordKeepsItsStartLine_nextRecordCountsThem();
    void lineEnds_crlfLfAndCr_giveTheSameRecords_data();
    void lineEnds_crlfLfAndCr_giveTheSameRecords();
    void byteOrderMark_isSkipped();
    void delimiter_detectedFromTheFirstLine_data();
    void delimiter_detectedFromTheFirstLine();
    void emptyFields_andTrailingDelimiter();
    void trailingLineBreak_orNot_sameRecords();
    void emptyLines_areNoRecords();
    void spacesAroundQuotes_areIgnored_spacesInFieldsKept();
    void emptyInput_isBlank_andHasNoRecords_data();
    void emptyInput_isBlank_andHasNoRecords();
    void unterminatedQuote_namesTheLineWhereItOpened();
    void textAfterClosingQuote_isAnErrorOnItsLine();
    void quoteInsideUnquotedField_isAnOrdinaryCharacter();
    void invalidUtf8_namesEveryLineOnce_data();
    void invalidUtf8_namesEveryLineOnce();
    void validMultibyteUtf8_isRead();
    void utf16_isRefused();
    void device_isReadToItsEnd();
};

void TestCsvReader::plainFields_andTheirLines()
{
    const Read read = readCsv("a,b,c\n1,2,3\nx,y,z\n");
    QCOMPARE(read.fields(),
             (Fields {row({"a", "b", "c"}), row({"1", "2", "3"}), row({"x", "y", "z"})}));
    QCOMPARE(read.lines(), (Lines {1, 2, 3}));
    QVERIFY(read.errors.isEmpty());
    QCOMPARE(read.delimiter, ',');
    QVERIFY(!read.bom);
}

void TestCsvReader::quotedFields_holdDelimitersQuotesAndLineBreaks()
{
    const Read read = readCsv("name,note\n"
                              "\"Warsaw, Poland\",\"He said \"\"hi\"\"\"\n"
                              "\"two\nlines\",\"\"\n"
                              "\"\"\"\",\";\"\n");
    QCOMPARE(read.fields(),
             (Fields {row({"name", "note"}), row({"Warsaw, Poland", "He said \"hi\""}),
                      row({"two\nlines", ""}), row({"\"", ";"})}));
    QVERIFY(read.errors.isEmpty());
}

void TestCsvReader::quotedFieldOverLines_recordKeepsItsStartLine_nextRecordCountsThem()
{
    const Read read = readCsv("h1,h2\n"
                              "a,\"first\nsecond\nthird\"\n"
                              "b,c\r\n"
                              "d,\"x\r\ny\"\r\n"
                              "e,f");
    QCOMPARE(read.lines(), (Lines {1, 2, 5, 6, 8}));
    QCOMPARE(read.records.at(1).fields.at(1), QStringLiteral("first\nsecond\nthird"));
    // A CRLF inside quotes reads as LF, like the file's other line ends.
    QCOMPARE(read.records.at(3).fields.at(1), QStringLiteral("x\ny"));
}

void TestCsvReader::lineEnds_crlfLfAndCr_giveTheSameRecords_data()
{
    QTest::addColumn<QByteArray>("lineEnd");
    QTest::newRow("LF") << QByteArray("\n");
    QTest::newRow("CRLF") << QByteArray("\r\n");
    QTest::newRow("CR") << QByteArray("\r");
}

void TestCsvReader::lineEnds_crlfLfAndCr_giveTheSameRecords()
{
    QFETCH(QByteArray, lineEnd);
    QByteArray data = "a,b|1,\"x|y\"|2,3|";
    data.replace('|', lineEnd);
    const Read read = readCsv(data);
    QCOMPARE(read.fields(), (Fields {row({"a", "b"}), row({"1", "x\ny"}), row({"2", "3"})}));
    QCOMPARE(read.lines(), (Lines {1, 2, 4}));
    QVERIFY(read.errors.isEmpty());
}

void TestCsvReader::byteOrderMark_isSkipped()
{
    const Read read = readCsv("\xEF\xBB\xBFproject;event\r\nTOPCOP;Seminar\r\n");
    QVERIFY(read.bom);
    QCOMPARE(read.delimiter, ';');
    QCOMPARE(read.fields(), (Fields {row({"project", "event"}), row({"TOPCOP", "Seminar"})}));
    QCOMPARE(read.lines(), (Lines {1, 2}));
}

void TestCsvReader::delimiter_detectedFromTheFirstLine_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<QStringList>("header");
    QTest::newRow("comma") << QByteArray("a,b;c,d\n") << ',' << row({"a", "b;c", "d"});
    QTest::newRow("semicolon") << QByteArray("a;b,c;d\n") << ';' << row({"a", "b,c", "d"});
    QTest::newRow("semicolons, commas in quotes")
        << QByteArray("\"a,b,c\";d;e\n") << ';' << row({"a,b,c", "d", "e"});
    QTest::newRow("commas, semicolons in quotes")
        << QByteArray("\"a;b;c\",d,e\n") << ',' << row({"a;b;c", "d", "e"});
    QTest::newRow("one column") << QByteArray("project\n") << ',' << row({"project"});
    QTest::newRow("later lines do not count")
        << QByteArray("a;b\nx,y,z,w\n") << ';' << row({"a", "b"});
}

void TestCsvReader::delimiter_detectedFromTheFirstLine()
{
    QFETCH(QByteArray, data);
    QFETCH(char, delimiter);
    QFETCH(QStringList, header);
    const Read read = readCsv(data);
    QCOMPARE(read.delimiter, delimiter);
    QVERIFY(!read.records.isEmpty());
    QCOMPARE(read.records.first().fields, header);
}

void TestCsvReader::emptyFields_andTrailingDelimiter()
{
    const Read read = readCsv("a,b,c\n,,\n1,,\n,\"\",3\nx,y,\n");
    QCOMPARE(read.fields(),
             (Fields {row({"a", "b", "c"}), row({"", "", ""}), row({"1", "", ""}),
                      row({"", "", "3"}), row({"x", "y", ""})}));
}

void TestCsvReader::trailingLineBreak_orNot_sameRecords()
{
    const Fields expected {row({"a", "b"}), row({"1", "2"})};
    QCOMPARE(readCsv("a,b\n1,2").fields(), expected);
    QCOMPARE(readCsv("a,b\n1,2\n").fields(), expected);
    QCOMPARE(readCsv("a,b\r\n1,2\r\n").fields(), expected);
    // A last field that is empty still counts when no line break follows.
    QCOMPARE(readCsv("a,b\n1,").fields(), (Fields {row({"a", "b"}), row({"1", ""})}));
}

void TestCsvReader::emptyLines_areNoRecords()
{
    const Read read = readCsv("\n\na,b\n\n1,2\r\n\r\n\r\n3,4\n\n");
    QCOMPARE(read.fields(), (Fields {row({"a", "b"}), row({"1", "2"}), row({"3", "4"})}));
    QCOMPARE(read.lines(), (Lines {3, 5, 8}));
}

void TestCsvReader::spacesAroundQuotes_areIgnored_spacesInFieldsKept()
{
    const Read read = readCsv("a, \"b, c\" ,d \n  x , \"y\"\t\n");
    QCOMPARE(read.fields(), (Fields {row({"a", "b, c", "d "}), row({"  x ", "y"})}));
    QVERIFY(read.errors.isEmpty());
}

void TestCsvReader::emptyInput_isBlank_andHasNoRecords_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("nothing") << QByteArray();
    QTest::newRow("BOM only") << QByteArray("\xEF\xBB\xBF");
    QTest::newRow("line breaks") << QByteArray("\n\r\n\r");
}

void TestCsvReader::emptyInput_isBlank_andHasNoRecords()
{
    QFETCH(QByteArray, data);
    CsvReader reader(data);
    QVERIFY(reader.isBlank());
    QVERIFY(reader.isValidUtf8());
    CsvReader::Record record;
    QVERIFY(!reader.readNext(&record));
    QVERIFY(reader.atEnd());
    QVERIFY(reader.errors().isEmpty());
    QVERIFY(!CsvReader(QByteArray("a\n")).isBlank());
}

void TestCsvReader::unterminatedQuote_namesTheLineWhereItOpened()
{
    const Read read = readCsv("a,b\n1,2\n3,\"open\nstill open\n4,5\n");
    QCOMPARE(read.fields(), (Fields {row({"a", "b"}), row({"1", "2"})}));
    QCOMPARE(read.errorLines(), (Lines {3}));
    QVERIFY2(read.errors.first().message.contains(QStringLiteral("never closed")),
             qPrintable(read.errors.first().message));

    // The line of the quote, not of the record, when the record spans lines.
    const Read later = readCsv("a,b,c\n\"x\ny\",\"z\n");
    QCOMPARE(later.errorLines(), (Lines {3}));
}

void TestCsvReader::textAfterClosingQuote_isAnErrorOnItsLine()
{
    const Read read = readCsv("a,b\n1,\"He said \"hi\" there\"\n2,3\n");
    QCOMPARE(read.errorLines(), (Lines {2}));
    QVERIFY2(read.errors.first().message.contains(QStringLiteral("closing quote")),
             qPrintable(read.errors.first().message));
    // Reading goes on: the following record is intact.
    QCOMPARE(read.records.size(), 3);
    QCOMPARE(read.records.last().fields, row({"2", "3"}));
}

void TestCsvReader::quoteInsideUnquotedField_isAnOrdinaryCharacter()
{
    const Read read = readCsv("size,item\n5\",pipe\n");
    QCOMPARE(read.fields(), (Fields {row({"size", "item"}), row({"5\"", "pipe"})}));
    QVERIFY(read.errors.isEmpty());
}

void TestCsvReader::invalidUtf8_namesEveryLineOnce_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<Lines>("lines");
    QTest::newRow("Latin-1 e acute")
        << QByteArray("a,b\nCaf\xE9,1\nok,2\n\xE9t\xE9,3\n") << Lines {2, 4};
    QTest::newRow("lone continuation") << QByteArray("a\n\x80\n") << Lines {2};
    QTest::newRow("overlong slash") << QByteArray("a\nb\n\xC0\xAF\n") << Lines {3};
    QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80\n") << Lines {1};
    QTest::newRow("above U+10FFFF") << QByteArray("a\n\xF4\x90\x80\x80\n") << Lines {2};
    QTest::newRow("truncated at the end") << QByteArray("a\r\n\xE2\x82") << Lines {2};
    QTest::newRow("inside quotes, second line") << QByteArray("a\n\"x\ny\xFF\"\n") << Lines {3};
}

void TestCsvReader::invalidUtf8_namesEveryLineOnce()
{
    QFETCH(QByteArray, data);
    QFETCH(Lines, lines);
    CsvReader reader(data);
    QVERIFY(!reader.isValidUtf8());
    Lines reported;
    for (const CsvReader::Error &error : reader.errors()) {
        reported.append(error.line);
        QVERIFY2(error.message.contains(QStringLiteral("UTF-8")), qPrintable(error.message));
    }
    QCOMPARE(reported, lines);
}

void TestCsvReader::validMultibyteUtf8_isRead()
{
    const QByteArray text = QStringLiteral("Bakı,Тбилиси,Երևան,ქუთაისი,😀").toUtf8();
    CsvReader reader(QByteArray("a,b,c,d,e\n") + text + '\n');
    QVERIFY(reader.isValidUtf8());
    const QList<CsvReader::Record> records = reader.readAll();
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(1).fields.join(QLatin1Char(',')), QString::fromUtf8(text));
}

void TestCsvReader::utf16_isRefused()
{
    const QByteArray data("\xFF\xFE"
                          "a\0,\0b\0\n\0",
                          10);
    const Read read = readCsv(data);
    QVERIFY(read.records.isEmpty());
    QCOMPARE(read.errorLines(), (Lines {1}));
    QVERIFY2(read.errors.first().message.contains(QStringLiteral("UTF-16")),
             qPrintable(read.errors.first().message));
}

void TestCsvReader::device_isReadToItsEnd()
{
    QByteArray data("\xEF\xBB\xBFx;y\n1;\"2\n3\"\n");
    QBuffer buffer(&data);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer);
    QVERIFY(reader.hasByteOrderMark());
    QCOMPARE(reader.delimiter(), ';');
    const QList<CsvReader::Record> records = reader.readAll();
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(1).fields, row({"1", "2\n3"}));
    QVERIFY(buffer.atEnd());
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
