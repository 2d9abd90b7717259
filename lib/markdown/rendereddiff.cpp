#include "markdown/rendereddiff.h"

#include "markdown/htmlsanitizer.h"
#include "markdown/htmlscan_p.h"

#include <QChar>
#include <QHash>

#include <algorithm>
#include <vector>

namespace Folio::Markdown {

namespace {

using namespace Qt::StringLiterals;

// ---- Tokens ---------------------------------------------------------------------------------

enum class TokenKind : quint8
{
    StartTag,
    EndTag,
    VoidTag,  // img, br, hr, input...: no end tag, no content
    OtherTag, // comment, doctype
    Word,     // letters, digits, underscores and combining marks
    Space,
    Symbol, // any other character, or a character reference such as &amp;, on its own
};

struct Token
{
    qsizetype start = 0;
    qsizetype length = 0;
    TokenKind kind = TokenKind::Symbol;
    int parent = -1;          // index of the start tag of the innermost element around it, -1: none
    int match = -1;           // a start tag: the index of its end tag (-1: never closed), and back
    bool inPre = false;       // inside (or itself) a pre, whose text highlight.js replaces
    bool inTableRows = false; // its parent is table, thead, tbody, tfoot, tr or colgroup

    [[nodiscard]] bool isTag() const
    {
        return kind == TokenKind::StartTag || kind == TokenKind::EndTag ||
               kind == TokenKind::VoidTag || kind == TokenKind::OtherTag;
    }
    // Put inside <ins>/<del>: text and elements without content.
    [[nodiscard]] bool isInline() const { return !isTag() || kind == TokenKind::VoidTag; }
};

struct Tokens
{
    QStringView html;
    std::vector<Token> tokens;

