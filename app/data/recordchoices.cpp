// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordchoices.h"

#include "database.h"
#include "partialdate.h"

#include <QCollator>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace liaison {

namespace {

// SELECT id, name, acronym-or-NULL, date-or-NULL for each kind a reference
// can point to; the order makes ties (equal names) stable.
QString listSql(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Agency:
        return QStringLiteral("SELECT id, name, acronym, NULL FROM agencies ORDER BY id");
    case RecordKind::Project:
        return QStringLiteral("SELECT id, name, acronym, NULL FROM projects ORDER BY id");
    case RecordKind::Event:
        return QStringLiteral("SELECT id, title, NULL, start_date FROM events "
                              "ORDER BY start_date IS NULL, start_date, id");
    case RecordKind::Person:
        return QStringLiteral("SELECT id, full_name, NULL, NULL FROM people ORDER BY id");
    case RecordKind::Agreement:
        return QStringLiteral("SELECT id, subject, NULL, signed_on FROM agreements "
                              "ORDER BY signed_on IS NULL, signed_on, id");
    case RecordKind::Source:
        return QStringLiteral("SELECT id, title, NULL, published_on FROM sources ORDER BY id");
    case RecordKind::Country:
        break;
    }
    return {};
}

QString shortNameSql(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Agency:
        return QStringLiteral("SELECT COALESCE(acronym, name) FROM agencies WHERE id = :id");
    case RecordKind::Project:
        return QStringLiteral("SELECT COALESCE(acronym, name) FROM projects WHERE id = :id");
    case RecordKind::Event:
        return QStringLiteral("SELECT title FROM events WHERE id = :id");
    case RecordKind::Person:
        return QStringLiteral("SELECT full_name FROM people WHERE id = :id");
    case RecordKind::Agreement:
        return QStringLiteral("SELECT subject FROM agreements WHERE id = :id");
    case RecordKind::Source:
        return QStringLiteral("SELECT title FROM sources WHERE id = :id");
    case RecordKind::Country:
        return QStringLiteral("SELECT name FROM countries WHERE code = :code");
    }
    return {};
}

} // namespace

QList<QPair<qint64, QString>> RecordChoices::list(const Database &db, RecordKind kind,
                                                  QString *error)
{
    QList<QPair<qint64, QString>> choices;
    const QString sql = listSql(kind);
    if (sql.isEmpty())
        return choices;
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.exec(sql)) {
        if (error)
            *error = Database::describeError(query.lastError());
        return choices;
    }
    while (query.next()) {
        const QString name = query.value(1).toString();
        const QString acronym = query.value(2).toString();
        const PartialDate date = PartialDate::fromIso(query.value(3).toString());
        QString display = name;
        if (!acronym.isEmpty())
            display = acronym + QStringLiteral(" — ") + name;
        else if (!date.isNull())
            display = name + QStringLiteral(" (") + date.toDisplayString() + QLatin1Char(')');
        choices.append({query.value(0).toLongLong(), display});
    }
    // The query's order (by date, else by id) breaks ties between equal names.
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::stable_sort(choices.begin(), choices.end(), [&collator](const auto &a, const auto &b) {
        return collator.compare(a.second, b.second) < 0;
    });
    return choices;
}

QString RecordChoices::shortName(const QVariantMap &fields)
{
    for (const char *key : {"acronym", "name", "title", "full_name", "subject"}) {
        const QString value = fields.value(QLatin1String(key)).toString().trimmed();
        if (!value.isEmpty())
            return value;
    }
    return {};
}

QString RecordChoices::shortName(const Database &db, const RecordId &record)
{
    if (!record.isValid())
        return {};
    QSqlQuery query(db.connection());
    query.prepare(shortNameSql(record.kind));
    if (record.kind == RecordKind::Country)
        query.bindValue(QStringLiteral(":code"), record.code);
    else
        query.bindValue(QStringLiteral(":id"), record.id);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toString();
}

} // namespace liaison
