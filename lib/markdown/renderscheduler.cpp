#include "markdown/renderscheduler.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Folio::Markdown {

RenderScheduler::RenderScheduler(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<RenderedPage>();
    m_coalesce.setSingleShot(true);
    connect(&m_coalesce, &QTimer::timeout, this, &RenderScheduler::start);
    connect(&m_watcher, &QFutureWatcher<RenderedPage>::finished, this,
            &RenderScheduler::onFinished);
}

RenderScheduler::~RenderScheduler()
{
    m_watcher.waitForFinished();
}

void RenderScheduler::request(const QString &text)
{
    m_pending = text;
    m_hasPending = true;
    ++m_requested;
    // No debounce: a render starts at once when none is running, and keystrokes that come
    // while one runs collapse into a single next render. A zero timer only merges requests
    // made in the same turn of the event loop.
    if (!m_coalesce.isActive())
        m_coalesce.start(0);
}

bool RenderScheduler::isBusy() const
{
    return m_hasPending || m_watcher.isRunning();
}

void RenderScheduler::start()
{
    if (m_watcher.isRunning() || !m_hasPending)
        return; // onFinished() starts the newest text
    m_hasPending = false;
    m_running = m_requested;
    m_watcher.setFuture(QtConcurrent::run(
        [text = m_pending, options = m_options] { return Renderer::renderPage(text, options); }));
}

void RenderScheduler::onFinished()
{
    if (m_running != m_requested) {
        // The text changed while rendering: this result is already stale.
        if (!m_coalesce.isActive())
            start();
        return;
    }
    Q_EMIT rendered(m_watcher.result());
}

} // namespace Folio::Markdown
