#include "handbook/handbook.h"
#include "markdown/renderer.h"
#include "markdown/renderscheduler.h"
#include "preview/previewview.h"
#include "previewtestsupport.h"
#include "webenginetestmain.h"

#include <QDesktopServices>
#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Folio;
using Folio::Preview::PreviewView;

namespace {

using Test::evaluate;

// A page of many paragraphs, each a block on its own line pair.
QString longPage(int paragraphs, int changed = -1)
{
    QString text = QStringLiteral("---\ntitle: Long\n---\n");
    for (int i = 0; i < paragraphs; ++i) {
        text +=
            QStringLiteral("Paragraph %1 with some words to wrap around the preview width, %2.\n\n")
                .arg(i)
                .arg(i == changed ? QStringLiteral("edited") : QStringLiteral("original"));
    }
    return text;
}

} // namespace

// Receives what the preview hands to the system browser (QDesktopServices' URL handler).
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

class TestPreviewView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void editsPatchOnlyTheChangedBlock();
    void insertedLinesKeepLaterBlocks();
    void keepsScrollPositionWhileEditing();
    void scrollsToSourceLines();
    void reportsUserScrollingAsLines();
    void clickOnAWordReportsItsSourceBlock();
    void rendersPagesOverTwoMegabytes();
    void tenMegabytePageKeepsTheWindowResponsive();
    void hostilePageRunsAndLoadsNothing();
    void linksOpeningNewWindowsAreRoutedLikeOthers();

private:
    // Clicks the centre of the element matching selector in the preview.
    bool clickElement(const QString &selector)
    {
        const QVariantMap rect =
            evaluate(m_view, QStringLiteral("(function(){var b=document.querySelector('%1')"
                                            ".getBoundingClientRect();return {x:b.left+b.width/2,"
                                            "y:b.top+b.height/2};})()")
                                 .arg(selector))
                .toMap();
        QWidget *target = m_view->focusProxy();
        if (rect.isEmpty() || !target)
            return false;
        QTest::mouseClick(target, Qt::LeftButton, {},
                          QPoint(int(rect.value(QStringLiteral("x")).toDouble()),
                                 int(rect.value(QStringLiteral("y")).toDouble())));
        return true;
    }

    bool show(const QString &text) { return m_fixture.show(text); }
    // The text of the last block the preview shows: whether a big page arrived whole.
    QString lastBlockText()
    {
        return evaluate(m_view, QStringLiteral("document.getElementById('folio-content')"
                                               ".lastElementChild.textContent.trim()"))
            .toString();
    }
    Test::PreviewFixture m_fixture;
    PreviewView *m_view = nullptr;
};

void TestPreviewView::initTestCase()
{
    QVERIFY(m_fixture.createHandbook());
}

void TestPreviewView::init()
{
    QVERIFY((m_view = m_fixture.createView()));
}

void TestPreviewView::cleanup()
{
    m_fixture.destroyView();
    m_view = nullptr;
}

void TestPreviewView::editsPatchOnlyTheChangedBlock()
{
    QVERIFY(show(longPage(200)));
    QCOMPARE(m_view->lastPatchSize(), 201); // header + 200 paragraphs
    // Mark a later block: if the edit re-created it, the mark would be gone.
    QVERIFY(evaluate(m_view, QStringLiteral("document.getElementById('folio-content').children[150]"
                                            ".setAttribute('data-mark','kept'); true"))
                .toBool());
    QVERIFY(show(longPage(200, 20)));
    QCOMPARE(m_view->lastPatchSize(), 1);
    QCOMPARE(
        evaluate(
            m_view,
            QStringLiteral(
                "document.getElementById('folio-content').children[150].getAttribute('data-mark')"))
            .toString(),
        QStringLiteral("kept"));
    QVERIFY(evaluate(
                m_view,
                QStringLiteral("document.getElementById('folio-content').children[21].textContent"))
                .toString()
                .contains(QStringLiteral("edited")));
    QCOMPARE(
        evaluate(m_view, QStringLiteral("document.getElementById('folio-content').children.length"))
            .toInt(),
        201);
}

