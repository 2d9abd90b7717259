#pragma once

#include "core/error.h"

namespace Folio::Git {

class Repository;

// gitError(), except that a failure caused by an existing .git/index.lock becomes an
// IndexLocked error whose message says what the lock is and how to get rid of it.
[[nodiscard]] Error lockAwareGitError(const Repository &repository, int code,
                                      const QString &action);

} // namespace Folio::Git
