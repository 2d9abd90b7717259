#pragma once

#include "git/repository.h"

#include <git2.h>

namespace Folio::Git {

// The libgit2 handle behind a Repository, for the operation classes of lib/git (status, diff,
// branches, merge...) that each live in their own file. Never exposed outside lib/git.
git_repository *rawRepository(const Repository &repository);

} // namespace Folio::Git
