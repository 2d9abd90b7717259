#include "workspace/pagescanner.h"

#include "document/frontmatter.h"
#include "document/page.h"
#include "markdown/headingids.h"

#include <QFile>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <optional>
#include <string_view>
#include <sys/stat.h>

namespace Folio::Workspace {

namespace {

using Markdown::Dialect;
using Markdown::HeadingIdStyle;

// Larger files are not pages anyone edits; Document::Page refuses them too.
constexpr qint64 MaximumPageSize = 32 * 1024 * 1024;

struct Line
{
    std::string_view text; // without the line break and a '\r' before it
    int number = 0;        // 1-based
};

// Splits bytes into lines, memchr-fast.
class LineReader
{
public:
    explicit LineReader(std::string_view bytes, qsizetype start = 0)
        : m_bytes(bytes)
        , m_pos(size_t(start))
    {}

    bool next(Line &line)
    {
        if (m_pos >= m_bytes.size())
            return false;
        const char *begin = m_bytes.data() + m_pos;
        const void *nl = std::memchr(begin, '\n', m_bytes.size() - m_pos);
        const size_t end =
            nl ? size_t(static_cast<const char *>(nl) - m_bytes.data()) : m_bytes.size();
        size_t length = end - m_pos;
        if (length > 0 && begin[length - 1] == '\r')
            --length;
        line = Line{std::string_view(begin, length), ++m_number};
        m_pos = end + 1;
        return true;
    }

