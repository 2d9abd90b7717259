#include "markdown/preprocessor.h"
#include "markdown/renderer.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QTest>

using namespace Folio;
using namespace Folio::Markdown;

namespace {

const RenderOptions Kramdown{Dialect::Kramdown};
const RenderOptions Goldmark{Dialect::Goldmark};

// What a reader sees: the text of the HTML outside code.
QString visibleText(QString html)
{
    static const QRegularExpression code(QStringLiteral("<(pre|code)[\\s>].*?</\\1>"),
                                         QRegularExpression::DotMatchesEverythingOption);
    html.remove(code);
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    html.remove(tag);
    html.replace(QLatin1String("&lt;"), QLatin1String("<"));
    html.replace(QLatin1String("&gt;"), QLatin1String(">"));
    html.replace(QLatin1String("&quot;"), QLatin1String("\""));
    html.replace(QLatin1String("&#x27;"), QLatin1String("'"));
    html.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return html;
}

QString body(QStringView page, const RenderOptions &options)
{
    return Renderer::renderPage(page, options).bodyHtml();
}

} // namespace

class TestDialect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rendersDialect_data();
    void rendersDialect();
    void headingIdsFollowTheEra_data();
    void headingIdsFollowTheEra();
    void tocListsHeadingsButNoToc();
    void shortcodeBoxKeepsItsLines();
    void preprocessingKeepsEveryLine();
    void corpusShowsNoDialectSyntax();
    void goldenPages_data();
    void goldenPages();
};

