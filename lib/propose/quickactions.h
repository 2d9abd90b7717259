#pragma once

#include "propose/proposalplan.h"

#include <QString>
#include <QStringList>

namespace Folio::Propose::QuickActions {

// GitLab quick actions: lines in a merge request's description that GitLab runs and removes
// when it creates the merge request. Used for what neither push options nor the new-merge-
// request page can set by name (reviewers; labels on that page take numeric ids).
enum class Include
{
    Labels = 0x1,
    Assignees = 0x2,
    Reviewers = 0x4,
    Draft = 0x8,
};

// One line each: /label ~"SA-HANDBOOK", /assign @user, /assign_reviewer @user, /draft.
[[nodiscard]] QStringList forPlan(const ProposalPlan &plan, int include);

// description, a blank line, then the actions one per line; description alone without any.
[[nodiscard]] QString appendTo(const QString &description, const QStringList &actions);

} // namespace Folio::Propose::QuickActions