    void setLineNumber(int number) { m_number = number; }
    [[nodiscard]] size_t position() const { return m_pos; }

private:
    std::string_view m_bytes;
    size_t m_pos = 0;
    int m_number = 0;
};

bool isBlank(std::string_view s)
{
    for (const char c : s) {
        if (c != ' ' && c != '\t')
            return false;
    }
    return true;
}

int indentOf(std::string_view s)
{
    int n = 0;
    for (const char c : s) {
        if (c == ' ')
            ++n;
        else if (c == '\t')
            n += 4 - n % 4;
        else
            break;
    }
    return n;
}

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

QString toQString(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

bool contains(std::string_view s, std::string_view what)
{
    return s.find(what) != std::string_view::npos;
}

struct Fence
{
    char marker = '`';
    size_t length = 0;
};

std::optional<Fence> fenceOpening(std::string_view line)
{
    if (indentOf(line) > 3)
        return std::nullopt;
    const std::string_view t = trimmed(line);
    if (t.size() < 3 || (t[0] != '`' && t[0] != '~'))
        return std::nullopt;
    size_t n = 0;
    while (n < t.size() && t[n] == t[0])
        ++n;
    if (n < 3)
        return std::nullopt;
    // A backtick fence's info string may not contain a backtick.
    if (t[0] == '`' && t.find('`', n) != std::string_view::npos)
        return std::nullopt;
    return Fence{t[0], n};
}

bool closesFence(std::string_view line, const Fence &fence)
{
    if (indentOf(line) > 3)
        return false;
    const std::string_view t = trimmed(line);
    size_t n = 0;
    while (n < t.size() && t[n] == fence.marker)
        ++n;
    return n >= fence.length && n == t.size();
}

// "===" or "---" (any length, up to three spaces of indentation, trailing blanks): the
// underline of a setext heading when it follows a paragraph; 1 or 2 for the level, else 0.
int setextLevel(std::string_view line)
{
    if (indentOf(line) > 3)
        return 0;
    const std::string_view t = trimmed(line);
    if (t.empty() || (t[0] != '=' && t[0] != '-'))
        return 0;
    for (const char c : t) {
        if (c != t[0])
            return 0;
    }
    return t[0] == '=' ? 1 : 2;
}

// A line that starts a block other than a paragraph (or continues a list or quote), so a
// setext underline below it is not one.
bool startsOtherBlock(std::string_view line)
{
    if (indentOf(line) >= 4)
        return true;
    const std::string_view t = trimmed(line);
    if (t.empty())
        return true;
    const char c = t[0];
    if (c == '>' || c == '|' || c == '<' || c == '#')
        return true;
    if (t.substr(0, 2) == "{:" || t.substr(0, 2) == "{{" || t.substr(0, 2) == "<%")
        return true;
    if ((c == '-' || c == '*' || c == '+') && (t.size() == 1 || t[1] == ' ' || t[1] == '\t'))
        return true;
    size_t digits = 0;
    while (digits < t.size() && digits < 10 && t[digits] >= '0' && t[digits] <= '9')
        ++digits;
    if (digits > 0 && digits < t.size() && (t[digits] == '.' || t[digits] == ')') &&
        (digits + 1 == t.size() || t[digits + 1] == ' '))
        return true;
    return false;
}

// Blanks out inline code spans (backtick runs matched by length) so links inside are not seen.
std::string blankCodeSpans(std::string_view line)
{
    std::string out(line);
    size_t i = 0;
    while (i < out.size()) {
        if (out[i] != '`') {
            ++i;
            continue;
        }
        size_t run = 0;
        while (i + run < out.size() && out[i + run] == '`')
            ++run;
        // Find a closing run of the same length.
        size_t j = i + run;
        size_t close = std::string::npos;
        while (j < out.size()) {
            if (out[j] != '`') {
                ++j;
                continue;
            }
            size_t closeRun = 0;
            while (j + closeRun < out.size() && out[j + closeRun] == '`')
                ++closeRun;
            if (closeRun == run) {
                close = j;
                break;
            }
            j += closeRun;
        }
        if (close == std::string::npos) {
            i += run;
            continue;
        }
        for (size_t k = i; k < close + run; ++k)
            out[k] = ' ';
        i = close + run;
    }
    return out;
}

struct RawLink
{
    std::string_view target;
    bool image = false;
};

// The destination of an inline link starting at `(`+1: `<...>`, or up to white space or the
// unbalanced `)`. Empty when there is none.
std::string_view linkDestination(std::string_view s, size_t start)
{
    size_t i = start;
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t'))
        ++i;
    // `<...>`, but not ERB's `<%= url %>`, which ERB replaces before Markdown sees it.
    if (i < s.size() && s[i] == '<' && !(i + 1 < s.size() && s[i + 1] == '%')) {
        const size_t end = s.find('>', i + 1);
        return end == std::string_view::npos ? std::string_view() : s.substr(i + 1, end - i - 1);
    }
    const size_t begin = i;
    int depth = 0;
    for (; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '\\' && i + 1 < s.size()) {
            ++i;
        } else if (c == '(') {
            ++depth;
        } else if (c == ')') {
            if (depth == 0)
                break;
            --depth;
        } else if (c == ' ' || c == '\t') {
            break;
        }
    }
    return s.substr(begin, i - begin);
}

// The value of an HTML attribute such as href= or src= starting at pos (just after '=').
std::string_view attributeValue(std::string_view s, size_t pos)
{
    if (pos >= s.size())
        return {};
    const char quote = s[pos];
    if (quote == '"' || quote == '\'') {
        const size_t end = s.find(quote, pos + 1);
        return end == std::string_view::npos ? std::string_view()
                                             : s.substr(pos + 1, end - pos - 1);
    }
    size_t end = pos;
    while (end < s.size() && s[end] != ' ' && s[end] != '>' && s[end] != '\t')
        ++end;
    return s.substr(pos, end - pos);
}

void findLinks(std::string_view line, std::vector<RawLink> &out)
{
    // A reference definition: [label]: target
    if (indentOf(line) <= 3) {
        const std::string_view t = trimmed(line);
        if (t.size() > 3 && t[0] == '[' && t[1] != '^') {
            const size_t close = t.find("]:");
            if (close != std::string_view::npos && t.find(']') == close) {
                const std::string_view target = linkDestination(t, close + 2);
                if (!target.empty())
                    out.push_back({target, false});
                return;
            }
        }
    }
    // Inline links and images: a stack of '[' positions matched at "](".
    const bool hasInline = contains(line, "](");
    if (hasInline) {
        std::vector<size_t> open;
        for (size_t i = 0; i < line.size(); ++i) {
            const char c = line[i];
            if (c == '\\') {
                ++i;
            } else if (c == '[') {
                open.push_back(i);
            } else if (c == ']' && !open.empty()) {
                const size_t start = open.back();
                open.pop_back();
                if (i + 1 < line.size() && line[i + 1] == '(') {
                    const std::string_view target = linkDestination(line, i + 2);
                    if (!target.empty())
                        out.push_back({target, start > 0 && line[start - 1] == '!'});
                }
            }
        }
    }
    // Raw HTML: <a href="..."> and <img src="...">.
    if (contains(line, "<")) {
        for (size_t pos = line.find("href="); pos != std::string_view::npos;
             pos = line.find("href=", pos + 5)) {
            if (const std::string_view v = attributeValue(line, pos + 5); !v.empty())
                out.push_back({v, false});
        }
        for (size_t pos = line.find("<img"); pos != std::string_view::npos;
             pos = line.find("<img", pos + 4)) {
            const size_t src = line.find("src=", pos);
            const size_t end = line.find('>', pos);
            if (src != std::string_view::npos && (end == std::string_view::npos || src < end)) {
                if (const std::string_view v = attributeValue(line, src + 4); !v.empty())
                    out.push_back({v, true});
            }
        }
    }
}

// The ids in the body of an attribute list (between `{:` or `{` and `}`), as kramdown reads
// them: `#` then a letter, then letters, digits, `_`, `:` and `-` (`#a.b` is id a, class b);
// quoted values are skipped. Goldmark also takes ids that start with a digit.
void attributeListIds(std::string_view body, bool digitFirst, std::vector<std::string_view> &out)
{
    const auto isIdChar = [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == ':' || c == '-';
    };
    for (size_t i = 0; i < body.size(); ++i) {
        const char c = body[i];
        if (c == '"' || c == '\'') {
            const size_t close = body.find(c, i + 1);
            if (close == std::string_view::npos)
                return;
            i = close;
        } else if (c == '#' && i + 1 < body.size() &&
                   (std::isalpha(static_cast<unsigned char>(body[i + 1])) ||
                    (digitFirst && std::isdigit(static_cast<unsigned char>(body[i + 1]))))) {
            size_t end = i + 1;
            while (end < body.size() && isIdChar(body[end]))
                ++end;
            out.push_back(body.substr(i + 1, end - i - 1));
            i = end - 1;
        }
    }
}

// A kramdown block IAL line, `{: #id .class}`, and its id: the last one it gives, empty when
// it gives none (an IAL that only adds classes); nullopt when the line is not an IAL.
std::optional<QString> ialId(std::string_view line)
{
    const std::string_view t = trimmed(line);
    if (t.size() < 3 || t.substr(0, 2) != "{:" || t[2] == ':' || t.back() != '}')
        return std::nullopt;
    std::vector<std::string_view> ids;
    attributeListIds(t.substr(2, t.size() - 3), false, ids);
    return ids.empty() ? QString() : toQString(ids.back());
}

// The UTF-16 code units of UTF-8 bytes, as the editor counts columns: one per character, two
// for a character outside the Basic Multilingual Plane.
int utf16Length(std::string_view utf8)
{
    int units = 0;
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte & 0xC0) != 0x80)
            units += byte >= 0xF0 ? 2 : 1;
    }
    return units;
}

