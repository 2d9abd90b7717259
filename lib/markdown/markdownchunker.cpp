#include "markdown/markdownchunker_p.h"

#include <cstring>
#include <string_view>

namespace Folio::Markdown {

namespace {

using namespace std::string_view_literals;

bool isBlank(std::string_view line)
{
    return line.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

// Leading spaces, or 4 when a tab comes first (it is indented code territory either way).
int indentOf(std::string_view line)
{
    int indent = 0;
    for (const char c : line) {
        if (c == ' ')
            ++indent;
        else if (c == '\t')
            return indent + 4;
        else
            break;
    }
    return indent;
}

bool isAsciiDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool startsWithNoCase(std::string_view text, std::string_view prefix)
{
    if (text.size() < prefix.size())
        return false;
    for (size_t i = 0; i < prefix.size(); ++i) {
        char c = text[i];
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
        if (c != prefix[i])
            return false;
    }
    return true;
}

bool containsNoCase(std::string_view text, std::string_view needle)
{
    for (size_t i = 0; i + needle.size() <= text.size(); ++i) {
        if (startsWithNoCase(text.substr(i), needle))
            return true;
    }
    return false;
}

// "- ", "* ", "+ ", "1. ", "2) " or the marker alone on its line.
bool isListItem(std::string_view line)
{
    size_t at = 0;
    if (line.empty())
        return false;
    if (line[0] == '-' || line[0] == '*' || line[0] == '+') {
        at = 1;
    } else {
        while (at < line.size() && at < 9 && isAsciiDigit(line[at]))
            ++at;
        if (at == 0 || at >= line.size() || (line[at] != '.' && line[at] != ')'))
            return false;
        ++at;
    }
    return at == line.size() || line[at] == ' ' || line[at] == '\t' || line[at] == '\r' ||
           line[at] == '\n';
}

struct Fence
{
    char character = 0;
    size_t length = 0;
};

// A fenced code block's opening line, by CommonMark's rule (indent up to 3; a backtick
// fence's info string has no backtick). Exactness matters: a false opening would later take
// a real opening fence for its closing one.
bool fenceOpening(std::string_view line, Fence *fence)
{
    const int indent = indentOf(line);
    if (indent > 3)
        return false;
    const std::string_view rest = line.substr(size_t(indent));
    if (rest.empty() || (rest[0] != '`' && rest[0] != '~'))
        return false;
    size_t run = 0;
    while (run < rest.size() && rest[run] == rest[0])
        ++run;
    if (run < 3)
        return false;
    if (rest[0] == '`' && rest.substr(run).find('`') != std::string_view::npos)
        return false;
    *fence = Fence{rest[0], run};
    return true;
}

bool fenceClosing(std::string_view line, const Fence &fence)
{
    const int indent = indentOf(line);
    if (indent > 3)
        return false;
    const std::string_view rest = line.substr(size_t(indent));
    size_t run = 0;
    while (run < rest.size() && rest[run] == fence.character)
        ++run;
    return run >= fence.length && isBlank(rest.substr(run));
}

// The end marker of an HTML block that may contain blank lines (CommonMark's kinds 1 to 5),
// or empty when the line does not start one.
std::string_view htmlBlockEnd(std::string_view line)
{
    const int indent = indentOf(line);
    if (indent > 3)
        return {};
    const std::string_view rest = line.substr(size_t(indent));
    if (rest.size() < 2 || rest[0] != '<')
        return {};
    if (rest.substr(0, 4) == "<!--"sv)
        return "-->"sv;
    if (rest[1] == '?')
        return "?>"sv;
    if (rest.substr(0, 9) == "<![CDATA["sv)
        return "]]>"sv;
    if (rest[1] == '!' && rest.size() > 2 && isAsciiLetter(rest[2]))
        return ">"sv;
    for (const std::string_view tag : {"<script"sv, "<pre"sv, "<style"sv, "<textarea"sv}) {
        if (!startsWithNoCase(rest, tag))
            continue;
        const std::string_view after = rest.substr(tag.size());
        if (after.empty() || after[0] == ' ' || after[0] == '\t' || after[0] == '>' ||
            after[0] == '\r' || after[0] == '\n') {
            return "</"sv; // any of </script>, </pre>, </style>, </textarea>: checked below
        }
    }
    return {};
}

bool endsHtmlBlock(std::string_view text, std::string_view end)
{
    if (end != "</"sv)
        return text.find(end) != std::string_view::npos;
    return containsNoCase(text, "</script>"sv) || containsNoCase(text, "</pre>"sv) ||
           containsNoCase(text, "</style>"sv) || containsNoCase(text, "</textarea>"sv);
}

// "[label]: ..." or "[^note]: ...", indented up to 3 spaces.
bool isDefinition(std::string_view line)
{
    const int indent = indentOf(line);
    if (indent > 3)
        return false;
    const std::string_view rest = line.substr(size_t(indent));
    if (rest.empty() || rest[0] != '[')
        return false;
    const size_t close = rest.find("]:"sv);
    return close != std::string_view::npos && close > 1;
}

// Every block of its own would make the first render of a page pay cmark's per-parse setup
// hundreds of times. Of the possible boundaries, one in four is taken, chosen by the line's
// own text so that an edit elsewhere never moves a boundary (and the cache keeps working).
bool startsChunk(std::string_view line)
{
    unsigned hash = 2166136261u; // FNV-1a
    for (const char c : line.substr(0, 64)) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 16777619u;
    }
    return (hash & 3u) == 0;
}

} // namespace

QList<MarkdownChunk> splitIntoChunks(QByteArrayView utf8)
{
    const std::string_view text(utf8.data(), size_t(utf8.size()));
    const QList<MarkdownChunk> whole{MarkdownChunk{0, utf8.size(), 1}};
    // Footnote references are numbered across the page and listed at its end.
    if (text.find("[^"sv) != std::string_view::npos)
        return whole;

    QList<MarkdownChunk> chunks{MarkdownChunk{0, 0, 1}};
    bool previousBlank = true;
    bool inFence = false;
    Fence fence;
    std::string_view htmlEnd;
    int lineNumber = 1;
    for (size_t start = 0; start < text.size(); ++lineNumber) {
        const size_t newline = text.find('\n', start);
        const size_t end = newline == std::string_view::npos ? text.size() : newline + 1;
        const std::string_view line = text.substr(start, end - start);
        const bool blank = isBlank(line);

        if (inFence) {
            inFence = !fenceClosing(line, fence);
        } else if (!htmlEnd.empty()) {
            if (endsHtmlBlock(line, htmlEnd))
                htmlEnd = {};
        } else {
            if (isDefinition(line))
                return whole; // link reference definitions apply to the whole page
            if (previousBlank && !blank && line[0] != ' ' && line[0] != '\t' && !isListItem(line) &&
                start > 0 && startsChunk(line)) {
                chunks.last().size = qsizetype(start) - chunks.last().offset;
                chunks.append(MarkdownChunk{qsizetype(start), 0, lineNumber});
            }
            if (fenceOpening(line, &fence)) {
                inFence = true;
            } else if (const std::string_view endMarker = htmlBlockEnd(line); !endMarker.empty()) {
                // The end may be on the opening line itself; cmark looks from its start too.
                if (!endsHtmlBlock(line.substr(size_t(indentOf(line))), endMarker))
                    htmlEnd = endMarker;
            }
        }
        previousBlank = blank;
        start = end;
    }
    chunks.last().size = utf8.size() - chunks.last().offset;
    return chunks;
}

} // namespace Folio::Markdown
