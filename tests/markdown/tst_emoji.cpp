#include "markdown/emoji.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QMap>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>

using Folio::Markdown::Emoji;
using namespace Qt::StringLiterals;

namespace {

// The `:name:` shortcodes of the shared corpus (code blocks and spans included) that GitHub's
// gemoji knows, checked against gemoji 8.1's names. Every one must resolve.
const QStringList corpusGemojiNames = {
    u"books"_s,
    u"bow"_s,
    u"chart_with_upwards_trend"_s,
    u"construction"_s,
    u"exclamation"_s,
    u"eye"_s,
    u"eyes"_s,
    u"footprints"_s,
    u"globe_with_meridians"_s,
    u"handshake"_s,
    u"heavy_check_mark"_s,
    u"key"_s,
    u"mega"_s,
    u"microphone"_s,
    u"red_circle"_s,
    u"sos"_s,
    u"stopwatch"_s,
    u"thumbsup"_s,
    u"warning"_s,
    u"white_check_mark"_s,
};

// The corpus's `:name:` shapes that gemoji does not know: custom chat emoji (`:ack:`, the
// GitLab values emoji), other spellings (`:map:`, `:notepad_spiral:`, `:thumbs-up:`; gemoji has
// `:world_map:`, `:spiral_notepad:`, `:thumbsup:`) and `:00:` from a `MktgOps::00:` label.
// GitHub shows them as text, and so must the preview.
const QStringList corpusOtherNames = {
    u"00"_s,
    u"ack"_s,
    u"collaboration-tanuki"_s,
    u"collaboration-value"_s,
    u"diversity-tanuki"_s,
    u"diversity-value"_s,
    u"efficiency-tanuki"_s,
    u"efficiency-value"_s,
    u"iteration-tanuki"_s,
    u"iteration-value"_s,
    u"map"_s,
    u"notepad_spiral"_s,
    u"results-tanuki"_s,
    u"results-value"_s,
    u"thumbs-up"_s,
    u"transparency-tanuki"_s,
    u"transparency-value"_s,
};

bool isNameChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_' || c == u'+' ||
           c == u'-';
}

} // namespace

class TestEmoji : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tableIsSortedAndWellFormed();
    void forShortcode_data();
    void forShortcode();
    void unknownNames_data();
    void unknownNames();
    void replaceShortcodes_data();
    void replaceShortcodes();
    void largePageInOnePass();
    void corpusShortcodes();
};

void TestEmoji::tableIsSortedAndWellFormed()
{
    const std::span<const Emoji::Entry> table = Emoji::entries();
    // gemoji alone has about 1,900 names; python3-emoji's alias table adds the CLDR ones.
    QVERIFY2(table.size() > 1900, qPrintable(QString::number(table.size())));
    for (std::size_t i = 0; i < table.size(); ++i) {
        const Emoji::Entry &entry = table[i];
        QVERIFY(!entry.name.isEmpty());
        QVERIFY2(std::all_of(entry.name.begin(), entry.name.end(),
                             [](char c) { return isNameChar(QLatin1Char(c)); }),
                 entry.name.data());
        QVERIFY2(!entry.emoji.isEmpty(), entry.name.data());
        const QByteArray utf8(entry.emoji.data(), entry.emoji.size());
        QVERIFY2(entry.emoji.toString().toUtf8() == utf8, entry.name.data()); // valid UTF-8
        if (i > 0)
            QVERIFY2(table[i - 1].name < entry.name, entry.name.data());
    }
}

