#pragma once

#include "core/result.h"
#include "markdown/renderer.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <functional>

namespace Folio::Handbook {

// Which static-site generator a handbook (or one of its content roots) is written for.
enum class Era
{
    Hugo,      // content/**, sections as _index.md, Goldmark
    Middleman, // sites/handbook/source/** or source/**, pages as index.html.md[.erb], kramdown
    Mixed,     // both side by side, as during a migration
    Plain,     // Markdown pages without a known site layout
};

// The page files of a handbook and what stood in the way of listing them.
struct PageFileListing
{
    QStringList paths;     // relative to the root, '/'-separated, sorted
    QList<Error> problems; // unreadable folders, skipped symbolic links to folders
    qsizetype skippedSymlinks = 0;
};

struct PageEntry
{
    QString path;  // relative to the handbook root, '/'-separated
    QString title; // from the front matter; empty when the page has none
};

// A handbook checkout: its root folder, layout, and the mapping between site URLs and files.
// A value type with no open handles, cheap to copy to worker threads.
class Handbook
{
public:
    Handbook() = default;

    // Opens the handbook at path: a handbook folder, or a page (or any folder) inside one, in
    // which case the root is the enclosing checkout.
    [[nodiscard]] static Result<Handbook> open(const QString &path);
    // Opens exactly this folder as a plain folder of Markdown pages (Era::Plain, the folder as
    // the only content root), for a folder that open() does not see as a handbook: no walking up
    // to an enclosing checkout. Fails only when the folder is missing or holds no page.
    [[nodiscard]] static Result<Handbook> openPlainFolder(const QString &path);

    [[nodiscard]] const QString &rootPath() const { return m_root; } // canonical, no trailing '/'
    [[nodiscard]] Era era() const { return m_era; }
    [[nodiscard]] QString name() const; // the folder's name, for window titles
    // Folders (relative, with trailing '/', or "" for the root) that hold pages.
    [[nodiscard]] const QStringList &contentRoots() const { return m_contentRoots; }

    // Every Markdown page with its title, sorted by path. Reads every page's front matter:
    // call it off the UI thread.
    [[nodiscard]] QList<PageEntry> scanPages() const;
    // The relative paths of every page file, sorted, without reading them. Symbolic links to
    // folders are not followed (a link loop cannot hang the walk), hidden folders, node_modules
    // and build output are skipped; an unreadable folder is a problem, not a failure.
    [[nodiscard]] PageFileListing listPageFiles() const;
    // The same below one folder (relative, "" for the root), within the content roots.
    [[nodiscard]] PageFileListing listPageFiles(const QString &folder) const;
    // Whether a relative path is where a page of this handbook can be: inside a content root,
    // not in a skipped folder, with a page file name. Does not touch the disk.
    [[nodiscard]] bool isPagePath(const QString &relativePath) const;

    [[nodiscard]] static bool isPageFileName(const QString &fileName);
    // The title from a page's front matter, reading only its beginning; empty when none.
    [[nodiscard]] static QString readTitle(const QString &absolutePath);

    [[nodiscard]] QString absolutePath(const QString &relativePath) const;
    // The path relative to the root, or an empty string when absolutePath is outside it.
    [[nodiscard]] QString relativePath(const QString &absolutePath) const;

    // How to render a page: Middleman content is kramdown, Hugo content Goldmark.
    [[nodiscard]] Markdown::RenderOptions renderOptions(const QString &relativePath) const;

    // The site URL path a page is published at, e.g. "/handbook/sales/".
    [[nodiscard]] QString urlForPage(const QString &relativePath) const;
    // The page (relative path) published at a site URL path such as "/handbook/sales/#x" or
    // a link relative to fromPage, or the page a Hugo `{{< ref "path" >}}` call names (as
    // Hugo's GetPage finds it: relative to fromPage's folder, then to the content root; with or
    // without ".md", a folder by its _index.md or index.md); empty when no page of this
    // handbook is there.
    [[nodiscard]] QString pageForUrl(const QString &url, const QString &fromPage = QString()) const;
    // The same against a known set of pages instead of the disk: isPage(relativePath) says
    // whether a page is there. For resolving thousands of links from an index.
    using PageExists = std::function<bool(const QString &relativePath)>;
    [[nodiscard]] QString pageForUrl(const QString &url, const QString &fromPage,
                                     const PageExists &isPage) const;
    // The anchor of a link, percent-decoded, without '#': "/handbook/a/#b%20c" -> "b c"; empty
    // when there is none.
    [[nodiscard]] static QString urlAnchor(const QString &url);
    // The path argument of a Hugo ref or relref shortcode call, as written:
    // `{{< ref "a/b.md#c" >}}` -> "a/b.md#c"; empty when url is no such call.
    [[nodiscard]] static QString hugoRefPath(const QString &url);
    // Whether a link leaves the handbook: it has a scheme (https:, mailto:) or starts with //.
    [[nodiscard]] static bool isExternalUrl(const QString &url);
    // The file an image or other asset URL of fromPage refers to, as the site would serve it
    // (Hugo static/, Middleman source/, page bundles). Never outside the root and never inside
    // a hidden folder such as .git: empty when there is no such file or it would be outside.
    [[nodiscard]] QString resolveAsset(const QString &url, const QString &fromPage) const;

private:
    [[nodiscard]] QString pageForHugoRef(const QString &ref, const QString &fromPage,
                                         const PageExists &isPage) const;
    [[nodiscard]] QString confined(const QString &candidate) const;
    [[nodiscard]] static Result<Handbook> withPages(Handbook handbook);

    QString m_root;
    Era m_era = Era::Plain;
    QStringList m_contentRoots;
};

} // namespace Folio::Handbook

Q_DECLARE_METATYPE(Folio::Handbook::PageEntry)
