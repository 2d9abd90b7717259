#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <chrono>

namespace Folio::Git {

class Repository;

// What is known about .git/index.lock, the file git and libgit2 create while they rewrite the
// index. One left behind by a crash blocks every later commit until someone removes it.
struct IndexLockState
{
    bool exists = false;
    QString path = {};       // absolute path of the lock file
    QDateTime modified = {}; // last write, local time; invalid when the lock does not exist
    qint64 ageSeconds = 0;   // since the last write
    bool inUse = false;      // a process of ours has it open (Linux /proc); false when unknown
};

// Never fails because the lock is missing: that is the normal case (exists == false).
[[nodiscard]] Result<IndexLockState> readIndexLock(const Repository &repository);

// The default for removeStaleIndexLock(): far longer than any write of the index takes.
inline constexpr std::chrono::seconds staleIndexLockAge{60};

// Removes the lock only when it is stale, and only when asked (never as a side effect of
// another operation). Returns true when it removed the lock, false when there was none, and an
// IndexLocked error saying why when it refused. Why these rules are enough:
//  - A writer (git, libgit2) creates the lock, writes the whole new index into it and renames
//    it over the index; that takes milliseconds to seconds, and the file is written during it.
//    A lock unchanged for minimumAge is therefore not being written.
//  - Writers that hold the lock for longer without writing (`git commit -a` while the message
//    editor is open, `git add` hashing big files) keep the lock file open: on Linux any such
//    process of this user shows in /proc/<pid>/fd, and we refuse.
//  - The state is read again just before removing, so a lock that changed meanwhile stays.
// What remains is a git process of another user or on another machine (network file system)
// that holds the lock without writing it for minimumAge: the UI asks the user before calling.
[[nodiscard]] Result<bool>
removeStaleIndexLock(const Repository &repository,
                     std::chrono::seconds minimumAge = staleIndexLockAge);

} // namespace Folio::Git

Q_DECLARE_METATYPE(Folio::Git::IndexLockState)
