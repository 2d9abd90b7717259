#include "checks/prosescanner.h"

#include "document/frontmatter.h"
#include "markdown/indentation.h"

#include <QHash>
#include <QString>

#include <array>
#include <vector>

namespace Folio::Checks {

namespace {

using State = ProseScanner::State;
using Context = State::Context;
using Word = ProseScanner::Word;

constexpr qsizetype LongestWord = 60;
constexpr qsizetype LongestEntity = 32;

// Elements whose content is code or markup, not prose; State::length indexes this list.
const std::array<QString, 10> &rawElementEnds()
{
    static const std::array<QString, 10> ends = {
        QStringLiteral("</pre"),  QStringLiteral("</code"),   QStringLiteral("</kbd"),
        QStringLiteral("</samp"), QStringLiteral("</script"), QStringLiteral("</style"),
        QStringLiteral("</svg"),  QStringLiteral("</math"),   QStringLiteral("</textarea"),
        QStringLiteral("</tt")};
    return ends;
}

int rawElementIndex(QStringView name)
{
    const auto &ends = rawElementEnds();
    for (size_t i = 0; i < ends.size(); ++i) {
        if (name.compare(QStringView(ends[i]).sliced(2), Qt::CaseInsensitive) == 0)
            return int(i);
    }
    return -1;
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiAlnum(QChar c)
{
    return isAsciiLetter(c) || (c >= u'0' && c <= u'9');
}

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\r';
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == QChar(0x2019);
}

bool isHyphen(QChar c)
{
    return c == u'-' || c == QChar(0x2010) || c == QChar(0x2011);
}

// Characters that make a run of text one unit ("don't", "index.html", "@alice", "v2").
bool joinsWord(QChar c)
{
    if (c.unicode() < 0x80) {
        if (isAsciiAlnum(c))
            return true;
        switch (c.unicode()) {
        case u'_':
        case u'\'':
        case u'-':
        case u'.':
        case u'/':
        case u'@':
        case u':':
        case u'#':
        case u'$':
        case u'%':
        case u'+':
        case u'=':
        case u'^':
        case u'\\':
            return true;
        default:
            return false;
        }
    }
    // Variation selectors and the zero-width joiner belong to emoji (U+2139 INFORMATION
    // SOURCE is a letter, and with U+FE0F the emoji).
    if ((c.unicode() >= 0xFE00 && c.unicode() <= 0xFE0F) || c.unicode() == 0x200D)
        return false;
    return c.isLetterOrNumber() || c.isMark() || c == QChar(0x2019) || c == QChar(0x2010) ||
           c == QChar(0x2011) || c == QChar(0x00AD);
}

// Scripts written without spaces between words: a dictionary cannot judge their runs.
bool isUnspacedScript(QChar c)
{
    switch (c.script()) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Thai:
    case QChar::Script_Lao:
    case QChar::Script_Khmer:
    case QChar::Script_Myanmar:
    case QChar::Script_Tibetan:
        return true;
    default:
        return false;
    }
}

bool isBlank(QStringView line)
{
    for (const QChar c : line) {
        if (!isSpace(c))
            return false;
    }
    return true;
}

// The next occurrence of a needle from a position, or the text's size when there is none.
// The last answer is remembered: a search from anywhere between its start and its result has
// the same answer, so the searches of one block, whose positions only grow, cost one pass
// per needle even when most of them fail (hostile "{{{{..." or "](](](...").
class NextOf
{
public:
    explicit NextOf(QStringView needle)
        : m_needle(needle)
    {}

    qsizetype find(QStringView text, qsizetype from)
    {
        if (from >= m_from && from <= m_found)
            return m_found;
        m_from = from;
        const qsizetype found = text.indexOf(m_needle, from);
        m_found = found < 0 ? text.size() : found;
        return m_found;
    }

private:
    QStringView m_needle;
    qsizetype m_from = 0;
    qsizetype m_found = -1;
};

class BlockScanner
{
public:
    BlockScanner(QStringView text, State state, Markdown::Dialect dialect, QList<Word> *words)
        : m_text(text)
        , m_n(text.size())
        , m_state(state)
        , m_kramdown(dialect == Markdown::Dialect::Kramdown)
        , m_words(words)
    {}

