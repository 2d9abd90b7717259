#include "handbook/handbook.h"
#include "markdown/renderer.h"
#include "preview/previewview.h"
#include "previewtestsupport.h"
#include "webenginetestmain.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Folio;
using Folio::Preview::PreviewView;

namespace {

using Test::evaluate;

int count(PreviewView *preview, const QString &selector)
{
    return evaluate(preview, QStringLiteral("document.querySelectorAll('%1').length").arg(selector))
        .toInt();
}

const QString Flowchart = QStringLiteral("```mermaid\n"
                                         "flowchart LR\n"
                                         "    A[Draft] --> B{Review}\n"
                                         "    B -->|ok| C[Merge]\n"
                                         "```\n");

// A page with a diagram, a paragraph and a ruby fence; `word` changes the paragraph.
QString diagramPage(const QString &word = QStringLiteral("original"))
{
    return QStringLiteral("---\ntitle: Diagrams\n---\n# Diagrams\n\n") + Flowchart +
           QStringLiteral("\nA paragraph, %1.\n\n"
                          "```ruby\ndef greet(name)\n  puts \"hi #{name}\"\nend\n```\n")
               .arg(word);
}

} // namespace

class TestPreviewDecorations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void drawsMermaidFencesAsSvg();
    void showsMermaidErrorsAndGoesOn();
    void highlightsCodeFences();
    void leavesUnknownLanguagesAlone();
    void pageContentStillRunsNoScript();
    void mermaidLabelsRunNoScript();
    void editsKeepDrawnDiagrams();
    void followsTheDarkTheme();
    void loadsLibrariesOnlyForFences();

private:
    bool show(const QString &text) { return m_fixture.show(text); }
    Test::PreviewFixture m_fixture;
    PreviewView *m_view = nullptr;
};

void TestPreviewDecorations::initTestCase()
{
    QVERIFY(m_fixture.createHandbook());
}

void TestPreviewDecorations::init()
{
    QVERIFY((m_view = m_fixture.createView(QSize(900, 700))));
}

void TestPreviewDecorations::cleanup()
{
    m_fixture.destroyView();
    m_view = nullptr;
}

void TestPreviewDecorations::drawsMermaidFencesAsSvg()
{
    QVERIFY(show(diagramPage()));
    QTRY_COMPARE_WITH_TIMEOUT(count(m_view, QStringLiteral("div.folio-mermaid > svg")), 1, 20000);
    QCOMPARE(count(m_view, QStringLiteral("pre[lang=mermaid]")), 0);
    QCOMPARE(count(m_view, QStringLiteral(".folio-mermaid-error")), 0);
    // The diagram's labels are drawn, and the diagram takes room on the page.
    const QString text =
        evaluate(m_view, QStringLiteral("document.querySelector('div.folio-mermaid').textContent"))
            .toString();
    QVERIFY2(text.contains(QStringLiteral("Review")) && text.contains(QStringLiteral("Merge")),
             qPrintable(text));
    QVERIFY(evaluate(m_view, QStringLiteral("document.querySelector('div.folio-mermaid > svg')"
                                            ".getBoundingClientRect().height"))
                .toDouble() > 20);
    // mermaid's scratch elements are gone from the body.
    QCOMPARE(evaluate(m_view, QStringLiteral("document.body.children.length")).toInt(), 1);
}

void TestPreviewDecorations::showsMermaidErrorsAndGoesOn()
{
    QVERIFY(show(QStringLiteral("# Broken\n\n```mermaid\nflowchart LR\n    A --> --> ((\n```\n\n"
                                "After the diagram.\n\n") +
                 Flowchart));
    QTRY_COMPARE_WITH_TIMEOUT(count(m_view, QStringLiteral("div.folio-mermaid-error")), 1, 20000);
    const QString error =
        evaluate(m_view,
                 QStringLiteral("document.querySelector('div.folio-mermaid-error').textContent"))
            .toString();
    QVERIFY2(error.contains(QStringLiteral("A --> --> ((")), qPrintable(error)); // the source
    QVERIFY2(error.contains(QStringLiteral("Parse error"), Qt::CaseInsensitive) ||
                 error.contains(QStringLiteral("error"), Qt::CaseInsensitive),
             qPrintable(error));
    QVERIFY(evaluate(m_view, QStringLiteral("document.querySelector('div.folio-mermaid-error')"
                                            ".nextElementSibling === null"))
                .toBool());
    // The page goes on: the paragraph after it and the next diagram are there.
    QVERIFY(evaluate(m_view, QStringLiteral("document.getElementById('folio-content').textContent"))
                .toString()
                .contains(QStringLiteral("After the diagram.")));
    QTRY_COMPARE_WITH_TIMEOUT(count(m_view, QStringLiteral("div.folio-mermaid > svg")), 1, 20000);
    QCOMPARE(count(m_view, QStringLiteral("pre[lang=mermaid]")), 0);
    // No "Syntax error" bomb left behind by mermaid in the body.
    QCOMPARE(evaluate(m_view, QStringLiteral("document.body.children.length")).toInt(), 1);
}

