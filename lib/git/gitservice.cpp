#include "git/gitservice.h"

#include "git/credentialprovider.h"
#include "git/giterrors.h"
#include "git/identity.h"

#include <QDir>
#include <QFileInfo>

#include <git2/errors.h>

#include <QDateTime>

#include <cerrno>

namespace Folio::Git {

namespace {
void registerBranchMergeMetaTypes(); // git-branches block below
void registerTransportMetaTypes();   // transport block below
void registerProposeMetaTypes();     // propose block below
} // namespace

GitService::GitService(QObject *parent)
    : QObject(parent)
{
    // Queued connections copy arguments through the meta-type system.
    qRegisterMetaType<PageGitState>();
    registerBranchMergeMetaTypes();
    registerTransportMetaTypes();
    registerProposeMetaTypes();
    qRegisterMetaType<Folio::Error>();
    qRegisterMetaType<Change>();
    qRegisterMetaType<ChangeList>();
    qRegisterMetaType<ChangeListOptions>();
    qRegisterMetaType<FileDiffRequest>();
    qRegisterMetaType<FileDiff>();
    qRegisterMetaType<CommitRequest>();
    qRegisterMetaType<CommitResult>();
    qRegisterMetaType<Signature>();
    qRegisterMetaType<IndexLockState>();
    qRegisterMetaType<RepositoryInfo>();
}

GitService::~GitService() = default;

void GitService::openRepository(const QString &path)
{
    m_repository.reset();
    m_openError.clear();
    auto repository = Repository::discover(path);
    if (repository)
        m_repository.emplace(std::move(repository).value());
    else if (!Repository::isNotFound(repository.error())) // a handbook without git is fine
        m_openError = repository.error().message;
    describeWorkTree(); // git-ui-branches: widgets follow the open repository
    if (m_repository) {
        // Offer to continue or abort a merge left over from an earlier session or the git CLI.
        auto state = MergeOperation(*m_repository).state();
        if (state && state->operation != RepositoryOperation::None)
            Q_EMIT mergeStateRead(state.value());
    }
}

Result<const Repository *> GitService::repository() const
{
    if (m_repository)
        return &*m_repository;
    return Error{ErrorDomain::Git, GIT_ENOTFOUND,
                 m_openError.isEmpty() ? QStringLiteral("the handbook is not in a git repository")
                                       : m_openError};
}

void GitService::readPageState(const QString &absolutePath)
{
    PageGitState state;
    state.pagePath = absolutePath;
    if (!m_repository) {
        state.error = m_openError;
        Q_EMIT pageStateRead(state);
        return;
    }
    state.inRepository = true;
    if (auto branch = m_repository->branch())
        state.branch = branch.value();
    else
        state.error = branch.error().message;
    if (auto status = m_repository->fileStatus(absolutePath))
        state.status = status.value();
    else if (state.error.isEmpty())
        state.error = status.error().message;
    Q_EMIT pageStateRead(state);
}

// ---- Branches, discard and merge (git-branches) ----------------------------------------------

namespace {

void registerBranchMergeMetaTypes()
{
    qRegisterMetaType<BranchInfo>();
    qRegisterMetaType<QList<BranchInfo>>();
    qRegisterMetaType<BranchState>();
    qRegisterMetaType<DefaultBranch>();
    qRegisterMetaType<SwitchOutcome>();
    qRegisterMetaType<BackupEntry>();
    qRegisterMetaType<QList<BackupEntry>>();
    qRegisterMetaType<BackupStore::RestoreMode>();
    qRegisterMetaType<DiscardOutcome>();
    qRegisterMetaType<ConflictEntry>();
    qRegisterMetaType<QList<ConflictEntry>>();
    qRegisterMetaType<ConflictResolution>();
    qRegisterMetaType<MergeOutcome>();
    qRegisterMetaType<MergeState>();
}

} // namespace

QString GitService::noRepositoryMessage() const
{
    return m_openError.isEmpty() ? QStringLiteral("the handbook is not in a git repository")
                                 : m_openError;
}

void GitService::setBackupRoot(const QString &root)
{
    m_backups = BackupStore(root);
    describeWorkTree(); // git-ui-branches
}

void GitService::listBranches()
{
    if (!m_repository) {
        Q_EMIT branchOperationFailed(noRepositoryMessage());
        return;
    }
    Branches branches(*m_repository);
    auto list = branches.list();
    if (!list) {
        Q_EMIT branchOperationFailed(list.error().message);
        return;
    }
    auto current = branches.current();
    if (!current) {
        Q_EMIT branchOperationFailed(current.error().message);
        return;
    }
    auto defaultBranch = branches.defaultBranch();
    if (!defaultBranch && !Repository::isNotFound(defaultBranch.error())) {
        Q_EMIT branchOperationFailed(defaultBranch.error().message);
        return;
    }
    Q_EMIT branchesListed(list.value(), current.value(),
                          defaultBranch ? defaultBranch.value() : DefaultBranch{});
}

namespace {

void reportSwitch(const Result<SwitchOutcome> &outcome, const QString &branch, GitService *service)
{
    if (!outcome)
        Q_EMIT service->branchOperationFailed(outcome.error().message);
    else if (!outcome->switched)
        Q_EMIT service->branchSwitchRefused(branch, outcome->conflictingFiles);
    else
        Q_EMIT service->branchSwitched(outcome->branch);
}

} // namespace

void GitService::createBranch(const QString &name, const QString &startPoint)
{
    if (!m_repository) {
        Q_EMIT branchOperationFailed(noRepositoryMessage());
        return;
    }
    reportSwitch(Branches(*m_repository).createAndSwitch(name, startPoint), name, this);
}

void GitService::switchBranch(const QString &name)
{
    if (!m_repository) {
        Q_EMIT branchOperationFailed(noRepositoryMessage());
        return;
    }
    reportSwitch(Branches(*m_repository).switchTo(name), name, this);
}

void GitService::discardFile(const QString &path)
{
    if (!m_repository) {
        Q_EMIT discardFailed(path, noRepositoryMessage());
        return;
    }
    auto outcome = DiscardOperation(*m_repository, m_backups).discard(path);
    if (outcome)
        Q_EMIT fileDiscarded(outcome.value());
    else
        Q_EMIT discardFailed(path, outcome.error().message);
}

void GitService::listBackups()
{
    auto list = m_backups.list();
    if (list)
        Q_EMIT backupsListed(list.value());
    else
        Q_EMIT backupRestoreFailed(list.error().message);
}

void GitService::restoreBackup(const BackupEntry &entry, BackupStore::RestoreMode mode)
{
    auto written = m_backups.restore(entry, mode);
    if (written)
        Q_EMIT backupRestored(entry, written.value());
    // git-ui-branches: "the file changed since" is a question for the user, not a failure.
    else if (mode == BackupStore::RestoreMode::IfUnchanged &&
             written.error().domain == ErrorDomain::File && written.error().code == EEXIST)
        Q_EMIT backupRestoreRefused(entry, written.error().message);
    else
        Q_EMIT backupRestoreFailed(written.error().message);
}

void GitService::mergeBranch(const QString &branch, const Signature &committer)
{
    if (!m_repository) {
        Q_EMIT mergeFailed(noRepositoryMessage());
        return;
    }
    auto outcome = MergeOperation(*m_repository, &m_backups).merge(branch, committer);
    if (!outcome)
        Q_EMIT mergeFailed(outcome.error().message);
    else if (outcome->status == MergeStatus::Conflicted)
        Q_EMIT mergeStopped(outcome->conflicts);
    else if (outcome->status == MergeStatus::Refused)
        Q_EMIT mergeRefused(outcome->blockingFiles, outcome->reason);
    else
        Q_EMIT mergeCompleted(outcome.value());
}

void GitService::resolveConflict(const QString &path, ConflictResolution resolution, bool force)
{
    if (!m_repository) {
        Q_EMIT conflictResolveFailed(path, noRepositoryMessage());
        return;
    }
    MergeOperation merge(*m_repository, &m_backups);
    if (auto resolved = merge.resolve(path, resolution, force); !resolved) {
        Q_EMIT conflictResolveFailed(path, resolved.error().message);
        return;
    }
    auto remaining = merge.conflicts();
    if (remaining)
        Q_EMIT conflictResolved(path, remaining.value());
    else
        Q_EMIT conflictResolveFailed(path, remaining.error().message);
}

void GitService::completeMerge(const Signature &committer)
{
    if (!m_repository) {
        Q_EMIT mergeFailed(noRepositoryMessage());
        return;
    }
    MergeOperation merge(*m_repository, &m_backups);
    auto state = merge.state();
    if (!state) {
        Q_EMIT mergeFailed(state.error().message);
        return;
    }
    auto commit = merge.complete(committer);
    if (!commit) {
        Q_EMIT mergeFailed(commit.error().message);
        return;
    }
    MergeOutcome outcome;
    outcome.status = MergeStatus::Merged;
    outcome.commitId = commit.value();
    outcome.message = state->message;
    Q_EMIT mergeCompleted(outcome);
}

void GitService::abortMerge()
{
    if (!m_repository) {
        Q_EMIT mergeFailed(noRepositoryMessage());
        return;
    }
    if (auto aborted = MergeOperation(*m_repository, &m_backups).abort(); !aborted)
        Q_EMIT mergeFailed(aborted.error().message);
    else
        Q_EMIT mergeAborted();
}

void GitService::readMergeState()
{
    if (!m_repository) {
        Q_EMIT mergeFailed(noRepositoryMessage());
        return;
    }
    auto state = MergeOperation(*m_repository).state();
    if (state)
        Q_EMIT mergeStateRead(state.value());
    else
        Q_EMIT mergeFailed(state.error().message);
}

// ---- end of branches, discard and merge ------------------------------------------------------

void GitService::refreshChanges(const ChangeListOptions &options)
{
    m_changeOptions = options;
    const auto repo = repository();
    if (!repo) {
        Q_EMIT changesFailed(repo.error());
        return;
    }
    auto changes = readChanges(**repo, options);
    if (changes)
        Q_EMIT changesRefreshed(changes.value());
    else
        Q_EMIT changesFailed(changes.error());
}

void GitService::readFileDiff(const FileDiffRequest &request)
{
    const auto repo = repository();
    if (!repo) {
        Q_EMIT fileDiffFailed(request.path, repo.error());
        return;
    }
    auto diff = diffFile(**repo, request);
    if (diff)
        Q_EMIT fileDiffRead(diff.value());
    else
        Q_EMIT fileDiffFailed(request.path, diff.error());
}

void GitService::readFileAtRevision(const QString &path, const QString &revision)
{
    const auto repo = repository();
    if (!repo) {
        Q_EMIT fileAtRevisionFailed(path, revision, repo.error());
        return;
    }
    auto content = fileAtRevision(**repo, path, revision);
    if (content)
        Q_EMIT fileAtRevisionRead(path, revision, content.value());
    else
        Q_EMIT fileAtRevisionFailed(path, revision, content.error());
}

void GitService::commitFiles(const CommitRequest &request)
{
    const auto repo = repository();
    if (!repo) {
        Q_EMIT commitFailed(repo.error());
        return;
    }
    auto result = commitPaths(**repo, request);
    if (!result) {
        if (isIdentityMissing(result.error()))
            Q_EMIT identityMissing(request);
        else
            Q_EMIT commitFailed(result.error());
        return;
    }
    Q_EMIT committed(result.value());
    refreshChanges(m_changeOptions);
}

void GitService::storeIdentity(const Signature &identity)
{
    const auto repo = repository();
    if (!repo) {
        Q_EMIT identityStoreFailed(repo.error());
        return;
    }
    if (auto stored = Git::storeIdentity(**repo, identity))
        Q_EMIT identityStored(identity);
    else
        Q_EMIT identityStoreFailed(stored.error());
}

void GitService::readIndexLock()
{
    IndexLockState state;
    if (const auto repo = repository()) {
        if (auto read = Git::readIndexLock(**repo))
            state = read.value();
    }
    Q_EMIT indexLockRead(state);
}

void GitService::removeStaleIndexLock()
{
    const auto repo = repository();
    if (!repo) {
        Q_EMIT indexLockRemovalFailed(repo.error());
        return;
    }
    auto removed = Git::removeStaleIndexLock(**repo);
    if (removed)
        Q_EMIT indexLockRemoved(removed.value());
    else
        Q_EMIT indexLockRemovalFailed(removed.error());
}

// ---- Git panel widgets (git-ui-branches) -----------------------------------------------------

void GitService::describeWorkTree()
{
    Q_EMIT workTreeDescribed(m_repository ? m_repository->workdir() : QString(), m_backups.root());
}

// ---- end of git panel widgets ----------------------------------------------------------------

void GitService::describeRepository(const QString &handbookRoot)
{
    RepositoryInfo info;
    info.handbookRoot = handbookRoot;
    const auto repo = repository();
    if (!repo) {
        info.error = m_openError;
        Q_EMIT repositoryDescribed(info);
        return;
    }
    info.inRepository = true;
    info.workdir = (*repo)->workdir();
    info.gitDir = (*repo)->gitDir();
    // Both sides canonical: libgit2 and the handbook may spell a symlinked /tmp differently.
    const QString workdir = QFileInfo(info.workdir).canonicalFilePath();
    const QString root = QFileInfo(handbookRoot).canonicalFilePath();
    if (!workdir.isEmpty() && !root.isEmpty()) {
        const QString relative = QDir(workdir).relativeFilePath(root);
        if (relative != u"." && !relative.startsWith(QStringLiteral("..")))
            info.subfolder = relative;
    }
    if (auto defaultBranch = Branches(*m_repository).defaultBranch())
        info.defaultBranch = defaultBranch.value();
    if (auto identity = configuredIdentity(**repo))
        info.identity = identity.value();
    Q_EMIT repositoryDescribed(info);
}

} // namespace Folio::Git