    [[nodiscard]] QStringView text(size_t index) const
    {
        return html.sliced(tokens[index].start, tokens[index].length);
    }
};

bool isTableRowsElement(QStringView name)
{
    // Text directly inside these is moved out of the table by the HTML parser.
    static const QStringList names = {u"table"_s, u"thead"_s, u"tbody"_s,
                                      u"tfoot"_s, u"tr"_s,    u"colgroup"_s};
    return names.contains(name, Qt::CaseInsensitive);
}

enum class CharClass
{
    Word,
    Space,
    Other,
};

// The same classes as the git panel's word diff (git/worddiff.cpp), so both mark the same
// words.
CharClass classOf(char32_t codePoint)
{
    if (QChar::isSpace(codePoint))
        return CharClass::Space;
    const auto category = QChar::category(codePoint);
    if (QChar::isLetterOrNumber(codePoint) || codePoint == U'_' ||
        category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining)
        return CharClass::Word;
    return CharClass::Other;
}

char32_t codePointAt(QStringView text, qsizetype at, qsizetype *width)
{
    const QChar c = text[at];
    if (c.isHighSurrogate() && at + 1 < text.size() && text[at + 1].isLowSurrogate()) {
        *width = 2;
        return QChar::surrogateToUcs4(c, text[at + 1]);
    }
    *width = 1;
    return char32_t(c.unicode());
}

QStringView tagName(QStringView tag)
{
    qsizetype i = tag.startsWith(u"</") ? 2 : 1;
    const qsizetype begin = i;
    while (i < tag.size() && (tag[i].isLetterOrNumber() || tag[i] == u'-'))
        ++i;
    return tag.sliced(begin, i - begin);
}

// Splits sanitized HTML into tags, words, whitespace and single characters, and records
// which element each token is in. The sanitizer's output closes every element it opens, so
// the nesting read here is the one the browser builds.
Tokens tokenize(QStringView html)
{
    Tokens result{html, {}};
    std::vector<Token> &tokens = result.tokens;
    std::vector<int> open; // start-tag indices
    std::vector<QStringView> openNames;
    int preDepth = 0;
    qsizetype i = 0;
    const qsizetype size = html.size();
    while (i < size) {
        Token token;
        token.start = i;
        token.parent = open.empty() ? -1 : open.back();
        token.inPre = preDepth > 0;
        token.inTableRows = !openNames.empty() && isTableRowsElement(openNames.back());
        const QChar c = html[i];
        if (c == u'<') {
            const qsizetype end = tagEnd(html, i);
            const QStringView tag = html.sliced(i, end - i);
            const QStringView name = tagName(tag);
            i = end;
            token.length = end - token.start;
            if (name.isEmpty()) {
                token.kind = TokenKind::OtherTag;
            } else if (tag.startsWith(u"</")) {
                token.kind = TokenKind::EndTag;
                // Close up to the element it ends; an end tag nothing opened changes nothing.
                const auto found =
                    std::find_if(openNames.rbegin(), openNames.rend(), [&](QStringView n) {
                        return n.compare(name, Qt::CaseInsensitive) == 0;
                    });
                if (found != openNames.rend()) {
                    const auto keep = size_t(openNames.rend() - found - 1);
                    token.match = open[keep];
                    tokens[size_t(open[keep])].match = int(tokens.size());
                    while (open.size() > keep) {
                        if (openNames.back().compare(u"pre", Qt::CaseInsensitive) == 0)
                            --preDepth;
                        open.pop_back();
                        openNames.pop_back();
                    }
                }
            } else if (isVoidElement(name) || tag.endsWith(u"/>")) {
                token.kind = TokenKind::VoidTag;
            } else {
                token.kind = TokenKind::StartTag;
                open.push_back(int(tokens.size()));
                openNames.push_back(name);
                if (name.compare(u"pre", Qt::CaseInsensitive) == 0) {
                    ++preDepth;
                    token.inPre = true;
                }
            }
        } else if (c == u'&') {
            // A character reference stays whole: splitting "&amp;" would break it.
            qsizetype j = i + 1;
            while (j < size && j - i < 40 && (html[j].isLetterOrNumber() || html[j] == u'#'))
                ++j;
            i = (j < size && html[j] == u';' && j > i + 1) ? j + 1 : i + 1;
            token.length = i - token.start;
            token.kind = TokenKind::Symbol;
        } else {
            qsizetype width = 0;
            const CharClass kind = classOf(codePointAt(html, i, &width));
            i += width;
            if (kind != CharClass::Other) {
                while (i < size && html[i] != u'<' && html[i] != u'&') {
                    qsizetype nextWidth = 0;
                    if (classOf(codePointAt(html, i, &nextWidth)) != kind)
                        break;
                    i += nextWidth;
                }
            }
            token.length = i - token.start;
            token.kind = kind == CharClass::Word    ? TokenKind::Word
                         : kind == CharClass::Space ? TokenKind::Space
                                                    : TokenKind::Symbol;
        }
        tokens.push_back(token);
    }
    return result;
}

// ---- Sequence diff --------------------------------------------------------------------------

enum class Op : quint8
{
    Equal,
    Delete,
    Insert,
};

struct Chunk
{
    Op op;
    int count;
};

// Appends count ops of one kind, merging with the last chunk when it is the same kind.
void appendChunk(std::vector<Chunk> &chunks, Op op, int count)
{
    if (count <= 0)
        return;
    if (!chunks.empty() && chunks.back().op == op)
        chunks.back().count += count;
    else
        chunks.push_back({op, count});
}

// The same changes with each run between two equal stretches as its deletions followed by its
// insertions: deleted words then read before the words that replace them.
std::vector<Chunk> regrouped(const std::vector<Chunk> &chunks)
{
    std::vector<Chunk> result;
    int deleted = 0;
    int inserted = 0;
    const auto flush = [&] {
        appendChunk(result, Op::Delete, deleted);
        appendChunk(result, Op::Insert, inserted);
        deleted = inserted = 0;
    };
    for (const Chunk &chunk : chunks) {
        if (chunk.op == Op::Equal) {
            flush();
            appendChunk(result, Op::Equal, chunk.count);
        } else {
            (chunk.op == Op::Delete ? deleted : inserted) += chunk.count;
        }
    }
    flush();
    return result;
}

// Myers' O((N+M)D) diff of two id sequences, as chunks. nullopt when they differ by more
// than maxEdits insertions and deletions: the trace it keeps grows with the square of that.
std::optional<std::vector<Chunk>> diffSequences(const std::vector<int> &a,
                                                const std::vector<int> &b, int maxEdits)
{
    // The common ends cost nothing: most edits touch one place of a long sequence.
    int prefix = 0;
    const int sizeA = int(a.size());
    const int sizeB = int(b.size());
    while (prefix < sizeA && prefix < sizeB && a[size_t(prefix)] == b[size_t(prefix)])
        ++prefix;
    int suffix = 0;
    while (suffix < sizeA - prefix && suffix < sizeB - prefix &&
           a[size_t(sizeA - 1 - suffix)] == b[size_t(sizeB - 1 - suffix)])
        ++suffix;
    const int n = sizeA - prefix - suffix;
    const int m = sizeB - prefix - suffix;
    const auto at = [&](const std::vector<int> &v, int index) { return v[size_t(prefix + index)]; };

    std::vector<Chunk> reversed; // built from the end
    appendChunk(reversed, Op::Equal, suffix);
    if (n == 0 || m == 0) {
        appendChunk(reversed, Op::Insert, m);
        appendChunk(reversed, Op::Delete, n);
    } else {
        const int limit = std::min(n + m, maxEdits);
        const int offset = limit + 1;
        std::vector<int> v(size_t(2 * limit + 3), 0);
        std::vector<std::vector<int>> trace; // v[-d..d] before round d
        int found = -1;
        for (int d = 0; d <= limit && found < 0; ++d) {
            trace.emplace_back(v.begin() + (offset - d), v.begin() + (offset + d + 1));
            for (int k = -d; k <= d; k += 2) {
                int x =
                    (k == -d || (k != d && v[size_t(offset + k - 1)] < v[size_t(offset + k + 1)]))
                        ? v[size_t(offset + k + 1)]
                        : v[size_t(offset + k - 1)] + 1;
                int y = x - k;
                while (x < n && y < m && at(a, x) == at(b, y)) {
                    ++x;
                    ++y;
                }
                v[size_t(offset + k)] = x;
                if (x >= n && y >= m) {
                    found = d;
                    break;
                }
            }
        }
        if (found < 0)
            return std::nullopt;
        int x = n;
        int y = m;
        for (int d = found; d >= 0; --d) {
            const std::vector<int> &row = trace[size_t(d)]; // index k + d
            const auto value = [&](int k) { return row[size_t(k + d)]; };
            const int k = x - y;
            int previousK = 0;
            if (d > 0) {
                previousK = (k == -d || (k != d && value(k - 1) < value(k + 1))) ? k + 1 : k - 1;
            }
            const int previousX = d > 0 ? value(previousK) : 0;
            const int previousY = previousX - previousK;
            const int snake = std::min(x - previousX, y - previousY);
            appendChunk(reversed, Op::Equal, snake);
            if (d > 0)
                appendChunk(reversed, x - snake == previousX ? Op::Insert : Op::Delete, 1);
            x = previousX;
            y = previousY;
        }
    }
    appendChunk(reversed, Op::Equal, prefix);
    std::reverse(reversed.begin(), reversed.end());
    return regrouped(reversed);
}

// Interns strings as small integers, so sequences compare by id.
class Interner
{
public:
    int id(const QString &text)
    {
        const auto found = m_ids.constFind(text);
        if (found != m_ids.cend())
            return found.value();
        const int id = int(m_ids.size());
        m_ids.insert(text, id);
        return id;
    }

private:
    QHash<QString, int> m_ids;
};

// ---- Word diff of one block -----------------------------------------------------------------

// What a token is compared by. A start tag by its name only: a heading whose words change
// changes its id too, and a link can change its target, yet they are the same element, whose
// words are compared within it (the new attributes are the ones shown).
QString comparedText(const Tokens &side, size_t index)
{
    if (side.tokens[index].kind == TokenKind::StartTag)
        return u'<' + tagName(side.text(index)).toString().toLower();
    return side.text(index).toString();
}

// Tokens per block pair beyond which the diff is not attempted: the block is shown replaced.
constexpr int MaxTokenEdits = 2000;

int wordsIn(const Tokens &t, size_t from, size_t to)
{
    int words = 0;
    for (size_t k = from; k < to; ++k)
        words += t.tokens[k].kind == TokenKind::Word ? 1 : 0;
    return words;
}

// A region where the only change is a deletion (or only an insertion) can often sit at more
// than one place: "<li>a</li><li>b</li>" to "<li>b</li>" can remove "<li>a</li>" or
// "a</li><li>". Shift it to where its tags balance, so that a removed element goes whole.
void slideRegions(std::vector<Chunk> &chunks, const Tokens &a, const Tokens &b,
                  const std::vector<int> &idsA, const std::vector<int> &idsB)
{
    int i = 0; // where chunk c starts in the old tokens
    int j = 0; // and in the new ones
    for (size_t c = 0; c < chunks.size(); ++c) {
        const Chunk chunk = chunks[c];
        const bool pure = chunk.op != Op::Equal && c > 0 && chunks[c - 1].op == Op::Equal &&
                          (c + 1 == chunks.size() || chunks[c + 1].op == Op::Equal);
        if (pure) {
            const bool deletion = chunk.op == Op::Delete;
            const Tokens &side = deletion ? a : b;
            const std::vector<int> &ids = deletion ? idsA : idsB;
            const int start = deletion ? i : j;
            const int count = chunk.count;
            const int before = chunks[c - 1].count;
            const int after = c + 1 < chunks.size() ? chunks[c + 1].count : 0;
            // It can move while the token it gives up equals the one it takes on.
            int left = 0;
            while (left < before &&
                   ids[size_t(start - left - 1)] == ids[size_t(start - left + count - 1)])
                ++left;
            int right = 0;
            while (right < after &&
                   ids[size_t(start + right)] == ids[size_t(start + right + count)])
                ++right;
            const auto cost = [&](int from) {
                int unbalanced = 0;
                for (int k = from; k < from + count; ++k) {
                    const Token &token = side.tokens[size_t(k)];
                    if ((token.kind == TokenKind::StartTag || token.kind == TokenKind::EndTag) &&
                        (token.match < from || token.match >= from + count))
                        ++unbalanced;
                }
                // Then the place where it starts with an element, as the reader sees it.
                return unbalanced * 2 +
                       (side.tokens[size_t(from)].kind == TokenKind::StartTag ? 0 : 1);
            };
            int best = start;
            int bestCost = cost(start);
            for (int from = start - left; from <= start + right; ++from) {
                if (const int candidate = cost(from); candidate < bestCost) {
                    best = from;
                    bestCost = candidate;
                }
            }
            const int shift = best - start;
            chunks[c - 1].count += shift;
            if (c + 1 < chunks.size())
                chunks[c + 1].count -= shift;
            i += shift;
            j += shift;
        }
        i += chunks[c].op != Op::Insert ? chunks[c].count : 0;
        j += chunks[c].op != Op::Delete ? chunks[c].count : 0;
    }
    chunks = regrouped(chunks); // a slide can empty an equal stretch
}

// Whitespace alone between two changes joins them: "quick brown" to "slow red" reads as one
// change, not two with an unchanged space between.
void joinAcrossSpaces(std::vector<Chunk> &chunks, const Tokens &b)
{
    std::vector<Chunk> joined;
    size_t j = 0;
    for (size_t c = 0; c < chunks.size(); ++c) {
        const Chunk chunk = chunks[c];
        bool spaces = chunk.op == Op::Equal && c > 0 && c + 1 < chunks.size();
        for (int k = 0; spaces && k < chunk.count; ++k)
            spaces = b.tokens[j + size_t(k)].kind == TokenKind::Space;
        if (spaces) {
            joined.push_back({Op::Delete, chunk.count});
            joined.push_back({Op::Insert, chunk.count});
        } else {
            joined.push_back(chunk);
        }
        j += chunk.op != Op::Delete ? size_t(chunk.count) : 0;
    }
    chunks = regrouped(joined);
}

class BlockDiffWriter
{
public:
    BlockDiffWriter(const Tokens &a, const Tokens &b)
        : m_a(a)
        , m_b(b)
        , m_pairedNew(a.tokens.size(), -1)
    {}

