// SPDX-License-Identifier: GPL-3.0-or-later
//
// What a user types into the search field: SearchIndex::ftsQueryFor on
// arbitrary text, and the search itself on a demo record base. Beyond not
// crashing:
// - the FTS5 query is a list of quoted prefix phrases ("word"*), one per
//   word, empty exactly when the text has no letter or digit;
// - the search never fails (no FTS5 syntax error, no SQL error), whatever
//   the text.

#include "database.h"
#include "demodatabase.h"
#include "fuzzcheck.h"
#include "searchindex.h"

#include <QDir>

#include <algorithm>

using namespace liaison;

namespace {

struct Fixture
{
    QDir dir {liaison::fuzz::temporaryFolder()};
    Database db;
};

Fixture *fixture = nullptr;

bool hasLetterOrDigit(const QString &text)
{
    const QList<uint> codePoints = text.toUcs4();
    return std::any_of(codePoints.cbegin(), codePoints.cend(),
                       [](uint c) { return QChar::isLetterOrNumber(char32_t(c)); });
}

// "word"* "word"* …: every phrase quoted, its quotes doubled, then a star.
bool isPrefixPhraseList(const QString &query)
{
    qsizetype i = 0;
    const qsizetype size = query.size();
    while (i < size) {
        if (query.at(i) != QLatin1Char('"'))
            return false;
        ++i;
        bool closed = false;
        while (i < size) {
            if (query.at(i) == QLatin1Char('"')) {
                if (i + 1 < size && query.at(i + 1) == QLatin1Char('"')) {
                    i += 2;
                    continue;
                }
                closed = true;
                ++i;
                break;
            }
            ++i;
        }
        if (!closed || i >= size || query.at(i) != QLatin1Char('*'))
            return false;
        ++i;
        if (i < size) {
            if (query.at(i) != QLatin1Char(' ') || i + 1 >= size)
                return false;
            ++i;
        }
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    liaison::fuzz::ensureApplication();
    fixture = new Fixture; // never destroyed (see ensureApplication())
    const QString path = fixture->dir.filePath(QStringLiteral("demo.sqlite"));
    QString error;
    LIAISON_FUZZ_CHECK(DemoDatabase::create(path, &error), error);
    LIAISON_FUZZ_CHECK(fixture->db.open(path, Database::OpenMode::ReadOnly),
                       fixture->db.errorString());
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(liaison::fuzz::bytesOf(data, size));
    const QString query = SearchIndex::ftsQueryFor(text);
    LIAISON_FUZZ_CHECK(query.isEmpty() == !hasLetterOrDigit(text), query);
    LIAISON_FUZZ_CHECK(isPrefixPhraseList(query), query);

    const SearchIndex index(fixture->db);
    const std::optional<QList<SearchIndex::Hit>> hits = index.search(text, 20);
    LIAISON_FUZZ_CHECK(hits.has_value(),
                       QStringLiteral("%1\nquery: %2").arg(index.errorString(), query));
    LIAISON_FUZZ_CHECK(hits->size() <= 20, query);
    for (const SearchIndex::Hit &hit : *hits)
        LIAISON_FUZZ_CHECK(hit.record.isValid(), hit.record.toString());
    return 0;
}
