// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailpane.h"

#include "backgroundloader.h"
#include "busyindicator.h"
#include "countrynames.h"
#include "database.h"
#include "partialdate.h"
#include "participationstats.h"
#include "recorddetailsstore.h"
#include "recordstore.h"
#include "vocabulary.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QEvent>
#include <QFileInfo>
#include <QLocale>
#include <QScrollBar>
#include <QStringList>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>
#include <variant>

namespace liaison {

// What the worker reads for one page: plain data, no wording.
struct DetailPageData
{
    enum class Kind { NoDatabase, Overview, Record };

    Kind kind = Kind::NoDatabase;
    RecordId record;
    // The overview's.
    QString path;
    std::optional<RecordStore::RecordCounts> counts;
    std::optional<qint64> totalParticipants;
    std::optional<QList<RecordStore::Source>> sources;
    // A record's; empty when it does not exist or could not be read.
    std::variant<std::monostate, AgencyDetails, ProjectDetails, EventDetails, PersonDetails,
                 AgreementDetails, CountryDetails, SourceDetails>
        details;
    QString error; // why the page could not be read

    bool isPageOf(bool showingRecord, const RecordId &id) const
    {
        return showingRecord ? kind == Kind::Record && record == id : kind == Kind::Overview;
    }
};

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// Only web and mail links from a record are handed to the system; a file: or
// script link stored in a record is shown but never opened.
bool isExternalWebUrl(const QUrl &url)
{
    const QString scheme = url.scheme();
    return url.isValid()
        && (scheme == QLatin1String("http") || scheme == QLatin1String("https")
            || scheme == QLatin1String("mailto"));
}

int plural(qint64 n)
{
    return int(std::clamp<qint64>(n, 0, std::numeric_limits<int>::max()));
}

QString displayKey(const QString &name, const QString &acronym)
{
    return acronym.isEmpty() ? name : acronym;
}

QString nameWithAcronym(const QString &name, const QString &acronym)
{
    if (acronym.isEmpty() || acronym.compare(name, Qt::CaseInsensitive) == 0)
        return name;
    return QStringLiteral("%1 (%2)").arg(name, acronym);
}

// One page of the pane as HTML. Its strings share the pane's translation context.
class PageBuilder
{
    Q_DECLARE_TR_FUNCTIONS(liaison::DetailPane)

public:
    // A list longer than this shows its first ListLimit items and a link to
    // show all: laying out 2,000 events took the pane 50 ms on a large base.
    static constexpr qsizetype ListLimit = 200;
    static constexpr const char *ShowAllScheme = "liaison-show-all";

    PageBuilder(const QLocale &locale, bool showAll)
        : m_locale(locale)
        , m_showAll(showAll)
    { }

    QString html() const { return m_html; }
    QString title() const { return m_title; }

    void page(const DetailPageData &data);

private:
    void noDatabase();
    void overview(const DetailPageData &data);
    void record(const DetailPageData &data);

    void agency(const AgencyDetails &d);
    void project(const ProjectDetails &d);
    void event(const EventDetails &d);
    void person(const PersonDetails &d);
    void agreement(const AgreementDetails &d);
    void country(const CountryDetails &d);
    void source(const SourceDetails &d);
    void unavailable(const QString &error);

    static QString recordKindText(RecordKind kind);

    QString date(const QString &iso) const;
    QString dateRange(const QString &start, const QString &end) const;
    QString period(const QString &since, const QString &until) const;
    static QString participants(qint64 n);
    QString sampleMark(const QString &sourceKind) const;

    static QString link(const RecordId &record, const QString &text, const QString &tooltip = {});
    static QString externalLink(const QString &address);
    static QString agencyLink(const AgencyRef &agency);
    static QString projectLink(const ProjectRef &project);
    static QString countryLink(const CountryRef &country);
    static QString personLink(const PersonRef &person);
    static QString sourceLink(const SourceRef &source);
    QString eventItem(const EventRef &event) const;
    QString agreementItem(const AgreementSummary &agreement) const;
    static QString agreementPartner(const AgreementSummary &agreement);

