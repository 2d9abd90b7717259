#pragma once

#include "editing/formattededit.h"

#include <optional>

namespace Folio::Editing::TableAligner {

// Columns a text takes in a monospaced font: East Asian wide and fullwidth characters and
// emoji take two, combining marks and joiners none.
[[nodiscard]] int displayWidth(QStringView text);

// Re-aligns the GFM table the cursor is in: every row gets every column (ragged rows are
// filled with empty cells), cells are padded to the column's widest (left, centred or right
// as the ":---", ":---:", "---:" markers say) and the delimiter row is redrawn to match.
// Cell text is kept as written, escaped pipes ("\|") included. The cursor stays in its cell.
// Nothing when the cursor is not in a table (a header row followed by a delimiter row).
[[nodiscard]] std::optional<FormattedEdit> realign(QStringView text, TextSelection selection);

} // namespace Folio::Editing::TableAligner
