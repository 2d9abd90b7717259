#include "workspace/pageindexer.h"

#include "workspace/pagescanner.h"
#include "workspace/parallelfor.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QtConcurrent>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <sys/stat.h>
#include <vector>

namespace Folio::Workspace {

namespace {

bool isCancelled(const std::atomic_bool *cancelled)
{
    return cancelled && cancelled->load(std::memory_order_relaxed);
}

// Resolves the links to pages against the set of pages (no disk access); true when any
// resolution changed. Resolved paths share the set's strings.
bool resolvePageLinks(IndexedPage &page, const Handbook::Handbook &handbook,
                      const QSet<QString> &pages)
{
    bool changed = false;
    const auto isPage = [&](const QString &candidate) { return pages.contains(candidate); };
    for (PageLink &link : page.links) {
        if (link.kind != PageLink::Kind::Page)
            continue;
        QString resolved = handbook.pageForUrl(link.target, page.path, isPage);
        if (const auto it = pages.constFind(resolved); it != pages.cend())
            resolved = *it;
        if (resolved != link.resolvedPath) {
            link.resolvedPath = resolved;
            changed = true;
        }
    }
    return changed;
}

// Thread-safe set of strings that many pages hold alike (front matter keys, link targets), so
// the index keeps one copy of each: with thousands of pages they add up to megabytes.
class StringPool
{
public:
    void intern(QString &string)
    {
        if (string.isEmpty())
            return;
        const std::lock_guard lock(m_mutex);
        const auto it = m_strings.constFind(string);
        if (it != m_strings.cend())
            string = *it;
        else
            m_strings.insert(string);
    }

private:
    std::mutex m_mutex;
    QSet<QString> m_strings;
};

// What the index keeps of a scanned page: heading text is left out (the Outline reads the open
// page, PageIndex::outline() scans again on demand) and lists are trimmed to their size.
void compactForIndex(IndexedPage &page, StringPool &pool)
{
    for (PageHeading &heading : page.headings)
        heading.text = QString();
    for (QString &key : page.frontMatterKeys)
        pool.intern(key);
    for (PageLink &link : page.links)
        pool.intern(link.target);
    page.frontMatterKeys.squeeze();
    page.links.squeeze();
    page.anchors.squeeze();
    page.templateCalls.squeeze();
}

struct FileStamp
{
    qint64 modifiedNs = 0;
    qint64 size = -1;
    quint64 inode = 0;
};

std::optional<FileStamp> stamp(const QString &absolutePath)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(absolutePath).constData(), &info) != 0)
        return std::nullopt;
    return FileStamp{qint64(info.st_mtim.tv_sec) * 1000000000 + info.st_mtim.tv_nsec,
                     qint64(info.st_size), quint64(info.st_ino)};
}

bool exists(const QString &absolutePath)
{
    struct stat info = {};
    return ::lstat(QFile::encodeName(absolutePath).constData(), &info) == 0;
}

// Reads pages in parallel on the global pool; the calling thread takes part, so this may run
// inside a pool job. Pages that vanished while being read are left out (nullptr).
std::vector<IndexedPagePtr> readPages(const Handbook::Handbook &handbook, const QStringList &paths,
                                      const QSet<QString> &pageSet,
                                      const std::atomic_bool *cancelled,
                                      const PageIndexer::Progress &progress)
{
    std::vector<IndexedPagePtr> pages(size_t(paths.size()));
    std::atomic_int done = 0;
    StringPool pool;
    const int total = int(paths.size());
    const int step = std::max(1, total / 100);
    parallelFor(paths.size(), [&](qsizetype i) {
        if (isCancelled(cancelled))
            return;
        const QString &path = paths[i];
        IndexedPage page = PageScanner::read(handbook, path);
        if (!page.problem.isEmpty() && !exists(handbook.absolutePath(path))) {
            // Deleted while the index was being built: it is simply not there any more.
        } else {
            resolvePageLinks(page, handbook, pageSet);
            compactForIndex(page, pool);
            pages[size_t(i)] = std::make_shared<const IndexedPage>(std::move(page));
        }
        const int n = ++done;
        if (progress && (n % step == 0 || n == total))
            progress(n, total);
    });
    return pages;
}

QList<Error> listingProblems(const Handbook::PageFileListing &listing)
{
    QList<Error> problems = listing.problems;
    if (listing.skippedSymlinks > 0) {
        problems.append(Error{ErrorDomain::Handbook, 0,
                              QStringLiteral("%1 symbolic link(s) to folders were not followed")
                                  .arg(listing.skippedSymlinks)});
    }
    return problems;
}