// ---- Network: fetch, push, clone (transport) -------------------------------------------------

namespace Folio::Git {

namespace {

void registerTransportMetaTypes()
{
    qRegisterMetaType<TransferProgress>();
    qRegisterMetaType<FetchResult>();
    qRegisterMetaType<PushRequest>();
    qRegisterMetaType<PushResult>();
    qRegisterMetaType<CloneRequest>();
    qRegisterMetaType<CloneResult>();
    qRegisterMetaType<MergeRequestLinkInfo>();
}

} // namespace

void GitService::setCredentialProvider(std::shared_ptr<CredentialProvider> provider)
{
    m_credentials = std::move(provider);
}

void GitService::cancelTransfer()
{
    m_cancelTransfer = true;
}

void GitService::withdrawCancel()
{
    m_cancelTransfer = false;
}

void GitService::setKnownHostsPath(const QString &path)
{
    m_knownHostsPath = path;
}

TransportOptions GitService::transportOptions()
{
    TransportOptions options;
    options.credentials = m_credentials.get();
    options.knownHostsPath = m_knownHostsPath;
    options.cancel = &m_cancelTransfer;
    m_lastProgressMs = 0;
    options.progress = [this](const TransferProgress &progress) {
        // libgit2 reports every object; a queued signal per object would flood the UI thread.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (now - m_lastProgressMs >= 100 || progress.current == progress.total) {
            m_lastProgressMs = now;
            Q_EMIT transferProgressed(progress);
        }
        return !m_cancelTransfer.load();
    };
    return options;
}

