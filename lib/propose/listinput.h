#pragma once

#include <QStringList>

namespace Folio::Propose {

// What people type in a one-line list field (labels, reviewers, assignees): "a, b c" and
// "@a @b" -> ["a", "b", "c"] — commas or spaces between items, a leading @ dropped, each item
// once, in the order typed.
[[nodiscard]] QStringList parseListInput(const QString &text);

} // namespace Folio::Propose
