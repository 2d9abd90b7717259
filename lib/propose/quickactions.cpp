#include "propose/quickactions.h"

namespace Folio::Propose::QuickActions {

namespace {

QString userHandle(QString name)
{
    name = name.trimmed();
    if (name.startsWith(u'@'))
        name.remove(0, 1);
    return u'@' + name;
}

bool has(int include, Include what)
{
    return (include & static_cast<int>(what)) != 0;
}

} // namespace

QStringList forPlan(const ProposalPlan &plan, int include)
{
    QStringList actions;
    if (has(include, Include::Labels)) {
        // Quoted always: GitLab reads ~"a label" and ~"SA-HANDBOOK" alike.
        for (const QString &label : plan.labels)
            actions.append(QStringLiteral("/label ~\"%1\"").arg(label.simplified()));
    }
    if (has(include, Include::Assignees)) {
        for (const QString &user : plan.assignees)
            actions.append(QStringLiteral("/assign ") + userHandle(user));
    }
    if (has(include, Include::Reviewers)) {
        for (const QString &user : plan.reviewers)
            actions.append(QStringLiteral("/assign_reviewer ") + userHandle(user));
    }
    if (has(include, Include::Draft) && plan.draft)
        actions.append(QStringLiteral("/draft"));
    return actions;
}

QString appendTo(const QString &description, const QStringList &actions)
{
    if (actions.isEmpty())
        return description;
    const QString lines = actions.join(u'\n');
    // Quick actions only work at the start of a line: never glue them to the text.
    return description.trimmed().isEmpty() ? lines : description % u"\n\n" % lines;
}

} // namespace Folio::Propose::QuickActions