    void heading(const QString &name, const QString &kindLine);
    void sampleNotice(const SourceRef &source);
    // Rows of the two-column field table; an empty value is left out.
    void field(const QString &label, const QString &valueHtml);
    void textField(const QString &label, const QString &text);
    void endFields();
    // total: how many items the list has when itemsHtml holds only the first.
    void section(const QString &heading, const QStringList &itemsHtml, bool ordered = false,
                 qsizetype total = -1);
    void sourceSection(const SourceRef &source);

    QLocale m_locale;
    bool m_showAll = false;
    QString m_html;
    QString m_fields;
    QString m_title;
    bool m_recordIsSample = false;
};

QString PageBuilder::recordKindText(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Agency:
        return tr("agency", "kind of record");
    case RecordKind::Project:
        return tr("project or programme", "kind of record");
    case RecordKind::Event:
        return tr("event", "kind of record");
    case RecordKind::Person:
        return tr("person", "kind of record");
    case RecordKind::Agreement:
        return tr("agreement", "kind of record");
    case RecordKind::Country:
        return tr("country", "kind of record");
    case RecordKind::Source:
        return tr("source", "kind of record");
    }
    return {};
}

QString PageBuilder::date(const QString &iso) const
{
    const PartialDate parsed = PartialDate::fromIso(iso);
    // A malformed date is still shown, as stored, rather than hidden.
    return parsed.isNull() ? iso : parsed.toDisplayString(m_locale);
}

QString PageBuilder::dateRange(const QString &start, const QString &end) const
{
    const PartialDate from = PartialDate::fromIso(start);
    const PartialDate to = PartialDate::fromIso(end);
    if ((from.isNull() && !start.isEmpty()) || (to.isNull() && !end.isEmpty())) {
        QStringList ends;
        if (!start.isEmpty())
            ends.append(date(start));
        if (!end.isEmpty() && end != start)
            ends.append(date(end));
        return ends.join(QStringLiteral(" – "));
    }
    return PartialDate::rangeToDisplayString(from, to, m_locale);
}

// A role or a project with only one end known: "since April 2021", "until 2024".
QString PageBuilder::period(const QString &since, const QString &until) const
{
    if (since.isEmpty() && until.isEmpty())
        return {};
    if (until.isEmpty())
        return tr("since %1").arg(date(since));
    if (since.isEmpty())
        return tr("until %1").arg(date(until));
    return dateRange(since, until);
}

QString PageBuilder::participants(qint64 n)
{
    return tr("%Ln participants", nullptr, plural(n));
}

// Marks a sample row under a real record; under a sample record the notice
// at the top already says it all.
QString PageBuilder::sampleMark(const QString &sourceKind) const
{
    if (m_recordIsSample || sourceKind != QLatin1String("illustrative_sample"))
        return {};
    return QStringLiteral(" <i>(%1)</i>").arg(esc(tr("illustrative sample")));
}

QString PageBuilder::link(const RecordId &record, const QString &text, const QString &tooltip)
{
    const QString href = esc(record.toUrl().toString(QUrl::FullyEncoded));
    if (tooltip.isEmpty() || tooltip == text)
        return QStringLiteral("<a href=\"%1\">%2</a>").arg(href, esc(text));
    return QStringLiteral("<a href=\"%1\" title=\"%2\">%3</a>").arg(href, esc(tooltip), esc(text));
}

QString PageBuilder::externalLink(const QString &address)
{
    const QUrl url = QUrl::fromUserInput(address.trimmed());
    if (!isExternalWebUrl(url))
        return esc(address);
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(esc(url.toString(QUrl::FullyEncoded)), esc(address));
}

QString PageBuilder::agencyLink(const AgencyRef &agency)
{
    return link(RecordId::of(RecordKind::Agency, agency.id),
                displayKey(agency.name, agency.acronym), agency.name);
}

QString PageBuilder::projectLink(const ProjectRef &project)
{
    return link(RecordId::of(RecordKind::Project, project.id),
                displayKey(project.name, project.acronym), project.name);
}

QString PageBuilder::countryLink(const CountryRef &country)
{
    return link(RecordId::country(country.code),
                country.name.isEmpty() ? country.code : CountryNames::displayName(country.name),
                country.code);
}

QString PageBuilder::personLink(const PersonRef &person)
{
    return link(RecordId::of(RecordKind::Person, person.id), person.fullName);
}

QString PageBuilder::sourceLink(const SourceRef &source)
{
    return link(RecordId::of(RecordKind::Source, source.id), source.title);
}

