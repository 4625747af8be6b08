// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include <QIODevice>

namespace liaison {

namespace {

bool isLineBreak(char c)
{
    return c == '\n' || c == '\r';
}

bool isBlankSpace(char c)
{
    return c == ' ' || c == '\t';
}

bool isContinuation(uchar c)
{
    return (c & 0xC0) == 0x80;
}

// The length of the well-formed UTF-8 sequence at data[i] (RFC 3629: no
// overlong forms, no surrogates, nothing above U+10FFFF), or 0 when there is
// none.
int utf8SequenceLength(const uchar *data, qsizetype i, qsizetype size)
{
    const uchar c = data[i];
    if (c < 0x80)
        return 1;
    int length = 0;
    uchar low = 0x80;
    uchar high = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        length = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        length = 3;
        if (c == 0xE0)
            low = 0xA0;
        else if (c == 0xED)
            high = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4;
        if (c == 0xF0)
            low = 0x90;
        else if (c == 0xF4)
            high = 0x8F;
    } else {
        return 0;
    }
    if (i + length > size)
        return 0;
    if (data[i + 1] < low || data[i + 1] > high)
        return 0;
    for (int k = 2; k < length; ++k) {
        if (!isContinuation(data[i + k]))
            return 0;
    }
    return length;
}

// The text of a field's UTF-8 bytes. QString::fromUtf8 drops a byte order
// mark that starts its input: only the file's first one is a byte order mark
// (skipped before), one at the start of a field is its character U+FEFF.
QString fieldText(const char *data, qsizetype size)
{
    QString marks;
    while (size >= 3 && data[0] == '\xEF' && data[1] == '\xBB' && data[2] == '\xBF') {
        marks.append(QChar(0xFEFF));
        data += 3;
        size -= 3;
    }
    const QString text = QString::fromUtf8(data, size);
    return marks.isEmpty() ? text : marks + text;
}

} // namespace

CsvReader::CsvReader(const QByteArray &data)
    : m_data(data)
{
    checkEncoding();
    detectDelimiter();
}

CsvReader::CsvReader(QIODevice *device)
    : CsvReader(device ? device->readAll() : QByteArray())
{ }

void CsvReader::checkEncoding()
{
    const auto *bytes = reinterpret_cast<const uchar *>(m_data.constData());
    const qsizetype size = m_data.size();
    if (size >= 2
        && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF))) {
        m_encodingValid = false;
        m_errors.append({1, tr("the file is UTF-16 text; save it as UTF-8")});
        m_pos = size;
        return;
    }
    if (m_data.startsWith("\xEF\xBB\xBF")) {
        m_hasBom = true;
        m_pos = 3;
    }
    int line = 1;
    int lastReported = 0;
    qsizetype i = m_pos;
    while (i < size) {
        const uchar c = bytes[i];
        if (c < 0x80) {
            if (c == '\n' || (c == '\r' && (i + 1 >= size || bytes[i + 1] != '\n')))
                ++line;
            ++i;
            continue;
        }
        const int length = utf8SequenceLength(bytes, i, size);
        if (length > 0) {
            i += length;
            continue;
        }
        m_encodingValid = false;
        if (line != lastReported) {
            const QString byte = QStringLiteral("0x%1").arg(
                QString::number(uint(c), 16).toUpper().rightJustified(2, QLatin1Char('0')));
            m_errors.append(
                {line,
                 tr("the line is not valid UTF-8 text (byte %1); save the file as UTF-8")
                     .arg(byte)});
            lastReported = line;
        }
        ++i;
    }
}

