#include "editing/inlineformatter.h"
#include "markedtext.h"

#include <QTest>

using namespace Folio;
using namespace Qt::StringLiterals;
using Editing::InlineFormatter::Style;
using Test::MarkedText;

Q_DECLARE_METATYPE(Folio::Editing::InlineFormatter::Style)

class TestInlineFormatter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toggles_data();
    void toggles();
    void editIsOnlyTheMarkers();
    void togglingTwiceGivesTheTextBack_data();
    void togglingTwiceGivesTheTextBack();
};

void TestInlineFormatter::toggles_data()
{
    QTest::addColumn<Style>("style");
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::newRow("bold on a cursor puts it between the markers")
        << Style::Bold << u"a ‸b"_s << u"a **‸**b"_s;
    QTest::newRow("bold on an empty pair removes it")
        << Style::Bold << u"a **‸** b"_s << u"a ‸ b"_s;
    QTest::newRow("bold wraps the selection")
        << Style::Bold << u"a «word» b"_s << u"a **«word»** b"_s;
    QTest::newRow("spaces at the ends stay outside")
        << Style::Bold << u"a« word »b"_s << u"a **«word»** b"_s;
    QTest::newRow("bold again, markers outside the selection")
        << Style::Bold << u"a **«word»** b"_s << u"a «word» b"_s;
    QTest::newRow("bold again, markers inside the selection")
        << Style::Bold << u"a «**word**» b"_s << u"a «word» b"_s;
    QTest::newRow("a backwards selection stays backwards")
        << Style::Bold << u"a »word« b"_s << u"a **»word«** b"_s;
    QTest::newRow("lines are wrapped one by one, blank ones left")
        << Style::Bold << u"«one\n\ntwo»"_s << u"**«one**\n\n**two»**"_s;
    QTest::newRow("and unwrapped one by one")
        << Style::Bold << u"«**one**\n\n**two**»"_s << u"«one\n\ntwo»"_s;
    QTest::newRow("a selection of spaces changes nothing")
        << Style::Bold << u"a« »b"_s << u"a« »b"_s;
    QTest::newRow("italic") << Style::Italic << u"«word»"_s << u"_«word»_"_s;
    QTest::newRow("italic off") << Style::Italic << u"_«word»_"_s << u"«word»"_s;
    QTest::newRow("italic in bold text adds italic")
        << Style::Italic << u"**«word»**"_s << u"**_«word»_**"_s;
    QTest::newRow("code") << Style::Code << u"run «ls» now"_s << u"run `«ls»` now"_s;
    QTest::newRow("code on a cursor") << Style::Code << u"‸"_s << u"`‸`"_s;
    QTest::newRow("code off") << Style::Code << u"`«ls»`"_s << u"«ls»"_s;
    // Code holding backticks needs a longer fence, and a space where it starts or ends with one.
    QTest::newRow("code with a backtick")
        << Style::Code << u"type «a`b» here"_s << u"type ``«a`b»`` here"_s;
    QTest::newRow("code with a double backtick")
        << Style::Code << u"«x``y`z»"_s << u"```«x``y`z»```"_s;
    QTest::newRow("code starting with a backtick")
        << Style::Code << u"«`cmd»"_s << u"`` «`cmd» ``"_s;
    QTest::newRow("code with backticks off, selected inside")
        << Style::Code << u"``«a`b»``"_s << u"«a`b»"_s;
    QTest::newRow("code with padding off, selected inside")
        << Style::Code << u"`` «`cmd» ``"_s << u"«`cmd»"_s;
    QTest::newRow("code with backticks off, fence selected")
        << Style::Code << u"«``a`b``»"_s << u"«a`b»"_s;
}

void TestInlineFormatter::toggles()
{
    QFETCH(Style, style);
    QFETCH(QString, before);
    QFETCH(QString, after);
    const MarkedText input = MarkedText::parse(before);
    QCOMPARE(MarkedText::applied(
                 input.text, Editing::InlineFormatter::toggle(input.text, input.selection, style)),
             after);
}

void TestInlineFormatter::editIsOnlyTheMarkers()
{
    // The undo step and the preview's patching see two asterisks typed, not the line rewritten.
    const MarkedText input = MarkedText::parse(u"a long line, ‸then more"_s);
    const Editing::FormattedEdit result =
        Editing::InlineFormatter::toggle(input.text, input.selection, Style::Bold);
    QCOMPARE(result.edit.start, input.selection.position);
    QCOMPARE(result.edit.length, 0);
    QCOMPARE(result.edit.replacement, u"****"_s);
}

void TestInlineFormatter::togglingTwiceGivesTheTextBack_data()
{
    QTest::addColumn<Style>("style");
    QTest::addColumn<QString>("text");
    QTest::newRow("bold") << Style::Bold << u"x «some words» y"_s;
    QTest::newRow("italic over lines") << Style::Italic << u"«a\nb\n\nc»"_s;
    QTest::newRow("code on a cursor") << Style::Code << u"x‸y"_s;
    QTest::newRow("code with backticks") << Style::Code << u"see «`a` and ``b``» too"_s;
    QTest::newRow("code ending with a backtick") << Style::Code << u"«x`»"_s;
}

void TestInlineFormatter::togglingTwiceGivesTheTextBack()
{
    QFETCH(Style, style);
    QFETCH(QString, text);
    const MarkedText input = MarkedText::parse(text);
    const Editing::FormattedEdit once =
        Editing::InlineFormatter::toggle(input.text, input.selection, style);
    const QString formatted = once.edit.appliedTo(input.text);
    QVERIFY(formatted != input.text);
    const Editing::FormattedEdit twice =
        Editing::InlineFormatter::toggle(formatted, once.selection, style);
    QCOMPARE(MarkedText::applied(formatted, twice), text);
}

QTEST_GUILESS_MAIN(TestInlineFormatter)
#include "tst_inlineformatter.moc"