// "Financial investigations and asset recovery (Course, Budapest, 11 October 2021 – …)"
QString PageBuilder::eventItem(const EventRef &event) const
{
    QStringList details = {Vocabulary::eventKindName(event.kind)};
    if (!event.city.isEmpty())
        details.append(event.city);
    const QString when = dateRange(event.startDate, event.endDate);
    if (!when.isEmpty())
        details.append(when);
    return link(RecordId::of(RecordKind::Event, event.id), event.title)
        + QStringLiteral(" (%1)").arg(esc(details.join(QStringLiteral(", "))));
}

QString PageBuilder::agreementPartner(const AgreementSummary &agreement)
{
    if (agreement.partnerCountry)
        return countryLink(*agreement.partnerCountry);
    if (agreement.partnerCountriesMoreThan)
        return esc(
            tr("more than %Ln countries", nullptr, plural(*agreement.partnerCountriesMoreThan)));
    return {};
}

QString PageBuilder::agreementItem(const AgreementSummary &agreement) const
{
    QString party;
    if (agreement.agency)
        party = agencyLink(*agreement.agency);
    else if (agreement.country)
        party = countryLink(*agreement.country);
    QString item = link(RecordId::of(RecordKind::Agreement, agreement.id), agreement.subject);
    const QString partner = agreementPartner(agreement);
    if (!party.isEmpty() && !partner.isEmpty())
        item += QStringLiteral(" — ") + tr("%1 with %2", "party with partner").arg(party, partner);
    if (!agreement.signedOn.isEmpty())
        item += QStringLiteral(", ") + esc(tr("signed %1").arg(date(agreement.signedOn)));
    return item;
}

void PageBuilder::heading(const QString &name, const QString &kindLine)
{
    m_html += QStringLiteral("<h2>%1</h2>").arg(esc(name));
    if (!kindLine.isEmpty())
        m_html += QStringLiteral("<p style=\"color:#808080\">%1</p>").arg(esc(kindLine));
}

void PageBuilder::sampleNotice(const SourceRef &source)
{
    m_recordIsSample = source.kind == QLatin1String("illustrative_sample");
    if (!m_recordIsSample)
        return;
    // Fixed colours on both text and background stay readable in dark themes.
    m_html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\">"
                             "<tr><td bgcolor=\"#fff3cd\"><span style=\"color:#4d3800\">"
                             "<b>%1</b><br/>%2</span></td></tr></table>")
                  .arg(esc(tr("Illustrative sample — not a real record")),
                       esc(tr("This record was made up to make browsing and charts meaningful; "
                              "no real source states it.")));
}

void PageBuilder::field(const QString &label, const QString &valueHtml)
{
    if (valueHtml.isEmpty())
        return;
    m_fields += QStringLiteral("<tr><td valign=\"top\" style=\"padding-right:12px\"><b>%1</b></td>"
                               "<td valign=\"top\">%2</td></tr>")
                    .arg(esc(label), valueHtml);
}

void PageBuilder::textField(const QString &label, const QString &text)
{
    // Line breaks in a value (a multi-line description) stay line breaks.
    QString html = esc(text);
    html.replace(QLatin1String("\r\n"), QLatin1String("<br/>"));
    html.replace(QLatin1Char('\n'), QLatin1String("<br/>"));
    field(label, html);
}

void PageBuilder::endFields()
{
    if (m_fields.isEmpty())
        return;
    m_html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">%1</table>").arg(m_fields);
    m_fields.clear();
}

void PageBuilder::section(const QString &heading, const QStringList &itemsHtml, bool ordered,
                          qsizetype total)
{
    if (itemsHtml.isEmpty())
        return;
    const QLatin1String list(ordered ? "ol" : "ul");
    m_html += QStringLiteral("<h3>%1</h3><%2>").arg(esc(heading), list);
    const qsizetype shown = m_showAll ? itemsHtml.size() : qMin(itemsHtml.size(), ListLimit);
    for (qsizetype i = 0; i < shown; ++i)
        m_html += QStringLiteral("<li>%1</li>").arg(itemsHtml.at(i));
    m_html += QStringLiteral("</%1>").arg(list);
    const qsizetype all = qMax(total, itemsHtml.size());
    if (shown < all)
        m_html += QStringLiteral("<p>%1 <a href=\"%2:\">%3</a></p>")
                      .arg(esc(tr("The first %1 of %Ln are shown.", nullptr, int(all))
                                   .arg(m_locale.toString(shown))),
                           QLatin1String(ShowAllScheme), esc(tr("Show all")));
}

