#include "checks/prosescanner.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace Folio;
using namespace Folio::Checks;
using Folio::Markdown::Dialect;

namespace {

// The words found, joined by '|', each read back from its offset and length.
QString wordsOf(const QString &page, Dialect dialect = Dialect::Kramdown)
{
    QStringList words;
    for (const ProseScanner::Word &word : ProseScanner::scan(page, dialect))
        words.append(page.mid(word.offset, word.length));
    return words.join(u'|');
}

} // namespace

class TestProseScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void words_data();
    void words();
    void kramdownCommentsAreHiddenOnlyInKramdown();
    void hyphenatedPartsKnowTheirCompound();
    void blocksCoverThePage();
    void blockByBlockEqualsWholePage();
    void hostileInputIsLinear_data();
    void hostileInputIsLinear();
    void randomMarkupNeverYieldsMarkup();
};

void TestProseScanner::words_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("words");

    // Prose, and what a word is.
    QTest::newRow("prose") << "Hello wrold, it's fine."
                           << "Hello|wrold|it's|fine";
    QTest::newRow("possessives and contractions")
        << "The user's role, users' roles, don't, it’s, Team’s."
        << "The|user's|role|users|roles|"
           "don't|it’s|Team’s";
    QTest::newRow("quotes around a word are not part of it")
        << "He said 'serivices' and ‘wrold’ and \"quoted\"."
        << "He|said|serivices|and|wrold|and|"
           "quoted";
    QTest::newRow("hyphenated words: each part") << "well-known serivices-based"
                                                 << "well|known|serivices|based";
    QTest::newRow("and/or: two words") << "read/write and/or"
                                       << "read|write|and|or";
    QTest::newRow("acronyms are names") << "The SA and MRs in CI/CD, SA's role, SAs, TODO."
                                        << "The|and|in|role";
    QTest::newRow("CamelCase names") << "GitLab JavaScript DevSecOps iPhone GitLab's Kubernetes"
                                     << "Kubernetes";
    QTest::newRow("capitalized words are checked") << "Serivices start sentences."
                                                   << "Serivices|start|sentences";
    QTest::newRow("digits, underscores, dots: not words")
        << "Use v2, foo_bar, index.html, e.g. and 10th here etc."
        << "Use|and|here|etc";
    QTest::newRow("single letters and long runs") << "a b I x " + QString(70, u'z') + " word"
                                                  << "word";
    QTest::newRow("scripts without spaces") << "日本語のテキスト and text"
                                            << "and|text";

    // Markdown that is not part of words.
    QTest::newRow("emphasis, headings, lists, tables")
        << "## **Bold** _italic_ ~~gone~~\n\n- item one\n1. item two\n\n| Cell one | Cell two |\n"
           "|---|:--:|\n> quoted text\n"
        << "Bold|italic|gone|item|one|item|two|Cell|one|Cell|two|quoted|text";
    QTest::newRow("escapes and hard breaks") << "\\*not emphasis\\* and foo\\_bar here\\\nnext"
                                             << "not|emphasis|and|here|next";
    QTest::newRow("entities") << "Fish&nbsp;chips &mdash; more&#8212;words"
                              << "Fish|chips|more|"
                                 "words";

    // Code.
    QTest::newRow("code span") << "Use `serivices` here, not serivices."
                               << "Use|here|not|"
                                  "serivices";
    QTest::newRow("double-backtick code span") << "A ``code ` serivices`` end"
                                               << "end";
    QTest::newRow("code span over two lines") << "Start `code\nserivices` end"
                                              << "Start|end";
    QTest::newRow("unclosed backtick is text") << "An `unclosed word"
                                               << "An|unclosed|word";
    QTest::newRow("fenced code") << "Text\n\n```ruby\nserivices = 1\n\nwrold\n```\n\nAfter"
                                 << "Text|After";
    QTest::newRow("tilde fence, longer closing") << "Text\n~~~\nserivices\n~~~~~\nAfter"
                                                 << "Text|After";
    QTest::newRow("fence in a list item") << "- item\n\n  ```\n  serivices\n  ```\n- next"
                                          << "item|next";
    QTest::newRow("fence in a quote") << "> ```\n> serivices\n> ```\n> Quote text"
                                      << "Quote|text";
    QTest::newRow("unclosed fence runs to the end") << "Before\n```\nserivices\n\nmore"
                                                    << "Before";
    QTest::newRow("indented code") << "Para\n\n    serivices here\n\n    wrold\n\nAfter"
                                   << "Para|After";
    QTest::newRow("indented paragraph in a list is prose")
        << "1. Step\n\n    More words\n\n- item\n\n  Continued text"
        << "Step|More|words|item|"
           "Continued|text";
    QTest::newRow("indented code after a list ends") << "- item\n\nParagraph\n\n    serivices"
                                                     << "item|Paragraph";

    // Links and URLs.
    QTest::newRow("URLs") << "See https://example.com/serivices, www.wrold.com and mailto:x now"
                          << "See|and|now";
    QTest::newRow("autolink") << "<https://serivices.com> and <wrold@example.com> text"
                              << "and|text";
    QTest::newRow("link target") << "[click here](/handbook/serivices-page/ \"A title\") ok"
                                 << "click|here|title|ok";
    QTest::newRow("link target with angle brackets") << "[text](<serivices page>) ok"
                                                     << "text|ok";
    QTest::newRow("image: alt text is prose") << "![Alt wrold](/images/serivices.png)"
                                              << "Alt|wrold";
    QTest::newRow("reference label") << "[text][serivices] more"
                                     << "text|more";
    QTest::newRow("reference definition") << "[serivices]: https://x.y/wrold\nnext line"
                                          << "next|line";
    QTest::newRow("footnotes") << "Word[^serivices] and\n\n[^serivices]: Footnote text"
                               << "Word|and|Footnote|text";
    QTest::newRow("e-mail addresses and mentions")
        << "Ask foo.bar@example.com or @serivices_team or @wrold"
        << "Ask|or|or";
    QTest::newRow("paths and options")
        << "Edit /handbook/serivices/ and sites/handbook/wrold or ~/serivices, run --serivices"
        << "Edit|and|or|run";
    QTest::newRow("emoji shortcodes") << "Great :thumbsup: work :white_check_mark: :+1:"
                                      << "Great|work";

    // HTML.
    QTest::newRow("tags and attributes")
        << "<a href=\"serivices\" title='wrold' data-x=y disabled>link text</a>"
        << "link|text";
    QTest::newRow("text between tags") << "<div><span>Between tags</span></div>"
                                       << "Between|tags";
    QTest::newRow("tag over several lines")
        << "<img\n  src=\"serivices.png\"\n  alt=\"wrold\">\nafter"
        << "after";
    QTest::newRow("not a tag") << "a < b and x <y z"
                               << "and";
    QTest::newRow("unclosed tag is text") << "Some <serivices and more"
                                          << "Some|serivices|and|"
                                             "more";
    QTest::newRow("HTML comment") << "Before <!-- serivices --> after"
                                  << "Before|after";
    QTest::newRow("HTML comment over blocks") << "Before\n\n<!--\n\nserivices\n\n-->\n\nAfter"
                                              << "Before|After";
    QTest::newRow("unclosed HTML comment") << "Before <!-- serivices\n\nmore"
                                           << "Before";
    QTest::newRow("code elements")
        << "<pre>\nserivices\n\nwrold\n</pre>\nafter <code>serivices</code> <kbd>Ctrl</kbd> ok "
           "<script>var serivices;</script>"
        << "after|ok";

    // kramdown.
    QTest::newRow("block IALs and the TOC")
        << "## Heading\n{: .no_toc #serivices}\n\n- TOC\n{:toc .hidden-md .hidden-lg}\n"
        << "Heading";
    QTest::newRow("span IAL") << "[link](url){:target=\"_blank\"} after"
                              << "link|after";
    QTest::newRow("extensions") << "{::options parse_block_html=\"true\" /}\nText\n"
                                   "{::nomarkdown}\n<b>Bold text</b>\n{:/nomarkdown}"
                                << "Text|Bold|text";
    QTest::newRow("heading id") << "## Title {#serivices-id}"
                                << "Title";
    QTest::newRow("ERB") << "<%= partial(\"serivices\") %> after <% if wrold %>x<% end %>"
                         << "after";
    QTest::newRow("ERB over lines") << "<%\n serivices\n\n wrold\n%>\nAfter"
                                    << "After";

    // Hugo.
    QTest::newRow("shortcode tag") << "{{< youtube id=\"serivices\" >}} after"
                                   << "after";
    QTest::newRow("paired shortcode: the prose inside is checked")
        << "{{% alert title=\"Wrold\" color=\"info\" %}}\nInner prose\n{{% /alert %}}"
        << "Inner|prose";
    QTest::newRow("shortcode over lines") << "{{< member-by-name\n  name=\"serivices\" >}}\nAfter"
                                          << "After";
    QTest::newRow("templates") << "{{ .Serivices }} and {% raw %} too"
                               << "and|too";

    // Front matter.
    QTest::newRow("YAML front matter: title and description values only")
        << "---\ntitle: Serivices guide\ndescription: >-\n  Folded wrold\n  more\nlayout: "
           "handbook-page-toc\ntags: [serivices]\nextra:\n  title: nested\n---\nBody text"
        << "Serivices|guide|Folded|wrold|more|Body|text";
    QTest::newRow("quoted values") << "---\ntitle: \"Quoted wrold\"\n'description': 'Single "
                                      "quoted'\n---\n"
                                   << "Quoted|wrold|Single|quoted";
    QTest::newRow("front matter with blank lines and a comment")
        << "---\n# comment serivices\ntitle: One\n\nlayout: wrold\n\ndescription: Two\n---\n\nBody"
        << "One|Two|Body";
    QTest::newRow("TOML front matter") << "+++\ntitle = \"Toml titel\"\nslug = \"serivices\"\n"
                                          "+++\nBody"
                                       << "Toml|titel|Body";
    QTest::newRow("BOM before the front matter")
        << "\uFEFF---\ntitle: Good\nkey: serivices\n---\nBody"
        << "Good|Body";
    QTest::newRow("not front matter when unclosed") << "---\ntitle: x\nBody words"
                                                    << "title|"
                                                       "Body|words";
    QTest::newRow("a title value cannot open a comment") << "---\ntitle: A <!-- b\n---\nBody"
                                                         << "Body";
    QTest::newRow("CRLF") << "---\r\ntitle: Good\r\n---\r\nLine one\r\n\r\n```\r\nserivices\r\n"
                             "```\r\nAfter"
                          << "Good|Line|one|After";
}

