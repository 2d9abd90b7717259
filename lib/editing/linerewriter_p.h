#pragma once

#include "editing/formattededit.h"

#include <QList>

#include <functional>
#include <utility>

namespace Folio::Editing {

// One line's new text, and how long its markup was before and is after, so that positions
// in the line's text keep their place.
struct LineRewrite
{
    QString line;
    qsizetype oldPrefix = 0;
    qsizetype newPrefix = 0;

    [[nodiscard]] static LineRewrite unchanged(QStringView line) { return {line.toString(), 0, 0}; }
};

// The whole lines the selection touches: [start of the first, end of the last). A selection
// that ends at the very start of a line (Shift+Down) does not include that line.
[[nodiscard]] std::pair<qsizetype, qsizetype> selectedLineRange(QStringView text,
                                                                TextSelection selection);
[[nodiscard]] QList<QStringView> selectedLines(QStringView text, TextSelection selection);

// Rewrites each selected line (index counts from the first selected line) as one edit, the
// selection following the text.
using LineRewriter = std::function<LineRewrite(QStringView line, qsizetype index)>;
[[nodiscard]] FormattedEdit rewriteLines(QStringView text, TextSelection selection,
                                         const LineRewriter &rewrite);

} // namespace Folio::Editing