    std::optional<BlockDiff> write(const std::vector<Chunk> &chunks)
    {
        // Which old tokens stay, and as which new ones: deleted words must land inside the
        // new element that the old element they were in became.
        size_t i = 0, j = 0;
        for (const Chunk &chunk : chunks) {
            for (int k = 0; k < chunk.count; ++k) {
                if (chunk.op == Op::Equal)
                    m_pairedNew[i] = int(j);
                i += chunk.op != Op::Insert ? 1 : 0;
                j += chunk.op != Op::Delete ? 1 : 0;
            }
        }
        i = j = 0;
        for (size_t c = 0; c < chunks.size(); ++c) {
            const auto count = size_t(chunks[c].count);
            switch (chunks[c].op) {
            case Op::Equal:
                m_html += span(m_b, j, j + count);
                i += count;
                j += count;
                break;
            case Op::Delete: {
                // Shown where the new version's replacement starts, or the next token.
                if (!deleteRange(i, i + count, j))
                    return std::nullopt;
                i += count;
                break;
            }
            case Op::Insert:
                if (!insertRange(j, j + count))
                    return std::nullopt;
                j += count;
                break;
            }
        }
        return BlockDiff{m_html, m_insertedWords, m_deletedWords};
    }

private:
    static QStringView span(const Tokens &side, size_t from, size_t to)
    {
        const qsizetype start = side.tokens[from].start;
        return side.html.sliced(start,
                                side.tokens[to - 1].start + side.tokens[to - 1].length - start);
    }

