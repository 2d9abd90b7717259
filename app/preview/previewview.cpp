#include "preview/previewview.h"

#include "preview/previewpage.h"
#include "preview/previewrequestguard.h"
#include "preview/previewschemehandler.h"
#include "preview/previewscripts.h"
#include "widgets/palettes.h"

#include <QChildEvent>
#include <QDesktopServices>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMouseEvent>
#include <QPalette>
#include <QPointer>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>
#include <QWebEngineSettings>

#include <utility>

namespace Folio::Preview {

namespace {

QString jsString(const QString &text)
{
    // A JSON array of one string is a valid JS expression; [0] takes the string back out.
    return QString::fromUtf8(QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact)) +
           QStringLiteral("[0]");
}

QString jsonOf(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString bridgeSource()
{
    QFile file(QStringLiteral(":/preview/bridge.js"));
    const bool opened = file.open(QIODevice::ReadOnly);
    Q_ASSERT(opened); // compiled into the binary
    return QString::fromUtf8(file.readAll());
}

// Milliseconds during which scroll events after our own scrolling are not the user's.
constexpr int ScrollEchoMs = 120;

} // namespace

PreviewView::PreviewView(QWidget *parent)
    : QWebEngineView(parent)
{
    qRegisterMetaType<PreviewHit>();
    // Off the record: nothing of the preview is written to disk.
    m_profile = new QWebEngineProfile(this);
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    m_schemeHandler = new PreviewSchemeHandler(this);
    m_profile->installUrlSchemeHandler(PreviewSchemeHandler::SchemeName, m_schemeHandler);
    m_requestGuard = new PreviewRequestGuard(this);
    m_profile->setUrlRequestInterceptor(m_requestGuard);

    QWebEngineScript bridge;
    bridge.setName(QStringLiteral("folio-bridge"));
    bridge.setSourceCode(bridgeSource());
    bridge.setInjectionPoint(QWebEngineScript::DocumentCreation);
    bridge.setWorldId(QWebEngineScript::ApplicationWorld);
    bridge.setRunsOnSubFrames(false);
    m_profile->scripts()->insert(bridge);
    PreviewScripts::install(m_profile);

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
    connect(m_page, &QWebEnginePage::scrollPositionChanged, this,
            &PreviewView::onScrollPositionChanged);
    m_programmaticScroll.invalidate();
}

PreviewView::~PreviewView()
{
    // The page must go before the profile it was created with.
    setPage(nullptr);
    delete m_page;
}

QStringList PreviewView::blockedRequests() const
{
    return m_requestGuard->blocked();
}

void PreviewView::setHandbook(const Handbook::Handbook &handbook)
{
    m_schemeHandler->setHandbook(handbook);
    clear();
}

void PreviewView::showPage(const QString &relativePath, const QString &fragment)
{
    m_pendingFragment = fragment;
    m_schemeHandler->setPage(relativePath);
    m_shellReady = false;
    m_shown.clear();
    m_wanted.clear(); // the previous page's content must not land in the new shell
    m_patchInFlight = false;
    m_pendingScripts.clear();
    m_shellRequests = 0;
    ++m_document;
    m_page->load(m_schemeHandler->pageUrl());
}

void PreviewView::setContent(const Markdown::RenderedPage &page)
{
    m_wanted.clear();
    m_wanted.reserve(page.blocks.size() + 1);
    m_wanted.append(Markdown::RenderedBlock{page.headerHtml(), 0, 0});
    m_wanted.append(page.blocks);
    if (m_shellReady && !m_patchInFlight)
        applyContent();
}

void PreviewView::clear()
{
    // Empty the shown page in place: navigating away here would race with the next shell
    // load, and WebEngine drops a load issued while another is under way.
    m_wanted.clear();
    m_shown.clear();
    m_patchInFlight = false;
    m_pendingScripts.clear();
    ++m_document;
    if (m_shellReady) {
        m_page->runJavaScript(
            QStringLiteral(
                "folio.patch(0, document.getElementById('folio-content').children.length, "
                "[], [], []);"),
            QWebEngineScript::ApplicationWorld);
    }
}

void PreviewView::evaluate(const QString &script,
                           const std::function<void(const QVariant &)> &callback)
{
    m_page->runJavaScript(script, QWebEngineScript::ApplicationWorld, callback);
}

void PreviewView::onLoadFinished(bool ok)
{
    if (m_schemeHandler->page().isEmpty())
        return; // no page asked for
    const QUrl url = m_page->url();
    if (!ok || url.scheme() != QLatin1String(PreviewSchemeHandler::SchemeName) ||
        url.path() != m_schemeHandler->pageUrl().path()) {
        // Another document finished loading after this page's shell was asked for: WebEngine
        // can drop a load issued while one is under way, so ask again (a few times at most).
        if (m_shellRequests++ < 3)
            m_page->load(m_schemeHandler->pageUrl());
        return;
    }
    m_shellReady = true;
    m_shown.clear();
    m_librariesLoaded = false; // a new document
    m_marksSent = false;
    applyTheme();
    if (!m_wanted.isEmpty())
        applyContent();
}

void PreviewView::setTheme(Preferences::PreviewTheme theme)
{
    m_theme = theme;
    applyTheme();
}

bool PreviewView::isDark() const
{
    switch (m_theme) {
    case Preferences::PreviewTheme::Light:
        return false;
    case Preferences::PreviewTheme::Dark:
        return true;
    case Preferences::PreviewTheme::System:
        break;
    }
    return Widgets::isDarkPalette(palette());
}

void PreviewView::applyTheme()
{
    if (!m_page)
        return; // still being built
    // The page's background too, so no white flashes between loads in dark colours.
    m_page->setBackgroundColor(isDark() ? QColor(0x18, 0x17, 0x1d) : QColor(Qt::white));
    if (!m_shellReady)
        return; // onLoadFinished() applies it
    m_page->runJavaScript(QStringLiteral("folio.setTheme(%1);")
                              .arg(isDark() ? QStringLiteral("true") : QStringLiteral("false")),
                          QWebEngineScript::ApplicationWorld);
}

void PreviewView::changeEvent(QEvent *event)
{
    QWebEngineView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_theme == Preferences::PreviewTheme::System)
        applyTheme();
}

