#pragma once

#include "core/error.h"

namespace Folio::Git {

// Folio's own codes for ErrorDomain::Git errors that the UI answers with a dialog rather than
// a message. Positive, so they never collide with libgit2's codes (all negative).
enum class GitErrorCode
{
    IdentityMissing = 1001,     // no user.name or user.email in any git config: ask the user
    IndexLocked = 1002,         // .git/index.lock exists: another git program, or a crashed one
    NothingToCommit = 1003,     // the chosen paths have no change against HEAD
    OperationInProgress = 1004, // a merge/rebase/cherry-pick is under way

    // Network (fetch, push, clone). The message keeps libgit2's or the server's own text.
    NetworkUnavailable = 1101,   // offline, server down, name not resolved: nothing was sent
    AuthenticationFailed = 1102, // credentials refused after the bounded number of attempts
    HostKeyChanged = 1103,       // the SSH server's key differs from known_hosts: refused
    HostKeyRejected = 1104,      // first contact: the user (or a missing provider) said no
    Cancelled = 1105,            // the user cancelled; a cancelled clone leaves no folder
    NotFastForward = 1106,       // the remote branch has commits we lack: update first
    PushRejected = 1107,         // a server hook or rule refused the push; message has its text
    DestinationNotEmpty = 1108,  // clone into a folder that already has files

    // Proposing changes (branchcommit.h).
    ChangedUpstream = 1201, // a chosen file changed upstream in a way that collides with the edit
};

[[nodiscard]] inline bool hasCode(const Error &error, GitErrorCode code)
{
    return error.domain == ErrorDomain::Git && error.code == int(code);
}

[[nodiscard]] inline bool isIdentityMissing(const Error &error)
{
    return hasCode(error, GitErrorCode::IdentityMissing);
}

[[nodiscard]] inline bool isIndexLocked(const Error &error)
{
    return hasCode(error, GitErrorCode::IndexLocked);
}

// True for the errors after which "your commit is safe, push later" is the right answer.
[[nodiscard]] inline bool isNetworkUnavailable(const Error &error)
{
    return hasCode(error, GitErrorCode::NetworkUnavailable);
}

} // namespace Folio::Git
