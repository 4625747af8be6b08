// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordid.h"

namespace liaison {

namespace {
const QString urlScheme = QStringLiteral("liaison");

// An ISO 3166-1 alpha-2 code as written: two ASCII letters, either case.
bool isCountryCode(const QString &code)
{
    const auto isLetter = [](QChar c) {
        return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
    };
    return code.size() == 2 && isLetter(code.at(0)) && isLetter(code.at(1));
}
} // namespace

RecordId RecordId::of(RecordKind kind, qint64 id)
{
    RecordId record;
    record.kind = kind;
    record.id = id;
    return record;
}

RecordId RecordId::country(const QString &code)
{
    RecordId record;
    record.kind = RecordKind::Country;
    record.code = code.toUpper();
    return record;
}

bool RecordId::isValid() const
{
    if (kind == RecordKind::Country)
        return isCountryCode(code) && code == code.toUpper();
    return id > 0;
}

QString RecordId::toString() const
{
    return recordKindName(kind) + QLatin1Char(':')
        + (kind == RecordKind::Country ? code : QString::number(id));
}

std::optional<RecordId> RecordId::fromString(const QString &text)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return std::nullopt;
    const auto kind = recordKindFromName(text.left(colon));
    if (!kind)
        return std::nullopt;
    const QString rest = text.mid(colon + 1);
    RecordId record;
    if (*kind == RecordKind::Country) {
        // Checked before upper-casing: "ß" would become "SS", "ıs" "IS".
        if (!isCountryCode(rest))
            return std::nullopt;
        record = country(rest);
    } else {
        bool ok = false;
        record = of(*kind, rest.toLongLong(&ok));
        if (!ok)
            return std::nullopt;
    }
    return record.isValid() ? std::optional<RecordId>(record) : std::nullopt;
}

QUrl RecordId::toUrl() const
{
    QUrl url;
    url.setScheme(urlScheme);
    url.setPath(recordKindName(kind) + QLatin1Char('/')
                + (kind == RecordKind::Country ? code : QString::number(id)));
    return url;
}

std::optional<RecordId> RecordId::fromUrl(const QUrl &url)
{
    if (url.scheme() != urlScheme)
        return std::nullopt;
    QString path = url.path();
    path.replace(QLatin1Char('/'), QLatin1Char(':'));
    return fromString(path);
}

} // namespace liaison
