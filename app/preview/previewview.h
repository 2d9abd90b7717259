#pragma once

#include "handbook/handbook.h"
#include "markdown/renderer.h"
#include "preferences/preferences.h"

#include <QElapsedTimer>
#include <QPoint>
#include <QWebEngineView>

#include <functional>

class QWebEngineProfile;

namespace Folio::Preview {

class PreviewPage;
class PreviewRequestGuard;
class PreviewSchemeHandler;

// A word the user clicked in the preview, located well enough to find it in the source:
// the page lines of its block and how many times the same word comes before it there.
struct PreviewHit
{
    int firstLine = 0;
    int lastLine = 0;
    QString word;
    int occurrence = 0;
};

// A word to mark as misspelled: the page line it is on and the word as written there.
struct MarkedWord
{
    int line = 0;
    QString word;
};

// Shows the open page as the published handbook would. The page's shell loads once per
// page; each new render patches only the blocks that changed, through a bridge script that
// runs in Folio's own isolated world (page content itself runs no JavaScript at all).
class PreviewView : public QWebEngineView
{
    Q_OBJECT

public:
    explicit PreviewView(QWidget *parent = nullptr);
    ~PreviewView() override;

    void setHandbook(const Handbook::Handbook &handbook);
    // Loads the shell for a page (relative path); its content comes with setContent(). With
    // a fragment, the element with that id is scrolled into view once the content is shown.
    void showPage(const QString &relativePath, const QString &fragment = QString());
    // Scrolls the element with this id (a heading's anchor) into view.
    void scrollToId(const QString &id);
    // Shows a render of the page, replacing only the blocks that differ from what is shown.
    void setContent(const Markdown::RenderedPage &page);
    void clear();

    // Scrolls so that a source line (fractions scroll within it) is at the top.
    void scrollToLine(double line);

    // Underlines these words (every occurrence in the block holding the line, outside code)
    // while marks are shown; they stay on the blocks as the content is patched.
    void setMarkedWords(const QList<MarkedWord> &words);
    void setMarksShown(bool shown);
    // Light or dark colours, or the window palette's (followed when it changes).
    void setTheme(Preferences::PreviewTheme theme);
    [[nodiscard]] Preferences::PreviewTheme theme() const { return m_theme; }
    // Whether the page is shown in dark colours, as setTheme() and the palette decide.
    [[nodiscard]] bool isDark() const;
    [[nodiscard]] bool marksShown() const { return m_marksShown; }

    // How many blocks the last update replaced (the header counts as one), for tests.
    [[nodiscard]] int lastPatchSize() const { return m_lastPatchSize; }

    // URLs the page tried to load from outside Folio (the network, files): all blocked.
    [[nodiscard]] QStringList blockedRequests() const;

    // Runs script in Folio's isolated world and hands its result to callback (tests, sync).
    void evaluate(const QString &script, const std::function<void(const QVariant &)> &callback);

Q_SIGNALS:
    // The content passed to setContent() is now on screen.
    void contentUpdated();
    // A link in the preview points to a page of the handbook.
    void pageLinkActivated(const QString &relativePath, const QString &fragment);
    // The user scrolled the preview; line is the source line now at its top.
    void scrolledToLine(double line);
    // The user clicked a word.
    void wordClicked(const Folio::Preview::PreviewHit &hit);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void childEvent(QChildEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();
    void onLoadFinished(bool ok);
    void onInternalLinkClicked(const QUrl &url);
    void onScrollPositionChanged();
    void applyContent();
    void sendNextScript();
    void sendMarks();

    QWebEngineProfile *m_profile = nullptr;
    PreviewSchemeHandler *m_schemeHandler = nullptr;
    PreviewRequestGuard *m_requestGuard = nullptr;
    PreviewPage *m_page = nullptr;

    QList<Markdown::RenderedBlock> m_wanted; // what should be shown
    QStringList m_shown;                     // the blocks' HTML now in the page
    bool m_shellReady = false;
    bool m_patchInFlight = false;
    QStringList m_pendingScripts;   // slices of the patch in flight
    QString m_pendingFragment;      // anchor to show once the page's content is in
    bool m_librariesLoaded = false; // highlight.js and mermaid run in the current document
    quint64 m_document = 0;         // which loaded shell a patch's answer belongs to
    int m_shellRequests = 0;        // loads of the current page's shell asked again
    int m_lastPatchSize = 0;
    QList<MarkedWord> m_marks;
    bool m_marksShown = true;
    Preferences::PreviewTheme m_theme = Preferences::PreviewTheme::System;
    bool m_marksSent = false; // the shell shows m_marks as they are now

    QElapsedTimer m_programmaticScroll; // our own scrolls must not echo back to the editor
    bool m_scrollQueryInFlight = false;
    QPoint m_pressPosition;
};

} // namespace Folio::Preview

Q_DECLARE_METATYPE(Folio::Preview::PreviewHit)