    State run()
    {
        qsizetype pos = 0;
        bool atLineStart = true;
        while (pos < m_n) {
            if (m_state.context != Context::Text) {
                pos = continueContext(pos, &atLineStart);
                continue;
            }
            if (atLineStart) {
                const qsizetype lineEnd = endOfLine(pos);
                const qsizetype start = lineStart(pos, lineEnd);
                if (start < 0) {
                    pos = lineEnd + 1; // the whole line is consumed
                    continue;
                }
                pos = start;
                atLineStart = false;
            }
            pos = inlineScan(pos, m_n, &atLineStart);
        }
        return m_state;
    }

private:
    qsizetype endOfLine(qsizetype pos) const
    {
        const qsizetype end = m_text.indexOf(u'\n', pos);
        return end < 0 ? m_n : end;
    }

    // ---- Multi-line contexts ----

    qsizetype continueContext(qsizetype pos, bool *atLineStart)
    {
        switch (m_state.context) {
        case Context::FrontMatter:
        case Context::Fence:
        case Context::IndentedCode: {
            // Line-oriented: pos is at a line start.
            const qsizetype lineEnd = endOfLine(pos);
            const qsizetype start = lineOrientedContext(pos, lineEnd);
            if (start < 0)
                return lineEnd + 1;
            if (m_state.context == Context::Text && start == pos)
                return pos; // not code any more: the line is read as text
            // A prose value in front matter: scan it alone, so that nothing in it can reach
            // past the line.
            bool ignored = false;
            inlineScan(start, lineEnd, &ignored);
            *atLineStart = true;
            return lineEnd + 1;
        }
        case Context::HtmlComment:
            return leaveAfter(pos, u"-->", atLineStart);
        case Context::Erb:
            return leaveAfter(pos, u"%>", atLineStart);
        case Context::Shortcode:
            return leaveAfter(pos, m_state.marker == u'%' ? QStringView(u"%}}") : u">}}",
                              atLineStart);
        case Context::KramdownComment: {
            const qsizetype end = m_text.indexOf(u"{:/", pos);
            if (end < 0)
                return m_n;
            const qsizetype brace = m_text.indexOf(u'}', end);
            m_state = textState();
            *atLineStart = false;
            return brace < 0 ? m_n : brace + 1;
        }
        case Context::RawElement: {
            const auto &ends = rawElementEnds();
            const QString &end = ends[qMin<size_t>(m_state.length, ends.size() - 1)];
            const qsizetype at = m_text.indexOf(end, pos, Qt::CaseInsensitive);
            if (at < 0)
                return m_n;
            const qsizetype close = m_text.indexOf(u'>', at);
            m_state = textState();
            *atLineStart = false;
            return close < 0 ? m_n : close + 1;
        }
        case Context::Text:
            break;
        }
        return pos;
    }

    qsizetype leaveAfter(qsizetype pos, QStringView closer, bool *atLineStart)
    {
        const qsizetype end = m_text.indexOf(closer, pos);
        if (end < 0)
            return m_n;
        m_state = textState();
        *atLineStart = false;
        return end + closer.size();
    }

    // Back to text after a context; the list a fence or comment was in goes on.
    State textState() const
    {
        State state;
        state.listIndent = m_state.listIndent;
        return state;
    }

    // Returns where prose starts on the line, or -1 when the line holds none. May leave the
    // context (a closing fence, a line that is not code any more, the closing ---).
    qsizetype lineOrientedContext(qsizetype pos, qsizetype lineEnd)
    {
        const QStringView line = m_text.sliced(pos, lineEnd - pos);
        if (m_state.context == Context::Fence) {
            // A closing fence is indented at most three columns more than the opening one:
            // deeper, it is a line of the code ("```" of an example nested in the code).
            const QStringView quoted = afterQuoteMarkers(line);
            const QStringView content = quoted.trimmed();
            qsizetype run = 0;
            while (run < content.size() && content[run] == QChar(m_state.marker))
                ++run;
            if (run >= m_state.length && run == content.size() &&
                Markdown::indentWidth(quoted) <= m_state.fenceIndent + 3)
                m_state = textState();
            return -1;
        }
        if (m_state.context == Context::IndentedCode) {
            if (isBlank(line) || Markdown::indentWidth(line) >= 4)
                return -1;
            m_state = textState();
            return pos;
        }
        return frontMatterLine(pos, line);
    }