void PreviewView::applyContent()
{
    // Keep the blocks shared by what is shown and what is wanted at both ends; replace the
    // middle. A keystroke changes one block, so one block is re-parsed and laid out.
    const qsizetype shown = m_shown.size();
    const qsizetype wanted = m_wanted.size();
    qsizetype prefix = 0;
    while (prefix < shown && prefix < wanted && m_shown[prefix] == m_wanted[prefix].html)
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shown - prefix && suffix < wanted - prefix &&
           m_shown[shown - 1 - suffix] == m_wanted[wanted - 1 - suffix].html)
        ++suffix;

    QStringList inserted;
    inserted.reserve(wanted - suffix - prefix);
    for (qsizetype i = prefix; i < wanted - suffix; ++i)
        inserted.append(m_wanted[i].html);
    QJsonArray first, last;
    for (const Markdown::RenderedBlock &block : std::as_const(m_wanted)) {
        first.append(block.firstLine);
        last.append(block.lastLine);
    }
    const qsizetype removed = shown - prefix - suffix;
    m_shown = m_shown.mid(0, prefix) + inserted + m_shown.mid(shown - suffix);
    m_lastPatchSize = int(inserted.size());
    m_patchInFlight = true;

    m_pendingScripts.clear();
    if (!m_librariesLoaded &&
        std::any_of(inserted.cbegin(), inserted.cend(), &PreviewScripts::needsLibraries)) {
        m_pendingScripts.append(PreviewScripts::librariesSource());
        m_librariesLoaded = true;
    }

    // A big page goes over in slices, one script each, so that neither this thread nor
    // WebEngine's (the same one) is blocked by one huge message; the line map comes last.
    constexpr qsizetype SliceSize = 256 * 1024;
    qsizetype at = prefix;
    qsizetype index = 0;
    bool firstSlice = true;
    do {
        QJsonArray slice;
        qsizetype bytes = 0;
        const qsizetype sliceStart = at;
        while (index < inserted.size() && (bytes < SliceSize || slice.isEmpty())) {
            bytes += inserted[index].size();
            slice.append(inserted[index++]);
            ++at;
        }
        const bool lastSlice = index >= inserted.size();
        m_pendingScripts.append(QStringLiteral("folio.patch(%1, %2, %3, %4, %5);")
                                    .arg(sliceStart)
                                    .arg(firstSlice ? removed : 0)
                                    .arg(jsonOf(slice),
                                         lastSlice ? jsonOf(first) : QStringLiteral("null"),
                                         lastSlice ? jsonOf(last) : QStringLiteral("null")));
        firstSlice = false;
    } while (index < inserted.size());
    sendNextScript();
}

void PreviewView::sendNextScript()
{
    const QString script = m_pendingScripts.takeFirst();
    QPointer<PreviewView> self(this);
    m_page->runJavaScript(script, QWebEngineScript::ApplicationWorld,
                          [self, document = m_document](const QVariant &) {
                              if (!self || document != self->m_document)
                                  return; // an answer from a shell that has since been replaced
                              if (!self->m_pendingScripts.isEmpty()) {
                                  self->sendNextScript();
                                  return;
                              }
                              self->m_patchInFlight = false;
                              if (!self->m_pendingFragment.isEmpty()) {
                                  // A link to an anchor of another page: show the anchor once the
                                  // page is there.
                                  self->scrollToId(
                                      std::exchange(self->m_pendingFragment, QString()));
                              }
                              if (!self->m_marksSent)
                                  self->sendMarks();
                              Q_EMIT self->contentUpdated();
                              // Renders that arrived meanwhile collapse into one more patch.
                              bool current = self->m_shown.size() == self->m_wanted.size();
                              for (qsizetype i = 0; current && i < self->m_shown.size(); ++i)
                                  current = self->m_shown[i] == self->m_wanted[i].html;
                              if (!current && self->m_shellReady)
                                  self->applyContent();
                          });
}

