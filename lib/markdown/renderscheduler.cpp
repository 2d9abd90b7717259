#include "markdown/renderscheduler.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Folio::Markdown {

RenderScheduler::RenderScheduler(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<RenderedPage>();
    m_debounce.setSingleShot(true);
    connect(&m_debounce, &QTimer::timeout, this, &RenderScheduler::start);
    connect(&m_watcher, &QFutureWatcher<RenderedPage>::finished, this,
            &RenderScheduler::onFinished);
}

RenderScheduler::~RenderScheduler()
{
    m_watcher.waitForFinished();
}

void RenderScheduler::request(const QString &text, bool immediate)
{
    m_pending = text;
    m_hasPending = true;
    ++m_requested;
    if (immediate) {
        m_debounce.stop();
        start();
        return;
    }
    // ~30 ms for a typical page, up to 250 ms for the largest ones.
    m_debounce.start(std::clamp(int(text.size() / 1000), 30, 250));
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
        if (!m_debounce.isActive())
            start();
        return;
    }
    Q_EMIT rendered(m_watcher.result());
}

} // namespace Folio::Markdown
