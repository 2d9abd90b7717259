#pragma once

#include "handbook/handbook.h"
#include "markdown/dialect.h"
#include "workspace/indexedpage.h"

#include <QByteArray>
#include <QString>

namespace Folio::Workspace {

// Reads what the index keeps of one page with a line scanner, not a Markdown parser: parsing
// 40 MB with cmark-gfm takes seconds, the scanner a fraction of that. It skips front matter,
// fenced code, HTML comments and kramdown {::comment} blocks, and finds
// - ATX and setext headings, with explicit ids (`## T {#id}`, kramdown's `{: #id}` on the
//   next line) and the generator's automatic ids via Markdown::HeadingIdRegistry;
// - links and images: `[t](u)`, `![a](u)`, reference definitions `[r]: u`, `<a href>` and
//   `<img src>` (inline code spans left out), each with its line and column;
// - the other ids anchors can reach: HTML id= and name=, attribute lists (see
//   IndexedPage::anchors).
// Hugo's `{{< ref "path" >}}` and `relref` are links to pages, the whole call as their target
// (see Handbook::pageForUrl); other template calls are not links but templateCalls.
// Pure functions, safe on any thread.
class PageScanner
{
public:
    // Reads the file and scans it: everything but the resolved path of links to pages, which
    // needs the whole page set (see PageIndex). Images are resolved here, on disk. A file that
    // cannot be read gives a page with `problem` set and no text.
    [[nodiscard]] static IndexedPage read(const Handbook::Handbook &handbook,
                                          const QString &relativePath);

    // Like read(), for text not (yet) on disk: the page being edited.
    [[nodiscard]] static IndexedPage scanText(const Handbook::Handbook &handbook,
                                              const QString &relativePath, const QByteArray &bytes);

    // Scans a page's bytes: title, front matter keys, headings, anchors and links as written.
    [[nodiscard]] static IndexedPage scan(const QByteArray &bytes, Markdown::Dialect dialect);

    // The text a heading's inline Markdown shows (links as their text, code spans as their
    // content, emphasis, tags and images dropped, entities decoded); with kramdown's
    // typography (`--` en dash, `---` em dash, `...` ellipsis) when `typography` is set.
    [[nodiscard]] static QString inlineText(QStringView markdown, bool typography);

private:
    // The page's path and URL, and its images resolved on disk.
    static void placeInHandbook(IndexedPage &page, const Handbook::Handbook &handbook,
                                const QString &relativePath);
};

} // namespace Folio::Workspace
