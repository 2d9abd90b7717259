#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Folio::Checks {

// The pages a broken link most likely meant: those whose URL differs from the link's in one
// path segment by a few typed characters (/handbook/salse/ -> /handbook/sales/), then those
// with the same last segment one folder away (a page that moved: a folder added, removed or
// renamed on the way), unless many pages share that name. Built once per set of pages, then
// read-only: safe to share between threads.
class PageUrlSuggester
{
public:
    PageUrlSuggester() = default;
    // urls: every page's site URL path, as Handbook::urlForPage gives it.
    explicit PageUrlSuggester(const QStringList &urls);

    // At most count page URLs, closest first; empty when none is close. sitePath is an
    // absolute site URL path without query or fragment, percent-decoded.
    [[nodiscard]] QStringList suggest(const QString &sitePath, int count = 3) const;

    // One spelling per page for comparing: "/a/b", "/a/b.html" and "/a/b/index.html" all
    // become "/a/b/" (Middleman publishes a page under each).
    [[nodiscard]] static QString normalized(const QString &sitePath);

private:
    QStringList m_urls;
    // The normalized URL with one segment replaced by a placeholder -> the URLs that fit.
    QHash<QString, QList<int>> m_bySkeleton;
    QHash<QString, QList<int>> m_byLastSegment;
};

} // namespace Folio::Checks
