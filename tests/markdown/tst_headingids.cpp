#include "markdown/headingids.h"
#include "testsupport.h"

#include <QTest>

using namespace Folio::Markdown;
using namespace Qt::StringLiterals;

namespace {

// Golden data made by tests/markdown/data/generate-heading-ids.sh from the real kramdown and
// Hugo; see the script for the columns.
QString dataFile(const char *name)
{
    return QStringLiteral(FOLIO_SOURCE_DIR "/tests/markdown/data/") + QLatin1String(name);
}

QString unescapeField(QStringView field)
{
    QString out;
    out.reserve(field.size());
    for (qsizetype i = 0; i < field.size(); ++i) {
        if (field[i] != u'\\' || i + 1 == field.size()) {
            out.append(field[i]);
            continue;
        }
        const QChar next = field[++i];
        out.append(next == u't'   ? QChar(u'\t')
                   : next == u'n' ? QChar(u'\n')
                   : next == u'r' ? QChar(u'\r')
                                  : next);
    }
    return out;
}

// The rows of a golden TSV file without its `#` comment lines, fields unescaped.
QList<QStringList> readTable(const char *name, qsizetype columns)
{
    const QByteArray bytes = Folio::Test::readFile(dataFile(name));
    QList<QStringList> rows;
    const QString text = QString::fromUtf8(bytes);
    for (const QStringView line : QStringView(text).split(u'\n')) {
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        QStringList fields;
        for (const QStringView field : line.split(u'\t'))
            fields.append(unescapeField(field));
        if (fields.size() != columns)
            qWarning("%s: malformed row: %s", name, qPrintable(line.toString()));
        else
            rows.append(fields);
    }
    return rows;
}

HeadingIdStyle styleNamed(const QString &name)
{
    if (name == u"kramdown")
        return HeadingIdStyle::Kramdown;
    if (name == u"kramdown-html-block")
        return HeadingIdStyle::KramdownHtmlBlock;
    return HeadingIdStyle::Goldmark;
}

} // namespace

class TestHeadingIds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void autoIds_data();
    void autoIds();
    void atxLines_data();
    void atxLines();
    void registry_data();
    void registry();
    void registryContains();
    void goldenHeadings_data();
    void goldenHeadings();
    void goldenPages_data();
    void goldenPages();
};

