#pragma once

#include "markdown/renderer.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Folio::Markdown {

// How a block of the new page compares with the old page.
enum class DiffBlockKind
{
    Unchanged,
    Inserted, // only in the new page: wrapped in <div class="folio-diff-ins">
    Deleted,  // only in the old page: wrapped in <div class="folio-diff-del">
    // In both, edited: wrapped in <div class="folio-diff-changed"> with the changed words in
    // <ins class="folio-diff"> and <del class="folio-diff">; or, when the edit changes the
    // block's structure (a list turned into a table, code), the old block shown deleted
    // followed by the new one inserted, in the same wrapper.
    Changed,
};

struct RenderedDiffBlock
{
    QString html; // sanitized, balanced
    DiffBlockKind kind = DiffBlockKind::Unchanged;
    // Lines of the new page; a deleted block gets the last line of the block before it, so
    // that the lines stay in order for the preview's line map.
    int firstLine = 0;
    int lastLine = 0;

    friend bool operator==(const RenderedDiffBlock &, const RenderedDiffBlock &) = default;
};

struct RenderedDiffSummary
{
    int insertedBlocks = 0;
    int deletedBlocks = 0;
    int changedBlocks = 0; // the header (title, description) counts as one block
    int insertedWords = 0;
    int deletedWords = 0;

    [[nodiscard]] bool isEmpty() const
    {
        return insertedBlocks == 0 && deletedBlocks == 0 && changedBlocks == 0;
    }
    friend bool operator==(const RenderedDiffSummary &, const RenderedDiffSummary &) = default;
};

// A page as the preview shows it, with what changed against an older version marked. The
// markup is Folio's own (a few classes on div, ins and del) around HTML that went through
// the HtmlSanitizer, and goes through the sanitizer once more.
struct RenderedDiff
{
    RenderedDiffBlock header; // front-matter error notice, title and description
    QList<RenderedDiffBlock> blocks;
    RenderedDiffSummary summary;

    // For PreviewView::setContent(): the header becomes the first body block, so the page's
    // own header is empty. Block i of the result is diff block i, the header being block 0.
    [[nodiscard]] RenderedPage toPage() const;
    // Where each change starts, as diff block indices (0 = header): consecutive changed
    // blocks are one change.
    [[nodiscard]] QList<int> changeStarts() const;
};

// The word-level diff of one pair of blocks.
struct BlockDiff
{
    QString html;
    int insertedWords = 0;
    int deletedWords = 0;
};

// Compares two versions of a page and renders the result. Pure functions: safe from any
// thread (they render through Renderer, which serializes cmark itself).
class RenderedDiffer
{
public:
    // Both texts are whole pages, front matter included.
    [[nodiscard]] static RenderedDiff diffPages(QStringView oldText, QStringView newText,
                                                const RenderOptions &options = {});
    [[nodiscard]] static RenderedDiff diffRendered(const RenderedPage &oldPage,
                                                   const RenderedPage &newPage);

    // Two versions of one block (sanitized HTML), new markup kept and old words shown
    // deleted in place; nullopt when the words cannot be shown in place without breaking the
    // new block's element nesting, or the change is inside preformatted code.
    [[nodiscard]] static std::optional<BlockDiff> diffBlockHtml(QStringView oldHtml,
                                                                QStringView newHtml);
    // How many words (runs of letters and digits) the HTML's text has.
    [[nodiscard]] static int wordCount(QStringView html);
};

} // namespace Folio::Markdown