void TestPreviewDecorations::highlightsCodeFences()
{
    QVERIFY(show(diagramPage()));
    QTRY_VERIFY_WITH_TIMEOUT(count(m_view, QStringLiteral("pre[lang=ruby] code .hljs-keyword")) > 0,
                             10000);
    QVERIFY(count(m_view, QStringLiteral("pre[lang=ruby] code.hljs .hljs-string")) > 0);
    // Highlighting changes markup, never the text.
    QCOMPARE(evaluate(m_view,
                      QStringLiteral("document.querySelector('pre[lang=ruby] code').textContent"))
                 .toString(),
             QStringLiteral("def greet(name)\n  puts \"hi #{name}\"\nend\n"));
    // Keywords are coloured differently from the code around them.
    QVERIFY(evaluate(m_view,
                     QStringLiteral(
                         "getComputedStyle(document.querySelector('pre[lang=ruby] .hljs-keyword'))"
                         ".color !== getComputedStyle(document.querySelector('pre[lang=ruby] "
                         "code')).color"))
                .toBool());
}

void TestPreviewDecorations::leavesUnknownLanguagesAlone()
{
    QVERIFY(show(QStringLiteral("```no-such-language\nsome <b>text</b>\n```\n\n"
                                "```\nplain fence\n```\n\n```ruby\nputs 1\n```\n")));
    QTRY_VERIFY_WITH_TIMEOUT(count(m_view, QStringLiteral("pre[lang=ruby] code.hljs")) == 1, 10000);
    QCOMPARE(count(m_view, QStringLiteral("pre[lang=no-such-language] code span")), 0);
    QCOMPARE(evaluate(m_view, QStringLiteral("document.querySelector('pre[lang=no-such-language] "
                                             "code').textContent"))
                 .toString(),
             QStringLiteral("some <b>text</b>\n"));
    QCOMPARE(count(m_view, QStringLiteral("pre:not([lang]) code span")), 0);
}

