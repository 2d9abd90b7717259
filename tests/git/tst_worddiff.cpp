#include "git/worddiff.h"

#include <QTest>

using Folio::Git::TextRange;

// Ranges written as the text they cover, "a|b" for two ranges, so cases read like the diff.
static QString covered(const QString &line, const QList<TextRange> &ranges)
{
    QStringList parts;
    for (const TextRange &range : ranges)
        parts << line.mid(range.start, range.length);
    return parts.join(u'|');
}

class TestWordDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokens_data();
    void tokens();
    void words_data();
    void words();
    void rangesAreInUtf16Units();
    void longLinesStayFast();
};

void TestWordDiff::tokens_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("words and spaces")
        << QStringLiteral("Hello  world") << QStringList{"Hello", "  ", "world"};
    QTest::newRow("punctuation alone")
        << QStringLiteral("a, b.") << QStringList{"a", ",", " ", "b", "."};
    QTest::newRow("markdown") << QStringLiteral("**bold** [link](x_y)")
                              << QStringList{"*", "*",    "bold", "*", "*",   " ",
                                             "[", "link", "]",    "(", "x_y", ")"};
    QTest::newRow("unicode letters")
        << QStringLiteral("Über straße 42") << QStringList{"Über", " ", "straße", " ", "42"};
    QTest::newRow("combining mark stays in the word")
        << QStringLiteral("cafe\u0301 ok") << QStringList{"cafe\u0301", " ", "ok"};
    QTest::newRow("emoji is one token")
        << QStringLiteral("hi 😀!") << QStringList{"hi", " ", "😀", "!"};
    QTest::newRow("empty") << QString() << QStringList{};
}

void TestWordDiff::tokens()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QStringList actual;
    for (const TextRange &range : Folio::Git::wordTokens(text))
        actual << text.mid(range.start, range.length);
    QCOMPARE(actual, expected);
}

void TestWordDiff::words_data()
{
    QTest::addColumn<QString>("oldLine");
    QTest::addColumn<QString>("newLine");
    QTest::addColumn<QString>("removed");
    QTest::addColumn<QString>("added");
    QTest::newRow("one word") << QStringLiteral("The quick brown fox")
                              << QStringLiteral("The quick red fox") << QStringLiteral("brown")
                              << QStringLiteral("red");
    QTest::newRow("typo") << QStringLiteral("Teh handbook is great.")
                          << QStringLiteral("The handbook is great.") << QStringLiteral("Teh")
                          << QStringLiteral("The");
    QTest::newRow("adjacent words join over the space")
        << QStringLiteral("a quick brown fox") << QStringLiteral("a slow red fox")
        << QStringLiteral("quick brown") << QStringLiteral("slow red");
    QTest::newRow("insertion only")
        << QStringLiteral("Read the page.") << QStringLiteral("Read the whole page.") << QString()
        << QStringLiteral("whole ");
    QTest::newRow("deletion only")
        << QStringLiteral("Read the whole page.") << QStringLiteral("Read the page.")
        << QStringLiteral("whole ") << QString();
    QTest::newRow("punctuation") << QStringLiteral("Hello, world") << QStringLiteral("Hello world!")
                                 << QStringLiteral(",") << QStringLiteral("!");
    QTest::newRow("two separate changes")
        << QStringLiteral("one two three four five") << QStringLiteral("one 2 three four 5")
        << QStringLiteral("two|five") << QStringLiteral("2|5");
    QTest::newRow("link target") << QStringLiteral("See [docs](/old/path).")
                                 << QStringLiteral("See [docs](/new/path).")
                                 << QStringLiteral("old") << QStringLiteral("new");
    QTest::newRow("equal lines") << QStringLiteral("same") << QStringLiteral("same") << QString()
                                 << QString();
    QTest::newRow("nothing in common is no emphasis")
        << QStringLiteral("alpha beta") << QStringLiteral("gamma delta") << QString() << QString();
    QTest::newRow("from empty") << QString() << QStringLiteral("text") << QString() << QString();
    QTest::newRow("emoji swapped") << QStringLiteral("Done 😀") << QStringLiteral("Done 🎉")
                                   << QStringLiteral("😀") << QStringLiteral("🎉");
}

void TestWordDiff::words()
{
    QFETCH(QString, oldLine);
    QFETCH(QString, newLine);
    QFETCH(QString, removed);
    QFETCH(QString, added);
    const auto diff = Folio::Git::diffWords(oldLine, newLine);
    QCOMPARE(covered(oldLine, diff.removed), removed);
    QCOMPARE(covered(newLine, diff.added), added);
}

void TestWordDiff::rangesAreInUtf16Units()
{
    const QString oldLine = QStringLiteral("😀 Grüße aus Köln");
    const QString newLine = QStringLiteral("😀 Grüße aus Bonn");
    const auto diff = Folio::Git::diffWords(oldLine, newLine);
    QCOMPARE(diff.removed, (QList<TextRange>{{13, 4}}));
    QCOMPARE(diff.added, (QList<TextRange>{{13, 4}}));
}

void TestWordDiff::longLinesStayFast()
{
    // A paragraph on one line, as Markdown often has: thousands of tokens on each side.
    QString oldLine, newLine;
    for (int i = 0; i < 3000; ++i) {
        oldLine += QStringLiteral("word%1 ").arg(i);
        newLine += QStringLiteral("word%1 ").arg(i % 7 == 0 ? i + 1 : i);
    }
    QElapsedTimer timer;
    timer.start();
    const auto diff = Folio::Git::diffWords(oldLine, newLine);
    QVERIFY(!diff.removed.isEmpty());
    QVERIFY(!diff.added.isEmpty());
    QVERIFY2(timer.elapsed() < 5000, "word diff of a long line took too long");
}

QTEST_GUILESS_MAIN(TestWordDiff)
#include "tst_worddiff.moc"
