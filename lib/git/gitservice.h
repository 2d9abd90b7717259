#pragma once

#include "core/error.h"
#include "git/backupstore.h"
#include "git/branches.h"
#include "git/changelist.h"
#include "git/cloneoperation.h"
#include "git/commitoperation.h"
#include "git/discardoperation.h"
#include "git/fetchoperation.h"
#include "git/filediff.h"
#include "git/indexlock.h"
#include "git/mergeoperation.h"
#include "git/pushoperation.h"
#include "git/repository.h"
#include "git/transportoptions.h"
#include "propose/pendingpushes.h"
#include "propose/proposeoperation.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

namespace Folio::Git {

class CredentialProvider;

// What the status bar shows about the open page.
struct PageGitState
{
    QString pagePath; // absolute path the state is for
    bool inRepository = false;
    BranchState branch;
    FileStatus status = FileStatus::Unmodified;
    QString error; // set when git could not be read; the rest is then empty
};

// What the git panel needs to know about the repository a handbook is in.
struct RepositoryInfo
{
    QString handbookRoot;      // the path the question was about
    bool inRepository = false; // false: not in a git repository (error says why, if known)
    QString workdir;           // absolute, with a trailing '/'
    QString gitDir;            // absolute, with a trailing '/'; a worktree's own git dir
    // The handbook root relative to workdir ('/'-separated, no trailing '/'), empty when the
    // handbook is the whole work tree: ChangeListOptions::subfolder.
    QString subfolder;
    DefaultBranch defaultBranch;       // empty name when the repository has none
    std::optional<Signature> identity; // the commit author from git config, if configured
    QString error;
};

// Owns the handbook's libgit2 repository on a worker thread: move it to a QThread and call
// its slots through queued connections; results come back as value-type signals. Every slot
// answers with exactly one signal (a success or a failure one).
class GitService : public QObject
{
    Q_OBJECT

public:
    explicit GitService(QObject *parent = nullptr);
    ~GitService() override;

public Q_SLOTS:
    // Opens the repository containing path; closes the previous one.
    void openRepository(const QString &path);
    // Reads branch and status for the page at absolutePath; answers with pageStateRead().
    void readPageState(const QString &absolutePath);

    // The git panel. Answers changesRefreshed() or changesFailed(). The options are kept for
    // the refresh that follows a commit.
    void refreshChanges(const Folio::Git::ChangeListOptions &options);
    // Answers fileDiffRead() or fileDiffFailed().
    void readFileDiff(const Folio::Git::FileDiffRequest &request);
    // The committed bytes of a page, for a rendered diff. Answers fileAtRevisionRead() or
    // fileAtRevisionFailed().
    void readFileAtRevision(const QString &path, const QString &revision);
    // Answers committed() followed by changesRefreshed(), or identityMissing() (ask the user,
    // storeIdentity(), then send the request again), or commitFailed().
    void commitFiles(const Folio::Git::CommitRequest &request);
    // Into the repository's own config. Answers identityStored() or identityStoreFailed().
    void storeIdentity(const Folio::Git::Signature &identity);
    // Answers indexLockRead().
    void readIndexLock();
    // Only when the user asked for it (see indexlock.h). Answers indexLockRemoved() or
    // indexLockRemovalFailed().
    void removeStaleIndexLock();
    // Where the repository holding handbookRoot is, its default branch and the configured
    // author. Call after openRepository(). Answers repositoryDescribed().
    void describeRepository(const QString &handbookRoot);

Q_SIGNALS:
    void pageStateRead(const Folio::Git::PageGitState &state);
    void changesRefreshed(const Folio::Git::ChangeList &changes);
    void changesFailed(const Folio::Error &error);
    void fileDiffRead(const Folio::Git::FileDiff &diff);
    void fileDiffFailed(const QString &path, const Folio::Error &error);
    void fileAtRevisionRead(const QString &path, const QString &revision,
                            const QByteArray &content);
    void fileAtRevisionFailed(const QString &path, const QString &revision,
                              const Folio::Error &error);
    void committed(const Folio::Git::CommitResult &result);
    void commitFailed(const Folio::Error &error);
    void identityMissing(const Folio::Git::CommitRequest &request);
    void identityStored(const Folio::Git::Signature &identity);
    void identityStoreFailed(const Folio::Error &error);
    void indexLockRead(const Folio::Git::IndexLockState &state);
    void indexLockRemoved(bool removed); // false: there was no lock
    void indexLockRemovalFailed(const Folio::Error &error);
    void repositoryDescribed(const Folio::Git::RepositoryInfo &info);

