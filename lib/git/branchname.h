#pragma once

#include <QString>

namespace Folio::Git {

// A branch name proposed for a change, "<user>-<subject>" (e.g. "ada-getting-started"), as
// slugs of plain lowercase letters, digits and '-' so it is valid for git and readable in a
// merge request. user may be an email address (its local part is used) or a name; subject is
// a page title or file name. Falls back to "folio-change" parts when either has no usable
// character. Pure: valid for Branches::validateName() whenever the result is not empty.
[[nodiscard]] QString suggestedBranchName(const QString &user, const QString &subject);

} // namespace Folio::Git
