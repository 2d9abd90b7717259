#include "markdown/sourcemap.h"

#include <QTest>

using Folio::Markdown::SourceMap;

class TestSourceMap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void locatesTheClickedWord_data();
    void locatesTheClickedWord();
};

void TestSourceMap::locatesTheClickedWord_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("first");
    QTest::addColumn<int>("last");
    QTest::addColumn<QString>("word");
    QTest::addColumn<int>("occurrence");
    QTest::addColumn<int>("expected");
    const QString page = QStringLiteral(
        "# Title\n\nThe handbook [handbook](/handbook/x) and handbook.\n<b class=\"handbook\">"
        "handbook</b>\n");
    const int body = int(page.indexOf(QStringLiteral("The handbook")));
    QTest::newRow("first") << page << 3 << 4 << QStringLiteral("handbook") << 0 << body + 4;
    QTest::newRow("link text") << page << 3 << 4 << QStringLiteral("handbook") << 1 << body + 14;
    QTest::newRow("skips link target") << page << 3 << 4 << QStringLiteral("handbook") << 2
                                       << int(page.indexOf(QStringLiteral("and handbook."))) + 4;
    QTest::newRow("skips tag attribute") << page << 3 << 4 << QStringLiteral("handbook") << 3
                                         << int(page.indexOf(QStringLiteral("\">handbook"))) + 2;
    QTest::newRow("whole words only") << QStringLiteral("handbooks handbook\n") << 1 << 1
                                      << QStringLiteral("handbook") << 0 << 10;
    QTest::newRow("missing word: line start")
        << page << 3 << 3 << QStringLiteral("absent") << 0 << body;
    QTest::newRow("too many: last match")
        << QStringLiteral("a b a\n") << 1 << 1 << QStringLiteral("a") << 5 << 4;
    QTest::newRow("no such line") << page << 40 << 41 << QStringLiteral("x") << 0 << -1;
    QTest::newRow("unicode") << QStringLiteral("x\nÜber uns, über\n") << 2 << 2
                             << QStringLiteral("über") << 0 << 12;
}

void TestSourceMap::locatesTheClickedWord()
{
    QFETCH(QString, text);
    QFETCH(int, first);
    QFETCH(int, last);
    QFETCH(QString, word);
    QFETCH(int, occurrence);
    QFETCH(int, expected);
    QCOMPARE(SourceMap::locateWord(text, first, last, word, occurrence), qsizetype(expected));
}

QTEST_GUILESS_MAIN(TestSourceMap)
#include "tst_sourcemap.moc"
