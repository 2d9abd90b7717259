#include "preview/previewrequestguard.h"

#include "preview/previewschemehandler.h"

namespace Folio::Preview {

void PreviewRequestGuard::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    const QString scheme = info.requestUrl().scheme();
    if (scheme == QLatin1String(PreviewSchemeHandler::SchemeName) ||
        scheme == QLatin1String("data") || scheme == QLatin1String("about")) {
        return;
    }
    info.block(true);
    if (m_blocked.size() < 1000) // a record for tests and diagnostics, bounded
        m_blocked.append(info.requestUrl().toString());
}

} // namespace Folio::Preview
