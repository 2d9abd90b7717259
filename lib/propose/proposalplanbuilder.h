#pragma once

#include "core/result.h"
#include "propose/handbooksettings.h"
#include "propose/proposalplan.h"

#include <QList>
#include <QString>

namespace Folio::Propose {

// Makes a ProposalPlan from what the user changed and the handbook's settings. Pure: no
// repository and no network; the caller passes what it knows (the remote's default branch).
class ProposalPlanBuilder
{
public:
    // GitLab cuts nothing at 60, but longer names are unreadable in its lists and in Slack.
    static constexpr qsizetype MaximumBranchLength = 60;

    explicit ProposalPlanBuilder(HandbookSettings settings = HandbookSettings());

    ProposalPlanBuilder &setPages(const QList<Handbook::PageEntry> &pages);
    ProposalPlanBuilder &setAuthor(const QString &userName);
    // Used when the settings name no target branch, e.g. "main" from origin/HEAD.
    ProposalPlanBuilder &setRemoteDefaultBranch(const QString &branch);
    // A target the user chose instead of the settings' or the remote's; empty: no choice.
    ProposalPlanBuilder &setTargetBranch(const QString &branch);
    // Replace the default title; empty keeps the default.
    ProposalPlanBuilder &setTitle(const QString &title);
    // Text written by the user, put before the list of changed pages.
    ProposalPlanBuilder &setDescription(const QString &description);
    // A branch name the user typed instead of the proposed one; checked by build().
    ProposalPlanBuilder &setSourceBranch(const QString &branch);
    // The short id that keeps proposed branch names unique; random unless set (for tests).
    ProposalPlanBuilder &setUniqueId(const QString &id);

    // Fails without pages, without a target branch, with an invalid branch name, or when the
    // source branch is the target branch (GitLab ignores push options there).
    [[nodiscard]] Result<ProposalPlan> build() const;

    // The proposed branch name: user, what changed and the id as "jane-doe-demo-environments-
    // k3x9q2", only [a-z0-9-], at most MaximumBranchLength characters.
    [[nodiscard]] static QString branchName(const QString &userName,
                                            const QList<Handbook::PageEntry> &pages,
                                            const QString &uniqueId);
    // The default description: the user's text, then one line per changed page.
    [[nodiscard]] static QString description(const QString &userText,
                                             const QList<Handbook::PageEntry> &pages);
    // Six random characters from [a-z0-9].
    [[nodiscard]] static QString randomId();

private:
    HandbookSettings m_settings;
    QList<Handbook::PageEntry> m_pages;
    QString m_author;
    QString m_remoteDefaultBranch;
    QString m_targetBranch;
    QString m_title;
    QString m_description;
    QString m_sourceBranch;
    QString m_uniqueId;
};

} // namespace Folio::Propose