void PreviewView::setMarkedWords(const QList<MarkedWord> &words)
{
    m_marks = words;
    m_marksSent = false;
    if (m_shellReady && !m_patchInFlight)
        sendMarks();
}

void PreviewView::setMarksShown(bool shown)
{
    if (shown == m_marksShown)
        return;
    m_marksShown = shown;
    m_marksSent = false;
    if (m_shellReady && !m_patchInFlight)
        sendMarks();
}

void PreviewView::sendMarks()
{
    QJsonArray marks;
    for (const MarkedWord &mark : std::as_const(m_marks))
        marks.append(
            QJsonObject{{QStringLiteral("line"), mark.line}, {QStringLiteral("word"), mark.word}});
    m_marksSent = true;
    m_page->runJavaScript(
        QStringLiteral("folio.setMarks(%1, %2);")
            .arg(jsonOf(marks), m_marksShown ? QStringLiteral("true") : QStringLiteral("false")),
        QWebEngineScript::ApplicationWorld);
}

void PreviewView::scrollToLine(double line)
{
    if (!m_shellReady)
        return;
    m_programmaticScroll.start();
    m_page->runJavaScript(QStringLiteral("folio.scrollToLine(%1);").arg(line, 0, 'f', 3),
                          QWebEngineScript::ApplicationWorld);
}

void PreviewView::scrollToId(const QString &id)
{
    m_page->runJavaScript(QStringLiteral("folio.scrollToId(%1);").arg(jsString(id)),
                          QWebEngineScript::ApplicationWorld);
}

void PreviewView::onScrollPositionChanged()
{
    if (m_programmaticScroll.isValid() && m_programmaticScroll.elapsed() < ScrollEchoMs) {
        m_programmaticScroll.start(); // a scroll in progress keeps echoing; keep ignoring it
        return;
    }
    if (m_scrollQueryInFlight)
        return;
    m_scrollQueryInFlight = true;
    QPointer<PreviewView> self(this);
    m_page->runJavaScript(QStringLiteral("folio.topLine();"), QWebEngineScript::ApplicationWorld,
                          [self](const QVariant &line) {
                              if (!self)
                                  return;
                              self->m_scrollQueryInFlight = false;
                              Q_EMIT self->scrolledToLine(line.toDouble());
                          });
}

void PreviewView::childEvent(QChildEvent *event)
{
    QWebEngineView::childEvent(event);
    // Mouse events go to the render widget WebEngine creates as our child.
    if (event->type() == QEvent::ChildAdded && event->child()->isWidgetType())
        event->child()->installEventFilter(this);
}

bool PreviewView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonPress) {
        m_pressPosition = static_cast<QMouseEvent *>(event)->position().toPoint();
    } else if (event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const QPoint position = mouse->position().toPoint();
        // A click, not a selection drag: find what was clicked.
        if (mouse->button() == Qt::LeftButton &&
            (position - m_pressPosition).manhattanLength() < 4 && m_shellReady) {
            const double zoom = zoomFactor();
            QPointer<PreviewView> self(this);
            m_page->runJavaScript(
                QStringLiteral("folio.hit(%1, %2);")
                    .arg(position.x() / zoom)
                    .arg(position.y() / zoom),
                QWebEngineScript::ApplicationWorld, [self](const QVariant &result) {
                    const QVariantMap map = result.toMap();
                    if (!self || map.isEmpty())
                        return;
                    PreviewHit hit;
                    hit.firstLine = map.value(QStringLiteral("firstLine")).toInt();
                    hit.lastLine = map.value(QStringLiteral("lastLine")).toInt();
                    hit.word = map.value(QStringLiteral("word")).toString();
                    hit.occurrence = map.value(QStringLiteral("occurrence")).toInt();
                    if (hit.firstLine > 0)
                        Q_EMIT self->wordClicked(hit);
                });
        }
    }
    return QWebEngineView::eventFilter(watched, event);
}

void PreviewView::onInternalLinkClicked(const QUrl &url)
{
    const Handbook::Handbook &handbook = m_schemeHandler->handbook();
    const QString fragment = url.fragment(QUrl::FullyDecoded);
    if (url.path() == m_schemeHandler->pageUrl().path()) {
        if (!fragment.isEmpty())
            scrollToId(fragment);
        return;
    }
    const QString page = handbook.pageForUrl(url.path(QUrl::FullyEncoded));
    if (!page.isEmpty())
        Q_EMIT pageLinkActivated(page, fragment);
}

} // namespace Folio::Preview
