#pragma once

#include "core/result.h"
#include "propose/proposalplan.h"

#include <QStringList>

namespace Folio::Propose::PushOptions {

// The git push options that make GitLab create (or update) the merge request of plan:
// merge_request.create, .target, .title, .description, one .label per label, .draft,
// .remove_source_branch, one .assign per assignee. Reviewers have no push option: they go
// into the description as /assign_reviewer quick actions.
// Values are bare (never shell-quoted). Git refuses a newline in an option, so each newline
// of the description becomes the two characters '\' 'n', which GitLab turns back into a
// newline; a CR is dropped, a newline in any other value becomes a space. Fails when a value
// holds a NUL character, which git cannot send.
[[nodiscard]] Result<QStringList> forGitLab(const ProposalPlan &plan);

} // namespace Folio::Propose::PushOptions