void TestPreviewDecorations::pageContentStillRunsNoScript()
{
    QVERIFY(show(diagramPage() + QStringLiteral("\n<img src=\"x\" "
                                                "onerror=\"document.body.dataset.pwned='1'\">\n"
                                                "\nThe end.\n")));
    QTRY_COMPARE_WITH_TIMEOUT(count(m_view, QStringLiteral("div.folio-mermaid > svg")), 1, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(count(m_view, QStringLiteral(".hljs-keyword")) > 0, 10000);
    // An inline handler added past the sanitizer, straight into the DOM, must not run either:
    // handlers compile in the page's world, where JavaScript is off.
    QVERIFY(evaluate(m_view, QStringLiteral("var i=document.createElement('img');"
                                            "i.setAttribute('onerror',"
                                            "\"document.body.dataset.pwned='2'\");"
                                            "i.src='folio://app/missing.png';"
                                            "document.getElementById('folio-content')"
                                            ".appendChild(i); true"))
                .toBool());
    QTest::qWait(1000);
    QCOMPARE(evaluate(m_view, QStringLiteral("document.body.getAttribute('data-pwned')")),
             QVariant());
    QVERIFY(evaluate(m_view, QStringLiteral("document.getElementById('folio-content').textContent"))
                .toString()
                .contains(QStringLiteral("The end.")));
}

void TestPreviewDecorations::mermaidLabelsRunNoScript()
{
    // Markup in a label and a click callback: securityLevel 'strict' drops both.
    QVERIFY(
        show(QStringLiteral("```mermaid\nflowchart LR\n"
                            "    A[\"<img src=x onerror=document.body.dataset.pwned=1>\"] --> B\n"
                            "    click A call alert()\n"
                            "```\n")));
    QTRY_COMPARE_WITH_TIMEOUT(count(m_view, QStringLiteral("div.folio-mermaid > svg")), 1, 20000);
    QCOMPARE(count(m_view, QStringLiteral("#folio-content img")), 0);
    QCOMPARE(count(m_view, QStringLiteral("#folio-content [onerror]")), 0);
    QCOMPARE(count(m_view, QStringLiteral("#folio-content [onclick]")), 0);
    QTest::qWait(500);
    QCOMPARE(evaluate(m_view, QStringLiteral("document.body.getAttribute('data-pwned')")),
             QVariant());
}

void TestPreviewDecorations::editsKeepDrawnDiagrams()
{
    QVERIFY(show(diagramPage()));
    QTRY_COMPARE_WITH_TIMEOUT(count(m_view, QStringLiteral("div.folio-mermaid > svg")), 1, 20000);
    QVERIFY(evaluate(m_view, QStringLiteral("document.querySelector('div.folio-mermaid > svg')"
                                            ".setAttribute('data-mark', 'kept'); true"))
                .toBool());
    QVERIFY(show(diagramPage(QStringLiteral("edited"))));
    QCOMPARE(m_view->lastPatchSize(), 1); // only the paragraph
    QVERIFY(evaluate(m_view, QStringLiteral("document.getElementById('folio-content').textContent"))
                .toString()
                .contains(QStringLiteral("A paragraph, edited.")));
    QTest::qWait(300); // a re-render, if any, would have replaced the svg by now
    QCOMPARE(count(m_view, QStringLiteral("div.folio-mermaid > svg")), 1);
    QCOMPARE(evaluate(m_view, QStringLiteral("document.querySelector('div.folio-mermaid > svg')"
                                             ".getAttribute('data-mark')"))
                 .toString(),
             QStringLiteral("kept"));
    QCOMPARE(count(m_view, QStringLiteral("pre[lang=mermaid]")), 0);
}

void TestPreviewDecorations::followsTheDarkTheme()
{
    // The theme is read when a diagram is drawn: a dark shell gets mermaid's dark theme.
    QVERIFY(show(QStringLiteral("# Dark\n"))); // the shell is up and has its light theme
    QVERIFY(evaluate(m_view, QStringLiteral("folio.setTheme(true); true")).toBool());
    QVERIFY(show(diagramPage()));
    QTRY_COMPARE_WITH_TIMEOUT(count(m_view, QStringLiteral("div.folio-mermaid > svg")), 1, 20000);
    const QString style =
        evaluate(m_view, QStringLiteral(
                             "document.querySelector('div.folio-mermaid > svg style').textContent"))
            .toString();
    // mermaid's default theme fills nodes with #ECECFF; its dark theme does not.
    QVERIFY2(!style.contains(QStringLiteral("#ECECFF"), Qt::CaseInsensitive), qPrintable(style));
    QVERIFY(evaluate(m_view, QStringLiteral("getComputedStyle(document.querySelector("
                                            "'pre[lang=ruby]')).backgroundColor"))
                .toString() != QStringLiteral("rgb(244, 244, 246)"));
}

void TestPreviewDecorations::loadsLibrariesOnlyForFences()
{
    QVERIFY(show(QStringLiteral("# Plain\n\nNo code here.\n")));
    QCOMPARE(evaluate(m_view, QStringLiteral("typeof folioLibraries")).toString(),
             QStringLiteral("undefined"));
    QVERIFY(show(QStringLiteral("# Plain\n\nNo code here.\n\n```ruby\nputs 1\n```\n")));
    QCOMPARE(evaluate(m_view, QStringLiteral("typeof folioLibraries")).toString(),
             QStringLiteral("object"));
    QTRY_VERIFY_WITH_TIMEOUT(
        evaluate(m_view, QStringLiteral("document.querySelectorAll('code.hljs').length")).toInt() ==
            1,
        10000);
}

FOLIO_WEBENGINE_TEST_MAIN(TestPreviewDecorations)
#include "tst_previewdecorations.moc"
