#pragma once

#include "core/result.h"

#include <QString>

namespace Folio::Propose::BranchName {

// Whether git accepts name as a branch (the rules of git check-ref-format --branch), for
// names a user typed or a settings file gave. The error says which rule, untranslated.
[[nodiscard]] Result<void> check(const QString &name);

// text as lowercase ASCII words joined by '-' ([a-z0-9-] only, no leading, trailing or
// doubled '-'), at most maxLength characters, cut at a word boundary when possible. Accents
// are dropped ("Jürgen Weiß" -> "jurgen-weiss"); what has no ASCII form is left out.
[[nodiscard]] QString slug(const QString &text, qsizetype maxLength);

} // namespace Folio::Propose::BranchName
