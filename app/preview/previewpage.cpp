#include "preview/previewpage.h"

#include "preview/previewschemehandler.h"

namespace Folio::Preview {

PreviewPage::PreviewPage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
{}

// A page that exists only to catch the first navigation of a window a link asked for.
class PreviewPage::NewWindowCatcher : public QWebEnginePage
{
public:
    explicit NewWindowCatcher(PreviewPage *owner)
        : QWebEnginePage(owner->profile(), owner)
        , m_owner(owner)
    {}

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType, bool) override
    {
        if (!m_routed) {
            m_routed = true;
            m_owner->routeLink(url);
            deleteLater();
        }
        return false;
    }

private:
    PreviewPage *m_owner;
    bool m_routed = false;
};

bool PreviewPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (!isMainFrame)
        return false; // no frames from page content
    const bool ours = url.scheme() == QLatin1String(PreviewSchemeHandler::SchemeName);
    if (type != NavigationTypeLinkClicked)
        return ours; // Folio's own loads of the page shell
    routeLink(url);
    return false;
}

QWebEnginePage *PreviewPage::createWindow(WebWindowType)
{
    return new NewWindowCatcher(this);
}

void PreviewPage::routeLink(const QUrl &url)
{
    const QString scheme = url.scheme();
    if (scheme == QLatin1String(PreviewSchemeHandler::SchemeName)) {
        if (url.host() == QLatin1String(PreviewSchemeHandler::HandbookHost))
            Q_EMIT internalLinkClicked(url);
        return;
    }
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https") ||
        scheme == QLatin1String("mailto"))
        Q_EMIT externalLinkClicked(url);
    // javascript:, file:, data: and anything else go nowhere
}

void PreviewPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel, const QString &, int,
                                           const QString &)
{
    // Page content cannot run scripts; CSP reports about blocked content are expected noise.
}

} // namespace Folio::Preview
