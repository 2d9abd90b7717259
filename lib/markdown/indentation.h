#pragma once

#include <QStringView>

namespace Folio::Markdown {

// The width of a line's indentation as CommonMark counts it: a tab goes to the next multiple
// of four. Four or more starts indented code (outside lists).
[[nodiscard]] inline int indentWidth(QStringView line)
{
    int width = 0;
    for (const QChar c : line) {
        if (c == u' ')
            ++width;
        else if (c == u'\t')
            width += 4 - width % 4;
        else
            break;
    }
    return width;
}

} // namespace Folio::Markdown
