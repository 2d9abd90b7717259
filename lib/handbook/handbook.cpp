#include "handbook/handbook.h"

#include "document/frontmatter.h"
#include "document/page.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <algorithm>
#include <cerrno>
#include <vector>

namespace Folio::Handbook {

namespace {

const QString HugoRoot = QStringLiteral("content/");
const QString MiddlemanRoot = QStringLiteral("sites/handbook/source/");
const QString MiddlemanSiteRoot = QStringLiteral("source/");

bool isDir(const QString &path)
{
    return QFileInfo(path).isDir();
}

// Folders that never hold pages of the site: tool caches, build output, dependencies.
bool isSkippedFolder(const QString &name, bool atRoot)
{
    if (name.startsWith(QLatin1Char('.')) || name == QLatin1String("node_modules"))
        return true;
    static const QStringList rootOnly = {QStringLiteral("public"), QStringLiteral("vendor"),
                                         QStringLiteral("tmp"), QStringLiteral("build"),
                                         QStringLiteral("resources")};
    return atRoot && rootOnly.contains(name);
}

// A folder that is the top of a handbook checkout.
bool isHandbookTop(const QDir &dir)
{
    return dir.exists(QStringLiteral(".git")) || dir.exists(MiddlemanRoot) ||
           (dir.exists(HugoRoot) &&
            (dir.exists(QStringLiteral("config.toml")) || dir.exists(QStringLiteral("hugo.toml")) ||
             dir.exists(QStringLiteral("hugo.yaml")) ||
             dir.exists(QStringLiteral("config.yaml")))) ||
           (dir.exists(MiddlemanSiteRoot) && dir.exists(QStringLiteral("config.rb")));
}

// Visits page files below root + folder, depth first, sorted; visit returns false to stop.
// Symbolic links to folders are not followed, so a link loop cannot hang the walk; an
// unreadable folder is reported to listing (when given) and skipped.
template<typename Visit>
bool walkPages(const QString &root, const QString &folder, Visit &&visit,
               PageFileListing *listing = nullptr)
{
    const QString path = root % u'/' % folder;
    if (listing && !QFileInfo(path).isReadable()) {
        listing->problems.append(Error{ErrorDomain::File, EACCES,
                                       QStringLiteral("cannot read folder %1: permission denied")
                                           .arg(folder.isEmpty() ? path : folder)});
        return true;
    }
    // QDirIterator takes the entry types from the directory listing itself: no stat per file.
    std::vector<std::pair<QString, bool>> entries; // name, is a folder
    for (QDirIterator it(path, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden |
                                   QDir::System);
         it.hasNext();) {
        it.next();
        const QFileInfo entry = it.fileInfo();
        QString name = entry.fileName();
        if (entry.isSymLink() && entry.isDir()) {
            if (listing && !isSkippedFolder(name, folder.isEmpty()))
                ++listing->skippedSymlinks;
        } else if (entry.isDir()) {
            if (!isSkippedFolder(name, folder.isEmpty()))
                entries.emplace_back(std::move(name), true);
        } else if (Handbook::isPageFileName(name) && !name.startsWith(QLatin1Char('.'))) {
            entries.emplace_back(std::move(name), false);
        }
    }
    std::sort(entries.begin(), entries.end()); // one name order, as QDir::Name listed them
    for (const auto &[name, isFolder] : entries) {
        if (isFolder ? !walkPages(root, folder % name % u'/', visit, listing)
                     : !visit(folder % name))
            return false;
    }
    return true;
}

QString stripUrl(QString url)
{
    if (const qsizetype hash = url.indexOf(QLatin1Char('#')); hash >= 0)
        url.truncate(hash);
    if (const qsizetype query = url.indexOf(QLatin1Char('?')); query >= 0)
        url.truncate(query);
    return QUrl::fromPercentEncoding(url.toUtf8());
}

// A site URL path without dot segments, as a browser resolves it: ".." at the root stays at
// the root. (QDir::cleanPath keeps "/../x", which would name files beside the content folder.)
QString cleanUrlPath(const QString &path)
{
    QString clean = QDir::cleanPath(path);
    while (clean == QLatin1String("/..") || clean.startsWith(QLatin1String("/../")))
        clean.remove(0, 3);
    return clean.isEmpty() ? QStringLiteral("/") : clean;
}

} // namespace

Result<Handbook> Handbook::open(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{ErrorDomain::File, ENOENT, QStringLiteral("%1 does not exist").arg(path)};

    const QString start = info.isDir() ? info.canonicalFilePath() : info.canonicalPath();
    QString root = start;
    for (QDir dir(start);;) {
        if (isHandbookTop(dir)) {
            root = dir.absolutePath();
            break;
        }
        if (!dir.cdUp())
            break;
    }

    Handbook handbook;
    handbook.m_root = root;
    const QDir top(root);
    const bool hugo = top.exists(HugoRoot) && isDir(root % u'/' % HugoRoot);
    QString middleman;
    if (isDir(root % u'/' % MiddlemanRoot))
        middleman = MiddlemanRoot;
    else if (isDir(root % u'/' % MiddlemanSiteRoot) && top.exists(QStringLiteral("config.rb")))
        middleman = MiddlemanSiteRoot;
    if (hugo)
        handbook.m_contentRoots.append(HugoRoot);
    if (!middleman.isEmpty())
        handbook.m_contentRoots.append(middleman);
    if (handbook.m_contentRoots.isEmpty())
        handbook.m_contentRoots.append(QString());
    handbook.m_era = hugo && !middleman.isEmpty() ? Era::Mixed
                     : hugo                       ? Era::Hugo
                     : !middleman.isEmpty()       ? Era::Middleman
                                                  : Era::Plain;

    return withPages(std::move(handbook));
}

Result<Handbook> Handbook::openPlainFolder(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isDir())
        return Error{ErrorDomain::File, ENOENT, QStringLiteral("%1 is not a folder").arg(path)};
    Handbook handbook;
    handbook.m_root = info.canonicalFilePath();
    handbook.m_contentRoots.append(QString());
    return withPages(std::move(handbook));
}

