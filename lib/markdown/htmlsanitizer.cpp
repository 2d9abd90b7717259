#include "markdown/htmlsanitizer.h"

#include "markdown/htmlescape_p.h"

#include <QCoreApplication>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>
#include <vector>

namespace Folio::Markdown {

namespace {

using namespace std::string_view_literals;

// ---------------------------------------------------------------------------------------
// Characters

constexpr int EndOfInput = -1;

constexpr bool isAsciiAlpha(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
constexpr bool isAsciiDigit(int c)
{
    return c >= '0' && c <= '9';
}
constexpr bool isAsciiAlnum(int c)
{
    return isAsciiAlpha(c) || isAsciiDigit(c);
}
constexpr bool isHexDigit(int c)
{
    return isAsciiDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
// The HTML tokenizer's whitespace: tab, line feed, form feed, carriage return, space.
constexpr bool isHtmlSpace(int c)
{
    return c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' ';
}
constexpr int asciiLower(int c)
{
    return (c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c;
}

QStringView trimHtmlSpace(QStringView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isHtmlSpace(text[begin].unicode()))
        ++begin;
    while (end > begin && isHtmlSpace(text[end - 1].unicode()))
        --end;
    return text.sliced(begin, end - begin);
}

// A tag, attribute or CSS property name lowered to ASCII. Names that are long or not
// printable ASCII are invalid and match nothing in the allow-lists.
class AsciiName
{
public:
    explicit AsciiName(QStringView name)
    {
        if (name.isEmpty() || name.size() > qsizetype(m_data.size()))
            return;
        for (const QChar ch : name) {
            const int c = ch.unicode();
            if (c <= ' ' || c >= 0x7f)
                return;
            m_data[std::size_t(m_size++)] = char(asciiLower(c));
        }
        m_valid = true;
    }

    [[nodiscard]] bool isValid() const { return m_valid; }
    [[nodiscard]] std::string_view view() const
    {
        return m_valid ? std::string_view(m_data.data(), std::size_t(m_size)) : std::string_view();
    }

private:
    std::array<char, 32> m_data{};
    int m_size = 0;
    bool m_valid = false;
};

bool equalsAsciiIgnoreCase(QStringView text, std::string_view lower)
{
    if (text.size() != qsizetype(lower.size()))
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (asciiLower(text[i].unicode()) != lower[std::size_t(i)])
            return false;
    }
    return true;
}

// The word of a space-separated list equal to word (a view into the list, so it outlives
// word), or an empty view.
std::string_view findWord(std::string_view list, std::string_view word)
{
    while (!list.empty() && !word.empty()) {
        const std::size_t space = list.find(' ');
        const std::string_view item = list.substr(0, space);
        if (item == word)
            return item;
        if (space == std::string_view::npos)
            break;
        list.remove_prefix(space + 1);
    }
    return {};
}

bool inWordList(std::string_view list, std::string_view word)
{
    return !findWord(list, word).empty();
}

// ---------------------------------------------------------------------------------------
// Elements

enum class Kind : quint8
{
    Keep,         // allowed, with an end tag
    KeepVoid,     // allowed, no end tag
    Checkbox,     // input: kept only as a disabled checkbox
    DropRawText,  // script, style, title...: dropped with their raw text
    DropSubtree,  // template, select, svg, math...: dropped with everything inside
    EmbedRawText, // iframe: a placeholder instead, its raw text dropped
    EmbedSubtree, // video, audio, object: a placeholder instead, their content dropped
    EmbedVoid,    // embed: a placeholder instead
    DropRest,     // plaintext: nothing after its start tag is markup any more
};

enum ElementFlag : unsigned
{
    Block = 1,   // closes an open p, as in the HTML tree builder
    Special = 2, // the tree builder's "special" category: stops the li/dd/dt search
    Scope = 4,   // table, td, th, caption: end tags of other elements do not cross it
    Foreign = 8, // svg, math: "/>" really closes the element
};

enum class Embed : quint8
{
    None,
    Frame, // iframe, embed, object
    Video,
    Audio,
};

struct Element
{
    std::string_view name;
    Kind kind;
    unsigned flags = 0;
    std::string_view attributes = {}; // allowed beyond the global ones, space-separated
    Embed embed = Embed::None;
};

constexpr unsigned BlockElement = Block | Special;

// Sorted by name (checked below). Elements not listed lose their tags and keep their text.
constexpr std::array Elements = {
    Element{"a"sv, Kind::Keep, 0, "href name target rel hreflang"sv},
    Element{"abbr"sv, Kind::Keep},
    Element{"applet"sv, Kind::DropSubtree, Special},
    Element{"audio"sv, Kind::EmbedSubtree, 0, {}, Embed::Audio},
    Element{"b"sv, Kind::Keep},
    Element{"big"sv, Kind::Keep},
    Element{"blockquote"sv, Kind::Keep, BlockElement},
    Element{"br"sv, Kind::KeepVoid, Special},
    Element{"caption"sv, Kind::Keep, Special | Scope},
    Element{"cite"sv, Kind::Keep},
    Element{"code"sv, Kind::Keep},
    Element{"col"sv, Kind::KeepVoid, Special, "span width"sv},
    Element{"colgroup"sv, Kind::Keep, Special, "span width"sv},
    Element{"datalist"sv, Kind::DropSubtree},
    Element{"dd"sv, Kind::Keep, BlockElement},
    Element{"del"sv, Kind::Keep, 0, "datetime"sv},
    Element{"details"sv, Kind::Keep, BlockElement, "open"sv},
    Element{"div"sv, Kind::Keep, BlockElement},
    Element{"dl"sv, Kind::Keep, BlockElement},
    Element{"dt"sv, Kind::Keep, BlockElement},
    Element{"em"sv, Kind::Keep},
    Element{"embed"sv, Kind::EmbedVoid, Special, {}, Embed::Frame},
    Element{"figcaption"sv, Kind::Keep, BlockElement},
    Element{"figure"sv, Kind::Keep, BlockElement},
    Element{"frameset"sv, Kind::DropSubtree, Special},
    Element{"h1"sv, Kind::Keep, BlockElement},
    Element{"h2"sv, Kind::Keep, BlockElement},
    Element{"h3"sv, Kind::Keep, BlockElement},
    Element{"h4"sv, Kind::Keep, BlockElement},
    Element{"h5"sv, Kind::Keep, BlockElement},
    Element{"h6"sv, Kind::Keep, BlockElement},
    Element{"hr"sv, Kind::KeepVoid, BlockElement},
    Element{"i"sv, Kind::Keep},
    Element{"iframe"sv, Kind::EmbedRawText, Special, {}, Embed::Frame},
    Element{"img"sv, Kind::KeepVoid, Special, "src alt width height"sv},
    Element{"input"sv, Kind::Checkbox, Special, "type checked disabled"sv},
    Element{"ins"sv, Kind::Keep, 0, "datetime"sv},
    Element{"kbd"sv, Kind::Keep},
    Element{"li"sv, Kind::Keep, BlockElement, "value"sv},
    Element{"mark"sv, Kind::Keep},
    Element{"math"sv, Kind::DropSubtree, Foreign},
    Element{"noembed"sv, Kind::DropRawText},
    Element{"noframes"sv, Kind::DropRawText},
    Element{"noscript"sv, Kind::DropRawText},
    Element{"object"sv, Kind::EmbedSubtree, Special, {}, Embed::Frame},
    Element{"ol"sv, Kind::Keep, BlockElement, "start type reversed"sv},
    Element{"p"sv, Kind::Keep, BlockElement},
    Element{"picture"sv, Kind::Keep},
    Element{"plaintext"sv, Kind::DropRest},
    Element{"pre"sv, Kind::Keep, BlockElement},
    Element{"q"sv, Kind::Keep},
    Element{"s"sv, Kind::Keep},
    Element{"samp"sv, Kind::Keep},
    Element{"script"sv, Kind::DropRawText},
    Element{"section"sv, Kind::Keep, BlockElement},
    Element{"select"sv, Kind::DropSubtree},
    Element{"small"sv, Kind::Keep},
    Element{"span"sv, Kind::Keep},
    Element{"strong"sv, Kind::Keep},
    Element{"style"sv, Kind::DropRawText},
    Element{"sub"sv, Kind::Keep},
    Element{"summary"sv, Kind::Keep, BlockElement},
    Element{"sup"sv, Kind::Keep},
    Element{"svg"sv, Kind::DropSubtree, Foreign},
    Element{"table"sv, Kind::Keep, BlockElement | Scope, "width border cellpadding cellspacing"sv},
    Element{"tbody"sv, Kind::Keep, Special, "valign"sv},
    Element{"td"sv, Kind::Keep, Special | Scope, "colspan rowspan width height valign"sv},
    Element{"template"sv, Kind::DropSubtree, Special},
    Element{"textarea"sv, Kind::DropRawText},
    Element{"tfoot"sv, Kind::Keep, Special, "valign"sv},
    Element{"th"sv, Kind::Keep, Special | Scope, "colspan rowspan width height valign scope"sv},
    Element{"thead"sv, Kind::Keep, Special, "valign"sv},
    Element{"time"sv, Kind::Keep, 0, "datetime"sv},
    Element{"title"sv, Kind::DropRawText},
    Element{"tr"sv, Kind::Keep, Special, "valign"sv},
    Element{"u"sv, Kind::Keep},
    Element{"ul"sv, Kind::Keep, BlockElement, "type"sv},
    Element{"var"sv, Kind::Keep},
    Element{"video"sv, Kind::EmbedSubtree, 0, {}, Embed::Video},
    Element{"wbr"sv, Kind::KeepVoid, Special},
    Element{"xmp"sv, Kind::DropRawText},
};
static_assert(std::is_sorted(Elements.begin(), Elements.end(),
                             [](const Element &a, const Element &b) { return a.name < b.name; }));

// On every allowed element. Only the data-* attributes cmark-gfm emits are kept.
constexpr std::string_view GlobalAttributes =
    "id class title lang dir align role aria-label aria-hidden "
    "data-footnotes data-footnote-ref data-footnote-backref"sv;

const Element *findElement(std::string_view name)
{
    const auto it =
        std::lower_bound(Elements.begin(), Elements.end(), name,
                         [](const Element &e, std::string_view n) { return e.name < n; });
    return it != Elements.end() && it->name == name ? &*it : nullptr;
}

enum class AttributeRule
{
    Drop,
    Keep,      // inert text: copied as written
    LinkUrl,   // a href
    ImageUrl,  // img src
    Style,     // reduced to the allowed declarations
    SourcePos, // data-sourcepos, kept unless the options say otherwise
};

struct AttributeSpec
{
    AttributeRule rule = AttributeRule::Drop;
    std::string_view name; // the allow-list's own spelling, lower case
};

AttributeSpec ruleFor(const Element &element, std::string_view name)
{
    if (name == "style"sv)
        return {AttributeRule::Style, "style"sv};
    if (name == "data-sourcepos"sv)
        return {AttributeRule::SourcePos, "data-sourcepos"sv};
    if (const std::string_view global = findWord(GlobalAttributes, name); !global.empty())
        return {AttributeRule::Keep, global};
    const std::string_view own = findWord(element.attributes, name);
    if (own.empty())
        return {};
    if (own == "href"sv)
        return {AttributeRule::LinkUrl, own};
    if (own == "src"sv)
        return {AttributeRule::ImageUrl, own};
    return {AttributeRule::Keep, own};
}

// ---------------------------------------------------------------------------------------
// Character references in attribute values

struct NamedReference
{
    std::string_view name;
    char16_t value;
};

// The references that matter for reading URLs and styles (the punctuation an attacker
// spells out, the whitespace) plus the common typographic ones. A reference not listed
// stays literal text: it is then escaped on output, so the browser sees exactly the value
// that was checked.
constexpr std::array NamedReferences = {
    NamedReference{"AMP"sv, u'&'},         NamedReference{"GT"sv, u'>'},
    NamedReference{"LT"sv, u'<'},          NamedReference{"NewLine"sv, u'\n'},
    NamedReference{"QUOT"sv, u'"'},        NamedReference{"Tab"sv, u'\t'},
    NamedReference{"amp"sv, u'&'},         NamedReference{"apos"sv, u'\''},
    NamedReference{"ast"sv, u'*'},         NamedReference{"bsol"sv, u'\\'},
    NamedReference{"bull"sv, u'\u2022'},   NamedReference{"colon"sv, u':'},
    NamedReference{"comma"sv, u','},       NamedReference{"commat"sv, u'@'},
    NamedReference{"copy"sv, u'\u00a9'},   NamedReference{"dollar"sv, u'$'},
    NamedReference{"equals"sv, u'='},      NamedReference{"excl"sv, u'!'},
    NamedReference{"grave"sv, u'`'},       NamedReference{"gt"sv, u'>'},
    NamedReference{"hellip"sv, u'\u2026'}, NamedReference{"laquo"sv, u'\u00ab'},
    NamedReference{"lbrace"sv, u'{'},      NamedReference{"lbrack"sv, u'['},
    NamedReference{"lcub"sv, u'{'},        NamedReference{"ldquo"sv, u'\u201c'},
    NamedReference{"lowbar"sv, u'_'},      NamedReference{"lpar"sv, u'('},
    NamedReference{"lsqb"sv, u'['},        NamedReference{"lsquo"sv, u'\u2018'},
    NamedReference{"lt"sv, u'<'},          NamedReference{"mdash"sv, u'\u2014'},
    NamedReference{"middot"sv, u'\u00b7'}, NamedReference{"nbsp"sv, u'\u00a0'},
    NamedReference{"ndash"sv, u'\u2013'},  NamedReference{"num"sv, u'#'},
    NamedReference{"percnt"sv, u'%'},      NamedReference{"period"sv, u'.'},
    NamedReference{"plus"sv, u'+'},        NamedReference{"quest"sv, u'?'},
    NamedReference{"quot"sv, u'"'},        NamedReference{"raquo"sv, u'\u00bb'},
    NamedReference{"rbrace"sv, u'}'},      NamedReference{"rbrack"sv, u']'},
    NamedReference{"rcub"sv, u'}'},        NamedReference{"rdquo"sv, u'\u201d'},
    NamedReference{"reg"sv, u'\u00ae'},    NamedReference{"rpar"sv, u')'},
    NamedReference{"rsqb"sv, u']'},        NamedReference{"rsquo"sv, u'\u2019'},
    NamedReference{"semi"sv, u';'},        NamedReference{"shy"sv, u'\u00ad'},
    NamedReference{"sol"sv, u'/'},         NamedReference{"trade"sv, u'\u2122'},
    NamedReference{"verbar"sv, u'|'},      NamedReference{"vert"sv, u'|'},
};

// Named references a browser also decodes without the semicolon in an attribute value
// (when no letter, digit or '=' follows).
constexpr std::string_view LegacyReferences = "AMP GT LT QUOT amp copy gt lt nbsp quot reg"sv;

bool equalsAscii(QStringView text, std::string_view ascii)
{
    if (text.size() != qsizetype(ascii.size()))
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].unicode() != char16_t(ascii[std::size_t(i)]))
            return false;
    }
    return true;
}