void TestProseScanner::words()
{
    QFETCH(QString, page);
    QFETCH(QString, words);
    QCOMPARE(wordsOf(page), words);
}

void TestProseScanner::kramdownCommentsAreHiddenOnlyInKramdown()
{
    const QString page = QStringLiteral("{::comment}\nserivices\n{:/comment}\nAfter");
    QCOMPARE(wordsOf(page, Dialect::Kramdown), QStringLiteral("After"));
    // Goldmark shows the comment's text on the site: it is prose there.
    QCOMPARE(wordsOf(page, Dialect::Goldmark), QStringLiteral("serivices|After"));
    QCOMPARE(wordsOf(QStringLiteral("Before {::comment}\n\nhidden\n\n"), Dialect::Kramdown),
             QStringLiteral("Before"));
}

void TestProseScanner::hyphenatedPartsKnowTheirCompound()
{
    const QString page = QStringLiteral("A pre-recorded talk, 'add-ons'.");
    const QList<ProseScanner::Word> words = ProseScanner::scan(page, Dialect::Goldmark);
    QStringList found;
    QStringList compounds;
    for (const ProseScanner::Word &word : words) {
        found.append(page.mid(word.offset, word.length));
        compounds.append(word.isPart() ? page.mid(word.compoundOffset, word.compoundLength)
                                       : QStringLiteral("-"));
    }
    QCOMPARE(found, (QStringList{"pre", "recorded", "talk", "add", "ons"}));
    QCOMPARE(compounds, (QStringList{"pre-recorded", "pre-recorded", "-", "add-ons", "add-ons"}));
}