void PageBuilder::sourceSection(const SourceRef &source)
{
    QStringList about = {esc(Vocabulary::sourceKindName(source.kind))};
    if (!source.publisher.isEmpty())
        about.append(esc(source.publisher));
    if (!source.publishedOn.isEmpty())
        about.append(esc(date(source.publishedOn)));
    QString html = sourceLink(source) + QStringLiteral("<br/>") + about.join(QStringLiteral(", "));
    if (!source.url.isEmpty())
        html += QStringLiteral("<br/>") + externalLink(source.url);
    m_html += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(esc(tr("Source")), html);
}

void PageBuilder::noDatabase()
{
    m_html = QStringLiteral("<p>%1</p>").arg(esc(tr("No record base open")));
}

void PageBuilder::page(const DetailPageData &data)
{
    switch (data.kind) {
    case DetailPageData::Kind::NoDatabase:
        return noDatabase();
    case DetailPageData::Kind::Overview:
        return overview(data);
    case DetailPageData::Kind::Record:
        return record(data);
    }
}

void PageBuilder::overview(const DetailPageData &data)
{
    const QFileInfo file(data.path);
    m_html += QStringLiteral("<h2>%1</h2>").arg(esc(file.fileName()));

    const auto &counts = data.counts;
    if (!counts) {
        m_html +=
            QStringLiteral("<p>%1</p>").arg(esc(tr("Cannot count records: %1").arg(data.error)));
        return;
    }
    const QStringList parts = {
        tr("%Ln agencies", nullptr, plural(counts->agencies)),
        tr("%Ln projects and programmes", nullptr, plural(counts->projects)),
        tr("%Ln events", nullptr, plural(counts->events)),
        tr("%Ln people", nullptr, plural(counts->people)),
        tr("%Ln agreements", nullptr, plural(counts->agreements)),
    };
    m_html += QStringLiteral("<p>%1</p>").arg(esc(m_locale.createSeparatedList(parts)));

    if (const auto &total = data.totalParticipants)
        m_html += QStringLiteral("<p>%1</p>")
                      .arg(esc(tr("%Ln participants in training events recorded.", nullptr,
                                  plural(*total))));

    const auto &sources = data.sources;
    if (!sources)
        return;
    QStringList items;
    for (const RecordStore::Source &s : *sources) {
        // Lower case, inside a sentence; the sample wording is the overview's own.
        QString kind = s.kind;
        if (s.kind == QLatin1String("published_article"))
            kind = tr("published article");
        else if (s.kind == QLatin1String("official_record"))
            kind = tr("official record");
        else if (s.kind == QLatin1String("illustrative_sample"))
            kind = tr("illustrative sample, not a real record");
        items.append(QStringLiteral("<b>%1</b> (%2) — %3")
                         .arg(link(RecordId::of(RecordKind::Source, s.id), s.title), esc(kind),
                              esc(tr("%Ln records", nullptr, plural(s.recordCount)))));
    }
    section(tr("Sources"), items);
}

void PageBuilder::record(const DetailPageData &data)
{
    // One function per kind of record, chosen by the type the worker read.
    std::visit(
        [this, &data](const auto &d) {
            using Details = std::decay_t<decltype(d)>;
            if constexpr (std::is_same_v<Details, std::monostate>)
                unavailable(data.error);
            else if constexpr (std::is_same_v<Details, AgencyDetails>)
                agency(d);
            else if constexpr (std::is_same_v<Details, ProjectDetails>)
                project(d);
            else if constexpr (std::is_same_v<Details, EventDetails>)
                event(d);
            else if constexpr (std::is_same_v<Details, PersonDetails>)
                person(d);
            else if constexpr (std::is_same_v<Details, AgreementDetails>)
                agreement(d);
            else if constexpr (std::is_same_v<Details, CountryDetails>)
                country(d);
            else
                source(d);
        },
        data.details);
}