void TestPreviewView::insertedLinesKeepLaterBlocks()
{
    QVERIFY(show(longPage(100)));
    QVERIFY(evaluate(m_view, QStringLiteral("document.getElementById('folio-content').children[90]"
                                            ".setAttribute('data-mark','kept'); true"))
                .toBool());
    QString text = longPage(100);
    text.insert(text.indexOf(QStringLiteral("Paragraph 0")),
                QStringLiteral("New first paragraph.\n\n"));
    QVERIFY(show(text));
    QCOMPARE(m_view->lastPatchSize(), 1);
    QCOMPARE(
        evaluate(
            m_view,
            QStringLiteral(
                "document.getElementById('folio-content').children[91].getAttribute('data-mark')"))
            .toString(),
        QStringLiteral("kept"));
    // Lines moved down by two: scrolling to Paragraph 50's new line finds its block.
    const int line = int(text.left(text.indexOf(QStringLiteral("Paragraph 50 "))).count(u'\n')) + 1;
    m_view->scrollToLine(line);
    QTRY_VERIFY_WITH_TIMEOUT(
        evaluate(m_view, QStringLiteral("folio.topLine()")).toDouble() >= line - 0.5, 5000);
    QVERIFY(evaluate(m_view, QStringLiteral("folio.topLine()")).toDouble() < line + 1);
}

void TestPreviewView::keepsScrollPositionWhileEditing()
{
    QVERIFY(show(longPage(200)));
    QVERIFY(evaluate(m_view, QStringLiteral("window.scrollTo(0, 3000); window.scrollY")).toInt() >
            0);
    const int before = evaluate(m_view, QStringLiteral("window.scrollY")).toInt();
    QVERIFY(show(longPage(200, 150))); // an edit below the view
    QCOMPARE(evaluate(m_view, QStringLiteral("window.scrollY")).toInt(), before);
    QVERIFY(show(longPage(200, 3))); // an edit above the view, same height
    QCOMPARE(evaluate(m_view, QStringLiteral("window.scrollY")).toInt(), before);
}

void TestPreviewView::scrollsToSourceLines()
{
    const QString text = longPage(200);
    QVERIFY(show(text));
    const int line =
        int(text.left(text.indexOf(QStringLiteral("Paragraph 120 "))).count(u'\n')) + 1;
    m_view->scrollToLine(line);
    QTRY_VERIFY_WITH_TIMEOUT(
        qAbs(evaluate(m_view, QStringLiteral("folio.topLine()")).toDouble() - line) < 0.5, 5000);
    const QString top =
        evaluate(
            m_view,
            QStringLiteral("document.elementFromPoint(100, 5).closest('.folio-block').textContent"))
            .toString();
    QVERIFY2(top.contains(QStringLiteral("Paragraph 120 ")) ||
                 top.contains(QStringLiteral("Paragraph 119 ")),
             qPrintable(top));
}

void TestPreviewView::reportsUserScrollingAsLines()
{
    const QString text = longPage(200);
    QVERIFY(show(text));
    QSignalSpy scrolled(m_view, &PreviewView::scrolledToLine);
    QTest::qWait(200); // past the echo window of any earlier programmatic scroll
    evaluate(m_view, QStringLiteral("window.scrollTo(0, 5000); true"));
    QTRY_VERIFY_WITH_TIMEOUT(!scrolled.isEmpty(), 5000);
    const double line = scrolled.last().first().toDouble();
    // The first block still visible at the top of the view.
    const QString top =
        evaluate(m_view, QStringLiteral(
                             "(function(){var c=document.getElementById('folio-content').children;"
                             "for(var i=0;i<c.length;++i){if(c[i].getBoundingClientRect().bottom>0)"
                             "return c[i].textContent.trim();}return '';})()"))
            .toString();
    const int number = top.section(QLatin1Char(' '), 1, 1).toInt();
    const int expected =
        int(text.left(text.indexOf(QStringLiteral("Paragraph %1 ").arg(number))).count(u'\n')) + 1;
    QVERIFY2(line >= expected - 1 && line <= expected + 2,
             qPrintable(QStringLiteral("%1 vs %2").arg(line).arg(expected)));
}