void TestHeadingIds::autoIds_data()
{
    QTest::addColumn<HeadingIdStyle>("style");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("id");

    const auto kramdown = HeadingIdStyle::Kramdown;
    const auto htmlBlock = HeadingIdStyle::KramdownHtmlBlock;
    const auto goldmark = HeadingIdStyle::Goldmark;
    // DESIGN.md "Handbook dialect". kramdown sees the text with its typography (curly quotes);
    // Goldmark sees the Markdown source.
    QTest::newRow("design kramdown basics")
        << kramdown << QStringLiteral("1. Getting started: the “basics” & more")
        << QStringLiteral("1-getting-started-the-basics--more");
    QTest::newRow("design kramdown umlaut")
        << kramdown << QStringLiteral("Über uns") << QStringLiteral("über-uns");
    QTest::newRow("design goldmark basics")
        << goldmark << QStringLiteral("1. Getting started: the \"basics\" & more")
        << QStringLiteral("1-getting-started-the-basics--more");
    QTest::newRow("design goldmark umlaut")
        << goldmark << QStringLiteral("Über uns") << QStringLiteral("über-uns");
    // What plain kramdown would give (DESIGN.md): its converter's ids, used for headings inside
    // Markdown-parsed HTML blocks.
    QTest::newRow("design html block basics")
        << htmlBlock << QStringLiteral("1. Getting started: the “basics” & more")
        << QStringLiteral("getting-started-the-basics--more");
    QTest::newRow("design html block umlaut")
        << htmlBlock << QStringLiteral("Über uns") << QStringLiteral("ber-uns");

    // Empty ids and each generator's fallback (verified with kramdown 2.4.0 and hugo 0.111.3).
    QTest::newRow("kramdown empty") << kramdown << QStringLiteral("!!!") << QString();
    QTest::newRow("html block empty")
        << htmlBlock << QStringLiteral("!!!") << QStringLiteral("section");
    QTest::newRow("goldmark empty")
        << goldmark << QStringLiteral("!!!") << QStringLiteral("heading");
    QTest::newRow("goldmark no text") << goldmark << QString() << QStringLiteral("heading");

    // Differences between the styles.
    QTest::newRow("kramdown tab") << kramdown << QStringLiteral("a\tb") << QStringLiteral("a-b");
    QTest::newRow("goldmark tab drops")
        << goldmark << QStringLiteral("a\tb") << QStringLiteral("ab");
    QTest::newRow("kramdown dotted I full lowercase")
        << kramdown << QStringLiteral("İstanbul") << QStringLiteral("i̇stanbul");
    QTest::newRow("goldmark dotted I simple lowercase")
        << goldmark << QStringLiteral("İstanbul") << QStringLiteral("istanbul");
    QTest::newRow("kramdown letter numbers")
        << kramdown << QStringLiteral("Ⅷ ² Ⓐ") << QStringLiteral("ⅷ--ⓐ");
    QTest::newRow("goldmark letter numbers")
        << goldmark << QStringLiteral("Ⅷ ² Ⓐ") << QStringLiteral("--");
    QTest::newRow("kramdown marks stay")
        << kramdown << QStringLiteral("de\u0301j\u00e0") << QStringLiteral("de\u0301j\u00e0");
    QTest::newRow("goldmark marks go")
        << goldmark << QStringLiteral("de\u0301j\u00e0") << QStringLiteral("dejà");
    QTest::newRow("kramdown emoji and zwj")
        << kramdown << QStringLiteral("Team 👩\u200d💻!") << QStringLiteral("team-");
    QTest::newRow("kramdown cjk") << kramdown << QStringLiteral("日本語 見出し")
                                  << QStringLiteral("日本語-見出し");
    QTest::newRow("goldmark cjk") << goldmark << QStringLiteral("中文标题：测试")
                                  << QStringLiteral("中文标题测试");
    QTest::newRow("goldmark source keeps underscores")
        << goldmark << QStringLiteral("_Important_ note") << QStringLiteral("_important_-note");
    QTest::newRow("goldmark source keeps link url")
        << goldmark << QStringLiteral("[link](http://x.y/z) *em*")
        << QStringLiteral("linkhttpxyz-em");
    QTest::newRow("goldmark trims white space")
        << goldmark << QStringLiteral("a  \u00a0") << QStringLiteral("a");
    QTest::newRow("kramdown keeps trailing space")
        << kramdown << QStringLiteral("a ") << QStringLiteral("a-");
    QTest::newRow("html block leading digits and symbols")
        << htmlBlock << QStringLiteral("2023 — Q&A_x") << QStringLiteral("qax");
}

void TestHeadingIds::autoIds()
{
    QFETCH(HeadingIdStyle, style);
    QFETCH(QString, text);
    QFETCH(QString, id);
    QCOMPARE(headingId(text, style), id);
}

