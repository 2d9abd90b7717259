#pragma once

#include <QStringView>

namespace Folio::Editing {

// What the status bar tells about a page's length: the words a reader reads (front matter,
// code blocks, comments, URLs, tags, attribute lists and shortcodes do not count) and the
// minutes that takes at 200 words a minute.
struct WordCount
{
    int words = 0;

    [[nodiscard]] int readingMinutes() const { return words == 0 ? 0 : (words + 199) / 200; }

    [[nodiscard]] static WordCount of(QStringView page);
};

} // namespace Folio::Editing
