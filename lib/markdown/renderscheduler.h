#pragma once

#include "markdown/renderer.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

namespace Folio::Markdown {

// Renders page text off the UI thread. Keeps at most one render in flight; requests that
// arrive meanwhile collapse into one, so the newest text always wins and stale results are
// never shown.
class RenderScheduler : public QObject
{
    Q_OBJECT

public:
    explicit RenderScheduler(QObject *parent = nullptr);
    ~RenderScheduler() override;

    // How the following requests are rendered (the open page's dialect).
    void setOptions(const RenderOptions &options) { m_options = options; }
    // Schedules a render of text.
    void request(const QString &text);
    [[nodiscard]] bool isBusy() const;

Q_SIGNALS:
    void rendered(const Folio::Markdown::RenderedPage &page);

private:
    void start();
    void onFinished();

    QTimer m_coalesce;
    QFutureWatcher<RenderedPage> m_watcher;
    RenderOptions m_options;
    QString m_pending;
    bool m_hasPending = false;
    quint64 m_requested = 0; // number of the newest request
    quint64 m_running = 0;   // number of the request being rendered
};

} // namespace Folio::Markdown

Q_DECLARE_METATYPE(Folio::Markdown::RenderedPage)
