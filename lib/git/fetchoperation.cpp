#include "git/fetchoperation.h"

#include "git/giterror_p.h"
#include "git/githandle_p.h"
#include "git/operationsupport_p.h"
#include "git/remotesession_p.h"
#include "git/repositoryaccess_p.h"

namespace Folio::Git {

FetchOperation::FetchOperation(const Repository &repository, TransportOptions options)
    : m_repository(repository)
    , m_options(std::move(options))
{}

Result<FetchResult> FetchOperation::fetch(const QString &remoteName)
{
    git_remote *raw = nullptr;
    int rc = git_remote_lookup(&raw, rawRepository(m_repository),
                               Internal::utf8(remoteName).constData());
    RemotePtr remote(raw);
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot find the remote %1").arg(remoteName));
    const char *url = git_remote_url(remote.get());
    RemoteSession session(m_options, url ? QString::fromUtf8(url) : QString());
    git_fetch_options options = GIT_FETCH_OPTIONS_INIT;
    session.install(&options.callbacks);
    rc = git_remote_fetch(remote.get(), nullptr, &options, nullptr);
    if (rc != 0)
        return session.failure(rc, QStringLiteral("cannot fetch from %1").arg(remoteName));

    FetchResult result;
    result.remote = remoteName;
    for (const RemoteSession::RefUpdate &update : session.refUpdates())
        result.updated.append({update.name, update.oldId, update.newId});
    const git_indexer_progress *stats = git_remote_stats(remote.get());
    result.receivedObjects = stats->received_objects;
    result.receivedBytes = qint64(stats->received_bytes);
    return result;
}

} // namespace Folio::Git
