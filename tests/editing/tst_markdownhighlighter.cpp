#include "editing/markdownhighlighter.h"
#include "editing/wordcount.h"

#include <QTest>

using namespace Folio::Editing;
using namespace Qt::StringLiterals;

namespace {

QString name(MarkupKind kind)
{
    switch (kind) {
    case MarkupKind::FrontMatterDelimiter:
        return QStringLiteral("delimiter");
    case MarkupKind::FrontMatterKey:
        return QStringLiteral("key");
    case MarkupKind::FrontMatterValue:
        return QStringLiteral("value");
    case MarkupKind::Comment:
        return QStringLiteral("comment");
    case MarkupKind::HeadingMarker:
        return QStringLiteral("hashes");
    case MarkupKind::HeadingText:
        return QStringLiteral("heading");
    case MarkupKind::Emphasis:
        return QStringLiteral("em");
    case MarkupKind::Strong:
        return QStringLiteral("strong");
    case MarkupKind::Strikethrough:
        return QStringLiteral("strike");
    case MarkupKind::InlineCode:
        return QStringLiteral("code");
    case MarkupKind::CodeFence:
        return QStringLiteral("fence");
    case MarkupKind::CodeBlock:
        return QStringLiteral("codeblock");
    case MarkupKind::LinkText:
        return QStringLiteral("linktext");
    case MarkupKind::LinkUrl:
        return QStringLiteral("url");
    case MarkupKind::ListMarker:
        return QStringLiteral("list");
    case MarkupKind::QuoteMarker:
        return QStringLiteral("quote");
    case MarkupKind::TablePipe:
        return QStringLiteral("pipe");
    case MarkupKind::BlockMarker:
        return QStringLiteral("rule");
    case MarkupKind::Attribute:
        return QStringLiteral("attr");
    case MarkupKind::Template:
        return QStringLiteral("template");
    case MarkupKind::HtmlTag:
        return QStringLiteral("tag");
    }
    return {};
}

// "kind:text" for each span, in the tokenizer's order.
QStringList spansOf(const QString &line, int state = MarkdownHighlighter::Body)
{
    QStringList result;
    for (const MarkupSpan &span : MarkdownHighlighter::highlightLine(line, state).spans)
        result.append(name(span.kind) + u':' + line.mid(span.start, span.length));
    return result;
}

// Highlights lines one after another as the editor does; returns each line's spans.
QList<QStringList> highlightPage(const QStringList &lines, QList<int> *states = nullptr)
{
    QList<QStringList> result;
    int state = MarkdownHighlighter::PageStart;
    for (const QString &line : lines) {
        result.append(spansOf(line, state));
        state = MarkdownHighlighter::highlightLine(line, state).state;
        if (states)
            states->append(state);
    }
    return result;
}

} // namespace

class TestMarkdownHighlighter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inlineAndBlockConstructs_data();
    void inlineAndBlockConstructs();
    void frontMatterKeysAndValues();
    void frontMatterOnlyAtThePageStart();
    void fencedCodeCarriesAcrossLines();
    void htmlAndKramdownCommentsSpanLines();
    void editingOneLineLeavesTheNextLinesAlone();
    void wordCountSkipsMarkupAndFrontMatter();
    void indentedCodeAfterABlankLineButNotInAList();
};

