#include "markdown/headingids.h"

#include <QChar>

#include <algorithm>

namespace Folio::Markdown {

namespace {

// Both referees classify characters with Unicode 13.0 (Ruby 3.1's Onigmo, Go 1.19's unicode
// package); Qt 6.4 knows Unicode 14. Characters assigned later count as unassigned, as they do
// for the generators.
constexpr QChar::UnicodeVersion GeneratorUnicodeVersion = QChar::Unicode_13_0;

bool isKnown(char32_t c)
{
    const QChar::UnicodeVersion version = QChar::unicodeVersion(c);
    return version != QChar::Unicode_Unassigned && version <= GeneratorUnicodeVersion;
}

template<typename Function> void forEachCodePoint(QStringView text, Function function)
{
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        char32_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < size && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        function(c); // a lone surrogate arrives as itself: category Other_Surrogate
    }
}

void appendCodePoint(QString &out, char32_t c)
{
    if (QChar::requiresSurrogates(c)) {
        out.append(QChar(QChar::highSurrogate(c)));
        out.append(QChar(QChar::lowSurrogate(c)));
    } else {
        out.append(QChar(char16_t(c)));
    }
}

bool isLetter(QChar::Category category)
{
    return category >= QChar::Letter_Uppercase && category <= QChar::Letter_Other;
}

bool isMark(QChar::Category category)
{
    return category >= QChar::Mark_NonSpacing && category <= QChar::Mark_Enclosing;
}

// Onigmo's \p{Word}: Alphabetic, marks, decimal digits and connector punctuation (unlike
// Unicode TR18, not Join_Control: ZWJ and ZWNJ go). Alphabetic is the letters, letter numbers
// and Other_Alphabetic, which outside the marks is only the circled and squared Latin letters.
// Checked code point by code point against Ruby 3.1.
bool isOnigmoWord(char32_t c)
{
    if (c < 0x80) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
               c == u'_';
    }
    if (!isKnown(c))
        return false;
    const QChar::Category category = QChar::category(c);
    if (isLetter(category) || isMark(category) || category == QChar::Number_DecimalDigit ||
        category == QChar::Number_Letter || category == QChar::Punctuation_Connector) {
        return true;
    }
    return (c >= 0x24B6 && c <= 0x24E9)       // circled Latin letters
           || (c >= 0x1F130 && c <= 0x1F149)  // squared Latin capitals
           || (c >= 0x1F150 && c <= 0x1F169)  // negative circled Latin capitals
           || (c >= 0x1F170 && c <= 0x1F189); // negative squared Latin capitals
}

// Go's unicode.IsLetter || unicode.IsDigit, as Hugo's "github" anchors use them.
bool isGoLetterOrDigit(char32_t c)
{
    if (c < 0x80) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
    }
    if (!isKnown(c))
        return false;
    const QChar::Category category = QChar::category(c);
    return isLetter(category) || category == QChar::Number_DecimalDigit;
}