Result<Handbook> Handbook::withPages(Handbook handbook)
{
    bool hasPage = false;
    for (const QString &contentRoot : std::as_const(handbook.m_contentRoots)) {
        walkPages(handbook.m_root, contentRoot, [&](const QString &) {
            hasPage = true;
            return false;
        });
        if (hasPage)
            break;
    }
    if (!hasPage) {
        return Error{ErrorDomain::Handbook, 0,
                     QStringLiteral("%1 is not a handbook: it contains no Markdown pages (*.md)")
                         .arg(handbook.m_root)};
    }
    return handbook;
}

QString Handbook::name() const
{
    return QFileInfo(m_root).fileName();
}

bool Handbook::isPageFileName(const QString &fileName)
{
    return fileName.endsWith(QLatin1String(".md")) ||
           fileName.endsWith(QLatin1String(".markdown")) ||
           fileName.endsWith(QLatin1String(".md.erb"));
}

QString Handbook::readTitle(const QString &absolutePath)
{
    QFile file(absolutePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    // Front matter is short; read more only when it does not close within the first block.
    QByteArray head = file.read(64 * 1024);
    if (file.size() > head.size())
        head.truncate(head.lastIndexOf('\n') + 1); // never cut a UTF-8 sequence in half
    auto page = Document::Page::fromBytes(head);
    if (!page && file.size() > head.size())
        return {};
    auto block =
        page ? Document::FrontMatterBlock::locate(page->text()) : Document::FrontMatterBlock();
    if (block.kind == Document::FrontMatterBlock::Kind::Unterminated && file.size() > head.size()) {
        file.seek(0);
        page = Document::Page::fromBytes(file.read(Document::FrontMatter::MaximumSize + 64 * 1024));
        if (!page)
            return {};
        block = Document::FrontMatterBlock::locate(page->text());
    }
    if (!page)
        return {};
    const auto frontMatter = Document::FrontMatter::parse(page->text(), block);
    return frontMatter ? frontMatter->text(QStringLiteral("title")).trimmed() : QString();
}

QList<PageEntry> Handbook::scanPages() const
{
    QList<PageEntry> pages;
    for (const QString &contentRoot : m_contentRoots) {
        walkPages(m_root, contentRoot, [&](const QString &relative) {
            pages.append(PageEntry{relative, readTitle(absolutePath(relative))});
            return true;
        });
    }
    std::sort(pages.begin(), pages.end(),
              [](const PageEntry &a, const PageEntry &b) { return a.path < b.path; });
    return pages;
}

PageFileListing Handbook::listPageFiles() const
{
    return listPageFiles(QString());
}

PageFileListing Handbook::listPageFiles(const QString &folder) const
{
    QString start = folder;
    if (!start.isEmpty() && !start.endsWith(QLatin1Char('/')))
        start += u'/';
    PageFileListing listing;
    for (const QString &contentRoot : m_contentRoots) {
        // The part of the content root below start, or of start below the content root.
        QString from;
        if (start.startsWith(contentRoot))
            from = start;
        else if (contentRoot.startsWith(start))
            from = contentRoot;
        else
            continue;
        if (!from.isEmpty() && !QFileInfo(absolutePath(from)).isDir())
            continue;
        // Skipped folders on the way from the content root down to start stay skipped.
        if (!from.isEmpty() && !isPagePath(from % u"x.md"))
            continue;
        walkPages(
            m_root, from,
            [&](const QString &relative) {
                listing.paths.append(relative);
                return true;
            },
            &listing);
    }
    std::sort(listing.paths.begin(), listing.paths.end());
    listing.paths.erase(std::unique(listing.paths.begin(), listing.paths.end()),
                        listing.paths.end());
    return listing;
}

bool Handbook::isPagePath(const QString &relativePath) const
{
    if (!isPageFileName(relativePath) || relativePath.startsWith(QLatin1String("../")) ||
        relativePath.startsWith(QLatin1Char('/')))
        return false;
    QString contentRoot;
    bool inside = false;
    for (const QString &candidate : m_contentRoots) {
        if (relativePath.startsWith(candidate) && candidate.size() >= contentRoot.size()) {
            contentRoot = candidate;
            inside = true;
        }
    }
    if (!inside)
        return false;
    const QStringList parts = relativePath.split(QLatin1Char('/'));
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString &part = parts[i];
        if (part.isEmpty() || part == QLatin1String("..") ||
            (i + 1 < parts.size() ? isSkippedFolder(part, i == 0) : part.startsWith(u'.')))
            return false;
    }
    return true;
}

