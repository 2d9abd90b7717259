#pragma once

#include "core/result.h"
#include "git/repository.h"
#include "git/transportoptions.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace Folio::Git {

struct UpdatedReference
{
    QString name;  // "refs/remotes/origin/main"
    QString oldId; // empty when the reference is new
    QString newId; // empty when it was deleted

    friend bool operator==(const UpdatedReference &, const UpdatedReference &) = default;
};

struct FetchResult
{
    QString remote;
    QList<UpdatedReference> updated; // only what changed
    qint64 receivedObjects = 0;
    qint64 receivedBytes = 0;
};

// `git fetch <remote>` with the remote's configured refspecs: updates the remote-tracking
// branches, never a local branch or the work tree (there is no pull: the caller merges).
// Errors to branch on (giterrors.h): NetworkUnavailable, AuthenticationFailed, HostKeyChanged,
// HostKeyRejected, Cancelled.
class FetchOperation
{
public:
    FetchOperation(const Repository &repository, TransportOptions options);

    [[nodiscard]] Result<FetchResult> fetch(const QString &remote = QStringLiteral("origin"));

private:
    const Repository &m_repository;
    TransportOptions m_options;
};

} // namespace Folio::Git

Q_DECLARE_METATYPE(Folio::Git::FetchResult)