    qsizetype frontMatterLine(qsizetype pos, QStringView line)
    {
        const bool toml = m_state.marker == u'+';
        const QStringView trimmedLine = line.trimmed();
        if (!m_state.opened) {
            m_state.opened = true;
            return -1;
        }
        const bool closes =
            toml ? trimmedLine == u"+++" : (trimmedLine == u"---" || trimmedLine == u"...");
        if (closes && !line.front().isSpace()) {
            m_state = State();
            return -1;
        }
        if (trimmedLine.isEmpty())
            return -1;
        const QChar first = line.front();
        if (first == u'#')
            return -1; // a comment
        if (first != u' ' && first != u'\t' && first != u'-') {
            // "key: value" (YAML) or "key = value" (TOML): only title and description are prose.
            const qsizetype separator = line.indexOf(toml ? u'=' : u':');
            m_state.proseValue = false;
            if (separator <= 0)
                return -1;
            QStringView key = line.first(separator).trimmed();
            if (key.size() >= 2 && (key.front() == u'"' || key.front() == u'\'') &&
                key.back() == key.front())
                key = key.sliced(1, key.size() - 2);
            m_state.proseValue = key == u"title" || key == u"description";
            if (!m_state.proseValue)
                return -1;
            qsizetype value = separator + 1;
            while (value < line.size() && isSpace(line[value]))
                ++value;
            if (value == line.size() || line[value] == u'|' || line[value] == u'>')
                return -1; // the value follows on the next lines
            return pos + value;
        }
        if (!m_state.proseValue)
            return -1;
        qsizetype start = 0;
        while (start < line.size() && isSpace(line[start]))
            ++start;
        return pos + start;
    }

    static QStringView afterQuoteMarkers(QStringView line)
    {
        qsizetype i = 0;
        while (i < line.size()) {
            if (line[i] == u'>' || line[i] == u' ' || line[i] == u'\t')
                ++i;
            else
                break;
        }
        // Only when there was a marker: indentation alone is kept for Markdown::indentWidth.
        return line.first(i).contains(u'>') ? line.sliced(i) : line;
    }

    // ---- Line starts in text ----

    // Block-level rules for a line of text: returns where its inline content starts, or -1
    // when the line holds no prose (a fence, code, a reference definition, a blank line).
    qsizetype lineStart(qsizetype pos, qsizetype lineEnd)
    {
        qsizetype i = pos;
        int indent = 0;
        bool quoted = false;
        while (i < lineEnd) {
            const QChar c = m_text[i];
            if (c == u' ') {
                ++indent;
            } else if (c == u'\t') {
                indent += 4 - indent % 4;
            } else if (c == u'>') {
                quoted = true;
                indent = 0;
                if (i + 1 < lineEnd && m_text[i + 1] == u' ')
                    ++i;
            } else {
                break;
            }
            ++i;
        }
        const QStringView content = m_text.sliced(i, lineEnd - i);
        if (isBlank(content)) {
            m_previousBlank = true;
            return -1;
        }
        const bool previousBlank = m_previousBlank;
        m_previousBlank = false;

        // Fences: at any indentation, since list items and quotes indent theirs.
        if (content.size() >= 3 && (content[0] == u'`' || content[0] == u'~')) {
            qsizetype run = 0;
            while (run < content.size() && content[run] == content[0])
                ++run;
            if (run >= 3 && (content[0] == u'~' || !content.sliced(run).contains(u'`'))) {
                m_state.context = Context::Fence;
                m_state.fenceIndent = quint8(qMin(indent, 0xff));
                m_state.marker = content[0].unicode();
                m_state.length = quint16(qMin<qsizetype>(run, 0xffff));
                return -1;
            }
        }
        // Indented code: after a blank line, outside list items (where indentation continues
        // the item).
        const int listIndent = m_state.listIndent;
        if (previousBlank && !quoted && indent >= 4 &&
            (listIndent < 0 || indent >= listIndent + 4)) {
            m_state.context = Context::IndentedCode;
            return -1;
        }
        // List items and their continuations.
        if (const int marker = listMarkerWidth(content); marker > 0) {
            m_state.listIndent = qint16(qMin(indent + marker, 0x7fff));
        } else if (previousBlank) {
            if (indent == 0 && !quoted)
                m_state.listIndent = -1;
            else if (listIndent >= 0 && indent < listIndent)
                m_state.listIndent = qint16(indent);
        }
        // Reference definitions "[label]: url" hold no prose; footnotes "[^1]: text" do.
        if (content.startsWith(u'[') && indent <= 3 + qMax(0, listIndent)) {
            const qsizetype close = content.indexOf(u"]:");
            if (close > 1 && content.indexOf(u']') == close) {
                if (content[1] != u'^')
                    return -1;
                return i + close + 2;
            }
        }
        return i;
    }

