// SPDX-License-Identifier: GPL-3.0-or-later
#include "vocabulary.h"

namespace liaison {

QString Vocabulary::roleName(const QString &code)
{
    if (code == QLatin1String("funding"))
        return tr("funding", "role of an agency in a project");
    if (code == QLatin1String("accountable"))
        return tr("accountable", "role of an agency in a project");
    if (code == QLatin1String("implementing"))
        return tr("implementing", "role of an agency in a project");
    if (code == QLatin1String("partner"))
        return tr("partner", "role of an agency in a project");
    if (code == QLatin1String("beneficiary"))
        return tr("beneficiary", "role of an agency in a project");
    if (code == QLatin1String("member"))
        return tr("member", "role of an agency in a project");
    return code;
}

QString Vocabulary::agencyKindName(const QString &code)
{
    if (code == QLatin1String("national_agency"))
        return tr("National agency");
    if (code == QLatin1String("ministry"))
        return tr("Ministry");
    if (code == QLatin1String("academy"))
        return tr("Academy or training institution");
    if (code == QLatin1String("eu_agency"))
        return tr("EU agency");
    if (code == QLatin1String("eu_body"))
        return tr("EU body");
    if (code == QLatin1String("international_organisation"))
        return tr("International organisation");
    return code;
}

QString Vocabulary::projectKindName(const QString &code)
{
    if (code == QLatin1String("programme"))
        return tr("Programme");
    if (code == QLatin1String("project"))
        return tr("Project");
    if (code == QLatin1String("platform"))
        return tr("Platform");
    if (code == QLatin1String("information_exchange"))
        return tr("Information-exchange network or system");
    return code;
}

QString Vocabulary::eventKindName(const QString &code)
{
    if (code == QLatin1String("seminar"))
        return tr("Seminar");
    if (code == QLatin1String("course"))
        return tr("Course");
    if (code == QLatin1String("webinar"))
        return tr("Webinar");
    if (code == QLatin1String("training"))
        return tr("Training");
    if (code == QLatin1String("conference"))
        return tr("Conference");
    if (code == QLatin1String("meeting"))
        return tr("Meeting");
    if (code == QLatin1String("module"))
        return tr("Module");
    return code;
}

QString Vocabulary::projectStatusName(const QString &code)
{
    if (code == QLatin1String("planned"))
        return tr("planned", "project status");
    if (code == QLatin1String("active"))
        return tr("active", "project status");
    if (code == QLatin1String("completed"))
        return tr("completed", "project status");
    if (code == QLatin1String("cancelled"))
        return tr("cancelled", "project status");
    if (code == QLatin1String("suspended"))
        return tr("suspended", "project status");
    return code;
}

QString Vocabulary::sourceKindName(const QString &code)
{
    if (code == QLatin1String("published_article"))
        return tr("Published article");
    if (code == QLatin1String("official_record"))
        return tr("Official record");
    if (code == QLatin1String("illustrative_sample"))
        return tr("Illustrative sample");
    return code;
}

} // namespace liaison
