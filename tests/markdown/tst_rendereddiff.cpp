#include "markdown/htmlsanitizer.h"
#include "markdown/rendereddiff.h"
#include "markdown/renderer.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace Folio;
using namespace Folio::Markdown;
using namespace Qt::StringLiterals;

namespace {

// The text of every <ins class="folio-diff"> (or del) of the HTML, in order.
QStringList marked(const QString &html, const QString &tag)
{
    QStringList texts;
    const QRegularExpression re(u"<%1 class=\"folio-diff\">(.*?)</%1>"_s.arg(tag),
                                QRegularExpression::DotMatchesEverythingOption);
    for (auto it = re.globalMatch(html); it.hasNext();)
        texts.append(it.next().captured(1));
    return texts;
}

// Why the HTML is not well formed: an element left open or closed out of order (void
// elements aside), or an element inside a diff mark (marks hold text only). Empty when fine.
QString nestingProblem(const QString &html)
{
    static const QStringList voids = {u"area"_s,  u"br"_s,  u"col"_s,   u"embed"_s,
                                      u"hr"_s,    u"img"_s, u"input"_s, u"source"_s,
                                      u"track"_s, u"wbr"_s, u"meta"_s,  u"link"_s};
    QStringList open; // a diff mark as "ins*" or "del*"
    const QRegularExpression tag(u"<(/?)([a-zA-Z][a-zA-Z0-9-]*)([^>]*?)(/?)>"_s);
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const auto match = it.next();
        const QString name = match.captured(2).toLower();
        if (match.captured(1).isEmpty()) {
            if (!open.isEmpty() && open.last().endsWith(u'*') && !voids.contains(name))
                return u"<%1> inside a diff mark at %2"_s.arg(name).arg(match.capturedStart());
            if (voids.contains(name) || !match.captured(4).isEmpty())
                continue;
            const bool mark = match.captured(3).contains(u"class=\"folio-diff\""_s);
            open.append(mark ? name + u'*' : name);
        } else {
            const QString top = open.isEmpty() ? QString() : open.takeLast();
            if (top != name && top != name + u'*')
                return u"unbalanced </%1> at %2"_s.arg(name).arg(match.capturedStart());
        }
    }
    return open.isEmpty() ? QString() : u"unclosed <%1>"_s.arg(open.join(u"> <"));
}

QString allHtml(const RenderedDiff &diff)
{
    QString html = diff.header.html;
    for (const RenderedDiffBlock &block : diff.blocks)
        html += block.html;
    return html;
}

} // namespace

class TestRenderedDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nestingCheckCatchesBadMarkup();
    void marksChanges_data();
    void marksChanges();
    void identicalPagesHaveNoMarkup();
    void markupIsSafeAndWellFormed_data();
    void markupIsSafeAndWellFormed();
    void blocksCarryNewLinesAndChangeStarts();
    void hostileOldVersionIsSanitized();
    void largePageWithOneWordChanged();
    void randomEditsOfCorpusPagesStayWellFormed();
};

// The checker the other tests rely on must be able to say no.
void TestRenderedDiff::nestingCheckCatchesBadMarkup()
{
    QCOMPARE(nestingProblem(u"<p>a <ins class=\"folio-diff\">b<br /></ins> c</p>"_s), QString());
    QVERIFY(!nestingProblem(u"<p><ins class=\"folio-diff\"><b>x</b></ins></p>"_s).isEmpty());
    QVERIFY(!nestingProblem(u"<p><del class=\"folio-diff\">x</p></del>"_s).isEmpty());
    QVERIFY(!nestingProblem(u"<ul><li>x</ul>"_s).isEmpty());
}