    // The width of a list marker with the spaces after it ("- ", "1. ", "10) "), or 0.
    static int listMarkerWidth(QStringView content)
    {
        qsizetype i = 0;
        if (content.startsWith(u'-') || content.startsWith(u'*') || content.startsWith(u'+')) {
            i = 1;
        } else {
            while (i < content.size() && i < 9 && content[i].isDigit())
                ++i;
            if (i == 0 || i >= content.size() || (content[i] != u'.' && content[i] != u')'))
                return 0;
            ++i;
        }
        if (i < content.size() && content[i] != u' ' && content[i] != u'\t')
            return 0;
        qsizetype spaces = 0;
        while (i + spaces < content.size() && content[i + spaces] == u' ' && spaces < 4)
            ++spaces;
        return int(i + qMax<qsizetype>(spaces, 1));
    }

    // ---- Inline ----

    // Scans text from pos up to the end of the line (not further than limit); returns where
    // the next scan starts. Multi-line constructs (code spans, tags, comments) may carry the
    // scan over several lines, or, unclosed, open a context to the end of the block.
    qsizetype inlineScan(qsizetype pos, qsizetype limit, bool *atLineStart)
    {
        m_limit = limit;
        qsizetype wordStart = -1;
        const auto flush = [&](qsizetype end) {
            if (wordStart >= 0)
                judge(wordStart, end);
            wordStart = -1;
        };
        while (pos < limit) {
            const QChar c = m_text[pos];
            qsizetype skipTo = -1;
            switch (c.unicode()) {
            case u'\n':
                flush(pos);
                *atLineStart = true;
                return pos + 1;
            case u'`':
                flush(pos);
                pos = codeSpan(pos);
                continue;
            case u'<':
                skipTo = angle(pos);
                break;
            case u'{':
                skipTo = brace(pos);
                break;
            case u'[':
                if (pos + 1 < limit && m_text[pos + 1] == u'^')
                    skipTo = closeOnLine(m_closeBracket, pos + 2);
                break;
            case u']':
                if (pos + 1 < limit && m_text[pos + 1] == u'(')
                    skipTo = linkDestination(pos + 2);
                else if (pos + 1 < limit && m_text[pos + 1] == u'[')
                    skipTo = closeOnLine(m_closeBracket, pos + 2);
                break;
            case u'&':
                skipTo = entity(pos);
                break;
            case u'\\':
                // An escaped character is literal punctuation, a backslash before white space
                // a line break; "foo\_bar" stays one unit, skipped as a whole.
                if (pos + 1 < limit && m_text[pos + 1] != u'_' &&
                    m_text[pos + 1].unicode() < 0x80 && m_text[pos + 1].isPunct())
                    skipTo = pos + 2;
                else if (pos + 1 >= limit || !joinsWord(m_text[pos + 1]))
                    skipTo = pos + 1;
                break;
            default:
                break;
            }
            if (skipTo >= 0) {
                flush(pos);
                pos = qMin(skipTo, limit);
                if (m_state.context != Context::Text && m_state.context != Context::FrontMatter)
                    return pos; // an unclosed comment, tag or code element
                continue;
            }
            if (joinsWord(c)) {
                if (wordStart < 0) {
                    if (const qsizetype end = urlEnd(pos); end > pos) {
                        pos = end;
                        continue;
                    }
                    wordStart = pos;
                }
            } else {
                flush(pos);
            }
            ++pos;
        }
        flush(pos);
        return pos;
    }

    // Contexts that run to the end of the block open only in text: in a front-matter value
    // the construct is just punctuation.
    bool mayOpenContext() const { return m_state.context == Context::Text; }

    void openContext(Context context, char16_t marker = 0, quint16 length = 0)
    {
        m_state.context = context;
        m_state.marker = marker;
        m_state.length = length;
    }

    // Where the needle starts, searching from `from` up to the limit; -1 when it is not there.
    qsizetype find(NextOf &finder, qsizetype from, qsizetype needleSize)
    {
        const qsizetype at = finder.find(m_text, from);
        return at + needleSize > m_limit ? -1 : at;
    }