void TestHeadingIds::atxLines_data()
{
    QTest::addColumn<HeadingIdStyle>("style");
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("heading");
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("explicitId"); // null: none

    const auto kramdown = HeadingIdStyle::Kramdown;
    const auto goldmark = HeadingIdStyle::Goldmark;
    const QString none;
    QTest::newRow("kramdown plain")
        << kramdown << QStringLiteral("## Title") << true << 2 << QStringLiteral("Title") << none;
    QTest::newRow("kramdown custom id") << kramdown << QStringLiteral("## Title {#custom}") << true
                                        << 2 << QStringLiteral("Title") << QStringLiteral("custom");
    QTest::newRow("kramdown id needs space")
        << kramdown << QStringLiteral("## x{#id}") << true << 2 << QStringLiteral("x{#id}") << none;
    QTest::newRow("kramdown class is text") << kramdown << QStringLiteral("## Title {.cls}") << true
                                            << 2 << QStringLiteral("Title {.cls}") << none;
    QTest::newRow("kramdown closing hashes without space")
        << kramdown << QStringLiteral("### C#") << true << 3 << QStringLiteral("C") << none;
    QTest::newRow("kramdown escaped hash") << kramdown << QStringLiteral("## Closing \\#") << true
                                           << 2 << QStringLiteral("Closing \\#") << none;
    QTest::newRow("kramdown indented is a paragraph")
        << kramdown << QStringLiteral("  ## Title") << false << 0 << QString() << none;
    QTest::newRow("kramdown empty is a paragraph")
        << kramdown << QStringLiteral("## ") << false << 0 << QString() << none;
    QTest::newRow("kramdown needs space")
        << kramdown << QStringLiteral("##Title") << false << 0 << QString() << none;
    QTest::newRow("goldmark plain")
        << goldmark << QStringLiteral("## Title  ") << true << 2 << QStringLiteral("Title") << none;
    // goldmark keeps the space before a closing sequence in the source; Hugo trims it for ids.
    QTest::newRow("goldmark closing sequence") << goldmark << QStringLiteral("## Title ##  ")
                                               << true << 2 << QStringLiteral("Title ") << none;
    QTest::newRow("goldmark attributes")
        << goldmark << QStringLiteral("## Title {#custom .cls k=\"v w\"}") << true << 2
        << QStringLiteral("Title ") << QStringLiteral("custom");
    QTest::newRow("goldmark attributes without space")
        << goldmark << QStringLiteral("## x{#id}") << true << 2 << QStringLiteral("x")
        << QStringLiteral("id");
    QTest::newRow("goldmark class only") << goldmark << QStringLiteral("## Title {.cls}") << true
                                         << 2 << QStringLiteral("Title ") << none;
    QTest::newRow("goldmark attributes after closing")
        << goldmark << QStringLiteral("## Title ## {#after}") << true << 2
        << QStringLiteral("Title ") << QStringLiteral("after");
    QTest::newRow("goldmark bad attributes stay")
        << goldmark << QStringLiteral("## T {#a/b}") << true << 2 << QStringLiteral("T {#a/b}")
        << none;
    QTest::newRow("goldmark hash kept without space")
        << goldmark << QStringLiteral("## C#") << true << 2 << QStringLiteral("C#") << none;
    QTest::newRow("goldmark indented") << goldmark << QStringLiteral("   ## Title") << true << 2
                                       << QStringLiteral("Title") << none;
    QTest::newRow("goldmark code block")
        << goldmark << QStringLiteral("    ## Title") << false << 0 << QString() << none;
    QTest::newRow("goldmark empty")
        << goldmark << QStringLiteral("##") << true << 2 << QString() << none;
    QTest::newRow("goldmark only closing")
        << goldmark << QStringLiteral("## ###") << true << 2 << QString() << none;
    QTest::newRow("goldmark seven")
        << goldmark << QStringLiteral("####### x") << false << 0 << QString() << none;
}

void TestHeadingIds::atxLines()
{
    QFETCH(HeadingIdStyle, style);
    QFETCH(QString, line);
    QFETCH(bool, heading);
    QFETCH(int, level);
    QFETCH(QString, content);
    QFETCH(QString, explicitId);
    const std::optional<AtxHeading> parsed = parseAtxHeading(line, style);
    QCOMPARE(parsed.has_value(), heading);
    if (!parsed)
        return;
    QCOMPARE(parsed->level, level);
    QCOMPARE(parsed->content, content);
    QCOMPARE(parsed->explicitId.has_value(), !explicitId.isNull());
    if (parsed->explicitId)
        QCOMPARE(*parsed->explicitId, explicitId);
}