// The ids HTML tags on a line give their elements: `id="x"` on any tag and `name="x"`, which
// old pages use on <a> as an anchor. A tag split over lines is not seen.
void findHtmlIds(std::string_view line, std::vector<std::string_view> &out)
{
    for (size_t open = line.find('<'); open != std::string_view::npos;
         open = line.find('<', open + 1)) {
        if (open + 1 >= line.size() || !std::isalpha(static_cast<unsigned char>(line[open + 1])))
            continue;
        const size_t close = line.find('>', open);
        const std::string_view tag = line.substr(
            open, close == std::string_view::npos ? std::string_view::npos : close - open);
        for (const std::string_view attribute :
             {std::string_view("id="), std::string_view("name=")}) {
            for (size_t pos = tag.find(attribute); pos != std::string_view::npos;
                 pos = tag.find(attribute, pos + attribute.size())) {
                if (tag[pos - 1] != ' ' && tag[pos - 1] != '\t')
                    continue; // data-id=, or part of a value
                const std::string_view value = trimmed(attributeValue(tag, pos + attribute.size()));
                if (!value.empty())
                    out.push_back(value);
            }
        }
    }
}

// The ids attribute lists on a line give: kramdown's block and span IALs `{: #id .class}`
// anywhere on the line, and a Goldmark attribute block `{#id .class}` alone on its line.
// kramdown's `{:toc}` list carries the id `markdown-toc`. Extensions (`{::...}`) and attribute
// list definitions (`{:name: ...}`) give none.
void findAttributeListIds(std::string_view line, bool kramdown, std::vector<std::string_view> &out)
{
    const std::string_view whole = trimmed(line);
    for (size_t open = line.find('{'); open != std::string_view::npos;
         open = line.find('{', open + 1)) {
        const size_t close = line.find('}', open);
        if (close == std::string_view::npos)
            return;
        std::string_view body = line.substr(open + 1, close - open - 1);
        if (body.starts_with(':')) {
            body.remove_prefix(1);
            if (!kramdown || body.starts_with(':'))
                continue; // an extension, or not kramdown
            const std::string_view first = trimmed(body).substr(0, trimmed(body).find(' '));
            if (first.size() > 1 && first.back() == ':' && first.find('=') == first.npos)
                continue; // {:name: ...} defines a list for later use
            if (first == "toc")
                out.push_back(std::string_view("markdown-toc"));
            attributeListIds(body, false, out);
        } else if ((body.starts_with('#') || body.starts_with('.')) &&
                   whole == line.substr(open, close - open + 1)) {
            attributeListIds(body, true, out); // a Goldmark attribute block stands alone
        }
        open = close;
    }
}

// The templates a line calls whose output only the site generator knows: Hugo shortcodes
// (`{{< name ...>}}`, `{{% name ...%}}`, not their closing tags or `{{</* */>}}` comments) and
// ERB output tags (`<%= name ... %>`), as "{{< name >}}", "{{% name %}}", "<%= name %>".
void findTemplateCalls(std::string_view line, QStringList &out)
{
    const auto nameAt = [&](size_t pos) {
        while (pos < line.size() && (line[pos] == ' ' || line[pos] == '\t'))
            ++pos;
        size_t end = pos;
        while (end < line.size() &&
               (std::isalnum(static_cast<unsigned char>(line[end])) || line[end] == '_' ||
                line[end] == '-' || line[end] == '/' || line[end] == '.'))
            ++end;
        return line.substr(pos, end - pos);
    };
    const auto add = [&](const QString &call) {
        if (!out.contains(call))
            out.append(call);
    };
    for (size_t pos = line.find("{{"); pos != std::string_view::npos;
         pos = line.find("{{", pos + 2)) {
        if (pos + 2 >= line.size() || (line[pos + 2] != '<' && line[pos + 2] != '%'))
            continue;
        const std::string_view name = nameAt(pos + 3);
        if (name.empty() || name.starts_with('/'))
            continue; // a closing tag or a comment
        const bool markdown = line[pos + 2] == '%';
        add((markdown ? u"{{% " : u"{{< ") + toQString(name) + (markdown ? u" %}}" : u" >}}"));
    }
    for (size_t pos = line.find("<%="); pos != std::string_view::npos;
         pos = line.find("<%=", pos + 3)) {
        const std::string_view name = nameAt(pos + 3);
        add(name.empty() ? QStringLiteral("<%= %>") : u"<%= " + toQString(name) + u" %>");
    }
}