void PageBuilder::unavailable(const QString &error)
{
    m_title.clear();
    if (error.isEmpty()) {
        m_html = QStringLiteral("<h2>%1</h2><p>%2</p>")
                     .arg(esc(tr("This record no longer exists")),
                          esc(tr("It may have been deleted, or another record base was opened.")));
    } else {
        m_html = QStringLiteral("<h2>%1</h2><p>%2</p>")
                     .arg(esc(tr("This record could not be read")), esc(error));
    }
}

void PageBuilder::agency(const AgencyDetails &d)
{
    m_title = displayKey(d.name, d.acronym);
    heading(nameWithAcronym(d.name, d.acronym), Vocabulary::agencyKindName(d.kind));
    sampleNotice(d.source);
    if (d.country)
        field(tr("Country"), countryLink(*d.country));
    if (d.parent)
        field(tr("Part of"), agencyLink(*d.parent));
    textField(tr("City"), d.city);
    if (!d.website.isEmpty())
        field(tr("Website"), externalLink(d.website));
    textField(tr("Description"), d.description);
    if (d.totalParticipants > 0)
        textField(tr("Participants"), participants(d.totalParticipants));
    endFields();

    QStringList items;
    for (const AgencyRef &sub : d.subAgencies)
        items.append(agencyLink(sub)
                     + (sub.acronym.isEmpty() ? QString() : QStringLiteral(" — ") + esc(sub.name)));
    section(tr("Sub-agencies"), items);

    items.clear();
    for (const AgencyDetails::ProjectRole &role : d.projects) {
        QString item = projectLink(role.project) + QStringLiteral(" — ")
            + esc(Vocabulary::roleName(role.role));
        const QString when = period(role.since, role.until);
        if (!when.isEmpty())
            item += QStringLiteral(", ") + esc(when);
        items.append(item + sampleMark(role.sourceKind));
    }
    section(tr("Projects and programmes"), items);

    items.clear();
    for (const PersonRef &p : d.people)
        items.append(
            personLink(p)
            + (p.position.isEmpty() ? QString() : QStringLiteral(" — ") + esc(p.position)));
    section(tr("People"), items);

    items.clear();
    for (const AgreementSummary &a : d.agreements)
        items.append(agreementItem(a));
    section(tr("Agreements"), items);

    items.clear();
    for (const AgencyDetails::ProjectParticipation &row : d.participantsByProject) {
        const QString where =
            row.project ? projectLink(*row.project) : esc(tr("Outside any project"));
        items.append(where + QStringLiteral(" — ") + esc(participants(row.participants)));
    }
    section(tr("Participants by project"), items);

    items.clear();
    for (const ReportedParticipation &r : d.reported)
        items.append(tr("%1 in events of %2, as reported by %3")
                         .arg(esc(participants(r.participants)), projectLink(r.project),
                              sourceLink(r.source)));
    section(tr("Reported totals"), items);

    sourceSection(d.source);
}

void PageBuilder::project(const ProjectDetails &d)
{
    m_title = displayKey(d.name, d.acronym);
    heading(nameWithAcronym(d.name, d.acronym), Vocabulary::projectKindName(d.kind));
    sampleNotice(d.source);
    if (d.parent)
        field(tr("Part of"), projectLink(*d.parent));
    textField(tr("Period"), period(d.startDate, d.endDate));
    textField(tr("Status"),
              d.status.isEmpty() ? QString() : Vocabulary::projectStatusName(d.status));
    textField(tr("Description"), d.description);
    if (d.totalParticipants > 0)
        textField(tr("Participants"),
                  d.children.isEmpty() ? participants(d.totalParticipants)
                                       : tr("%Ln participants, including the projects under it",
                                            nullptr, plural(d.totalParticipants)));
    endFields();

    QStringList items;
    for (const ProjectRef &child : d.children)
        items.append(projectLink(child) + QStringLiteral(" — ") + esc(child.name)
                     + QStringLiteral(" (%1)").arg(esc(Vocabulary::projectKindName(child.kind))));
    section(tr("Projects under it"), items);

    items.clear();
    for (const ProjectDetails::Participant &p : d.agencies) {
        QString item =
            agencyLink(p.agency) + QStringLiteral(" — ") + esc(Vocabulary::roleName(p.role));
        const QString when = period(p.since, p.until);
        if (!when.isEmpty())
            item += QStringLiteral(", ") + esc(when);
        items.append(item + sampleMark(p.sourceKind));
    }
    section(tr("Agencies"), items);

    items.clear();
    // Items past the list limit are not even formatted until asked for.
    for (const ProjectDetails::Event &e : d.events.mid(0, m_showAll ? -1 : ListLimit)) {
        QString item = eventItem(e.event);
        if (e.participants)
            item += QStringLiteral(" — ") + esc(participants(*e.participants));
        items.append(item + sampleMark(e.sourceKind));
    }
    section(tr("Events"), items, false, d.events.size());

    items.clear();
    for (const ReportedParticipation &r : d.reported)
        items.append(tr("%1 of %2, as reported by %3")
                         .arg(esc(participants(r.participants)), agencyLink(r.agency),
                              sourceLink(r.source)));
    section(tr("Reported totals"), items);

    sourceSection(d.source);
}

