#pragma once

#include <QList>
#include <QStringView>

namespace Folio::Editing {

// What a stretch of a source line is, for colouring. Markup (attribute lists, shortcodes,
// ERB, comments) is told apart from prose so the editor can dim it.
enum class MarkupKind
{
    FrontMatterDelimiter, // the `---` / `+++` lines around front matter
    FrontMatterKey,
    FrontMatterValue,
    Comment, // HTML comments, YAML comments, kramdown {::comment}
    HeadingMarker,
    HeadingText,
    Emphasis,
    Strong,
    Strikethrough,
    InlineCode,
    CodeFence, // the ``` / ~~~ lines
    CodeBlock, // the lines between them
    LinkText,  // [text] and ![alt]
    LinkUrl,   // (url "title"), <url>, bare https:// addresses, reference definitions
    ListMarker,
    QuoteMarker,
    TablePipe,
    BlockMarker, // thematic breaks and setext underlines
    Attribute,   // kramdown IALs `{: .class}`, `{#id}`, `{::options ...}`, `{:toc}`
    Template,    // Hugo shortcodes `{{< >}}` / `{{% %}}` and ERB `<% %>`
    HtmlTag,
};

struct MarkupSpan
{
    int start = 0;
    int length = 0;
    MarkupKind kind = MarkupKind::FrontMatterValue;

    friend bool operator==(const MarkupSpan &, const MarkupSpan &) = default;
};

// Tokenizes Markdown in the handbook dialects (kramdown and Goldmark/Hugo) one line at a time,
// as QSyntaxHighlighter asks for it. What spans lines (front matter, fenced code, HTML and
// kramdown comments) lives in an int state handed from each line to the next; when a line's
// state out is unchanged after an edit, the lines below need no new look.
class MarkdownHighlighter
{
public:
    // The state before the page's first line: only there can front matter start.
    static constexpr int PageStart = -1;
    static constexpr int Body = 0;

    struct Line
    {
        // Outer spans before the spans nested in them (a link's text inside a heading).
        QList<MarkupSpan> spans;
        int state = Body;
    };

    // The spans of one line (without its line break), given the state the line before left.
    [[nodiscard]] static Line highlightLine(QStringView line, int previousState);

    // False for states inside fenced or indented code, front matter or comments: no prose
    // there. (Body and the states that only remember a blank line or a list are prose.)
    [[nodiscard]] static bool isProseState(int state);
};

} // namespace Folio::Editing
