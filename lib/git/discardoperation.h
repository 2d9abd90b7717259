#pragma once

#include "core/result.h"
#include "git/backupstore.h"
#include "git/repository.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace Folio::Git {

enum class DiscardSource
{
    Head,  // back to the last commit: staged and unstaged changes go (`git restore -SW`)
    Index, // back to the staged version: only unstaged changes go (`git restore`)
};

struct DiscardOutcome
{
    QString relativePath;
    FileStatus statusBefore = FileStatus::Unmodified;
    bool removed = false;       // the file was new (untracked or added) and is gone now
    QList<BackupEntry> backups; // what was kept; empty when nothing written was replaced
};

// "Discard my changes to this page", with a safety net: every version the user wrote that the
// discard replaces (the work-tree file, and a staged version that differs from it) is first
// copied durably into a BackupStore. Only then is the file restored from HEAD or the index:
//   modified  -> backed up, restored;
//   untracked -> backed up, removed;
//   added     -> backed up, removed from the index and the disk (Head) or restored to the
//                staged version (Index);
//   deleted   -> restored (nothing on disk to keep).
// Refused for conflicted files (resolve them), ignored files, and while a merge is in progress.
class DiscardOperation
{
public:
    DiscardOperation(Repository &repository, BackupStore &backups);

    // path: absolute, or relative to the work tree.
    [[nodiscard]] Result<DiscardOutcome> discard(const QString &path,
                                                 DiscardSource source = DiscardSource::Head);

private:
    Repository &m_repository;
    BackupStore &m_backups;
};

} // namespace Folio::Git

Q_DECLARE_METATYPE(Folio::Git::DiscardOutcome)