    // Whether an old token, shown before new token j, is inside the element it was in.
    [[nodiscard]] bool fitsAt(const Token &old, size_t j) const
    {
        const int newParent = j < m_b.tokens.size() ? m_b.tokens[j].parent : -1;
        if (old.parent < 0)
            return newParent < 0;
        return m_pairedNew[size_t(old.parent)] >= 0 && m_pairedNew[size_t(old.parent)] == newParent;
    }

    // Old tokens [from, to) shown deleted before new token j.
    bool deleteRange(size_t from, size_t to, size_t j)
    {
        // Text directly in a table (not in a cell) would be moved out of it by the browser.
        const bool tableRows = j < m_b.tokens.size() && m_b.tokens[j].inTableRows;
        size_t run = to; // start of the pending run of text, `to` when none
        const auto flush = [&](size_t end) {
            if (run == to)
                return true;
            const bool ok = !(tableRows && isVisible(m_a, run, end));
            if (ok)
                wrap(m_a, run, end, u"del", &m_deletedWords, true);
            run = to;
            return ok;
        };
        for (size_t k = from; k < to; ++k) {
            const Token &token = m_a.tokens[k];
            if (token.inPre)
                return false; // highlight.js rewrites code from its text: no markup in there
            if (token.isInline()) {
                if (!fitsAt(token, j))
                    return false;
                if (run == to)
                    run = k;
                continue;
            }
            if (!flush(k))
                return false;
            if (token.kind == TokenKind::StartTag && token.match > int(k) &&
                size_t(token.match) < to && fitsAt(token, j)) {
                // A whole element removed (a list item, a table row): shown with its own tags
                // around its deleted words.
                const size_t end = size_t(token.match) + 1;
                if ((tableRows && !isTableStructure(m_a.text(k))) || !writeDeletedElement(k, end))
                    return false;
                k = end - 1;
            }
            // Any other old tag is dropped: the markup is the new version's.
        }
        return flush(to);
    }

    static bool isTableStructure(QStringView tag)
    {
        const QStringView name = tagName(tag);
        return isTableRowsElement(name) || name.compare(u"td", Qt::CaseInsensitive) == 0 ||
               name.compare(u"th", Qt::CaseInsensitive) == 0 ||
               name.compare(u"col", Qt::CaseInsensitive) == 0;
    }

