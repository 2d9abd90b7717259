#pragma once

#include "handbook/handbook.h"
#include "markdown/renderer.h"
#include "preview/previewview.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace Folio::Test {

// Runs script in the preview's isolated world and waits for its answer.
inline QVariant evaluate(Preview::PreviewView *preview, const QString &script)
{
    QVariant result;
    bool done = false;
    preview->evaluate(script, [&](const QVariant &value) {
        result = value;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        return QStringLiteral("<no answer>");
    return result;
}

// The preview's theme as its page has it: "folio-light" or "folio-dark".
inline QString previewThemeClass(Preview::PreviewView *preview)
{
    return evaluate(preview, QStringLiteral("document.documentElement.className")).toString();
}

// A preview shown offscreen on a page of a one-page handbook in a temporary folder.
class PreviewFixture
{
public:
    // Call from initTestCase().
    [[nodiscard]] bool createHandbook()
    {
        if (!writeFile(m_dir.filePath(QStringLiteral("content/page.md")), "# x\n") ||
            !writeFile(m_dir.filePath(QStringLiteral("content/other.md")), "# Other\n"))
            return false;
        auto handbook = Handbook::Handbook::open(m_dir.path());
        if (!handbook)
            return false;
        m_handbook = handbook.value();
        return true;
    }

    // Call from init(): a new view showing the page's shell.
    [[nodiscard]] Preview::PreviewView *createView(QSize size = QSize(800, 600))
    {
        delete m_view;
        m_view = new Preview::PreviewView;
        m_view->resize(size);
        m_view->show();
        if (!QTest::qWaitForWindowExposed(m_view))
            return nullptr;
        m_view->setHandbook(m_handbook);
        m_view->showPage(QStringLiteral("content/page.md"));
        return m_view;
    }

    // Call from cleanup().
    void destroyView()
    {
        delete m_view;
        m_view = nullptr;
    }

    // Renders text and waits until the preview shows it.
    [[nodiscard]] bool show(const QString &text)
    {
        QSignalSpy updated(m_view, &Preview::PreviewView::contentUpdated);
        m_view->setContent(Markdown::Renderer::renderPage(text));
        return updated.wait(20000);
    }

    ~PreviewFixture() { delete m_view; }

private:
    QTemporaryDir m_dir;
    Handbook::Handbook m_handbook;
    Preview::PreviewView *m_view = nullptr;
};

} // namespace Folio::Test
