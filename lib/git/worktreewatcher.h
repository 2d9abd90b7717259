#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <chrono>

class QFileSystemWatcher;

namespace Folio::Git {

// Tells the git panel when the change list may have changed on disk, without a status scan:
// git's HEAD, index and branch heads (commits, branch switches, `git add` in a terminal) and
// the handbook's folders (files created, deleted or renamed, which includes editors that
// save by renaming a temporary file).
//
// Folder watches are capped: each costs an inotify watch, a per-user limit shared with every
// other program (8,192 by default on older kernels), and a 10,000-file handbook has well over
// a thousand folders. An in-place write to an existing file is not seen by a folder watch
// either, so a periodic poll, meant to run while the panel is visible, covers the rest.
// changed() is throttled: a burst of events (a checkout rewriting 500 files) gives one signal.
class WorkTreeWatcher : public QObject
{
    Q_OBJECT

public:
    explicit WorkTreeWatcher(QObject *parent = nullptr);
    ~WorkTreeWatcher() override;

    // Watches gitDir (a repository's git folder) and root with its folders, hidden folders
    // and node_modules left out; the folders are listed off the UI thread. Replaces the
    // previous watch.
    void watch(const QString &gitDir, const QString &root);
    void stop();

    void setMaxFolders(int maxFolders) { m_maxFolders = maxFolders; }
    void setPollInterval(std::chrono::milliseconds interval);
    // Emit changed() every poll interval while on.
    void setPolling(bool on);
    [[nodiscard]] bool isPolling() const { return m_poll.isActive(); }

    // Folder watches in place; fewer than the folders there are when the cap or the system's
    // limit was reached.
    [[nodiscard]] QStringList watchedFolders() const;
    [[nodiscard]] bool watchesAllFolders() const { return m_allFolders; }

Q_SIGNALS:
    void changed();
    void foldersWatched(); // the folder list is in place (for tests and diagnostics)

private:
    struct FolderScan
    {
        QStringList folders;
        bool complete = true; // false when the cap cut the list short
        int generation = 0;   // the watch() it was made for
    };
    [[nodiscard]] static FolderScan scanFolders(const QString &root, int maxFolders);

    void onPathChanged(const QString &path);
    void onFoldersScanned();

    QFileSystemWatcher *m_watcher = nullptr;
    QFutureWatcher<FolderScan> m_scan;
    QTimer m_throttle;
    QTimer m_poll;
    QString m_gitDir;
    QStringList m_gitFiles;
    int m_maxFolders = 1000;
    int m_generation = 0;
    bool m_allFolders = false;
};

} // namespace Folio::Git