void PageBuilder::event(const EventDetails &d)
{
    m_title = d.title;
    heading(d.title, Vocabulary::eventKindName(d.kind));
    sampleNotice(d.source);
    textField(tr("Date"), dateRange(d.startDate, d.endDate));
    textField(tr("City"), d.city);
    if (d.country)
        field(tr("Country"), countryLink(*d.country));
    if (d.organiser)
        field(tr("Organiser"), agencyLink(*d.organiser));
    if (d.project)
        field(tr("Project"), projectLink(*d.project));
    textField(tr("Description"), d.description);
    if (!d.participation.isEmpty())
        textField(tr("Participants"), participants(d.totalParticipants));
    endFields();

    if (!d.attendingCountries.isEmpty()) {
        QStringList countries;
        for (const CountryRef &c : d.attendingCountries)
            countries.append(countryLink(c));
        m_html +=
            QStringLiteral("<h3>%1</h3><p>%2</p>")
                .arg(esc(tr("Countries that attended")), countries.join(QStringLiteral(", ")));
    }

    QStringList items;
    for (const EventDetails::Panel &panel : d.panels) {
        QString item = esc(panel.title);
        if (!panel.presenters.isEmpty()) {
            item += QStringLiteral("<ul>");
            for (const EventDetails::Presenter &p : panel.presenters) {
                item += QStringLiteral("<li>") + personLink(p.person);
                if (!p.topic.isEmpty())
                    item += QStringLiteral(": ") + esc(p.topic);
                item += QStringLiteral("</li>");
            }
            item += QStringLiteral("</ul>");
        }
        items.append(item);
    }
    section(tr("Panels"), items, true);

    items.clear();
    for (const EventDetails::Participation &p : d.participation)
        items.append(agencyLink(p.agency) + QStringLiteral(" — ")
                     + esc(participants(p.participants)));
    section(tr("Participating agencies"), items);

    sourceSection(d.source);
}

void PageBuilder::person(const PersonDetails &d)
{
    m_title = d.fullName;
    heading(d.fullName, tr("Person"));
    sampleNotice(d.source);
    textField(tr("Position"), d.position);
    if (d.agency)
        field(tr("Agency"), agencyLink(*d.agency));
    endFields();

    QStringList items;
    for (const PersonDetails::Presentation &p : d.presentations) {
        QString item =
            eventItem(p.event) + QStringLiteral("<br/>") + esc(tr("Panel: %1").arg(p.panelTitle));
        if (!p.topic.isEmpty())
            item += QStringLiteral("<br/>") + esc(tr("Topic: %1").arg(p.topic));
        items.append(item);
    }
    section(tr("Presentations"), items);

    sourceSection(d.source);
}

void PageBuilder::agreement(const AgreementDetails &d)
{
    m_title = d.subject;
    heading(d.subject, tr("Agreement"));
    sampleNotice(d.source);
    if (d.agency)
        field(tr("Agency"), agencyLink(*d.agency));
    if (d.country)
        field(tr("Country"), countryLink(*d.country));
    field(tr("Partner"), agreementPartner(d));
    textField(tr("Signed"), d.signedOn.isEmpty() ? QString() : date(d.signedOn));
    endFields();
    sourceSection(d.source);
}