std::optional<char16_t> namedReference(QStringView name)
{
    for (const NamedReference &reference : NamedReferences) {
        if (equalsAscii(name, reference.name))
            return reference.value;
    }
    return std::nullopt;
}

bool isLegacyReference(QStringView name)
{
    std::string_view list = LegacyReferences;
    while (!list.empty()) {
        const std::size_t space = list.find(' ');
        if (equalsAscii(name, list.substr(0, space)))
            return true;
        if (space == std::string_view::npos)
            break;
        list.remove_prefix(space + 1);
    }
    return false;
}

// What a numeric reference stands for, with the HTML standard's replacements.
char32_t numericReferenceValue(char32_t code)
{
    // 0x80-0x9f are read as windows-1252, as browsers do.
    static constexpr std::array<char16_t, 32> Windows1252 = {
        0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x008d, 0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022,
        0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178};
    if (code == 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
        return 0xfffd;
    if (code >= 0x80 && code <= 0x9f)
        return Windows1252[code - 0x80];
    return code;
}

// Decodes the character references of an attribute value. firstReference receives the
// index in the result of the first character that came from a reference, or -1.
QString decodeAttributeValue(QStringView raw, qsizetype *firstReference)
{
    *firstReference = -1;
    if (!raw.contains(QLatin1Char('&')))
        return raw.toString();
    QString out;
    out.reserve(raw.size());
    const qsizetype n = raw.size();
    auto at = [&](qsizetype i) { return i < n ? int(raw[i].unicode()) : EndOfInput; };
    qsizetype i = 0;
    while (i < n) {
        const QChar ch = raw[i];
        if (ch != QLatin1Char('&')) {
            out.append(ch);
            ++i;
            continue;
        }
        if (at(i + 1) == '#') {
            qsizetype j = i + 2;
            const bool hex = at(j) == 'x' || at(j) == 'X';
            if (hex)
                ++j;
            const qsizetype digits = j;
            char32_t code = 0;
            while (hex ? isHexDigit(at(j)) : isAsciiDigit(at(j))) {
                const int c = at(j);
                const char32_t digit =
                    isAsciiDigit(c) ? char32_t(c - '0') : char32_t(asciiLower(c) - 'a' + 10);
                code = std::min<char32_t>(code * (hex ? 16 : 10) + digit, 0x110000);
                ++j;
            }
            if (j == digits) { // "&#" without digits is text
                out.append(ch);
                ++i;
                continue;
            }
            if (at(j) == ';')
                ++j;
            if (*firstReference < 0)
                *firstReference = out.size();
            const char32_t value = numericReferenceValue(code);
            out.append(QStringView(QChar::fromUcs4(value)));
            i = j;
            continue;
        }
        qsizetype j = i + 1;
        while (j < n && isAsciiAlnum(raw[j].unicode()) && j - i <= 32)
            ++j;
        const QStringView name = raw.sliced(i + 1, j - i - 1);
        std::optional<char16_t> value;
        if (!name.isEmpty()) {
            if (at(j) == ';') {
                value = namedReference(name);
                if (value)
                    ++j;
            } else if (at(j) != '=' && isLegacyReference(name)) {
                value = namedReference(name);
            }
        }
        if (!value) {
            out.append(ch);
            ++i;
            continue;
        }
        if (*firstReference < 0)
            *firstReference = out.size();
        out.append(QChar(*value));
        i = j;
    }
    return out;
}

// Whether an inert attribute value has to be decoded and escaped again rather than copied
// as written into double quotes. '<' and '>' are escaped too, so that no '<' or '>' of
// the output is anything but the start or end of a tag.
bool needsEscaping(QStringView raw)
{
    for (const QChar ch : raw) {
        const char16_t c = ch.unicode();
        if (c == u'"' || c == u'<' || c == u'>' || c == u'\0')
            return true;
    }
    return false;
}

bool hasAngleBracket(QStringView raw)
{
    return raw.contains(QLatin1Char('<')) || raw.contains(QLatin1Char('>'));
}

// ---------------------------------------------------------------------------------------
// URLs

enum class UrlClass
{
    Rejected,
    Relative,         // path, query or fragment only
    ProtocolRelative, // "//host/...": resolves against the preview's folio: base
    Http,
    Mailto,
    Folio,
};

// Classifies a decoded URL the way a browser would read it, refusing anything that hides
// its scheme: character references, whitespace or control characters before the colon, a
// scheme of non-ASCII or odd characters. Allowed schemes match case-insensitively; the
// list is an allow-list, so javascript:, vbscript:, data:, file: fail in any spelling.
UrlClass classifyUrl(QStringView url, qsizetype firstReference)
{
    for (const QChar ch : url) {
        const char16_t c = ch.unicode();
        if ((c < 0x20 && !isHtmlSpace(c)) || c == 0x7f)
            return UrlClass::Rejected;
    }
    qsizetype begin = 0;
    while (begin < url.size() && isHtmlSpace(url[begin].unicode()))
        ++begin;
    qsizetype colon = begin;
    while (colon < url.size()) {
        const char16_t c = url[colon].unicode();
        if (c == u':' || c == u'/' || c == u'?' || c == u'#')
            break;
        ++colon;
    }
    if (colon == url.size() || url[colon] != QLatin1Char(':')) {
        const QStringView rest = url.sliced(begin);
        return rest.startsWith(u"//") ? UrlClass::ProtocolRelative : UrlClass::Relative;
    }
    if (colon == begin || (firstReference >= 0 && firstReference <= colon))
        return UrlClass::Rejected;
    const QStringView scheme = url.sliced(begin, colon - begin);
    if (!isAsciiAlpha(scheme[0].unicode()))
        return UrlClass::Rejected;
    for (const QChar ch : scheme) {
        const char16_t c = ch.unicode();
        if (!isAsciiAlnum(c) && c != u'+' && c != u'-' && c != u'.')
            return UrlClass::Rejected;
    }
    if (equalsAsciiIgnoreCase(scheme, "http"sv) || equalsAsciiIgnoreCase(scheme, "https"sv))
        return UrlClass::Http;
    if (equalsAsciiIgnoreCase(scheme, "mailto"sv))
        return UrlClass::Mailto;
    if (equalsAsciiIgnoreCase(scheme, "folio"sv))
        return UrlClass::Folio;
    return UrlClass::Rejected;
}

bool allowedAsLink(UrlClass c)
{
    return c != UrlClass::Rejected;
}

bool allowedAsImage(UrlClass c)
{
    return c != UrlClass::Rejected && c != UrlClass::Mailto;
}

// The http(s) URL an embed's placeholder links to, or an empty string.
QString embedLink(QStringView decoded, qsizetype firstReference)
{
    const UrlClass c = classifyUrl(decoded, firstReference);
    const QStringView url = trimHtmlSpace(decoded);
    if (c == UrlClass::Http)
        return url.toString();
    if (c == UrlClass::ProtocolRelative) {
        QString link = QStringLiteral("https:");
        link += url;
        return link;
    }
    return {};
}

// ---------------------------------------------------------------------------------------
// Styles

// Layout and typography the handbook uses. Not listed: position other than static and
// relative (no fixed overlays over the preview), z-index, transforms, filters, content,
// cursors, animations, background images, custom properties, vendor extensions.
constexpr std::array CssProperties = {
    "align-content"sv,
    "align-items"sv,
    "align-self"sv,
    "aspect-ratio"sv,
    "background"sv,
    "background-color"sv,
    "background-position"sv,
    "background-repeat"sv,
    "background-size"sv,
    "bottom"sv,
    "box-shadow"sv,
    "box-sizing"sv,
    "caption-side"sv,
    "clear"sv,
    "color"sv,
    "column-gap"sv,
    "display"sv,
    "empty-cells"sv,
    "flex"sv,
    "flex-basis"sv,
    "flex-direction"sv,
    "flex-flow"sv,
    "flex-grow"sv,
    "flex-shrink"sv,
    "flex-wrap"sv,
    "float"sv,
    "font"sv,
    "font-family"sv,
    "font-size"sv,
    "font-style"sv,
    "font-variant"sv,
    "font-weight"sv,
    "gap"sv,
    "height"sv,
    "justify-content"sv,
    "justify-items"sv,
    "justify-self"sv,
    "left"sv,
    "letter-spacing"sv,
    "line-height"sv,
    "list-style-position"sv,
    "list-style-type"sv,
    "max-height"sv,
    "max-width"sv,
    "min-height"sv,
    "min-width"sv,
    "object-fit"sv,
    "object-position"sv,
    "opacity"sv,
    "order"sv,
    "overflow"sv,
    "overflow-wrap"sv,
    "overflow-x"sv,
    "overflow-y"sv,
    "position"sv,
    "right"sv,
    "row-gap"sv,
    "table-layout"sv,
    "text-align"sv,
    "text-decoration"sv,
    "text-decoration-color"sv,
    "text-decoration-line"sv,
    "text-decoration-style"sv,
    "text-indent"sv,
    "text-overflow"sv,
    "text-transform"sv,
    "top"sv,
    "vertical-align"sv,
    "visibility"sv,
    "white-space"sv,
    "width"sv,
    "word-break"sv,
    "word-spacing"sv,
    "word-wrap"sv,
};

bool allowedCssProperty(std::string_view property)
{
    if (property.starts_with("margin"sv) || property.starts_with("padding"sv) ||
        property.starts_with("border"sv))
        return true;
    return std::find(CssProperties.begin(), CssProperties.end(), property) != CssProperties.end();
}

// A value made only of keywords, numbers, units, colours and the arithmetic and colour
// functions: no url(), image functions, var(), strings, escapes, comments or at-rules.
bool safeCssValue(QStringView value)
{
    if (value.isEmpty())
        return false;
    int depth = 0;
    qsizetype word = -1; // start of the current [A-Za-z0-9-] run
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t c = value[i].unicode();
        if (isAsciiAlnum(c) || c == u'-') {
            if (word < 0)
                word = i;
            continue;
        }
        if (c == u'(') {
            if (word >= 0) {
                const AsciiName function(value.sliced(word, i - word));
                if (!inWordList("rgb rgba hsl hsla calc min max clamp"sv, function.view()))
                    return false;
            }
            ++depth;
        } else if (c == u')') {
            if (--depth < 0)
                return false;
        } else if (!(c == u' ' || c == u'\t' || c == u'#' || c == u'%' || c == u'.' || c == u',' ||
                     c == u'+' || c == u'!' || c == u'/')) {
            return false;
        }
        word = -1;
    }
    return depth == 0;
}

