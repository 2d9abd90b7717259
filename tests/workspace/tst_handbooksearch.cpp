#include "testsupport.h"
#include "workspace/handbooksearch.h"
#include "workspace/pageindexer.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Folio;
using namespace Folio::Workspace;

namespace {

using Range = LineMatch::Range;

QList<LineMatch> find(const QByteArray &text, const QString &query, bool matchCase = false,
                      bool wholeWord = false)
{
    return HandbookSearch::findInText(text, SearchQuery{query, matchCase, wholeWord});
}

} // namespace

class TestHandbookSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsPlainTextIgnoringCase();
    void matchesCase();
    void matchesWholeWords();
    void findsSeveralMatchesOnALine();
    void countsUtf16Columns();
    void foldsNonAsciiCase();
    void cutsLongLines();
    void searchesTheWholeIndexSorted();
    void streamsAndFinishes();
    void cancelStopsIt();
};

void TestHandbookSearch::findsPlainTextIgnoringCase()
{
    const auto lines = find("alpha\nThe Merge Request\r\nnone\nmerge\n", QStringLiteral("merge"));
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0].line, 2);
    QCOMPARE(lines[0].text, QStringLiteral("The Merge Request"));
    QCOMPARE(lines[0].column, 4);
    QCOMPARE(lines[0].ranges, (QList<Range>{{4, 5}}));
    QCOMPARE(lines[1].line, 4);
    QVERIFY(find("abc", QString()).isEmpty());
}

void TestHandbookSearch::matchesCase()
{
    const auto lines = find("Merge\nmerge\n", QStringLiteral("merge"), true);
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines[0].line, 2);
}

void TestHandbookSearch::matchesWholeWords()
{
    const auto lines = find("merged merge\nsub_merge merge_x (merge)\nmergé\nmerge\u00e9\n",
                            QStringLiteral("merge"), false, true);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0].ranges, (QList<Range>{{7, 5}}));
    QCOMPARE(lines[1].line, 2);
    QCOMPARE(lines[1].ranges, (QList<Range>{{19, 5}}));
    // Unicode letters are word characters: "café" does not contain the word "caf".
    QVERIFY(find("café\n", QStringLiteral("caf"), false, true).isEmpty());
    QCOMPARE(find("le café.\n", QStringLiteral("café"), false, true).size(), 1);
}

void TestHandbookSearch::findsSeveralMatchesOnALine()
{
    const auto lines = find("aa aa aaa\n", QStringLiteral("aa"));
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines[0].ranges, (QList<Range>{{0, 2}, {3, 2}, {6, 2}}));
}

void TestHandbookSearch::countsUtf16Columns()
{
    const QByteArray text = QStringLiteral("Über 😀 uns: Über\n").toUtf8();
    const auto lines = find(text, QStringLiteral("uns"), true);
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines[0].ranges, (QList<Range>{{8, 3}}));
    QCOMPARE(lines[0].text.mid(8, 3), QStringLiteral("uns"));
    const auto umlaut = find(text, QStringLiteral("Über"), true);
    QCOMPARE(umlaut[0].ranges, (QList<Range>{{0, 4}, {13, 4}}));
}

void TestHandbookSearch::foldsNonAsciiCase()
{
    const QByteArray text = QStringLiteral("ÜBER uns\nüber\nuber\n").toUtf8();
    const auto lines = find(text, QStringLiteral("über"));
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0].ranges, (QList<Range>{{0, 4}}));
    QCOMPARE(lines[1].line, 2);
    QCOMPARE(find(text, QStringLiteral("über"), true).size(), 1);
}

void TestHandbookSearch::cutsLongLines()
{
    const QByteArray text = QByteArray(1000, 'x') + " needle " + QByteArray(1000, 'y') + '\n';
    const auto lines = find(text, QStringLiteral("needle"));
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines[0].text.size(), LineMatch::MaximumTextLength);
    QCOMPARE(lines[0].column, 1001);
    const Range range = lines[0].ranges.first();
    QCOMPARE(lines[0].text.mid(range.start, range.length), QStringLiteral("needle"));
    QCOMPARE(lines[0].textStart + range.start, 1001);
}

void TestHandbookSearch::searchesTheWholeIndexSorted()
{
    QTemporaryDir dir;
    for (int i = 0; i < 50; ++i) {
        QVERIFY(
            Test::writeFile(dir.filePath(QStringLiteral("p%1.md").arg(i, 2, 10, QLatin1Char('0'))),
                            i % 10 == 0 ? "# T\nfind me\nand me: find\n" : "# T\nnothing\n"));
    }
    const auto handbook = Handbook::Handbook::openPlainFolder(dir.path());
    const PageIndex index = PageIndexer::build(*handbook);
    const auto pages =
        HandbookSearch::findAll(index, SearchQuery{QStringLiteral("find"), false, false});
    QCOMPARE(pages.size(), 5);
    QCOMPARE(pages[0].path, QStringLiteral("p00.md"));
    QCOMPARE(pages[1].path, QStringLiteral("p10.md"));
    QCOMPARE(pages[0].lines.size(), 2);
    QCOMPARE(pages[0].lines[1].line, 3);
}

void TestHandbookSearch::streamsAndFinishes()
{
    QTemporaryDir dir;
    for (int i = 0; i < 300; ++i)
        QVERIFY(Test::writeFile(dir.filePath(QStringLiteral("p%1.md").arg(i)),
                                QByteArray(4000, 'x') + "\nneedle\n"));
    const PageIndex index = PageIndexer::build(*Handbook::Handbook::openPlainFolder(dir.path()));
    HandbookSearch search;
    QSignalSpy found(&search, &HandbookSearch::matchesFound);
    QSignalSpy finished(&search, &HandbookSearch::finished);
    // A search replaced by a newer one delivers nothing more.
    search.start(index, SearchQuery{QStringLiteral("x"), false, false});
    search.start(index, SearchQuery{QStringLiteral("needle"), false, false});
    QVERIFY(finished.wait());
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toBool(), true);
    qsizetype pages = 0;
    for (const QList<QVariant> &arguments : std::as_const(found)) {
        const auto batch = arguments.first().value<QList<PageMatches>>();
        for (const PageMatches &page : batch) {
            QCOMPARE(page.lines.first().text, QStringLiteral("needle"));
            ++pages;
        }
    }
    QCOMPARE(pages, 300);
    QVERIFY(found.size() > 1); // in batches
}

void TestHandbookSearch::cancelStopsIt()
{
    QTemporaryDir dir;
    for (int i = 0; i < 400; ++i)
        QVERIFY(Test::writeFile(dir.filePath(QStringLiteral("p%1.md").arg(i)),
                                QByteArray(200000, 'a') + "\n"));
    const PageIndex index = PageIndexer::build(*Handbook::Handbook::openPlainFolder(dir.path()));
    std::atomic_bool cancelled = true;
    int batches = 0;
    QVERIFY(!HandbookSearch::run(
        index, SearchQuery{QStringLiteral("a"), false, false},
        [&](QList<PageMatches>) { ++batches; }, &cancelled));
    QCOMPARE(batches, 0);

    HandbookSearch search;
    QSignalSpy finished(&search, &HandbookSearch::finished);
    search.start(index, SearchQuery{QStringLiteral("a"), false, false});
    search.cancel();
    QVERIFY(finished.wait());
    QCOMPARE(finished.first().first().toBool(), false);
}

QTEST_GUILESS_MAIN(TestHandbookSearch)
#include "tst_handbooksearch.moc"