QString Handbook::absolutePath(const QString &relativePath) const
{
    return m_root % u'/' % relativePath;
}

QString Handbook::relativePath(const QString &absolutePath) const
{
    // Cleaned first: "x/.." names x's folder even when x does not exist, and its file name
    // ".." must not be put after that folder (it gave "..", a path above the root).
    const QFileInfo info(QDir::cleanPath(absolutePath));
    const QString canonical =
        info.exists() ? info.canonicalFilePath()
                      : QFileInfo(info.absolutePath()).canonicalFilePath() % u'/' % info.fileName();
    if (!canonical.startsWith(m_root % u'/'))
        return {};
    return canonical.sliced(m_root.size() + 1);
}

Markdown::RenderOptions Handbook::renderOptions(const QString &relativePath) const
{
    Markdown::RenderOptions options = Markdown::RenderOptions::forFileName(relativePath);
    if (relativePath.startsWith(MiddlemanRoot) ||
        (m_era == Era::Middleman && relativePath.startsWith(MiddlemanSiteRoot)))
        options.dialect = Markdown::Dialect::Kramdown;
    return options;
}

QString Handbook::urlForPage(const QString &relativePath) const
{
    QString contentRoot;
    for (const QString &candidate : m_contentRoots) {
        if (relativePath.startsWith(candidate) && candidate.size() >= contentRoot.size())
            contentRoot = candidate;
    }
    QString path = relativePath.sliced(contentRoot.size());
    if (path.endsWith(QLatin1String(".erb")))
        path.chop(4);
    const QString fileName = path.section(QLatin1Char('/'), -1);
    const QString folder = path.left(path.size() - fileName.size());
    if (fileName == QLatin1String("_index.md") || fileName == QLatin1String("index.md") ||
        fileName == QLatin1String("index.html.md")) {
        return u'/' % folder;
    }
    if (fileName.endsWith(QLatin1String(".html.md")))
        return u'/' % path.chopped(3);
    const qsizetype dot = fileName.lastIndexOf(QLatin1Char('.'));
    return u'/' % folder % fileName.left(dot) % u'/';
}

