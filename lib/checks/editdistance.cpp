#include "checks/editdistance.h"

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace Folio::Checks {

int editDistance(QStringView a, QStringView b, int limit)
{
    if (std::abs(int(a.size()) - int(b.size())) > limit)
        return limit + 1;
    // Three rows: the one before the previous is for transpositions.
    const size_t width = size_t(b.size()) + 1;
    std::vector<int> beforePrevious(width), previous(width), current(width);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[size_t(j)] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        int best = current[0];
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const size_t k = size_t(j);
            const int substitution = previous[k - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[k] = std::min({previous[k] + 1, current[k - 1] + 1, substitution});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                current[k] = std::min(current[k], beforePrevious[k - 2] + 1);
            best = std::min(best, current[k]);
        }
        // A transposition reaches back two rows: stop only when both are over the limit.
        if (best > limit && *std::min_element(previous.cbegin(), previous.cend()) > limit)
            return limit + 1;
        std::swap(beforePrevious, previous);
        std::swap(previous, current);
    }
    return std::min(previous[size_t(b.size())], limit + 1);
}

} // namespace Folio::Checks