    // One past the finder's character when it comes before the end of the line, else -1.
    qsizetype closeOnLine(NextOf &finder, qsizetype from)
    {
        const qsizetype close = finder.find(m_text, from);
        if (close >= m_limit || close > m_nextNewline.find(m_text, from))
            return -1;
        return close + 1;
    }

    // Backtick runs of the block, each linked to the next run of the same length (its
    // closing run), indexed once when the first backtick is met.
    qsizetype codeSpan(qsizetype pos)
    {
        if (!m_runsIndexed) {
            m_runsIndexed = true;
            for (qsizetype i = 0; i < m_n;) {
                if (m_text[i] != u'`') {
                    ++i;
                    continue;
                }
                qsizetype run = 1;
                while (i + run < m_n && m_text[i + run] == u'`')
                    ++run;
                m_runs.push_back({i, run, -1});
                i += run;
            }
            QHash<qsizetype, qsizetype> laterOfLength; // run length -> index of the next such run
            for (qsizetype k = qsizetype(m_runs.size()) - 1; k >= 0; --k) {
                Run &run = m_runs[size_t(k)];
                run.next = laterOfLength.value(run.length, -1);
                laterOfLength.insert(run.length, k);
            }
        }
        while (m_runCursor < m_runs.size() && m_runs[m_runCursor].start < pos)
            ++m_runCursor;
        if (m_runCursor >= m_runs.size() || m_runs[m_runCursor].start != pos)
            return pos + 1;
        const Run &open = m_runs[m_runCursor];
        if (open.next < 0 || m_runs[size_t(open.next)].start + open.length > m_limit)
            return pos + open.length; // literal backticks
        return m_runs[size_t(open.next)].start + open.length;
    }

    // After '<': comments, ERB, autolinks and tags. -1 when it is just a '<'.
    qsizetype angle(qsizetype pos)
    {
        const QStringView rest = m_text.sliced(pos);
        if (rest.startsWith(u"<!--")) {
            if (const qsizetype end = find(m_commentEnd, pos + 4, 3); end >= 0)
                return end + 3;
            if (!mayOpenContext())
                return -1;
            openContext(Context::HtmlComment);
            return m_n;
        }
        if (rest.startsWith(u"<%")) {
            if (const qsizetype end = find(m_erbEnd, pos + 2, 2); end >= 0)
                return end + 2;
            if (!mayOpenContext())
                return -1;
            openContext(Context::Erb);
            return m_n;
        }
        if (rest.size() < 2)
            return -1;
        if (rest[1] == u'!' || rest[1] == u'?') {
            // <!DOCTYPE ...>, <?xml ...?>
            if (rest.size() > 2 && isAsciiLetter(rest[2]))
                return closeOnLine(m_closeAngle, pos + 2);
            return -1;
        }
        if (!isAsciiLetter(rest[1]) && rest[1] != u'/')
            return -1;
        // An autolink: <https://x.y/z>, <mailto:a@b.c>, <a@b.c>.
        {
            qsizetype i = pos + 1;
            bool linkish = false;
            while (i < m_limit && !m_text[i].isSpace() && m_text[i] != u'<' && m_text[i] != u'>') {
                linkish = linkish || m_text[i] == u':' || m_text[i] == u'@';
                ++i;
            }
            if (linkish && i < m_limit && m_text[i] == u'>' && isAsciiLetter(rest[1]))
                return i + 1;
        }
        bool closing = false;
        qsizetype nameEnd = 0;
        const qsizetype end = tagEnd(pos, &closing, &nameEnd);
        if (end < 0)
            return -1;
        const qsizetype nameStart = pos + (closing ? 2 : 1);
        const int raw =
            closing ? -1 : rawElementIndex(m_text.sliced(nameStart, nameEnd - nameStart));
        if (raw < 0 || m_text[end - 2] == u'/' || !mayOpenContext())
            return end;
        // Found or not, the search consumes what it passed over.
        const QString &endTag = rawElementEnds()[size_t(raw)];
        if (const qsizetype at = m_text.indexOf(endTag, end, Qt::CaseInsensitive); at >= 0) {
            const qsizetype close = m_text.indexOf(u'>', at);
            return close < 0 ? m_n : close + 1;
        }
        openContext(Context::RawElement, 0, quint16(raw));
        return m_n;
    }

