#pragma once

#include "editing/formattededit.h"

#include <optional>

namespace Folio::Editing::ListEditor {

// Enter in a list item: a new item with the same marker ("- ", "* ", "+ ", the next number
// with the same "." or ")", an unchecked "- [ ] " after a task), taking the text after the
// cursor with it; the numbers of the items after it follow. On an item with no text, Enter
// ends the list instead: the marker goes and the line is left empty. Nothing (plain Enter)
// outside list items or with the cursor inside the marker.
[[nodiscard]] std::optional<FormattedEdit> continueList(QStringView text, TextSelection selection);

// Tab on list items: every selected item moves one level deeper (under the item above, as
// far as that item's text starts); a numbered item starts again at 1 when it opens a new
// list. Nothing when no selected line is a list item.
[[nodiscard]] std::optional<FormattedEdit> indentListItems(QStringView text,
                                                           TextSelection selection);
// Shift+Tab: every selected item moves out to its parent item's level.
[[nodiscard]] std::optional<FormattedEdit> outdentListItems(QStringView text,
                                                            TextSelection selection);

} // namespace Folio::Editing::ListEditor