// A page as a list of headings: `=id` is an explicit id, `@text` a heading inside a
// Markdown-parsed HTML block (kramdown), anything else a heading's id text.
void TestHeadingIds::registry_data()
{
    QTest::addColumn<HeadingIdStyle>("style");
    QTest::addColumn<QStringList>("headings");
    QTest::addColumn<QStringList>("ids");

    // Every sequence below was checked against kramdown 2.4.0 + GFM and hugo 0.111.3.
    const auto kramdown = HeadingIdStyle::Kramdown;
    const auto goldmark = HeadingIdStyle::Goldmark;
    QTest::newRow("kramdown counts per id, no clash check")
        << kramdown << QStringList{u"a"_s, u"a"_s, u"a-1"_s, u"a"_s}
        << QStringList{u"a"_s, u"a-1"_s, u"a-1"_s, u"a-2"_s};
    QTest::newRow("goldmark skips taken ids")
        << goldmark << QStringList{u"a"_s, u"a"_s, u"a-1"_s, u"a"_s}
        << QStringList{u"a"_s, u"a-1"_s, u"a-1-1"_s, u"a-2"_s};
    QTest::newRow("kramdown empty ids") << kramdown << QStringList{u"***"_s, u"!!!"_s, u"!!!"_s}
                                        << QStringList{QString(), u"-1"_s, u"-2"_s};
    QTest::newRow("goldmark empty ids")
        << goldmark << QStringList{u"***"_s, u"!!!"_s, QString(), u"heading"_s}
        << QStringList{u"heading"_s, u"heading-1"_s, u"heading-2"_s, u"heading-3"_s};
    QTest::newRow("kramdown explicit ids take no part")
        << kramdown << QStringList{u"=custom"_s, u"custom"_s, u"custom"_s}
        << QStringList{u"custom"_s, u"custom"_s, u"custom-1"_s};
    QTest::newRow("goldmark explicit ids are taken")
        << goldmark << QStringList{u"=custom"_s, u"custom"_s, u"=custom"_s, u"custom"_s}
        << QStringList{u"custom"_s, u"custom-1"_s, u"custom"_s, u"custom-2"_s};
    QTest::newRow("goldmark auto id before explicit")
        << goldmark << QStringList{u"custom"_s, u"=custom"_s}
        << QStringList{u"custom"_s, u"custom"_s};
    QTest::newRow("kramdown html block has its own counter")
        << kramdown << QStringList{u"Über uns"_s, u"@Über uns"_s, u"@Über uns"_s, u"@!!!"_s,
                                   u"@Section"_s, u"Über uns"_s,  u"section"_s}
        << QStringList{u"über-uns"_s,  u"ber-uns"_s,    u"ber-uns-1"_s, u"section"_s,
                       u"section-1"_s, u"über-uns-1"_s, u"section"_s};
}

void TestHeadingIds::registry()
{
    QFETCH(HeadingIdStyle, style);
    QFETCH(QStringList, headings);
    QFETCH(QStringList, ids);
    HeadingIdRegistry registry(style);
    QCOMPARE(registry.style(), style);
    QStringList got;
    for (const QString &heading : headings) {
        if (heading.startsWith(u'=')) {
            registry.addExplicitId(heading.sliced(1));
            got.append(heading.sliced(1));
        } else if (heading.startsWith(u'@')) {
            got.append(registry.addHeading(heading.sliced(1), HeadingIdStyle::KramdownHtmlBlock));
        } else {
            got.append(registry.addHeading(heading));
        }
    }
    QCOMPARE(got, ids);
}

void TestHeadingIds::registryContains()
{
    HeadingIdRegistry registry(HeadingIdStyle::Kramdown);
    QCOMPARE(registry.addHeading(u"!!!"), QString());
    QVERIFY(!registry.contains(u""));
    QCOMPARE(registry.addHeading(u"Über uns"), QStringLiteral("über-uns"));
    registry.addExplicitId(u"custom");
    QVERIFY(registry.contains(u"über-uns"));
    QVERIFY(registry.contains(u"custom"));
    QVERIFY(!registry.contains(u"ber-uns"));
    registry.clear();
    QVERIFY(!registry.contains(u"custom"));
    QCOMPARE(registry.addHeading(u"Über uns"), QStringLiteral("über-uns"));
}

