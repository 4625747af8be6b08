// SPDX-License-Identifier: GPL-3.0-or-later
#include "demodatabase.h"

#include "database.h"
#include "databaselocation.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace liaison {

namespace {

// Inserts the JSON records, resolving each "ref" to the id it was given.
class DemoLoader
{
public:
    explicit DemoLoader(Database &db)
        : m_db(db)
    { }

    bool load(const QJsonObject &root)
    {
        return insertAll(root, QStringLiteral("sources"), &DemoLoader::insertSource)
            && insertAll(root, QStringLiteral("agencies"), &DemoLoader::insertAgency)
            && resolveAgencyParents(root)
            && insertAll(root, QStringLiteral("projects"), &DemoLoader::insertProject)
            && resolveProjectParents(root)
            && insertAll(root, QStringLiteral("roles"), &DemoLoader::insertRole)
            && insertAll(root, QStringLiteral("events"), &DemoLoader::insertEvent)
            && insertAll(root, QStringLiteral("people"), &DemoLoader::insertPerson)
            && insertAll(root, QStringLiteral("presentations"), &DemoLoader::insertPresentation)
            && insertAll(root, QStringLiteral("reported_participation"),
                         &DemoLoader::insertReportedParticipation)
            && insertAll(root, QStringLiteral("agreements"), &DemoLoader::insertAgreement);
    }

private:
    using Inserter = bool (DemoLoader::*)(const QJsonObject &);

    bool insertAll(const QJsonObject &root, const QString &section, Inserter insert)
    {
        const QJsonArray records = root.value(section).toArray();
        for (qsizetype i = 0; i < records.size(); ++i) {
            m_where = QStringLiteral("%1[%2]").arg(section).arg(i);
            if (!(this->*insert)(records.at(i).toObject()))
                return false;
        }
        return true;
    }

    bool problem(const QString &message)
    {
        return m_db.setError(DemoDatabase::tr("demo records, %1: %2").arg(m_where, message));
    }

    static QVariant text(const QJsonObject &o, const char *field)
    {
        const QJsonValue v = o.value(QLatin1String(field));
        return v.isString() ? QVariant(v.toString()) : QVariant(QMetaType::fromType<QString>());
    }

    QVariant ref(const QHash<QString, qint64> &ids, const QJsonObject &o, const char *field,
                 bool *ok)
    {
        const QJsonValue v = o.value(QLatin1String(field));
        if (v.isNull() || v.isUndefined())
            return QVariant(QMetaType::fromType<qint64>());
        const auto it = ids.constFind(v.toString());
        if (it == ids.constEnd()) {
            *ok = false;
            problem(DemoDatabase::tr("field \"%1\" names an unknown record \"%2\"")
                        .arg(QLatin1String(field), v.toString()));
            return {};
        }
        return *it;
    }

    bool exec(QSqlQuery &query, QHash<QString, qint64> *ids = nullptr, const QString &refName = {})
    {
        if (!query.exec())
            return problem(Database::describeError(query.lastError()));
        // RETURNING id: the same on both engines (QPSQL has no lastInsertId).
        if (ids) {
            if (!query.next())
                return problem(Database::describeError(query.lastError()));
            ids->insert(refName, query.value(0).toLongLong());
        }
        return true;
    }

    QSqlQuery prepare(const char *sql)
    {
        QSqlQuery query(m_db.connection());
        query.prepare(QString::fromUtf8(sql));
        return query;
    }

    QSqlQuery prepareReturningId(const char *sql)
    {
        QSqlQuery query(m_db.connection());
        query.prepare(QString::fromUtf8(sql) + QStringLiteral(" RETURNING id"));
        return query;
    }

    bool insertSource(const QJsonObject &o)
    {
        QSqlQuery q =
            prepareReturningId("INSERT INTO sources (title, publisher, url, published_on, kind) "
                               "VALUES (?, ?, ?, ?, ?)");
        q.addBindValue(text(o, "title"));
        q.addBindValue(text(o, "publisher"));
        q.addBindValue(text(o, "url"));
        q.addBindValue(text(o, "published_on"));
        q.addBindValue(text(o, "kind"));
        return exec(q, &m_sources, o.value(QLatin1String("ref")).toString());
    }

