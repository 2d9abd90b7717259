#include "editing/tablealigner.h"
#include "markedtext.h"

#include <QTest>

using namespace Folio;
using namespace Qt::StringLiterals;
using Test::MarkedText;

class TestTableAligner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void displayWidth_data();
    void displayWidth();
    void realigns_data();
    void realigns();
    void realigningAnAlignedTableChangesNothing();
};

void TestTableAligner::displayWidth_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("width");
    QTest::newRow("ascii") << u"abc"_s << 3;
    QTest::newRow("CJK takes two columns") << u"日本語"_s << 6;
    QTest::newRow("Hangul") << u"한국"_s << 4;
    QTest::newRow("emoji outside the BMP") << u"🚀"_s << 2;
    QTest::newRow("combining accent takes none") << u"e\u0301"_s << 1;
    QTest::newRow("fullwidth letters") << u"ＡＢ"_s << 4;
}

void TestTableAligner::displayWidth()
{
    QFETCH(QString, text);
    QFETCH(int, width);
    QCOMPARE(Editing::TableAligner::displayWidth(text), width);
}

void TestTableAligner::realigns_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::newRow("widths, centre alignment, cursor kept in its cell")
        << u"| a | bb |\n|---|:-:|\n| ccc‸c | d |"_s
        << u"| a    | bb  |\n| ---- | :-: |\n| ccc‸c |  d  |"_s;
    QTest::newRow("right and left alignment")
        << u"|x|y|\n|--:|:--|\n|‸long|z|"_s << u"|    x | y   |\n| ---: | :-- |\n| ‸long | z   |"_s;
    QTest::newRow("ragged rows get empty cells")
        << u"| a | b |\n|--|--|\n| only‸ |\n| 1 | 2 | 3 |"_s
        << u"| a    | b   |     |\n| ---- | --- | --- |\n| only‸ |     |     |\n| 1    | 2   | 3   |"_s;
    QTest::newRow("escaped pipes stay in their cell")
        << u"| a \\| b | c‸ |\n|-|-|"_s << u"| a \\| b | c‸   |\n| ------ | --- |"_s;
    QTest::newRow("wide characters count double")
        << u"| 日本 | x |\n|---|---|\n| ab‸ | y |"_s
        << u"| 日本 | x   |\n| ---- | --- |\n| ab‸   | y   |"_s;
    QTest::newRow("without outer pipes, between paragraphs")
        << u"Intro\n\na | b‸\n--|--\n1 | 2\n\nAfter"_s
        << u"Intro\n\n| a   | b‸   |\n| --- | --- |\n| 1   | 2   |\n\nAfter"_s;
    QTest::newRow("cursor on the delimiter row")
        << u"| a | b |\n|--|-‸-|"_s << u"| a   | b   |\n| --- | ‸--- |"_s;
    QTest::newRow("indented in a list item") << u"- item\n\n  | a | b‸ |\n  |---|---|"_s
                                             << u"- item\n\n  | a   | b‸   |\n  | --- | --- |"_s;
    QTest::newRow("not in a table") << u"plain‸ text | with a pipe"_s << u"<nothing>"_s;
    QTest::newRow("no delimiter row") << u"| a | b‸ |\n| c | d |"_s << u"<nothing>"_s;
}

void TestTableAligner::realigns()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    const MarkedText input = MarkedText::parse(before);
    QCOMPARE(MarkedText::applied(input.text,
                                 Editing::TableAligner::realign(input.text, input.selection)),
             after);
}

void TestTableAligner::realigningAnAlignedTableChangesNothing()
{
    const MarkedText input = MarkedText::parse(u"| a   |   b‸ |\n| --- | --: |\n| 1   |   2 |"_s);
    const auto result = Editing::TableAligner::realign(input.text, input.selection);
    QVERIFY(result);
    QVERIFY(result->edit.isNoOp());
    QCOMPARE(result->selection, input.selection);
}

QTEST_GUILESS_MAIN(TestTableAligner)
#include "tst_tablealigner.moc"