void TestDialect::rendersDialect_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<int>("dialect");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("absent");
    const int k = int(Dialect::Kramdown);
    const int g = int(Dialect::Goldmark);
    QTest::newRow("block ial class")
        << QStringLiteral("Para\n{:.note}\n") << k << QStringLiteral("<p class=\"note\">Para</p>")
        << QStringLiteral("{:");
    QTest::newRow("ial before block")
        << QStringLiteral("{: .lead}\nPara\n") << k << QStringLiteral("<p class=\"lead\">")
        << QStringLiteral("{:");
    QTest::newRow("span ial on link")
        << QStringLiteral("[x](/handbook/){:target=\"_blank\"} y\n") << k
        << QStringLiteral("<a target=\"_blank\" href=\"/handbook/\">x</a> y")
        << QStringLiteral("{:");
    QTest::newRow("span ial on image")
        << QStringLiteral("![i](/images/a.png){: .shadow}\n") << k
        << QStringLiteral("<img class=\"shadow\" src=\"/images/a.png\" alt=\"i\"")
        << QStringLiteral("{:");
    QTest::newRow("span ial with several classes")
        << QStringLiteral("![i](/images/a.png){: .shadow.medium.center}\n") << k
        << QStringLiteral("<img class=\"shadow medium center\"") << QStringLiteral("{:");
    QTest::newRow("span ial on emphasis")
        << QStringLiteral("Some *words*{: .small} here\n") << k
        << QStringLiteral("<em class=\"small\">words</em> here") << QStringLiteral("{:");
    QTest::newRow("span ial on image inside link")
        << QStringLiteral("[![i](/images/a.png)](/handbook/){: #top}\n") << k
        << QStringLiteral("<a id=\"top\" href=\"/handbook/\"><img") << QStringLiteral("{:");
    QTest::newRow("span ial after hugo link")
        << QStringLiteral("[es](/es/){:hreflang=\"es\"}\n") << g
        << QStringLiteral("<a hreflang=\"es\" href=\"/es/\">es</a>") << QStringLiteral("{:");
    QTest::newRow("span ial after text is dropped")
        << QStringLiteral("Plain{: .x} text\n") << k << QStringLiteral("<p>Plain text</p>")
        << QStringLiteral("folio-ial");
    QTest::newRow("ial in list item")
        << QStringLiteral("- one\n- two\n\n  para\n  {: .note #p}\n\nAfter\n") << k
        << QStringLiteral("<p id=\"p\" class=\"note\">para</p>\n</li>") << QStringLiteral("{:");
    QTest::newRow("ial in quote") << QStringLiteral("> quoted\n> {: .aside}\n") << k
                                  << QStringLiteral("<blockquote>\n<p class=\"aside\">quoted</p>")
                                  << QStringLiteral("{:");
    QTest::newRow("ial on nested list")
        << QStringLiteral("- a\n  - b\n  {: .inner}\n") << k
        << QStringLiteral("<ul class=\"inner\">\n<li>b") << QStringLiteral("{:");
    QTest::newRow("forged marker is inert")
        << QStringLiteral("[x](/a/)<!--folio-ial-0000000000000000-0-->\n") << k
        << QStringLiteral("<a href=\"/a/\">x</a>") << QStringLiteral("folio-ial");
    QTest::newRow("options") << QStringLiteral("{::options parse_block_html=\"true\" /}\n\nText\n")
                             << k << QStringLiteral("<p>Text</p>") << QStringLiteral("options");
    QTest::newRow("comment block") << QStringLiteral("A\n\n{::comment}\nSecret\n{:/comment}\n\nB\n")
                                   << k << QStringLiteral("<p>B</p>") << QStringLiteral("Secret");
    QTest::newRow("comment inline") << QStringLiteral("A {::comment}hidden{:/} B\n") << k
                                    << QStringLiteral("A  B") << QStringLiteral("hidden");
    QTest::newRow("nomarkdown") << QStringLiteral(
                                       "| a |\n|---|\n| {::nomarkdown}<ul><li>x</li></ul>{:/} |\n")
                                << k << QStringLiteral("<td><ul><li>x</li></ul></td>")
                                << QStringLiteral("{:");
    QTest::newRow("erb partial")
        << QStringLiteral("Intro\n\n<%= partial(\"handbook/product/links\") %>\n\nMore\n") << k
        << QStringLiteral("Partial: handbook/product/links") << QStringLiteral("&lt;%");
    QTest::newRow("erb inline") << QStringLiteral("Ask <%= link_to_team_member(\"ada\") %> today\n")
                                << k << QStringLiteral("folio-placeholder")
                                << QStringLiteral("&lt;%");
    QTest::newRow("erb control") << QStringLiteral("<% if true %>\nShown\n<% end %>\n") << k
                                 << QStringLiteral("Shown") << QStringLiteral("end");
    QTest::newRow("erb multi-line")
        << QStringLiteral("<%= partial(\"a\",\n  locals: { x: 1 }) %>\n\nAfter\n") << k
        << QStringLiteral("<p>After</p>") << QStringLiteral("&lt;%");
    QTest::newRow("alert") << QStringLiteral("{{% alert title=\"Note\" color=\"warning\" %}}\nThis "
                                             "is **bold**.\n{{% /alert %}}\n")
                           << g << QStringLiteral("<div class=\"folio-alert folio-alert-warning\">")
                           << QStringLiteral("{{");
    QTest::newRow("alert markdown inside")
        << QStringLiteral("{{< alert >}}\nThis is **bold**.\n{{< /alert >}}\n") << g
        << QStringLiteral("<strong>bold</strong>") << QStringLiteral("{{");
    QTest::newRow("details") << QStringLiteral(
                                    "{{% details summary=\"More\" %}}\n- a\n{{% /details %}}\n")
                             << g << QStringLiteral("<summary>More</summary>")
                             << QStringLiteral("{{");
    QTest::newRow("youtube") << QStringLiteral("{{< youtube \"abc123\" >}}\n") << g
                             << QStringLiteral("https://www.youtube.com/watch?v=abc123")
                             << QStringLiteral("{{");
    QTest::newRow("unknown shortcode")
        << QStringLiteral("{{< engineering/design-document-header title=\"X\" >}}\n") << g
        << QStringLiteral("engineering/design-document-header") << QStringLiteral("{{");
    QTest::newRow("inline shortcode")
        << QStringLiteral("Members: {{< member-by-name \"Ada\" >}} and more\n") << g
        << QStringLiteral("Members: <span class=\"folio-placeholder") << QStringLiteral("{{");
    QTest::newRow("shortcode in code stays")
        << QStringLiteral("```\n{{< alert >}}\n```\n") << g << QStringLiteral("{{&lt; alert &gt;}}")
        << QStringLiteral("folio-alert");
    QTest::newRow("shortcode in code span stays")
        << QStringLiteral("Use `{{< alert >}}` here\n") << g
        << QStringLiteral("<code>{{&lt; alert &gt;}}</code>")
        << QStringLiteral("folio-placeholder");
    QTest::newRow("ial in code stays")
        << QStringLiteral("`{:toc}`\n") << k << QStringLiteral("<code>{:toc}</code>")
        << QStringLiteral("folio-toc");
    QTest::newRow("emoji") << QStringLiteral("Careful :warning: now\n") << g
                           << QStringLiteral("Careful \u26a0\ufe0f now")
                           << QStringLiteral(":warning:");
    QTest::newRow("emoji not in code")
        << QStringLiteral("`:warning:`\n") << g << QStringLiteral("<code>:warning:</code>")
        << QStringLiteral("\u26a0");
    QTest::newRow("iframe placeholder")
        << QStringLiteral("<iframe src=\"https://www.youtube.com/embed/x\"></iframe>\n") << g
        << QStringLiteral("folio-embed") << QStringLiteral("<iframe");
    QTest::newRow("script dropped") << QStringLiteral("<script>alert(1)</script>\n\nText\n") << g
                                    << QStringLiteral("<p>Text</p>") << QStringLiteral("alert(1)");
    QTest::newRow("onerror dropped")
        << QStringLiteral("<img src=\"x.png\" onerror=\"alert(1)\">\n") << g
        << QStringLiteral("<img src=\"x.png\"") << QStringLiteral("onerror");
    QTest::newRow("javascript link dropped")
        << QStringLiteral("[x](javascript:alert(1))\n") << g << QStringLiteral(">x</a>")
        << QStringLiteral("javascript:");
    QTest::newRow("meta refresh dropped")
        << QStringLiteral("<meta http-equiv=\"refresh\" content=\"0;url=https://x\">\n\nT\n") << g
        << QStringLiteral("<p>T</p>") << QStringLiteral("refresh");
}

