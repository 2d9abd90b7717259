#include "workspace/quickopenmatcher.h"

#include "handbook/pagetreemodel.h"

#include <algorithm>
#include <array>

namespace Folio::Workspace {

namespace {

// Scores (fzf's scheme, simplified): every matched character earns MatchScore plus the
// bonus of its position; a gap before it costs GapStart plus GapExtension per extra character.
constexpr int MatchScore = 16;
constexpr int GapStart = 3;
constexpr int GapExtension = 1;
constexpr int BonusSeparator = 9; // after '/', the start of a folder or file name
constexpr int BonusWordStart = 8; // after '-', '_', '.', ' '
constexpr int BonusCamel = 7;     // a capital after a lowercase letter
constexpr int BonusConsecutive = 4;
constexpr int BonusOwnName = 3; // per character in the page's own name
constexpr int TitleWeight = 12; // a title match beats the same path match
constexpr int ExactTitle = 1000;
constexpr int TitlePrefix = 300;
constexpr int MaxQuery = 64;
constexpr int MaxHaystack = 512;
constexpr int Impossible = -1000000;

int positionBonus(QStringView original, int j)
{
    if (j == 0)
        return BonusSeparator;
    const QChar previous = original[j - 1];
    const QChar c = original[j];
    if (previous == u'/')
        return BonusSeparator;
    if (previous == u'-' || previous == u'_' || previous == u'.' || previous == u' ' ||
        previous == u'(' || previous == u':')
        return BonusWordStart;
    if (previous.isLower() && c.isUpper())
        return BonusCamel;
    if (!previous.isLetterOrNumber() && c.isLetterOrNumber())
        return BonusWordStart;
    return 0;
}

bool isSubsequence(QStringView needle, QStringView haystack)
{
    qsizetype j = 0;
    for (const QChar c : needle) {
        j = haystack.indexOf(c, j);
        if (j < 0)
            return false;
        ++j;
    }
    return true;
}

// The best alignment of needle (lowercase) in haystack (lowercase, original for bonuses),
// from `from` on; Impossible when there is none. Fills positions when given.
int bestAlignment(QStringView needle, QStringView lower, QStringView original, int from,
                  int nameStart, QList<int> *positions)
{
    const int m = int(needle.size());
    const int n = std::min(int(lower.size()), MaxHaystack);
    if (m == 0 || m > MaxQuery || n - from < m)
        return Impossible;
    // M[i][j]: best score with needle[i] matched at haystack[j]; from[i][j]: where needle[i-1]
    // was matched. Rows are kept only for the traceback.
    thread_local std::vector<int> score;
    thread_local std::vector<int> back;
    score.assign(size_t(m) * size_t(n), Impossible);
    back.assign(size_t(m) * size_t(n), -1);
    for (int i = 0; i < m; ++i) {
        const QChar q = needle[i];
        int gapBest = Impossible; // best M[i-1][k] - gap cost for k <= j - 2
        int gapFrom = -1;
        // A jump to the start of a word costs only GapStart, however far: "sa" finds
        // "Solutions Architects" as readily as "Sales".
        int jumpBest = Impossible;
        int jumpFrom = -1;
        for (int j = from + i; j < n; ++j) {
            if (i > 0 && j >= 2) {
                const int k = j - 2;
                const int candidate =
                    k >= 0 ? score[size_t(i - 1) * size_t(n) + size_t(k)] : Impossible;
                if (gapBest != Impossible)
                    gapBest -= GapExtension;
                if (candidate != Impossible && candidate - GapStart > gapBest) {
                    gapBest = candidate - GapStart;
                    gapFrom = k;
                }
                if (candidate != Impossible && candidate - GapStart > jumpBest) {
                    jumpBest = candidate - GapStart;
                    jumpFrom = k;
                }
            }
            if (lower[j] != q)
                continue;
            const int bonus = positionBonus(original, j);
            const int gain = MatchScore + bonus + (j >= nameStart ? BonusOwnName : 0);
            int best = Impossible;
            int bestFrom = -1;
            if (i == 0) {
                best = gain;
            } else {
                const int adjacent = score[size_t(i - 1) * size_t(n) + size_t(j - 1)];
                if (adjacent != Impossible) {
                    best = adjacent + gain + BonusConsecutive;
                    bestFrom = j - 1;
                }
                if (gapBest != Impossible && gapBest + gain > best) {
                    best = gapBest + gain;
                    bestFrom = gapFrom;
                }
                if (bonus > 0 && jumpBest != Impossible && jumpBest + gain > best) {
                    best = jumpBest + gain;
                    bestFrom = jumpFrom;
                }
            }
            score[size_t(i) * size_t(n) + size_t(j)] = best;
            back[size_t(i) * size_t(n) + size_t(j)] = bestFrom;
        }
    }
    int best = Impossible;
    int end = -1;
    for (int j = 0; j < n; ++j) {
        const int s = score[size_t(m - 1) * size_t(n) + size_t(j)];
        if (s > best) {
            best = s;
            end = j;
        }
    }
    if (positions && end >= 0) {
        positions->resize(m);
        for (int i = m - 1, j = end; i >= 0; --i) {
            (*positions)[i] = j;
            j = back[size_t(i) * size_t(n) + size_t(j)];
        }
    }
    return best;
}

QString lowered(const QString &text)
{
    // Character by character, so positions stay those of the original.
    QString lower(text.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < text.size(); ++i)
        lower[i] = text[i].toLower();
    return lower;
}

} // namespace

QuickOpenMatcher::QuickOpenMatcher(const PageIndex &index)
{
    m_entries.reserve(size_t(index.size()));
    const QStringList &roots = index.handbook().contentRoots();
    for (const IndexedPagePtr &page : index.pages()) {
        add(page->path, page->title);
        Entry &entry = m_entries.back();
        for (const QString &root : roots) {
            if (!root.isEmpty() && page->path.startsWith(root))
                entry.searchStart = std::max(entry.searchStart, int(root.size()));
        }
    }
}

QuickOpenMatcher::QuickOpenMatcher(const QList<Candidate> &candidates)
{
    m_entries.reserve(size_t(candidates.size()));
    for (const Candidate &candidate : candidates)
        add(candidate.path, candidate.title);
}

void QuickOpenMatcher::add(const QString &path, const QString &title)
{
    Entry entry;
    entry.path = path;
    entry.title = title;
    entry.lowerPath = lowered(path);
    entry.lowerTitle = lowered(title);
    // The page's own name: the file's, or its folder's for an index page (_index.md).
    qsizetype slash = path.lastIndexOf(u'/');
    if (slash > 0 && Handbook::PageTreeModel::isIndexPageName(path.sliced(slash + 1)))
        slash = path.lastIndexOf(u'/', slash - 1);
    entry.nameStart = int(slash + 1);
    m_entries.push_back(std::move(entry));
}

QList<QuickOpenMatch> QuickOpenMatcher::match(QStringView query, int limit) const
{
    // Words separated by spaces are matched one by one, each anywhere in the title or the
    // path ("sa arch" finds "Solutions Architects"); one word is one fuzzy subsequence.
    QStringList terms;
    qsizetype total = 0;
    for (const QStringView word : query.split(u' ', Qt::SkipEmptyParts)) {
        QString term;
        for (const QChar c : word) {
            if (!c.isSpace())
                term += c.toLower();
        }
        if (!term.isEmpty()) {
            total += term.size();
            terms.append(term);
        }
    }
    QList<QuickOpenMatch> result;
    if (terms.isEmpty() || total > MaxQuery || limit <= 0)
        return result;
    const QString whole = terms.join(u' ');

    // The best score of one term in an entry's title or path; Impossible when neither has it.
    const auto termScore = [](const Entry &entry, const QString &term, QList<int> *titlePositions,
                              QList<int> *pathPositions) {
        int best = Impossible;
        if (isSubsequence(term, entry.lowerTitle)) {
            const int s = bestAlignment(term, entry.lowerTitle, entry.title, 0, 0, titlePositions);
            if (s != Impossible)
                best = s + TitleWeight * int(term.size());
        }
        if (isSubsequence(term, QStringView(entry.lowerPath).sliced(entry.searchStart))) {
            const int s = bestAlignment(term, entry.lowerPath, entry.path, entry.searchStart,
                                        entry.nameStart, pathPositions);
            best = std::max(best, s);
        }
        return best;
    };

    struct Scored
    {
        int entry;
        int score;
    };
    std::vector<Scored> scored;
    for (int e = 0; e < int(m_entries.size()); ++e) {
        const Entry &entry = m_entries[size_t(e)];
        int score = 0;
        for (const QString &term : std::as_const(terms)) {
            const int s = termScore(entry, term, nullptr, nullptr);
            if (s == Impossible) {
                score = Impossible;
                break;
            }
            score += s;
        }
        if (score == Impossible)
            continue;
        if (entry.lowerTitle == whole)
            score += ExactTitle;
        else if (entry.lowerTitle.startsWith(whole))
            score += TitlePrefix;
        scored.push_back({e, score});
    }
    const auto better = [this](const Scored &a, const Scored &b) {
        if (a.score != b.score)
            return a.score > b.score;
        const Entry &x = m_entries[size_t(a.entry)];
        const Entry &y = m_entries[size_t(b.entry)];
        if (x.path.size() != y.path.size())
            return x.path.size() < y.path.size();
        return x.path < y.path;
    };
    const size_t count = std::min(scored.size(), size_t(limit));
    std::partial_sort(scored.begin(), scored.begin() + qsizetype(count), scored.end(), better);
    result.reserve(qsizetype(count));
    const auto merge = [](QList<int> &into, const QList<int> &more) {
        into += more;
        std::sort(into.begin(), into.end());
        into.erase(std::unique(into.begin(), into.end()), into.end());
    };
    for (size_t k = 0; k < count; ++k) {
        const Entry &entry = m_entries[size_t(scored[k].entry)];
        QuickOpenMatch match;
        match.page = scored[k].entry;
        match.path = entry.path;
        match.title = entry.title;
        match.score = scored[k].score;
        for (const QString &term : std::as_const(terms)) {
            QList<int> titlePositions;
            QList<int> pathPositions;
            (void)termScore(entry, term, &titlePositions, &pathPositions);
            merge(match.titlePositions, titlePositions);
            merge(match.pathPositions, pathPositions);
        }
        result.append(std::move(match));
    }
    return result;
}

} // namespace Folio::Workspace
