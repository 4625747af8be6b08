// SPDX-License-Identifier: GPL-3.0-or-later
//
// Records named from outside: RecordKey::parse (KIND:KEY on the command
// line), RecordId::fromString (settings) and RecordId::fromUrl (links in the
// detail pane) on arbitrary text. Beyond not crashing:
// - a parsed key names a kind and a non-empty, trimmed key, and its text
//   parses back to the same; a refused one says why;
// - a record id read from text or from a link is valid, and its text and
//   its link read back to the same id; a country's is the two ASCII letters
//   written.

#include "fuzzcheck.h"
#include "recordid.h"
#include "recordkey.h"

#include <QUrl>

#include <algorithm>

using namespace liaison;

namespace {

void checkRecordId(const std::optional<RecordId> &record, const QString &from)
{
    if (!record)
        return;
    LIAISON_FUZZ_CHECK(record->isValid(), from);
    const QString text = record->toString();
    const std::optional<RecordId> fromText = RecordId::fromString(text);
    LIAISON_FUZZ_CHECK(fromText && *fromText == *record,
                       QStringLiteral("%1 -> %2 -> %3")
                           .arg(from, text, fromText ? fromText->toString() : QString()));
    const QUrl url = record->toUrl();
    const std::optional<RecordId> fromUrl = RecordId::fromUrl(url);
    LIAISON_FUZZ_CHECK(fromUrl && *fromUrl == *record,
                       QStringLiteral("%1 -> %2 -> %3")
                           .arg(from, url.toString(), fromUrl ? fromUrl->toString() : QString()));
    // Links travel as text (the detail pane's HTML, anchorClicked).
    const std::optional<RecordId> fromLinkText =
        RecordId::fromUrl(QUrl(QString::fromUtf8(url.toEncoded()), QUrl::StrictMode));
    LIAISON_FUZZ_CHECK(fromLinkText && *fromLinkText == *record,
                       QStringLiteral("%1 -> %2").arg(from, QString::fromUtf8(url.toEncoded())));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(liaison::fuzz::bytesOf(data, size));

    QString error;
    const std::optional<RecordKey> key = RecordKey::parse(text, &error);
    if (key) {
        if (key->isAll()) {
            LIAISON_FUZZ_CHECK(
                text.trimmed().compare(QLatin1String("all"), Qt::CaseInsensitive) == 0, text);
        } else {
            LIAISON_FUZZ_CHECK(!key->key().isEmpty() && key->key() == key->key().trimmed(), text);
            LIAISON_FUZZ_CHECK(RecordKey::kindFromName(RecordKey::kindName(key->kind())), text);
        }
        QString againError;
        const std::optional<RecordKey> again = RecordKey::parse(key->toString(), &againError);
        LIAISON_FUZZ_CHECK(again && again->isAll() == key->isAll() && again->kind() == key->kind()
                               && again->key() == key->key(),
                           QStringLiteral("%1 -> %2: %3").arg(text, key->toString(), againError));
    } else {
        LIAISON_FUZZ_CHECK(!error.isEmpty(), text);
    }

    const std::optional<RecordId> fromText = RecordId::fromString(text);
    checkRecordId(fromText, text);
    // A country is its code as written, two ASCII letters: not "ß" ("SS"
    // once upper-cased) nor "ıs" ("IS").
    if (fromText && fromText->kind == RecordKind::Country) {
        const QString code = text.mid(text.indexOf(QLatin1Char(':')) + 1);
        const bool asciiLetters = std::all_of(
            code.cbegin(), code.cend(), [](QChar c) { return c.unicode() < 0x80 && c.isLetter(); });
        LIAISON_FUZZ_CHECK(code.size() == 2 && asciiLetters && code.toUpper() == fromText->code,
                           text);
    }
    checkRecordId(RecordId::fromUrl(QUrl(text)), text);
    checkRecordId(RecordId::fromUrl(QUrl(text, QUrl::StrictMode)), text);
    checkRecordId(RecordId::fromUrl(QUrl::fromEncoded(text.toUtf8())), text);
    return 0;
}