void PageBuilder::country(const CountryDetails &d)
{
    m_title = CountryNames::displayName(d.name);
    heading(m_title, tr("Country"));
    textField(tr("Code"), d.code);
    if (d.totalParticipants > 0)
        textField(tr("Participants"), participants(d.totalParticipants));
    endFields();

    QStringList items;
    for (const CountryDetails::Agency &a : d.agencies) {
        QString item =
            agencyLink(a.agency) + QStringLiteral(" — ") + esc(Vocabulary::agencyKindName(a.kind));
        if (a.participants > 0)
            item += QStringLiteral(", ") + esc(participants(a.participants));
        items.append(item);
    }
    section(tr("Agencies"), items);

    items.clear();
    for (const EventRef &e : d.eventsHeld)
        items.append(eventItem(e));
    section(tr("Events held here"), items);

    items.clear();
    for (const EventRef &e : d.eventsAttended)
        items.append(eventItem(e));
    section(tr("Events its delegations attended"), items);

    items.clear();
    for (const AgreementSummary &a : d.agreements)
        items.append(agreementItem(a));
    section(tr("Agreements"), items);
}

void PageBuilder::source(const SourceDetails &d)
{
    const SourceRef &s = d.source;
    m_title = s.title;
    heading(s.title, tr("Source"));
    sampleNotice(s);
    textField(tr("Kind"), Vocabulary::sourceKindName(s.kind));
    textField(tr("Publisher"), s.publisher);
    textField(tr("Published"), s.publishedOn.isEmpty() ? QString() : date(s.publishedOn));
    if (!s.url.isEmpty())
        field(tr("Address"), externalLink(s.url));
    endFields();

    const SourceDetails::Citations &c = d.citations;
    const std::pair<qint64, const char *> counts[] = {
        {c.agencies, QT_TR_N_NOOP("%Ln agencies")},
        {c.projects, QT_TR_N_NOOP("%Ln projects and programmes")},
        {c.projectRoles, QT_TR_N_NOOP("%Ln roles of agencies in projects")},
        {c.events, QT_TR_N_NOOP("%Ln events")},
        {c.eventCountries, QT_TR_N_NOOP("%Ln countries attending events")},
        {c.panels, QT_TR_N_NOOP("%Ln panels")},
        {c.people, QT_TR_N_NOOP("%Ln people")},
        {c.presentations, QT_TR_N_NOOP("%Ln presentations")},
        {c.participation, QT_TR_N_NOOP("%Ln participation counts")},
        {c.reportedParticipation, QT_TR_N_NOOP("%Ln reported totals")},
        {c.agreements, QT_TR_N_NOOP("%Ln agreements")},
    };
    QStringList items;
    for (const auto &[count, text] : counts) {
        if (count > 0)
            items.append(esc(tr(text, nullptr, plural(count))));
    }
    section(tr("Cited by"), items);

    items.clear();
    for (const SourceDetails::CitingRecord &r : d.citingRecords)
        items.append(link(r.record, displayKey(r.name, r.acronym), r.name) + QStringLiteral(" — ")
                     + esc(recordKindText(r.record.kind)));
    section(tr("Records"), items);
    if (d.citingRecordCount > d.citingRecords.size())
        m_html += QStringLiteral("<p>%1</p>")
                      .arg(esc(tr("The first %Ln records of %1 are listed.", nullptr,
                                  plural(d.citingRecords.size()))
                                   .arg(m_locale.toString(d.citingRecordCount))));
}

// On the worker thread: the overview's numbers and sources.
DetailPageData readOverview(const Database &db)
{
    DetailPageData data;
    data.kind = DetailPageData::Kind::Overview;
    data.path = db.path();
    if (!db.isOpen()) {
        data.error = db.errorString();
        return data;
    }
    const RecordStore store(db);
    data.counts = store.recordCounts();
    if (!data.counts) {
        data.error = store.errorString();
        return data;
    }
    RecordRef all;
    all.isAll = true;
    data.totalParticipants = ParticipationStats(db).totalParticipants(all);
    data.sources = store.sourcesWithRecordCounts();
    return data;
}