    // One past the '>' of an HTML tag starting at pos, or -1 when it is not one.
    qsizetype tagEnd(qsizetype pos, bool *closing, qsizetype *nameEnd)
    {
        qsizetype i = pos + 1;
        *closing = i < m_limit && m_text[i] == u'/';
        if (*closing)
            ++i;
        if (i >= m_limit || !isAsciiLetter(m_text[i]))
            return -1;
        while (i < m_limit && (isAsciiAlnum(m_text[i]) || m_text[i] == u'-' || m_text[i] == u':'))
            ++i;
        *nameEnd = i;
        while (true) {
            const qsizetype beforeSpace = i;
            while (i < m_limit && m_text[i].isSpace())
                ++i;
            if (i >= m_limit)
                return -1;
            if (m_text[i] == u'>')
                return i + 1;
            if (m_text[i] == u'/' && i + 1 < m_limit && m_text[i + 1] == u'>')
                return i + 2;
            if (*closing || i == beforeSpace)
                return -1;
            const QChar first = m_text[i];
            if (!isAsciiLetter(first) && first != u'_' && first != u':')
                return -1;
            while (i < m_limit && (isAsciiAlnum(m_text[i]) || m_text[i] == u'_' ||
                                   m_text[i] == u'.' || m_text[i] == u':' || m_text[i] == u'-'))
                ++i;
            qsizetype j = i;
            while (j < m_limit && m_text[j].isSpace())
                ++j;
            if (j >= m_limit || m_text[j] != u'=')
                continue;
            i = j + 1;
            while (i < m_limit && m_text[i].isSpace())
                ++i;
            if (i >= m_limit)
                return -1;
            const QChar quote = m_text[i];
            if (quote == u'"' || quote == u'\'') {
                NextOf &finder = quote == u'"' ? m_closeDoubleQuote : m_closeSingleQuote;
                const qsizetype close = finder.find(m_text, i + 1);
                if (close >= m_limit)
                    return -1;
                i = close + 1;
            } else {
                const qsizetype valueStart = i;
                while (i < m_limit && !m_text[i].isSpace() && m_text[i] != u'"' &&
                       m_text[i] != u'\'' && m_text[i] != u'=' && m_text[i] != u'<' &&
                       m_text[i] != u'>' && m_text[i] != u'`')
                    ++i;
                if (i == valueStart)
                    return -1;
            }
        }
    }

    // After '{': shortcodes, templates, kramdown IALs and extensions, heading ids.
    qsizetype brace(qsizetype pos)
    {
        const QStringView rest = m_text.sliced(pos);
        if (rest.startsWith(u"{{<") || rest.startsWith(u"{{%")) {
            const bool percent = rest[2] == u'%';
            if (const qsizetype end =
                    find(percent ? m_percentShortcodeEnd : m_shortcodeEnd, pos + 3, 3);
                end >= 0)
                return end + 3;
            if (!mayOpenContext())
                return -1;
            openContext(Context::Shortcode, percent ? u'%' : u'>');
            return m_n;
        }
        if (rest.startsWith(u"{{")) {
            const qsizetype end = find(m_templateEnd, pos + 2, 2);
            return end < 0 ? -1 : end + 2;
        }
        if (rest.startsWith(u"{%")) {
            const qsizetype end = find(m_liquidEnd, pos + 2, 2);
            return end < 0 ? -1 : end + 2;
        }
        if (m_kramdown && rest.startsWith(u"{::comment}")) {
            // kramdown hides the comment; Goldmark shows it, so there only the markers go.
            if (const qsizetype end = find(m_kramdownEnd, pos + 11, 3); end >= 0) {
                const qsizetype close = m_text.indexOf(u'}', end);
                return close < 0 ? m_n : close + 1;
            }
            if (!mayOpenContext())
                return -1;
            openContext(Context::KramdownComment);
            return m_n;
        }
        if (rest.startsWith(u"{:") || rest.startsWith(u"{#"))
            return closeOnLine(m_closeBrace, pos + 2);
        return -1;
    }

    // After "](": up to the ')' or the white space that ends the destination; a title after
    // it is text.
    qsizetype linkDestination(qsizetype from)
    {
        qsizetype i = from;
        if (i < m_limit && m_text[i] == u'<')
            return closeOnLine(m_closeAngle, i + 1);
        const qsizetype close = m_closeParen.find(m_text, i);
        const qsizetype space = m_nextSpace.find(m_text, i);
        const qsizetype newline = m_nextNewline.find(m_text, i);
        const qsizetype end = qMin(qMin(close, newline), qMin(space, m_limit));
        return end == close && end < m_limit ? end + 1 : end;
    }

