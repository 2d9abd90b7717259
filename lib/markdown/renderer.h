#pragma once

#include "core/error.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace Folio::Markdown {

// A page as the preview shows it: title and description from the front matter, and the
// body's HTML. The front matter itself never appears as text.
struct RenderedPage
{
    QString title;
    QString description;
    QString bodyHtml;
    std::optional<Error> frontMatterError; // the page still renders when its YAML is broken

    // What the preview shows: a notice for broken front matter, the title as the page
    // heading and the description under it, as the published page does, then the body.
    [[nodiscard]] QString contentHtml() const;
};

// The single choke point for cmark-gfm. cmark-gfm 0.29.0.gfm.6 is not thread-safe (extension
// registration and a process-global character table), so every call into it is serialized
// here; callers may render from any thread.
class Renderer
{
public:
    // Markdown without front matter to HTML, with the GFM extensions the handbook uses.
    [[nodiscard]] static QString renderMarkdown(QStringView markdown);
    // A whole page: front matter split off and read, body rendered.
    [[nodiscard]] static RenderedPage renderPage(QStringView pageText);

    [[nodiscard]] static QString cmarkVersion();
};

} // namespace Folio::Markdown