QString Handbook::pageForUrl(const QString &url, const QString &fromPage) const
{
    return pageForUrl(url, fromPage, [this](const QString &candidate) {
        return QFileInfo(absolutePath(candidate)).isFile() && !confined(candidate).isEmpty();
    });
}

bool Handbook::isExternalUrl(const QString &url)
{
    if (url.startsWith(QLatin1String("//")))
        return true;
    // A scheme as RFC 3986 spells it: a letter, then letters, digits, '+', '-', '.', then ':'.
    for (qsizetype i = 0; i < url.size(); ++i) {
        const char16_t c = url[i].unicode();
        const bool letter = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
        if (c == u':')
            return i > 0;
        if (!letter &&
            (i == 0 || !((c >= u'0' && c <= u'9') || c == u'+' || c == u'-' || c == u'.')))
            return false;
    }
    return false;
}

QString Handbook::hugoRefPath(const QString &url)
{
    if (!url.startsWith(QLatin1String("{{<")) && !url.startsWith(QLatin1String("{{%")))
        return {};
    QStringView call = QStringView(url).sliced(3);
    call = call.trimmed();
    const bool relref = call.startsWith(QLatin1String("relref"));
    if (!relref && !call.startsWith(QLatin1String("ref")))
        return {};
    call = call.sliced(relref ? 6 : 3);
    if (call.isEmpty() || !call.front().isSpace())
        return {};
    // The first quoted argument, positional or `path="..."`; else the first bare word.
    const qsizetype quote = call.indexOf(QLatin1Char('"'));
    if (quote >= 0) {
        const qsizetype close = call.indexOf(QLatin1Char('"'), quote + 1);
        return close < 0 ? QString() : call.sliced(quote + 1, close - quote - 1).toString();
    }
    call = call.trimmed();
    const qsizetype end = call.indexOf(QLatin1Char(' '));
    return (end < 0 ? call : call.first(end)).toString();
}

QString Handbook::urlAnchor(const QString &url)
{
    if (const QString ref = hugoRefPath(url); !ref.isEmpty())
        return urlAnchor(ref);
    const qsizetype hash = url.indexOf(QLatin1Char('#'));
    if (hash < 0)
        return {};
    return QUrl::fromPercentEncoding(url.sliced(hash + 1).toUtf8());
}

QString Handbook::pageForUrl(const QString &url, const QString &fromPage,
                             const PageExists &isPage) const
{
    if (url.isEmpty() || url.startsWith(QLatin1Char('#')))
        return url.isEmpty() ? QString() : fromPage;
    if (isExternalUrl(url))
        return {};
    if (url.startsWith(QLatin1String("{{")))
        return pageForHugoRef(hugoRefPath(url), fromPage, isPage);
    QString path = stripUrl(url);
    if (path.isEmpty()) // "?query" alone: the page itself
        return fromPage;

    if (!path.startsWith(QLatin1Char('/'))) {
        // A link to a Markdown file next to the page, as on GitLab and GitHub.
        if (isPageFileName(path) && !fromPage.isEmpty()) {
            const QString folder = QFileInfo(fromPage).path();
            const QString candidate = QDir::cleanPath(folder % u'/' % path);
            if (!candidate.startsWith(QLatin1String("../")) && isPage(candidate))
                return candidate;
        }
        // Otherwise relative to the page's published URL, as a browser resolves it.
        const QString base = fromPage.isEmpty() ? QStringLiteral("/") : urlForPage(fromPage);
        path = QUrl(QStringLiteral("folio:") + base).resolved(QUrl(path)).path();
    }
    path = cleanUrlPath(path);
    QString trimmed = path.mid(1);
    while (trimmed.endsWith(QLatin1Char('/')))
        trimmed.chop(1);
    const QString prefix = trimmed.isEmpty() ? QString() : trimmed % u'/';

    QStringList suffixes = {prefix % u"_index.md", prefix % u"index.md", prefix % u"index.html.md",
                            prefix % u"index.html.md.erb"};
    if (!trimmed.isEmpty()) {
        suffixes.append(trimmed % u".md");
        if (trimmed.endsWith(QLatin1String(".html")))
            suffixes << trimmed % u".md.erb";
        // Middleman's directory indexes publish `x.html.md` at /x/ and /x/index.html as well.
        QString page = trimmed;
        if (page.endsWith(QLatin1String("/index.html")))
            page.chop(11);
        if (!page.isEmpty() && !page.endsWith(QLatin1String(".html")))
            suffixes << page % u".html.md" << page % u".html.md.erb";
    }
    for (const QString &contentRoot : m_contentRoots) {
        for (const QString &suffix : std::as_const(suffixes)) {
            const QString candidate = contentRoot % suffix;
            if (isPage(candidate))
                return candidate;
        }
    }
    return {};
}