void TestEmoji::forShortcode_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("emoji");

    // What handbook pages use most, with the emoji gemoji gives them.
    QTest::newRow("warning") << u"warning"_s << QStringLiteral("\u26A0\uFE0F");
    QTest::newRow("white_check_mark") << u"white_check_mark"_s << QStringLiteral("\u2705");
    QTest::newRow("x") << u"x"_s << QStringLiteral("\u274C");
    QTest::newRow("heavy_check_mark") << u"heavy_check_mark"_s << QStringLiteral("\u2714\uFE0F");
    QTest::newRow("rocket") << u"rocket"_s << QStringLiteral("\U0001F680");
    QTest::newRow("tada") << u"tada"_s << QStringLiteral("\U0001F389");
    QTest::newRow("point_right") << u"point_right"_s << QStringLiteral("\U0001F449");
    QTest::newRow("+1") << u"+1"_s << QStringLiteral("\U0001F44D");
    QTest::newRow("-1") << u"-1"_s << QStringLiteral("\U0001F44E");
    QTest::newRow("100") << u"100"_s << QStringLiteral("\U0001F4AF");
    QTest::newRow("red_circle") << u"red_circle"_s << QStringLiteral("\U0001F534");
    QTest::newRow("large_blue_circle") << u"large_blue_circle"_s << QStringLiteral("\U0001F535");
    QTest::newRow("bulb") << u"bulb"_s << QStringLiteral("\U0001F4A1");
    QTest::newRow("information_source")
        << u"information_source"_s << QStringLiteral("\u2139\uFE0F");
    QTest::newRow("exclamation") << u"exclamation"_s << QStringLiteral("\u2757");
    QTest::newRow("memo") << u"memo"_s << QStringLiteral("\U0001F4DD");
    QTest::newRow("star") << u"star"_s << QStringLiteral("\u2B50");
    // gemoji's second names.
    QTest::newRow("thumbsup") << u"thumbsup"_s << QStringLiteral("\U0001F44D");
    QTest::newRow("thumbsdown") << u"thumbsdown"_s << QStringLiteral("\U0001F44E");
    QTest::newRow("heavy_exclamation_mark")
        << u"heavy_exclamation_mark"_s << QStringLiteral("\u2757");
    QTest::newRow("satisfied") << u"satisfied"_s << QStringLiteral("\U0001F606");
    // gemoji's `cat` is the cat face; Unicode's CLDR name `cat` is the whole cat.
    QTest::newRow("cat") << u"cat"_s << QStringLiteral("\U0001F431");
    // Hyphens and leading digits.
    QTest::newRow("e-mail") << u"e-mail"_s << QStringLiteral("\U0001F4E7");
    QTest::newRow("t-rex") << u"t-rex"_s << QStringLiteral("\U0001F996");
    QTest::newRow("1st_place_medal") << u"1st_place_medal"_s << QStringLiteral("\U0001F947");
    // First and last names of the table.
    QTest::newRow("first") << QString(Emoji::entries().front().name)
                           << Emoji::entries().front().emoji.toString();
    QTest::newRow("last") << QString(Emoji::entries().back().name)
                          << Emoji::entries().back().emoji.toString();
}

void TestEmoji::forShortcode()
{
    QFETCH(QString, name);
    QFETCH(QString, emoji);
    const std::optional<QString> found = Emoji::forShortcode(name);
    QVERIFY(found);
    QCOMPARE(*found, emoji);
}

void TestEmoji::unknownNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << QString();
    QTest::newRow("with colons") << u":warning:"_s;
    QTest::newRow("upper case") << u"Warning"_s;
    QTest::newRow("trailing space") << u"warning "_s;
    QTest::newRow("prefix") << u"warn"_s;
    QTest::newRow("longer") << u"warnings"_s;
    QTest::newRow("made up") << u"not_an_emoji"_s;
    QTest::newRow("slack custom") << u"ack"_s;
    QTest::newRow("gitlab values") << u"results-value"_s;
    QTest::newRow("thumbs-up") << u"thumbs-up"_s;
    QTest::newRow("before first") << u"+0"_s;
    QTest::newRow("after last") << u"zzzzzz"_s;
    QTest::newRow("non-ascii") << u"caf\u00e9"_s;
}

void TestEmoji::unknownNames()
{
    QFETCH(QString, name);
    QCOMPARE(Emoji::forShortcode(name), std::nullopt);
}

