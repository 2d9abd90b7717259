#pragma once

#include "editing/formattededit.h"

namespace Folio::Editing::LineFormatter {

// Commands that change the markup at the start of every selected line. A selection that
// ends at the very start of a line does not include that line. Each returns one edit and
// the selection moved with the text.

// Makes the lines headings of level (1-6), replacing another level; lines that already have
// that level become plain text again.
[[nodiscard]] FormattedEdit setHeading(QStringView text, TextSelection selection, int level);
// "- " before every non-blank line (numbered items become bullets), or removes the markers
// when every line is already a bullet item.
[[nodiscard]] FormattedEdit toggleBulletList(QStringView text, TextSelection selection);
// "1. ", "2. "... numbered per nesting level, or removes the numbers when every line is
// already a numbered item.
[[nodiscard]] FormattedEdit toggleNumberedList(QStringView text, TextSelection selection);
// "> " before every line (blank lines inside get ">" so the quote stays one), or removes it.
[[nodiscard]] FormattedEdit toggleQuote(QStringView text, TextSelection selection);
// Fences the selected lines as a code block (a longer fence when they hold one), or removes
// the fences when the first and last selected lines are fences. On an empty line, inserts an
// empty block with the cursor inside.
[[nodiscard]] FormattedEdit toggleCodeBlock(QStringView text, TextSelection selection);
// A GFM table of columns x rows (header excluded) on the cursor's line when it is blank,
// else after its paragraph line; the first header cell is selected for typing.
[[nodiscard]] FormattedEdit insertTable(QStringView text, TextSelection selection, int columns = 3,
                                        int rows = 2);

} // namespace Folio::Editing::LineFormatter
