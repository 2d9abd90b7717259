#pragma once

#include <QStringView>

namespace Folio::Checks {

// Edit distance between a and b (UTF-16 code units): insertions, deletions, substitutions and
// swaps of two neighbours ("salse" -> "sales", the commonest slip) count one each (optimal
// string alignment). limit + 1 as soon as it is known to be larger than limit: suggestions
// only want close strings, and stopping early keeps comparing one name with thousands cheap.
[[nodiscard]] int editDistance(QStringView a, QStringView b, int limit);

} // namespace Folio::Checks
