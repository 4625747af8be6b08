// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordkey.h"

#include <QCoreApplication>

namespace liaison {

RecordKey RecordKey::all()
{
    RecordKey key;
    key.m_all = true;
    return key;
}

RecordKey RecordKey::of(RecordKind kind, const QString &key)
{
    RecordKey result;
    result.m_kind = kind;
    result.m_key = key;
    return result;
}

QString RecordKey::kindName(RecordKind kind)
{
    return recordKindName(kind);
}

// Summaries exist for agencies, projects and events only.
std::optional<RecordKind> RecordKey::kindFromName(const QString &name)
{
    const auto kind = recordKindFromName(name);
    if (kind == RecordKind::Agency || kind == RecordKind::Project || kind == RecordKind::Event)
        return kind;
    return std::nullopt;
}

std::optional<RecordKey> RecordKey::parse(const QString &text, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<RecordKey> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QString trimmed = text.trimmed();
    if (trimmed.compare(QLatin1String("all"), Qt::CaseInsensitive) == 0)
        return all();
    const qsizetype colon = trimmed.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return fail(tr("\"%1\" is not a record: write KIND:KEY (agency, project or event, "
                       "then an acronym, a name or an id) or \"all\"")
                        .arg(text));
    const QString kindText = trimmed.left(colon).trimmed();
    const QString key = trimmed.mid(colon + 1).trimmed();
    const std::optional<RecordKind> kind = kindFromName(kindText);
    if (!kind)
        return fail(
            tr("\"%1\" is not a kind of record: use agency, project or event").arg(kindText));
    if (key.isEmpty())
        return fail(tr("\"%1\" names no record after the colon").arg(text));
    return of(*kind, key);
}

QString RecordKey::toString() const
{
    return m_all ? QStringLiteral("all") : kindName(m_kind) + QLatin1Char(':') + m_key;
}

} // namespace liaison
