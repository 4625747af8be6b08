// SPDX-License-Identifier: GPL-3.0-or-later
// The demo record base on each engine, for tests that run every function
// against both: initTestCase_data() calls addEngineRows(), and init() calls
// LIAISON_OPEN_DEMO_ON_ENGINE(m_demo), which skips (or fails, when a server
// is required) the server row without a server. Each engine's demo is made
// once, on first use, and shared by the test functions like a file would be.
#pragma once

#include "database.h"
#include "demodatabase.h"
#include "postgrestestdatabase.h"

#include <QMap>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#define LIAISON_OPEN_DEMO_ON_ENGINE(demo)                                                          \
    do {                                                                                           \
        QFETCH_GLOBAL(QString, engine);                                                            \
        if (engine == liaison::testing::DemoOnEngines::postgresEngine())                           \
            LIAISON_NEED_POSTGRES();                                                               \
        QVERIFY2((demo).open(engine), qPrintable((demo).errorString()));                           \
    } while (false)

namespace liaison::testing {

class DemoOnEngines
{
public:
    static QString sqliteEngine() { return QStringLiteral("sqlite"); }
    static QString postgresEngine() { return QStringLiteral("postgresql"); }

    // The global data rows: an "engine" column, one row per engine.
    static void addEngineRows()
    {
        QTest::addColumn<QString>("engine");
        QTest::newRow("sqlite") << sqliteEngine();
        QTest::newRow("postgresql") << postgresEngine();
    }

    // Makes the engine's demo the current one, creating it on first use.
    bool open(const QString &engine)
    {
        m_current = engine;
        if (m_bases.contains(engine))
            return true;
        auto base = std::make_unique<Base>();
        QString error;
        if (engine == postgresEngine()) {
            base->server = std::make_unique<PostgresTestDatabase>();
            if (!base->server->isValid())
                return fail(base->server->errorString());
            if (!DemoDatabase::create(base->server->location(), &error))
                return fail(error);
            if (!base->db.open(base->server->location()))
                return fail(base->db.errorString());
        } else {
            const QString path = base->dir.filePath(QStringLiteral("demo.sqlite"));
            if (!DemoDatabase::create(path, &error))
                return fail(error);
            if (!base->db.open(path))
                return fail(base->db.errorString());
        }
        m_bases.insert(engine, base.release());
        return true;
    }

    ~DemoOnEngines()
    {
        // Connections close before their server databases are dropped.
        qDeleteAll(m_bases);
    }

    Database &db() const { return m_bases.value(m_current)->db; }
    // Another engine's demo, made on first use, for comparing the engines;
    // the current engine stays what it was. nullptr when it cannot be made.
    Database *dbOn(const QString &engine)
    {
        const QString current = m_current;
        const bool opened = open(engine);
        m_current = current;
        return opened ? &m_bases.value(engine)->db : nullptr;
    }
    QString engine() const { return m_current; }
    bool isPostgres() const { return m_current == postgresEngine(); }
    QString errorString() const { return m_error; }

private:
    struct Base
    {
        QTemporaryDir dir;
        std::unique_ptr<PostgresTestDatabase> server;
        Database db; // declared last: closed before the server database goes
    };

    bool fail(const QString &error)
    {
        m_error = m_current + QStringLiteral(": ") + error;
        return false;
    }

    QMap<QString, Base *> m_bases;
    QString m_current;
    QString m_error;
};

} // namespace liaison::testing