// The allowed declarations of a style attribute; nullopt when none is left. *unchanged
// tells that every declaration was kept, and the result is then the input as written.
std::optional<QString> sanitizeStyle(QStringView css, bool *unchanged)
{
    *unchanged = true;
    QString kept;
    qsizetype start = 0;
    while (start <= css.size()) {
        qsizetype end = css.indexOf(QLatin1Char(';'), start);
        if (end < 0)
            end = css.size();
        const QStringView declaration = trimHtmlSpace(css.sliced(start, end - start));
        start = end + 1;
        if (declaration.isEmpty())
            continue;
        const qsizetype colon = declaration.indexOf(QLatin1Char(':'));
        bool ok = colon > 0;
        if (ok) {
            const AsciiName property(trimHtmlSpace(declaration.first(colon)));
            const QStringView value = trimHtmlSpace(declaration.sliced(colon + 1));
            ok = property.isValid() && allowedCssProperty(property.view()) && safeCssValue(value);
            if (ok && property.view() == "position"sv)
                ok = equalsAsciiIgnoreCase(value, "static"sv) ||
                     equalsAsciiIgnoreCase(value, "relative"sv);
        }
        if (!ok) {
            *unchanged = false;
            continue;
        }
        if (!kept.isEmpty())
            kept += u"; ";
        kept += declaration;
    }
    if (*unchanged)
        return css.toString();
    if (kept.isEmpty())
        return std::nullopt;
    return kept;
}

