#include "editing/lineformatter.h"
#include "markedtext.h"

#include <QTest>

#include <functional>

using namespace Folio;
using namespace Qt::StringLiterals;
using Test::MarkedText;

namespace {

using Command = std::function<Editing::FormattedEdit(QStringView, Editing::TextSelection)>;

QString run(const Command &command, const QString &marked)
{
    const MarkedText input = MarkedText::parse(marked);
    return MarkedText::applied(input.text, command(input.text, input.selection));
}

Command heading(int level)
{
    return [level](QStringView text, Editing::TextSelection selection) {
        return Editing::LineFormatter::setHeading(text, selection, level);
    };
}

const Command bullets = Editing::LineFormatter::toggleBulletList;
const Command numbers = Editing::LineFormatter::toggleNumberedList;
const Command quote = Editing::LineFormatter::toggleQuote;
const Command codeBlock = Editing::LineFormatter::toggleCodeBlock;
const Command table = [](QStringView text, Editing::TextSelection selection) {
    return Editing::LineFormatter::insertTable(text, selection);
};

} // namespace

Q_DECLARE_METATYPE(Command)

class TestLineFormatter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formats_data();
    void formats();
    void onlyTheChangedLinesAreInTheEdit();
};

void TestLineFormatter::formats_data()
{
    QTest::addColumn<Command>("command");
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");

    QTest::newRow("heading") << heading(2) << u"‸Title"_s << u"## ‸Title"_s;
    QTest::newRow("heading replaces another level")
        << heading(2) << u"# Ti‸tle"_s << u"## Ti‸tle"_s;
    QTest::newRow("the same level again removes it") << heading(2) << u"## Ti‸tle"_s << u"Ti‸tle"_s;
    QTest::newRow("heading on every selected line")
        << heading(1) << u"«one\ntwo»\n"_s << u"# «one\n# two»\n"_s;
    QTest::newRow("a selection ending at a line start leaves that line")
        << heading(1) << u"«one\n»two"_s << u"# «one\n»two"_s;
    QTest::newRow("heading 4 on the cursor's line only")
        << heading(4) << u"a\nb‸\nc"_s << u"a\n#### b‸\nc"_s;

    QTest::newRow("bullet") << bullets << u"‸item"_s << u"- ‸item"_s;
    QTest::newRow("bullet off") << bullets << u"- it‸em"_s << u"it‸em"_s;
    QTest::newRow("bullets skip blank lines")
        << bullets << u"«one\n\ntwo»"_s << u"- «one\n\n- two»"_s;
    QTest::newRow("numbered items become bullets")
        << bullets << u"«1. one\n2. two»"_s << u"- «one\n- two»"_s;
    QTest::newRow("nested lines keep their indentation")
        << bullets << u"«- a\n  b»"_s << u"«- a\n  - b»"_s;
    QTest::newRow("bullet off removes a task box too")
        << bullets << u"- [ ] «task»"_s << u"«task»"_s;

    QTest::newRow("numbers") << numbers << u"«a\nb\nc»"_s << u"1. «a\n2. b\n3. c»"_s;
    QTest::newRow("numbers count per nesting level")
        << numbers << u"«a\n   b\n   c\nd»"_s << u"1. «a\n   1. b\n   2. c\n2. d»"_s;
    QTest::newRow("numbers renumber a mixed list")
        << numbers << u"«1. a\n5. b\n- c»"_s << u"1. «a\n2. b\n3. c»"_s;
    QTest::newRow("numbers off") << numbers << u"«1. a\n2. b»"_s << u"«a\nb»"_s;
    QTest::newRow("numbers keep task boxes") << numbers << u"- [x] «done»"_s << u"1. [x] «done»"_s;

    QTest::newRow("quote keeps paragraphs in one quote")
        << quote << u"«one\n\ntwo»"_s << u"> «one\n>\n> two»"_s;
    QTest::newRow("quote off") << quote << u"> «one\n>\n> two»"_s << u"«one\n\ntwo»"_s;

    QTest::newRow("code block around lines")
        << codeBlock << u"x\n«a\nb»\ny"_s << u"x\n```\n«a\nb»\n```\ny"_s;
    QTest::newRow("code block on an empty line puts the cursor inside")
        << codeBlock << u"‸"_s << u"```\n‸\n```"_s;
    QTest::newRow("code block off") << codeBlock << u"«```\na\n```»"_s << u"«a»"_s;
    QTest::newRow("a longer fence around a fence")
        << codeBlock << u"«text\n```\nx»"_s << u"````\n«text\n```\nx»\n````"_s;

    const QString newTable = u"| «Column 1» | Column 2 | Column 3 |\n"
                             u"| -------- | -------- | -------- |\n"
                             u"|          |          |          |\n"
                             u"|          |          |          |"_s;
    QTest::newRow("table on a blank line") << table << u"‸"_s << newTable;
    QTest::newRow("table after a paragraph, apart from the next one")
        << table << u"Intro‸\nNext"_s << u"Intro\n\n"_s + newTable + u"\n\nNext"_s;
    QTest::newRow("table on a blank line after a paragraph")
        << table << u"Intro\n‸"_s << u"Intro\n\n"_s + newTable;
}

void TestLineFormatter::formats()
{
    QFETCH(Command, command);
    QFETCH(QString, before);
    QFETCH(QString, after);
    QCOMPARE(run(command, before), after);
}

void TestLineFormatter::onlyTheChangedLinesAreInTheEdit()
{
    const MarkedText input = MarkedText::parse(u"first\nsec‸ond\nthird"_s);
    const Editing::FormattedEdit result =
        Editing::LineFormatter::toggleBulletList(input.text, input.selection);
    QCOMPARE(result.edit.start, 6);
    QCOMPARE(result.edit.length, 0);
    QCOMPARE(result.edit.replacement, u"- "_s);
}

QTEST_GUILESS_MAIN(TestLineFormatter)
#include "tst_lineformatter.moc"