    bool writeDeletedElement(size_t from, size_t to)
    {
        for (size_t k = from; k < to; ++k) {
            if (m_a.tokens[k].inPre)
                return false;
        }
        writeRange(m_a, from, to, u"del", &m_deletedWords);
        return true;
    }

    bool insertRange(size_t from, size_t to)
    {
        for (size_t k = from; k < to; ++k) {
            if (m_b.tokens[k].inPre)
                return false;
        }
        writeRange(m_b, from, to, u"ins", &m_insertedWords);
        return true;
    }

    // Tokens [from, to) of one side: its tags as they are, its text in <ins> or <del>.
    void writeRange(const Tokens &side, size_t from, size_t to, QStringView tag, int *words)
    {
        size_t run = to;
        for (size_t k = from; k < to; ++k) {
            if (side.tokens[k].isInline()) {
                if (run == to)
                    run = k;
                continue;
            }
            if (run != to)
                wrap(side, run, k, tag, words, false);
            run = to;
            m_html += side.text(k);
        }
        if (run != to)
            wrap(side, run, to, tag, words, false);
    }

    static bool isVisible(const Tokens &side, size_t from, size_t to)
    {
        for (size_t k = from; k < to; ++k) {
            if (side.tokens[k].kind != TokenKind::Space)
                return true;
        }
        return false;
    }

    // Tokens [from, to) of one side, all text or empty elements, in <ins> or <del>.
    // Whitespace alone is not marked (a mark would show nothing, and between table rows it
    // would leave the table): it is written plainly, or dropped where it was deleted between
    // the new version's own tokens.
    void wrap(const Tokens &side, size_t from, size_t to, QStringView tag, int *words,
              bool dropSpace)
    {
        if (!isVisible(side, from, to)) {
            if (!dropSpace)
                m_html += span(side, from, to);
            return;
        }
        m_html += u'<';
        m_html += tag;
        m_html += u" class=\"folio-diff\">";
        m_html += span(side, from, to);
        m_html += u"</";
        m_html += tag;
        m_html += u'>';
        *words += wordsIn(side, from, to);
    }

    const Tokens &m_a;
    const Tokens &m_b;
    std::vector<int> m_pairedNew; // old token index -> new token index, -1 when deleted
    QString m_html;
    int m_insertedWords = 0;
    int m_deletedWords = 0;
};

// ---- Blocks ---------------------------------------------------------------------------------

// What pairing looks at: the block's outer element and its words.
struct BlockProfile
{
    QString shape;             // the first element's name
    QHash<QString, int> words; // word -> occurrences
    int wordTotal = 0;
};

BlockProfile profileOf(const QString &html)
{
    BlockProfile profile;
    const Tokens t = tokenize(html);
    for (size_t k = 0; k < t.tokens.size(); ++k) {
        const Token &token = t.tokens[k];
        if (profile.shape.isEmpty() &&
            (token.kind == TokenKind::StartTag || token.kind == TokenKind::VoidTag))
            profile.shape = tagName(t.text(k)).toString().toLower();
        if (token.kind == TokenKind::Word) {
            ++profile.words[t.text(k).toString()];
            ++profile.wordTotal;
        }
    }
    return profile;
}

// How much of two blocks' words they share (Dice's coefficient), 0 when they are not the
// same kind of block.
double similarity(const BlockProfile &a, const BlockProfile &b)
{
    if (a.shape != b.shape || a.wordTotal + b.wordTotal == 0)
        return 0.0;
    int common = 0;
    for (auto it = a.words.cbegin(); it != a.words.cend(); ++it)
        common += std::min(it.value(), b.words.value(it.key()));
    return 2.0 * common / (a.wordTotal + b.wordTotal);
}

// Below this share of common words two blocks are different blocks, not one edited.
constexpr double PairingThreshold = 0.5;
// Runs of changed blocks larger than this (old x new) are paired in order only.
constexpr int MaxPairingCells = 4096;
// Blocks per page beyond which the rest of the page is shown replaced.
constexpr int MaxBlockEdits = 4000;

QString wrapped(QStringView cssClass, QStringView html)
{
    QString result;
    result.reserve(html.size() + cssClass.size() + 20);
    result += u"<div class=\"";
    result += cssClass;
    result += u"\">";
    result += html;
    result += u"</div>";
    return result;
}

struct DiffItem
{
    DiffBlockKind kind = DiffBlockKind::Unchanged;
    QString html;
    int oldIndex = -1;
    int newIndex = -1;
};

// Every text token of an element in <ins> or <del>, its tags as they are; nullopt when it
// holds preformatted code (highlight.js rewrites code from its text).
std::optional<QString> markedAll(QStringView html, QStringView tag, int *words)
{
    const Tokens t = tokenize(html);
    QString out;
    out.reserve(html.size() + 64);
    size_t run = t.tokens.size();
    const auto flush = [&](size_t end) {
        if (run == t.tokens.size())
            return;
        const qsizetype start = t.tokens[run].start;
        const QStringView text =
            html.sliced(start, t.tokens[end - 1].start + t.tokens[end - 1].length - start);
        bool visible = false;
        for (size_t k = run; k < end && !visible; ++k)
            visible = t.tokens[k].kind != TokenKind::Space;
        if (visible) {
            out += u'<';
            out += tag;
            out += u" class=\"folio-diff\">";
            out += text;
            out += u"</";
            out += tag;
            out += u'>';
            *words += wordsIn(t, run, end);
        } else {
            out += text;
        }
        run = t.tokens.size();
    };
    for (size_t k = 0; k < t.tokens.size(); ++k) {
        if (t.tokens[k].inPre)
            return std::nullopt;
        if (t.tokens[k].isInline()) {
            if (run == t.tokens.size())
                run = k;
            continue;
        }
        flush(k);
        out += t.text(k);
    }
    flush(t.tokens.size());
    return out;
}

// Diffs a list of blocks (the page's), or of the elements inside a list or a table. Blocks
// are shown in marked <div>s; elements, which must stay direct children of their list or
// table, keep their own tags with their words marked.
class BlockListDiffer
{
public:
    enum class Mode
    {
        Blocks,
        Elements,
    };

