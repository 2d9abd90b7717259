#pragma once

#include "core/result.h"
#include "git/mergerequestlink.h"
#include "git/repository.h"
#include "git/transportoptions.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace Folio::Git {

struct PushRequest
{
    QString remote = QStringLiteral("origin");
    QString branch; // local branch, pushed to the same name
    // Sent as git push options (`git push -o`), e.g. GitLab's "merge_request.create",
    // "merge_request.target=main". Bare values: no shell quoting; git refuses line breaks, and
    // GitLab turns the two characters \n in a description into a line break.
    QStringList pushOptions;
    bool setUpstream = true;
};

struct PushResult
{
    QString remote;
    QString branch;
    QString commitId;        // what the remote branch now points at
    QStringList serverLines; // everything the server printed ("remote: ..."), verbatim
    std::optional<MergeRequestLinkInfo> mergeRequest; // GitLab's link, when it printed one
};

// Pushes one branch without ever forcing. Done only when libgit2 succeeded and the server
// accepted the reference. Errors to branch on (giterrors.h): NotFastForward (update first),
// PushRejected (a hook or rule said no; the message carries the server's text),
// NetworkUnavailable (nothing was sent: the commit is safe, push later), AuthenticationFailed,
// HostKeyChanged, HostKeyRejected, Cancelled.
class PushOperation
{
public:
    PushOperation(const Repository &repository, TransportOptions options);

    [[nodiscard]] Result<PushResult> push(const PushRequest &request);

private:
    const Repository &m_repository;
    TransportOptions m_options;
};

} // namespace Folio::Git

Q_DECLARE_METATYPE(Folio::Git::PushRequest)
Q_DECLARE_METATYPE(Folio::Git::PushResult)