void GitService::fetchRemote(const QString &remote)
{
    auto repo = repository();
    if (!repo) {
        Q_EMIT fetchFailed(repo.error());
        return;
    }
    auto result = FetchOperation(*repo.value(), transportOptions()).fetch(remote);
    m_cancelTransfer = false;
    if (result)
        Q_EMIT fetched(result.value());
    else
        Q_EMIT fetchFailed(result.error());
}

void GitService::pushBranch(const PushRequest &request)
{
    auto repo = repository();
    if (!repo) {
        Q_EMIT pushFailed(repo.error());
        return;
    }
    auto result = PushOperation(*repo.value(), transportOptions()).push(request);
    m_cancelTransfer = false;
    if (result)
        Q_EMIT pushed(result.value());
    else
        Q_EMIT pushFailed(result.error());
}

void GitService::cloneRepository(const CloneRequest &request)
{
    auto result = CloneOperation(transportOptions()).clone(request);
    m_cancelTransfer = false;
    if (result)
        Q_EMIT cloned(result.value());
    else
        Q_EMIT cloneFailed(result.error());
}

} // namespace Folio::Git

// ---- Propose changes as a merge request (propose-ui) -----------------------------------------

namespace Folio::Git {

namespace {

void registerProposeMetaTypes()
{
    qRegisterMetaType<Propose::ProposeRequest>();
    qRegisterMetaType<Propose::ProposeResult>();
    qRegisterMetaType<Propose::ProposeOperation::Stage>();
    qRegisterMetaType<Propose::PendingPush>();
    qRegisterMetaType<QList<Propose::PendingPush>>();
    qRegisterMetaType<Propose::HandbookSettings>();
}

} // namespace

void GitService::propose(const Propose::ProposeRequest &request)
{
    auto repo = repository();
    if (!repo) {
        Q_EMIT proposeFailed(repo.error());
        return;
    }
    Propose::ProposeOperation operation(*repo.value(), transportOptions());
    operation.setStageCallback(
        [this](Propose::ProposeOperation::Stage stage) { Q_EMIT proposeStageChanged(stage); });
    auto result = operation.propose(request);
    m_cancelTransfer = false;
    if (result)
        Q_EMIT proposed(result.value());
    else
        Q_EMIT proposeFailed(result.error());
}

void GitService::listPendingPushes()
{
    auto repo = repository();
    if (!repo) {
        Q_EMIT pendingPushesFailed(repo.error());
        return;
    }
    auto pushes = Propose::PendingPushes(repo.value()->gitDir()).list();
    if (pushes)
        Q_EMIT pendingPushesListed(pushes.value());
    else
        Q_EMIT pendingPushesFailed(pushes.error());
}

void GitService::retryPendingPush(const QString &branch, const Propose::HandbookSettings &settings)
{
    auto repo = repository();
    if (!repo) {
        Q_EMIT pendingPushFailed(branch, repo.error());
        Q_EMIT pendingPushesFailed(repo.error());
        return;
    }
    Propose::ProposeOperation operation(*repo.value(), transportOptions());
    operation.setStageCallback(
        [this](Propose::ProposeOperation::Stage stage) { Q_EMIT proposeStageChanged(stage); });
    auto result = operation.retryPush(branch, settings);
    m_cancelTransfer = false;
    if (result)
        Q_EMIT pendingPushSent(result.value());
    else
        Q_EMIT pendingPushFailed(branch, result.error());
    listPendingPushes();
}

void GitService::forgetPendingPush(const QString &branch)
{
    auto repo = repository();
    if (!repo) {
        Q_EMIT pendingPushesFailed(repo.error());
        return;
    }
    if (auto removed = Propose::PendingPushes(repo.value()->gitDir()).remove(branch); !removed) {
        Q_EMIT pendingPushesFailed(removed.error());
        return;
    }
    listPendingPushes();
}

} // namespace Folio::Git

// ---- end of propose ---------------------------------------------------------------------------