QString normalized(const Handbook::Handbook &handbook, QString path)
{
    if (path.startsWith(handbook.rootPath() + u'/'))
        path = path.sliced(handbook.rootPath().size() + 1);
    else if (path == handbook.rootPath())
        path.clear();
    while (path.startsWith(QLatin1String("./")))
        path.remove(0, 2);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path;
}

} // namespace

PageIndexer::PageIndexer(QObject *parent)
    : QObject(parent)
{
    connect(&m_job, &QFutureWatcher<PageIndex>::finished, this, &PageIndexer::onJobFinished);
}

PageIndexer::~PageIndexer()
{
    if (m_cancelled)
        m_cancelled->store(true);
    m_job.waitForFinished();
}

PageIndex PageIndexer::build(const Handbook::Handbook &handbook, const std::atomic_bool *cancelled,
                             const Progress &progress)
{
    const Handbook::PageFileListing listing = handbook.listPageFiles();
    if (progress)
        progress(0, int(listing.paths.size()));
    const QSet<QString> pageSet(listing.paths.cbegin(), listing.paths.cend());
    std::vector<IndexedPagePtr> read =
        readPages(handbook, listing.paths, pageSet, cancelled, progress);
    if (isCancelled(cancelled))
        return {};
    QList<IndexedPagePtr> pages;
    pages.reserve(qsizetype(read.size()));
    for (IndexedPagePtr &page : read) {
        if (page)
            pages.append(std::move(page));
    }
    return PageIndex::create(handbook, std::move(pages), listingProblems(listing));
}

PageIndex PageIndexer::update(const PageIndex &previous, const QStringList &paths,
                              const std::atomic_bool *cancelled)
{
    const Handbook::Handbook &handbook = previous.handbook();
    QHash<QString, IndexedPagePtr> pages;
    pages.reserve(previous.size());
    for (const IndexedPagePtr &page : previous.pages())
        pages.insert(page->path, page);
    QList<Error> folderProblems;
    for (const Error &problem : previous.problems()) {
        if (problem.domain != ErrorDomain::File || problem.code != 0)
            folderProblems.append(problem); // page problems are recomputed from the pages
    }

    QSet<QString> toRead;
    const auto dropBelow = [&](const QString &folder) {
        const QString prefix = folder.isEmpty() ? QString() : folder + u'/';
        for (auto it = pages.begin(); it != pages.end();) {
            if (it.key().startsWith(prefix))
                it = pages.erase(it);
            else
                ++it;
        }
    };
    for (const QString &raw : paths) {
        const QString path = normalized(handbook, raw);
        const QString absolute = path.isEmpty() ? handbook.rootPath() : handbook.absolutePath(path);
        const QFileInfo info(absolute);
        if (info.isDir()) {
            const Handbook::PageFileListing listing = handbook.listPageFiles(path);
            if (path.isEmpty())
                folderProblems = listingProblems(listing);
            const QSet<QString> listed(listing.paths.cbegin(), listing.paths.cend());
            const QString prefix = path.isEmpty() ? QString() : path + u'/';
            for (auto it = pages.begin(); it != pages.end();) {
                if (it.key().startsWith(prefix) && !listed.contains(it.key()))
                    it = pages.erase(it);
                else
                    ++it;
            }
            for (const QString &listedPath : listing.paths) {
                const IndexedPagePtr known = pages.value(listedPath);
                const auto now = stamp(handbook.absolutePath(listedPath));
                if (!known || !now || now->modifiedNs != known->modifiedNs ||
                    now->size != known->size || now->inode != known->inode)
                    toRead.insert(listedPath);
            }
        } else if (info.exists() && handbook.isPagePath(path)) {
            toRead.insert(path);
        } else {
            pages.remove(path);
            dropBelow(path); // a deleted folder
        }
    }
    if (isCancelled(cancelled))
        return previous;
    const auto messages = [](const QList<Error> &errors) {
        QStringList list;
        for (const Error &error : errors)
            list.append(error.message);
        return list;
    };
    QList<Error> oldFolderProblems;
    for (const Error &problem : previous.problems()) {
        if (problem.domain != ErrorDomain::File || problem.code != 0)
            oldFolderProblems.append(problem);
    }
    if (toRead.isEmpty() && pages.size() == previous.size() &&
        messages(folderProblems) == messages(oldFolderProblems))
        return previous; // nothing changed: the same snapshot

    // The new set of pages, then read what changed against it.
    QSet<QString> pageSet;
    pageSet.reserve(pages.size() + toRead.size());
    for (auto it = pages.cbegin(); it != pages.cend(); ++it)
        pageSet.insert(it.key());
    for (const QString &path : std::as_const(toRead))
        pageSet.insert(path);
    const bool setChanged =
        pageSet.size() != previous.size() ||
        std::any_of(previous.pages().cbegin(), previous.pages().cend(),
                    [&](const IndexedPagePtr &p) { return !pageSet.contains(p->path); });
    QStringList readList(toRead.cbegin(), toRead.cend());
    const std::vector<IndexedPagePtr> read =
        readPages(handbook, readList, pageSet, cancelled, Progress());
    if (isCancelled(cancelled))
        return previous;
    for (qsizetype i = 0; i < readList.size(); ++i) {
        if (read[size_t(i)])
            pages.insert(readList[i], read[size_t(i)]);
        else
            pages.remove(readList[i]);
    }

    QList<IndexedPagePtr> list;
    list.reserve(pages.size());
    for (auto it = pages.cbegin(); it != pages.cend(); ++it)
        list.append(it.value());
    std::sort(list.begin(), list.end(),
              [](const IndexedPagePtr &a, const IndexedPagePtr &b) { return a->path < b->path; });

    // Pages came or went: links elsewhere may now reach another page, or none.
    if (setChanged) {
        QSet<QString> finalSet;
        finalSet.reserve(list.size());
        for (const IndexedPagePtr &page : std::as_const(list))
            finalSet.insert(page->path);
        parallelFor(list.size(), [&](qsizetype i) {
            IndexedPagePtr &page = list[i];
            IndexedPage copy = *page;
            if (resolvePageLinks(copy, handbook, finalSet))
                page = std::make_shared<const IndexedPage>(std::move(copy));
        });
    }
    return PageIndex::create(handbook, std::move(list), std::move(folderProblems));
}

