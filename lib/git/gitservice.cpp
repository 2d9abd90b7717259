#include "git/gitservice.h"

#include "git/giterrors.h"
#include "git/identity.h"

#include <git2/errors.h>

namespace Folio::Git {

GitService::GitService(QObject *parent)
    : QObject(parent)
{
    // Queued connections copy arguments through the meta-type system.
    qRegisterMetaType<PageGitState>();
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

} // namespace Folio::Git
