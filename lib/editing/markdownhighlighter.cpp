#include "editing/markdownhighlighter.h"

#include "markdown/indentation.h"

#include <algorithm>

namespace Folio::Editing {

namespace {

// States that span lines. Fenced code also keeps its fence (character and length), since only
// a fence of the same character, at least as long, closes it.
constexpr int YamlFrontMatter = 1;
constexpr int TomlFrontMatter = 2;
constexpr int HtmlComment = 3;
constexpr int KramdownComment = 4;
// Prose states that only decide whether an indented line is code. Four spaces in start
// indented code after a blank line (or where the page's text starts), but not in a list:
// there they continue the item (nested lists, a step's second paragraph), which the
// handbook has far more of than indented code.
constexpr int AfterBlank = 5;
constexpr int IndentedCode = 6;
constexpr int InList = 7;
constexpr int InListAfterBlank = 8;
constexpr int FencedCode = 0x1000;
constexpr int TildeFence = 0x200;

bool isFenced(int state)
{
    return (state & FencedCode) != 0;
}

int leadingSpaces(QStringView line)
{
    int i = 0;
    while (i < line.size() && line[i] == u' ')
        ++i;
    return i;
}

QStringView trimmedRight(QStringView line)
{
    qsizetype end = line.size();
    while (end > 0 && line[end - 1].isSpace())
        --end;
    return line.first(end);
}

int runLength(QStringView line, int from, QChar c)
{
    int i = from;
    while (i < line.size() && line[i] == c)
        ++i;
    return i - from;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

class LineTokenizer
{
public:
    explicit LineTokenizer(QStringView line)
        : m_line(line)
    {}

    MarkdownHighlighter::Line run(int previousState);

private:
    void add(int start, int end, MarkupKind kind)
    {
        if (end > start)
            m_result.spans.append({start, end - start, kind});
    }
    void frontMatterLine(bool toml);
    // Block-level markers (quotes, lists, headings...) then the inline spans of the rest.
    void bodyLine(int from);
    // A line of the page's text (not front matter, fenced code or a comment): what it is
    // depends on the lines before it (a blank line, a list), which previousState carries.
    void blockLine(int previousState);
    void inlineSpans(int from, int end);
    // Each returns the position after what it recognized at i, or -1 when nothing.
    int codeSpan(int i, int end);
    int delimited(int i, int end, QStringView open, QStringView close, MarkupKind kind);
    int htmlTagOrAutolink(int i, int end);
    int attributeList(int i, int end);
    int link(int i, int end);
    int emphasis(int i, int end);
    int bareUrl(int i, int end);
    int matching(int i, int end, QChar open, QChar close) const;

    QStringView m_line;
    MarkdownHighlighter::Line m_result;
};

MarkdownHighlighter::Line LineTokenizer::run(int previousState)
{
    const QStringView trimmed = trimmedRight(m_line);
    m_result.state = MarkdownHighlighter::Body;

    if (previousState == MarkdownHighlighter::PageStart) {
        if (trimmed == u"---" || trimmed == u"+++") {
            add(0, int(m_line.size()), MarkupKind::FrontMatterDelimiter);
            m_result.state = trimmed == u"---" ? YamlFrontMatter : TomlFrontMatter;
            return m_result;
        }
        previousState = AfterBlank;
    }

    if (previousState == YamlFrontMatter || previousState == TomlFrontMatter) {
        const bool toml = previousState == TomlFrontMatter;
        if (toml ? trimmed == u"+++" : (trimmed == u"---" || trimmed == u"...")) {
            add(0, int(m_line.size()), MarkupKind::FrontMatterDelimiter);
            m_result.state = AfterBlank; // the text starts here, as after a blank line
            return m_result;
        }
        m_result.state = previousState;
        frontMatterLine(toml);
        return m_result;
    }

    if (isFenced(previousState)) {
        const QChar fence = (previousState & TildeFence) ? u'~' : u'`';
        const int indent = leadingSpaces(m_line);
        const int length = runLength(m_line, indent, fence);
        if (indent <= 3 && length >= (previousState & 0xff) &&
            trimmedRight(m_line.sliced(indent + length)).isEmpty()) {
            add(0, int(m_line.size()), MarkupKind::CodeFence);
            return m_result;
        }
        add(0, int(m_line.size()), MarkupKind::CodeBlock);
        m_result.state = previousState;
        return m_result;
    }

    int from = 0;
    if (previousState == HtmlComment || previousState == KramdownComment) {
        const QStringView close = previousState == HtmlComment ? u"-->" : u"{:/";
        const qsizetype end = m_line.indexOf(close);
        if (end < 0) {
            add(0, int(m_line.size()), MarkupKind::Comment);
            m_result.state = previousState;
            return m_result;
        }
        from = int(end + close.size());
        if (previousState == KramdownComment) // {:/comment} or {:/}
            from = std::max(from, int(m_line.indexOf(u'}', end)) + 1);
        add(0, from, MarkupKind::Comment);
        inlineSpans(from, int(m_line.size()));
        return m_result;
    }

    blockLine(previousState);
    return m_result;
}

void LineTokenizer::blockLine(int previousState)
{
    const bool inList = previousState == InList || previousState == InListAfterBlank;
    if (trimmedRight(m_line).isEmpty()) {
        m_result.state = inList                          ? InListAfterBlank
                         : previousState == IndentedCode ? IndentedCode
                                                         : AfterBlank;
        return;
    }
    const int indent = Markdown::indentWidth(m_line);
    if (indent >= 4 && (previousState == AfterBlank || previousState == IndentedCode)) {
        add(0, int(m_line.size()), MarkupKind::CodeBlock);
        m_result.state = IndentedCode;
        return;
    }
    bodyLine(0);
    if (m_result.state != MarkdownHighlighter::Body)
        return; // a fence or a comment opened
    const bool item =
        std::any_of(m_result.spans.cbegin(), m_result.spans.cend(),
                    [](const MarkupSpan &span) { return span.kind == MarkupKind::ListMarker; });
    // A list goes on through its items, indented lines, and lazy lines right after an item;
    // after a blank line, only an unindented line that is no item ends it.
    if (item || (inList && (indent > 0 || previousState == InList)))
        m_result.state = InList;
}

void LineTokenizer::frontMatterLine(bool toml)
{
    const int indent = leadingSpaces(m_line);
    const int size = int(m_line.size());
    if (indent == size)
        return;
    if (m_line[indent] == u'#') {
        add(indent, size, MarkupKind::Comment);
        return;
    }
    int i = indent;
    if (!toml && m_line.sliced(i).startsWith(u"- ")) {
        add(i, i + 1, MarkupKind::ListMarker);
        i += 2;
    }
    // key: value (YAML) or key = value (TOML); a quoted key may hold the separator.
    const QChar separator = toml ? u'=' : u':';
    int keyEnd = -1;
    if (i < size && (m_line[i] == u'"' || m_line[i] == u'\'')) {
        const qsizetype close = m_line.indexOf(m_line[i], i + 1);
        if (close > 0 && close + 1 < size && m_line[close + 1] == separator)
            keyEnd = int(close + 1);
    } else {
        for (int j = i; j < size; ++j) {
            if (m_line[j] == separator && (toml || j + 1 == size || m_line[j + 1].isSpace())) {
                keyEnd = j;
                break;
            }
            if (!toml && (m_line[j] == u'"' || m_line[j] == u'\'' || m_line[j] == u'['))
                break; // a value that is a string or list, not a key
        }
    }
    if (keyEnd > i) {
        add(i, int(trimmedRight(m_line.first(keyEnd)).size()), MarkupKind::FrontMatterKey);
        i = keyEnd + 1;
        while (i < size && m_line[i].isSpace())
            ++i;
    }
    add(i, size, MarkupKind::FrontMatterValue);
}

void LineTokenizer::bodyLine(int from)
{
    const int size = int(m_line.size());
    const QStringView trimmed = trimmedRight(m_line);
    int i = from + leadingSpaces(m_line.sliced(from));
    if (i == size)
        return;

    // Fenced code opens with ``` or ~~~ (up to three spaces in); a backtick fence's info string
    // has no backtick.
    if (i - from <= 3 && (m_line[i] == u'`' || m_line[i] == u'~')) {
        const QChar fence = m_line[i];
        const int length = runLength(m_line, i, fence);
        if (length >= 3 && (fence == u'~' || !m_line.sliced(i + length).contains(u'`'))) {
            add(from, size, MarkupKind::CodeFence);
            m_result.state = FencedCode | (fence == u'~' ? TildeFence : 0) | std::min(length, 255);
            return;
        }
    }

    // Block quotes nest: every `>` at the start is a marker.
    while (i < size && m_line[i] == u'>') {
        add(i, i + 1, MarkupKind::QuoteMarker);
        ++i;
        while (i < size && m_line[i] == u' ')
            ++i;
    }
    if (i == size)
        return;

    const QStringView rest = m_line.sliced(i);
    // ATX heading: 1-6 `#` then a space or the end.
    if (rest[0] == u'#') {
        const int hashes = runLength(m_line, i, u'#');
        if (hashes <= 6 && (i + hashes == size || m_line[i + hashes] == u' ')) {
            add(i, i + hashes, MarkupKind::HeadingMarker);
            add(i + hashes, size, MarkupKind::HeadingText);
            inlineSpans(i + hashes, size);
            return;
        }
    }
    // Thematic break or setext underline: a line of one of - * _ = (spaces between).
    if (QStringView(u"-*_=").contains(rest[0])) {
        int count = 0;
        bool only = true;
        for (QChar c : trimmedRight(rest)) {
            if (c == rest[0])
                ++count;
            else if (c != u' ')
                only = false;
        }
        if (only &&
            (count >= 3 || (rest[0] == u'=' && count >= 1) || (rest[0] == u'-' && count >= 2))) {
            add(i, int(trimmed.size()), MarkupKind::BlockMarker);
            return;
        }
    }
    // kramdown extensions on their own line: {::comment} spans lines until {:/comment}.
    if (rest.startsWith(u"{::comment}")) {
        const qsizetype close = m_line.indexOf(u"{:/", i);
        if (close < 0) {
            add(i, size, MarkupKind::Comment);
            m_result.state = KramdownComment;
            return;
        }
        const int end = int(m_line.indexOf(u'}', close)) + 1;
        add(i, end > 0 ? end : size, MarkupKind::Comment);
        if (end > 0)
            inlineSpans(end, size);
        return;
    }
    // List item: - * + or 1. 1) then a space (or the end); a task's [ ] / [x] is marker too.
    int marker = 0;
    if ((rest[0] == u'-' || rest[0] == u'*' || rest[0] == u'+'))
        marker = 1;
    else if (rest[0].isDigit()) {
        int digits = 0;
        while (digits < rest.size() && digits < 9 && rest[digits].isDigit())
            ++digits;
        if (digits < rest.size() && (rest[digits] == u'.' || rest[digits] == u')'))
            marker = digits + 1;
    }
    if (marker > 0 && (marker == rest.size() || rest[marker] == u' ' || rest[marker] == u'\t')) {
        int end = i + marker;
        const QStringView after = m_line.sliced(std::min(size, end + 1));
        if (after.size() >= 3 && after[0] == u'[' && after[2] == u']' &&
            QStringView(u" xX").contains(after[1]))
            end += 4;
        add(i, end, MarkupKind::ListMarker);
        i = end;
    }
    // A reference definition: [label]: url "title".
    if (marker == 0 && rest.startsWith(u'[') && !rest.startsWith(u"[^")) {
        const int close = matching(i, size, u'[', u']');
        if (close > 0 && close + 1 < size && m_line[close + 1] == u':') {
            add(i, close + 1, MarkupKind::LinkText);
            add(close + 2 + leadingSpaces(m_line.sliced(close + 2)), size, MarkupKind::LinkUrl);
            return;
        }
    }
    inlineSpans(i, size);
}

int LineTokenizer::matching(int i, int end, QChar open, QChar close) const
{
    int depth = 0;
    for (int j = i; j < end; ++j) {
        const QChar c = m_line[j];
        if (c == u'\\') {
            ++j;
        } else if (c == u'`') {
            // Brackets inside code do not count.
            const int run = runLength(m_line, j, u'`');
            const qsizetype closing = m_line.indexOf(QString(run, u'`'), j + run);
            j = closing > 0 && closing < end ? int(closing) + run - 1 : j + run - 1;
        } else if (c == open) {
            ++depth;
        } else if (c == close && --depth == 0) {
            return j;
        }
    }
    return -1;
}

void LineTokenizer::inlineSpans(int from, int end)
{
    for (int i = from; i < end;) {
        const QChar c = m_line[i];
        int next = -1;
        switch (c.unicode()) {
        case u'\\':
            next = i + 2;
            break;
        case u'`':
            next = codeSpan(i, end);
            break;
        case u'{':
            next = delimited(i, end, u"{{<", u">}}", MarkupKind::Template);
            if (next < 0)
                next = delimited(i, end, u"{{%", u"%}}", MarkupKind::Template);
            if (next < 0)
                next = attributeList(i, end);
            break;
        case u'<':
            next = delimited(i, end, u"<%", u"%>", MarkupKind::Template);
            if (next < 0 && m_line.sliced(i).startsWith(u"<!--")) {
                const qsizetype close = m_line.indexOf(u"-->", i + 4);
                if (close < 0 || close + 3 > end) {
                    add(i, end, MarkupKind::Comment);
                    m_result.state = HtmlComment;
                    return;
                }
                add(i, int(close) + 3, MarkupKind::Comment);
                next = int(close) + 3;
            }
            if (next < 0)
                next = htmlTagOrAutolink(i, end);
            break;
        case u'!':
        case u'[':
            next = link(i, end);
            break;
        case u'*':
        case u'_':
        case u'~':
            next = emphasis(i, end);
            break;
        case u'|':
            add(i, i + 1, MarkupKind::TablePipe);
            next = i + 1;
            break;
        case u'h':
            next = bareUrl(i, end);
            break;
        default:
            break;
        }
        if (next < 0) {
            // Skip what cannot start anything, a whole word at a time.
            next = i + 1;
            if (c.isLetterOrNumber())
                while (next < end && m_line[next].isLetterOrNumber())
                    ++next;
        }
        i = std::min(std::max(next, i + 1), end);
    }
}

int LineTokenizer::codeSpan(int i, int end)
{
    const int run = runLength(m_line, i, u'`');
    for (int j = i + run; j < end;) {
        const qsizetype close = m_line.indexOf(u'`', j);
        if (close < 0 || close >= end)
            break;
        const int closeRun = runLength(m_line, int(close), u'`');
        if (closeRun == run) {
            add(i, int(close) + run, MarkupKind::InlineCode);
            return int(close) + run;
        }
        j = int(close) + closeRun;
    }
    return i + run; // no closing run: the backticks are literal
}

int LineTokenizer::delimited(int i, int end, QStringView open, QStringView close, MarkupKind kind)
{
    if (!m_line.sliced(i, end - i).startsWith(open))
        return -1;
    const qsizetype closing = m_line.indexOf(close, i + open.size());
    const int stop =
        closing < 0 || closing + close.size() > end ? end : int(closing + close.size());
    add(i, stop, kind);
    return stop;
}

int LineTokenizer::attributeList(int i, int end)
{
    // {: ...}, {::options ...}, {:toc} (kramdown) and {#id} / {.class} (both dialects).
    if (i + 1 >= end || !QStringView(u":#.").contains(m_line[i + 1]))
        return -1;
    const qsizetype close = m_line.indexOf(u'}', i + 2);
    if (close < 0 || close >= end)
        return -1;
    add(i, int(close) + 1, MarkupKind::Attribute);
    return int(close) + 1;
}

int LineTokenizer::htmlTagOrAutolink(int i, int end)
{
    int j = i + 1;
    if (j < end && m_line[j] == u'/')
        ++j;
    if (j >= end || !m_line[j].isLetter())
        return -1;
    const qsizetype close = m_line.indexOf(u'>', j);
    if (close < 0 || close >= end)
        return -1;
    const QStringView inside = m_line.sliced(i + 1, close - i - 1);
    // <https://...> and <name@example.com> are links, not tags.
    const bool autolink = !inside.contains(u' ') &&
                          (inside.contains(u"://") || (inside.contains(u'@') && j == i + 1));
    add(i, int(close) + 1, autolink ? MarkupKind::LinkUrl : MarkupKind::HtmlTag);
    return int(close) + 1;
}

int LineTokenizer::link(int i, int end)
{
    const int open = m_line[i] == u'!' ? i + 1 : i;
    if (open >= end || m_line[open] != u'[')
        return -1;
    const int close = matching(open, end, u'[', u']');
    if (close < 0)
        return -1;
    const bool inlineTarget = close + 1 < end && m_line[close + 1] == u'(';
    const bool reference = close + 1 < end && m_line[close + 1] == u'[';
    if (!inlineTarget && !reference) {
        // [text] alone: a shortcut reference, footnote or plain brackets; look inside only.
        if (open != i)
            return open;
        inlineSpans(open + 1, close);
        return close + 1;
    }
    const int targetEnd =
        inlineTarget ? matching(close + 1, end, u'(', u')') : matching(close + 1, end, u'[', u']');
    if (targetEnd < 0)
        return -1;
    add(i, close + 1, MarkupKind::LinkText);
    inlineSpans(open + 1, close);
    add(close + 1, targetEnd + 1, MarkupKind::LinkUrl);
    return targetEnd + 1;
}

int LineTokenizer::emphasis(int i, int end)
{
    const QChar c = m_line[i];
    const int run = runLength(m_line, i, c);
    const int after = i + run;
    // Openers are followed by a non-space; `_` never opens inside a word (snake_case).
    if (after >= end || m_line[after].isSpace())
        return after;
    if (c == u'_' && i > 0 && isWordChar(m_line[i - 1]))
        return after;
    if (c == u'~' && run != 2)
        return after;
    const int wanted = std::min(run, c == u'~' ? 2 : 3);
    const QString delimiter(wanted, c);
    for (qsizetype close = m_line.indexOf(delimiter, after); close >= 0 && close < end;
         close = m_line.indexOf(delimiter, close + 1)) {
        if (m_line[close - 1].isSpace())
            continue;
        const int closeEnd = int(close) + wanted;
        if (c == u'_' && closeEnd < end && isWordChar(m_line[closeEnd]))
            continue;
        const MarkupKind kind = c == u'~'     ? MarkupKind::Strikethrough
                                : wanted == 1 ? MarkupKind::Emphasis
                                              : MarkupKind::Strong;
        add(i, closeEnd, kind);
        if (wanted == 3)
            add(i + 1, closeEnd - 1, MarkupKind::Emphasis);
        inlineSpans(i + wanted, int(close));
        return closeEnd;
    }
    return after;
}

int LineTokenizer::bareUrl(int i, int end)
{
    const QStringView rest = m_line.sliced(i, end - i);
    if (!(rest.startsWith(u"https://") || rest.startsWith(u"http://")))
        return -1;
    if (i > 0 && isWordChar(m_line[i - 1]))
        return -1;
    int j = i;
    while (j < end && !m_line[j].isSpace() && m_line[j] != u'<' && m_line[j] != u')')
        ++j;
    // A sentence's full stop or comma is not part of the address.
    while (j > i && QStringView(u".,;:!?").contains(m_line[j - 1]))
        --j;
    add(i, j, MarkupKind::LinkUrl);
    return j;
}

} // namespace

bool MarkdownHighlighter::isProseState(int state)
{
    return state == Body || state == AfterBlank || state == InList || state == InListAfterBlank;
}

MarkdownHighlighter::Line MarkdownHighlighter::highlightLine(QStringView line, int previousState)
{
    return LineTokenizer(line).run(previousState);
}

} // namespace Folio::Editing
