#include "git/worddiff.h"

#include <QChar>

#include <algorithm>
#include <cstdint>
#include <vector>

namespace Folio::Git {

namespace {

enum class TokenClass
{
    Word,
    Space,
    Other,
};

TokenClass classOf(char32_t codePoint)
{
    if (QChar::isSpace(codePoint))
        return TokenClass::Space;
    // Combining marks belong to the word they decorate ("é" written as e + U+0301).
    const auto category = QChar::category(codePoint);
    if (QChar::isLetterOrNumber(codePoint) || codePoint == U'_' ||
        category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining)
        return TokenClass::Word;
    return TokenClass::Other;
}

struct Token
{
    qsizetype start;
    qsizetype length;
    TokenClass kind;
};

std::vector<Token> tokenize(QStringView text)
{
    std::vector<Token> tokens;
    qsizetype i = 0;
    const qsizetype size = text.size();
    while (i < size) {
        // One code point, a surrogate pair counted whole so an emoji is never split.
        const auto codePointAt = [&](qsizetype at, qsizetype *width) {
            const QChar c = text[at];
            if (c.isHighSurrogate() && at + 1 < size && text[at + 1].isLowSurrogate()) {
                *width = 2;
                return QChar::surrogateToUcs4(c, text[at + 1]);
            }
            *width = 1;
            return char32_t(c.unicode());
        };
        qsizetype width = 0;
        const TokenClass kind = classOf(codePointAt(i, &width));
        const qsizetype start = i;
        i += width;
        if (kind != TokenClass::Other) {
            while (i < size) {
                qsizetype nextWidth = 0;
                if (classOf(codePointAt(i, &nextWidth)) != kind)
                    break;
                i += nextWidth;
            }
        }
        tokens.push_back({start, i - start, kind});
    }
    return tokens;
}

// Beyond this many cells the quadratic table is not worth it: the middle is marked changed.
constexpr size_t maxTableCells = 4'000'000;

// changed[i] = true for tokens of a that are not in the longest common subsequence with b
// (and the same for b), over the part between the common prefix and suffix.
void markChanges(QStringView oldText, const std::vector<Token> &a, QStringView newText,
                 const std::vector<Token> &b, std::vector<bool> &changedA,
                 std::vector<bool> &changedB)
{
    const auto equal = [&](size_t i, size_t j) {
        return oldText.sliced(a[i].start, a[i].length) == newText.sliced(b[j].start, b[j].length);
    };
    size_t prefix = 0;
    while (prefix < a.size() && prefix < b.size() && equal(prefix, prefix))
        ++prefix;
    size_t suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
           equal(a.size() - 1 - suffix, b.size() - 1 - suffix))
        ++suffix;
    const size_t n = a.size() - prefix - suffix;
    const size_t m = b.size() - prefix - suffix;
    changedA.assign(a.size(), false);
    changedB.assign(b.size(), false);
    if (n == 0 || m == 0 || (n + 1) * (m + 1) > maxTableCells) {
        std::fill(changedA.begin() + qsizetype(prefix), changedA.begin() + qsizetype(prefix + n),
                  true);
        std::fill(changedB.begin() + qsizetype(prefix), changedB.begin() + qsizetype(prefix + m),
                  true);
        return;
    }
    // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..] (middle part).
    const size_t width = m + 1;
    std::vector<uint32_t> lcs((n + 1) * width, 0);
    for (size_t i = n; i-- > 0;) {
        for (size_t j = m; j-- > 0;) {
            lcs[i * width + j] = equal(prefix + i, prefix + j)
                                     ? lcs[(i + 1) * width + j + 1] + 1
                                     : std::max(lcs[(i + 1) * width + j], lcs[i * width + j + 1]);
        }
    }
    size_t i = 0, j = 0;
    while (i < n && j < m) {
        if (equal(prefix + i, prefix + j)) {
            ++i;
            ++j;
        } else if (lcs[(i + 1) * width + j] >= lcs[i * width + j + 1]) {
            changedA[prefix + i++] = true;
        } else {
            changedB[prefix + j++] = true;
        }
    }
    for (; i < n; ++i)
        changedA[prefix + i] = true;
    for (; j < m; ++j)
        changedB[prefix + j] = true;
}

// Joins changed tokens into ranges; an unchanged whitespace run between two changed tokens
// joins them ("quick brown" -> "slow red" is one change, not two).
QList<TextRange> rangesOf(const std::vector<Token> &tokens, std::vector<bool> changed)
{
    for (size_t k = 1; k + 1 < tokens.size(); ++k) {
        if (!changed[k] && tokens[k].kind == TokenClass::Space && changed[k - 1] && changed[k + 1])
            changed[k] = true;
    }
    QList<TextRange> ranges;
    for (size_t k = 0; k < tokens.size(); ++k) {
        if (!changed[k])
            continue;
        if (!ranges.isEmpty() && ranges.last().start + ranges.last().length == tokens[k].start)
            ranges.last().length += tokens[k].length;
        else
            ranges.append({tokens[k].start, tokens[k].length});
    }
    return ranges;
}

} // namespace

QList<TextRange> wordTokens(QStringView text)
{
    QList<TextRange> ranges;
    for (const Token &token : tokenize(text))
        ranges.append({token.start, token.length});
    return ranges;
}

WordDiff diffWords(QStringView oldLine, QStringView newLine)
{
    const std::vector<Token> a = tokenize(oldLine);
    const std::vector<Token> b = tokenize(newLine);
    std::vector<bool> changedA, changedB;
    markChanges(oldLine, a, newLine, b, changedA, changedB);

    // Lines that share nothing but whitespace are simply different lines: emphasizing every
    // word of both would only add noise.
    bool shareSomething = false;
    for (size_t k = 0; k < a.size() && !shareSomething; ++k)
        shareSomething = !changedA[k] && a[k].kind != TokenClass::Space;
    if (!shareSomething)
        return {};
    return {rangesOf(a, std::move(changedA)), rangesOf(b, std::move(changedB))};
}

} // namespace Folio::Git