QString Handbook::pageForHugoRef(const QString &ref, const QString &fromPage,
                                 const PageExists &isPage) const
{
    QString path = ref;
    if (const qsizetype hash = path.indexOf(QLatin1Char('#')); hash >= 0)
        path.truncate(hash);
    if (path.isEmpty())
        return ref.isEmpty() ? QString() : fromPage; // "#anchor": this page
    QStringList bases;
    if (!path.startsWith(QLatin1Char('/')) && !fromPage.isEmpty())
        bases.append(QDir::cleanPath(QFileInfo(fromPage).path() % u'/' % path));
    for (const QString &contentRoot : m_contentRoots)
        bases.append(QDir::cleanPath(contentRoot % u'/' % path));
    for (QString base : std::as_const(bases)) {
        while (base.startsWith(QLatin1Char('/')))
            base.remove(0, 1);
        if (base.startsWith(QLatin1String("../")) || base == QLatin1String(".."))
            continue;
        const QString candidates[] = {base, base % u".md", base % u"/_index.md",
                                      base % u"/index.md"};
        for (const QString &candidate : candidates) {
            if (isPageFileName(candidate) && isPage(candidate))
                return candidate;
        }
    }
    return {};
}

QString Handbook::resolveAsset(const QString &url, const QString &fromPage) const
{
    if (url.isEmpty() || isExternalUrl(url))
        return {};
    const QString path = stripUrl(url);
    QStringList candidates;
    QString sitePath = path;
    if (!path.startsWith(QLatin1Char('/'))) {
        // Relative to the page file (page bundles, GitLab-style), then to its published URL.
        if (!fromPage.isEmpty())
            candidates.append(QDir::cleanPath(QFileInfo(fromPage).path() % u'/' % path));
        const QString base = fromPage.isEmpty() ? QStringLiteral("/") : urlForPage(fromPage);
        sitePath = QUrl(QStringLiteral("folio:") + base).resolved(QUrl(path)).path();
    }
    sitePath = cleanUrlPath(sitePath);
    const QString site = sitePath.mid(1);
    candidates << QStringLiteral("static/") + site << MiddlemanRoot + site
               << MiddlemanSiteRoot + site;
    for (const QString &contentRoot : m_contentRoots)
        candidates.append(contentRoot + site);
    for (const QString &candidate : std::as_const(candidates)) {
        if (candidate.startsWith(QLatin1String("../")) || candidate == QLatin1String(".."))
            continue;
        const QString file = confined(candidate);
        if (!file.isEmpty())
            return file;
    }
    return {};
}

QString Handbook::confined(const QString &candidate) const
{
    const QFileInfo info(m_root % u'/' % candidate);
    if (!info.isFile())
        return {};
    const QString canonical = info.canonicalFilePath();
    if (!canonical.startsWith(m_root % u'/'))
        return {};
    const QStringList parts = canonical.sliced(m_root.size() + 1).split(QLatin1Char('/'));
    for (const QString &part : parts) {
        if (part.startsWith(QLatin1Char('.')))
            return {};
    }
    return canonical;
}

} // namespace Folio::Handbook
