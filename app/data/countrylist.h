// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace liaison {

class Database;

// The ISO 3166-1 alpha-2 country list that ships with Liaison.
class CountryList
{
    Q_DECLARE_TR_FUNCTIONS(liaison::CountryList)

public:
    struct Country
    {
        QString code;
        QString name;
    };

    // Read from the embedded resource; empty if the resource is missing.
    static QList<Country> all();
    // Inserts the list into the countries table (inside the caller's
    // transaction); sets db.errorString() on failure.
    static bool insertInto(Database &db);
};

} // namespace liaison
