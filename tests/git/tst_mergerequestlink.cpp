#include "git/linesplitter.h"
#include "git/mergerequestlink.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Folio::Git;
using Kind = MergeRequestLinkInfo::Kind;

// GitLab's sideband text reaches libgit2's sideband_progress in pieces split anywhere; the
// parser must find the same link however the text is cut.
class TestMergeRequestLink : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsTheLink_data();
    void findsTheLink();
    void randomSplitsGiveTheSameLink_data();
    void randomSplitsGiveTheSameLink();
    void everySplitPointOfOneMessage();
    void lineSplitterKeepsLinesVerbatim();

private:
    static QList<QByteArray> randomPieces(const QByteArray &text, QRandomGenerator &random);
};

namespace {

const QByteArray createUrl = "https://gitlab.example.com/group/handbook/-/merge_requests/"
                             "new?merge_request%5Bsource_branch%5D=sa/fix-typo";
const QByteArray viewUrl = "https://gitlab.example.com/group/handbook/-/merge_requests/42";

} // namespace

void TestMergeRequestLink::findsTheLink_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("found");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("branch");
    QTest::addColumn<QString>("url");

    const QString branch = QStringLiteral("sa/fix-typo");
    QTest::newRow("as the sideband carries it")
        << QByteArray("\nTo create a merge request for sa/fix-typo, visit:\n  " + createUrl +
                      "\n\n")
        << true << int(Kind::Create) << branch << QString::fromLatin1(createUrl);
    QTest::newRow("as the git CLI prints it")
        << QByteArray("remote: \nremote: To create a merge request for sa/fix-typo, visit:\n"
                      "remote:   " +
                      createUrl + "\nremote: \n")
        << true << int(Kind::Create) << branch << QString::fromLatin1(createUrl);
    QTest::newRow("CRLF and no final newline")
        << QByteArray("To create a merge request for sa/fix-typo, visit:\r\n  " + createUrl) << true
        << int(Kind::Create) << branch << QString::fromLatin1(createUrl);
    QTest::newRow("existing merge request")
        << QByteArray("\nView merge request for sa/fix-typo:\n  " + viewUrl + "\n") << true
        << int(Kind::Existing) << branch << QString::fromLatin1(viewUrl);
    QTest::newRow("existing one wins over the form")
        << QByteArray("To create a merge request for sa/fix-typo, visit:\n  " + createUrl +
                      "\nView merge request for sa/fix-typo:\n  " + viewUrl + "\n")
        << true << int(Kind::Existing) << branch << QString::fromLatin1(viewUrl);
    QTest::newRow("a blank line between heading and URL")
        << QByteArray("To create a merge request for main2, visit:\n\n  https://h.example/x\n")
        << true << int(Kind::Create) << QStringLiteral("main2")
        << QStringLiteral("https://h.example/x");
    QTest::newRow("heading without URL")
        << QByteArray("To create a merge request for x, visit:\nsomething else\n") << false << 0
        << QString() << QString();
    QTest::newRow("not a web address")
        << QByteArray("To create a merge request for x, visit:\n  file:///etc/passwd\n") << false
        << 0 << QString() << QString();
    QTest::newRow("no link at all") << QByteArray("Resolving deltas: 100% (3/3)\rprocessing\n")
                                    << false << 0 << QString() << QString();
    QTest::newRow("empty") << QByteArray() << false << 0 << QString() << QString();
}

void TestMergeRequestLink::findsTheLink()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, found);
    QFETCH(int, kind);
    QFETCH(QString, branch);
    QFETCH(QString, url);
    const auto link = MergeRequestLink::find(text);
    QCOMPARE(link.has_value(), found);
    if (!found)
        return;
    QCOMPARE(int(link->kind), kind);
    QCOMPARE(link->branch, branch);
    QCOMPARE(link->url, url);
}

QList<QByteArray> TestMergeRequestLink::randomPieces(const QByteArray &text,
                                                     QRandomGenerator &random)
{
    QList<QByteArray> pieces;
    qsizetype at = 0;
    while (at < text.size()) {
        // Mostly tiny pieces, sometimes empty ones, sometimes big ones.
        const qsizetype length = random.bounded(4) == 0 ? random.bounded(40) : random.bounded(4);
        pieces.append(text.mid(at, length));
        at += length;
    }
    return pieces;
}

void TestMergeRequestLink::randomSplitsGiveTheSameLink_data()
{
    findsTheLink_data();
}

void TestMergeRequestLink::randomSplitsGiveTheSameLink()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, found);
    QFETCH(QString, url);
    // A fixed seed per row keeps a failure reproducible.
    QRandomGenerator random(quint32(qHash(text)));
    const auto whole = MergeRequestLink::find(text);
    for (int round = 0; round < 500; ++round) {
        MergeRequestLink parser;
        const QList<QByteArray> pieces = randomPieces(text, random);
        for (const QByteArray &piece : pieces)
            parser.feed(piece);
        parser.finish();
        const auto link = parser.link();
        QCOMPARE(link.has_value(), found);
        QCOMPARE(link, whole);
        if (found)
            QCOMPARE(link->url, url);
    }
}

void TestMergeRequestLink::everySplitPointOfOneMessage()
{
    const QByteArray text = "remote: \r\nremote: To create a merge request for ünïcode-branch, "
                            "visit:\r\nremote:   " +
                            createUrl + "\r\n";
    const auto expected = MergeRequestLink::find(text);
    QVERIFY(expected.has_value());
    QCOMPARE(expected->branch, QStringLiteral("ünïcode-branch"));
    // Two cuts anywhere, including inside the UTF-8 characters and between \r and \n.
    for (qsizetype first = 0; first <= text.size(); ++first) {
        for (qsizetype second = first; second <= text.size(); second += 7) {
            MergeRequestLink parser;
            parser.feed(text.left(first));
            parser.feed(text.mid(first, second - first));
            parser.feed(text.mid(second));
            parser.finish();
            QCOMPARE(parser.link(), expected);
        }
    }
}

void TestMergeRequestLink::lineSplitterKeepsLinesVerbatim()
{
    LineSplitter splitter;
    QList<QByteArray> lines;
    for (const QByteArray &piece : {QByteArray("one\r"), QByteArray("\ntw"), QByteArray("o\n\n"),
                                    QByteArray("50%\r100%\r"), QByteArray("  tail")})
        lines += splitter.feed(piece);
    lines += splitter.finish();
    QCOMPARE(lines, (QList<QByteArray>{"one", "two", "", "50%", "100%", "  tail"}));
}

QTEST_GUILESS_MAIN(TestMergeRequestLink)
#include "tst_mergerequestlink.moc"