    // ---- Branches, discard and merge (git-branches) ------------------------------------------
    // Every slot answers with exactly one of the signals listed under it.
public Q_SLOTS:
    // Where discard, conflict resolution and merge abort keep what they replace; default
    // BackupStore::defaultRoot().
    void setBackupRoot(const QString &root);

    // -> branchesListed | branchOperationFailed
    void listBranches();
    // Creates name at startPoint (HEAD when empty) and switches to it.
    // -> branchSwitched | branchSwitchRefused | branchOperationFailed
    void createBranch(const QString &name, const QString &startPoint = {});
    // -> branchSwitched | branchSwitchRefused | branchOperationFailed
    void switchBranch(const QString &name);

    // Backs the file up, then restores it from HEAD. -> fileDiscarded | discardFailed
    void discardFile(const QString &path);
    // -> backupsListed | backupRestoreFailed
    void listBackups();
    // -> backupRestored | backupRestoreRefused (IfUnchanged only) | backupRestoreFailed
    void restoreBackup(const Folio::Git::BackupEntry &entry,
                       Folio::Git::BackupStore::RestoreMode mode);

    // -> mergeCompleted | mergeStopped | mergeRefused | mergeFailed
    void mergeBranch(const QString &branch, const Folio::Git::Signature &committer);
    // -> conflictResolved | conflictResolveFailed
    void resolveConflict(const QString &path, Folio::Git::ConflictResolution resolution,
                         bool force = false);
    // -> mergeCompleted | mergeFailed
    void completeMerge(const Folio::Git::Signature &committer);
    // -> mergeAborted | mergeFailed
    void abortMerge();
    // -> mergeStateRead | mergeFailed. openRepository() also emits mergeStateRead by itself
    // when it finds a merge (or another git operation) left in progress.
    void readMergeState();

Q_SIGNALS:
    void branchesListed(const QList<Folio::Git::BranchInfo> &branches,
                        const Folio::Git::BranchState &current,
                        const Folio::Git::DefaultBranch &defaultBranch);
    void branchSwitched(const Folio::Git::BranchState &current);
    void branchSwitchRefused(const QString &branch, const QStringList &conflictingFiles);
    void branchOperationFailed(const QString &message);

    void fileDiscarded(const Folio::Git::DiscardOutcome &outcome);
    void discardFailed(const QString &path, const QString &message);
    void backupsListed(const QList<Folio::Git::BackupEntry> &backups);
    void backupRestored(const Folio::Git::BackupEntry &entry, const QString &writtenPath);
    void backupRestoreFailed(const QString &message);

    void mergeCompleted(const Folio::Git::MergeOutcome &outcome);
    void mergeStopped(const QList<Folio::Git::ConflictEntry> &conflicts);
    void mergeRefused(const QStringList &blockingFiles, const QString &reason);
    void mergeFailed(const QString &message);
    void conflictResolved(const QString &path, const QList<Folio::Git::ConflictEntry> &remaining);
    void conflictResolveFailed(const QString &path, const QString &message);
    void mergeAborted();
    void mergeStateRead(const Folio::Git::MergeState &state);

private:
    [[nodiscard]] QString noRepositoryMessage() const;
    BackupStore m_backups;
    // ---- end of branches, discard and merge ---------------------------------------------------

    // ---- Git panel widgets (git-ui-branches) -------------------------------------------------
public Q_SLOTS:
    // -> workTreeDescribed. openRepository() and setBackupRoot() also emit it by themselves,
    // so widgets learn where files and backups are without asking.
    void describeWorkTree();

Q_SIGNALS:
    // workTree: with a trailing '/', empty when no repository (with a work tree) is open.
    void workTreeDescribed(const QString &workTree, const QString &backupRoot);
    // restoreBackup(IfUnchanged) refused because the file changed since the backup: the UI
    // offers KeepBoth or Replace instead of reporting an error.
    void backupRestoreRefused(const Folio::Git::BackupEntry &entry, const QString &message);
    // ---- end of git panel widgets -------------------------------------------------------------