    // "&nbsp;", "&#8212;", "&#x2014;": a character, not text to check.
    qsizetype entity(qsizetype pos) const
    {
        qsizetype i = pos + 1;
        if (i < m_limit && m_text[i] == u'#') {
            ++i;
            if (i < m_limit && (m_text[i] == u'x' || m_text[i] == u'X'))
                ++i;
        }
        const qsizetype nameStart = i;
        while (i < m_limit && i - pos < LongestEntity && isAsciiAlnum(m_text[i]))
            ++i;
        if (i == nameStart || i >= m_limit || m_text[i] != u';')
            return -1;
        return i + 1;
    }

    // A URL written out (https://..., www....) from a word's first character: where it ends.
    qsizetype urlEnd(qsizetype pos) const
    {
        const QChar c = m_text[pos];
        if (c != u'h' && c != u'H' && c != u'w' && c != u'W' && c != u'f' && c != u'F' &&
            c != u'm' && c != u'M')
            return pos;
        const QStringView rest = m_text.sliced(pos, qMin<qsizetype>(10, m_limit - pos));
        static const std::array<QStringView, 6> prefixes = {u"http://", u"https://", u"ftp://",
                                                            u"ftps://", u"mailto:",  u"www."};
        bool url = false;
        for (const QStringView prefix : prefixes)
            url = url || rest.startsWith(prefix, Qt::CaseInsensitive);
        if (!url)
            return pos;
        qsizetype i = pos;
        while (i < m_limit) {
            const QChar d = m_text[i];
            if (d.isSpace() || d == u'<' || d == u'>' || d == u'"' || d == u')' || d == u']' ||
                d == u'`' || d == u'|' || d == u'*')
                break;
            ++i;
        }
        return i;
    }

    // ---- Words ----

    // A run of word characters: skipped, or cut into the words to check.
    void judge(qsizetype start, qsizetype end)
    {
        while (start < end && (isApostrophe(m_text[start]) || m_text[start] == u'_'))
            ++start;
        if (start < end && m_text[start] == u'.') {
            if (start + 1 < end && m_text[start + 1].isLetterOrNumber())
                return; // .gitlab-ci.yml
            while (start < end && m_text[start] == u'.')
                ++start;
        }
        if (start >= end)
            return;
        const QChar first = m_text[start];
        if (first == u'/' || isHyphen(first) || first == u':' || first == u'#' || first == u'@' ||
            first == u'$')
            return;
        while (end > start) {
            const QChar last = m_text[end - 1];
            if (last == u'.' || last == u':' || isApostrophe(last) || last == u'_' ||
                isHyphen(last))
                --end;
            else
                break;
        }
        qsizetype slash = -1;
        for (qsizetype i = start; i < end; ++i) {
            const QChar c = m_text[i];
            if (c.unicode() < 0x80) {
                if ((c >= u'0' && c <= u'9') || c == u'_' || c == u'@' || c == u'#' || c == u'$' ||
                    c == u'%' || c == u'+' || c == u'=' || c == u'^' || c == u'\\' || c == u'.' ||
                    c == u':')
                    return;
                if (c == u'/') {
                    if (slash >= 0)
                        return; // a path
                    slash = i;
                }
            } else if (c.isNumber() || c == QChar(0x00AD)) {
                return;
            }
        }
        if (slash >= 0) {
            hyphenated(start, slash);
            hyphenated(slash + 1, end);
        } else {
            hyphenated(start, end);
        }
    }

    void hyphenated(qsizetype start, qsizetype end)
    {
        qsizetype part = start;
        for (qsizetype i = start; i <= end; ++i) {
            if (i == end || isHyphen(m_text[i])) {
                word(part, i, start, end);
                part = i + 1;
            }
        }
    }

