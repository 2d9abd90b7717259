#pragma once

#include "checks/problem.h"

#include <QFlags>
#include <QStringView>

#include <optional>

namespace Folio::Checks {

// Which checks to run (`folio check --only`, the Problems dock's filter); one per Category.
enum class CheckKind
{
    FrontMatter = 0x1,
    Spelling = 0x2,
    Links = 0x4,
};
Q_DECLARE_FLAGS(CheckKinds, CheckKind)
Q_DECLARE_OPERATORS_FOR_FLAGS(CheckKinds)

inline constexpr CheckKinds AllCheckKinds =
    CheckKinds(CheckKind::FrontMatter) | CheckKind::Spelling | CheckKind::Links;

[[nodiscard]] inline CheckKind checkKindOf(Category category)
{
    switch (category) {
    case Category::Spelling:
        return CheckKind::Spelling;
    case Category::Link:
        return CheckKind::Links;
    case Category::FrontMatter:
        break;
    }
    return CheckKind::FrontMatter;
}

// The kind a name stands for, spelled as categoryName() spells its category: "links",
// "spelling", "frontmatter"; nullopt for any other name.
[[nodiscard]] inline std::optional<CheckKind> checkKindFromName(QStringView name)
{
    for (const Category category : {Category::FrontMatter, Category::Spelling, Category::Link}) {
        if (name == categoryName(category))
            return checkKindOf(category);
    }
    return std::nullopt;
}

} // namespace Folio::Checks
