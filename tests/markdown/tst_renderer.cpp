#include "markdown/renderer.h"
#include "markdown/renderer_p.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QTest>
#include <QtConcurrent/QtConcurrentMap>

using namespace Folio;
using namespace Folio::Markdown;

class TestRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void frontMatterIsNotShownAsText();
    void rendersGfmExtensions_data();
    void rendersGfmExtensions();
    void brokenFrontMatterStillRenders();
    void contentHtmlEscapesTitle();
    void splitsTopLevelBlocksWithPageLines();
    void blockMarkersCannotBeForged();
    void pathologicalInputRenders_data();
    void pathologicalInputRenders();
    void concurrentRendersAgree();
    void rendersSeedPage();
    void chunkedRenderingMatchesWholeDocument();
    void keystrokeReparsesOnlyItsChunk();
    void paragraphInterruptedByTableKeepsItsLines();
    void oneLineHtmlBlockKeepsItsLine();
    void pageHoldingTheBlockMarkerRendersItsText();
};

void TestRenderer::frontMatterIsNotShownAsText()
{
    const auto page =
        Renderer::renderPage(u"---\nlayout: handbook-page-toc\ntitle: Solutions Architects "
                             u"Handbook\ndescription: Trusted advisors\n---\n"
                             u"## Role & Responsibilities\n\nText.\n");
    QCOMPARE(page.title, QStringLiteral("Solutions Architects Handbook"));
    QCOMPARE(page.description, QStringLiteral("Trusted advisors"));
    QVERIFY(page.bodyHtml().contains(
        QStringLiteral("<h2 id=\"role--responsibilities\">Role &amp; Responsibilities</h2>")));
    QVERIFY(!page.bodyHtml().contains(QStringLiteral("layout")));
    QVERIFY(!page.bodyHtml().contains(QStringLiteral("handbook-page-toc")));
    QVERIFY(!page.bodyHtml().contains(QStringLiteral("<hr")));
    QVERIFY(!page.frontMatterError);
}

void TestRenderer::rendersGfmExtensions_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("expected");
    QTest::newRow("table") << QStringLiteral("| a | b |\n|---|---|\n| 1 | 2 |\n")
                           << QStringLiteral("<td>1</td>");
    QTest::newRow("strikethrough") << QStringLiteral("~~old~~") << QStringLiteral("<del>old</del>");
    QTest::newRow("autolink") << QStringLiteral("see https://example.com now")
                              << QStringLiteral("<a href=\"https://example.com\">");
    QTest::newRow("tasklist") << QStringLiteral("- [x] done\n- [ ] todo\n")
                              << QStringLiteral("checked=\"\"");
    QTest::newRow("footnote") << QStringLiteral("Text[^1].\n\n[^1]: Note.\n")
                              << QStringLiteral("footnotes");
    QTest::newRow("fence language") << QStringLiteral("```mermaid\ngraph TD\n```\n")
                                    << QStringLiteral("<pre lang=\"mermaid\">");
    QTest::newRow("script removed")
        << QStringLiteral("<script>alert(1)</script>\n\nafter\n") << QStringLiteral("<p>after</p>");
    QTest::newRow("raw details") << QStringLiteral(
                                        "<details><summary>More</summary>\n\nx\n</details>\n")
                                 << QStringLiteral("<details><summary>More</summary>");
}

void TestRenderer::rendersGfmExtensions()
{
    QFETCH(QString, markdown);
    QFETCH(QString, expected);
    const QString html = Renderer::renderPage(markdown).bodyHtml();
    QVERIFY2(html.contains(expected), qPrintable(html));
    QVERIFY2(!html.contains(QLatin1String("<script")), qPrintable(html));
}

void TestRenderer::brokenFrontMatterStillRenders()
{
    const auto page = Renderer::renderPage(u"---\ntitle: [unclosed\n---\n# Body\n");
    QVERIFY(page.frontMatterError);
    QCOMPARE(page.frontMatterError->domain, ErrorDomain::Yaml);
    QVERIFY(page.bodyHtml().contains(QStringLiteral("<h1 id=\"body\">Body</h1>")));
    QVERIFY(page.contentHtml().contains(QStringLiteral("Front matter error")));
}