// The Hugo `{{< ref "path" >}}` or `{{< relref "path" >}}` call (either delimiter) at the start
// of text, or an empty view when there is none.
std::string_view hugoRefCall(std::string_view text)
{
    if (!(text.starts_with("{{<") || text.starts_with("{{%")))
        return {};
    const std::string_view close = text[2] == '<' ? ">}}" : "%}}";
    const size_t end = text.find(close);
    if (end == std::string_view::npos)
        return {};
    const std::string_view name = trimmed(text.substr(3, end - 3));
    if (!(name.starts_with("ref ") || name.starts_with("relref ") || name.starts_with("ref\t") ||
          name.starts_with("relref\t")))
        return {};
    return text.substr(0, end + close.size());
}

struct PendingHeading
{
    PageHeading heading;
    QString idSource; // what the automatic id derives from
    std::optional<QString> explicitId;
    std::optional<HeadingIdStyle> style; // when not the page's: inside a kramdown HTML block
};

// The HTML blocks kramdown is inside, for the ids of the headings in them: in a block it
// parses as Markdown (`markdown="1"`, or every block after `{::options parse_block_html="true"
// /}`) a heading gets KramdownHtmlBlock's id; in a raw block a `#` line is no heading at all.
// Only the block elements pages wrap Markdown in are followed.
class KramdownHtmlBlocks
{
public:
    // Takes the options and tags of a line (comments already removed).
    void read(std::string_view line)
    {
        if (contains(line, "parse_block_html"))
            m_parseBlockHtml = contains(line, "parse_block_html=\"true\"") ||
                               contains(line, "parse_block_html='true'") ||
                               contains(line, "parse_block_html=true");
        const std::string_view t = trimmed(line);
        if (m_open.empty() && (indentOf(line) > 3 || !t.starts_with('<')))
            return;
        for (size_t pos = t.find('<'); pos != std::string_view::npos; pos = t.find('<', pos + 1)) {
            const bool closing = pos + 1 < t.size() && t[pos + 1] == '/';
            const size_t nameStart = pos + (closing ? 2 : 1);
            size_t nameEnd = nameStart;
            while (nameEnd < t.size() && std::isalnum(static_cast<unsigned char>(t[nameEnd])))
                ++nameEnd;
            const std::string_view name = t.substr(nameStart, nameEnd - nameStart);
            if (!isFollowed(name) || (nameEnd < t.size() && t[nameEnd] != ' ' &&
                                      t[nameEnd] != '>' && t[nameEnd] != '\t'))
                continue;
            const size_t tagEnd = t.find('>', nameEnd);
            const std::string_view tag = t.substr(
                pos, tagEnd == std::string_view::npos ? std::string_view::npos : tagEnd - pos + 1);
            if (closing) {
                for (size_t i = m_open.size(); i > 0; --i) {
                    if (m_open[i - 1].name == name) {
                        m_open.resize(i - 1);
                        break;
                    }
                }
            } else if (!tag.ends_with("/>")) {
                const bool parentParsed = m_open.empty() || m_open.back().markdown;
                const bool markdown =
                    parentParsed &&
                    (contains(tag, "markdown=\"1\"") || contains(tag, "markdown=\"block\"") ||
                     (m_parseBlockHtml && !contains(tag, "markdown=\"0\"") &&
                      !contains(tag, "markdown=\"span\"")));
                m_open.push_back({std::string(name), markdown});
            }
        }
    }

    [[nodiscard]] bool isInside() const { return !m_open.empty(); }
    [[nodiscard]] bool isInsideRaw() const { return !m_open.empty() && !m_open.back().markdown; }

private:
    static bool isFollowed(std::string_view name)
    {
        for (const std::string_view block : {"div", "details", "section", "article", "aside",
                                             "figure", "main", "nav", "header", "footer"}) {
            if (name == block)
                return true;
        }
        return false;
    }

    struct Block
    {
        std::string name;
        bool markdown = false;
    };
    std::vector<Block> m_open;
    bool m_parseBlockHtml = false;
};

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

QString decodeEntity(QStringView name)
{
    if (name.startsWith(u'#')) {
        bool ok = false;
        const uint code = name.size() > 1 && (name[1] == u'x' || name[1] == u'X')
                              ? name.sliced(2).toUInt(&ok, 16)
                              : name.sliced(1).toUInt(&ok, 10);
        if (!ok || code == 0 || code > 0x10FFFF)
            return {};
        const char32_t c = code;
        return QString::fromUcs4(&c, 1);
    }
    static const std::pair<const char16_t *, const char16_t *> known[] = {
        {u"amp", u"&"},         {u"lt", u"<"},        {u"gt", u">"},         {u"quot", u"\""},
        {u"apos", u"'"},        {u"nbsp", u"\u00a0"}, {u"ndash", u"\u2013"}, {u"mdash", u"\u2014"},
        {u"hellip", u"\u2026"}, {u"copy", u"\u00a9"}, {u"reg", u"\u00ae"},   {u"trade", u"\u2122"}};
    for (const auto &[entity, text] : known) {
        if (name == QStringView(entity))
            return QString::fromUtf16(text);
    }
    return {};
}

} // namespace