void TestMarkdownHighlighter::inlineAndBlockConstructs_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("spans");
    const auto row = [](const char *tag, const QString &line, const QStringList &spans) {
        QTest::newRow(tag) << line << spans;
    };
    row("heading", u"## Team *goals* {#goals}"_s,
        {u"hashes:##"_s, u"heading: Team *goals* {#goals}"_s, u"em:*goals*"_s, u"attr:{#goals}"_s});
    row("not a heading", u"#hashtag"_s, {});
    row("strong and emphasis", u"a **bold** and _it_ word"_s, {u"strong:**bold**"_s, u"em:_it_"_s});
    row("snake_case is not emphasis", u"use snake_case_names here"_s, {});
    row("strikethrough", u"~~old~~ new"_s, {u"strike:~~old~~"_s});
    row("inline code hides markup", u"run `a *b* [c](d)` now"_s, {u"code:`a *b* [c](d)`"_s});
    row("double backtick code", u"``a ` b`` x"_s, {u"code:``a ` b``"_s});
    row("link", u"see [the *page*](/handbook/x/ \"T\") ok"_s,
        {u"linktext:[the *page*]"_s, u"em:*page*"_s, u"url:(/handbook/x/ \"T\")"_s});
    row("image", u"![Alt text](/images/a.png)"_s,
        {u"linktext:![Alt text]"_s, u"url:(/images/a.png)"_s});
    row("reference link", u"[text][ref] and more"_s, {u"linktext:[text]"_s, u"url:[ref]"_s});
    row("reference definition", u"[ref]: https://example.com"_s,
        {u"linktext:[ref]"_s, u"url:https://example.com"_s});
    row("bare url", u"Go to https://gitlab.com/a. Then"_s, {u"url:https://gitlab.com/a"_s});
    row("autolink", u"<https://x.org/>"_s, {u"url:<https://x.org/>"_s});
    row("bullet", u"- item"_s, {u"list:-"_s});
    row("task", u"  * [x] done"_s, {u"list:* [x]"_s});
    row("ordered", u"12. step"_s, {u"list:12."_s});
    row("not a list", u"-not"_s, {});
    row("quote", u"> > nested **b**"_s, {u"quote:>"_s, u"quote:>"_s, u"strong:**b**"_s});
    row("table row", u"| a | `b|c` |"_s, {u"pipe:|"_s, u"pipe:|"_s, u"code:`b|c`"_s, u"pipe:|"_s});
    row("table delimiter", u"|---|:--:|"_s, {u"pipe:|"_s, u"pipe:|"_s, u"pipe:|"_s});
    row("thematic break", u"* * *"_s, {u"rule:* * *"_s});
    row("setext underline", u"====="_s, {u"rule:====="_s});
    row("block IAL", u"{: .alert .alert-info}"_s, {u"attr:{: .alert .alert-info}"_s});
    row("kramdown options", u"{::options parse_block_html=\"true\" /}"_s,
        {u"attr:{::options parse_block_html=\"true\" /}"_s});
    row("toc", u"{:toc}"_s, {u"attr:{:toc}"_s});
    row("span IAL", u"**Note**{: .note}"_s, {u"strong:**Note**"_s, u"attr:{: .note}"_s});
    row("hugo shortcode", u"{{< alert type=\"info\" >}}Hi"_s,
        {u"template:{{< alert type=\"info\" >}}"_s});
    row("hugo markdown shortcode", u"{{% details %}}"_s, {u"template:{{% details %}}"_s});
    row("erb", u"Count: <%= data.count %> items"_s, {u"template:<%= data.count %>"_s});
    row("html", u"<div class=\"x\">a</div>"_s, {u"tag:<div class=\"x\">"_s, u"tag:</div>"_s});
    row("not html", u"a < b > c"_s, {});
    row("comment on one line", u"a <!-- hidden --> b"_s, {u"comment:<!-- hidden -->"_s});
    row("escaped", u"\\*not em\\* and \\[x](y)"_s, {});
}

void TestMarkdownHighlighter::inlineAndBlockConstructs()
{
    QFETCH(QString, line);
    QFETCH(QStringList, spans);
    QCOMPARE(spansOf(line), spans);
    // Nothing here opens code or a comment for the lines below.
    QVERIFY(MarkdownHighlighter::isProseState(
        MarkdownHighlighter::highlightLine(line, MarkdownHighlighter::Body).state));
}