void TestRenderer::contentHtmlEscapesTitle()
{
    const auto page =
        Renderer::renderPage(u"---\ntitle: \"<img src=x onerror=alert(1)>\"\n---\nx\n");
    QVERIFY(!page.contentHtml().contains(QStringLiteral("<img")));
    QVERIFY(page.contentHtml().contains(QStringLiteral("&lt;img")));
}

void TestRenderer::splitsTopLevelBlocksWithPageLines()
{
    const auto page = Renderer::renderPage(
        u"---\ntitle: T\n---\n# A\n\npara\nline2\n\n<div class=\"x\">\n\ninside\n\n"
        u"</div>\n\nend[^1]\n\n[^1]: note\n");
    QCOMPARE(page.blocks.size(), 5);
    const QList<std::pair<int, int>> lines = {{4, 4}, {6, 7}, {9, 13}, {15, 15}, {17, 17}};
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(page.blocks[i].firstLine, lines[i].first);
        QCOMPARE(page.blocks[i].lastLine, lines[i].second);
    }
    QVERIFY(page.blocks[0].html.startsWith(QStringLiteral("<h1 id=\"a\">A</h1>")));
    // Raw HTML that opens in one block and closes later stays one balanced piece.
    QVERIFY(page.blocks[2].html.startsWith(QStringLiteral("<div class=\"x\">")));
    QVERIFY(page.blocks[2].html.contains(QStringLiteral("<p>inside</p>")));
    QVERIFY(page.blocks[2].html.trimmed().endsWith(QStringLiteral("</div>")));
    QVERIFY(page.blocks[4].html.contains(QStringLiteral("footnotes")));
    for (const auto &block : page.blocks)
        QVERIFY2(!block.html.contains(QStringLiteral("folio-block")), qPrintable(block.html));
}

void TestRenderer::blockMarkersCannotBeForged()
{
    const auto blocks = Renderer::renderBlocks(u"a\n\n<!--folio-block-->\n\nb\n");
    QCOMPARE(blocks.size(), 3);
    QCOMPARE(blocks[0].html, QStringLiteral("<p>a</p>\n"));
    QCOMPARE(blocks[2].html, QStringLiteral("<p>b</p>\n"));
}

void TestRenderer::pathologicalInputRenders_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("tail");
    const QString tail = QStringLiteral("\n\nThe end.\n");
    QTest::newRow("deep quotes") << QString(5000, u'>') + QStringLiteral(" deep") + tail << tail;
    QTest::newRow("deep lists") << [] {
        QString s;
        for (int i = 0; i < 2000; ++i)
            s += QString(i * 2, u' ') + QStringLiteral("- item\n");
        return s;
    }() + tail << tail;
    QTest::newRow("unclosed brackets") << QString(100000, u'[') + tail << tail;
    QTest::newRow("unclosed emphasis")
        << QString(100000, u'*') + QStringLiteral("a") + tail << tail;
    QTest::newRow("unclosed links") << QStringLiteral("[a](").repeated(30000) + tail << tail;
    QTest::newRow("nested divs") << QStringLiteral("<div>").repeated(20000) + tail << tail;
    QTest::newRow("unclosed shortcodes")
        << QStringLiteral("{{< alert >}}\n").repeated(5000) + tail << tail;
    QTest::newRow("unclosed erb") << QStringLiteral("<% if x\n").repeated(5000) + tail << tail;
    QTest::newRow("unclosed comment")
        << QStringLiteral("{::comment}\n") + QStringLiteral("x\n").repeated(1000) << QString();
    QTest::newRow("10 MB page")
        << QStringLiteral("A paragraph of ordinary handbook text, *with* [a link](/x/).\n\n")
                   .repeated(10 * 1024 * 1024 / 60) +
               tail
        << tail;
}

