#pragma once

#include <QString>
#include <QStringView>

namespace Folio::Markdown {

struct HtmlSanitizerOptions
{
    // Keep cmark's data-sourcepos attributes (scroll sync and click-to-source need them).
    bool keepSourcePositions = true;
    // Keep style attributes, reduced to an allow-list of layout and typography properties
    // whose values hold no url(), no functions but colours and arithmetic, no escapes, no
    // strings, and no position other than static or relative.
    bool keepStyles = true;
};

// Makes an HTML fragment (cmark-gfm output with raw HTML kept) safe for the preview.
//
// - Elements: an allow-list of what the handbook and cmark-gfm use. Unknown elements lose
//   their tags and keep their text. script, style, title, textarea, noscript, xmp,
//   noembed, noframes, plaintext go with their raw text; template, select, svg, math,
//   applet, frameset, datalist with their whole subtree; base, meta, link, form, button
//   and the like lose their tags only. input stays only as a disabled checkbox.
// - Embeds: iframe, embed, object, video and audio become a labelled placeholder that
//   links to the http(s) source (video and audio: their src or first http(s) <source>).
// - Attributes: an allow-list per element; no event handler, no data-* except the ones
//   cmark-gfm emits (data-sourcepos, data-footnotes, data-footnote-ref,
//   data-footnote-backref). href and src accept http, https, folio: and relative
//   references (href also mailto:), read after character references are decoded, and
//   refuse a scheme spelled with references, whitespace, control or non-ASCII characters.
//
// A real HTML tokenizer (the WHATWG tag, attribute, comment and raw-text rules), one pass,
// linear time. The output is balanced, with the end tags the browser would imply: every
// element it opens is closed in order, stray end tags are dropped, and sanitizing the
// output again changes nothing. Markup that is already safe, such as everything cmark-gfm
// itself emits, comes out byte for byte; text is copied as written except for a '<' that
// starts no tag (escaped) and NUL (dropped).
//
// Pure function of its input: safe to call from any thread.
class HtmlSanitizer
{
public:
    // Elements nested deeper than this are dropped (their text stays): it bounds the work
    // per tag and keeps hostile pages from exhausting the preview's layout.
    static constexpr int MaximumDepth = 256;

    [[nodiscard]] static QString sanitize(QStringView html);
    [[nodiscard]] static QString sanitize(QStringView html, const HtmlSanitizerOptions &options);
};

} // namespace Folio::Markdown