void TestProseScanner::blocksCoverThePage()
{
    const QString page =
        QStringLiteral("---\ntitle: T\n\nx: y\n---\nFirst\nstill first\n\n\nSecond\n\nThird");
    ProseScanner::State initial;
    const QList<ProseScanner::Block> blocks = ProseScanner::blocks(page, &initial);
    QCOMPARE(initial.context, ProseScanner::State::Context::FrontMatter);
    QStringList texts;
    qsizetype end = 0;
    for (const ProseScanner::Block &block : blocks) {
        QCOMPARE(block.begin, end);
        texts.append(page.mid(block.begin, block.end - block.begin));
        end = block.end;
    }
    QCOMPARE(end, page.size());
    QCOMPARE(texts, (QStringList{"---\ntitle: T\n\nx: y\n---\n", "First\nstill first\n\n\n",
                                 "Second\n\n", "Third"}));
}

void TestProseScanner::blockByBlockEqualsWholePage()
{
    // State carried from block to block: a fence, a comment and a list over blank lines.
    const QString page =
        QStringLiteral("- item\n\n  continued\n\n```\ncode\n\nmore code\n```\n\n<!-- a\n\nb -->\n\n"
                       "Text <pre>\n\npre\n\n</pre> done\n\n    indented\n\nEnd");
    ProseScanner::State state;
    const QList<ProseScanner::Block> blocks = ProseScanner::blocks(page, &state);
    QStringList words;
    for (const ProseScanner::Block &block : blocks) {
        const QString text = page.mid(block.begin, block.end - block.begin);
        QList<ProseScanner::Word> found;
        state = ProseScanner::scanBlock(text, state, Dialect::Goldmark, &found);
        for (const ProseScanner::Word &word : std::as_const(found))
            words.append(text.mid(word.offset, word.length));
    }
    QCOMPARE(words.join(u'|'), wordsOf(page, Dialect::Goldmark));
    QCOMPARE(words.join(u'|'), QStringLiteral("item|continued|Text|done|End"));
}