void TestMarkdownHighlighter::frontMatterKeysAndValues()
{
    const QList<QStringList> page = highlightPage({
        u"---"_s,
        u"title: \"Sales: Handbook\""_s,
        u"# a comment"_s,
        u"tags:"_s,
        u"  - sales"_s,
        u"---"_s,
        u"title: body text"_s,
    });
    QCOMPARE(page[0], QStringList{u"delimiter:---"_s});
    QCOMPARE(page[1], (QStringList{u"key:title"_s, u"value:\"Sales: Handbook\""_s}));
    QCOMPARE(page[2], QStringList{u"comment:# a comment"_s});
    QCOMPARE(page[3], QStringList{u"key:tags"_s});
    QCOMPARE(page[4], (QStringList{u"list:-"_s, u"value:sales"_s}));
    QCOMPARE(page[5], QStringList{u"delimiter:---"_s});
    // After the closing delimiter it is Markdown again.
    QCOMPARE(page[6], QStringList{});

    const QList<QStringList> toml = highlightPage({u"+++"_s, u"title = \"A\""_s, u"+++"_s});
    QCOMPARE(toml[1], (QStringList{u"key:title"_s, u"value:\"A\""_s}));
    QCOMPARE(toml[2], QStringList{u"delimiter:+++"_s});
}

void TestMarkdownHighlighter::frontMatterOnlyAtThePageStart()
{
    // A `---` further down is a thematic break, and what follows it is prose.
    const QList<QStringList> page = highlightPage({u"Intro"_s, u"---"_s, u"key: value"_s});
    QCOMPARE(page[1], QStringList{u"rule:---"_s});
    QCOMPARE(page[2], QStringList{});
}

void TestMarkdownHighlighter::fencedCodeCarriesAcrossLines()
{
    QList<int> states;
    const QList<QStringList> page = highlightPage(
        {u"```yaml"_s, u"# not a heading"_s, u"````"_s, u"~~~"_s, u"```"_s, u"# Heading"_s},
        &states);
    QCOMPARE(page[0], QStringList{u"fence:```yaml"_s});
    QCOMPARE(page[1], QStringList{u"codeblock:# not a heading"_s});
    // A longer fence of the same character closes; a tilde fence does not close backticks.
    QCOMPARE(page[2], QStringList{u"fence:````"_s});
    QCOMPARE(page[3], QStringList{u"fence:~~~"_s});
    QCOMPARE(page[4], QStringList{u"codeblock:```"_s});
    QCOMPARE(states[2], MarkdownHighlighter::Body);
    QVERIFY(!MarkdownHighlighter::isProseState(states[4]));

    const QList<QStringList> open = highlightPage({u"```"_s, u"# Heading"_s});
    QCOMPARE(open[1], QStringList{u"codeblock:# Heading"_s});
}

void TestMarkdownHighlighter::htmlAndKramdownCommentsSpanLines()
{
    const QList<QStringList> page = highlightPage({
        u"Text <!-- starts"_s,
        u"**still** hidden"_s,
        u"ends --> **bold**"_s,
        u"{::comment}"_s,
        u"# not a heading"_s,
        u"{:/comment} after"_s,
        u"# Heading"_s,
    });
    QCOMPARE(page[0], QStringList{u"comment:<!-- starts"_s});
    QCOMPARE(page[1], QStringList{u"comment:**still** hidden"_s});
    QCOMPARE(page[2], (QStringList{u"comment:ends -->"_s, u"strong:**bold**"_s}));
    QCOMPARE(page[3], QStringList{u"comment:{::comment}"_s});
    QCOMPARE(page[4], QStringList{u"comment:# not a heading"_s});
    QCOMPARE(page[5], QStringList{u"comment:{:/comment}"_s});
    QCOMPARE(page[6], (QStringList{u"hashes:#"_s, u"heading: Heading"_s}));
}

