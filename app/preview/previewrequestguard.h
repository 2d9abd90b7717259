#pragma once

#include <QStringList>
#include <QWebEngineUrlRequestInterceptor>

namespace Folio::Preview {

// The preview's last line of defence against network access: every request that is not for
// Folio's own folio: scheme (or inline data) is blocked, whatever the page's HTML asked for
// and whatever the Content-Security-Policy let through. Blocked URLs are remembered.
class PreviewRequestGuard : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT

public:
    using QWebEngineUrlRequestInterceptor::QWebEngineUrlRequestInterceptor;

    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

    [[nodiscard]] const QStringList &blocked() const { return m_blocked; }

private:
    QStringList m_blocked;
};

} // namespace Folio::Preview
