#include "propose/proposalplanbuilder.h"

#include "git/commitmessage.h"
#include "propose/branchname.h"

#include <QHash>
#include <QRandomGenerator>
#include <QStringList>

#include <utility>

namespace Folio::Propose {

namespace {

Error planError(const QString &message)
{
    return Error{ErrorDomain::Proposal, 0, message};
}

QString folderOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash < 0 ? QString() : path.left(slash);
}

// What a page is called in a branch name: its title, else its file name, or its folder's name
// for section pages whose file name says nothing (index.html.md, _index.md).
QString pageName(const Handbook::PageEntry &page)
{
    if (!page.title.trimmed().isEmpty())
        return page.title;
    const QString file = page.path.section(u'/', -1);
    const QString stem = file.section(u'.', 0, 0);
    if ((stem == u"index" || stem == u"_index" || stem.isEmpty()) && page.path.contains(u'/'))
        return folderOf(page.path).section(u'/', -1);
    return stem;
}

// The name of the deepest folder holding every page, for "3 pages in sales".
QString commonFolderName(const QList<Handbook::PageEntry> &pages)
{
    QString common = folderOf(pages.first().path);
    for (const Handbook::PageEntry &page : pages) {
        const QString folder = folderOf(page.path);
        while (!common.isEmpty() && folder != common && !folder.startsWith(common + u'/'))
            common = folderOf(common);
    }
    return common.section(u'/', -1);
}

} // namespace

ProposalPlanBuilder::ProposalPlanBuilder(HandbookSettings settings)
    : m_settings(std::move(settings))
{}

ProposalPlanBuilder &ProposalPlanBuilder::setPages(const QList<Handbook::PageEntry> &pages)
{
    m_pages = pages;
    return *this;
}

ProposalPlanBuilder &ProposalPlanBuilder::setAuthor(const QString &userName)
{
    m_author = userName;
    return *this;
}

ProposalPlanBuilder &ProposalPlanBuilder::setRemoteDefaultBranch(const QString &branch)
{
    m_remoteDefaultBranch = branch;
    return *this;
}

ProposalPlanBuilder &ProposalPlanBuilder::setTitle(const QString &title)
{
    m_title = title;
    return *this;
}

ProposalPlanBuilder &ProposalPlanBuilder::setDescription(const QString &description)
{
    m_description = description;
    return *this;
}

ProposalPlanBuilder &ProposalPlanBuilder::setSourceBranch(const QString &branch)
{
    m_sourceBranch = branch;
    return *this;
}

ProposalPlanBuilder &ProposalPlanBuilder::setUniqueId(const QString &id)
{
    m_uniqueId = id;
    return *this;
}

ProposalPlanBuilder &ProposalPlanBuilder::setTargetBranch(const QString &branch)
{
    m_targetBranch = branch;
    return *this;
}

Result<ProposalPlan> ProposalPlanBuilder::build() const
{
    if (m_pages.isEmpty())
        return planError(QStringLiteral("there are no changed pages to propose"));

    ProposalPlan plan;
    plan.pages = m_pages;
    plan.author = m_author.simplified();
    plan.targetBranch = !m_targetBranch.trimmed().isEmpty()   ? m_targetBranch.trimmed()
                        : m_settings.targetBranch().isEmpty() ? m_remoteDefaultBranch.trimmed()
                                                              : m_settings.targetBranch();
    if (plan.targetBranch.isEmpty())
        return planError(QStringLiteral("no target branch: the handbook's settings name none "
                                        "and the remote's default branch is unknown"));
    if (auto valid = BranchName::check(plan.targetBranch); !valid)
        return valid.error();

    QStringList paths;
    QHash<QString, QString> titles;
    for (const Handbook::PageEntry &page : m_pages) {
        paths.append(page.path);
        titles.insert(page.path, page.title);
    }
    // The title a reviewer sees matches the commit's subject line.
    plan.title = m_title.simplified().isEmpty() ? Git::defaultCommitMessage(paths, titles)
                                                : m_title.simplified();
    plan.description = description(m_description, m_pages);

    plan.sourceBranch =
        m_sourceBranch.trimmed().isEmpty()
            ? branchName(m_author, m_pages, m_uniqueId.isEmpty() ? randomId() : m_uniqueId)
            : m_sourceBranch.trimmed();
    if (auto valid = BranchName::check(plan.sourceBranch); !valid)
        return valid.error();
    if (plan.sourceBranch == plan.targetBranch) {
        return planError(QStringLiteral("the changes must go on a new branch, not on \"%1\" "
                                        "itself")
                             .arg(plan.targetBranch));
    }

    plan.labels = m_settings.labels();
    plan.assignees = m_settings.assignees();
    plan.reviewers = m_settings.reviewers();
    plan.draft = m_settings.draft();
    plan.removeSourceBranch = m_settings.removeSourceBranch();
    return plan;
}

QString ProposalPlanBuilder::branchName(const QString &userName,
                                        const QList<Handbook::PageEntry> &pages,
                                        const QString &uniqueId)
{
    const QString id = BranchName::slug(uniqueId, 12);
    // The user's part is short so the page part stays readable.
    const QString user = BranchName::slug(userName, 20);
    QString what;
    if (pages.size() == 1) {
        what = pageName(pages.first());
    } else if (!pages.isEmpty()) {
        const QString folder = commonFolderName(pages);
        what = folder.isEmpty() ? QStringLiteral("%1 pages").arg(pages.size())
                                : QStringLiteral("%1 pages in %2").arg(pages.size()).arg(folder);
    }
    qsizetype room = MaximumBranchLength - id.size() - (id.isEmpty() ? 0 : 1) - user.size() -
                     (user.isEmpty() ? 0 : 1);
    QStringList parts;
    if (!user.isEmpty())
        parts.append(user);
    if (const QString slug = BranchName::slug(what, room); !slug.isEmpty())
        parts.append(slug);
    if (!id.isEmpty())
        parts.append(id);
    if (parts.isEmpty())
        return QStringLiteral("handbook-update");
    return parts.join(u'-');
}

QString ProposalPlanBuilder::description(const QString &userText,
                                         const QList<Handbook::PageEntry> &pages)
{
    QString text = userText;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.remove(u'\r');
    text = text.trimmed();
    if (!text.isEmpty())
        text += QLatin1String("\n\n");
    text +=
        pages.size() == 1 ? QStringLiteral("Changed page:\n") : QStringLiteral("Changed pages:\n");
    for (const Handbook::PageEntry &page : pages) {
        const QString title = page.title.simplified();
        text += title.isEmpty() ? QStringLiteral("- `%1`\n").arg(page.path)
                                : QStringLiteral("- %1 (`%2`)\n").arg(title, page.path);
    }
    text.chop(1);
    return text;
}

QString ProposalPlanBuilder::randomId()
{
    static constexpr char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString id;
    for (int i = 0; i < 6; ++i)
        id += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(36)]);
    return id;
}

} // namespace Folio::Propose