    // ---- Network: fetch, push, clone (transport) ---------------------------------------------
    // One transfer at a time (the worker thread runs it to the end). Progress comes as
    // transferProgressed (at most every 100 ms, plus the last report); every slot answers
    // with exactly one of the signals listed under it.
public:
    // Asked for tokens, passphrases and unknown host keys on the worker thread (see
    // credentialprovider.h). Not a slot: set it before moving the service to its thread, or
    // from a functor run on that thread.
    void setCredentialProvider(std::shared_ptr<CredentialProvider> provider);
    // Thread-safe; call it directly, not queued: the worker is busy with the transfer. The
    // running transfer (or the next one, if none runs) stops at libgit2's next callback and
    // answers with its failure signal carrying GitErrorCode::Cancelled.
    void cancelTransfer();
    // Thread-safe, direct. Takes back a cancelTransfer() that came too late: the transfer had
    // already ended and its answer was on its way. Without it the flag would stop the next
    // transfer at once. Call it when the answer to the transfer you cancelled arrives.
    void withdrawCancel();

public Q_SLOTS:
    // Empty: ~/.ssh/known_hosts.
    void setKnownHostsPath(const QString &path);
    // -> fetched | fetchFailed
    void fetchRemote(const QString &remote = QStringLiteral("origin"));
    // -> pushed | pushFailed
    void pushBranch(const Folio::Git::PushRequest &request);
    // Does not open the clone: call openRepository() with cloned().path. -> cloned | cloneFailed
    void cloneRepository(const Folio::Git::CloneRequest &request);

Q_SIGNALS:
    void transferProgressed(const Folio::Git::TransferProgress &progress);
    void fetched(const Folio::Git::FetchResult &result);
    void fetchFailed(const Folio::Error &error);
    void pushed(const Folio::Git::PushResult &result);
    void pushFailed(const Folio::Error &error);
    void cloned(const Folio::Git::CloneResult &result);
    void cloneFailed(const Folio::Error &error);

private:
    [[nodiscard]] TransportOptions transportOptions();
    std::shared_ptr<CredentialProvider> m_credentials;
    QString m_knownHostsPath;
    std::atomic<bool> m_cancelTransfer = false;
    qint64 m_lastProgressMs = 0;
    // ---- end of network -----------------------------------------------------------------------

    // ---- Propose changes as a merge request (propose-ui) -------------------------------------
    // Runs Propose::ProposeOperation on the worker thread, with the transport's credentials,
    // known hosts and cancel flag: cancelTransfer() stops it too. transferProgressed reports
    // the fetch and push as for fetchRemote() and pushBranch().
public Q_SLOTS:
    // -> proposeStageChanged (every stage reached), then proposed | proposeFailed
    void propose(const Folio::Propose::ProposeRequest &request);
    // Proposals whose commit did not reach the server (Propose::PendingPushes).
    // -> pendingPushesListed | pendingPushesFailed
    void listPendingPushes();
    // Pushes one of them again. -> proposeStageChanged(Pushing), then pendingPushSent |
    // pendingPushFailed; either way followed by pendingPushesListed (or pendingPushesFailed).
    void retryPendingPush(const QString &branch, const Folio::Propose::HandbookSettings &settings);
    // Stops offering to send it; its branch and commit stay. -> pendingPushesListed |
    // pendingPushesFailed
    void forgetPendingPush(const QString &branch);

Q_SIGNALS:
    void proposeStageChanged(Folio::Propose::ProposeOperation::Stage stage);
    void proposed(const Folio::Propose::ProposeResult &result);
    void proposeFailed(const Folio::Error &error);
    void pendingPushesListed(const QList<Folio::Propose::PendingPush> &pushes);
    void pendingPushesFailed(const Folio::Error &error);
    void pendingPushSent(const Folio::Propose::ProposeResult &result);
    void pendingPushFailed(const QString &branch, const Folio::Error &error);
    // ---- end of propose -----------------------------------------------------------------------

private:
    // The open repository, or the error saying why there is none.
    [[nodiscard]] Result<const Repository *> repository() const;

    std::optional<Repository> m_repository;
    QString m_openError;
    ChangeListOptions m_changeOptions;
};

} // namespace Folio::Git

Q_DECLARE_METATYPE(Folio::Git::PageGitState)
Q_DECLARE_METATYPE(Folio::Git::RepositoryInfo)
Q_DECLARE_METATYPE(Folio::Git::BackupStore::RestoreMode)
Q_DECLARE_METATYPE(Folio::Propose::ProposeRequest)
Q_DECLARE_METATYPE(Folio::Propose::ProposeResult)
Q_DECLARE_METATYPE(Folio::Propose::ProposeOperation::Stage)
Q_DECLARE_METATYPE(Folio::Propose::PendingPush)
Q_DECLARE_METATYPE(Folio::Propose::HandbookSettings)
