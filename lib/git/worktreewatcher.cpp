#include "git/worktreewatcher.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace Folio::Git {

using namespace std::chrono_literals;

WorkTreeWatcher::WorkTreeWatcher(QObject *parent)
    : QObject(parent)
    , m_watcher(new QFileSystemWatcher(this))
{
    m_throttle.setSingleShot(true);
    m_throttle.setInterval(300ms);
    m_poll.setInterval(5s);
    connect(&m_throttle, &QTimer::timeout, this, &WorkTreeWatcher::changed);
    connect(&m_poll, &QTimer::timeout, this, &WorkTreeWatcher::changed);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &WorkTreeWatcher::onPathChanged);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this,
            &WorkTreeWatcher::onPathChanged);
    connect(&m_scan, &QFutureWatcher<FolderScan>::finished, this,
            &WorkTreeWatcher::onFoldersScanned);
}

WorkTreeWatcher::~WorkTreeWatcher()
{
    m_scan.waitForFinished();
}

void WorkTreeWatcher::watch(const QString &gitDir, const QString &root)
{
    stop();
    m_gitDir = QDir::cleanPath(gitDir);
    // HEAD and index are replaced by renames, which ends a file watch: the folder watch on
    // the git dir sees the rename, and onPathChanged() puts the file watches back.
    m_gitFiles = {m_gitDir + QStringLiteral("/HEAD"), m_gitDir + QStringLiteral("/index")};
    QStringList paths = {m_gitDir, m_gitDir + QStringLiteral("/refs/heads")};
    paths += m_gitFiles;
    for (const QString &path : std::as_const(paths)) {
        if (QFileInfo::exists(path))
            m_watcher->addPath(path);
    }
    const int generation = ++m_generation;
    const int maxFolders = m_maxFolders;
    m_scan.setFuture(QtConcurrent::run([root, maxFolders, generation] {
        FolderScan scan = scanFolders(root, maxFolders);
        scan.generation = generation;
        return scan;
    }));
}

void WorkTreeWatcher::stop()
{
    ++m_generation; // a folder scan still running is dropped when it finishes
    const QStringList watched = m_watcher->files() + m_watcher->directories();
    if (!watched.isEmpty())
        m_watcher->removePaths(watched);
    m_throttle.stop();
    m_allFolders = false;
}

void WorkTreeWatcher::setPollInterval(std::chrono::milliseconds interval)
{
    m_poll.setInterval(interval);
}

void WorkTreeWatcher::setPolling(bool on)
{
    if (on && !m_poll.isActive())
        m_poll.start();
    else if (!on)
        m_poll.stop();
}

QStringList WorkTreeWatcher::watchedFolders() const
{
    QStringList folders = m_watcher->directories();
    folders.removeIf([this](const QString &folder) { return folder.startsWith(m_gitDir); });
    return folders;
}

WorkTreeWatcher::FolderScan WorkTreeWatcher::scanFolders(const QString &root, int maxFolders)
{
    FolderScan scan;
    scan.folders.append(root);
    // Breadth first, so a cut list still covers the upper levels of the whole handbook.
    for (qsizetype next = 0; next < scan.folders.size(); ++next) {
        const QDir dir(scan.folders[next]);
        const QStringList children =
            dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks, QDir::Name);
        for (const QString &child : children) {
            if (child.startsWith(u'.') || child == u"node_modules")
                continue;
            if (scan.folders.size() >= maxFolders) {
                scan.complete = false;
                return scan;
            }
            scan.folders.append(dir.filePath(child));
        }
    }
    return scan;
}

void WorkTreeWatcher::onFoldersScanned()
{
    if (m_scan.isCanceled() || m_scan.future().resultCount() == 0)
        return;
    const FolderScan scan = m_scan.result();
    // A scan for an earlier watch(): its root may no longer be the handbook's.
    if (scan.generation != m_generation)
        return;
    const QStringList refused = m_watcher->addPaths(scan.folders);
    // Refused paths mean the system's watch limit was reached: polling covers them.
    m_allFolders = scan.complete && refused.isEmpty();
    Q_EMIT foldersWatched();
}

void WorkTreeWatcher::onPathChanged(const QString &path)
{
    for (const QString &file : std::as_const(m_gitFiles)) {
        if ((path == file || path == m_gitDir) && !m_watcher->files().contains(file) &&
            QFileInfo::exists(file))
            m_watcher->addPath(file);
    }
    if (!m_throttle.isActive())
        m_throttle.start();
}

} // namespace Folio::Git