void TestDialect::rendersDialect()
{
    QFETCH(QString, markdown);
    QFETCH(int, dialect);
    QFETCH(QString, expected);
    QFETCH(QString, absent);
    const QString html = body(markdown, RenderOptions{Dialect(dialect)});
    QVERIFY2(html.contains(expected), qPrintable(html));
    QVERIFY2(!html.contains(absent), qPrintable(html));
}

void TestDialect::headingIdsFollowTheEra_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<int>("dialect");
    QTest::addColumn<QString>("expected");
    const int k = int(Dialect::Kramdown);
    const int g = int(Dialect::Goldmark);
    QTest::newRow("kramdown digits")
        << QStringLiteral("## 1. Getting started: the \"basics\" & more\n") << k
        << QStringLiteral("<h2 id=\"1-getting-started-the-basics--more\">");
    QTest::newRow("kramdown unicode")
        << QStringLiteral("## Über uns\n") << k << QStringLiteral("<h2 id=\"über-uns\">");
    QTest::newRow("goldmark digits")
        << QStringLiteral("## 1. Getting started: the \"basics\" & more\n") << g
        << QStringLiteral("<h2 id=\"1-getting-started-the-basics--more\">");
    QTest::newRow("goldmark explicit") << QStringLiteral("## Title {#custom}\n") << g
                                       << QStringLiteral("<h2 id=\"custom\">Title</h2>");
    QTest::newRow("kramdown explicit") << QStringLiteral("## Title {#custom}\n") << k
                                       << QStringLiteral("<h2 id=\"custom\">Title</h2>");
    QTest::newRow("kramdown ial id")
        << QStringLiteral("## Title\n{:#other}\n") << k << QStringLiteral("<h2 id=\"other\">");
    QTest::newRow("goldmark source link")
        << QStringLiteral("## [a](http://x.y)\n") << g << QStringLiteral("<h2 id=\"ahttpxy\">");
    QTest::newRow("duplicates kramdown")
        << QStringLiteral("## A\n\n## A\n") << k << QStringLiteral("<h2 id=\"a-1\">");
    QTest::newRow("duplicates goldmark")
        << QStringLiteral("## A\n\n## A\n") << g << QStringLiteral("<h2 id=\"a-1\">");
}

void TestDialect::headingIdsFollowTheEra()
{
    QFETCH(QString, markdown);
    QFETCH(int, dialect);
    QFETCH(QString, expected);
    const QString html = body(markdown, RenderOptions{Dialect(dialect)});
    QVERIFY2(html.contains(expected), qPrintable(html));
}

