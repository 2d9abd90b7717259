#pragma once

#include "handbook/handbook.h"

#include <QFutureWatcher>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <chrono>

class QFileSystemWatcher;

namespace Folio::Workspace {

// Tells the page index what may have changed on disk: saves in other editors, git checkouts,
// files created, deleted or renamed. Emits changed() with paths for PageIndexer::updatePages().
//
// Three sources:
// - Folder watches (QFileSystemWatcher) on the content roots' folders, for creations,
//   deletions and renames (which includes git and editors that save by renaming a temporary
//   file over the page), seen at once. Capped by maxFolders(): each costs an inotify watch, a
//   per-user limit shared with every other program (8,192 by default on older kernels), and a
//   10,000-file handbook has thousands of folders. Shallow folders are watched first.
// - A periodic poll, changed({""}): the indexer compares every page's modification time, size
//   and inode with the disk, off the UI thread, and reads only what differs. It catches
//   in-place writes (which folder watches do not see) and the folders beyond the cap.
// - notifyChanged(), the slot Folio's own saves and git operations call, passed on at once.
// Bursts (a checkout rewriting 500 files) are coalesced into one changed() after a short delay.
class WorkspaceWatcher : public QObject
{
    Q_OBJECT

public:
    explicit WorkspaceWatcher(QObject *parent = nullptr);
    ~WorkspaceWatcher() override;

    // Watches a handbook; the folders are listed off the UI thread. Replaces the previous watch.
    void watch(const Handbook::Handbook &handbook);
    void stop();

    // At most this many folder watches (default 1,000); takes effect at the next watch().
    void setMaxFolders(int maxFolders) { m_maxFolders = maxFolders; }
    [[nodiscard]] int maxFolders() const { return m_maxFolders; }
    // How often the poll runs (default 5 s); zero turns it off.
    void setPollInterval(std::chrono::milliseconds interval);
    // How long to wait for a burst of events to settle (default 150 ms).
    void setSettleDelay(std::chrono::milliseconds delay);

    // Folder watches in place (absolute paths); fewer than the folders there are when the cap
    // or the system's limit was reached.
    [[nodiscard]] QStringList watchedFolders() const;
    [[nodiscard]] bool watchesAllFolders() const { return m_allFolders; }

public Q_SLOTS:
    // Pages or folders that Folio itself changed (a save, a git checkout, a merge), relative to
    // the root or absolute; "" means anything may have changed. Passed on without delay.
    void notifyChanged(const QStringList &paths);

Q_SIGNALS:
    // Pages or folders (relative to the root, "" for the whole handbook) to index again.
    void changed(const QStringList &paths);
    void foldersWatched(); // the folder watches are in place (for tests and diagnostics)

private:
    struct FolderScan
    {
        QStringList folders; // absolute
        bool complete = true;
        int generation = 0;
    };
    [[nodiscard]] static FolderScan scanFolders(const Handbook::Handbook &handbook, int maxFolders);

    void onDirectoryChanged(const QString &path);
    void onFoldersScanned();
    void addFolders(const QStringList &folders);
    void emitPending();

    QFileSystemWatcher *m_watcher = nullptr;
    QFutureWatcher<FolderScan> m_scan;
    QTimer m_settle;
    QTimer m_poll;
    Handbook::Handbook m_handbook;
    QSet<QString> m_pending; // relative
    int m_maxFolders = 1000;
    int m_generation = 0;
    bool m_allFolders = false;
    bool m_watching = false;
};

} // namespace Folio::Workspace
