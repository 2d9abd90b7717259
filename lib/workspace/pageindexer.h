#pragma once

#include "handbook/handbook.h"
#include "workspace/pageindex.h"

#include <QFutureWatcher>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace Folio::Workspace {

// Builds PageIndex snapshots off the UI thread and keeps them fresh.
//
// The static functions are the pure work (any thread, used by the command line and the
// benchmark); the object schedules them on the global thread pool for the window: one job at
// a time, a new index() cancels the running one (newest request wins), and updates asked for
// while a job runs are merged into the next job, so none is lost and none runs twice.
// Reading is parallel over the pool's threads. Lives on the UI thread; its signals arrive
// there.
class PageIndexer : public QObject
{
    Q_OBJECT

public:
    // Called from worker threads with the pages read so far and the pages to read.
    using Progress = std::function<void(int done, int total)>;

    explicit PageIndexer(QObject *parent = nullptr);
    ~PageIndexer() override; // cancels and waits for the running job

    // Reads every page of the handbook. Returns an empty index when cancelled.
    [[nodiscard]] static PageIndex build(const Handbook::Handbook &handbook,
                                         const std::atomic_bool *cancelled = nullptr,
                                         const Progress &progress = {});
    // A new snapshot after files changed: each path (relative to the root, or absolute inside
    // it) is a page to read again or drop when it is gone, or a folder ("" for the whole
    // handbook) whose pages are compared with the disk (modification time, size, inode) and
    // read again only when they differ, added when new and dropped when gone. Unchanged pages
    // are shared with previous. Returns previous itself when nothing changed.
    [[nodiscard]] static PageIndex update(const PageIndex &previous, const QStringList &paths,
                                          const std::atomic_bool *cancelled = nullptr);

    // Starts indexing a handbook from scratch (cancelling any running job); progressChanged()
    // reports, indexReady() delivers.
    void index(const Handbook::Handbook &handbook);
    // Schedules update(current(), paths); merged with other pending updates.
    void updatePages(const QStringList &paths);
    // Stops the running job; a cancelled full build delivers nothing.
    void cancel();

    // The latest snapshot delivered (empty before the first one).
    [[nodiscard]] PageIndex current() const { return m_current; }
    [[nodiscard]] bool isBusy() const { return m_job.isRunning(); }

Q_SIGNALS:
    // Pages read so far out of total, during a full build; throttled to about 100 steps.
    void progressChanged(int done, int total);
    // A new snapshot, after a full build or an update that changed something.
    void indexReady(const Folio::Workspace::PageIndex &index);

private:
    void startNext();
    void onJobFinished();

    QFutureWatcher<PageIndex> m_job;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    PageIndex m_current;
    Handbook::Handbook m_handbook;
    bool m_pendingBuild = false;
    QSet<QString> m_pendingPaths;
    bool m_jobIsBuild = false;
    int m_generation = 0;
};

} // namespace Folio::Workspace
