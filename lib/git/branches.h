#pragma once

#include "core/result.h"
#include "git/repository.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Folio::Git {

struct BranchInfo
{
    QString name;    // "main" for a local branch, "origin/main" for a remote-tracking one
    QString refName; // "refs/heads/main", "refs/remotes/origin/main"
    bool remote = false;
    bool current = false;  // HEAD points at this branch
    QString upstream;      // local branches: "origin/main" when one is configured
    int ahead = 0;         // commits on this branch that its upstream lacks
    int behind = 0;        // commits on the upstream that this branch lacks
    QString commitId;      // full id of the tip
    QString commitSummary; // first line of the tip's message
    QDateTime commitTime;

    friend bool operator==(const BranchInfo &, const BranchInfo &) = default;
};

struct DefaultBranch
{
    QString name;        // the branch's local name, e.g. "main"
    QString trackingRef; // "origin/main" when origin/HEAD names it, otherwise empty
    bool existsLocally = false;
};

// The answer to a branch switch (or create-and-switch). A refusal is an expected outcome, not
// an error: the work tree, index and HEAD are exactly as before and the files whose
// uncommitted changes would have been overwritten are listed.
struct SwitchOutcome
{
    bool switched = false;
    BranchState branch;           // the current branch afterwards
    QStringList conflictingFiles; // repository-relative, when refused
};

enum class BranchKind
{
    Local,
    Remote,
    All,
};

// Branch listing, creation and safe switching on one Repository (same thread rules).
class Branches
{
public:
    explicit Branches(Repository &repository);

    // Local branches first, then remote-tracking ones, each sorted by name. `origin/HEAD` is
    // not a branch and is left out.
    [[nodiscard]] Result<QList<BranchInfo>> list(BranchKind kind = BranchKind::All) const;
    // HEAD: a branch, a detached commit or an unborn branch.
    [[nodiscard]] Result<BranchState> current() const;
    // The branch merge requests target: what origin/HEAD names, else "main" or "master" when
    // one exists (locally or on origin). GIT_ENOTFOUND when there is none.
    [[nodiscard]] Result<DefaultBranch> defaultBranch() const;

    // Checks a short branch name ("sa/typo-fix") the way git does; the error says why not.
    [[nodiscard]] static Result<void> validateName(const QString &name);

    // Creates a branch at startPoint (any revision: branch, "origin/main", commit id; HEAD when
    // empty) and switches to it. On an unborn HEAD with no start point, HEAD simply names the
    // new, still unborn branch (like `git switch -c`). When the switch is refused the new
    // branch is deleted again, so a refusal leaves nothing behind.
    [[nodiscard]] Result<SwitchOutcome> createAndSwitch(const QString &name,
                                                        const QString &startPoint = {});

    // Switches to a local branch with a safe checkout (like `git switch name`). A name that is
    // only a remote-tracking branch on exactly one remote ("feature" for "origin/feature")
    // creates the local branch tracking it, as git does.
    [[nodiscard]] Result<SwitchOutcome> switchTo(const QString &name);

private:
    Repository &m_repository;
};

} // namespace Folio::Git

Q_DECLARE_METATYPE(Folio::Git::BranchInfo)
Q_DECLARE_METATYPE(Folio::Git::DefaultBranch)
Q_DECLARE_METATYPE(Folio::Git::SwitchOutcome)