void TestRenderer::pathologicalInputRenders()
{
    QFETCH(QString, markdown);
    QFETCH(QString, tail);
    // It must finish (CTest's timeout is the bound) without crashing, and stay balanced.
    const RenderedPage page = Renderer::renderPage(markdown, RenderOptions{Dialect::Goldmark});
    QVERIFY(!page.blocks.isEmpty());
    if (!tail.isEmpty())
        QVERIFY(page.bodyHtml().contains(QStringLiteral("The end.")));
    // kramdown hides everything after an unterminated {::comment}, as kramdown does.
    const RenderedPage kramdown = Renderer::renderPage(markdown, RenderOptions{Dialect::Kramdown});
    if (!tail.isEmpty())
        QVERIFY(kramdown.bodyHtml().contains(QStringLiteral("The end.")));
}

void TestRenderer::concurrentRendersAgree()
{
    // cmark-gfm is not thread-safe; the renderer serializes it, so parallel renders must
    // give exactly the HTML of a serial one.
    const QString markdown = QStringLiteral(
        "# T\n\n| a | b |\n|---|---|\n| *x* | ~~y~~ |\n\n- [ ] t\n\nhttps://a.example\n");
    const QString expected = Renderer::renderMarkdown(markdown);
    const QList<QString> inputs(400, markdown);
    const QList<QString> outputs = QtConcurrent::blockingMapped(
        inputs, [](const QString &m) { return Renderer::renderMarkdown(m); });
    for (const QString &html : outputs)
        QCOMPARE(html, expected);
}

void TestRenderer::rendersSeedPage()
{
    const QString seeds = qEnvironmentVariable("FOLIO_SEEDS_DIR");
    const QByteArray bytes = Test::readFile(seeds + QStringLiteral("/000_52c20bdb3f3e5ccb.txt"));
    if (bytes.isEmpty())
        QSKIP("the seed page is not next to this checkout");
    const auto page = Renderer::renderPage(QString::fromUtf8(bytes));
    QCOMPARE(page.title, QStringLiteral("Solutions Architects Handbook"));
    QVERIFY(page.bodyHtml().contains(
        QStringLiteral("<h2 id=\"role--responsibilities\">Role &amp; Responsibilities</h2>")));
    QVERIFY(!page.bodyHtml().contains(QStringLiteral("layout: handbook-page-toc")));
}

