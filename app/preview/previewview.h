#pragma once

#include "handbook/handbook.h"

#include <QPointer>
#include <QWebEngineView>

#include <functional>

class QWebEngineProfile;

namespace Folio::Preview {

class PreviewPage;
class PreviewSchemeHandler;

// Shows the open page as the published handbook would. The page's shell is loaded once per
// page; edits replace its content through a script that runs in Folio's own isolated world
// (page content itself runs no JavaScript at all).
class PreviewView : public QWebEngineView
{
    Q_OBJECT

public:
    explicit PreviewView(QWidget *parent = nullptr);
    ~PreviewView() override;

    void setHandbook(const Handbook::Handbook &handbook);
    // Loads the shell for a page (relative path); its content comes with setContentHtml().
    void showPage(const QString &relativePath);
    // Replaces the displayed content; applied once the shell has loaded.
    void setContentHtml(const QString &html);
    void clear();

    // Runs script in Folio's isolated world and hands its result to callback (tests, sync).
    void evaluate(const QString &script, const std::function<void(const QVariant &)> &callback);

Q_SIGNALS:
    // The content passed to setContentHtml() is now on screen.
    void contentUpdated();
    // A link in the preview points to a page of the handbook.
    void pageLinkActivated(const QString &relativePath, const QString &fragment);

private:
    void onLoadFinished(bool ok);
    void onInternalLinkClicked(const QUrl &url);
    void applyContent();

    QWebEngineProfile *m_profile = nullptr;
    PreviewSchemeHandler *m_schemeHandler = nullptr;
    PreviewPage *m_page = nullptr;
    QString m_content;
    bool m_shellReady = false;
    bool m_contentDirty = false;
};

} // namespace Folio::Preview
