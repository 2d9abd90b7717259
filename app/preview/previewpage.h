#pragma once

#include <QWebEnginePage>

namespace Folio::Preview {

// The preview's web page: decides what a click on a link does. Nothing navigates the
// preview away from the page's shell; links become requests to Folio instead.
class PreviewPage : public QWebEnginePage
{
    Q_OBJECT

public:
    explicit PreviewPage(QWebEngineProfile *profile, QObject *parent = nullptr);

Q_SIGNALS:
    // A link to a page of the handbook (url is a folio://handbook URL, fragment included).
    void internalLinkClicked(const QUrl &url);
    // A link to http(s) or mailto that should open in the user's browser or mail client.
    void externalLinkClicked(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    // target="_blank" links ask for a new window; they are routed like any other link.
    QWebEnginePage *createWindow(WebWindowType type) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message,
                                  int lineNumber, const QString &sourceID) override;

private:
    class NewWindowCatcher;
    // Emits the signal for a clicked link to a handbook page, http(s) or mailto.
    void routeLink(const QUrl &url);
};

} // namespace Folio::Preview
