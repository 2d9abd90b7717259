#pragma once

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <QByteArray>

#include <cstdlib>
#include <cstring>

// The baseline the benchmarks compare Folio with: plain cmark-gfm parsing a page and rendering
// it to HTML with GitHub's extensions, nothing of Folio's. Call
// cmark_gfm_core_extensions_ensure_registered() once first. Returns the HTML's length.
inline size_t cmarkBaselineRender(const QByteArray &markdown)
{
    const int options = CMARK_OPT_UNSAFE | CMARK_OPT_FOOTNOTES | CMARK_OPT_GITHUB_PRE_LANG;
    cmark_parser *parser = cmark_parser_new(options);
    for (const char *name : {"table", "strikethrough", "autolink", "tasklist"})
        cmark_parser_attach_syntax_extension(parser, cmark_find_syntax_extension(name));
    cmark_parser_feed(parser, markdown.constData(), size_t(markdown.size()));
    cmark_node *document = cmark_parser_finish(parser);
    char *html = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser));
    const size_t length = std::strlen(html);
    free(html);
    cmark_node_free(document);
    cmark_parser_free(parser);
    return length;
}
