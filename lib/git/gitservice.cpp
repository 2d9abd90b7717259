#include "git/gitservice.h"

namespace Folio::Git {

GitService::GitService(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<PageGitState>();
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

} // namespace Folio::Git
