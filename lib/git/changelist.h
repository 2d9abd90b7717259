#pragma once

#include "core/result.h"
#include "git/repository.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace Folio::Git {

enum class ChangeKind
{
    None, // no change on this side
    Modified,
    Added,
    Deleted,
    Renamed,
    TypeChanged, // e.g. a file became a symbolic link
    Untracked,   // new, not in the index (only ever unstaged)
    Conflicted,  // unresolved merge conflict (reported as unstaged)
};

// One changed file of the work tree, as the git panel lists it.
struct Change
{
    QString path = {};    // relative to the work tree, '/'-separated; the new name of a rename
    QString oldPath = {}; // the name before a rename, otherwise empty
    ChangeKind staged = ChangeKind::None;   // HEAD -> index
    ChangeKind unstaged = ChangeKind::None; // index -> work tree

    [[nodiscard]] bool isStaged() const { return staged != ChangeKind::None; }
    [[nodiscard]] bool isUnstaged() const { return unstaged != ChangeKind::None; }
    // The one kind to show for the file, staged and unstaged together.
    [[nodiscard]] ChangeKind kind() const;

    friend bool operator==(const Change &, const Change &) = default;
};

struct ChangeListOptions
{
    // Only changes inside this folder (relative to the work tree): a handbook may be a
    // subfolder of its repository. Empty means the whole work tree. Paths in the result stay
    // relative to the work tree.
    QString subfolder = {};
    // Pair deleted and added files into renames, between HEAD and the index and between the
    // index and the work tree (`git status` only does the former).
    bool detectRenames = true;
};

struct ChangeList
{
    QList<Change> changes = {}; // sorted by path
    BranchState branch = {};
    // .git/index.lock exists: the list is right, but refreshed file stat information could
    // not be saved, and committing will fail until the lock goes away (see indexlock.h).
    bool indexLocked = false;
};

// Every change of the work tree, untracked files in untracked folders listed one by one;
// ignored files and submodules are left out. Like `git status`, this may rewrite the index to
// save refreshed file stat information so that the next call need not re-read file contents.
[[nodiscard]] Result<ChangeList> readChanges(const Repository &repository,
                                             const ChangeListOptions &options = {});

} // namespace Folio::Git

Q_DECLARE_METATYPE(Folio::Git::Change)
Q_DECLARE_METATYPE(Folio::Git::ChangeList)
Q_DECLARE_METATYPE(Folio::Git::ChangeListOptions)