void TestRenderedDiff::marksChanges_data()
{
    QTest::addColumn<QString>("oldText");
    QTest::addColumn<QString>("newText");
    QTest::addColumn<QStringList>("inserted"); // inline <ins> texts
    QTest::addColumn<QStringList>("deleted");  // inline <del> texts
    // inserted, deleted, changed blocks; inserted, deleted words
    QTest::addColumn<QList<int>>("summary");
    QTest::addColumn<QString>("expectedHtml"); // a fragment the result must contain

    QTest::newRow("word changed in a paragraph")
        << u"Intro.\n\nThe quick brown fox jumps over the dog.\n\nOutro.\n"_s
        << u"Intro.\n\nThe slow brown fox jumps over the dog.\n\nOutro.\n"_s
        << QStringList{u"slow"_s} << QStringList{u"quick"_s} << QList<int>{0, 0, 1, 1, 1}
        << u"<p>The <del class=\"folio-diff\">quick</del><ins class=\"folio-diff\">slow</ins> "
           u"brown fox"_s;
    QTest::newRow("neighbouring words join")
        << u"The quick brown fox.\n"_s << u"The slow red fox.\n"_s << QStringList{u"slow red"_s}
        << QStringList{u"quick brown"_s} << QList<int>{0, 0, 1, 2, 2}
        << u"<del class=\"folio-diff\">quick brown</del>"_s;
    QTest::newRow("word appended")
        << u"Keep this text.\n"_s << u"Keep this text today.\n"_s << QStringList{u" today"_s}
        << QStringList{} << QList<int>{0, 0, 1, 1, 0}
        << u"<p>Keep this text<ins class=\"folio-diff\"> today</ins>.</p>"_s;
    QTest::newRow("paragraph added")
        << u"First paragraph.\n\nLast paragraph.\n"_s
        << u"First paragraph.\n\nA new one in between.\n\nLast paragraph.\n"_s << QStringList{}
        << QStringList{} << QList<int>{1, 0, 0, 5, 0}
        << u"<div class=\"folio-diff-ins\"><p>A new one in between.</p>\n</div>"_s;
    QTest::newRow("paragraph removed")
        << u"First paragraph.\n\nGone for good.\n\nLast paragraph.\n"_s
        << u"First paragraph.\n\nLast paragraph.\n"_s << QStringList{} << QStringList{}
        << QList<int>{0, 1, 0, 0, 3}
        << u"<div class=\"folio-diff-del\"><p>Gone for good.</p>\n</div>"_s;
    QTest::newRow("heading changed")
        << u"## Getting started today\n\nText.\n"_s << u"## Getting going today\n\nText.\n"_s
        << QStringList{u"going"_s} << QStringList{u"started"_s} << QList<int>{0, 0, 1, 1, 1}
        << u"<h2 id=\"getting-going-today\">Getting <del class=\"folio-diff\">started</del>"
           u"<ins class=\"folio-diff\">going</ins> today</h2>"_s;
    QTest::newRow("list item added")
        << u"- one\n- two\n"_s << u"- one\n- two\n- three\n"_s << QStringList{u"three"_s}
        << QStringList{} << QList<int>{0, 0, 1, 1, 0}
        << u"<li><ins class=\"folio-diff\">three</ins></li>"_s;
    QTest::newRow("list item removed")
        << u"- one\n- two\n- three\n"_s << u"- one\n- three\n"_s << QStringList{}
        << QStringList{u"two"_s} << QList<int>{0, 0, 1, 0, 1}
        << u"<li>one</li>\n<li><del class=\"folio-diff\">two</del></li>"_s;
    // Word by word the cheapest edit would turn "second" into "third" and "third" into
    // "fourth"; item by item, one item went and one came.
    QTest::newRow("list items removed and added")
        << u"- first item\n- second item\n- third item\n"_s
        << u"- first item\n- third item\n- fourth item\n"_s << QStringList{u"fourth item"_s}
        << QStringList{u"second item"_s} << QList<int>{0, 0, 1, 2, 2}
        << u"<li><del class=\"folio-diff\">second item</del></li>\n<li>third item</li>\n"
           u"<li><ins class=\"folio-diff\">fourth item</ins></li>"_s;
    QTest::newRow("table cell changed")
        << u"| Name | Count |\n|---|---|\n| apples | 2 |\n| pears | 5 |\n"_s
        << u"| Name | Count |\n|---|---|\n| apples | 3 |\n| pears | 5 |\n"_s << QStringList{u"3"_s}
        << QStringList{u"2"_s} << QList<int>{0, 0, 1, 1, 1}
        << u"<td><del class=\"folio-diff\">2</del><ins class=\"folio-diff\">3</ins></td>"_s;
    QTest::newRow("table row removed")
        << u"| Name | Count |\n|---|---|\n| apples | 2 |\n| pears | 5 |\n| plums | 7 |\n"_s
        << u"| Name | Count |\n|---|---|\n| apples | 2 |\n| plums | 7 |\n"_s << QStringList{}
        << QStringList{u"pears"_s, u"5"_s} << QList<int>{0, 0, 1, 0, 2}
        << u"<tr>\n<td><del class=\"folio-diff\">pears</del></td>"_s;
    // Code is highlighted from its text, so it changes as a block: old out, new in.
    QTest::newRow("code block changed")
        << u"Text.\n\n```ruby\nputs 'hello world'\n```\n"_s
        << u"Text.\n\n```ruby\nputs 'hello there'\n```\n"_s << QStringList{} << QStringList{}
        << QList<int>{0, 0, 1, 3, 3}
        << u"<div class=\"folio-diff-changed\"><div class=\"folio-diff-del\"><pre "_s;
    // A list that became a table is not the same block edited.
    QTest::newRow("list became a table")
        << u"- apples 2\n- pears 5\n"_s << u"| apples | 2 |\n|---|---|\n| pears | 5 |\n"_s
        << QStringList{} << QStringList{} << QList<int>{1, 1, 0, 4, 4}
        << u"<div class=\"folio-diff-del\"><ul>"_s;
    QTest::newRow("emphasis added keeps words")
        << u"A very important rule.\n"_s << u"A **very important** rule.\n"_s << QStringList{}
        << QStringList{} << QList<int>{0, 0, 1, 0, 0}
        << u"<p>A <strong>very important</strong> rule.</p>"_s;
    QTest::newRow("link target changed")
        << u"See [the guide](/old/) now.\n"_s << u"See [the guide](/new/) now.\n"_s << QStringList{}
        << QStringList{} << QList<int>{0, 0, 1, 0, 0} << u"<a href=\"/new/\">the guide</a>"_s;
    QTest::newRow("unrelated paragraph replaced")
        << u"Alpha beta gamma.\n"_s << u"Completely different words here.\n"_s << QStringList{}
        << QStringList{} << QList<int>{1, 1, 0, 4, 3}
        << u"<div class=\"folio-diff-del\"><p>Alpha beta gamma.</p>"_s;
    QTest::newRow("title changed")
        << u"---\ntitle: Release process\n---\nBody.\n"_s
        << u"---\ntitle: Deployment process\n---\nBody.\n"_s << QStringList{u"Deployment"_s}
        << QStringList{u"Release"_s} << QList<int>{0, 0, 1, 1, 1}
        << u"<h1 class=\"folio-title\"><del class=\"folio-diff\">Release</del>"_s;
    QTest::newRow("description added")
        << u"---\ntitle: Page\n---\nBody.\n"_s
        << u"---\ntitle: Page\ndescription: What this is\n---\nBody.\n"_s << QStringList{}
        << QStringList{} << QList<int>{0, 0, 1, 3, 0}
        << u"<div class=\"folio-diff-ins\"><p class=\"folio-description\">What this is</p>"_s;
    QTest::newRow("entity kept whole")
        << u"Fish & chips.\n"_s << u"Fish & peas.\n"_s << QStringList{u"peas"_s}
        << QStringList{u"chips"_s} << QList<int>{0, 0, 1, 1, 1}
        << u"Fish &amp; <del class=\"folio-diff\">chips</del>"_s;
}

