#include "workspace/workspacewatcher.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QtConcurrent>

#include <deque>

namespace Folio::Workspace {

namespace {

// Whether pages can live in this folder (relative, "" for the root) of the handbook.
bool holdsPages(const Handbook::Handbook &handbook, const QString &relativeFolder)
{
    const QString probe = relativeFolder.isEmpty() ? QStringLiteral("x.md")
                                                   : relativeFolder + QStringLiteral("/x.md");
    return handbook.isPagePath(probe);
}

QStringList subfolders(const QString &absolute)
{
    QStringList folders;
    for (QDirIterator it(absolute, QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
         it.hasNext();) {
        it.next();
        if (!it.fileInfo().isSymLink())
            folders.append(it.filePath());
    }
    folders.sort();
    return folders;
}

} // namespace

WorkspaceWatcher::WorkspaceWatcher(QObject *parent)
    : QObject(parent)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(std::chrono::milliseconds(150));
    connect(&m_settle, &QTimer::timeout, this, &WorkspaceWatcher::emitPending);
    m_poll.setInterval(std::chrono::seconds(5));
    connect(&m_poll, &QTimer::timeout, this, [this] { Q_EMIT changed({QString()}); });
    connect(&m_scan, &QFutureWatcher<FolderScan>::finished, this,
            &WorkspaceWatcher::onFoldersScanned);
}

WorkspaceWatcher::~WorkspaceWatcher()
{
    m_scan.waitForFinished();
}

void WorkspaceWatcher::watch(const Handbook::Handbook &handbook)
{
    stop();
    m_handbook = handbook;
    m_watching = true;
    const int generation = ++m_generation;
    m_scan.setFuture(QtConcurrent::run([handbook, max = m_maxFolders, generation] {
        FolderScan scan = scanFolders(handbook, max);
        scan.generation = generation;
        return scan;
    }));
    if (m_poll.interval() > 0)
        m_poll.start();
}

void WorkspaceWatcher::stop()
{
    ++m_generation;
    m_watching = false;
    delete m_watcher;
    m_watcher = nullptr;
    m_poll.stop();
    m_settle.stop();
    m_pending.clear();
    m_allFolders = false;
}

void WorkspaceWatcher::setPollInterval(std::chrono::milliseconds interval)
{
    m_poll.setInterval(interval);
    if (interval.count() <= 0)
        m_poll.stop();
    else if (m_watching)
        m_poll.start();
}

void WorkspaceWatcher::setSettleDelay(std::chrono::milliseconds delay)
{
    m_settle.setInterval(delay);
}

QStringList WorkspaceWatcher::watchedFolders() const
{
    return m_watcher ? m_watcher->directories() : QStringList();
}

void WorkspaceWatcher::notifyChanged(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    m_settle.stop();
    for (const QString &path : paths)
        m_pending.insert(path);
    emitPending();
}

WorkspaceWatcher::FolderScan WorkspaceWatcher::scanFolders(const Handbook::Handbook &handbook,
                                                           int maxFolders)
{
    // Breadth first: when the cap cuts the list, the shallow folders (where new sections
    // appear) are the ones watched.
    FolderScan scan;
    std::deque<QString> queue;
    for (const QString &root : handbook.contentRoots())
        queue.push_back(root.isEmpty() ? handbook.rootPath()
                                       : handbook.absolutePath(root.chopped(1)));
    while (!queue.empty()) {
        const QString folder = queue.front();
        queue.pop_front();
        if (!QFileInfo(folder).isDir())
            continue;
        if (scan.folders.size() >= maxFolders) {
            scan.complete = false;
            break;
        }
        scan.folders.append(folder);
        for (const QString &sub : subfolders(folder)) {
            if (holdsPages(handbook, handbook.relativePath(sub)))
                queue.push_back(sub);
        }
    }
    return scan;
}

void WorkspaceWatcher::onFoldersScanned()
{
    const FolderScan scan = m_scan.result();
    if (scan.generation != m_generation || !m_watching)
        return;
    m_watcher = new QFileSystemWatcher(this);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this,
            &WorkspaceWatcher::onDirectoryChanged);
    m_allFolders = scan.complete;
    addFolders(scan.folders);
    Q_EMIT foldersWatched();
}

void WorkspaceWatcher::addFolders(const QStringList &folders)
{
    if (!m_watcher || folders.isEmpty())
        return;
    const int room = m_maxFolders - int(m_watcher->directories().size());
    QStringList wanted = folders.mid(0, std::max(0, room));
    if (wanted.size() < folders.size())
        m_allFolders = false;
    const QStringList failed = m_watcher->addPaths(wanted);
    // The system's limit (fs.inotify.max_user_watches) was reached: the poll covers the rest.
    if (!failed.isEmpty())
        m_allFolders = false;
}

void WorkspaceWatcher::onDirectoryChanged(const QString &path)
{
    const QString relative =
        path == m_handbook.rootPath() ? QString() : m_handbook.relativePath(path);
    if (relative.isEmpty() && path != m_handbook.rootPath()) {
        // Gone (a deleted folder no longer resolves): its parent's event lists what is left.
        m_pending.insert(QFileInfo(path).path() == m_handbook.rootPath()
                             ? QString()
                             : m_handbook.relativePath(QFileInfo(path).path()));
    } else {
        m_pending.insert(relative);
    }
    // New folders (a new section, a checkout) get watches while there is room.
    if (QFileInfo(path).isDir()) {
        const QStringList watched = m_watcher->directories();
        QStringList added;
        std::deque<QString> queue;
        for (const QString &sub : subfolders(path))
            queue.push_back(sub);
        while (!queue.empty() && int(watched.size() + added.size()) < m_maxFolders) {
            const QString folder = queue.front();
            queue.pop_front();
            if (watched.contains(folder) ||
                !holdsPages(m_handbook, m_handbook.relativePath(folder)))
                continue;
            added.append(folder);
            for (const QString &sub : subfolders(folder))
                queue.push_back(sub);
        }
        addFolders(added);
    }
    m_settle.start();
}

void WorkspaceWatcher::emitPending()
{
    if (m_pending.isEmpty())
        return;
    QStringList paths(m_pending.cbegin(), m_pending.cend());
    m_pending.clear();
    // The whole handbook covers everything else.
    if (paths.contains(QString()))
        paths = QStringList{QString()};
    paths.sort();
    Q_EMIT changed(paths);
}

} // namespace Folio::Workspace

// The moc code lives with the class, not in folio_core's shared mocs_compilation.cpp: the
// command line links these classes and must not pull in the other QObjects (and libgit2).
#include "moc_workspacewatcher.cpp"