// ---------------------------------------------------------------------------------------
// The tokenizer and the tree it balances

struct Attribute
{
    qsizetype nameStart = 0;
    qsizetype nameEnd = 0;
    qsizetype valueStart = 0;
    qsizetype valueEnd = 0;
    char16_t quote = 0; // '"', '\'', or 0 when unquoted or without value
    bool hasValue = false;
};

struct Tag
{
    qsizetype start = 0; // the '<'
    qsizetype end = 0;   // one past the '>'
    qsizetype nameStart = 0;
    qsizetype nameEnd = 0;
    bool selfClosing = false;
    bool malformed = false; // a parse error or a NUL: rewritten, never copied as written
    QVarLengthArray<Attribute, 8> attributes;
};

// One attribute of a kept tag: copied as written, or rewritten with a new value.
struct KeptAttribute
{
    std::string_view name;
    const Attribute *source = nullptr; // nullptr: added by the sanitizer (disabled="")
    bool rewritten = false;
    QString value; // when rewritten: already escaped
};

class Sanitizer
{
public:
    Sanitizer(QStringView html, const HtmlSanitizerOptions &options)
        : m_in(html)
        , m_options(options)
    {}

    QString run();

private:
    [[nodiscard]] int at(qsizetype i) const
    {
        return i < m_in.size() ? int(m_in[i].unicode()) : EndOfInput;
    }
    [[nodiscard]] bool skipping() const { return m_skipDepth > 0; }
    [[nodiscard]] QStringView slice(qsizetype begin, qsizetype end) const
    {
        return m_in.sliced(begin, end - begin);
    }
    [[nodiscard]] QStringView value(const Attribute &attribute) const
    {
        return slice(attribute.valueStart, attribute.valueEnd);
    }
    void put(std::string_view ascii)
    {
        m_out.append(QLatin1String(ascii.data(), qsizetype(ascii.size())));
    }