void TestMarkdownHighlighter::editingOneLineLeavesTheNextLinesAlone()
{
    // QSyntaxHighlighter re-highlights the next line only when the edited line's state out
    // changes: an edit inside prose or code keeps it, opening a fence changes it.
    const QStringList before = {u"---"_s, u"title: A"_s, u"---"_s, u"Some text"_s,
                                u"```"_s, u"code"_s,     u"```"_s, u"More"_s};
    QList<int> states;
    highlightPage(before, &states);
    QStringList edited = before;
    edited[3] = u"Some *new* text"_s;
    edited[5] = u"code edited"_s;
    QList<int> editedStates;
    highlightPage(edited, &editedStates);
    QCOMPARE(editedStates, states);

    edited[3] = u"```Some text"_s;
    QList<int> fenceStates;
    const QList<QStringList> fenced = highlightPage(edited, &fenceStates);
    QVERIFY(fenceStates[3] != states[3]);
    QCOMPARE(fenced[4], QStringList{u"fence:```"_s}); // now the closing fence
    QCOMPARE(fenced[5], QStringList{});               // and `code edited` is prose
}

void TestMarkdownHighlighter::indentedCodeAfterABlankLineButNotInAList()
{
    QList<int> states;
    const QList<QStringList> page = highlightPage(
        {
            u"Intro text"_s,                      // 0
            u"    continues the paragraph"_s,     // 1
            u""_s,                                // 2
            u"    code = 1"_s,                    // 3
            u""_s,                                // 4
            u"\tstill code after a blank"_s,      // 5
            u"Prose again"_s,                     // 6
            u""_s,                                // 7
            u"1. A step"_s,                       // 8
            u""_s,                                // 9
            u"    The step's second paragraph"_s, // 10
            u"    - a nested item"_s,             // 11
            u"lazy line of the item"_s,           // 12
            u""_s,                                // 13
            u"Not in the list any more"_s,        // 14
            u""_s,                                // 15
            u"    code again"_s,                  // 16
        },
        &states);
    QCOMPARE(page[1], QStringList{});
    QCOMPARE(page[3], QStringList{u"codeblock:    code = 1"_s});
    QCOMPARE(page[5], QStringList{u"codeblock:\tstill code after a blank"_s});
    QVERIFY(!MarkdownHighlighter::isProseState(states[5]));
    QCOMPARE(page[6], QStringList{});
    QCOMPARE(page[10], QStringList{});
    QCOMPARE(page[11], QStringList{u"list:-"_s});
    QCOMPARE(page[12], QStringList{});
    QCOMPARE(page[14], QStringList{});
    QCOMPARE(page[16], QStringList{u"codeblock:    code again"_s});

    // Where the text starts counts as after a blank line: at the page's start and after the
    // front matter.
    QCOMPARE(highlightPage({u"    at the start"_s})[0],
             QStringList{u"codeblock:    at the start"_s});
    QCOMPARE(highlightPage({u"---"_s, u"title: A"_s, u"---"_s, u"    after front matter"_s})[3],
             QStringList{u"codeblock:    after front matter"_s});
    // Not read as words, as fenced code is not.
    QCOMPARE(WordCount::of(u"One two\n\n    not counted here\n"_s).words, 2);
}

void TestMarkdownHighlighter::wordCountSkipsMarkupAndFrontMatter()
{
    const QString page = u"---\ntitle: Not counted at all\n---\n"
                         "# Don't panic {#calm}\n"
                         "A [follow-up link](https://example.com/a/b/c) to <b>read</b>.\n"
                         "{{< alert >}}Two words{{< /alert >}}\n"
                         "```\ncode is not read\n```\n"
                         "<!-- nor\ncomments -->\n"_s;
    // Don't panic / A follow-up link to read / Two words
    QCOMPARE(WordCount::of(page).words, 9);
    QCOMPARE(WordCount::of(u""_s).words, 0);
    QCOMPARE(WordCount::of(u""_s).readingMinutes(), 0);
    WordCount count;
    count.words = 201;
    QCOMPARE(count.readingMinutes(), 2);
}

QTEST_GUILESS_MAIN(TestMarkdownHighlighter)
#include "tst_markdownhighlighter.moc"