void TestDialect::tocListsHeadingsButNoToc()
{
    const QString page = QStringLiteral(
        "---\ntitle: T\n---\n## On this page\n{:.no_toc .hidden-md .hidden-lg}\n\n- TOC\n"
        "{:toc .hidden-md .hidden-lg}\n\n## First\n\n### Inner\n\n## Second\n");
    const RenderedPage rendered = Renderer::renderPage(page, Kramdown);
    const QString html = rendered.bodyHtml();
    QVERIFY2(html.contains(QStringLiteral("<div class=\"folio-toc\">")), qPrintable(html));
    QVERIFY(
        html.contains(QStringLiteral("<a href=\"#first\" id=\"markdown-toc-first\">First</a>")));
    QVERIFY(
        html.contains(QStringLiteral("<a href=\"#inner\" id=\"markdown-toc-inner\">Inner</a>")));
    QVERIFY(
        html.contains(QStringLiteral("<a href=\"#second\" id=\"markdown-toc-second\">Second</a>")));
    QVERIFY(!html.contains(QStringLiteral("href=\"#on-this-page\"")));
    QVERIFY(html.contains(
        QStringLiteral("<h2 class=\"no_toc hidden-md hidden-lg\" id=\"on-this-page\">")));
    QVERIFY(!visibleText(html).contains(QStringLiteral("TOC")));
    // Inner is nested under First.
    QVERIFY(html.indexOf(QStringLiteral("#first")) <
            html.indexOf(QStringLiteral("<ul>"), html.indexOf(QStringLiteral("#first"))));
}

void TestDialect::shortcodeBoxKeepsItsLines()
{
    const QString page =
        QStringLiteral("Intro\n\n{{< alert >}}\nOne\n\nTwo\n{{< /alert >}}\n\nOutro\n");
    const QList<RenderedBlock> blocks = Renderer::renderBlocks(page, 1, Goldmark);
    QCOMPARE(blocks.size(), 3);
    QCOMPARE(blocks[1].firstLine, 3);
    QCOMPARE(blocks[1].lastLine, 7);
    QVERIFY(blocks[1].html.contains(QStringLiteral("<p>One</p>")));
    QVERIFY(blocks[1].html.contains(QStringLiteral("<p>Two</p>")));
    QCOMPARE(blocks[2].firstLine, 9);
}