void CsvReader::detectDelimiter()
{
    qsizetype commas = 0;
    qsizetype semicolons = 0;
    bool quoted = false;
    qsizetype i = m_pos;
    // Blank lines before the header do not count.
    while (i < m_data.size() && isLineBreak(m_data.at(i)))
        ++i;
    for (; i < m_data.size(); ++i) {
        const char c = m_data.at(i);
        if (c == '"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (isLineBreak(c))
            break;
        else if (c == ',')
            ++commas;
        else if (c == ';')
            ++semicolons;
    }
    m_delimiter = semicolons > commas ? ';' : ',';
}

bool CsvReader::isBlank() const
{
    const qsizetype start = m_hasBom ? 3 : 0;
    for (qsizetype i = start; i < m_data.size(); ++i) {
        const char c = m_data.at(i);
        if (!isLineBreak(c) && !isBlankSpace(c))
            return false;
    }
    return true;
}

void CsvReader::consumeLineBreak()
{
    if (m_pos >= m_data.size())
        return;
    if (m_data.at(m_pos) == '\r' && m_pos + 1 < m_data.size() && m_data.at(m_pos + 1) == '\n')
        m_pos += 2;
    else
        ++m_pos;
    ++m_line;
}

QString CsvReader::readUnquotedField()
{
    const char *data = m_data.constData();
    const qsizetype size = m_data.size();
    const qsizetype start = m_pos;
    qsizetype i = start;
    while (i < size) {
        const char c = data[i];
        if (c == m_delimiter || c == '\n' || c == '\r')
            break;
        ++i;
    }
    m_pos = i;
    return fieldText(data + start, i - start);
}

bool CsvReader::readQuotedField(QString *field)
{
    const char *data = m_data.constData();
    const qsizetype size = m_data.size();
    const int openedOn = m_line;
    ++m_pos; // the opening quote
    QByteArray text;
    qsizetype runStart = m_pos;
    bool closed = false;
    while (m_pos < size) {
        const char c = data[m_pos];
        if (c != '"' && c != '\r' && c != '\n') {
            ++m_pos;
            continue;
        }
        text.append(data + runStart, m_pos - runStart);
        if (c == '"') {
            if (m_pos + 1 < size && data[m_pos + 1] == '"') {
                text.append('"');
                m_pos += 2;
            } else {
                ++m_pos;
                closed = true;
                break;
            }
        } else {
            text.append('\n');
            consumeLineBreak();
        }
        runStart = m_pos;
    }
    if (!closed) {
        m_errors.append({openedOn,
                         tr("the quote that opens a field on this line is never closed (a "
                            "missing \" or a quote inside a field that was not written \"\")")});
        m_pos = size;
        return false;
    }
    // Spaces may follow the closing quote; anything else is a stray quote.
    qsizetype after = m_pos;
    while (after < size && isBlankSpace(data[after]))
        ++after;
    if (after < size && data[after] != m_delimiter && !isLineBreak(data[after])) {
        m_errors.append({m_line,
                         tr("text after the closing quote of a field; a quote inside a quoted "
                            "field is written twice (\"\")")});
        qsizetype end = after;
        while (end < size && data[end] != m_delimiter && !isLineBreak(data[end]))
            ++end;
        text.append(data + m_pos, end - m_pos);
        after = end;
    }
    m_pos = after;
    *field = fieldText(text.constData(), text.size());
    return true;
}

bool CsvReader::readNext(Record *record)
{
    const char *data = m_data.constData();
    const qsizetype size = m_data.size();
    // Empty lines are no records.
    while (m_pos < size && isLineBreak(data[m_pos]))
        consumeLineBreak();
    if (m_pos >= size)
        return false;

    record->line = m_line;
    record->fields.clear();
    for (;;) {
        qsizetype start = m_pos;
        while (start < size && isBlankSpace(data[start]))
            ++start;
        if (start < size && data[start] == '"') {
            m_pos = start;
            QString field;
            if (!readQuotedField(&field))
                return false;
            record->fields.append(field);
        } else {
            record->fields.append(readUnquotedField());
        }
        if (m_pos < size && data[m_pos] == m_delimiter) {
            ++m_pos;
            continue;
        }
        consumeLineBreak();
        return true;
    }
}

QList<CsvReader::Record> CsvReader::readAll()
{
    QList<Record> records;
    Record record;
    while (readNext(&record))
        records.append(record);
    return records;
}

} // namespace liaison
