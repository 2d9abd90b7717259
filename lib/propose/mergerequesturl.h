#pragma once

#include "core/result.h"
#include "propose/proposalplan.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace Folio::Propose::MergeRequestUrl {

// The web page of the GitLab project a git remote points at:
//   https://host/group/sub/project.git  -> https://host/group/sub/project (port kept)
//   git@host:group/project.git          -> https://host/group/project
//   ssh://git@host:2222/group/project   -> https://host/group/project (the SSH port is not
//                                          the web server's)
// User names and passwords in the remote never reach the result. Fails for local paths and
// file:// remotes, which have no web page.
[[nodiscard]] Result<QUrl> projectUrl(const QString &remoteUrl);

// The "new merge request" page, prefilled, for when push options did not create one:
// <project>/-/merge_requests/new?merge_request[source_branch]=..&merge_request[target_branch]=
// ..&merge_request[title]=..&merge_request[description]=.. . That page takes labels only as
// numeric ids, so labels, assignees, reviewers and draft are quick actions at the end of the
// description. Every key and value is percent-encoded, brackets as %5B %5D like GitLab's own
// links.
[[nodiscard]] Result<QUrl> newMergeRequest(const QString &remoteUrl, const ProposalPlan &plan);
// The same form for a project's web page given directly (e.g. taken from the link a GitLab
// server printed, which knows its web address better than a remote URL does).
[[nodiscard]] Result<QUrl> newMergeRequestAt(const QUrl &project, const ProposalPlan &plan);
// The project's web page in a merge-request link GitLab printed
// ("https://host/group/project/-/merge_requests/new?..." -> "https://host/group/project");
// nullopt when the link has no "/-/" part.
[[nodiscard]] std::optional<QUrl> projectOfLink(const QUrl &link);

} // namespace Folio::Propose::MergeRequestUrl