QString PageScanner::inlineText(QStringView markdown, bool typography)
{
    QString out;
    out.reserve(markdown.size());
    const qsizetype n = markdown.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = markdown[i];
        switch (c.unicode()) {
        case u'\\':
            if (i + 1 < n && markdown[i + 1].isPunct()) {
                out += markdown[++i];
                continue;
            }
            break;
        case u'`': {
            qsizetype run = 0;
            while (i + run < n && markdown[i + run] == u'`')
                ++run;
            const QString fence(run, u'`');
            const qsizetype close = markdown.indexOf(fence, i + run);
            if (close >= 0) {
                QStringView code = markdown.sliced(i + run, close - i - run);
                if (code.size() > 1 && code.startsWith(u' ') && code.endsWith(u' '))
                    code = code.sliced(1, code.size() - 2);
                out += code;
                i = close + run - 1;
                continue;
            }
            out += fence;
            i += run - 1;
            continue;
        }
        case u'!':
            // An image: its alt text is not part of the heading's text.
            if (i + 1 < n && markdown[i + 1] == u'[') {
                const qsizetype close = markdown.indexOf(u"](", i + 2);
                if (close >= 0) {
                    const qsizetype end = markdown.indexOf(u')', close + 2);
                    if (end >= 0) {
                        i = end;
                        continue;
                    }
                }
            }
            break;
        case u'[':
            // A link: keep its text, drop the destination (inline or reference).
            if (const qsizetype close = markdown.indexOf(u']', i + 1); close >= 0) {
                out += inlineText(markdown.sliced(i + 1, close - i - 1), typography);
                qsizetype next = close + 1;
                if (next < n && markdown[next] == u'(') {
                    const qsizetype end = markdown.indexOf(u')', next);
                    next = end < 0 ? next : end + 1;
                } else if (next < n && markdown[next] == u'[') {
                    const qsizetype end = markdown.indexOf(u']', next);
                    next = end < 0 ? next : end + 1;
                }
                i = next - 1;
                continue;
            }
            break;
        case u'<':
            // An HTML tag or an autolink: tags go, an autolink keeps its URL.
            if (const qsizetype close = markdown.indexOf(u'>', i + 1); close > i + 1) {
                const QStringView inside = markdown.sliced(i + 1, close - i - 1);
                if (inside.contains(u':') && !inside.contains(u' ')) {
                    out += inside;
                    i = close;
                    continue;
                }
                if (inside.front().isLetter() || inside.front() == u'/' || inside.front() == u'!') {
                    i = close;
                    continue;
                }
            }
            if (typography && i + 2 < n && markdown[i + 1] == u'<' && markdown[i + 2] == u' ') {
                out += QStringView(u"\u00ab\u00a0");
                i += 2;
                continue;
            }
            break;
        case u'&':
            if (const qsizetype semicolon = markdown.indexOf(u';', i + 1);
                semicolon > i + 1 && semicolon - i <= 10) {
                const QString decoded = decodeEntity(markdown.sliced(i + 1, semicolon - i - 1));
                if (!decoded.isEmpty()) {
                    out += decoded;
                    i = semicolon;
                    continue;
                }
            }
            break;
        case u'*':
            continue;
        case u'~':
            if (i + 1 < n && markdown[i + 1] == u'~') {
                ++i;
                continue;
            }
            break;
        case u'_': {
            // Emphasis only at a word's edge; inside a word it is text (snake_case).
            const bool before = i > 0 && isWordChar(markdown[i - 1]);
            const bool after = i + 1 < n && isWordChar(markdown[i + 1]);
            if (!(before && after))
                continue;
            break;
        }
        case u'-':
            if (typography && i + 1 < n && markdown[i + 1] == u'-') {
                if (i + 2 < n && markdown[i + 2] == u'-') {
                    out += QChar(0x2014);
                    i += 2;
                } else {
                    out += QChar(0x2013);
                    i += 1;
                }
                continue;
            }
            break;
        case u'.':
            if (typography && i + 2 < n && markdown[i + 1] == u'.' && markdown[i + 2] == u'.') {
                out += QChar(0x2026);
                i += 2;
                continue;
            }
            break;
        case u' ':
            if (typography && i + 2 < n && markdown[i + 1] == u'>' && markdown[i + 2] == u'>') {
                out += QStringView(u"\u00a0\u00bb");
                i += 2;
                continue;
            }
            break;
        default:
            break;
        }
        out += c;
    }
    return out;
}

