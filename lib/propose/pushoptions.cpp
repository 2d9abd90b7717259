#include "propose/pushoptions.h"

#include "propose/quickactions.h"

namespace Folio::Propose::PushOptions {

namespace {

// Where GitLab shows one line (title, label, user name), a line break is a space.
QString oneLine(const QString &value)
{
    QString line = value;
    line.remove(u'\r');
    line.replace(u'\n', u' ');
    return line.trimmed();
}

QString userName(const QString &name)
{
    QString user = oneLine(name);
    if (user.startsWith(u'@'))
        user.remove(0, 1);
    return user;
}

} // namespace

Result<QStringList> forGitLab(const ProposalPlan &plan)
{
    QString description = QuickActions::appendTo(
        plan.description,
        QuickActions::forPlan(plan, static_cast<int>(QuickActions::Include::Reviewers)));
    description.remove(u'\r');
    // There is no escape for a literal backslash-n: GitLab turns every one into a newline.
    description.replace(u'\n', QLatin1String("\\n"));

    QStringList options{QStringLiteral("merge_request.create"),
                        QStringLiteral("merge_request.target=") + oneLine(plan.targetBranch),
                        QStringLiteral("merge_request.title=") + oneLine(plan.title),
                        QStringLiteral("merge_request.description=") + description};
    for (const QString &label : plan.labels) {
        if (const QString name = oneLine(label); !name.isEmpty())
            options.append(QStringLiteral("merge_request.label=") + name);
    }
    if (plan.draft)
        options.append(QStringLiteral("merge_request.draft"));
    if (plan.removeSourceBranch)
        options.append(QStringLiteral("merge_request.remove_source_branch"));
    for (const QString &user : plan.assignees) {
        if (const QString name = userName(user); !name.isEmpty())
            options.append(QStringLiteral("merge_request.assign=") + name);
    }

    for (const QString &option : std::as_const(options)) {
        if (option.contains(QChar(0))) {
            return Error{ErrorDomain::Proposal, 0,
                         QStringLiteral("a push option cannot contain a NUL character: %1")
                             .arg(option.section(u'=', 0, 0))};
        }
        // The conversions above leave none; git would refuse the push if one slipped through.
        if (option.contains(u'\n') || option.contains(u'\r')) {
            return Error{ErrorDomain::Proposal, 0,
                         QStringLiteral("a push option cannot contain a line break: %1")
                             .arg(option.section(u'=', 0, 0))};
        }
    }
    return options;
}

} // namespace Folio::Propose::PushOptions
