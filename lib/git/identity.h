#pragma once

#include "core/result.h"
#include "git/repository.h"

#include <optional>

namespace Folio::Git {

// The commit author from git config: the repository's own config, then the user's
// (~/.gitconfig, ~/.config/git/config), then the system's; the first that sets each key
// wins, as for the git CLI. std::nullopt when user.name or user.email is missing or empty:
// the UI then asks once and calls storeIdentity().
[[nodiscard]] Result<std::optional<Signature>> configuredIdentity(const Repository &repository);

// Writes user.name and user.email into the repository's own config (.git/config), so they
// apply to this handbook only and nothing outside it changes. Refuses values git would reject.
[[nodiscard]] Result<void> storeIdentity(const Repository &repository, const Signature &identity);

// Whether a name and email are worth storing, before the user leaves the dialog that asks:
// a name, and an email of the form local@domain without spaces or angle brackets (git itself
// accepts nearly anything, but a typo here ends up in every commit).
[[nodiscard]] Result<void> validateIdentity(const Signature &identity);

} // namespace Folio::Git

Q_DECLARE_METATYPE(Folio::Git::Signature)