IndexedPage PageScanner::scan(const QByteArray &bytes, Dialect dialect)
{
    IndexedPage page;
    page.text = bytes;
    const bool kramdown = dialect == Dialect::Kramdown;
    std::string_view all(bytes.constData(), size_t(bytes.size()));
    size_t bodyStart = 0;
    if (all.substr(0, 3) == "\xEF\xBB\xBF")
        bodyStart = 3;

    // Front matter: read with the same code as the editor, on the block's text only.
    LineReader reader(all, qsizetype(bodyStart));
    Line line;
    {
        LineReader probe(all, qsizetype(bodyStart));
        Line first;
        if (probe.next(first) && (trimmed(first.text) == "---" || trimmed(first.text) == "+++")) {
            const std::string_view opener = trimmed(first.text);
            Line next;
            std::optional<size_t> end;
            while (probe.next(next)) {
                const std::string_view t = trimmed(next.text);
                if (t == opener || (opener == "---" && t == "...")) {
                    end = probe.position();
                    break;
                }
            }
            if (end) {
                const QString head = toQString(all.substr(bodyStart, *end - bodyStart));
                if (opener == "---") {
                    const auto block = Document::FrontMatterBlock::locate(head);
                    if (const auto frontMatter = Document::FrontMatter::parse(head, block)) {
                        page.title = frontMatter->text(QStringLiteral("title")).trimmed();
                        page.description =
                            frontMatter->text(QStringLiteral("description")).trimmed();
                    } else {
                        page.frontMatterError = frontMatter.error().toString();
                    }
                }
                // Top-level keys in page order (QVariantMap would sort them).
                LineReader keys(all.substr(0, *end), qsizetype(bodyStart));
                Line key;
                keys.next(key);
                while (keys.next(key)) {
                    const std::string_view t = key.text;
                    if (t.empty() || t[0] == ' ' || t[0] == '\t' || t[0] == '#' || t[0] == '-')
                        continue;
                    const size_t sep = t.find(opener == "---" ? ':' : '=');
                    if (sep != std::string_view::npos && sep > 0)
                        page.frontMatterKeys.append(toQString(trimmed(t.substr(0, sep))));
                }
                if (opener == "+++") {
                    // TOML is not parsed; its title is read from its line.
                    LineReader toml(all.substr(0, *end), qsizetype(bodyStart));
                    Line entry;
                    while (toml.next(entry)) {
                        const std::string_view t = trimmed(entry.text);
                        if (t.substr(0, 5) == "title" && contains(t, "=")) {
                            std::string_view v = trimmed(t.substr(t.find('=') + 1));
                            if (v.size() >= 2 && (v.front() == '"' || v.front() == '\''))
                                v = v.substr(1, v.size() - 2);
                            page.title = toQString(v);
                            break;
                        }
                    }
                }
                reader = LineReader(all, qsizetype(*end));
                reader.setLineNumber(next.number);
            }
        }
    }

    const HeadingIdStyle style = kramdown ? HeadingIdStyle::Kramdown : HeadingIdStyle::Goldmark;
    std::vector<PendingHeading> headings;
    std::vector<RawLink> rawLinks;
    QList<int> linkLines;
    std::optional<Fence> fence;
    bool inHtmlComment = false;
    bool inKramdownComment = false;
    // The paragraph a setext underline would turn into a heading: its first line and text.
    int paragraphLine = 0;
    QString paragraphText;
    bool paragraphCanBeHeading = false;
    bool previousBlank = true;
    bool previousWasHeading = false;

    std::vector<std::string_view> rawIds;
    KramdownHtmlBlocks htmlBlocks;
    while (reader.next(line)) {
        std::string_view text = line.text;
        if (fence) {
            if (closesFence(text, *fence))
                fence.reset();
            continue;
        }
        // Where HTML comments are on the line, as offsets in line.text: a comment's end carried
        // over from earlier lines, then the comments within.
        size_t commentPrefix = 0;
        std::vector<std::pair<size_t, size_t>> commentSpans;
        if (inHtmlComment) {
            const size_t end = text.find("-->");
            if (end == std::string_view::npos)
                continue;
            inHtmlComment = false;
            commentPrefix = end + 3;
            text = text.substr(commentPrefix);
        }
        if (inKramdownComment) {
            if (contains(text, "{:/"))
                inKramdownComment = false;
            continue;
        }
        // The kramdown IAL under a heading gives it its id.
        if (kramdown && previousWasHeading && !headings.empty()) {
            if (const auto id = ialId(text)) {
                if (!id->isEmpty())
                    headings.back().explicitId = *id;
                previousWasHeading = false;
                continue;
            }
        }
        previousWasHeading = false;
        if (isBlank(text)) {
            previousBlank = true;
            paragraphLine = 0;
            continue;
        }
        if ((fence = fenceOpening(text))) {
            paragraphLine = 0;
            previousBlank = false;
            continue;
        }
        if (kramdown && contains(text, "{::comment}") && !contains(text, "{:/")) {
            inKramdownComment = true;
            continue;
        }
        // HTML comments: the part outside them still counts.
        std::string withoutComments;
        if (contains(text, "<!--")) {
            withoutComments.reserve(text.size());
            size_t pos = 0;
            while (pos < text.size()) {
                const size_t open = text.find("<!--", pos);
                if (open == std::string_view::npos) {
                    withoutComments.append(text.substr(pos));
                    break;
                }
                withoutComments.append(text.substr(pos, open - pos));
                const size_t close = text.find("-->", open + 4);
                if (close == std::string_view::npos) {
                    inHtmlComment = true;
                    commentSpans.emplace_back(commentPrefix + open, line.text.size());
                    break;
                }
                commentSpans.emplace_back(commentPrefix + open, commentPrefix + close + 3);
                pos = close + 3;
            }
            text = withoutComments;
            if (isBlank(text))
                continue;
        }

        // Headings.
        if (kramdown)
            htmlBlocks.read(text);
        bool isHeading = false;
        if (const int level = setextLevel(text);
            level > 0 && paragraphLine > 0 && paragraphCanBeHeading) {
            PendingHeading heading;
            heading.heading.level = level;
            heading.heading.line = paragraphLine;
            heading.idSource = inlineText(paragraphText, kramdown).trimmed();
            heading.heading.text = heading.idSource;
            headings.push_back(std::move(heading));
            paragraphLine = 0;
            previousWasHeading = true;
            previousBlank = false;
            continue;
        }
        // An ATX heading, also inside block quotes.
        std::string_view headingLine = text;
        while (indentOf(headingLine) <= 3 && trimmed(headingLine).starts_with('>')) {
            headingLine = trimmed(headingLine).substr(1);
            if (headingLine.starts_with(' '))
                headingLine.remove_prefix(1);
        }
        if (indentOf(headingLine) <= 3 && trimmed(headingLine).substr(0, 1) == "#" &&
            !(kramdown && htmlBlocks.isInsideRaw())) {
            if (const auto atx = Markdown::parseAtxHeading(toQString(headingLine), style)) {
                PendingHeading heading;
                heading.heading.level = atx->level;
                heading.heading.line = line.number;
                // kramdown's ids keep the white space a dropped tag or image leaves at either
                // end ("<i class=icon></i> Team" -> "-team"); the outline does not.
                const QString rendered = inlineText(atx->content, kramdown);
                heading.heading.text = rendered.trimmed();
                heading.idSource = kramdown ? rendered : atx->content;
                heading.explicitId = atx->explicitId;
                if (kramdown && htmlBlocks.isInside())
                    heading.style = HeadingIdStyle::KramdownHtmlBlock;
                headings.push_back(std::move(heading));
                isHeading = true;
            }
        }

        // Links and element ids, outside comments and code spans: looked for in a copy of the
        // line with those blanked out, so that an offset in the copy is one in the line.
        if (contains(text, "](") || contains(text, "<") || contains(text, "]:") ||
            contains(text, "{")) {
            std::string blanked;
            std::string_view source = line.text;
            const bool hasCode = contains(text, "`");
            if (commentPrefix > 0 || !commentSpans.empty() || hasCode) {
                blanked.assign(line.text);
                std::fill_n(blanked.begin(), commentPrefix, ' ');
                for (const auto &[from, to] : commentSpans)
                    std::fill(blanked.begin() + qsizetype(from), blanked.begin() + qsizetype(to),
                              ' ');
                if (hasCode)
                    blanked = blankCodeSpans(blanked);
                source = blanked;
            }
            const std::string_view visible = source.substr(commentPrefix);
            findLinks(visible, rawLinks);
            for (const RawLink &raw : rawLinks) {
                size_t offset = size_t(raw.target.data() - source.data());
                std::string_view target = line.text.substr(offset, raw.target.size());
                while (!target.empty() && (target.front() == ' ' || target.front() == '\t')) {
                    target.remove_prefix(1);
                    ++offset;
                }
                // A Hugo ref or relref shortcode is a link to a page: the whole call is the
                // target. Other templates are not knowable offline.
                if (target.starts_with("{{")) {
                    const std::string_view call = hugoRefCall(line.text.substr(offset));
                    if (call.empty())
                        continue;
                    target = call;
                }
                PageLink link;
                link.target = toQString(target).trimmed();
                link.line = line.number;
                link.column = utf16Length(line.text.substr(0, offset)) + 1;
                link.kind = raw.image ? PageLink::Kind::Image : PageLink::Kind::Page;
                if (link.target.startsWith(QLatin1String("<%")))
                    continue; // ERB: not knowable offline
                if (Handbook::Handbook::isExternalUrl(link.target))
                    link.kind = PageLink::Kind::External;
                else
                    link.anchor = Handbook::Handbook::urlAnchor(link.target);
                page.links.append(std::move(link));
            }
            rawLinks.clear();
            if (contains(visible, "<"))
                findHtmlIds(visible, rawIds);
            if (contains(visible, "{"))
                findAttributeListIds(visible, kramdown, rawIds);
            for (const std::string_view id : rawIds)
                page.anchors.append(toQString(id));
            rawIds.clear();
            if (contains(visible, "{{") || contains(visible, "<%="))
                findTemplateCalls(visible, page.templateCalls);
        }

        if (isHeading) {
            paragraphLine = 0;
            previousWasHeading = true;
        } else if (paragraphLine > 0) {
            // A list item, quote or table interrupts the paragraph; anything else continues it.
            if (startsOtherBlock(text) && indentOf(text) < 4 && trimmed(text).front() != '<')
                paragraphLine = 0;
            else
                paragraphText += u'\n' + toQString(trimmed(text));
        } else {
            const bool afterBreak =
                previousBlank ||
                (!headings.empty() && headings.back().heading.line == line.number - 1);
            paragraphLine = startsOtherBlock(text) ? 0 : line.number;
            paragraphCanBeHeading = afterBreak;
            if (paragraphLine > 0)
                paragraphText = toQString(trimmed(text));
        }
        previousBlank = false;
    }

    // Ids in page order, as the generator hands them out.
    Markdown::HeadingIdRegistry registry(style);
    page.headings.reserve(qsizetype(headings.size()));
    for (PendingHeading &pending : headings) {
        if (pending.explicitId && !pending.explicitId->isEmpty()) {
            registry.addExplicitId(*pending.explicitId);
            pending.heading.id = *pending.explicitId;
        } else {
            pending.heading.id =
                registry.addHeading(pending.idSource, pending.style.value_or(style));
        }
        page.headings.append(std::move(pending.heading));
    }
    if (page.title.isEmpty()) {
        for (const PageHeading &heading : std::as_const(page.headings)) {
            if (heading.level == 1) {
                page.title = heading.text;
                break;
            }
        }
    }
    return page;
}

