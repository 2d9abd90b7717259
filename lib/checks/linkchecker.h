#pragma once

#include "checks/pageurlsuggester.h"
#include "checks/problem.h"
#include "workspace/pageindex.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Folio::Checks {

// Finds the broken links, anchors and images of pages, against a PageIndex snapshot: nothing
// is fetched from the network, and only missing images and files are looked for on disk.
//
// Each link of a page (see Workspace::PageScanner) is classified:
// - to a page of the handbook (`/handbook/a/`, `../b/`, `c.md`, Middleman's `x.html` and
//   `x/index.html`, an absolute URL on one of Options::siteHosts such as
//   `https://handbook.gitlab.com/handbook/a/`), resolved with the era's URL rules: Error "no
//   page for /handbook/a/" when no page is there, with the closest page URLs as suggestions.
//   Hugo's `{{< ref "x" >}}` is an error only when no page is named x, since Hugo also finds
//   a page by its name alone;
//   its `#anchor`, or a bare `#anchor` on the same page, must be a heading id as the era's
//   generator makes it or another id on that page (IndexedPage::anchors): Error "no heading
//   #x on /handbook/a/" with the closest ids as suggestions;
// - an image, or a link to a file such as a PDF: Error "image not found" / "file not found"
//   when the site would not find it on disk (Hugo static/, Middleman source/, page bundles);
//   a file link outside the handbook's pages and served folders is Info like the next case.
//   On a site host, only page links under the handbook are errors: other paths there may be
//   served by another repository (about.gitlab.com's marketing site), so they are Info;
// - a root-relative path the handbook has no pages under (`/company/`, `/job-families/`), or
//   one of the site hosts outside those paths: Info, "outside the handbook": another site of
//   the company, not in this checkout, so not checked. What is "under the handbook" is
//   learned from the index: the first segments of every page's URL (`handbook`, ...);
// - anything else with a scheme (https:, mailto:) or `//`: not reported.
// Not checked at all: targets built by ERB or other Hugo templates (`<%= %>`, `{{ }}`), `#top`
// (browsers scroll to the top without such an id), footnote anchors (`#fn:1`) and text
// fragments (`#:~:text=`).
//
// Construction precomputes lookups over the whole index; check() is then const and may run
// on any number of threads at once.
class LinkChecker
{
public:
    struct Options
    {
        // Host names the handbook's site is published at: absolute http(s) links to them are
        // checked like root-relative ones.
        QStringList siteHosts = defaultSiteHosts();
    };

    // GitLab's handbook: handbook.gitlab.com (Hugo era) and about.gitlab.com (where the
    // Middleman-era handbook lived; its /handbook/ pages now redirect).
    [[nodiscard]] static QStringList defaultSiteHosts();

    explicit LinkChecker(const Workspace::PageIndex &index);
    LinkChecker(const Workspace::PageIndex &index, Options options);

    // The problems of one page's links, sorted by line then column. The page may be one of the
    // index's or one read separately (PageScanner::read) for the same handbook: links to
    // pages are resolved against the index's pages either way.
    [[nodiscard]] QList<Problem> check(const Workspace::IndexedPage &page) const;

    [[nodiscard]] const Workspace::PageIndex &index() const { return m_index; }

private:
    void checkLink(const Workspace::IndexedPage &page, const Workspace::PageLink &link,
                   QList<Problem> &problems) const;
    void checkAnchor(const Workspace::IndexedPage &page, const Workspace::PageLink &link,
                     const Workspace::IndexedPage &target, const QString &anchor,
                     QList<Problem> &problems) const;
    [[nodiscard]] QString siteRelative(const QString &url) const;
    // The absolute site path a link asks for, relative ones resolved against baseUrl (the
    // linking page's URL) as a browser does.
    [[nodiscard]] QString sitePath(const QString &url, const QString &baseUrl) const;
    [[nodiscard]] QString resolvePage(const QString &url, const QString &fromPage) const;
    [[nodiscard]] bool isUnderHandbook(const QString &sitePath) const;
    [[nodiscard]] bool isServedFolder(const QString &sitePath) const;

    Workspace::PageIndex m_index;
    Options m_options;
    QSet<QString> m_sections;      // first segments of page URLs: "handbook", ...
    QSet<QString> m_assetSections; // first-level folders the site serves files from: "images"
    QSet<QString> m_pageNames;     // page file names without .md, section folder names
    PageUrlSuggester m_suggester;
};

} // namespace Folio::Checks