    void markup();
    void comment(qsizetype from);
    void bogusComment(qsizetype from);
    [[nodiscard]] bool parseTag(qsizetype lt, qsizetype nameStart, Tag &tag) const;
    void skipRawText(std::string_view name);

    void startTag(const Tag &tag);
    void endTag(const Tag &tag);
    void startTagWhileSkipping(const Tag &tag, std::string_view name, const Element *element);
    void endTagWhileSkipping(std::string_view name);
    void beginSkip(std::string_view name, Embed embed, QString link);
    void endSkip();

    void keep(const Tag &tag, const Element &element);
    void impliedEndTags(const Element &element);
    void closeParagraph();
    void closeItem(std::string_view names);
    void closeWithin(std::string_view names, std::string_view stops);
    void closeTo(std::size_t index);
    void placeholder(Embed embed, const QString &link);
    [[nodiscard]] QString attributeLink(const Tag &tag, std::string_view name) const;

    QStringView m_in;
    const HtmlSanitizerOptions &m_options;
    QString m_out;
    qsizetype m_pos = 0;
    std::vector<const Element *> m_stack;

    // A subtree being dropped: its element name and nesting, and the placeholder to show.
    std::string m_skipName;
    int m_skipDepth = 0;
    Embed m_skipEmbed = Embed::None;
    QString m_skipLink;
};

QString Sanitizer::run()
{
    const qsizetype n = m_in.size();
    m_out.reserve(n + n / 16 + 64);
    m_stack.reserve(64);
    // NUL is rare: without one, the next '<' is found by Qt's vectorized search.
    const bool hasNul = m_in.contains(QChar(0));
    while (m_pos < n) {
        qsizetype i = m_pos;
        if (hasNul) {
            while (i < n && m_in[i] != QLatin1Char('<') && m_in[i] != QChar(0))
                ++i;
        } else {
            i = m_in.indexOf(QLatin1Char('<'), m_pos);
            if (i < 0)
                i = n;
        }
        // Text is copied as written: an '&' is either a reference or a literal '&' to the
        // browser and can never start markup. Only '<' and NUL need a look.
        if (!skipping())
            m_out.append(slice(m_pos, i));
        m_pos = i;
        if (i == n)
            break;
        if (m_in[i] == QLatin1Char('<'))
            markup();
        else
            ++m_pos; // NUL: dropped
    }
    if (skipping())
        endSkip();
    closeTo(0);
    return std::move(m_out);
}

void Sanitizer::markup()
{
    const qsizetype lt = m_pos;
    const qsizetype n = m_in.size();
    const int c1 = at(lt + 1);
    if (isAsciiAlpha(c1) || (c1 == '/' && isAsciiAlpha(at(lt + 2)))) {
        const bool isEnd = c1 == '/';
        Tag tag;
        if (!parseTag(lt, lt + (isEnd ? 2 : 1), tag)) {
            m_pos = n; // end of input inside a tag: the tag is dropped
            return;
        }
        m_pos = tag.end;
        if (isEnd)
            endTag(tag);
        else
            startTag(tag);
        return;
    }
    if (c1 == '/') {
        const int c2 = at(lt + 2);
        if (c2 == '>') {
            m_pos = lt + 3;
        } else if (c2 == EndOfInput) {
            if (!skipping())
                put("&lt;/"sv);
            m_pos = n;
        } else {
            bogusComment(lt + 2);
        }
        return;
    }
    if (c1 == '!') {
        if (at(lt + 2) == '-' && at(lt + 3) == '-')
            comment(lt + 4);
        else
            bogusComment(lt + 2); // doctype, CDATA, anything else
        return;
    }
    if (c1 == '?') {
        bogusComment(lt + 1);
        return;
    }
    if (!skipping())
        put("&lt;"sv);
    m_pos = lt + 1;
}