void TestEmoji::replaceShortcodes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    const QString warning = QStringLiteral("\u26A0\uFE0F");
    const QString x = QStringLiteral("\u274C");
    const QString plusOne = QStringLiteral("\U0001F44D");
    const QString tada = QStringLiteral("\U0001F389");

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("no colon") << u"Plain text."_s << u"Plain text."_s;
    QTest::newRow("only shortcode") << u":warning:"_s << warning;
    QTest::newRow("at start") << u":warning: Read this first."_s
                              << warning + u" Read this first."_s;
    QTest::newRow("at end") << u"Done :white_check_mark:"_s << u"Done \u2705"_s;
    QTest::newRow("in punctuation") << u"(:x:), \":x:\"; **:x:**."_s
                                    << u"("_s % x % u"), \""_s % x % u"\"; **"_s % x % u"**."_s;
    QTest::newRow("two lines") << u"a :warning:\n:x: b"_s
                               << u"a "_s % warning % u"\n"_s % x % u" b"_s;
    QTest::newRow("plus one and 100")
        << u"LGTM :+1: :100:"_s << u"LGTM "_s % plusOne % u" \U0001F4AF"_s;

    // Adjacent shortcodes: the closing colon of one may be followed by the next.
    QTest::newRow("adjacent") << u":+1::tada:"_s << plusOne + tada;
    QTest::newRow("three adjacent") << u":+1::+1::+1:"_s << plusOne + plusOne + plusOne;
    QTest::newRow("unknown then known") << u":nope::tada:"_s << u":nope:"_s + tada;
    QTest::newRow("known then unknown") << u":tada::nope:"_s << tada + u":nope:"_s;

    // Unknown names and things that are not shortcodes stay as written.
    QTest::newRow("unknown") << u"keep :not_an_emoji: as is"_s << u"keep :not_an_emoji: as is"_s;
    QTest::newRow("upper case") << u":Warning: :WARNING:"_s << u":Warning: :WARNING:"_s;
    QTest::newRow("space inside") << u": warning:"_s << u": warning:"_s;
    QTest::newRow("empty name") << u"a :: b ::: c"_s << u"a :: b ::: c"_s;
    QTest::newRow("lone colons") << u":"_s << u":"_s;
    QTest::newRow("letter before") << u"foo:warning: bar"_s << u"foo:warning: bar"_s;
    QTest::newRow("letter after") << u":warning:s"_s << u":warning:s"_s;
    QTest::newRow("word around") << u"a:ok:b"_s << u"a:ok:b"_s;
    QTest::newRow("chained names") << u":foo:bar:warning:"_s << u":foo:bar:warning:"_s;
    QTest::newRow("accented letter before") << u"\u00e9:x:"_s << u"\u00e9:x:"_s;
    QTest::newRow("non-BMP letter before") << u"\U0001D400:x:"_s << u"\U0001D400:x:"_s;
    QTest::newRow("emoji before") << u"\U0001F600:x:"_s << u"\U0001F600"_s + x;
    QTest::newRow("scope operator")
        << u"Foo::ok::bar and std::x::y"_s << u"Foo::ok::bar and std::x::y"_s;
    QTest::newRow("label") << u"~\"MktgOps::00: Triage\""_s << u"~\"MktgOps::00: Triage\""_s;

    // Times and ratios, even where a part is a known name (`:100:`, `:1234:`).
    QTest::newRow("time") << u"Meeting at 10:30:00 UTC"_s << u"Meeting at 10:30:00 UTC"_s;
    QTest::newRow("time with known name")
        << u"12:100:00 and 1:1234:5"_s << u"12:100:00 and 1:1234:5"_s;
    QTest::newRow("ratio") << u"a 1:1:1 ratio"_s << u"a 1:1:1 ratio"_s;
    QTest::newRow("rake task") << u"bin/rake gitlab:docs:compile"_s
                               << u"bin/rake gitlab:docs:compile"_s;
    QTest::newRow("arn") << u"arn:aws:s3:::bucket/*"_s << u"arn:aws:s3:::bucket/*"_s;

    // URLs are left alone up to the next white space.
    QTest::newRow("url path") << u"https://example.com/:warning:/x then :warning:"_s
                              << u"https://example.com/:warning:/x then "_s + warning;
    QTest::newRow("url port") << u"http://host:8080/:100:"_s << u"http://host:8080/:100:"_s;
    QTest::newRow("url at end") << u"see https://example.com/a:x:"_s
                                << u"see https://example.com/a:x:"_s;
    QTest::newRow("no space after scheme")
        << u"here:https://example.com/"_s << u"here:https://example.com/"_s;
    QTest::newRow("reference definition")
        << u"[a]:https://x.y/ :x:"_s << u"[a]:https://x.y/ "_s + x;
    QTest::newRow("scheme named like an emoji") << u"(:ok://x.y/)"_s << u"(:ok://x.y/)"_s;

    QTest::newRow("colon-heavy line")
        << u"Note: a:b:c :: :warning::x: 12:00:00 :+1: ::: done: std::ok::x https://x.y/:tada: "
           u":nope: :tada:"_s
        << u"Note: a:b:c :: "_s % warning % x % u" 12:00:00 "_s % plusOne %
               u" ::: done: std::ok::x https://x.y/:tada: :nope: "_s % tada;
}

void TestEmoji::replaceShortcodes()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(Emoji::replaceShortcodes(text), expected);
}

