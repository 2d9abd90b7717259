#pragma once

#include "core/error.h"

namespace Folio::Git {

// Captures libgit2's thread-local last error right after a failed call: code kept so callers
// can branch on GIT_ENOTFOUND, message from libgit2 itself, prefixed by what Folio was doing.
[[nodiscard]] Error gitError(int code, const QString &action);

} // namespace Folio::Git
