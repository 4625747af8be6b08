// SPDX-License-Identifier: GPL-3.0-or-later
//
// CsvReader on arbitrary bytes. Beyond not crashing:
// - records come in order of their lines, each with at least one field, and
//   reading stops at the end or at the first unterminated quote;
// - a UTF-16 file or bytes that are not UTF-8 are reported, and UTF-8 input
//   is never reported as such;
// - a file read without problems, written again with every field quoted
//   (RFC 4180), reads back as the same fields.

#include "csvreader.h"
#include "fuzzcheck.h"

#include <QBuffer>
#include <QStringDecoder>
#include <QStringList>

#include <algorithm>

using namespace liaison;

namespace {

QString describe(const QList<CsvReader::Record> &records)
{
    QStringList lines;
    for (const CsvReader::Record &record : records)
        lines.append(QStringLiteral("%1: [%2]")
                         .arg(record.line)
                         .arg(record.fields.join(QStringLiteral("|"))));
    return lines.join(QLatin1Char('\n'));
}

QByteArray quotedCsv(const QList<CsvReader::Record> &records, char delimiter)
{
    QByteArray csv;
    for (const CsvReader::Record &record : records) {
        for (qsizetype i = 0; i < record.fields.size(); ++i) {
            if (i > 0)
                csv.append(delimiter);
            QByteArray field = record.fields.at(i).toUtf8();
            field.replace('"', "\"\"");
            csv.append('"').append(field).append('"');
        }
        csv.append("\r\n");
    }
    return csv;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = liaison::fuzz::bytesOf(data, size);
    CsvReader reader(bytes);
    const bool blank = reader.isBlank();
    LIAISON_FUZZ_CHECK(reader.delimiter() == ',' || reader.delimiter() == ';', QString());
    const bool utf16 = bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF");
    // Qt's decoder, keeping a byte order mark as a character: UTF-8 is what
    // decodes without an error and encodes back to the same bytes.
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
    const QString decoded = decoder(bytes);
    const bool utf8 = !utf16 && !decoder.hasError() && decoded.toUtf8() == bytes;
    LIAISON_FUZZ_CHECK(reader.isValidUtf8() == utf8, QString::fromLatin1(bytes.toHex()));

    QList<CsvReader::Record> records;
    CsvReader::Record record;
    int lastLine = 0;
    while (reader.readNext(&record)) {
        LIAISON_FUZZ_CHECK(record.line > lastLine, describe(records));
        LIAISON_FUZZ_CHECK(!record.fields.isEmpty(), describe(records));
        lastLine = record.line;
        records.append(record);
    }
    LIAISON_FUZZ_CHECK(reader.atEnd() || !reader.errors().isEmpty(), describe(records));
    // A blank file holds records of spaces at most.
    for (const CsvReader::Record &read : records) {
        for (const QString &field : read.fields) {
            const bool spaces = std::all_of(field.cbegin(), field.cend(), [](QChar c) {
                return c == QLatin1Char(' ') || c == QLatin1Char('\t');
            });
            LIAISON_FUZZ_CHECK(!blank || spaces, describe(records));
        }
    }
    for (const CsvReader::Error &error : reader.errors())
        LIAISON_FUZZ_CHECK(error.line >= 1 && !error.message.isEmpty(), error.message);

    // The same bytes through a device give the same records.
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader fromDevice(&buffer);
    const QList<CsvReader::Record> again = fromDevice.readAll();
    LIAISON_FUZZ_CHECK(again.size() == records.size(), describe(again));

    // Round trip: every field quoted, with the delimiter the reader chose. With
    // one field in the first record the written file has no delimiter to
    // detect, so only a comma file is compared then.
    if (!reader.errors().isEmpty() || records.isEmpty()
        || (records.constFirst().fields.size() < 2 && reader.delimiter() != ','))
        return 0;
    const QByteArray written = quotedCsv(records, reader.delimiter());
    CsvReader rereader(written);
    const QList<CsvReader::Record> reread = rereader.readAll();
    LIAISON_FUZZ_CHECK(rereader.errors().isEmpty(), rereader.errors().constFirst().message);
    LIAISON_FUZZ_CHECK(reread.size() == records.size(),
                       describe(records) + QStringLiteral("\n---\n") + describe(reread));
    for (qsizetype i = 0; i < records.size(); ++i)
        LIAISON_FUZZ_CHECK(reread.at(i).fields == records.at(i).fields,
                           describe(records) + QStringLiteral("\n---\n") + describe(reread));
    return 0;
}