void TestRenderedDiff::marksChanges()
{
    QFETCH(QString, oldText);
    QFETCH(QString, newText);
    QFETCH(QStringList, inserted);
    QFETCH(QStringList, deleted);
    QFETCH(QList<int>, summary);
    QFETCH(QString, expectedHtml);

    const RenderedDiff diff = RenderedDiffer::diffPages(oldText, newText);
    const QString html = allHtml(diff);
    QVERIFY2(html.contains(expectedHtml), qPrintable(html));
    QCOMPARE(marked(html, u"ins"_s), inserted);
    QCOMPARE(marked(html, u"del"_s), deleted);
    const QList<int> actual = {diff.summary.insertedBlocks, diff.summary.deletedBlocks,
                               diff.summary.changedBlocks, diff.summary.insertedWords,
                               diff.summary.deletedWords};
    QCOMPARE(actual, summary);
    QCOMPARE(nestingProblem(html), QString());
}

void TestRenderedDiff::identicalPagesHaveNoMarkup()
{
    const QString page = u"---\ntitle: Same\ndescription: Still\n---\n# Heading\n\nText with "
                         u"**bold**.\n\n- a\n- b\n\n| x | y |\n|---|---|\n| 1 | 2 |\n"_s;
    const RenderedDiff diff = RenderedDiffer::diffPages(page, page);
    const RenderedPage rendered = Renderer::renderPage(page);
    QVERIFY(diff.summary.isEmpty());
    QVERIFY(diff.changeStarts().isEmpty());
    QCOMPARE(diff.header.html, rendered.headerHtml());
    QCOMPARE(diff.blocks.size(), rendered.blocks.size());
    for (qsizetype k = 0; k < diff.blocks.size(); ++k) {
        QCOMPARE(diff.blocks[k].kind, DiffBlockKind::Unchanged);
        QCOMPARE(diff.blocks[k].html, rendered.blocks[k].html);
    }
    QVERIFY(!allHtml(diff).contains(u"folio-diff"_s));
}