    explicit BlockListDiffer(Mode mode = Mode::Blocks)
        : m_mode(mode)
    {}

    RenderedDiffSummary summary;
    bool failed = false; // Elements: one could not be marked (code inside)

    std::vector<DiffItem> diff(const QStringList &oldBlocks, const QStringList &newBlocks)
    {
        Interner interner;
        std::vector<int> a, b;
        a.reserve(size_t(oldBlocks.size()));
        b.reserve(size_t(newBlocks.size()));
        for (const QString &html : oldBlocks)
            a.push_back(interner.id(html));
        for (const QString &html : newBlocks)
            b.push_back(interner.id(html));
        std::vector<Chunk> chunks;
        if (auto found = diffSequences(a, b, MaxBlockEdits)) {
            chunks = std::move(*found);
        } else {
            chunks = {{Op::Delete, int(a.size())}, {Op::Insert, int(b.size())}};
        }

        std::vector<DiffItem> items;
        int i = 0, j = 0;
        for (size_t c = 0; c < chunks.size(); ++c) {
            if (chunks[c].op == Op::Equal) {
                for (int k = 0; k < chunks[c].count; ++k, ++i, ++j)
                    items.push_back({DiffBlockKind::Unchanged, newBlocks[j], i, j});
                continue;
            }
            const int deleted = chunks[c].op == Op::Delete ? chunks[c].count : 0;
            int inserted = chunks[c].op == Op::Insert ? chunks[c].count : 0;
            if (deleted > 0 && c + 1 < chunks.size() && chunks[c + 1].op == Op::Insert) {
                inserted = chunks[c + 1].count;
                ++c;
            }
            pairRun(oldBlocks, i, deleted, newBlocks, j, inserted, items);
            i += deleted;
            j += inserted;
        }
        return items;
    }

private:
    void pairRun(const QStringList &oldBlocks, int oldStart, int oldCount,
                 const QStringList &newBlocks, int newStart, int newCount,
                 std::vector<DiffItem> &items)
    {
        // A weighted longest common subsequence over the run: pairs blocks that read as the
        // same block edited, in order.
        std::vector<std::vector<double>> best;
        std::vector<std::vector<double>> score;
        const bool table = oldCount > 0 && newCount > 0 && oldCount * newCount <= MaxPairingCells;
        if (table) {
            std::vector<BlockProfile> oldProfiles, newProfiles;
            for (int k = 0; k < oldCount; ++k)
                oldProfiles.push_back(profileOf(oldBlocks[oldStart + k]));
            for (int k = 0; k < newCount; ++k)
                newProfiles.push_back(profileOf(newBlocks[newStart + k]));
            score.assign(size_t(oldCount), std::vector<double>(size_t(newCount), 0.0));
            for (int x = 0; x < oldCount; ++x) {
                for (int y = 0; y < newCount; ++y) {
                    const double s = similarity(oldProfiles[size_t(x)], newProfiles[size_t(y)]);
                    score[size_t(x)][size_t(y)] = s >= PairingThreshold ? s : 0.0;
                }
            }
            best.assign(size_t(oldCount + 1), std::vector<double>(size_t(newCount + 1), 0.0));
            for (int x = oldCount; x-- > 0;) {
                for (int y = newCount; y-- > 0;) {
                    double value =
                        std::max(best[size_t(x + 1)][size_t(y)], best[size_t(x)][size_t(y + 1)]);
                    if (score[size_t(x)][size_t(y)] > 0.0)
                        value = std::max(value, score[size_t(x)][size_t(y)] +
                                                    best[size_t(x + 1)][size_t(y + 1)]);
                    best[size_t(x)][size_t(y)] = value;
                }
            }
        }
        int x = 0, y = 0;
        while (x < oldCount || y < newCount) {
            if (table && x < oldCount && y < newCount && score[size_t(x)][size_t(y)] > 0.0 &&
                best[size_t(x)][size_t(y)] ==
                    score[size_t(x)][size_t(y)] + best[size_t(x + 1)][size_t(y + 1)]) {
                changed(oldBlocks[oldStart + x], oldStart + x, newBlocks[newStart + y],
                        newStart + y, items);
                ++x;
                ++y;
            } else if (x < oldCount &&
                       (y >= newCount || !table ||
                        best[size_t(x)][size_t(y)] == best[size_t(x + 1)][size_t(y)])) {
                // Old before new where either order would do: the page reads top-down.
                items.push_back(
                    {DiffBlockKind::Deleted, deleted(oldBlocks[oldStart + x]), oldStart + x, -1});
                ++summary.deletedBlocks;
                ++x;
            } else {
                items.push_back(
                    {DiffBlockKind::Inserted, inserted(newBlocks[newStart + y]), -1, newStart + y});
                ++summary.insertedBlocks;
                ++y;
            }
        }
    }

