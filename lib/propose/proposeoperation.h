#pragma once

#include "core/result.h"
#include "git/repository.h"
#include "git/transportoptions.h"
#include "propose/handbooksettings.h"
#include "propose/proposalplan.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>

namespace Folio::Propose {

struct ProposeRequest
{
    ProposalPlan plan;    // ProposalPlanBuilder's, possibly edited by the user
    QString handbookRoot; // plan.pages are relative to it; may be a subfolder of the work tree
    QString remote = QStringLiteral("origin");
    HandbookSettings settings;            // the announcement's template and team handle
    std::optional<Git::Signature> author; // std::nullopt: from git config
};

struct ProposeResult
{
    QString remote;
    QString branch;
    QString commitId;
    QString baseId;       // the target's commit the proposal starts from (after the fetch)
    QStringList paths;    // repository-relative, what the commit changed
    QStringList merged;   // pages whose edit was merged with a newer upstream version
    QUrl mergeRequestUrl; // the merge request, or the prefilled form to create it
    // True when the server said the merge request exists (GitLab's "View merge request");
    // false when mergeRequestUrl is the prefilled new-merge-request form to open instead.
    bool createdByServer = false;
    QString announcement;     // ready to paste into the team's chat
    QStringList serverLines;  // what the server printed ("remote: ..."), verbatim
    bool fetchFailed = false; // proposed from the last known target: the fetch had no network
};

// Proposes the edits of a plan's pages as a GitLab merge request, the whole flow on the
// calling thread (a worker: it blocks on the network):
//
//   fetching   `git fetch <remote>`, so the proposal starts from the up-to-date target
//   branching  the plan's pages' work-tree edits carried over onto <remote>/<target>
//   committing one commit with the plan's title (and description) as message, on a new
//              local branch plan.sourceBranch
//   pushing    with upstream set and GitLab's push options (PushOptions::forGitLab)
//
// Where the user ends up: exactly where they were. HEAD, the index and every work-tree file
// are never touched (the commit is built in memory, see Git::commitToNewBranch): the current
// branch stays checked out, the pages keep the edits the editor shows, and unrelated changes
// stay as they were. An SA proposing a typo fix expects to keep reading and editing the same
// page, not to find the editor switched to another branch or the edit gone; the edits leave
// the change list by themselves once the merge request is merged and the user updates. A
// later proposal makes a new branch and a new merge request.
//
// Failures are typed (giterrors.h): before the commit nothing is created and the work tree
// is as it was (ChangedUpstream when an edit collides with a newer version of the page,
// AuthenticationFailed and HostKey* from the fetch, NothingToCommit, GIT_EEXISTS for an
// existing branch). Without network at fetch time the proposal is made from the last
// fetched target (offline first), fetchFailed says so. Once the commit exists, a failed push
// (NetworkUnavailable, AuthenticationFailed, PushRejected with the server's text,
// NotFastForward, Cancelled) keeps it on its branch and records a PendingPush; the message
// says "your commit is safe on branch X" and retryPush() pushes it later.
class ProposeOperation
{
public:
    enum class Stage
    {
        Fetching,
        Branching,
        Committing,
        Pushing,
    };
    using StageCallback = std::function<void(Stage)>;

    // transport.cancel cancels the network stages and stops between stages.
    ProposeOperation(const Git::Repository &repository, Git::TransportOptions transport);

    void setStageCallback(StageCallback callback) { m_stage = std::move(callback); }

    [[nodiscard]] Result<ProposeResult> propose(const ProposeRequest &request);
    // Pushes a pending proposal (see PendingPushes) and forgets it on success; a failure
    // keeps it with the new error. settings: for the announcement.
    [[nodiscard]] Result<ProposeResult> retryPush(const QString &branch,
                                                  const HandbookSettings &settings);

    // "fetching", "branching", "committing", "pushing": technical names for logs and scripts.
    [[nodiscard]] static QString stageName(Stage stage);

private:
    [[nodiscard]] Result<ProposeResult> push(ProposeResult result, const ProposalPlan &plan,
                                             const HandbookSettings &settings);
    [[nodiscard]] bool cancelled() const;
    void report(Stage stage) const;

    const Git::Repository &m_repository;
    Git::TransportOptions m_transport;
    StageCallback m_stage;
};

} // namespace Folio::Propose
