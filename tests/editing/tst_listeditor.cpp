#include "editing/listeditor.h"
#include "markedtext.h"

#include <QTest>

#include <functional>

using namespace Folio;
using namespace Qt::StringLiterals;
using Test::MarkedText;

namespace {

using Command =
    std::function<std::optional<Editing::FormattedEdit>(QStringView, Editing::TextSelection)>;

const Command enter = Editing::ListEditor::continueList;
const Command indent = Editing::ListEditor::indentListItems;
const Command outdent = Editing::ListEditor::outdentListItems;

} // namespace

Q_DECLARE_METATYPE(Command)

class TestListEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void edits_data();
    void edits();
};

void TestListEditor::edits_data()
{
    QTest::addColumn<Command>("command");
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");

    QTest::newRow("dash") << enter << u"- one‸"_s << u"- one\n- ‸"_s;
    QTest::newRow("star") << enter << u"* one‸"_s << u"* one\n* ‸"_s;
    QTest::newRow("plus") << enter << u"+ one‸"_s << u"+ one\n+ ‸"_s;
    QTest::newRow("number") << enter << u"1. one‸"_s << u"1. one\n2. ‸"_s;
    QTest::newRow("number with parenthesis") << enter << u"9) one‸"_s << u"9) one\n10) ‸"_s;
    QTest::newRow("a task gets an unchecked task")
        << enter << u"- [x] done‸"_s << u"- [x] done\n- [ ] ‸"_s;
    QTest::newRow("nested item keeps its indentation")
        << enter << u"- a\n  - nested‸"_s << u"- a\n  - nested\n  - ‸"_s;
    QTest::newRow("the text after the cursor moves to the new item")
        << enter << u"- on‸e"_s << u"- on\n- ‸e"_s;
    QTest::newRow("an empty item ends the list") << enter << u"- a\n- ‸"_s << u"- a\n‸"_s;
    QTest::newRow("an empty numbered item ends the list")
        << enter << u"1. a\n2. ‸"_s << u"1. a\n‸"_s;
    QTest::newRow("an empty task ends the list") << enter << u"- [ ] ‸"_s << u"‸"_s;
    QTest::newRow("numbers after the new item follow")
        << enter << u"1. a‸\n2. b\n3. c\n\nText 4."_s << u"1. a\n2. ‸\n3. b\n4. c\n\nText 4."_s;
    QTest::newRow("a nested list is renumbered up to its end")
        << enter << u"1. a\n   1. x‸\n   2. y\n2. b"_s
        << u"1. a\n   1. x\n   2. ‸\n   3. y\n2. b"_s;
    QTest::newRow("a list numbered 1. throughout stays so")
        << enter << u"1. a‸\n1. b"_s << u"1. a\n2. ‸\n1. b"_s;
    QTest::newRow("not a list item") << enter << u"text‸"_s << u"<nothing>"_s;
    QTest::newRow("a horizontal rule is not a list item") << enter << u"---‸"_s << u"<nothing>"_s;
    QTest::newRow("cursor in the marker") << enter << u"‸- a"_s << u"<nothing>"_s;
    QTest::newRow("with a selection Enter replaces it") << enter << u"- «a»"_s << u"<nothing>"_s;

    QTest::newRow("tab nests a bullet") << indent << u"- a\n- ‸b"_s << u"- a\n  - ‸b"_s;
    QTest::newRow("tab nests a number under the text of the item above, from 1")
        << indent << u"1. a\n2. ‸b"_s << u"1. a\n   1. ‸b"_s;
    QTest::newRow("tab on selected items")
        << indent << u"- a\n«- b\n- c»"_s << u"- a\n  - «b\n  - c»"_s;
    QTest::newRow("tab on selected numbered items numbers them in the new list")
        << indent << u"1. a\n«2. b\n3. c»"_s << u"1. a\n   1. «b\n   2. c»"_s;
    QTest::newRow("tab continues a nested list")
        << indent << u"1. a\n   1. x\n2. ‸b"_s << u"1. a\n   1. x\n   2. ‸b"_s;
    QTest::newRow("tab outside a list") << indent << u"text‸"_s << u"<nothing>"_s;
    QTest::newRow("shift+tab takes a bullet out") << outdent << u"- a\n  - ‸b"_s << u"- a\n- ‸b"_s;
    QTest::newRow("shift+tab numbers after the parent")
        << outdent << u"1. a\n   1. ‸b"_s << u"1. a\n2. ‸b"_s;
    QTest::newRow("shift+tab at the top level") << outdent << u"- ‸a"_s << u"<nothing>"_s;
}

void TestListEditor::edits()
{
    QFETCH(Command, command);
    QFETCH(QString, before);
    QFETCH(QString, after);
    const MarkedText input = MarkedText::parse(before);
    QCOMPARE(MarkedText::applied(input.text, command(input.text, input.selection)), after);
}

QTEST_GUILESS_MAIN(TestListEditor)
#include "tst_listeditor.moc"