void PageIndexer::index(const Handbook::Handbook &handbook)
{
    m_handbook = handbook;
    m_pendingBuild = true;
    m_pendingPaths.clear();
    if (m_job.isRunning()) {
        m_cancelled->store(true);
        return; // onJobFinished() starts the build
    }
    startNext();
}

void PageIndexer::updatePages(const QStringList &paths)
{
    for (const QString &path : paths)
        m_pendingPaths.insert(path);
    if (!m_job.isRunning())
        startNext();
}

void PageIndexer::cancel()
{
    m_pendingBuild = false;
    m_pendingPaths.clear();
    if (m_cancelled)
        m_cancelled->store(true);
}

void PageIndexer::startNext()
{
    if (!m_pendingBuild && (m_pendingPaths.isEmpty() || m_current.handbook().rootPath().isEmpty()))
        return;
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    const int generation = ++m_generation;
    if (m_pendingBuild) {
        m_pendingBuild = false;
        m_jobIsBuild = true;
        const Progress progress = [this, generation](int done, int total) {
            QMetaObject::invokeMethod(
                this,
                [this, generation, done, total] {
                    if (generation == m_generation)
                        Q_EMIT progressChanged(done, total);
                },
                Qt::QueuedConnection);
        };
        m_job.setFuture(
            QtConcurrent::run([handbook = m_handbook, cancelled = m_cancelled, progress] {
                return build(handbook, cancelled.get(), progress);
            }));
    } else {
        m_jobIsBuild = false;
        const QStringList paths(m_pendingPaths.cbegin(), m_pendingPaths.cend());
        m_pendingPaths.clear();
        m_job.setFuture(QtConcurrent::run([previous = m_current, paths, cancelled = m_cancelled] {
            return update(previous, paths, cancelled.get());
        }));
    }
}

void PageIndexer::onJobFinished()
{
    const bool cancelled = m_cancelled && m_cancelled->load();
    if (!cancelled) {
        const PageIndex result = m_job.result();
        if (!result.isSameSnapshot(m_current) || m_jobIsBuild) {
            m_current = result;
            Q_EMIT indexReady(m_current);
        }
    }
    startNext();
}

} // namespace Folio::Workspace

// The moc code lives with the class, not in folio_core's shared mocs_compilation.cpp: the
// command line links these classes and must not pull in the other QObjects (and libgit2).
#include "moc_pageindexer.cpp"