void TestRenderedDiff::markupIsSafeAndWellFormed_data()
{
    QTest::addColumn<QString>("oldText");
    QTest::addColumn<QString>("newText");
    const QString rich =
        u"---\ntitle: Rich page\n---\n# Top\n\nSome *emphasis*, `code` and a "
        u"[link](https://example.com).\n\n> A quote with **bold** words.\n\n1. first\n2. "
        u"second\n   - nested one\n   - nested two\n\n| h1 | h2 |\n|---|---|\n| c1 | c2 |\n\n"
        u"![image](pic.png \"Title\")\n\n<details><summary>More</summary>\n\nHidden text.\n\n"
        u"</details>\n\nLine one  \nline two.\n\n- [ ] task one\n- [x] task two\n"_s;
    QTest::newRow("rich page, words edited everywhere")
        << rich
        << QString(rich)
               .replace(u"emphasis"_s, u"stress"_s)
               .replace(u"nested two"_s, u"nested three"_s)
               .replace(u"c2"_s, u"cell two"_s)
               .replace(u"Hidden text"_s, u"Shown text"_s)
               .replace(u"quote with"_s, u"quote without"_s)
               .replace(u"- [ ] task one"_s, u"- [x] task one"_s)
               .replace(u"line two"_s, u"line 2"_s);
    QTest::newRow("rich page, structure edited")
        << rich
        << QString(rich)
               .replace(u"1. first\n2. second\n"_s, u"1. first\n\n   Continued.\n2. second\n"_s)
               .replace(u"| c1 | c2 |"_s, u"| c1 | c2 |\n| c3 | c4 |"_s)
               .replace(u"*emphasis*"_s, u"emphasis"_s)
               .replace(u"> A quote"_s, u"A quote"_s);
    QTest::newRow("rich page against empty") << rich << QString();
    QTest::newRow("empty against rich page") << QString() << rich;
    QTest::newRow("raw html edited")
        << u"<div class=\"panel\"><span>one two</span> three</div>\n\nText.\n"_s
        << u"<div class=\"panel\"><span>one</span> two three</div>\n\nText.\n"_s;
}

void TestRenderedDiff::markupIsSafeAndWellFormed()
{
    QFETCH(QString, oldText);
    QFETCH(QString, newText);
    const RenderedDiff diff = RenderedDiffer::diffPages(oldText, newText);
    QVERIFY(!diff.summary.isEmpty());
    const QString header = diff.header.html;
    QCOMPARE(HtmlSanitizer::sanitize(header), header);
    QCOMPARE(nestingProblem(header), QString());
    for (const RenderedDiffBlock &block : diff.blocks) {
        QCOMPARE(HtmlSanitizer::sanitize(block.html), block.html);
        QCOMPARE(nestingProblem(block.html), QString());
    }
    // Reading the diff backwards gives the same counts the other way round.
    const RenderedDiff reverse = RenderedDiffer::diffPages(newText, oldText);
    QCOMPARE(reverse.summary.insertedBlocks, diff.summary.deletedBlocks);
    QCOMPARE(reverse.summary.deletedBlocks, diff.summary.insertedBlocks);
    QCOMPARE(reverse.summary.changedBlocks, diff.summary.changedBlocks);
}

