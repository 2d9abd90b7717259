#pragma once

#include "core/result.h"
#include "git/repository.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Folio::Git {

struct BranchCommitRequest
{
    QString branch = {};     // the new local branch; must not exist yet
    QString startPoint = {}; // where it starts, e.g. "refs/remotes/origin/main"
    // Files whose work-tree version goes into the commit: absolute or relative to the work
    // tree. A file missing from the work tree is committed as deleted.
    QStringList paths = {};
    QString message = {};
    std::optional<Signature> author = {}; // std::nullopt: from git config (identity.h)
};

struct BranchCommitResult
{
    QString branch = {};
    QString commitId = {};   // the new branch's only new commit
    QString startId = {};    // the commit it is based on (startPoint resolved)
    QStringList paths = {};  // repository-relative, sorted, only those that differ from startPoint
    QStringList merged = {}; // paths whose edit was merged with a change made upstream
    Signature author = {};
};

// Carries the work-tree edits of paths over to a new branch at startPoint and commits them
// there, like `git stash; git switch -c branch start; git stash pop; git commit -- paths;
// git switch -; git stash pop` without ever touching HEAD, the index or a work-tree file: the
// commit is built from blobs in an in-memory index. So the user's other changes, and the
// edits themselves, stay exactly where they were, and a failure leaves nothing behind but
// unreferenced objects.
//
// An edit is the difference between HEAD's version and the work-tree file. When startPoint's
// version differs from HEAD's too (the file changed upstream), the two are merged line by
// line as git would; when they collide, nothing is created and the error (ChangedUpstream)
// lists the files. Other errors to branch on (giterrors.h): IdentityMissing, NothingToCommit;
// GIT_EEXISTS when the branch exists, GIT_ENOTFOUND when startPoint does not.
[[nodiscard]] Result<BranchCommitResult> commitToNewBranch(const Repository &repository,
                                                           const BranchCommitRequest &request);

} // namespace Folio::Git
