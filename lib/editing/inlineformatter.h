#pragma once

#include "editing/formattededit.h"

namespace Folio::Editing::InlineFormatter {

enum class Style
{
    Bold,   // **text**
    Italic, // _text_
    Code,   // `text`, or ``a`b`` when the text holds backticks
};

// The markers Style puts around text.
[[nodiscard]] QString markerOf(Style style);

// Bold, italic or inline code, toggled:
// - on an empty selection, inserts the two markers with the cursor between them (or removes
//   them when the cursor is between an empty pair);
// - on a selection, wraps it (leaving out spaces at its ends, which would break the
//   emphasis), or unwraps it when it is already wrapped, inside or just outside the
//   selection. A selection over several lines is formatted line by line (emphasis cannot
//   cross a paragraph); blank lines are left alone.
// The selection afterwards covers the same text.
[[nodiscard]] FormattedEdit toggle(QStringView text, TextSelection selection, Style style);

} // namespace Folio::Editing::InlineFormatter