// On the worker thread: everything the page of one record shows.
DetailPageData readRecord(const Database &db, const RecordId &id)
{
    DetailPageData data;
    data.kind = DetailPageData::Kind::Record;
    data.record = id;
    if (!db.isOpen()) {
        data.error = db.errorString();
        return data;
    }
    if (!id.isValid())
        return data;
    const RecordDetailsStore store(db);
    const auto take = [&data](auto &&details) {
        if (details)
            data.details = std::move(*details);
    };
    switch (id.kind) {
    case RecordKind::Agency:
        take(store.agencyDetails(id.id));
        break;
    case RecordKind::Project:
        take(store.projectDetails(id.id));
        break;
    case RecordKind::Event:
        take(store.eventDetails(id.id));
        break;
    case RecordKind::Person:
        take(store.personDetails(id.id));
        break;
    case RecordKind::Agreement:
        take(store.agreementDetails(id.id));
        break;
    case RecordKind::Country:
        take(store.countryDetails(id.code));
        break;
    case RecordKind::Source:
        take(store.sourceDetails(id.id));
        break;
    }
    if (std::holds_alternative<std::monostate>(data.details))
        data.error = store.errorString();
    return data;
}

} // namespace

DetailPane::DetailPane(QWidget *parent)
    : QWidget(parent)
    , m_browser(new QTextBrowser(this))
    , m_page(std::make_shared<DetailPageData>())
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    m_browser->setObjectName(QStringLiteral("detailBrowser"));
    // Record links become signals and web links go to the system browser:
    // the pane itself never navigates.
    m_browser->setOpenLinks(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &DetailPane::openLink);
    m_busy = new BusyIndicator(m_browser);
    m_busy->setObjectName(QStringLiteral("detailBusyIndicator"));
    m_loader = new BackgroundLoader(this);
    connect(m_loader, &BackgroundLoader::loadingChanged, m_busy, &BusyIndicator::setBusy);
    render(false);
}

void DetailPane::setDatabase(const Database *db)
{
    m_database = db;
    // The worker's connection follows: closed now, opened on the next load.
    m_loader->closeConnection();
    m_record = RecordId();
    m_showingRecord = false;
    // Nothing of the previous record base stays on screen.
    m_page.reset();
    m_title.clear();
    m_browser->clear();
    load();
}

void DetailPane::showRecord(const RecordId &record)
{
    if (record != m_record || !m_showingRecord)
        m_showAllItems = false;
    m_record = record;
    m_showingRecord = true;
    load();
}

void DetailPane::showOverview()
{
    m_showAllItems = false;
    m_record = RecordId();
    m_showingRecord = false;
    load();
}

void DetailPane::refresh()
{
    load(true);
}

bool DetailPane::isLoading() const
{
    return m_loader->isLoading();
}

bool DetailPane::waitForLoaded(int timeoutMs)
{
    return m_loader->waitForLoaded(timeoutMs);
}

QString DetailPane::plainText() const
{
    m_loader->waitForLoaded();
    return m_browser->toPlainText();
}

void DetailPane::changeEvent(QEvent *event)
{
    if ((event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        && m_page)
        render(true);
    QWidget::changeEvent(event);
}

void DetailPane::openLink(const QUrl &url)
{
    if (url.scheme() == QLatin1String(PageBuilder::ShowAllScheme)) {
        m_showAllItems = true;
        render(true);
        return;
    }
    if (const auto record = RecordId::fromUrl(url)) {
        emit recordActivated(*record);
        return;
    }
    if (isExternalWebUrl(url))
        QDesktopServices::openUrl(url);
}

void DetailPane::load(bool keepScrollPosition)
{
    // Another page's title would name the wrong record until this one is read.
    if (!m_page || !m_page->isPageOf(m_showingRecord, m_record))
        m_title.clear();
    if (!m_database || !m_database->isOpen()) {
        m_loader->cancel();
        m_page = std::make_shared<DetailPageData>();
        render(false);
        return;
    }
    const bool showingRecord = m_showingRecord;
    const RecordId record = m_record;
    m_loader->load(
        m_database->location(),
        [showingRecord, record](const Database &db) {
            return std::make_shared<const DetailPageData>(showingRecord ? readRecord(db, record)
                                                                        : readOverview(db));
        },
        [this, keepScrollPosition](std::shared_ptr<const DetailPageData> page) {
            m_page = std::move(page);
            render(keepScrollPosition);
            emit loaded();
        });
}

void DetailPane::render(bool keepScrollPosition)
{
    m_browser->setAccessibleName(tr("Record details"));
    const int scrollPosition = m_browser->verticalScrollBar()->value();

    PageBuilder page {QLocale(), m_showAllItems};
    page.page(*m_page);
    m_title = page.title();
    m_browser->setHtml(page.html());

    if (keepScrollPosition)
        m_browser->verticalScrollBar()->setValue(scrollPosition);
}

} // namespace liaison
