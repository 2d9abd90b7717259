#pragma once

#include "core/result.h"
#include "git/githandle_p.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <tuple>
#include <type_traits>

#include <git2.h>

namespace Folio::Git::Internal {

// Helpers shared by the branch, discard and merge operations. Private to lib/git.

// git_commit_create's parents parameter changed constness between libgit2 point releases: take
// the element type from the signature of the libgit2 we build against.
template<typename Function> struct ParentsParameter;
template<typename R, typename... Args> struct ParentsParameter<R (*)(Args...)>
{
    using type = std::remove_pointer_t<std::tuple_element_t<9, std::tuple<Args...>>>;
};
using CommitParent = ParentsParameter<decltype(&git_commit_create)>::type;

[[nodiscard]] QString oidToString(const git_oid *id);
[[nodiscard]] QByteArray utf8(const QString &s);

// Turns an absolute path (or one relative to the work tree) into the repository-relative,
// '/'-separated path libgit2 expects. Symlinked folders are resolved on both sides.
[[nodiscard]] Result<QString> repositoryRelativePath(git_repository *repo, const QString &path);

// HEAD's commit, or a null pointer when HEAD is unborn (no commit yet).
[[nodiscard]] Result<CommitPtr> headCommit(git_repository *repo);
[[nodiscard]] Result<TreePtr> headTree(git_repository *repo); // null when unborn

// What a safe checkout did: either it applied, or it refused and touched nothing.
struct SafeCheckout
{
    bool applied = false;
    QStringList conflictingFiles; // set when refused
};

// Safe checkout options that collect, into files, every path whose uncommitted change, untracked
// or ignored file would be overwritten. files must outlive the checkout.
[[nodiscard]] git_checkout_options safeCheckoutOptions(QStringList *files);

// Checks out target (a commit or tree) like `git switch`: uncommitted changes that do not
// collide with the target are carried over; otherwise nothing is written and the colliding
// paths are returned. Never forced. HEAD is not moved: that is the caller's next step.
[[nodiscard]] Result<SafeCheckout> safeCheckout(git_repository *repo, const git_object *target);

// Refuses with a clear message while a merge (or any other multi-step git operation) is in
// progress, so branch switches and discards cannot tangle with it.
[[nodiscard]] Result<void> requireNoOperationInProgress(git_repository *repo,
                                                        const QString &action);

// The repository's index, freshly read from disk.
[[nodiscard]] Result<IndexPtr> repositoryIndex(git_repository *repo);

// Sets path's index entry to what tree has (removes it when tree lacks it or is null), dropping
// any conflict stages: `git reset -- path` without pathspec globbing. Does not write the index.
[[nodiscard]] Result<void> resetIndexPath(git_index *index, git_tree *tree, const QString &path);

// Makes the work-tree files at paths match the index (removing those the index lacks) — the
// one forced checkout Folio does, only after what it replaces has been backed up or was
// written by git itself. Paths are taken literally, never as patterns.
[[nodiscard]] Result<void> forceCheckoutPaths(git_repository *repo, git_index *index,
                                              const QStringList &paths);

// The blob of path at stage 0 of index; nullopt when the index has no such entry.
[[nodiscard]] Result<std::optional<QByteArray>> indexContent(git_repository *repo, git_index *index,
                                                             const QString &path);

} // namespace Folio::Git::Internal