void Sanitizer::comment(qsizetype from)
{
    if (at(from) == '>') { // <!-->
        m_pos = from + 1;
        return;
    }
    if (at(from) == '-' && at(from + 1) == '>') { // <!--->
        m_pos = from + 2;
        return;
    }
    qsizetype i = from;
    while (true) {
        const qsizetype dashes = m_in.indexOf(u"--", i);
        if (dashes < 0) {
            m_pos = m_in.size();
            return;
        }
        if (at(dashes + 2) == '>') {
            m_pos = dashes + 3;
            return;
        }
        if (at(dashes + 2) == '!' && at(dashes + 3) == '>') {
            m_pos = dashes + 4;
            return;
        }
        i = dashes + 1;
    }
}

void Sanitizer::bogusComment(qsizetype from)
{
    const qsizetype gt = m_in.indexOf(QLatin1Char('>'), from);
    m_pos = gt < 0 ? m_in.size() : gt + 1;
}

// The WHATWG tokenizer's tag states, from the tag name to the closing '>'. Returns false
// when the input ends inside the tag.
bool Sanitizer::parseTag(qsizetype lt, qsizetype nameStart, Tag &tag) const
{
    enum class State
    {
        BeforeAttributeName,
        AttributeName,
        AfterAttributeName,
        BeforeAttributeValue,
        AttributeValueQuoted,
        AttributeValueUnquoted,
        AfterAttributeValueQuoted,
        SelfClosing,
    };
    const qsizetype n = m_in.size();
    tag.start = lt;
    tag.nameStart = nameStart;
    qsizetype p = nameStart;
    while (p < n) {
        const char16_t c = m_in[p].unicode();
        if (isHtmlSpace(c) || c == u'/' || c == u'>')
            break;
        if (c == u'\0')
            tag.malformed = true;
        ++p;
    }
    tag.nameEnd = p;
    State state = State::BeforeAttributeName;
    while (true) {
        const int c = at(p);
        if (c == EndOfInput)
            return false;
        if (c == 0)
            tag.malformed = true;
        switch (state) {
        case State::BeforeAttributeName:
            if (isHtmlSpace(c)) {
                ++p;
            } else if (c == '/' || c == '>') {
                state = State::AfterAttributeName;
            } else {
                Attribute attribute;
                attribute.nameStart = p;
                if (c == '=') { // "=" starts a name here
                    tag.malformed = true;
                    ++p;
                }
                tag.attributes.append(attribute);
                state = State::AttributeName;
            }
            break;
        case State::AttributeName:
            if (isHtmlSpace(c) || c == '/' || c == '>') {
                tag.attributes.last().nameEnd = p;
                state = State::AfterAttributeName;
            } else if (c == '=') {
                tag.attributes.last().nameEnd = p;
                ++p;
                state = State::BeforeAttributeValue;
            } else {
                if (c == '"' || c == '\'' || c == '<')
                    tag.malformed = true;
                ++p;
            }
            break;
        case State::AfterAttributeName:
            if (isHtmlSpace(c)) {
                ++p;
            } else if (c == '/') {
                ++p;
                state = State::SelfClosing;
            } else if (c == '=') {
                ++p;
                state = State::BeforeAttributeValue;
            } else if (c == '>') {
                tag.end = p + 1;
                return true;
            } else {
                Attribute attribute;
                attribute.nameStart = p;
                tag.attributes.append(attribute);
                state = State::AttributeName;
            }
            break;
        case State::BeforeAttributeValue: {
            if (isHtmlSpace(c)) {
                ++p;
                break;
            }
            Attribute &attribute = tag.attributes.last();
            attribute.hasValue = true;
            if (c == '"' || c == '\'') {
                attribute.quote = char16_t(c);
                attribute.valueStart = ++p;
                state = State::AttributeValueQuoted;
            } else if (c == '>') { // missing value: an empty one
                attribute.valueStart = attribute.valueEnd = p;
                tag.end = p + 1;
                return true;
            } else {
                attribute.valueStart = p;
                state = State::AttributeValueUnquoted;
            }
            break;
        }
        case State::AttributeValueQuoted: {
            Attribute &attribute = tag.attributes.last();
            while (p < n && m_in[p].unicode() != attribute.quote) {
                if (m_in[p].unicode() == u'\0')
                    tag.malformed = true;
                ++p;
            }
            if (p == n)
                return false;
            attribute.valueEnd = p++;
            state = State::AfterAttributeValueQuoted;
            break;
        }
        case State::AttributeValueUnquoted:
            if (isHtmlSpace(c) || c == '>') {
                tag.attributes.last().valueEnd = p;
                if (c == '>') {
                    tag.end = p + 1;
                    return true;
                }
                ++p;
                state = State::BeforeAttributeName;
            } else {
                if (c == '"' || c == '\'' || c == '<' || c == '=' || c == '`')
                    tag.malformed = true;
                ++p;
            }
            break;
        case State::AfterAttributeValueQuoted:
            if (isHtmlSpace(c)) {
                ++p;
                state = State::BeforeAttributeName;
            } else if (c == '/') {
                ++p;
                state = State::SelfClosing;
            } else if (c == '>') {
                tag.end = p + 1;
                return true;
            } else { // no space between attributes
                tag.malformed = true;
                state = State::BeforeAttributeName;
            }
            break;
        case State::SelfClosing:
            if (c == '>') {
                tag.selfClosing = true;
                tag.end = p + 1;
                return true;
            }
            tag.malformed = true; // a '/' inside the tag acts as a space
            state = State::BeforeAttributeName;
            break;
        }
    }
}

// After the start tag of a raw-text element (script, style, iframe...): everything up to
// its end tag is text to the browser, and is dropped here.
void Sanitizer::skipRawText(std::string_view name)
{
    const qsizetype n = m_in.size();
    const auto length = qsizetype(name.size());
    qsizetype i = m_pos;
    while (true) {
        const qsizetype lt = m_in.indexOf(u"</", i);
        if (lt < 0) {
            m_pos = n;
            return;
        }
        i = lt + 2;
        if (lt + 2 + length > n || !equalsAsciiIgnoreCase(m_in.sliced(lt + 2, length), name))
            continue;
        const int after = at(lt + 2 + length);
        if (!(isHtmlSpace(after) || after == '/' || after == '>'))
            continue;
        Tag tag;
        m_pos = parseTag(lt, lt + 2, tag) ? tag.end : n;
        return;
    }
}