QTEST_GUILESS_MAIN(TestRenderer)
// Rendering chunk by chunk (with the cache) must give exactly what rendering the whole
// document gives, block for block and line for line, on every corpus page and the seed.
void TestRenderer::chunkedRenderingMatchesWholeDocument()
{
    QStringList files;
    QDirIterator it(Test::corpusDir(), {QStringLiteral("*.md"), QStringLiteral("*.erb")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    QVERIFY(files.size() > 250);
    int split = 0;
    for (const QString &file : std::as_const(files)) {
        const QString text = QString::fromUtf8(Test::readFile(file));
        const RenderOptions options = RenderOptions::forFileName(file);
        setChunkedRendering(false);
        const RenderedPage whole = Renderer::renderPage(text, options);
        setChunkedRendering(true);
        const RenderedPage chunked = Renderer::renderPage(text, options);
        if (lastRenderStatistics().chunks > 1)
            ++split;
        QCOMPARE(chunked.blocks.size(), whole.blocks.size());
        for (qsizetype b = 0; b < whole.blocks.size(); ++b) {
            const RenderedBlock &got = chunked.blocks[b];
            const RenderedBlock &want = whole.blocks[b];
            if (got.html != want.html || got.firstLine != want.firstLine ||
                got.lastLine != want.lastLine) {
                QFAIL(qPrintable(QStringLiteral("%1, block %2 (lines %3-%4):\n%5\nwhole:\n%6")
                                     .arg(file)
                                     .arg(b)
                                     .arg(want.firstLine)
                                     .arg(want.lastLine)
                                     .arg(got.html.left(400), want.html.left(400))));
            }
        }
    }
    // Most pages have blank lines between column-0 blocks: chunking must actually happen.
    QVERIFY2(split > files.size() / 2, qPrintable(QString::number(split)));
}

// Typing in one paragraph of the largest page: cmark parses that paragraph's chunk again and
// takes the rest from the cache.
void TestRenderer::keystrokeReparsesOnlyItsChunk()
{
    const QString path =
        Test::corpusDir() + QStringLiteral("/middleman/handbook/product/product-processes/"
                                           "index.html.md.erb");
    QString text = QString::fromUtf8(Test::readFile(path));
    QVERIFY(text.size() > 200000);
    const RenderOptions options = RenderOptions::forFileName(path);
    (void)Renderer::renderPage(text, options);
    const qsizetype at = text.indexOf(QStringLiteral("\n\nThe "));
    QVERIFY(at > 0);
    text.insert(at + 2, QStringLiteral("Typed "));
    const RenderedPage edited = Renderer::renderPage(text, options);
    const RenderStatistics stats = lastRenderStatistics();
    QVERIFY(stats.chunks > 50);
    QCOMPARE(stats.cachedChunks, stats.chunks - 1);
    QVERIFY2(stats.parsedBytes < 20000, qPrintable(QString::number(stats.parsedBytes)));
    QVERIFY(edited.bodyHtml().contains(QStringLiteral("Typed The ")));
}

// cmark-gfm gives a paragraph that a table interrupts the position 1:1; scroll sync and the
// preview's block patches need its real lines.
void TestRenderer::paragraphInterruptedByTableKeepsItsLines()
{
    const QList<RenderedBlock> blocks = Renderer::renderBlocks(
        u"Intro\n\nFirst line\nsecond line\n| a | b |\n|---|---|\n| 1 | 2 |\n\nAfter\n", 10);
    QCOMPARE(blocks.size(), 4);
    QVERIFY(blocks[1].html.startsWith(QStringLiteral("<p>First line")));
    QCOMPARE(blocks[1].firstLine, 12);
    QCOMPARE(blocks[1].lastLine, 13);
    QVERIFY(blocks[2].html.startsWith(QStringLiteral("<table>")));
    QCOMPARE(blocks[2].firstLine, 14);
    QCOMPARE(blocks[2].lastLine, 16);
    QCOMPARE(blocks[3].firstLine, 18);
}

// Found by fuzz_markdown on a corpus page: cmark-gfm ends an HTML comment closed on its own
// line one line before it starts, which gave the block an empty line range (5-4) that scroll
// sync and click-to-source cannot map.
void TestRenderer::oneLineHtmlBlockKeepsItsLine()
{
    const QList<RenderedBlock> blocks =
        Renderer::renderBlocks(u"<!-- Looking to update this? -->\n## Features\n\nText\n", 5);
    QCOMPARE(blocks.size(), 3);
    QCOMPARE(blocks[0].firstLine, 5);
    QCOMPARE(blocks[0].lastLine, 5);
    QCOMPARE(blocks[1].firstLine, 6);
    QCOMPARE(blocks[1].lastLine, 6);
}

// Found by fuzz_markdown (libFuzzer learns the process's marker from memmem): a page whose
// text held the block marker made more pieces than cmark has nodes, and the assembler wrote
// past the end of its node list; the last block came out with line 0.
void TestRenderer::pageHoldingTheBlockMarkerRendersItsText()
{
    const QString page = u"Text " + blockMarker() + u"\n\nMore\n";
    const QList<RenderedBlock> blocks = Renderer::renderBlocks(page, 1);
    QString html;
    for (const RenderedBlock &block : blocks) {
        QVERIFY2(
            block.firstLine >= 1 && block.lastLine <= 3,
            qPrintable(QString::number(block.firstLine) + u'-' + QString::number(block.lastLine)));
        html += block.html;
    }
    QVERIFY(html.contains(u"Text"));
    QVERIFY(html.contains(u"More"));
}

#include "tst_renderer.moc"
