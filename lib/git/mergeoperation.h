#pragma once

#include "core/result.h"
#include "git/repository.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Folio::Git {

class BackupStore;

enum class MergeAnalysis
{
    UpToDate,    // the branch has nothing HEAD lacks
    FastForward, // HEAD is behind: moving it forward is enough (also for an unborn HEAD)
    Normal,      // both sides have commits: a merge commit is needed
};

// One file with a merge conflict; a side is absent when it deleted the file.
struct ConflictEntry
{
    QString path; // repository-relative
    bool hasAncestor = false;
    bool hasOurs = false;
    bool hasTheirs = false;

    friend bool operator==(const ConflictEntry &, const ConflictEntry &) = default;
};

enum class MergeStatus
{
    UpToDate,
    FastForwarded,
    Merged,     // a merge commit was made
    Conflicted, // stopped in the merging state: resolve, then complete() or abort()
    Refused,    // nothing was changed: blockingFiles have uncommitted changes in the way
};

struct MergeOutcome
{
    MergeStatus status = MergeStatus::UpToDate;
    QString commitId;               // HEAD afterwards (full id); empty when unborn
    QString message;                // of the merge commit
    QList<ConflictEntry> conflicts; // when Conflicted
    QStringList blockingFiles;      // when Refused
    QString reason;                 // when Refused: why, technical and untranslated
};

enum class RepositoryOperation
{
    None,
    Merge,
    Other, // rebase, cherry-pick, revert, bisect, am: started outside Folio
};

// What the repository is in the middle of, read when it is opened so the UI can offer to
// continue or abort a merge left over from an earlier session (or the git CLI).
struct MergeState
{
    RepositoryOperation operation = RepositoryOperation::None;
    QString theirsId;               // MERGE_HEAD
    QString message;                // the merge commit message complete() will use
    QList<ConflictEntry> conflicts; // still unresolved
};

enum class ConflictResolution
{
    KeepMine,   // our version ("ours"; the file is deleted if we deleted it)
    TakeTheirs, // their version (deleted if they deleted it)
    UseEdited,  // the work-tree file as the user edited it (deleted if the user deleted it)
};

// Merging a branch into the current one, the way `git merge` does, minus anything that could
// lose uncommitted work:
// - a merge that would touch a file with uncommitted changes (or has staged changes at all,
//   or an untracked file in its way) is refused before anything is written. That is what makes
//   abort() exact: it only has to put back the files the merge changed;
// - fast-forwards use a safe checkout;
// - when a BackupStore is given, resolving a conflict or aborting first backs up work-tree
//   files the user may have edited during the merge.
// Commit messages follow git: "Merge branch 'x' into y", "Merge remote-tracking branch
// 'origin/main' into y".
class MergeOperation
{
public:
    explicit MergeOperation(Repository &repository, BackupStore *backups = nullptr);

    // branch: a local branch, a remote-tracking one ("origin/main"), a tag or a commit id.
    [[nodiscard]] Result<MergeAnalysis> analyze(const QString &branch) const;
    // An empty committer name or email takes user.name/user.email from git's configuration.
    [[nodiscard]] Result<MergeOutcome> merge(const QString &branch, const Signature &committer);

    [[nodiscard]] Result<MergeState> state() const;
    [[nodiscard]] Result<QList<ConflictEntry>> conflicts() const;
    // path: absolute or repository-relative. UseEdited refuses a file that still has conflict
    // markers (lines starting with <<<<<<< or >>>>>>>) unless force is set.
    [[nodiscard]] Result<void> resolve(const QString &path, ConflictResolution resolution,
                                       bool force = false);
    // Commits the resolved merge with both parents and leaves the merging state.
    [[nodiscard]] Result<QString> complete(const Signature &committer);
    // Puts HEAD, the index and every file the merge changed back as they were before it.
    [[nodiscard]] Result<void> abort();

private:
    Repository &m_repository;
    BackupStore *m_backups;
};

} // namespace Folio::Git

Q_DECLARE_METATYPE(Folio::Git::ConflictEntry)
Q_DECLARE_METATYPE(Folio::Git::MergeOutcome)
Q_DECLARE_METATYPE(Folio::Git::MergeState)
Q_DECLARE_METATYPE(Folio::Git::ConflictResolution)