void Sanitizer::startTag(const Tag &tag)
{
    const AsciiName name(slice(tag.nameStart, tag.nameEnd));
    const Element *element = name.isValid() ? findElement(name.view()) : nullptr;
    if (skipping()) {
        startTagWhileSkipping(tag, name.view(), element);
        return;
    }
    if (!element)
        return; // unknown element: the tag goes, its content stays
    switch (element->kind) {
    case Kind::Keep:
    case Kind::KeepVoid:
    case Kind::Checkbox:
        keep(tag, *element);
        return;
    case Kind::DropRawText:
        skipRawText(element->name);
        return;
    case Kind::DropRest:
        m_pos = m_in.size();
        return;
    case Kind::DropSubtree:
        if (!(tag.selfClosing && (element->flags & Foreign)))
            beginSkip(element->name, Embed::None, {});
        return;
    case Kind::EmbedRawText:
        placeholder(element->embed, attributeLink(tag, "src"sv));
        skipRawText(element->name);
        return;
    case Kind::EmbedSubtree:
        beginSkip(element->name, element->embed,
                  attributeLink(tag, element->name == "object"sv ? "data"sv : "src"sv));
        return;
    case Kind::EmbedVoid:
        placeholder(element->embed, attributeLink(tag, "src"sv));
        return;
    }
}

void Sanitizer::startTagWhileSkipping(const Tag &tag, std::string_view name, const Element *element)
{
    if (name == m_skipName) {
        if (!(tag.selfClosing && element && (element->flags & Foreign)))
            ++m_skipDepth;
        return;
    }
    if (name == "source"sv && (m_skipEmbed == Embed::Video || m_skipEmbed == Embed::Audio) &&
        m_skipLink.isEmpty()) {
        m_skipLink = attributeLink(tag, "src"sv);
        return;
    }
    if (!element)
        return;
    if (element->kind == Kind::DropRawText || element->kind == Kind::EmbedRawText)
        skipRawText(element->name);
    else if (element->kind == Kind::DropRest)
        m_pos = m_in.size();
}

void Sanitizer::endTagWhileSkipping(std::string_view name)
{
    if (name == m_skipName && --m_skipDepth == 0)
        endSkip();
}

void Sanitizer::beginSkip(std::string_view name, Embed embed, QString link)
{
    m_skipName.assign(name);
    m_skipDepth = 1;
    m_skipEmbed = embed;
    m_skipLink = std::move(link);
}

void Sanitizer::endSkip()
{
    m_skipDepth = 0;
    if (m_skipEmbed != Embed::None)
        placeholder(m_skipEmbed, m_skipLink);
    m_skipEmbed = Embed::None;
    m_skipLink.clear();
}

void Sanitizer::endTag(const Tag &tag)
{
    const AsciiName name(slice(tag.nameStart, tag.nameEnd));
    if (skipping()) {
        endTagWhileSkipping(name.view());
        return;
    }
    const Element *element = name.isValid() ? findElement(name.view()) : nullptr;
    if (!element || element->kind != Kind::Keep)
        return; // stray, void or dropped element
    // The end tag closes the nearest open element of its name, and whatever is still open
    // inside it; it does not reach out of a table cell (or a table, for table parts).
    const std::string_view tablePart = "td th tr thead tbody tfoot caption colgroup"sv;
    const bool isTable = element->name == "table"sv;
    const bool isTablePart = inWordList(tablePart, element->name);
    for (std::size_t k = m_stack.size(); k-- > 0;) {
        const Element *open = m_stack[k];
        if (open == element) {
            closeTo(k);
            return;
        }
        if (!isTable && (isTablePart ? open->name == "table"sv : (open->flags & Scope) != 0))
            return;
    }
}

void Sanitizer::keep(const Tag &tag, const Element &element)
{
    impliedEndTags(element);
    const bool isVoid = element.kind != Kind::Keep;
    if (!isVoid && m_stack.size() >= std::size_t(HtmlSanitizer::MaximumDepth))
        return;

    bool verbatim = !tag.malformed && (isVoid || !tag.selfClosing);
    QVarLengthArray<KeptAttribute, 8> kept;
    QVarLengthArray<std::string_view, 8> seen; // allowed names only, so the list stays short
    bool checkbox = false;
    bool disabled = false;
    for (const Attribute &attribute : tag.attributes) {
        const AsciiName name(slice(attribute.nameStart, attribute.nameEnd));
        const AttributeSpec spec = ruleFor(element, name.view());
        AttributeRule rule = spec.rule;
        // A repeated attribute: the browser reads the first one only, kept or not.
        if (rule != AttributeRule::Drop) {
            if (std::find(seen.begin(), seen.end(), spec.name) != seen.end())
                rule = AttributeRule::Drop;
            else
                seen.append(spec.name);
        }
        if (rule == AttributeRule::SourcePos)
            rule = m_options.keepSourcePositions ? AttributeRule::Keep : AttributeRule::Drop;
        if (rule == AttributeRule::Style && !(m_options.keepStyles && attribute.hasValue))
            rule = AttributeRule::Drop;
        if (rule == AttributeRule::Drop) {
            verbatim = false;
            continue;
        }
        KeptAttribute out;
        out.name = spec.name;
        out.source = &attribute;
        const QStringView raw = value(attribute);
        if (rule == AttributeRule::Keep && hasAngleBracket(raw)) {
            verbatim = false; // written escaped, see needsEscaping()
        } else if (rule == AttributeRule::LinkUrl || rule == AttributeRule::ImageUrl) {
            qsizetype firstReference = -1;
            const QString decoded = decodeAttributeValue(raw, &firstReference);
            const UrlClass c = classifyUrl(decoded, firstReference);
            if (!(rule == AttributeRule::LinkUrl ? allowedAsLink(c) : allowedAsImage(c))) {
                verbatim = false;
                continue;
            }
            // What the browser will read is exactly the value that was checked.
            QString value = htmlEscaped(decoded);
            if (attribute.hasValue && (attribute.quote != u'"' || value != raw)) {
                out.rewritten = true;
                out.value = std::move(value);
                verbatim = false;
            }
        } else if (rule == AttributeRule::Style) {
            qsizetype firstReference = -1;
            const QString decoded = decodeAttributeValue(raw, &firstReference);
            bool unchanged = false;
            std::optional<QString> css = sanitizeStyle(decoded, &unchanged);
            if (!css) {
                verbatim = false;
                continue;
            }
            if (!unchanged || attribute.quote != u'"' || decoded != raw) {
                out.rewritten = true;
                out.value = htmlEscaped(*css);
                verbatim = false;
            }
        }
        if (element.kind == Kind::Checkbox) {
            if (spec.name == "type"sv) {
                qsizetype firstReference = -1;
                checkbox =
                    attribute.hasValue &&
                    equalsAsciiIgnoreCase(decodeAttributeValue(raw, &firstReference), "checkbox"sv);
            } else if (spec.name == "disabled"sv) {
                disabled = true;
            }
        }
        kept.append(std::move(out));
    }
    if (element.kind == Kind::Checkbox) {
        if (!checkbox)
            return; // only task-list checkboxes are shown
        if (!disabled) {
            KeptAttribute out;
            out.name = "disabled"sv;
            out.rewritten = true;
            kept.append(std::move(out));
            verbatim = false;
        }
    }

    if (verbatim) {
        m_out.append(slice(tag.start, tag.end));
    } else {
        m_out.append(QLatin1Char('<'));
        put(element.name);
        for (const KeptAttribute &attribute : kept) {
            m_out.append(QLatin1Char(' '));
            put(attribute.name);
            if (attribute.rewritten) {
                m_out.append(u"=\"");
                m_out.append(attribute.value);
                m_out.append(QLatin1Char('"'));
            } else if (attribute.source->hasValue) {
                const QStringView raw = value(*attribute.source);
                m_out.append(u"=\"");
                if (needsEscaping(raw)) {
                    qsizetype firstReference = -1;
                    appendHtmlEscaped(m_out, decodeAttributeValue(raw, &firstReference));
                } else {
                    m_out.append(raw); // inert text, references left for the browser
                }
                m_out.append(QLatin1Char('"'));
            }
        }
        put(isVoid && tag.selfClosing ? " />"sv : ">"sv);
    }
    if (!isVoid)
        m_stack.push_back(&element);
}

