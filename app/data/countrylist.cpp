// SPDX-License-Identifier: GPL-3.0-or-later
#include "countrylist.h"

#include "database.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlQuery>

namespace liaison {

namespace {
const QString resourcePath = QStringLiteral(":/liaison/data/countries.tsv");
}

QList<CountryList::Country> CountryList::all()
{
    QList<Country> countries;
    QFile file(resourcePath);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return countries;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype tab = line.indexOf(QLatin1Char('\t'));
        if (tab != 2)
            continue;
        countries.append({line.left(2), line.mid(3)});
    }
    return countries;
}

bool CountryList::insertInto(Database &db)
{
    const QList<Country> countries = all();
    if (countries.isEmpty()) {
        return db.setError(tr("the embedded country list %1 is missing").arg(resourcePath));
    }
    QSqlQuery insert(db.connection());
    insert.prepare(QStringLiteral("INSERT INTO countries (code, name) VALUES (?, ?)"));
    for (const Country &country : countries) {
        insert.bindValue(0, country.code);
        insert.bindValue(1, country.name);
        if (!insert.exec())
            return db.setError(insert);
    }
    return true;
}

} // namespace liaison
