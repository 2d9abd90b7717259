#include "checks/pageurlsuggester.h"

#include "checks/editdistance.h"

#include <QMap>

#include <algorithm>

namespace Folio::Checks {

namespace {

// Stands for the segment that may differ; never part of a URL path.
constexpr QChar Placeholder = QChar(0x1);

// A last segment this many pages share ("faq", "onboarding") says nothing about which one a
// link meant.
constexpr qsizetype MaximumSameNamePages = 5;

QStringList segmentsOf(const QString &normalizedPath)
{
    return normalizedPath.split(u'/', Qt::SkipEmptyParts);
}

QString skeleton(const QStringList &segments, qsizetype replaced)
{
    QString key;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        key += u'/';
        if (i == replaced)
            key += Placeholder;
        else
            key += segments[i];
    }
    return key;
}

// Whether one folder added, removed or replaced turns path a into path b: a page that moved
// next door ("/handbook/sales/quota/" -> "/handbook/sales/commissions/quota/").
bool isOneFolderApart(const QStringList &a, const QStringList &b)
{
    if (a.size() == b.size()) {
        qsizetype different = 0;
        for (qsizetype i = 0; i < a.size(); ++i)
            different += a[i] == b[i] ? 0 : 1;
        return different <= 1;
    }
    const QStringList &longer = a.size() > b.size() ? a : b;
    const QStringList &shorter = a.size() > b.size() ? b : a;
    if (longer.size() != shorter.size() + 1)
        return false;
    qsizetype i = 0;
    while (i < shorter.size() && shorter[i] == longer[i])
        ++i;
    for (qsizetype j = i; j < shorter.size(); ++j) {
        if (shorter[j] != longer[j + 1])
            return false;
    }
    return true;
}

// How many typing mistakes a segment of this length may carry and still be recognized.
int typoLimit(qsizetype length)
{
    return length <= 2 ? 0 : length <= 5 ? 1 : length <= 12 ? 2 : 3;
}

} // namespace

PageUrlSuggester::PageUrlSuggester(const QStringList &urls)
    : m_urls(urls)
{
    for (int i = 0; i < int(urls.size()); ++i) {
        const QStringList segments = segmentsOf(normalized(urls[i]));
        for (qsizetype s = 0; s < segments.size(); ++s)
            m_bySkeleton[skeleton(segments, s)].append(i);
        if (!segments.isEmpty())
            m_byLastSegment[segments.last()].append(i);
    }
}

QString PageUrlSuggester::normalized(const QString &sitePath)
{
    QString path = sitePath;
    if (path.endsWith(QLatin1String("/index.html")))
        path.chop(10);
    else if (path.endsWith(QLatin1String(".html")))
        path.chop(5);
    if (!path.startsWith(u'/'))
        path.prepend(u'/');
    if (!path.endsWith(u'/'))
        path += u'/';
    return path;
}

QStringList PageUrlSuggester::suggest(const QString &sitePath, int count) const
{
    const QString path = normalized(sitePath);
    const QStringList segments = segmentsOf(path);
    QMap<int, int> score; // url index -> lower is closer
    for (qsizetype s = 0; s < segments.size(); ++s) {
        const auto it = m_bySkeleton.constFind(skeleton(segments, s));
        if (it == m_bySkeleton.cend())
            continue;
        const int limit = typoLimit(segments[s].size());
        for (const int candidate : *it) {
            const QString other = segmentsOf(normalized(m_urls[candidate])).value(s);
            const int distance = editDistance(segments[s], other, limit);
            if (distance <= limit && distance > 0) {
                const auto known = score.constFind(candidate);
                if (known == score.cend() || *known > distance)
                    score.insert(candidate, distance);
            }
        }
    }
    if (!segments.isEmpty()) {
        const QList<int> sameName = m_byLastSegment.value(segments.last());
        if (sameName.size() <= MaximumSameNamePages) {
            for (const int candidate : sameName) {
                const QString other = normalized(m_urls[candidate]);
                if (other == path || score.contains(candidate) ||
                    !isOneFolderApart(segments, segmentsOf(other)))
                    continue;
                // After every typo fix; among moved pages, the one whose path is most alike.
                score.insert(candidate, 100 + editDistance(path, other, 200));
            }
        }
    }
    QList<std::pair<int, int>> ranked; // score, url index
    for (auto it = score.cbegin(); it != score.cend(); ++it)
        ranked.append({it.value(), it.key()});
    std::sort(ranked.begin(), ranked.end(), [&](const auto &a, const auto &b) {
        return a.first != b.first ? a.first < b.first : m_urls[a.second] < m_urls[b.second];
    });
    QStringList result;
    for (const auto &[distance, candidate] : std::as_const(ranked)) {
        if (result.size() >= count)
            break;
        if (!result.contains(m_urls[candidate]))
            result.append(m_urls[candidate]);
    }
    return result;
}

} // namespace Folio::Checks
