#pragma once

#include <QString>

namespace Folio::Bench {

// Writes a Hugo-era handbook of `pages` pages below root, deterministically from seed: the
// real handbook's page sizes (log-normal, median 5.5 KB, p90 22 KB, p99 62 KB, max 250 KB),
// front matter, headings (an "Overview" first, which a fifth of the links point to), links
// between pages (about 5% to pages that do not exist, on purpose; every other link and anchor
// is valid), images under static/images (all there), fenced code, and the phrase "quarterly
// business review" in about 2% of pages.
// Returns the bytes of Markdown written, or -1 on a write error.
qint64 generateHandbook(const QString &root, int pages, quint32 seed = 4019);

} // namespace Folio::Bench