IndexedPage PageScanner::read(const Handbook::Handbook &handbook, const QString &relativePath)
{
    const QString absolute = handbook.absolutePath(relativePath);
    const QByteArray local = QFile::encodeName(absolute);
    struct stat info = {};
    IndexedPage page;
    if (::stat(local.constData(), &info) != 0) {
        page.path = relativePath;
        page.problem = QStringLiteral("cannot read %1: %2")
                           .arg(relativePath, QString::fromLocal8Bit(std::strerror(errno)));
        return page;
    }
    const qint64 modified = qint64(info.st_mtim.tv_sec) * 1000000000 + info.st_mtim.tv_nsec;
    QString problem;
    QByteArray bytes;
    if (!S_ISREG(info.st_mode)) {
        problem = QStringLiteral("%1 is not a regular file").arg(relativePath);
    } else if (info.st_size > MaximumPageSize) {
        problem = QStringLiteral("%1 is too large to index (%2 MB)")
                      .arg(relativePath)
                      .arg(info.st_size / (1024 * 1024));
    } else {
        QFile file(absolute);
        if (!file.open(QIODevice::ReadOnly)) {
            problem = QStringLiteral("cannot read %1: %2").arg(relativePath, file.errorString());
        } else {
            // Exactly the size stat gave: readAll() grows its buffer in steps and leaves about
            // 40 % unused, which the index would keep for every page. A file that changes
            // meanwhile differs from the recorded size, so the next poll reads it again.
            bytes = QByteArray(qsizetype(info.st_size), Qt::Uninitialized);
            const qint64 read = file.read(bytes.data(), bytes.size());
            if (read < 0)
                problem =
                    QStringLiteral("cannot read %1: %2").arg(relativePath, file.errorString());
            else
                bytes.truncate(qsizetype(read));
            if (problem.isEmpty() &&
                std::memchr(bytes.constData(), '\0', size_t(qMin(bytes.size(), 8192))))
                problem = QStringLiteral("%1 is binary, not a Markdown page").arg(relativePath);
        }
    }
    if (problem.isEmpty()) {
        page = scan(bytes, handbook.renderOptions(relativePath).dialect);
        if (Document::Page::firstInvalidUtf8(bytes) >= 0)
            page.problem = QStringLiteral("%1 is not valid UTF-8").arg(relativePath);
    } else {
        page.problem = problem;
    }
    placeInHandbook(page, handbook, relativePath);
    page.modifiedNs = modified;
    page.size = qint64(info.st_size);
    page.inode = quint64(info.st_ino);
    return page;
}

