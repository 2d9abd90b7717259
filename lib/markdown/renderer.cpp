#include "markdown/renderer.h"

#include "document/frontmatter.h"
#include "markdown/cmarkhandle_p.h"

#include <cmark-gfm-core-extensions.h>

#include <mutex>

namespace Folio::Markdown {

namespace {

std::mutex &cmarkMutex()
{
    static std::mutex mutex;
    return mutex;
}

// Raw HTML stays (handbook pages use details, figure, iframe...); the tagfilter extension
// neutralizes script/style/iframe-like tags, and the preview runs no page script at all.
constexpr int Options = CMARK_OPT_UNSAFE | CMARK_OPT_FOOTNOTES | CMARK_OPT_GITHUB_PRE_LANG;

constexpr const char *Extensions[] = {"table", "strikethrough", "autolink", "tagfilter",
                                      "tasklist"};

} // namespace

QString Renderer::renderMarkdown(QStringView markdown)
{
    static std::once_flag registered;
    std::call_once(registered, [] { cmark_gfm_core_extensions_ensure_registered(); });

    const QByteArray utf8 = markdown.toUtf8();
    const std::lock_guard lock(cmarkMutex());
    const ParserPtr parser(cmark_parser_new(Options));
    for (const char *name : Extensions) {
        if (cmark_syntax_extension *extension = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser.get(), extension);
    }
    cmark_parser_feed(parser.get(), utf8.constData(), size_t(utf8.size()));
    const NodePtr document(cmark_parser_finish(parser.get()));
    const StringPtr html(cmark_render_html(document.get(), Options,
                                           cmark_parser_get_syntax_extensions(parser.get())));
    return QString::fromUtf8(html.get());
}

RenderedPage Renderer::renderPage(QStringView pageText)
{
    using namespace Folio::Document;
    RenderedPage page;
    const FrontMatterBlock block = FrontMatterBlock::locate(pageText);
    if (auto frontMatter = FrontMatter::parse(pageText, block)) {
        page.title = frontMatter->text(QStringLiteral("title"));
        page.description = frontMatter->text(QStringLiteral("description"));
    } else {
        page.frontMatterError = frontMatter.error();
    }
    page.bodyHtml = renderMarkdown(pageText.sliced(block.bodyStart));
    return page;
}

QString RenderedPage::contentHtml() const
{
    QString html;
    if (frontMatterError) {
        html += u"<div class=\"folio-alert folio-alert-danger "
                u"folio-front-matter-error\"><strong>Front matter error</strong> " %
                frontMatterError->toString().toHtmlEscaped() % u"</div>\n";
    }
    if (!title.isEmpty())
        html += u"<h1 class=\"folio-title\">" % title.toHtmlEscaped() % u"</h1>\n";
    if (!description.isEmpty())
        html += u"<p class=\"folio-description\">" % description.toHtmlEscaped() % u"</p>\n";
    html += bodyHtml;
    return html;
}

QString Renderer::cmarkVersion()
{
    return QString::fromLatin1(cmark_version_string());
}

} // namespace Folio::Markdown
