#pragma once

#include "core/result.h"
#include "git/transportoptions.h"

#include <QMetaType>
#include <QString>

namespace Folio::Git {

struct CloneRequest
{
    QString url;
    QString path; // a folder that does not exist yet, or an empty one
    // Only the latest commit (depth 1): a handbook's history is large. Not over SSH with
    // libgit2 < 1.9, whose SSH transport breaks shallow fetches: CloneResult::shallow says
    // what was made.
    bool shallow = true;
    QString branch; // empty: the remote's default branch
};

struct CloneResult
{
    QString path;
    QString branch;   // checked out
    QString commitId; // HEAD
    bool shallow = false;
};

// Clones url into path and checks out the default (or the requested) branch, safely. On any
// failure or cancel, what the clone created is removed: the folder itself (and parents it
// had to create), or only the contents of an empty folder that existed before. Errors to
// branch on (giterrors.h): DestinationNotEmpty, NetworkUnavailable, AuthenticationFailed,
// HostKeyChanged, HostKeyRejected, Cancelled.
class CloneOperation
{
public:
    explicit CloneOperation(TransportOptions options);

    [[nodiscard]] Result<CloneResult> clone(const CloneRequest &request);

    // False where a shallow request is cloned in full (SSH with libgit2 < 1.9): lets the UI
    // say so before the user waits for the whole history.
    [[nodiscard]] static bool canCloneShallow(const QString &url);

private:
    TransportOptions m_options;
};

} // namespace Folio::Git

Q_DECLARE_METATYPE(Folio::Git::CloneRequest)
Q_DECLARE_METATYPE(Folio::Git::CloneResult)