void TestRenderedDiff::blocksCarryNewLinesAndChangeStarts()
{
    const QString oldText = u"One.\n\nTwo.\n\nThree.\n\nFour.\n\nFive.\n"_s;
    const QString newText = u"One.\n\nThree.\n\nFour.\n\nFive and more.\n\nSix.\n"_s;
    const RenderedDiff diff = RenderedDiffer::diffPages(oldText, newText);
    QList<DiffBlockKind> kinds;
    QList<int> lines;
    for (const RenderedDiffBlock &block : diff.blocks) {
        kinds.append(block.kind);
        lines.append(block.firstLine);
    }
    QCOMPARE(kinds, (QList<DiffBlockKind>{DiffBlockKind::Unchanged, DiffBlockKind::Deleted,
                                          DiffBlockKind::Unchanged, DiffBlockKind::Unchanged,
                                          DiffBlockKind::Changed, DiffBlockKind::Inserted}));
    QCOMPARE(lines, (QList<int>{1, 1, 3, 5, 7, 9}));
    // Header is 0: the deleted block, then the changed and inserted ones as one change.
    QCOMPARE(diff.changeStarts(), (QList<int>{2, 5}));
    const RenderedPage page = diff.toPage();
    QCOMPARE(page.blocks.size(), diff.blocks.size() + 1);
    QVERIFY(page.headerHtml().isEmpty());
}

void TestRenderedDiff::hostileOldVersionIsSanitized()
{
    const QString oldText =
        u"Hello <img src=x onerror=\"alert(1)\"> world.\n\n<script>alert(2)</script>\n\n"
        u"[click](javascript:alert(3))\n"_s;
    const QString newText = u"Hello world.\n"_s;
    const RenderedDiff diff = RenderedDiffer::diffPages(oldText, newText);
    const QString html = allHtml(diff);
    QVERIFY(!diff.summary.isEmpty());
    QVERIFY2(!html.contains(u"onerror"_s, Qt::CaseInsensitive), qPrintable(html));
    QVERIFY2(!html.contains(u"<script"_s, Qt::CaseInsensitive), qPrintable(html));
    QVERIFY2(!html.contains(u"javascript:"_s, Qt::CaseInsensitive), qPrintable(html));
}