    void word(qsizetype start, qsizetype end, qsizetype compoundStart, qsizetype compoundEnd)
    {
        while (start < end && isApostrophe(m_text[start]))
            ++start;
        while (end > start && isApostrophe(m_text[end - 1]))
            --end;
        if (end - start < 2 || end - start > LongestWord)
            return;
        bool letters = false;
        for (qsizetype i = start; i < end; ++i) {
            const QChar c = m_text[i];
            if (c.isLetter()) {
                if (i > start && c.isUpper())
                    return; // an acronym or a CamelCase name
                if (c.unicode() >= 0x80 && isUnspacedScript(c))
                    return;
                letters = true;
            } else if (!c.isMark() && !isApostrophe(c)) {
                return;
            }
        }
        if (!letters)
            return;
        // The compound without the apostrophes that may stand around it.
        while (compoundStart < start && isApostrophe(m_text[compoundStart]))
            ++compoundStart;
        while (compoundEnd > end && isApostrophe(m_text[compoundEnd - 1]))
            --compoundEnd;
        m_words->append(Word{start, end - start, compoundStart, compoundEnd - compoundStart});
    }

    struct Run
    {
        qsizetype start;
        qsizetype length;
        qsizetype next; // index of the next run of the same length, -1 when none
    };

    QStringView m_text;
    qsizetype m_n;
    State m_state;
    bool m_kramdown;
    QList<Word> *m_words;
    qsizetype m_limit = 0;
    bool m_previousBlank = true; // a block starts after blank lines, or at the page's top

    bool m_runsIndexed = false;
    std::vector<Run> m_runs;
    size_t m_runCursor = 0;
    NextOf m_closeBracket{u"]"};
    NextOf m_closeBrace{u"}"};
    NextOf m_closeAngle{u">"};
    NextOf m_closeParen{u")"};
    NextOf m_closeDoubleQuote{u"\""};
    NextOf m_closeSingleQuote{u"'"};
    NextOf m_nextSpace{u" "};
    NextOf m_nextNewline{u"\n"};
    NextOf m_commentEnd{u"-->"};
    NextOf m_erbEnd{u"%>"};
    NextOf m_shortcodeEnd{u">}}"};
    NextOf m_percentShortcodeEnd{u"%}}"};
    NextOf m_templateEnd{u"}}"};
    NextOf m_liquidEnd{u"%}"};
    NextOf m_kramdownEnd{u"{:/"};
};

} // namespace

QList<ProseScanner::Block> ProseScanner::blocks(QStringView page, State *initial)
{
    QList<Block> result;
    *initial = State();
    const qsizetype n = page.size();
    qsizetype pos = 0;
    // A BOM the editor kept is not part of the front matter's first line.
    const qsizetype bom = page.startsWith(QChar(0xFEFF)) ? 1 : 0;
    const auto frontMatter = Document::FrontMatterBlock::locate(page.sliced(bom));
    using Kind = Document::FrontMatterBlock::Kind;
    if (frontMatter.kind == Kind::Yaml || frontMatter.kind == Kind::Toml) {
        pos = bom + frontMatter.bodyStart;
        result.append(Block{0, pos});
        initial->context = Context::FrontMatter;
        initial->marker = frontMatter.kind == Kind::Yaml ? u'-' : u'+';
    }
    qsizetype blockStart = pos;
    bool sawBlank = false;
    while (pos < n) {
        qsizetype lineEnd = page.indexOf(u'\n', pos);
        if (lineEnd < 0)
            lineEnd = n;
        const bool blank = isBlank(page.sliced(pos, lineEnd - pos));
        if (!blank && sawBlank) {
            result.append(Block{blockStart, pos});
            blockStart = pos;
            sawBlank = false;
        }
        sawBlank = sawBlank || blank;
        pos = lineEnd + 1;
    }
    if (blockStart < n)
        result.append(Block{blockStart, n});
    return result;
}

ProseScanner::State ProseScanner::scanBlock(QStringView block, State state,
                                            Markdown::Dialect dialect, QList<Word> *words)
{
    return BlockScanner(block, state, dialect, words).run();
}

QList<ProseScanner::Word> ProseScanner::scan(QStringView page, Markdown::Dialect dialect)
{
    QList<Word> words;
    State state;
    const QList<Block> pageBlocks = blocks(page, &state);
    for (const Block &block : pageBlocks) {
        const qsizetype first = words.size();
        state =
            scanBlock(page.sliced(block.begin, block.end - block.begin), state, dialect, &words);
        for (qsizetype i = first; i < words.size(); ++i) {
            words[i].offset += block.begin;
            words[i].compoundOffset += block.begin;
        }
    }
    return words;
}

} // namespace Folio::Checks
