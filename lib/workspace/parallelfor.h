#pragma once

#include <QMutex>
#include <QThreadPool>
#include <QWaitCondition>

#include <algorithm>
#include <atomic>
#include <functional>
#include <memory>

namespace Folio::Workspace {

// Calls function(i) for i in [0, count) on the global thread pool's threads and the calling
// thread, and returns when every call has returned.
//
// Unlike QtConcurrent::blockingMap, the calling thread never waits for helpers to start: it
// works through the indexes itself and waits only for calls already running. So it may run
// inside a pool job while other pool jobs do the same (an index build and a search at once
// on two cores) without waiting on a queued helper that no thread is free to run. Helpers
// that start late find nothing left and touch only the shared state.
template<typename Function> void parallelFor(qsizetype count, Function &&function)
{
    if (count <= 0)
        return;
    struct State
    {
        std::function<void(qsizetype)> function;
        qsizetype count = 0;
        std::atomic<qsizetype> next = 0;
        std::atomic<qsizetype> done = 0;
        QMutex mutex;
        QWaitCondition allDone;

        void work()
        {
            for (qsizetype i = next++; i < count; i = next++) {
                function(i);
                if (++done == count) {
                    const QMutexLocker lock(&mutex);
                    allDone.wakeAll();
                }
            }
        }
    };
    auto state = std::make_shared<State>();
    state->function = std::forward<Function>(function);
    state->count = count;
    QThreadPool *pool = QThreadPool::globalInstance();
    const qsizetype helpers =
        std::min<qsizetype>(count - 1, std::max(0, pool->maxThreadCount() - 1));
    for (qsizetype h = 0; h < helpers; ++h)
        pool->start([state] { state->work(); });
    state->work();
    const QMutexLocker lock(&state->mutex);
    while (state->done.load() < count)
        state->allDone.wait(&state->mutex);
}

} // namespace Folio::Workspace