void TestPreviewView::clickOnAWordReportsItsSourceBlock()
{
    const QString text =
        QStringLiteral("---\ntitle: T\n---\n# Heading\n\nAlpha beta gamma beta delta.\n");
    QVERIFY(show(text));
    // Where the second "beta" is drawn.
    const QVariantMap rect =
        evaluate(
            m_view,
            QStringLiteral(
                "(function(){var p=document.querySelector('#folio-content p');var t=p.firstChild;"
                "var i=t.data.lastIndexOf('beta');var r=document.createRange();r.setStart(t,i+1);"
                "r.setEnd(t,i+3);var b=r.getBoundingClientRect();return "
                "{x:b.left+b.width/2,y:b.top+b.height/2};})()"))
            .toMap();
    QVERIFY(!rect.isEmpty());
    QWidget *target = m_view->focusProxy();
    QVERIFY(target);
    QSignalSpy clicked(m_view, &PreviewView::wordClicked);
    const QPoint point(int(rect.value(QStringLiteral("x")).toDouble()),
                       int(rect.value(QStringLiteral("y")).toDouble()));
    QTest::mouseClick(target, Qt::LeftButton, {}, point);
    QTRY_VERIFY_WITH_TIMEOUT(!clicked.isEmpty(), 5000);
    const auto hit = clicked.first().first().value<Preview::PreviewHit>();
    QCOMPARE(hit.word, QStringLiteral("beta"));
    QCOMPARE(hit.occurrence, 1);
    QCOMPARE(hit.firstLine, 6);
}

void TestPreviewView::rendersPagesOverTwoMegabytes()
{
    QString text = QStringLiteral("# Big\n\n");
    while (text.size() < 3 * 1024 * 1024)
        text += QStringLiteral(
            "A long paragraph of handbook text that goes on and on to make the page big.\n\n");
    text += QStringLiteral("The last paragraph.\n");
    QVERIFY(show(text));
    QCOMPARE(lastBlockText(), QStringLiteral("The last paragraph."));
}

void TestPreviewView::tenMegabytePageKeepsTheWindowResponsive()
{
    const QString text =
        QStringLiteral("A paragraph of ordinary handbook text, *with* [a link](/x/).\n\n")
            .repeated(10 * 1024 * 1024 / 60) +
        QStringLiteral("The last paragraph.\n");
    // The longest the UI thread goes without running its event loop, while the page is
    // rendered off the thread and shown.
    QElapsedTimer sinceTick;
    qint64 longestStall = 0;
    QTimer ticker;
    ticker.setInterval(10);
    connect(&ticker, &QTimer::timeout, this,
            [&] { longestStall = std::max(longestStall, sinceTick.restart()); });
    Markdown::RenderScheduler scheduler;
    connect(&scheduler, &Markdown::RenderScheduler::rendered, m_view, &PreviewView::setContent);
    QSignalSpy updated(m_view, &PreviewView::contentUpdated);
    sinceTick.start();
    ticker.start();
    scheduler.request(text);
    QVERIFY(updated.wait(120000));
    ticker.stop();
    QCOMPARE(lastBlockText(), QStringLiteral("The last paragraph."));
    qInfo("longest UI stall while rendering and showing a 10 MB page: %lld ms", longestStall);
    QVERIFY2(longestStall < 1500,
             qPrintable(QStringLiteral("the window froze for %1 ms").arg(longestStall)));
}