// Go's unicode.ToLower: the simple mapping, which Qt's QChar::toLower also gives except for
// U+0130 (Qt keeps it, Go maps it to `i`). Checked code point by code point against Go 1.19.
char32_t goLower(char32_t c)
{
    return c == 0x130 ? char32_t(u'i') : QChar::toLower(c);
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// kramdown-parser-gfm's generate_gfm_header_id, without the per-page counter:
// text.downcase, then gsub(/[^\p{Word}\- \t]/, ''), then tr(" \t", '-').
QString kramdownGfmId(QStringView text)
{
    // Ruby's downcase is the full Unicode mapping (İ -> i̇), as is QString::toLower.
    const QString lower = text.toString().toLower();
    QString id;
    id.reserve(lower.size());
    forEachCodePoint(lower, [&id](char32_t c) {
        if (c == u' ' || c == u'\t' || c == u'-')
            id.append(u'-');
        else if (isOnigmoWord(c))
            appendCodePoint(id, c);
    });
    return id;
}

// kramdown's Converter::Base#basic_generate_id plus its `section` fallback.
QString kramdownConverterId(QStringView text)
{
    qsizetype start = 0;
    while (start < text.size() && !isAsciiLetter(text[start]))
        ++start;
    QString id;
    id.reserve(text.size() - start);
    for (const QChar c : text.sliced(start)) {
        if (isAsciiLetter(c))
            id.append(c.toLower());
        else if ((c >= u'0' && c <= u'9') || c == u'-')
            id.append(c);
        else if (c == u' ')
            id.append(u'-');
    }
    if (id.isEmpty())
        id = QStringLiteral("section");
    return id;
}

// Hugo 0.111's sanitizeAnchorName for autoHeadingIDType "github" plus its `heading` fallback.
QString goldmarkId(QStringView text)
{
    const QStringView trimmed = text.trimmed(); // Go's bytes.TrimSpace: Unicode white space
    QString id;
    id.reserve(trimmed.size());
    forEachCodePoint(trimmed, [&id](char32_t c) {
        if (c == u'-' || c == u' ')
            id.append(u'-');
        else if (c == u'_' || isGoLetterOrDigit(c))
            appendCodePoint(id, goLower(c));
    });
    if (id.isEmpty())
        id = QStringLiteral("heading");
    return id;
}

// ---- kramdown's ATX heading line ------------------------------------------------------

bool isRubyWhiteSpace(QChar c)
{
    // String#rstrip: white space as defined by Ruby (\t \n \v \f \r space) and NUL.
    return c == u' ' || (c >= u'\t' && c <= u'\r') || c == u'\0';
}

QStringView rubyRstrip(QStringView text)
{
    while (!text.isEmpty() && isRubyWhiteSpace(text.back()))
        text.chop(1);
    return text;
}

// REXML::XMLTokens::NAME_START_CHAR and NAME_CHAR, which kramdown's `{#id}` accepts.
bool isXmlNameStartChar(char32_t c)
{
    return c == u':' || c == u'_' || (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') ||
           (c >= 0xC0 && c <= 0xD6) || (c >= 0xD8 && c <= 0xF6) || (c >= 0xF8 && c <= 0x2FF) ||
           (c >= 0x370 && c <= 0x37D) || (c >= 0x37F && c <= 0x1FFF) ||
           (c >= 0x200C && c <= 0x200D) || (c >= 0x2070 && c <= 0x218F) ||
           (c >= 0x2C00 && c <= 0x2FEF) || (c >= 0x3001 && c <= 0xD7FF) ||
           (c >= 0xF900 && c <= 0xFDCF) || (c >= 0xFDF0 && c <= 0xFFFD) ||
           (c >= 0x10000 && c <= 0xEFFFF);
}

bool isXmlNameChar(char32_t c)
{
    return isXmlNameStartChar(c) || c == u'-' || c == u'.' || (c >= u'0' && c <= u'9') ||
           c == 0xB7 || (c >= 0x300 && c <= 0x36F) || (c >= 0x203F && c <= 0x2040);
}

// kramdown's HEADER_ID: /[\t ]{#(?<id>NAME_START_CHAR NAME_CHAR*)}\z/ at the end of `text`.
// Returns the position of the tab or space before `{` when it matches.
std::optional<qsizetype> kramdownHeaderIdStart(QStringView text, QString *id)
{
    if (!text.endsWith(u'}'))
        return std::nullopt;
    const qsizetype open = text.lastIndexOf(u"{#");
    if (open < 1 || (text[open - 1] != u' ' && text[open - 1] != u'\t'))
        return std::nullopt;
    const QStringView name = text.sliced(open + 2, text.size() - open - 3);
    if (name.isEmpty())
        return std::nullopt;
    bool first = true;
    bool valid = true;
    forEachCodePoint(name, [&](char32_t c) {
        valid = valid && (first ? isXmlNameStartChar(c) : isXmlNameChar(c));
        first = false;
    });
    if (!valid)
        return std::nullopt;
    *id = name.toString();
    return open - 1;
}

std::optional<AtxHeading> parseKramdownAtx(QStringView line)
{
    // ATX_HEADER_START = /^(?<level>\#{1,6})[\t ]+(?<contents>.*)\n/
    qsizetype level = 0;
    while (level < line.size() && line[level] == u'#')
        ++level;
    if (level < 1 || level > 6 || level == line.size() ||
        (line[level] != u' ' && line[level] != u'\t')) {
        return std::nullopt;
    }
    qsizetype start = level;
    while (start < line.size() && (line[start] == u' ' || line[start] == u'\t'))
        ++start;

    // parse_header_contents: rstrip, then an optional `{#id}`.
    AtxHeading heading;
    heading.level = int(level);
    QStringView text = rubyRstrip(line.sliced(start));
    QString id;
    if (const auto idStart = kramdownHeaderIdStart(text, &id)) {
        heading.explicitId = id;
        text = rubyRstrip(text.first(*idStart));
    }
    // parse_atx_header: text.sub!(/(?<!\\)#+\z/, '') && text.rstrip!
    qsizetype hashes = text.size();
    while (hashes > 0 && text[hashes - 1] == u'#')
        --hashes;
    if (hashes > 0 && hashes < text.size() && text[hashes - 1] == u'\\')
        ++hashes; // the first `#` is escaped; the match starts after it
    if (hashes < text.size())
        text = rubyRstrip(text.first(hashes));
    if (text.isEmpty())
        return std::nullopt; // kramdown reads the line as a paragraph
    heading.content = text.toString();
    return heading;
}

// ---- Goldmark's ATX heading line ------------------------------------------------------

// goldmark's util.IsSpace and util.IsPunct work on ASCII bytes.
bool isGoldmarkSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

bool isGoldmarkPunct(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 33 && u <= 47) || (u >= 58 && u <= 64) || (u >= 91 && u <= 96) ||
           (u >= 123 && u <= 126);
}

bool isAttributeNameStart(QChar c)
{
    return isAsciiLetter(c) || c == u'_' || c == u':';
}

bool isAttributeNameChar(QChar c)
{
    return isAttributeNameStart(c) || (c >= u'0' && c <= u'9') || c == u'.' || c == u'-';
}

// A cursor over one line, mirroring goldmark's parser/attribute.go (goldmark 1.5.4).
class AttributeReader
{
public:
    AttributeReader(QStringView line, qsizetype position)
        : m_line(line)
        , m_pos(position)
    {}

    qsizetype position() const { return m_pos; }

    // ParseAttributes: `{` attributes `}`; the `id` value, if any, goes to *id.
    bool parseAttributes(std::optional<QString> *id)
    {
        const qsizetype saved = m_pos;
        skipSpaces();
        if (peek() != u'{') {
            m_pos = saved;
            return false;
        }
        ++m_pos;
        for (;;) {
            if (peek() == u'}') {
                ++m_pos;
                return true;
            }
            if (!parseAttribute(id)) {
                m_pos = saved;
                return false;
            }
            skipSpaces();
            if (peek() == u',') {
                ++m_pos;
                skipSpaces();
            }
        }
    }

private:
    QChar peek() const { return m_pos < m_line.size() ? m_line[m_pos] : QChar(u'\0'); }
    bool atEnd() const { return m_pos >= m_line.size(); }
    void skipSpaces()
    {
        while (!atEnd() && isGoldmarkSpace(m_line[m_pos]))
            ++m_pos;
    }
    static bool isDigit(QChar c) { return c >= u'0' && c <= u'9'; }

    bool parseAttribute(std::optional<QString> *id)
    {
        skipSpaces();
        if (atEnd())
            return false;
        const QChar c = peek();
        if (c == u'#' || c == u'.') {
            ++m_pos;
            const qsizetype start = m_pos;
            while (!atEnd() && !isGoldmarkSpace(peek()) &&
                   (!isGoldmarkPunct(peek()) || peek() == u'_' || peek() == u'-' ||
                    peek() == u':' || peek() == u'.')) {
                ++m_pos;
            }
            if (c == u'#')
                *id = m_line.sliced(start, m_pos - start).toString();
            return true;
        }
        if (!isAttributeNameStart(c))
            return false;
        const qsizetype nameStart = m_pos;
        while (!atEnd() && isAttributeNameChar(peek()))
            ++m_pos;
        const QStringView name = m_line.sliced(nameStart, m_pos - nameStart);
        skipSpaces();
        if (peek() != u'=' || atEnd())
            return false;
        ++m_pos;
        skipSpaces();
        QString value;
        bool isText = false;
        if (!parseValue(&value, &isText))
            return false;
        if (name == u"class" && !isText)
            return false;
        if (name == u"id")
            *id = value;
        return true;
    }

    bool parseValue(QString *value, bool *isText)
    {
        skipSpaces();
        if (atEnd())
            return false;
        const QChar c = peek();
        const qsizetype start = m_pos;
        bool ok = false;
        *isText = false;
        if (c == u'{') {
            std::optional<QString> ignored;
            ok = parseAttributes(&ignored);
        } else if (c == u'[') {
            ok = parseArray();
        } else if (c == u'"') {
            ok = parseString(value);
            *isText = ok;
            return ok;
        } else if (c == u'-' || c == u'+' || isDigit(c)) {
            ok = parseNumber();
        } else {
            ok = parseOthers(isText);
        }
        if (ok && value->isEmpty())
            *value = m_line.sliced(start, m_pos - start).toString();
        return ok;
    }

    bool parseArray()
    {
        ++m_pos; // [
        for (int i = 0;; ++i) {
            const QChar c = peek();
            bool comma = false;
            if (i != 0 && c == u',' && !atEnd()) {
                ++m_pos;
                comma = true;
            }
            if (c == u']' && !atEnd()) {
                if (comma)
                    return false;
                ++m_pos;
                return true;
            }
            skipSpaces();
            QString ignored;
            bool isText = false;
            if (!parseValue(&ignored, &isText))
                return false;
            skipSpaces();
        }
    }

    bool parseString(QString *value)
    {
        ++m_pos; // "
        QString text;
        while (!atEnd()) {
            const QChar c = m_line[m_pos];
            if (c == u'\\' && m_pos != m_line.size() - 1) {
                const QChar n = m_line[m_pos + 1];
                static constexpr char16_t Escapes[][2] = {
                    {u'"', u'"'},  {u'/', u'/'},  {u'\\', u'\\'}, {u'b', u'\b'},
                    {u'f', u'\f'}, {u'n', u'\n'}, {u'r', u'\r'},  {u't', u'\t'}};
                bool escaped = false;
                for (const auto &escape : Escapes) {
                    if (n == escape[0]) {
                        text.append(QChar(escape[1]));
                        m_pos += 2;
                        escaped = true;
                        break;
                    }
                }
                if (!escaped) {
                    text.append(u'\\');
                    ++m_pos;
                }
                continue;
            }
            if (c == u'"') {
                ++m_pos;
                *value = text;
                return true;
            }
            text.append(c);
            ++m_pos;
        }
        return false;
    }

    bool parseNumber()
    {
        if (peek() == u'-' || peek() == u'+')
            ++m_pos;
        if (atEnd() || !isDigit(peek()))
            return false;
        while (!atEnd() && isDigit(peek()))
            ++m_pos;
        if (!atEnd() && peek() == u'.') {
            ++m_pos;
            while (!atEnd() && isDigit(peek()))
                ++m_pos;
        }
        if (!atEnd() && (peek() == u'e' || peek() == u'E')) {
            ++m_pos;
            if (!atEnd() && (peek() == u'-' || peek() == u'+'))
                ++m_pos;
            // strconv.ParseFloat refuses an exponent without digits.
            if (atEnd() || !isDigit(peek()))
                return false;
            while (!atEnd() && isDigit(peek()))
                ++m_pos;
        }
        return true;
    }

    bool parseOthers(bool *isText)
    {
        if (!isAttributeNameStart(peek()))
            return false;
        const qsizetype start = m_pos;
        while (!atEnd() && isAttributeNameChar(peek()))
            ++m_pos;
        const QStringView word = m_line.sliced(start, m_pos - start);
        *isText = word != u"true" && word != u"false" && word != u"null";
        return true;
    }

    QStringView m_line;
    qsizetype m_pos;
};

bool isGoldmarkBlank(QStringView text)
{
    for (const QChar c : text) {
        if (!isGoldmarkSpace(c))
            return false;
    }
    return true;
}

std::optional<AtxHeading> parseGoldmarkAtx(QStringView line)
{
    // Up to three spaces of indentation; a tab reaches column 4 and makes a code block.
    qsizetype pos = 0;
    while (pos < line.size() && pos < 4 && line[pos] == u' ')
        ++pos;
    if (pos == 4 || (pos < line.size() && line[pos] == u'\t'))
        return std::nullopt;
    qsizetype i = pos;
    while (i < line.size() && line[i] == u'#')
        ++i;
    const qsizetype level = i - pos;
    if (level == 0 || level > 6)
        return std::nullopt;
    AtxHeading heading;
    heading.level = int(level);
    if (i == line.size())
        return heading; // `##` alone: an empty heading
    qsizetype spaces = 0;
    while (i + spaces < line.size() && isGoldmarkSpace(line[i + spaces]))
        ++spaces;
    if (spaces == 0)
        return std::nullopt;

    // Positions as in atxHeadingParser.Open, on a line without its line break.
    const qsizetype origStart = std::min(i + spaces, line.size() - 1);
    qsizetype trimmedEnd = line.size();
    while (trimmedEnd > 0 && isGoldmarkSpace(line[trimmedEnd - 1]))
        --trimmedEnd;

    std::optional<qsizetype> contentStart;
    qsizetype contentEnd = 0;
    std::optional<QString> id;
    bool parsed = false;

    // `### heading ### {#id}`: attributes after a closing sequence.
    {
        qsizetype closureOpen = -1;
        qsizetype closureClose = -1;
        for (qsizetype j = origStart - 1; j < trimmedEnd;) {
            if (line[j] == u'\\' && j < line.size() - 1 && isGoldmarkPunct(line[j + 1])) {
                j += 2;
            } else if (isGoldmarkSpace(line[j]) && j < trimmedEnd - 1 && line[j + 1] == u'#') {
                closureOpen = j + 1;
                qsizetype k = j + 1;
                while (k < trimmedEnd && line[k] == u'#')
                    ++k;
                closureClose = k;
                break;
            } else {
                ++j;
            }
        }
        if (closureClose > 0) {
            AttributeReader reader(line, closureClose);
            std::optional<QString> closureId;
            if (reader.parseAttributes(&closureId) &&
                isGoldmarkBlank(line.sliced(reader.position()))) {
                parsed = true;
                id = closureId;
                contentStart = origStart;
                contentEnd = closureOpen;
            }
        }
    }
    if (!parsed) {
        qsizetype stop = trimmedEnd;
        if (stop <= origStart) {
            stop = origStart;
        } else {
            qsizetype k = stop - 1;
            while (k >= origStart && line[k] == u'#')
                --k;
            if (k != stop - 1 && !isGoldmarkSpace(line[k]))
                k = stop - 1;
            stop = k + 1;
        }
        QStringView candidate = line.sliced(origStart, stop - origStart);
        while (!candidate.isEmpty() && candidate.back() == u'#')
            candidate.chop(1);
        if (!candidate.isEmpty()) {
            contentStart = origStart;
            contentEnd = stop;
        }
    }
    if (!contentStart)
        return heading; // `## ###`: an empty heading

    QStringView content = line.sliced(*contentStart, contentEnd - *contentStart);
    // atxHeadingParser.Close -> parseLastLineAttributes, when no id was set yet.
    if (!id) {
        bool ok = false;
        qsizetype braceStart = 0;
        qsizetype braceEnd = 0;
        std::optional<QString> lastId;
        for (qsizetype j = 0; j < content.size();) {
            const QChar c = content[j];
            if (c == u'\\') {
                ++j;
                if (j < content.size() && content[j] == u'{')
                    ++j;
                continue;
            }
            if (c == u'{') {
                AttributeReader reader(content, j);
                std::optional<QString> attributeId;
                ok = reader.parseAttributes(&attributeId);
                braceStart = j;
                braceEnd = reader.position();
                lastId = attributeId;
            }
            ++j;
        }
        if (ok && isGoldmarkBlank(content.sliced(braceEnd))) {
            id = lastId;
            content = content.first(braceStart);
        }
    }
    heading.content = content.toString();
    heading.explicitId = id;
    return heading;
}

// kramdown: `@id_counter[id] += 1` (GFM parser) or `@used_ids` (converter): the first use
// keeps the id, later uses append the count, and nothing checks the result against other ids.
QString uniqueFromCounter(QHash<QString, int> &counters, QString id)
{
    const auto it = counters.find(id);
    if (it == counters.end()) {
        counters.insert(id, 0);
        return id;
    }
    return id + u'-' + QString::number(++it.value());
}

} // namespace

