#include "git/pushoperation.h"

#include "git/giterror_p.h"
#include "git/giterrors.h"
#include "git/githandle_p.h"
#include "git/operationsupport_p.h"
#include "git/remotesession_p.h"
#include "git/repositoryaccess_p.h"

#include <vector>

namespace Folio::Git {

namespace {

// The text a server printed, for an error message.
QString serverText(const QStringList &lines)
{
    QStringList kept;
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty())
            kept.append(line);
    }
    return kept.join(u'\n');
}

} // namespace

PushOperation::PushOperation(const Repository &repository, TransportOptions options)
    : m_repository(repository)
    , m_options(std::move(options))
{}

Result<PushResult> PushOperation::push(const PushRequest &request)
{
    git_repository *repo = rawRepository(m_repository);
    const QString action =
        QStringLiteral("cannot push %1 to %2").arg(request.branch, request.remote);
    for (const QString &option : request.pushOptions) {
        if (option.contains(u'\n') || option.contains(u'\r'))
            return Error{ErrorDomain::Git, GIT_EINVALID,
                         action % QStringLiteral(": a push option contains a line break (write "
                                                 "\\n instead)")};
    }
    const QByteArray localRef = "refs/heads/" + Internal::utf8(request.branch);
    git_oid localId;
    int rc = git_reference_name_to_id(&localId, repo, localRef.constData());
    if (rc != 0)
        return gitError(rc, action);

    git_remote *rawRemote = nullptr;
    rc = git_remote_lookup(&rawRemote, repo, Internal::utf8(request.remote).constData());
    RemotePtr remote(rawRemote);
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot find the remote %1").arg(request.remote));
    const char *url = git_remote_pushurl(remote.get());
    if (!url)
        url = git_remote_url(remote.get());
    RemoteSession session(m_options, url ? QString::fromUtf8(url) : QString());

    QByteArray refspec = localRef + ':' + localRef; // no leading '+': never force
    char *specs[] = {refspec.data()};
    const git_strarray refspecs = {specs, 1};
    git_push_options options = GIT_PUSH_OPTIONS_INIT;
    session.install(&options.callbacks);
    QList<QByteArray> optionBytes;
    std::vector<char *> optionPointers;
    for (const QString &option : request.pushOptions)
        optionBytes.append(Internal::utf8(option));
    for (QByteArray &option : optionBytes)
        optionPointers.push_back(option.data());
    options.remote_push_options = {optionPointers.data(), optionPointers.size()};

    rc = git_remote_push(remote.get(), &refspecs, &options);
    const QStringList lines = session.serverLines();
    if (rc != 0) {
        Error error = session.failure(rc, action);
        if (const QString text = serverText(lines); !text.isEmpty())
            error.message += QStringLiteral("\nThe server said:\n") + text;
        return error;
    }
    // git_remote_push succeeds even when the server refused the reference: only its
    // per-reference status says so. No status at all is no confirmation either.
    bool confirmed = false;
    for (const RemoteSession::PushStatus &status : session.pushStatuses()) {
        if (status.reference != QString::fromUtf8(localRef))
            continue;
        if (status.status.isEmpty()) {
            confirmed = true;
            continue;
        }
        const bool behind = status.status.contains(QLatin1String("non-fast-forward")) ||
                            status.status.contains(QLatin1String("fetch first"));
        QString message = action % u": " % request.remote % u" refused " % status.reference %
                          u": " % status.status;
        if (behind)
            message += QStringLiteral(" (update first)");
        if (const QString text = serverText(lines); !text.isEmpty())
            message += QStringLiteral("\nThe server said:\n") + text;
        return Error{ErrorDomain::Git,
                     int(behind ? GitErrorCode::NotFastForward : GitErrorCode::PushRejected),
                     message};
    }
    if (!confirmed)
        return Error{ErrorDomain::Git, int(GitErrorCode::PushRejected),
                     action % QStringLiteral(": the server did not confirm the update of ") %
                         QString::fromUtf8(localRef)};

    PushResult result;
    result.remote = request.remote;
    result.branch = request.branch;
    result.commitId = Internal::oidToString(&localId);
    result.serverLines = lines;
    result.mergeRequest = MergeRequestLink::find(session.serverText());

    if (request.setUpstream) {
        git_reference *rawBranch = nullptr;
        rc = git_branch_lookup(&rawBranch, repo, Internal::utf8(request.branch).constData(),
                               GIT_BRANCH_LOCAL);
        ReferencePtr branch(rawBranch);
        if (rc == 0)
            rc = git_branch_set_upstream(
                branch.get(), Internal::utf8(request.remote % u'/' % request.branch).constData());
        if (rc != 0)
            return gitError(
                rc, QStringLiteral("pushed %1, but cannot set its upstream").arg(request.branch));
    }
    return result;
}

} // namespace Folio::Git