void TestDialect::preprocessingKeepsEveryLine()
{
    const QString corpus = Test::corpusDir();
    if (corpus.isEmpty())
        QSKIP("the shared handbook corpus is not next to this checkout");
    QDirIterator it(corpus, {QStringLiteral("*.md"), QStringLiteral("*.erb")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString text = QString::fromUtf8(Test::readFile(path));
        const Preprocessed out = Preprocessor::run(text, RenderOptions::forFileName(path).dialect);
        QVERIFY2(out.markdown.count(u'\n') == text.count(u'\n'), qPrintable(path));
    }
}

void TestDialect::corpusShowsNoDialectSyntax()
{
    const QString corpus = Test::corpusDir();
    if (corpus.isEmpty())
        QSKIP("the shared handbook corpus is not next to this checkout");
    static const QRegularExpression dialect(
        QStringLiteral("\\{:\\s*[.#]|\\{:\\s*\\w+=[\"'\\w]|\\{:toc|\\{::|\\{\\{<|\\{\\{%|<%"));
    static const QRegularExpression sourceHeading(QStringLiteral("^ {0,3}#{1,6}(\\s|$)"));
    static const QRegularExpression outputHeading(QStringLiteral("<h[1-6][\\s>]"));
    int pages = 0;
    QDirIterator it(corpus, {QStringLiteral("*.md"), QStringLiteral("*.erb")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString text = QString::fromUtf8(Test::readFile(path));
        const QString html =
            Renderer::renderPage(text, RenderOptions::forFileName(path)).bodyHtml();
        const QString visible = visibleText(html);
        const auto m = dialect.match(visible);
        QVERIFY2(!m.hasMatch(),
                 qPrintable(path + u": " +
                            visible.mid(std::max<qsizetype>(0, m.capturedStart() - 40), 100)));

        // Every heading of the source is a heading of the page (but those in HTML comments,
        // which the site hides too).
        static const QRegularExpression comment(QStringLiteral("<!--.*?-->"),
                                                QRegularExpression::DotMatchesEverythingOption);
        const QString uncommented = QString(text).remove(comment);
        int inSource = 0;
        bool fence = false;
        bool frontMatter = text.startsWith(QLatin1String("---"));
        int lineNumber = 0;
        for (const QString &line : uncommented.split(u'\n')) {
            ++lineNumber;
            if (frontMatter) {
                if (lineNumber > 1 && (line.trimmed() == QLatin1String("---") ||
                                       line.trimmed() == QLatin1String("...")))
                    frontMatter = false;
                continue;
            }
            if (line.trimmed().startsWith(QLatin1String("```")) ||
                line.trimmed().startsWith(QLatin1String("~~~")))
                fence = !fence;
            else if (!fence && sourceHeading.match(line).hasMatch())
                ++inSource;
        }
        int inOutput = 0;
        for (auto h = outputHeading.globalMatch(html); h.hasNext(); h.next())
            ++inOutput;
        QVERIFY2(inOutput >= inSource,
                 qPrintable(QStringLiteral("%1: %2 headings in the source, %3 rendered")
                                .arg(path)
                                .arg(inSource)
                                .arg(inOutput)));
        ++pages;
    }
    QVERIFY(pages >= 290);
}

void TestDialect::goldenPages_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("golden");
    const QString corpus = Test::corpusDir();
    const QString seeds = qEnvironmentVariable("FOLIO_SEEDS_DIR");
    QTest::newRow("seed: solutions architects")
        << seeds + QStringLiteral("/000_52c20bdb3f3e5ccb.txt")
        << QStringLiteral("seed-solutions-architects.html");
    QTest::newRow("middleman erb: product processes")
        << corpus +
               QStringLiteral("/middleman/handbook/product/product-processes/index.html.md.erb")
        << QStringLiteral("middleman-product-processes.html");
    QTest::newRow("middleman: problem validation methods")
        << corpus + QStringLiteral("/middleman/handbook/product/ux/ux-research/"
                                   "problem-validation-and-methods/index.html.md")
        << QStringLiteral("middleman-problem-validation.html");
    QTest::newRow("hugo: release posts")
        << corpus + QStringLiteral("/hugo/content/handbook/marketing/blog/release-posts/_index.md")
        << QStringLiteral("hugo-release-posts.html");
    QTest::newRow("hugo: handbook home")
        << corpus + QStringLiteral("/hugo/content/handbook/_index.md")
        << QStringLiteral("hugo-handbook-home.html");
}

void TestDialect::goldenPages()
{
    QFETCH(QString, source);
    QFETCH(QString, golden);
    const QByteArray bytes = Test::readFile(source);
    if (bytes.isEmpty())
        QSKIP("the shared corpus or seed is not next to this checkout");
    // The seed is a Middleman page saved as .txt.
    const RenderOptions options =
        source.endsWith(QLatin1String(".txt")) ? Kramdown : RenderOptions::forFileName(source);
    const QString html = Renderer::renderPage(QString::fromUtf8(bytes), options).bodyHtml();
    const QString goldenPath =
        QStringLiteral(FOLIO_SOURCE_DIR) + QStringLiteral("/tests/markdown/golden/") + golden;
    if (qEnvironmentVariableIsSet("FOLIO_UPDATE_GOLDEN")) {
        QVERIFY(Test::writeFile(goldenPath, html.toUtf8()));
        QSKIP("golden file written");
    }
    const QString expected = QString::fromUtf8(Test::readFile(goldenPath));
    QVERIFY2(!expected.isEmpty(),
             qPrintable(goldenPath + u" is missing (FOLIO_UPDATE_GOLDEN=1 writes it)"));
    if (html != expected) {
        const QStringList got = html.split(u'\n');
        const QStringList want = expected.split(u'\n');
        for (qsizetype i = 0; i < std::max(got.size(), want.size()); ++i) {
            QVERIFY2(got.value(i) == want.value(i),
                     qPrintable(QStringLiteral("line %1:\n  got:  %2\n  want: %3")
                                    .arg(i + 1)
                                    .arg(got.value(i), want.value(i))));
        }
    }
}

QTEST_GUILESS_MAIN(TestDialect)
#include "tst_dialect.moc"
