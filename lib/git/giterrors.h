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

} // namespace Folio::Git
