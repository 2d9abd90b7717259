#include "preview/previewview.h"

#include "preview/previewpage.h"
#include "preview/previewschemehandler.h"

#include <QApplication>
#include <QDesktopServices>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPalette>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineSettings>

namespace Folio::Preview {

namespace {

QString jsString(const QString &text)
{
    // A JSON array of one string is a valid JS expression; [0] takes the string back out.
    return QString::fromUtf8(QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact)) +
           QStringLiteral("[0]");
}

} // namespace

PreviewView::PreviewView(QWidget *parent)
    : QWebEngineView(parent)
{
    // Off the record: nothing of the preview is written to disk.
    m_profile = new QWebEngineProfile(this);
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    m_schemeHandler = new PreviewSchemeHandler(this);
    m_profile->installUrlSchemeHandler(PreviewSchemeHandler::SchemeName, m_schemeHandler);

    m_page = new PreviewPage(m_profile, this);
    QWebEngineSettings *settings = m_page->settings();
    settings->setAttribute(QWebEngineSettings::JavascriptEnabled, false); // page scripts never run
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    settings->setAttribute(QWebEngineSettings::LocalStorageEnabled, false);
    settings->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    settings->setAttribute(QWebEngineSettings::ErrorPageEnabled, false);
    settings->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    settings->setAttribute(QWebEngineSettings::FocusOnNavigationEnabled, false);
    setPage(m_page);
    setContextMenuPolicy(Qt::NoContextMenu);

    connect(m_page, &QWebEnginePage::loadFinished, this, &PreviewView::onLoadFinished);
    connect(m_page, &PreviewPage::internalLinkClicked, this, &PreviewView::onInternalLinkClicked);
    connect(m_page, &PreviewPage::externalLinkClicked, this,
            [](const QUrl &url) { QDesktopServices::openUrl(url); });
}

PreviewView::~PreviewView()
{
    // The page must go before the profile it was created with.
    setPage(nullptr);
    delete m_page;
}

void PreviewView::setHandbook(const Handbook::Handbook &handbook)
{
    m_schemeHandler->setHandbook(handbook);
    clear();
}

void PreviewView::showPage(const QString &relativePath)
{
    m_schemeHandler->setPage(relativePath);
    m_shellReady = false;
    m_page->load(m_schemeHandler->pageUrl());
}

void PreviewView::setContentHtml(const QString &html)
{
    m_content = html;
    m_contentDirty = true;
    if (m_shellReady)
        applyContent();
}

void PreviewView::clear()
{
    m_content.clear();
    m_contentDirty = false;
    m_shellReady = false;
    m_page->load(QUrl(QStringLiteral("about:blank")));
}

void PreviewView::evaluate(const QString &script,
                           const std::function<void(const QVariant &)> &callback)
{
    m_page->runJavaScript(script, QWebEngineScript::ApplicationWorld, callback);
}

void PreviewView::onLoadFinished(bool ok)
{
    if (!ok || m_page->url().scheme() != QLatin1String(PreviewSchemeHandler::SchemeName))
        return;
    m_shellReady = true;
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    m_page->runJavaScript(
        QStringLiteral("document.documentElement.className = %1;")
            .arg(jsString(dark ? QStringLiteral("folio-dark") : QStringLiteral("folio-light"))),
        QWebEngineScript::ApplicationWorld);
    if (m_contentDirty)
        applyContent();
}

void PreviewView::applyContent()
{
    m_contentDirty = false;
    const QString script =
        QStringLiteral("document.getElementById('folio-content').innerHTML = %1; true;")
            .arg(jsString(m_content));
    QPointer<PreviewView> self(this);
    m_page->runJavaScript(script, QWebEngineScript::ApplicationWorld, [self](const QVariant &) {
        if (self)
            Q_EMIT self->contentUpdated();
    });
}

void PreviewView::onInternalLinkClicked(const QUrl &url)
{
    const Handbook::Handbook &handbook = m_schemeHandler->handbook();
    const QString fragment = url.fragment(QUrl::FullyDecoded);
    if (url.path() == m_schemeHandler->pageUrl().path()) {
        if (!fragment.isEmpty()) {
            m_page->runJavaScript(
                QStringLiteral("var e = document.getElementById(%1); if (e) e.scrollIntoView();")
                    .arg(jsString(fragment)),
                QWebEngineScript::ApplicationWorld);
        }
        return;
    }
    const QString page = handbook.pageForUrl(url.path(QUrl::FullyEncoded));
    if (!page.isEmpty())
        Q_EMIT pageLinkActivated(page, fragment);
}

} // namespace Folio::Preview
