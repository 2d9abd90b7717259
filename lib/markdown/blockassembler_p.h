#pragma once

#include "markdown/dialect.h"
#include "markdown/preprocessor.h"
#include "markdown/renderer.h"
#include "markdown/renderer_p.h"

namespace Folio::Markdown {

// Puts back into cmark's HTML what the preprocessor took out: heading ids as the page's
// generator makes them, kramdown attribute lists, the {:toc} table of contents, shortcode
// boxes around their content and placeholders; then sanitizes every block.
class BlockAssembler
{
public:
    [[nodiscard]] static QList<RenderedBlock> assemble(QList<Piece> pieces,
                                                       const QList<TopNode> &nodes,
                                                       const Preprocessed &preprocessed,
                                                       Dialect dialect, int firstLine);
};

} // namespace Folio::Markdown