    void changed(const QString &oldHtml, int oldIndex, const QString &newHtml, int newIndex,
                 std::vector<DiffItem> &items)
    {
        ++summary.changedBlocks;
        QString html;
        if (const auto inPlace = RenderedDiffer::diffBlockHtml(oldHtml, newHtml)) {
            html = inPlace->html;
            summary.insertedWords += inPlace->insertedWords;
            summary.deletedWords += inPlace->deletedWords;
        } else {
            html = deleted(oldHtml) + inserted(newHtml);
        }
        if (m_mode == Mode::Blocks)
            html = wrapped(u"folio-diff-changed", html);
        items.push_back({DiffBlockKind::Changed, html, oldIndex, newIndex});
    }

    QString deleted(const QString &html)
    {
        if (m_mode == Mode::Blocks) {
            summary.deletedWords += RenderedDiffer::wordCount(html);
            return wrapped(u"folio-diff-del", html);
        }
        auto marked = markedAll(html, u"del", &summary.deletedWords);
        failed = failed || !marked;
        return marked.value_or(QString());
    }

    QString inserted(const QString &html)
    {
        if (m_mode == Mode::Blocks) {
            summary.insertedWords += RenderedDiffer::wordCount(html);
            return wrapped(u"folio-diff-ins", html);
        }
        auto marked = markedAll(html, u"ins", &summary.insertedWords);
        failed = failed || !marked;
        return marked.value_or(QString());
    }

private:
    Mode m_mode;
};

// The element a block is, when it is a list or a table (part) and nothing else: its tags and
// its child elements, which are diffed as units so that an item removed is removed whole.
struct Container
{
    QStringView open;  // the start tag
    QStringView close; // the end tag and what follows
    QStringList children;
};

std::optional<Container> containerOf(const Tokens &t)
{
    static const QStringList containers = {u"ul"_s,    u"ol"_s,    u"table"_s,
                                           u"thead"_s, u"tbody"_s, u"tfoot"_s};
    size_t first = 0;
    while (first < t.tokens.size() && t.tokens[first].kind == TokenKind::Space)
        ++first;
    if (first >= t.tokens.size() || t.tokens[first].kind != TokenKind::StartTag ||
        t.tokens[first].match < 0 || !containers.contains(tagName(t.text(first))))
        return std::nullopt;
    const auto end = size_t(t.tokens[first].match);
    for (size_t k = end + 1; k < t.tokens.size(); ++k) {
        if (t.tokens[k].kind != TokenKind::Space)
            return std::nullopt;
    }
    Container container;
    container.open = t.text(first);
    container.close = t.html.sliced(t.tokens[end].start);
    for (size_t k = first + 1; k < end; ++k) {
        const Token &token = t.tokens[k];
        if (token.kind == TokenKind::Space)
            continue;
        if (token.kind != TokenKind::StartTag || token.match < 0)
            return std::nullopt; // text or a stray tag right inside: not a plain container
        const auto last = size_t(token.match);
        container.children.append(
            t.html.sliced(token.start, t.tokens[last].start + t.tokens[last].length - token.start)
                .toString());
        k = last;
    }
    return container;
}

// The header's parts (notice, title, description), each as RenderedPage writes it.
QStringList headerParts(const RenderedPage &page)
{
    QStringList parts;
    RenderedPage part;
    part.frontMatterError = page.frontMatterError;
    parts.append(part.headerHtml());
    part = {};
    part.title = page.title;
    parts.append(part.headerHtml());
    part = {};
    part.description = page.description;
    parts.append(part.headerHtml());
    parts.removeAll(QString());
    return parts;
}

} // namespace

RenderedPage RenderedDiff::toPage() const
{
    RenderedPage page;
    page.blocks.reserve(blocks.size() + 1);
    page.blocks.append(RenderedBlock{header.html, 0, 0});
    for (const RenderedDiffBlock &block : blocks)
        page.blocks.append(RenderedBlock{block.html, block.firstLine, block.lastLine});
    return page;
}

QList<int> RenderedDiff::changeStarts() const
{
    QList<int> starts;
    bool previousChanged = false;
    for (qsizetype k = -1; k < blocks.size(); ++k) {
        const bool changed = (k < 0 ? header : blocks[k]).kind != DiffBlockKind::Unchanged;
        if (changed && !previousChanged)
            starts.append(int(k + 1));
        previousChanged = changed;
    }
    return starts;
}

RenderedDiff RenderedDiffer::diffPages(QStringView oldText, QStringView newText,
                                       const RenderOptions &options)
{
    return diffRendered(Renderer::renderPage(oldText, options),
                        Renderer::renderPage(newText, options));
}

RenderedDiff RenderedDiffer::diffRendered(const RenderedPage &oldPage, const RenderedPage &newPage)
{
    RenderedDiff result;

    // The header as a little list of blocks of its own: a description added is an insertion,
    // a title edited a word change.
    {
        BlockListDiffer differ;
        const auto items = differ.diff(headerParts(oldPage), headerParts(newPage));
        bool changed = false;
        for (const DiffItem &item : items) {
            result.header.html += item.html;
            changed = changed || item.kind != DiffBlockKind::Unchanged;
        }
        if (changed) {
            result.header.kind = DiffBlockKind::Changed;
            result.header.html = HtmlSanitizer::sanitize(result.header.html);
            result.summary.changedBlocks = 1;
            result.summary.insertedWords = differ.summary.insertedWords;
            result.summary.deletedWords = differ.summary.deletedWords;
        }
    }

    QStringList oldBlocks, newBlocks;
    oldBlocks.reserve(oldPage.blocks.size());
    newBlocks.reserve(newPage.blocks.size());
    for (const RenderedBlock &block : oldPage.blocks)
        oldBlocks.append(block.html);
    for (const RenderedBlock &block : newPage.blocks)
        newBlocks.append(block.html);
    BlockListDiffer differ;
    const auto items = differ.diff(oldBlocks, newBlocks);
    int line = newPage.blocks.isEmpty() ? 0 : newPage.blocks.first().firstLine;
    for (const DiffItem &item : items) {
        RenderedDiffBlock block;
        block.kind = item.kind;
        if (item.newIndex >= 0) {
            block.firstLine = newPage.blocks[item.newIndex].firstLine;
            block.lastLine = newPage.blocks[item.newIndex].lastLine;
            line = block.lastLine;
        } else {
            block.firstLine = line;
            block.lastLine = line;
        }
        // The renderer's blocks are sanitized already; what this added is checked again.
        block.html =
            item.kind == DiffBlockKind::Unchanged ? item.html : HtmlSanitizer::sanitize(item.html);
        result.blocks.append(block);
    }
    result.summary.insertedBlocks += differ.summary.insertedBlocks;
    result.summary.deletedBlocks += differ.summary.deletedBlocks;
    result.summary.changedBlocks += differ.summary.changedBlocks;
    result.summary.insertedWords += differ.summary.insertedWords;
    result.summary.deletedWords += differ.summary.deletedWords;
    return result;
}

std::optional<BlockDiff> RenderedDiffer::diffBlockHtml(QStringView oldHtml, QStringView newHtml)
{
    const Tokens a = tokenize(oldHtml);
    const Tokens b = tokenize(newHtml);

    // Lists and tables item by item, as the page is diffed block by block: word by word, the
    // cheapest edit from "a, b, c" to "a, c, d" turns b into c and c into d.
    const auto oldContainer = containerOf(a);
    const auto newContainer = containerOf(b);
    if (oldContainer && newContainer &&
        tagName(oldContainer->open).compare(tagName(newContainer->open), Qt::CaseInsensitive) ==
            0) {
        BlockListDiffer differ(BlockListDiffer::Mode::Elements);
        const auto items = differ.diff(oldContainer->children, newContainer->children);
        if (!differ.failed) {
            BlockDiff result;
            result.html = newContainer->open.toString() + u'\n';
            for (const DiffItem &item : items)
                result.html += item.html + u'\n';
            result.html += newContainer->close;
            result.insertedWords = differ.summary.insertedWords;
            result.deletedWords = differ.summary.deletedWords;
            return result;
        }
    }

    Interner interner;
    std::vector<int> idsA, idsB;
    idsA.reserve(a.tokens.size());
    idsB.reserve(b.tokens.size());
    for (size_t k = 0; k < a.tokens.size(); ++k)
        idsA.push_back(interner.id(comparedText(a, k)));
    for (size_t k = 0; k < b.tokens.size(); ++k)
        idsB.push_back(interner.id(comparedText(b, k)));
    auto chunks = diffSequences(idsA, idsB, MaxTokenEdits);
    if (!chunks)
        return std::nullopt;
    slideRegions(*chunks, a, b, idsA, idsB);
    joinAcrossSpaces(*chunks, b);
    return BlockDiffWriter(a, b).write(*chunks);
}

int RenderedDiffer::wordCount(QStringView html)
{
    const Tokens t = tokenize(html);
    return wordsIn(t, 0, t.tokens.size());
}

} // namespace Folio::Markdown