IndexedPage PageScanner::scanText(const Handbook::Handbook &handbook, const QString &relativePath,
                                  const QByteArray &bytes)
{
    IndexedPage page = scan(bytes, handbook.renderOptions(relativePath).dialect);
    placeInHandbook(page, handbook, relativePath);
    return page;
}

void PageScanner::placeInHandbook(IndexedPage &page, const Handbook::Handbook &handbook,
                                  const QString &relativePath)
{
    page.path = relativePath;
    page.url = handbook.urlForPage(relativePath);
    for (PageLink &link : page.links) {
        if (link.kind == PageLink::Kind::Image) {
            // resolveAsset answers with a canonical path inside the root.
            const QString file = handbook.resolveAsset(link.target, relativePath);
            link.resolvedPath =
                file.isEmpty() ? QString() : file.sliced(handbook.rootPath().size() + 1);
        }
    }
}

QString IndexedPage::lineText(int lineNumber) const
{
    if (lineNumber < 1)
        return {};
    LineReader reader(std::string_view(text.constData(), size_t(text.size())));
    Line line;
    while (reader.next(line)) {
        if (line.number == lineNumber)
            return toQString(line.text);
    }
    return {};
}

int IndexedPage::headingIndexAtLine(int lineNumber) const
{
    int found = -1;
    for (qsizetype i = 0; i < headings.size() && headings[i].line <= lineNumber; ++i)
        found = int(i);
    return found;
}

} // namespace Folio::Workspace