void TestPreviewView::hostilePageRunsAndLoadsNothing()
{
    // Straight into the preview, past the sanitizer: the page settings, the CSP and the
    // request guard must hold on their own.
    Markdown::RenderedPage page;
    page.blocks = {
        {QStringLiteral("<script>document.body.setAttribute('data-pwned','script')</script>"), 1,
         1},
        {QStringLiteral("<img src=\"nope.png\" "
                        "onerror=\"document.body.setAttribute('data-pwned','onerror')\">"),
         2, 2},
        {QStringLiteral(
             "<a id=\"js\" "
             "href=\"javascript:document.body.setAttribute('data-pwned','link')\">x</a>"),
         3, 3},
        {QStringLiteral("<img class=\"probe\" src=\"file:///etc/hostname\">"), 4, 4},
        {QStringLiteral("<img class=\"probe\" src=\"../../../../../../etc/hostname\">"), 5, 5},
        {QStringLiteral("<img class=\"probe\" src=\"https://example.invalid/remote.png\">"), 6, 6},
        {QStringLiteral("<link rel=\"stylesheet\" href=\"https://example.invalid/x.css\">"), 7, 7},
        {QStringLiteral("<meta http-equiv=\"refresh\" content=\"0;url=https://example.invalid/\">"),
         8, 8},
        {QStringLiteral("<iframe src=\"https://example.invalid/\"></iframe>"), 9, 9},
    };
    QSignalSpy updated(m_view, &PreviewView::contentUpdated);
    m_view->setContent(page);
    QVERIFY(updated.wait(20000));
    const QUrl before = m_view->url();
    evaluate(m_view, QStringLiteral("document.getElementById('js').click(); true"));
    QTest::qWait(1500); // time for a handler, a refresh or a load to happen
    QCOMPARE(evaluate(m_view, QStringLiteral("document.body.getAttribute('data-pwned')")),
             QVariant());
    QCOMPARE(m_view->url(), before);
    QCOMPARE(
        evaluate(m_view, QStringLiteral(
                             "(function(){var n=0;document.querySelectorAll('img.probe').forEach("
                             "function(i){if(i.naturalWidth>0)n++;});return n;})()"))
            .toInt(),
        0);
    for (const QString &blocked : m_view->blockedRequests())
        QVERIFY2(!blocked.startsWith(QLatin1String("folio:")), qPrintable(blocked));
}

// kramdown's [x](url){:target="_blank"} makes the link ask for a new window: it must still
// open in the browser (external) or in Folio (a handbook page), never nowhere.
void TestPreviewView::linksOpeningNewWindowsAreRoutedLikeOthers()
{
    UrlCatcher browser;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &browser, "open");
    const auto restore =
        qScopeGuard([] { QDesktopServices::unsetUrlHandler(QStringLiteral("https")); });
    QVERIFY(show(QStringLiteral("---\ntitle: T\n---\n# Links\n\n"
                                "[External link](https://example.com/docs){:target=\"_blank\"}\n\n"
                                "[Internal link](/other/#part){:target=\"_blank\"}\n")));
    QCOMPARE(evaluate(m_view, QStringLiteral(
                                  "document.querySelector('a[href=\"https://example.com/docs\"]')"
                                  ".getAttribute('target')"))
                 .toString(),
             QStringLiteral("_blank"));
    QVERIFY(clickElement(QStringLiteral("a[href=\"https://example.com/docs\"]")));
    QTRY_COMPARE_WITH_TIMEOUT(browser.urls.size(), 1, 5000);
    QCOMPARE(browser.urls.first(), QUrl(QStringLiteral("https://example.com/docs")));

    QSignalSpy page(m_view, &PreviewView::pageLinkActivated);
    QVERIFY(clickElement(QStringLiteral("a[target]:not([href^=\"https\"])")));
    QTRY_COMPARE_WITH_TIMEOUT(page.size(), 1, 5000);
    QCOMPARE(page.first().at(0).toString(), QStringLiteral("content/other.md"));
    QCOMPARE(page.first().at(1).toString(), QStringLiteral("part"));
    QCOMPARE(browser.urls.size(), 1);
}

FOLIO_WEBENGINE_TEST_MAIN(TestPreviewView)
#include "tst_previewview.moc"
