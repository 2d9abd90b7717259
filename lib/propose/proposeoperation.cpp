#include "propose/proposeoperation.h"

#include "git/branchcommit.h"
#include "git/fetchoperation.h"
#include "git/giterrors.h"
#include "git/pushoperation.h"
#include "propose/announcement.h"
#include "propose/mergerequesturl.h"
#include "propose/pendingpushes.h"
#include "propose/pushoptions.h"

#include <QDateTime>
#include <QDir>

namespace Folio::Propose {

namespace {

Error cancelledError()
{
    return Error{ErrorDomain::Git, int(Git::GitErrorCode::Cancelled), QStringLiteral("cancelled")};
}

QString commitMessage(const ProposalPlan &plan)
{
    const QString description = plan.description.trimmed();
    return description.isEmpty() ? plan.title : plan.title % u"\n\n" % description;
}

// The page to open: GitLab's own link when it created the merge request; otherwise the
// new-merge-request form, prefilled, at the project address the server printed (it knows
// its web address) or else the one derived from the remote's URL.
QUrl mergeRequestUrl(const Git::PushResult &pushed, const QString &remoteUrl,
                     const ProposalPlan &plan, bool *createdByServer)
{
    *createdByServer = false;
    if (const auto &link = pushed.mergeRequest) {
        if (link->kind == Git::MergeRequestLinkInfo::Kind::Existing) {
            *createdByServer = true;
            return QUrl(link->url);
        }
        if (const auto project = MergeRequestUrl::projectOfLink(QUrl(link->url))) {
            if (auto form = MergeRequestUrl::newMergeRequestAt(*project, plan))
                return *form;
        }
        return QUrl(link->url);
    }
    if (auto form = MergeRequestUrl::newMergeRequest(remoteUrl, plan))
        return *form;
    return {}; // a local remote: no web page to offer
}

// libgit2 says so in its own words ("push-options not supported by remote"), with no code
// of its own for it.
bool refusesPushOptions(const Error &error)
{
    return error.message.contains(QLatin1String("push-options"), Qt::CaseInsensitive) ||
           error.message.contains(QLatin1String("push options"), Qt::CaseInsensitive);
}

} // namespace

ProposeOperation::ProposeOperation(const Git::Repository &repository,
                                   Git::TransportOptions transport)
    : m_repository(repository)
    , m_transport(std::move(transport))
{}

QString ProposeOperation::stageName(Stage stage)
{
    switch (stage) {
    case Stage::Fetching:
        return QStringLiteral("fetching");
    case Stage::Branching:
        return QStringLiteral("branching");
    case Stage::Committing:
        return QStringLiteral("committing");
    case Stage::Pushing:
        return QStringLiteral("pushing");
    }
    return {};
}

bool ProposeOperation::cancelled() const
{
    return m_transport.cancel && m_transport.cancel->load();
}

void ProposeOperation::report(Stage stage) const
{
    if (m_stage)
        m_stage(stage);
}

Result<ProposeResult> ProposeOperation::propose(const ProposeRequest &request)
{
    const ProposalPlan &plan = request.plan;
    if (plan.pages.isEmpty())
        return Error{ErrorDomain::Proposal, 0, QStringLiteral("there are no pages to propose")};
    // Checked before the network: a plan GitLab cannot take should not cost a commit.
    if (auto options = PushOptions::forGitLab(plan); !options)
        return options.error();

    ProposeResult result;
    result.remote = request.remote;
    result.branch = plan.sourceBranch;

    report(Stage::Fetching);
    auto fetched = Git::FetchOperation(m_repository, m_transport).fetch(request.remote);
    if (!fetched) {
        // Offline first: propose from the target as last fetched; the push will tell.
        if (!Git::isNetworkUnavailable(fetched.error()))
            return fetched.error();
        result.fetchFailed = true;
    }

    if (cancelled())
        return cancelledError();
    report(Stage::Branching);
    Git::BranchCommitRequest commitRequest;
    commitRequest.branch = plan.sourceBranch;
    commitRequest.startPoint =
        QStringLiteral("refs/remotes/%1/%2").arg(request.remote, plan.targetBranch);
    const QDir root(request.handbookRoot);
    for (const Handbook::PageEntry &page : plan.pages)
        commitRequest.paths.append(root.filePath(page.path));
    commitRequest.message = commitMessage(plan);
    commitRequest.author = request.author;
    report(Stage::Committing);
    auto committed = Git::commitToNewBranch(m_repository, commitRequest);
    if (!committed) {
        Error error = committed.error();
        if (Git::Repository::isNotFound(error))
            error.message = QStringLiteral("%1 has no branch %2 (%3)")
                                .arg(request.remote, plan.targetBranch, error.message);
        return error;
    }
    result.commitId = committed->commitId;
    result.baseId = committed->startId;
    result.paths = committed->paths;
    result.merged = committed->merged;
    return push(result, plan, request.settings);
}

Result<ProposeResult> ProposeOperation::retryPush(const QString &branch,
                                                  const HandbookSettings &settings)
{
    auto pending = PendingPushes(m_repository.gitDir()).find(branch);
    if (!pending)
        return pending.error();
    if (!*pending)
        return Error{ErrorDomain::Proposal, 0,
                     QStringLiteral("no pending push for branch %1").arg(branch)};
    const PendingPush &entry = **pending;
    ProposeResult result;
    result.remote = entry.remote;
    result.branch = entry.branch;
    result.commitId = entry.commitId;
    return push(result, entry.plan, settings);
}

Result<ProposeResult> ProposeOperation::push(ProposeResult result, const ProposalPlan &plan,
                                             const HandbookSettings &settings)
{
    auto options = PushOptions::forGitLab(plan);
    if (!options)
        return options.error();
    report(Stage::Pushing);
    Git::PushRequest pushRequest;
    pushRequest.remote = result.remote;
    pushRequest.branch = result.branch;
    pushRequest.pushOptions = *options;
    pushRequest.setUpstream = true;
    auto pushed = cancelled() ? Result<Git::PushResult>(cancelledError())
                              : Git::PushOperation(m_repository, m_transport).push(pushRequest);
    // A remote that takes no push options (a plain git server, a local folder like the demo
    // handbook's origin) refuses the whole push: push the branch alone, and the merge
    // request is then opened from the prefilled form instead.
    if (!pushed && !pushRequest.pushOptions.isEmpty() && refusesPushOptions(pushed.error()) &&
        !cancelled()) {
        pushRequest.pushOptions.clear();
        pushed = Git::PushOperation(m_repository, m_transport).push(pushRequest);
    }
    PendingPushes pendingPushes(m_repository.gitDir());
    if (!pushed) {
        // The commit exists: keep it and remember to push it, whatever the failure was.
        Error error = pushed.error();
        PendingPush pending;
        pending.branch = result.branch;
        pending.remote = result.remote;
        pending.commitId = result.commitId;
        pending.plan = plan;
        pending.lastError = error.message;
        const auto recorded = pendingPushes.add(pending);
        error.message = QStringLiteral("your commit is safe on branch %1; push it later. %2")
                            .arg(result.branch, error.message);
        if (!recorded)
            error.message += QStringLiteral(" (and it could not be noted for later: %1)")
                                 .arg(recorded.error().message);
        return error;
    }
    // A failure to forget the entry only makes a later retry push an up-to-date branch.
    (void)pendingPushes.remove(result.branch);

    result.serverLines = pushed->serverLines;
    result.commitId = pushed->commitId;
    const auto remoteUrl = m_repository.remoteUrl(result.remote);
    result.mergeRequestUrl =
        mergeRequestUrl(*pushed, remoteUrl ? *remoteUrl : QString(), plan, &result.createdByServer);
    result.announcement =
        Announcement::render(
            settings.announcement(),
            Announcement::fieldsFor(plan, result.mergeRequestUrl.toString(QUrl::FullyEncoded),
                                    settings))
            .text();
    return result;
}

} // namespace Folio::Propose