void TestHeadingIds::goldenHeadings_data()
{
    QTest::addColumn<QString>("style");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("markdown");

    const QList<QStringList> rows = readTable("heading-ids.tsv", 5);
    QVERIFY2(rows.size() > 1000, qPrintable(dataFile("heading-ids.tsv")));
    int number = 0;
    for (const QStringList &row : rows) {
        ++number;
        QTest::addRow("%d %s %s", number, qPrintable(row[0]), qPrintable(row[4]))
            << row[0] << row[1] << row[2] << row[3] << row[4];
    }
}

void TestHeadingIds::goldenHeadings()
{
    QFETCH(QString, style);
    QFETCH(QString, kind);
    QFETCH(QString, text);
    QFETCH(QString, id);
    QFETCH(QString, markdown);
    const HeadingIdStyle headingStyle = styleNamed(style);
    const std::optional<AtxHeading> parsed = parseAtxHeading(markdown, headingStyle);
    if (kind == u"none") {
        QVERIFY(!parsed);
        return;
    }
    QVERIFY(parsed);
    if (kind == u"explicit") {
        QVERIFY(parsed->explicitId);
        QCOMPARE(*parsed->explicitId, id);
        return;
    }
    QVERIFY(!parsed->explicitId);
    if (headingStyle == HeadingIdStyle::Goldmark)
        QCOMPARE(headingId(parsed->content, headingStyle), id);
    else
        QCOMPARE(headingId(text, headingStyle), id);
}

void TestHeadingIds::goldenPages_data()
{
    QTest::addColumn<QString>("style");
    QTest::addColumn<QStringList>("kinds");
    QTest::addColumn<QStringList>("texts");
    QTest::addColumn<QStringList>("ids");

    const QList<QStringList> rows = readTable("heading-id-pages.tsv", 5);
    QVERIFY2(rows.size() > 100, qPrintable(dataFile("heading-id-pages.tsv")));
    for (qsizetype i = 0; i < rows.size();) {
        const QString page = rows[i][0];
        const QString style = rows[i][1];
        QStringList kinds;
        QStringList texts;
        QStringList ids;
        for (; i < rows.size() && rows[i][0] == page && rows[i][1] == style; ++i) {
            kinds.append(rows[i][2]);
            texts.append(rows[i][3]);
            ids.append(rows[i][4]);
        }
        QTest::addRow("%s %s", qPrintable(style), qPrintable(page))
            << style << kinds << texts << ids;
    }
}

void TestHeadingIds::goldenPages()
{
    QFETCH(QString, style);
    QFETCH(QStringList, kinds);
    QFETCH(QStringList, texts);
    QFETCH(QStringList, ids);
    HeadingIdRegistry registry(styleNamed(style));
    QStringList got;
    for (qsizetype i = 0; i < kinds.size(); ++i) {
        const QString &kind = kinds[i];
        if (kind == u"explicit") {
            registry.addExplicitId(texts[i]);
            got.append(texts[i]);
        } else if (kind == u"html-block") {
            got.append(registry.addHeading(texts[i], HeadingIdStyle::KramdownHtmlBlock));
        } else if (kind == u"line") { // Goldmark: the heading's Markdown line
            const auto heading = parseAtxHeading(texts[i], HeadingIdStyle::Goldmark);
            QVERIFY2(heading, qPrintable(texts[i]));
            if (heading->explicitId) {
                registry.addExplicitId(*heading->explicitId);
                got.append(*heading->explicitId);
            } else {
                got.append(registry.addHeading(heading->content));
            }
        } else {
            got.append(registry.addHeading(texts[i]));
        }
    }
    QCOMPARE(got, ids);
}

QTEST_GUILESS_MAIN(TestHeadingIds)
#include "tst_headingids.moc"
