#pragma once

#include <QByteArrayView>
#include <QList>

namespace Folio::Markdown {

// A run of whole lines of CommonMark that cmark-gfm parses to exactly the same top-level
// blocks on its own as it does as part of the whole document.
struct MarkdownChunk
{
    qsizetype offset = 0; // bytes into the document
    qsizetype size = 0;
    int firstLine = 1; // 1-based line of the document where the chunk starts
};

// Splits a document so that a keystroke re-parses only the chunk it is in. A chunk may start at
// a line that begins in column 0 after a blank line, outside fenced code and multi-line HTML
// blocks (comments, <pre>, <script>...), and is not a list item (which could continue the
// list above it). A document that uses link reference definitions or footnotes (whose
// meaning is document-wide) stays one chunk. When unsure, the splitter does not split.
[[nodiscard]] QList<MarkdownChunk> splitIntoChunks(QByteArrayView utf8);

} // namespace Folio::Markdown
