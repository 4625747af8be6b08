// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordschema.h"

#include "vocabulary.h"

namespace liaison {

namespace {

using Field = RecordSchema::Field;
using Type = RecordSchema::FieldType;

Field text(const char *name, bool required = false)
{
    Field field;
    field.name = QLatin1String(name);
    field.type = Type::Text;
    field.required = required;
    return field;
}

Field typed(const char *name, Type type, bool required = false)
{
    Field field = text(name, required);
    field.type = type;
    return field;
}

Field acronym()
{
    Field field = text("acronym");
    field.unique = true;
    return field;
}

Field choice(const char *name, bool required, std::initializer_list<const char *> codes)
{
    Field field = typed(name, Type::Choice, required);
    for (const char *code : codes)
        field.choices.append(QLatin1String(code));
    return field;
}

Field reference(const char *name, RecordKind kind, bool required = false)
{
    Field field = typed(name, Type::Reference, required);
    field.referenceKind = kind;
    return field;
}

Field source()
{
    return reference("source_id", RecordKind::Source, true);
}

} // namespace

QString RecordSchema::Field::label() const
{
    if (name == QLatin1String("name"))
        return tr("Name");
    if (name == QLatin1String("acronym"))
        return tr("Acronym");
    if (name == QLatin1String("kind"))
        return tr("Kind");
    if (name == QLatin1String("country_code"))
        return tr("Country");
    if (name == QLatin1String("parent_id"))
        return referenceKind == RecordKind::Project ? tr("Parent programme or project")
                                                    : tr("Parent agency");
    if (name == QLatin1String("city"))
        return tr("City");
    if (name == QLatin1String("website"))
        return tr("Website");
    if (name == QLatin1String("description"))
        return tr("Description");
    if (name == QLatin1String("source_id"))
        return tr("Source");
    if (name == QLatin1String("start_date"))
        return tr("Start date");
    if (name == QLatin1String("end_date"))
        return tr("End date");
    if (name == QLatin1String("status"))
        return tr("Status");
    if (name == QLatin1String("title"))
        return tr("Title");
    if (name == QLatin1String("organiser_id"))
        return tr("Organiser");
    if (name == QLatin1String("project_id"))
        return tr("Project or programme");
    if (name == QLatin1String("full_name"))
        return tr("Full name");
    if (name == QLatin1String("position"))
        return tr("Position");
    if (name == QLatin1String("agency_id"))
        return tr("Agency");
    if (name == QLatin1String("partner_country_code"))
        return tr("Partner country");
    if (name == QLatin1String("partner_countries_more_than"))
        return tr("Partner countries (more than)");
    if (name == QLatin1String("subject"))
        return tr("Subject");
    if (name == QLatin1String("signed_on"))
        return tr("Signed on");
    if (name == QLatin1String("publisher"))
        return tr("Publisher");
    if (name == QLatin1String("url"))
        return tr("Web address");
    if (name == QLatin1String("published_on"))
        return tr("Published on");
    return name;
}

QList<RecordKind> RecordSchema::editableKinds()
{
    return {RecordKind::Agency, RecordKind::Project,   RecordKind::Event,
            RecordKind::Person, RecordKind::Agreement, RecordKind::Source};
}

bool RecordSchema::isEditable(RecordKind kind)
{
    return editableKinds().contains(kind);
}

QList<RecordSchema::Field> RecordSchema::fieldsOf(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Agency:
        return {
            text("name", true),
            acronym(),
            choice("kind", true,
                   {"national_agency", "ministry", "academy", "eu_agency", "eu_body",
                    "international_organisation"}),
            typed("country_code", Type::Country),
            reference("parent_id", RecordKind::Agency),
            text("city"),
            typed("website", Type::Url),
            typed("description", Type::LongText),
            source(),
        };
    case RecordKind::Project:
        return {
            text("name", true),
            acronym(),
            choice("kind", true, {"programme", "project", "platform", "information_exchange"}),
            reference("parent_id", RecordKind::Project),
            typed("start_date", Type::Date),
            typed("end_date", Type::Date),
            choice("status", false, {"planned", "active", "completed", "cancelled", "suspended"}),
            typed("description", Type::LongText),
            source(),
        };
    case RecordKind::Event:
        return {
            text("title", true),
            choice("kind", true,
                   {"seminar", "course", "webinar", "training", "conference", "meeting", "module"}),
            typed("start_date", Type::Date),
            typed("end_date", Type::Date),
            text("city"),
            typed("country_code", Type::Country),
            reference("organiser_id", RecordKind::Agency),
            reference("project_id", RecordKind::Project),
            typed("description", Type::LongText),
            source(),
        };
    case RecordKind::Person:
        return {
            text("full_name", true),
            text("position"),
            reference("agency_id", RecordKind::Agency),
            source(),
        };
    case RecordKind::Agreement:
        // One party (an agency or a country) and the partner: a country, or
        // "more than N countries" where the source gives only a number.
        return {
            text("subject", true),
            reference("agency_id", RecordKind::Agency),
            typed("country_code", Type::Country),
            typed("partner_country_code", Type::Country),
            typed("partner_countries_more_than", Type::Count),
            typed("signed_on", Type::Date),
            source(),
        };
    case RecordKind::Source:
        return {
            text("title", true),
            choice("kind", true, {"published_article", "official_record", "illustrative_sample"}),
            text("publisher"),
            typed("url", Type::Url),
            typed("published_on", Type::Date),
        };
    case RecordKind::Country:
        break;
    }
    return {};
}

std::optional<RecordSchema::Field> RecordSchema::field(RecordKind kind, const QString &name)
{
    const QList<Field> fields = fieldsOf(kind);
    for (const Field &field : fields) {
        if (field.name == name)
            return field;
    }
    return std::nullopt;
}

QString RecordSchema::tableOf(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Agency:
        return QStringLiteral("agencies");
    case RecordKind::Project:
        return QStringLiteral("projects");
    case RecordKind::Event:
        return QStringLiteral("events");
    case RecordKind::Person:
        return QStringLiteral("people");
    case RecordKind::Agreement:
        return QStringLiteral("agreements");
    case RecordKind::Country:
        return QStringLiteral("countries");
    case RecordKind::Source:
        return QStringLiteral("sources");
    }
    return {};
}

QString RecordSchema::kindLabel(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Agency:
        return tr("Agency");
    case RecordKind::Project:
        return tr("Project or programme");
    case RecordKind::Event:
        return tr("Event");
    case RecordKind::Person:
        return tr("Person");
    case RecordKind::Agreement:
        return tr("Agreement");
    case RecordKind::Country:
        return tr("Country");
    case RecordKind::Source:
        return tr("Source");
    }
    return recordKindName(kind);
}

QString RecordSchema::choiceLabel(RecordKind kind, const QString &field, const QString &code)
{
    if (field == QLatin1String("status") && kind == RecordKind::Project)
        return Vocabulary::projectStatusName(code);
    if (field != QLatin1String("kind"))
        return code;
    switch (kind) {
    case RecordKind::Agency:
        return Vocabulary::agencyKindName(code);
    case RecordKind::Project:
        return Vocabulary::projectKindName(code);
    case RecordKind::Event:
        return Vocabulary::eventKindName(code);
    case RecordKind::Source:
        return Vocabulary::sourceKindName(code);
    case RecordKind::Person:
    case RecordKind::Agreement:
    case RecordKind::Country:
        break;
    }
    return code;
}

} // namespace liaison
