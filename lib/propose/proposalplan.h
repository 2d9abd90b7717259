#pragma once

#include "handbook/handbook.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Folio::Propose {

// Everything needed to propose changes as a GitLab merge request, decided before any git
// operation: a value the dialog shows and edits, and the push options and the new-merge-
// request URL are made from. Built by ProposalPlanBuilder.
struct ProposalPlan
{
    QString title;
    QString description;  // Markdown with '\n' line endings, without quick actions
    QString sourceBranch; // the new branch to push
    QString targetBranch; // the branch to merge into
    QStringList labels;
    QStringList assignees; // GitLab user names without '@'
    QStringList reviewers; // GitLab user names without '@'
    bool draft = false;
    bool removeSourceBranch = true;
    QList<Handbook::PageEntry> pages; // the changed pages, paths relative to the handbook root
    QString author;                   // the user's name, as in the commit
};

} // namespace Folio::Propose
