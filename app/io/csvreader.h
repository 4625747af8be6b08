// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace liaison {

// Reads CSV as RFC 4180 describes it, from UTF-8 bytes:
// - an optional UTF-8 byte order mark is skipped (a later one is a field's
//   character U+FEFF);
// - the delimiter, comma or semicolon, is the one the first line holds more
//   of outside quotes (a comma when neither);
// - records end at CRLF, LF or a lone CR; physical lines are counted from 1
//   and each record carries the line it starts on;
// - a field in double quotes may hold delimiters, line breaks (read as LF
//   whatever the file uses, so a CRLF and an LF file give the same text) and
//   quotes written twice (""). Spaces before the opening quote and after the
//   closing one are ignored. Text after the closing quote is an error (a
//   quote inside a quoted field that was not doubled) and is kept in the
//   field; a quote inside an unquoted field is an ordinary character;
// - an empty line is no record, so a trailing line break adds none;
// - fields are not trimmed.
// Problems carry their line: bytes that are not UTF-8 (every line that has
// some, known from the start), a UTF-16 file, text after a closing quote and a
// quoted field never closed (the line where its quote opened; reading stops
// there).
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(liaison::CsvReader)

public:
    struct Record
    {
        int line = 0; // the physical line the record starts on, from 1
        QStringList fields;
    };

    struct Error
    {
        int line = 0;
        QString message;
    };

    explicit CsvReader(const QByteArray &data);
    // Reads the device from its current position to its end.
    explicit CsvReader(QIODevice *device);

    bool hasByteOrderMark() const { return m_hasBom; }
    char delimiter() const { return m_delimiter; }
    // Nothing but a byte order mark, spaces and line breaks.
    bool isBlank() const;
    // Whether the input is UTF-8 throughout (no encoding errors).
    bool isValidUtf8() const { return m_encodingValid; }

    // Reads the next record into record; false at the end of the input, or
    // when an unterminated quote ends the reading (see errors()).
    bool readNext(Record *record);
    bool atEnd() const { return m_pos >= m_data.size(); }
    // Every remaining record.
    QList<Record> readAll();

    // The problems met so far, in the order met: encoding problems are known
    // from the construction on, quoting problems as records are read.
    const QList<Error> &errors() const { return m_errors; }

private:
    void checkEncoding();
    void detectDelimiter();
    // Consumes a line break at m_pos (CRLF, LF or CR), counting the line.
    void consumeLineBreak();
    bool readQuotedField(QString *field);
    QString readUnquotedField();

    QByteArray m_data;
    qsizetype m_pos = 0;
    int m_line = 1;
    char m_delimiter = ',';
    bool m_hasBom = false;
    bool m_encodingValid = true;
    QList<Error> m_errors;
};

} // namespace liaison