// The preview calls replaceShortcodes on every text node of a page on each keystroke; a big
// handbook page is about 250 KB. One linear pass keeps that far below a millisecond per
// 100 KB; the bound here only catches an accidental quadratic scan.
void TestEmoji::largePageInOnePass()
{
    const QString paragraph =
        u"Status :white_check_mark: at 10:30:00, see https://example.com/a:b:c and "
        u"Foo::bar::baz; :not_an_emoji: :+1::tada: ratio 1:1:1 :: ::: :warning:\n"_s;
    QString page;
    while (page.size() < 250 * 1024)
        page += paragraph;
    const qsizetype paragraphs = page.size() / paragraph.size();
    // Colons only, and one long run of name characters: the worst shapes for the scan.
    const QString colons(250 * 1024, u':');
    const QString name = u':' + QString(250 * 1024, u'a');

    QElapsedTimer timer;
    timer.start();
    const QString replaced = Emoji::replaceShortcodes(page);
    const QString colonsReplaced = Emoji::replaceShortcodes(colons);
    const QString nameReplaced = Emoji::replaceShortcodes(name);
    const qint64 ms = timer.elapsed();

    QCOMPARE(replaced.count(QStringLiteral("\u2705")), paragraphs);
    QCOMPARE(replaced.count(QStringLiteral("\U0001F389")), paragraphs);
    QCOMPARE(replaced.count(u":not_an_emoji:"), paragraphs);
    QCOMPARE(colonsReplaced, colons);
    QCOMPARE(nameReplaced, name);
    qInfo("3 x 250 KB in %lld ms", qlonglong(ms));
    QVERIFY2(ms < 2000, qPrintable(QString::number(ms)));
}

void TestEmoji::corpusShortcodes()
{
    const QString dir = qEnvironmentVariable("FOLIO_CORPUS_DIR");
    if (dir.isEmpty())
        QSKIP("FOLIO_CORPUS_DIR is not set to the shared handbook corpus");
    QVERIFY2(!Folio::Test::corpusDir().isEmpty(), qPrintable(dir));

    // A `:name:` shape with the boundaries replaceShortcodes wants (names of dashes alone are
    // table rules, a colon before `//` is a URL scheme's). The closing colon may open the next
    // one.
    static const QRegularExpression shortcode(QStringLiteral(
        "(?<![\\p{L}\\p{N}]):([a-z0-9_+-]*[a-z0-9][a-z0-9_+-]*):(?![\\p{L}\\p{N}])(?!//)"));
    static const QRegularExpression fence(QStringLiteral("^\\s*(```|~~~)"));
    static const QRegularExpression codeSpan(QStringLiteral("(`+).*?\\1"));

    QMap<QString, int> uses;               // name -> occurrences, code included
    QMap<QString, QStringList> proseLines; // name -> lines outside code that hold it
    int pages = 0;
    QDirIterator it(dir, {QStringLiteral("*.md"), QStringLiteral("*.erb")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        ++pages;
        const QString text = QString::fromUtf8(Folio::Test::readFile(path));
        bool inFence = false;
        for (const QStringView line : QStringView(text).split(u'\n')) {
            if (fence.match(line).hasMatch()) {
                inFence = !inFence;
                continue;
            }
            QString prose = inFence ? QString() : line.toString();
            prose.remove(codeSpan);
            for (qsizetype from = 0;;) {
                const QRegularExpressionMatch match = shortcode.match(line, from);
                if (!match.hasMatch())
                    break;
                const QString name = match.captured(1);
                ++uses[name];
                const QString written = u':' + name + u':';
                if (prose.contains(written) && !proseLines[name].contains(prose))
                    proseLines[name].append(prose);
                from = match.capturedEnd() - 1;
            }
        }
    }
    QVERIFY(pages > 0);

    QStringList resolved;
    QStringList unresolved;
    for (auto entry = uses.cbegin(); entry != uses.cend(); ++entry)
        (Emoji::forShortcode(entry.key()) ? resolved : unresolved).append(entry.key());
    qInfo("%d pages: %lld distinct shortcodes, %lld resolved, %lld unresolved: %s", pages,
          qlonglong(uses.size()), qlonglong(resolved.size()), qlonglong(unresolved.size()),
          qPrintable(unresolved.join(u", ")));

    for (const QString &name : corpusGemojiNames) {
        QVERIFY2(uses.contains(name), qPrintable(name + u" no longer occurs in the corpus"));
        QVERIFY2(resolved.contains(name), qPrintable(u"gemoji knows :" + name + u":"));
    }
    for (const QString &name : unresolved) {
        QVERIFY2(corpusOtherNames.contains(name),
                 qPrintable(u":" + name +
                            u": is not resolved: if gemoji knows it, the table lacks it; "
                            u"if not, add it to corpusOtherNames"));
    }
    for (const QString &name : corpusOtherNames)
        QVERIFY2(!resolved.contains(name), qPrintable(u"GitHub shows :" + name + u": as text"));

    // In prose, every resolved shortcode is replaced where it stands.
    for (auto entry = proseLines.cbegin(); entry != proseLines.cend(); ++entry) {
        const std::optional<QString> emoji = Emoji::forShortcode(entry.key());
        if (!emoji)
            continue;
        for (const QString &line : entry.value()) {
            QVERIFY2(Emoji::replaceShortcodes(line).contains(*emoji), qPrintable(line));
        }
    }
}

QTEST_GUILESS_MAIN(TestEmoji)
#include "tst_emoji.moc"