QString headingId(QStringView text, HeadingIdStyle style)
{
    switch (style) {
    case HeadingIdStyle::Kramdown:
        return kramdownGfmId(text);
    case HeadingIdStyle::KramdownHtmlBlock:
        return kramdownConverterId(text);
    case HeadingIdStyle::Goldmark:
        return goldmarkId(text);
    }
    return {};
}

std::optional<AtxHeading> parseAtxHeading(QStringView line, HeadingIdStyle style)
{
    if (line.endsWith(u'\n'))
        line.chop(1);
    if (line.endsWith(u'\r'))
        line.chop(1);
    if (style == HeadingIdStyle::Goldmark)
        return parseGoldmarkAtx(line);
    return parseKramdownAtx(line);
}

HeadingIdRegistry::HeadingIdRegistry(HeadingIdStyle style)
    : m_style(style)
{}

QString HeadingIdRegistry::addHeading(QStringView text)
{
    return addHeading(text, m_style);
}

QString HeadingIdRegistry::addHeading(QStringView text, HeadingIdStyle style)
{
    QString id = headingId(text, style);
    switch (style) {
    case HeadingIdStyle::Kramdown:
        id = uniqueFromCounter(m_kramdownCounters, std::move(id));
        break;
    case HeadingIdStyle::KramdownHtmlBlock:
        id = uniqueFromCounter(m_htmlBlockCounters, std::move(id));
        break;
    case HeadingIdStyle::Goldmark:
        if (m_ids.contains(id)) {
            const QString base = id + u'-';
            for (int n = 1;; ++n) {
                id = base + QString::number(n);
                if (!m_ids.contains(id))
                    break;
            }
        }
        break;
    }
    if (!id.isEmpty())
        m_ids.insert(id);
    return id;
}

void HeadingIdRegistry::addExplicitId(QStringView id)
{
    m_ids.insert(id.toString());
}

bool HeadingIdRegistry::contains(QStringView id) const
{
    return m_ids.contains(id.toString());
}

void HeadingIdRegistry::clear()
{
    m_kramdownCounters.clear();
    m_htmlBlockCounters.clear();
    m_ids.clear();
}

} // namespace Folio::Markdown