void TestRenderedDiff::largePageWithOneWordChanged()
{
    const QString corpus = Test::corpusDir();
    if (corpus.isEmpty())
        QSKIP("the handbook corpus is not available (FOLIO_CORPUS_DIR)");
    QFile file(corpus + u"/middleman/handbook/product/product-processes/index.html.md.erb"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString oldText = QString::fromUtf8(file.readAll());
    // One word of a plain paragraph in the middle of the page (not a heading: the table of
    // contents would change with it).
    const QStringList lines = oldText.split(u'\n');
    qsizetype target = -1;
    for (qsizetype k = lines.size() / 2; k < lines.size() && target < 0; ++k) {
        const QString &line = lines[k];
        if (line.size() > 60 && line[0].isLetter() && !line.contains(u'|') &&
            !line.contains(u'<') && !line.contains(u'{') && k > 0 && lines[k - 1].isEmpty())
            target = k;
    }
    QVERIFY(target > 0);
    QStringList edited = lines;
    const QRegularExpression word(u"\\b[a-z]{5,}\\b"_s);
    const auto match = word.match(edited[target]);
    QVERIFY(match.hasMatch());
    edited[target].replace(match.capturedStart(), match.capturedLength(), u"zebrafish"_s);
    const QString newText = edited.join(u'\n');
    const RenderOptions options = RenderOptions::forFileName(file.fileName());

    QElapsedTimer timer;
    timer.start();
    const RenderedDiff diff = RenderedDiffer::diffPages(oldText, newText, options);
    const qint64 total = timer.elapsed();
    const RenderedPage oldPage = Renderer::renderPage(oldText, options);
    const RenderedPage newPage = Renderer::renderPage(newText, options);
    timer.restart();
    const RenderedDiff again = RenderedDiffer::diffRendered(oldPage, newPage);
    const qint64 diffOnly = timer.elapsed();
    qInfo("%s: %lld blocks, render both and diff %lld ms, diff alone %lld ms",
          qPrintable(QFileInfo(file).fileName()), qlonglong(newPage.blocks.size()), total,
          diffOnly);

    QCOMPARE(diff.summary, (RenderedDiffSummary{0, 0, 1, 1, 1}));
    QCOMPARE(again.summary, diff.summary);
    QCOMPARE(diff.changeStarts().size(), 1);
    const QString html = allHtml(diff);
    QCOMPARE(marked(html, u"ins"_s), QStringList{u"zebrafish"_s});
    QCOMPARE(marked(html, u"del"_s), QStringList{match.captured()});
}

// Lines deleted, duplicated, swapped and words replaced at random (seeded) in real pages:
// whatever the edit, the result is sanitized, balanced, and counts what it shows.
void TestRenderedDiff::randomEditsOfCorpusPagesStayWellFormed()
{
    const QString corpus = Test::corpusDir();
    if (corpus.isEmpty())
        QSKIP("the handbook corpus is not available (FOLIO_CORPUS_DIR)");
    QStringList pages;
    for (QDirIterator it(corpus, {u"*.md"_s, u"*.erb"_s}, QDir::Files,
                         QDirIterator::Subdirectories);
         it.hasNext();)
        pages.append(it.next());
    pages.sort();
    QVERIFY(pages.size() > 10);
    QRandomGenerator random(20240611);
    const QStringList words = {u"alpha"_s,  u"**bold**"_s,   u"| x |"_s, u"- item"_s,
                               u"`code`"_s, u"<b>raw</b>"_s, u"```"_s,   u"# Head"_s,
                               u"&amp;"_s,  u"</div>"_s};
    QElapsedTimer timer;
    timer.start();
    int diffs = 0;
    for (qsizetype p = 0; p < pages.size(); p += 7) {
        QFile file(pages[p]);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString oldText = QString::fromUtf8(file.readAll());
        QStringList lines = oldText.split(u'\n');
        for (int edit = 0; edit < 12 && lines.size() > 2; ++edit) {
            const auto at = qsizetype(random.bounded(int(lines.size())));
            switch (random.bounded(4)) {
            case 0:
                lines.removeAt(at);
                break;
            case 1:
                lines.insert(at, lines[at]);
                break;
            case 2:
                lines.swapItemsAt(at, (at + 1) % lines.size());
                break;
            default: {
                QStringList parts = lines[at].split(u' ');
                parts[random.bounded(int(parts.size()))] = words[random.bounded(int(words.size()))];
                lines[at] = parts.join(u' ');
            }
            }
        }
        const QString newText = lines.join(u'\n');
        const RenderOptions options = RenderOptions::forFileName(pages[p]);
        const RenderedDiff diff = RenderedDiffer::diffPages(oldText, newText, options);
        ++diffs;
        for (const RenderedDiffBlock &block : diff.blocks) {
            QCOMPARE(HtmlSanitizer::sanitize(block.html), block.html);
            const QString problem = nestingProblem(block.html);
            QVERIFY2(problem.isEmpty(),
                     qPrintable(pages[p] + u": "_s + problem + u"\n"_s + block.html));
        }
        QCOMPARE(HtmlSanitizer::sanitize(diff.header.html), diff.header.html);
        QList<int> kinds(4, 0);
        for (const RenderedDiffBlock &block : diff.blocks)
            ++kinds[int(block.kind)];
        QCOMPARE(diff.summary.insertedBlocks, kinds[int(DiffBlockKind::Inserted)]);
        QCOMPARE(diff.summary.deletedBlocks, kinds[int(DiffBlockKind::Deleted)]);
        QCOMPARE(diff.summary.changedBlocks,
                 kinds[int(DiffBlockKind::Changed)] +
                     (diff.header.kind == DiffBlockKind::Unchanged ? 0 : 1));
    }
    qInfo("%d random diffs of corpus pages in %lld ms", diffs, timer.elapsed());
}

QTEST_GUILESS_MAIN(TestRenderedDiff)
#include "tst_rendereddiff.moc"
