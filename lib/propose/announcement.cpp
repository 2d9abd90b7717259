#include "propose/announcement.h"

#include <QRegularExpression>

namespace Folio::Propose {

namespace {

QString pageList(const ProposalPlan &plan)
{
    QStringList names;
    for (const Handbook::PageEntry &page : plan.pages) {
        const QString title = page.title.simplified();
        names.append(title.isEmpty() ? page.path.section(u'/', -1) : title);
    }
    return names.join(QLatin1String(", "));
}

} // namespace

Announcement::Fields Announcement::fieldsFor(const ProposalPlan &plan, const QString &mrUrl,
                                             const HandbookSettings &settings)
{
    return Fields{mrUrl,       plan.title,       pageList(plan), settings.teamHandle(),
                  plan.author, plan.sourceBranch};
}

QString Announcement::defaultTemplate(bool withTeamHandle)
{
    // Not translated: it goes to the team's chat, in the handbook's language.
    return withTeamHandle
               ? QStringLiteral("Hi {team_handle}! I proposed a handbook change: {title} \u2014 "
                                "{mr_url}")
               : QStringLiteral("I proposed a handbook change: {title} \u2014 {mr_url}");
}

Announcement Announcement::render(const QString &templateText, const Fields &fields)
{
    const QString source = templateText.trimmed().isEmpty()
                               ? defaultTemplate(!fields.teamHandle.isEmpty())
                               : templateText;
    const QHash<QString, QString> values{
        {QStringLiteral("mr_url"), fields.mrUrl},
        {QStringLiteral("title"), fields.title},
        {QStringLiteral("pages"), fields.pages},
        {QStringLiteral("team_handle"), fields.teamHandle},
        {QStringLiteral("author"), fields.author},
        {QStringLiteral("branch"), fields.branch},
    };
    static const QRegularExpression placeholder(QStringLiteral("\\{([A-Za-z0-9_]+)\\}"));

    Announcement announcement;
    qsizetype copied = 0;
    for (const QRegularExpressionMatch &match : placeholder.globalMatch(source)) {
        const auto value = values.constFind(match.captured(1));
        if (value == values.constEnd()) {
            if (!announcement.m_unknown.contains(match.captured(0)))
                announcement.m_unknown.append(match.captured(0));
            continue;
        }
        announcement.m_text += QStringView(source).sliced(copied, match.capturedStart() - copied);
        announcement.m_text += *value;
        copied = match.capturedEnd();
    }
    announcement.m_text += QStringView(source).sliced(copied);
    return announcement;
}

} // namespace Folio::Propose