bool isHeading(std::string_view name)
{
    return name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6';
}

// The end tags the HTML tree builder implies before a start tag, so that the output's
// tags nest the way the browser will build them. The open p is closed first (the tree
// builder does it after the li search): then applying the rules to their own result
// changes nothing, and sanitizing the output again gives the same output.
void Sanitizer::impliedEndTags(const Element &element)
{
    const std::string_view name = element.name;
    if (element.flags & Block)
        closeParagraph();
    if (name == "li"sv)
        closeItem("li"sv);
    else if (name == "dd"sv || name == "dt"sv)
        closeItem("dd dt"sv);
    else if (name == "tr"sv)
        closeWithin("tr"sv, "table"sv);
    else if (name == "td"sv || name == "th"sv)
        closeWithin("td th"sv, "tr table"sv);
    else if (name == "thead"sv || name == "tbody"sv || name == "tfoot"sv)
        closeWithin("thead tbody tfoot"sv, "table"sv);
    // A heading start tag closes a heading that is the current node.
    if (isHeading(name) && !m_stack.empty() && isHeading(m_stack.back()->name))
        closeTo(m_stack.size() - 1);
}

// A block start closes an open p, unless a table, cell or caption is in between.
void Sanitizer::closeParagraph()
{
    for (std::size_t k = m_stack.size(); k-- > 0;) {
        if (m_stack[k]->name == "p"sv) {
            closeTo(k);
            return;
        }
        if (m_stack[k]->flags & Scope)
            return;
    }
}

// li closes an open li, dd and dt an open dd or dt, unless a list or other block that is
// not a div or p is in between.
void Sanitizer::closeItem(std::string_view names)
{
    for (std::size_t k = m_stack.size(); k-- > 0;) {
        const Element *open = m_stack[k];
        if (inWordList(names, open->name)) {
            closeTo(k);
            return;
        }
        if ((open->flags & Special) && open->name != "div"sv && open->name != "p"sv)
            return;
    }
}

void Sanitizer::closeWithin(std::string_view names, std::string_view stops)
{
    for (std::size_t k = m_stack.size(); k-- > 0;) {
        if (inWordList(names, m_stack[k]->name)) {
            closeTo(k);
            return;
        }
        if (inWordList(stops, m_stack[k]->name))
            return;
    }
}

void Sanitizer::closeTo(std::size_t index)
{
    while (m_stack.size() > index) {
        put("</"sv);
        put(m_stack.back()->name);
        m_out.append(QLatin1Char('>'));
        m_stack.pop_back();
    }
}

QString Sanitizer::attributeLink(const Tag &tag, std::string_view name) const
{
    for (const Attribute &attribute : tag.attributes) {
        if (AsciiName(slice(attribute.nameStart, attribute.nameEnd)).view() != name)
            continue;
        qsizetype firstReference = -1;
        const QString decoded = decodeAttributeValue(value(attribute), &firstReference);
        return embedLink(decoded, firstReference);
    }
    return {};
}

// Embedded content cannot play in the preview (no frames, no network): a labelled
// placeholder that links to it instead; the preview opens http(s) links externally.
void Sanitizer::placeholder(Embed embed, const QString &link)
{
    closeParagraph();
    QString label;
    switch (embed) {
    case Embed::Video:
        label = QCoreApplication::translate("Folio::Markdown::HtmlSanitizer", "Video");
        break;
    case Embed::Audio:
        label = QCoreApplication::translate("Folio::Markdown::HtmlSanitizer", "Audio");
        break;
    case Embed::None:
    case Embed::Frame:
        label = QCoreApplication::translate("Folio::Markdown::HtmlSanitizer", "Embedded content");
        break;
    }
    put(R"(<div class="folio-placeholder folio-embed"><span class="folio-shortcode-label">)"sv);
    appendHtmlEscaped(m_out, label);
    put("</span>"sv);
    if (!link.isEmpty()) {
        const QString escapedLink = htmlEscaped(link);
        put(R"( <a href=")"sv);
        m_out.append(escapedLink);
        put(R"(">)"sv);
        m_out.append(escapedLink);
        put("</a>"sv);
    }
    put("</div>"sv);
}

} // namespace

QString HtmlSanitizer::sanitize(QStringView html)
{
    return sanitize(html, HtmlSanitizerOptions());
}

QString HtmlSanitizer::sanitize(QStringView html, const HtmlSanitizerOptions &options)
{
    return Sanitizer(html, options).run();
}

} // namespace Folio::Markdown
