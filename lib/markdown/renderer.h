#pragma once

#include "core/error.h"
#include "markdown/dialect.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Folio::Markdown {

// One top-level piece of a rendered page: the HTML of one or more consecutive top-level
// Markdown blocks, balanced on its own (raw HTML that opens in one block and closes in a
// later one keeps them together), and the page lines it comes from.
struct RenderedBlock
{
    QString html;
    int firstLine = 0; // 1-based line in the page (front matter included)
    int lastLine = 0;

    friend bool operator==(const RenderedBlock &, const RenderedBlock &) = default;
};

// A page as the preview shows it: title and description from the front matter, and the
// body's HTML. The front matter itself never appears as text.
struct RenderedPage
{
    QString title;
    QString description;
    std::optional<Error> frontMatterError; // the page still renders when its YAML is broken
    QList<RenderedBlock> blocks;           // the body

    // What the preview shows above the body: a notice for broken front matter, the title
    // as the page heading and the description under it, as the published page does.
    [[nodiscard]] QString headerHtml() const;
    [[nodiscard]] QString bodyHtml() const;
    [[nodiscard]] QString contentHtml() const { return headerHtml() + bodyHtml(); }
};

// How to read a page.
struct RenderOptions
{
    Dialect dialect = Dialect::Goldmark;

    // From the file name alone: index.html.md[.erb] and *.md.erb are Middleman pages.
    [[nodiscard]] static RenderOptions forFileName(const QString &path);
};

// The single choke point for cmark-gfm. cmark-gfm 0.29.0.gfm.6 is not thread-safe (extension
// registration and a process-global character table), so every call into it is serialized
// here; callers may render from any thread.
class Renderer
{
public:
    // cmark-gfm's own HTML for Markdown, with the GFM extensions the handbook uses: no
    // dialect, and NOT sanitized (raw HTML passes). For tests and tools; never display it.
    [[nodiscard]] static QString renderMarkdown(QStringView markdown);
    // A page body in the handbook dialect, split into top-level blocks with heading ids,
    // attribute lists, table of contents, shortcodes and placeholders applied; firstLine is
    // the page line the body starts on.
    [[nodiscard]] static QList<RenderedBlock> renderBlocks(QStringView markdown, int firstLine = 1,
                                                           const RenderOptions &options = {});
    // A whole page: front matter split off and read, body rendered.
    [[nodiscard]] static RenderedPage renderPage(QStringView pageText,
                                                 const RenderOptions &options = {});

    [[nodiscard]] static QString cmarkVersion();
};

} // namespace Folio::Markdown
