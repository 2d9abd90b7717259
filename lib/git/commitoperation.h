#pragma once

#include "core/result.h"
#include "git/repository.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace Folio::Git {

struct CommitRequest
{
    // Files to commit, relative to the work tree: changed, new or deleted. For a rename,
    // either name brings the other along, so the rename is never split across commits.
    QStringList paths = {};
    QString message = {};
    // The author (and committer); std::nullopt takes it from git config (identity.h).
    std::optional<Signature> author = {};
};

struct CommitResult
{
    QString id = {};        // full commit id
    QString branch = {};    // the branch that moved; empty when HEAD was detached
    QStringList paths = {}; // what was committed, renames expanded, sorted
    Signature author = {};
};

// Commits exactly request.paths as they are in the work tree, on top of HEAD or as the first
// commit of an unborn branch, like `git commit --only -- <paths>`: every other change, staged
// or not, stays as it was. The committed paths end up staged-and-committed, so they leave the
// change list. Errors to branch on (giterrors.h): IdentityMissing (no author in git config),
// IndexLocked (.git/index.lock exists), NothingToCommit, OperationInProgress (a merge or
// rebase is under way: a commit of chosen files would lose its other side).
[[nodiscard]] Result<CommitResult> commitPaths(const Repository &repository,
                                               const CommitRequest &request);

} // namespace Folio::Git

Q_DECLARE_METATYPE(Folio::Git::CommitRequest)
Q_DECLARE_METATYPE(Folio::Git::CommitResult)