    bool insertAgency(const QJsonObject &o)
    {
        bool ok = true;
        const QVariant source = ref(m_sources, o, "source", &ok);
        if (!ok)
            return false;
        QSqlQuery q =
            prepareReturningId("INSERT INTO agencies (name, acronym, kind, country_code, city, "
                               "website, description, source_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        q.addBindValue(text(o, "name"));
        q.addBindValue(text(o, "acronym"));
        q.addBindValue(text(o, "kind"));
        q.addBindValue(text(o, "country"));
        q.addBindValue(text(o, "city"));
        q.addBindValue(text(o, "website"));
        q.addBindValue(text(o, "description"));
        q.addBindValue(source);
        return exec(q, &m_agencies, o.value(QLatin1String("ref")).toString());
    }

    bool resolveParents(const QJsonObject &root, const QString &section,
                        const QHash<QString, qint64> &ids, const char *sql)
    {
        const QJsonArray records = root.value(section).toArray();
        for (qsizetype i = 0; i < records.size(); ++i) {
            const QJsonObject o = records.at(i).toObject();
            m_where = QStringLiteral("%1[%2]").arg(section).arg(i);
            bool ok = true;
            const QVariant parent = ref(ids, o, "parent", &ok);
            if (!ok)
                return false;
            if (parent.isNull())
                continue;
            QSqlQuery q = prepare(sql);
            q.addBindValue(parent);
            q.addBindValue(ids.value(o.value(QLatin1String("ref")).toString()));
            if (!exec(q))
                return false;
        }
        return true;
    }

    bool resolveAgencyParents(const QJsonObject &root)
    {
        return resolveParents(root, QStringLiteral("agencies"), m_agencies,
                              "UPDATE agencies SET parent_id = ? WHERE id = ?");
    }

    bool resolveProjectParents(const QJsonObject &root)
    {
        return resolveParents(root, QStringLiteral("projects"), m_projects,
                              "UPDATE projects SET parent_id = ? WHERE id = ?");
    }

    bool insertProject(const QJsonObject &o)
    {
        bool ok = true;
        const QVariant source = ref(m_sources, o, "source", &ok);
        if (!ok)
            return false;
        QSqlQuery q =
            prepareReturningId("INSERT INTO projects (name, acronym, kind, start_date, end_date, "
                               "status, description, source_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        q.addBindValue(text(o, "name"));
        q.addBindValue(text(o, "acronym"));
        q.addBindValue(text(o, "kind"));
        q.addBindValue(text(o, "start_date"));
        q.addBindValue(text(o, "end_date"));
        q.addBindValue(text(o, "status"));
        q.addBindValue(text(o, "description"));
        q.addBindValue(source);
        return exec(q, &m_projects, o.value(QLatin1String("ref")).toString());
    }

    bool insertRole(const QJsonObject &o)
    {
        bool ok = true;
        const QVariant project = ref(m_projects, o, "project", &ok);
        const QVariant agency = ok ? ref(m_agencies, o, "agency", &ok) : QVariant();
        const QVariant source = ok ? ref(m_sources, o, "source", &ok) : QVariant();
        if (!ok)
            return false;
        QSqlQuery q = prepare("INSERT INTO project_roles (project_id, agency_id, role, since, "
                              "until, source_id) VALUES (?, ?, ?, ?, ?, ?)");
        q.addBindValue(project);
        q.addBindValue(agency);
        q.addBindValue(text(o, "role"));
        q.addBindValue(text(o, "since"));
        q.addBindValue(text(o, "until"));
        q.addBindValue(source);
        return exec(q);
    }

    bool insertEvent(const QJsonObject &o)
    {
        bool ok = true;
        const QVariant organiser = ref(m_agencies, o, "organiser", &ok);
        const QVariant project = ok ? ref(m_projects, o, "project", &ok) : QVariant();
        const QVariant source = ok ? ref(m_sources, o, "source", &ok) : QVariant();
        if (!ok)
            return false;
        QSqlQuery q =
            prepareReturningId("INSERT INTO events (title, kind, start_date, end_date, city, "
                               "country_code, organiser_id, project_id, description, source_id) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        q.addBindValue(text(o, "title"));
        q.addBindValue(text(o, "kind"));
        q.addBindValue(text(o, "start_date"));
        q.addBindValue(text(o, "end_date"));
        q.addBindValue(text(o, "city"));
        q.addBindValue(text(o, "country"));
        q.addBindValue(organiser);
        q.addBindValue(project);
        q.addBindValue(text(o, "description"));
        q.addBindValue(source);
        const QString eventRef = o.value(QLatin1String("ref")).toString();
        if (!exec(q, &m_events, eventRef))
            return false;
        const qint64 eventId = m_events.value(eventRef);

        // Attending countries, panels and participation share the event's source.
        for (const QJsonValue country : o.value(QLatin1String("countries")).toArray()) {
            QSqlQuery c = prepare("INSERT INTO event_countries (event_id, country_code, "
                                  "source_id) VALUES (?, ?, ?)");
            c.addBindValue(eventId);
            c.addBindValue(country.toString());
            c.addBindValue(source);
            if (!exec(c))
                return false;
        }
        const QJsonArray panels = o.value(QLatin1String("panels")).toArray();
        for (qsizetype i = 0; i < panels.size(); ++i) {
            const QJsonObject panel = panels.at(i).toObject();
            QSqlQuery p =
                prepareReturningId("INSERT INTO panels (event_id, position, title, source_id) "
                                   "VALUES (?, ?, ?, ?)");
            p.addBindValue(eventId);
            p.addBindValue(int(i));
            p.addBindValue(text(panel, "title"));
            p.addBindValue(source);
            if (!exec(p, &m_panels,
                      eventRef + QLatin1Char('/') + panel.value(QLatin1String("ref")).toString()))
                return false;
        }
        for (const QJsonValue value : o.value(QLatin1String("participation")).toArray()) {
            const QJsonObject row = value.toObject();
            const QVariant agency = ref(m_agencies, row, "agency", &ok);
            if (!ok)
                return false;
            QSqlQuery p = prepare("INSERT INTO participation (event_id, agency_id, participants, "
                                  "source_id) VALUES (?, ?, ?, ?)");
            p.addBindValue(eventId);
            p.addBindValue(agency);
            p.addBindValue(row.value(QLatin1String("participants")).toInteger(-1));
            p.addBindValue(source);
            if (!exec(p))
                return false;
        }
        return true;
    }

    bool insertPerson(const QJsonObject &o)
    {
        bool ok = true;
        const QVariant agency = ref(m_agencies, o, "agency", &ok);
        const QVariant source = ok ? ref(m_sources, o, "source", &ok) : QVariant();
        if (!ok)
            return false;
        QSqlQuery q =
            prepareReturningId("INSERT INTO people (full_name, position, agency_id, source_id) "
                               "VALUES (?, ?, ?, ?)");
        q.addBindValue(text(o, "full_name"));
        q.addBindValue(text(o, "position"));
        q.addBindValue(agency);
        q.addBindValue(source);
        return exec(q, &m_people, o.value(QLatin1String("ref")).toString());
    }

    bool insertPresentation(const QJsonObject &o)
    {
        bool ok = true;
        const QVariant person = ref(m_people, o, "person", &ok);
        const QVariant source = ok ? ref(m_sources, o, "source", &ok) : QVariant();
        if (!ok)
            return false;
        const QString panelRef = o.value(QLatin1String("event")).toString() + QLatin1Char('/')
            + o.value(QLatin1String("panel")).toString();
        if (!m_panels.contains(panelRef))
            return problem(DemoDatabase::tr("unknown panel \"%1\"").arg(panelRef));
        QSqlQuery q = prepare("INSERT INTO presentations (person_id, panel_id, topic, source_id) "
                              "VALUES (?, ?, ?, ?)");
        q.addBindValue(person);
        q.addBindValue(m_panels.value(panelRef));
        q.addBindValue(text(o, "topic"));
        q.addBindValue(source);
        return exec(q);
    }

    bool insertReportedParticipation(const QJsonObject &o)
    {
        bool ok = true;
        const QVariant agency = ref(m_agencies, o, "agency", &ok);
        const QVariant project = ok ? ref(m_projects, o, "project", &ok) : QVariant();
        const QVariant source = ok ? ref(m_sources, o, "source", &ok) : QVariant();
        if (!ok)
            return false;
        QSqlQuery q = prepare("INSERT INTO reported_participation (agency_id, project_id, "
                              "participants, source_id) VALUES (?, ?, ?, ?)");
        q.addBindValue(agency);
        q.addBindValue(project);
        q.addBindValue(o.value(QLatin1String("participants")).toInteger(-1));
        q.addBindValue(source);
        return exec(q);
    }

    bool insertAgreement(const QJsonObject &o)
    {
        bool ok = true;
        const QVariant agency = ref(m_agencies, o, "agency", &ok);
        const QVariant source = ok ? ref(m_sources, o, "source", &ok) : QVariant();
        if (!ok)
            return false;
        const QJsonValue moreThan = o.value(QLatin1String("partner_countries_more_than"));
        QSqlQuery q = prepare("INSERT INTO agreements (agency_id, country_code, "
                              "partner_country_code, partner_countries_more_than, subject, "
                              "signed_on, source_id) VALUES (?, ?, ?, ?, ?, ?, ?)");
        q.addBindValue(agency);
        q.addBindValue(text(o, "country"));
        q.addBindValue(text(o, "partner_country"));
        q.addBindValue(moreThan.isDouble() ? QVariant(moreThan.toInteger())
                                           : QVariant(QMetaType::fromType<qint64>()));
        q.addBindValue(text(o, "subject"));
        q.addBindValue(text(o, "signed_on"));
        q.addBindValue(source);
        return exec(q);
    }

    Database &m_db;
    QString m_where;
    QHash<QString, qint64> m_sources;
    QHash<QString, qint64> m_agencies;
    QHash<QString, qint64> m_projects;
    QHash<QString, qint64> m_events;
    QHash<QString, qint64> m_panels;
    QHash<QString, qint64> m_people;
};

} // namespace

QString DemoDatabase::recordsResource()
{
    return QStringLiteral(":/liaison/data/demo-records.json");
}

bool DemoDatabase::populate(Database &db)
{
    QFile file(recordsResource());
    if (!file.open(QIODevice::ReadOnly))
        return db.setError(tr("the embedded demo records %1 are missing").arg(recordsResource()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (doc.isNull())
        return db.setError(tr("the embedded demo records are not valid JSON at offset %1: %2")
                               .arg(parseError.offset)
                               .arg(parseError.errorString()));
    if (!db.beginWrite())
        return false;
    DemoLoader loader(db);
    if (!loader.load(doc.object()) || !db.commit()) {
        db.rollback();
        return false;
    }
    return true;
}

bool DemoDatabase::create(const QString &path, QString *error)
{
    bool created = false;
    {
        Database db;
        created = db.create(path);
        if (created && populate(db))
            return true;
        if (error)
            *error = db.errorString();
    }
    // Remove only a file this call made; an existing file was never touched.
    if (created)
        Database::removeFiles(path);
    return false;
}

bool DemoDatabase::create(const DatabaseLocation &location, QString *error)
{
    if (!location.isPostgres())
        return create(location.path(), error);
    Database db;
    if (db.create(location) && populate(db))
        return true;
    if (error)
        *error = db.errorString();
    return false;
}

} // namespace liaison
