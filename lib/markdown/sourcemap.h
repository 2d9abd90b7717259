#pragma once

#include <QStringView>

namespace Folio::Markdown {

// Maps what the preview shows back to the page source.
class SourceMap
{
public:
    // The position in text of the occurrence-th (0-based) whole-word match of word within
    // lines firstLine..lastLine (1-based). Markup the reader never sees — link targets,
    // HTML tags, attribute lists, shortcode delimiters — is not counted, so the n-th word in
    // the preview is the n-th word in the source. Falls back to the last match, then to the
    // start of firstLine; -1 when the lines do not exist.
    [[nodiscard]] static qsizetype locateWord(QStringView text, int firstLine, int lastLine,
                                              QStringView word, int occurrence);
    // The position where a 1-based line starts, or -1.
    [[nodiscard]] static qsizetype lineStart(QStringView text, int line);
};

} // namespace Folio::Markdown
