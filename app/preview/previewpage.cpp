#include "preview/previewpage.h"

#include "preview/previewschemehandler.h"

namespace Folio::Preview {

PreviewPage::PreviewPage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
{}

bool PreviewPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (!isMainFrame)
        return false; // no frames from page content
    const bool ours = url.scheme() == QLatin1String(PreviewSchemeHandler::SchemeName);
    if (type != NavigationTypeLinkClicked)
        return ours; // Folio's own loads of the page shell
    if (ours && url.host() == QLatin1String(PreviewSchemeHandler::HandbookHost)) {
        Q_EMIT internalLinkClicked(url);
        return false;
    }
    const QString scheme = url.scheme();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https") ||
        scheme == QLatin1String("mailto"))
        Q_EMIT externalLinkClicked(url);
    return false; // javascript:, file:, data: and anything else go nowhere
}

void PreviewPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel, const QString &, int,
                                           const QString &)
{
    // Page content cannot run scripts; CSP reports about blocked content are expected noise.
}

} // namespace Folio::Preview