void TestProseScanner::hostileInputIsLinear_data()
{
    QTest::addColumn<QString>("unit");
    QTest::newRow("backticks") << "` `` ``` word ";
    QTest::newRow("unclosed tags") << "<a b='x' c ";
    QTest::newRow("tags and quotes") << "<a x='<a x=\"";
    QTest::newRow("braces") << "{{ {% {: {# ";
    QTest::newRow("link targets") << "](](x ";
    QTest::newRow("reference labels") << "][a [^ ";
    QTest::newRow("entities") << "&amp &#x &";
    QTest::newRow("urls") << "https://x http:/ www";
    QTest::newRow("comment openers") << "<!- <% {{< ";
    QTest::newRow("lines") << "- a\n\n    b\n```\n";
}

void TestProseScanner::hostileInputIsLinear()
{
    QFETCH(QString, unit);
    // 250 KB on one line and in one block, then closed at the very end.
    QString page;
    while (page.size() < 250 * 1024)
        page += unit;
    page += QStringLiteral("` > ) ] } }} %> --> %}}");
    QElapsedTimer timer;
    timer.start();
    const auto words = ProseScanner::scan(page, Dialect::Kramdown);
    const qint64 elapsed = timer.elapsed();
    for (const ProseScanner::Word &word : words)
        QVERIFY(word.offset >= 0 && word.offset + word.length <= page.size());
    // Linear scanning takes a few milliseconds here; quadratic would take minutes.
    QVERIFY2(elapsed < 1000, qPrintable(QStringLiteral("%1 ms").arg(elapsed)));
}

void TestProseScanner::randomMarkupNeverYieldsMarkup()
{
    static const QStringList pieces = {"word",
                                       "Wrold",
                                       " ",
                                       "\n",
                                       "\n\n",
                                       "`",
                                       "```\n",
                                       "<",
                                       ">",
                                       "<a href='x'>",
                                       "</a>",
                                       "<!--",
                                       "-->",
                                       "{{<",
                                       ">}}",
                                       "{:",
                                       "}",
                                       "[",
                                       "](",
                                       ")",
                                       "]",
                                       "*",
                                       "_",
                                       "'",
                                       "’",
                                       "-",
                                       "/",
                                       "http://",
                                       "@",
                                       ":",
                                       "<%",
                                       "%>",
                                       "&",
                                       ";",
                                       "\\",
                                       "    ",
                                       "> ",
                                       "#",
                                       "|",
                                       "\r",
                                       "日本",
                                       "é",
                                       "\uFEFF",
                                       "\U0001F600",
                                       "{::comment}",
                                       "{:/}",
                                       "<pre>",
                                       "</pre>",
                                       "---\n",
                                       "title: ",
                                       QString(QChar(0xD800)),
                                       QString(QChar(0)),
                                       "\u200D",
                                       "\uFE0F"};
    QRandomGenerator random(20240601);
    for (int round = 0; round < 300; ++round) {
        QString page;
        const int count = random.bounded(1, 200);
        for (int i = 0; i < count; ++i)
            page += pieces[random.bounded(int(pieces.size()))];
        for (const Dialect dialect : {Dialect::Kramdown, Dialect::Goldmark}) {
            for (const ProseScanner::Word &word : ProseScanner::scan(page, dialect)) {
                QVERIFY(word.offset >= 0 && word.length >= 2 &&
                        word.offset + word.length <= page.size());
                QVERIFY(word.compoundOffset <= word.offset &&
                        word.offset + word.length <= word.compoundOffset + word.compoundLength);
                // Only letters, marks and inner apostrophes.
                const QStringView text = QStringView(page).sliced(word.offset, word.length);
                for (const QChar c : text)
                    QVERIFY2(c.isLetter() || c.isMark() || c == u'\'' || c == QChar(0x2019),
                             qPrintable(page));
                QVERIFY(text.front().isLetter() &&
                        (text.back().isLetter() || text.back().isMark()));
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestProseScanner)
#include "tst_prosescanner.moc"
