#include "document/page.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Folio;
using Folio::Document::Page;

class TestPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesText_data();
    void decodesText();
    void rejectsBadBytes_data();
    void rejectsBadBytes();
    void unchangedTextEncodesToOriginalBytes_data();
    void unchangedTextEncodesToOriginalBytes();
    void editsKeepBomAndLineEndings();
    void loadReportsMissingFileAndFolder();
    void saveWritesAndUpdatesPage();
    void corpusRoundTripsByteForByte();
    void editsInMixedPagesKeepOtherLinesEndings_data();
    void editsInMixedPagesKeepOtherLinesEndings();
    void invalidUtf8OpensReadOnlyAndIsNeverWritten();
    void readOnlyFilesOpenReadOnly();
    void binaryFilesStillFail();
};

void TestPage::decodesText_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<bool>("crlf");
    QTest::newRow("lf") << QByteArray("# A\n\nb\n") << QStringLiteral("# A\n\nb\n") << false
                        << false;
    QTest::newRow("crlf") << QByteArray("# A\r\n\r\nb\r\n") << QStringLiteral("# A\n\nb\n") << false
                          << true;
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF# Ü\n") << QStringLiteral("# Ü\n") << true
                         << false;
    QTest::newRow("no final newline")
        << QByteArray("a\tb") << QStringLiteral("a\tb") << false << false;
    QTest::newRow("empty") << QByteArray() << QString() << false << false;
}

void TestPage::decodesText()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(bool, bom);
    QFETCH(bool, crlf);
    const auto page = Page::fromBytes(bytes);
    QVERIFY(page);
    QCOMPARE(page->text(), text);
    QCOMPARE(page->hasBom(), bom);
    QCOMPARE(page->lineEnding() == Document::LineEnding::CrLf, crlf);
}

void TestPage::rejectsBadBytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("latin-1") << QByteArray("title\ncaf\xE9 au lait\n") << 2 << 4
                             << QStringLiteral("UTF-8");
    QTest::newRow("truncated sequence")
        << QByteArray("ab\xE2\x82") << 1 << 3 << QStringLiteral("UTF-8");
    QTest::newRow("overlong") << QByteArray("\xC0\xAF") << 1 << 1 << QStringLiteral("UTF-8");
    QTest::newRow("surrogate") << QByteArray("x\xED\xA0\x80") << 1 << 2 << QStringLiteral("UTF-8");
    QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16) << 3 << 1
                         << QStringLiteral("binary");
}

void TestPage::rejectsBadBytes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, messagePart);
    const auto page = Page::fromBytes(bytes);
    QVERIFY(!page);
    QCOMPARE(page.error().domain, ErrorDomain::Encoding);
    QVERIFY2(page.error().message.contains(messagePart), qPrintable(page.error().message));
    QCOMPARE(page.error().line, line);
    QCOMPARE(page.error().column, column);
}

void TestPage::unchangedTextEncodesToOriginalBytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("mixed endings") << QByteArray("a\r\nb\nc\r\n");
    QTest::newRow("lone cr") << QByteArray("a\rb\n");
    QTest::newRow("bom crlf no final") << QByteArray("\xEF\xBB\xBF---\r\ntitle: x\r\n---\r\nbody");
}

void TestPage::unchangedTextEncodesToOriginalBytes()
{
    QFETCH(QByteArray, bytes);
    const auto page = Page::fromBytes(bytes);
    QVERIFY(page);
    QCOMPARE(page->encode(page->text()), bytes);
}

void TestPage::editsKeepBomAndLineEndings()
{
    const auto page = Page::fromBytes(QByteArray("\xEF\xBB\xBF# T\r\n\r\ntext\r\n"));
    QVERIFY(page);
    const QString edited = page->text() + QStringLiteral("more\n");
    QCOMPARE(page->encode(edited), QByteArray("\xEF\xBB\xBF# T\r\n\r\ntext\r\nmore\r\n"));
}

void TestPage::loadReportsMissingFileAndFolder()
{
    QTemporaryDir dir;
    const auto missing = Page::load(dir.filePath(QStringLiteral("nope.md")));
    QVERIFY(!missing);
    QVERIFY(missing.error().message.contains(QStringLiteral("no such file")));
    const auto folder = Page::load(dir.path());
    QVERIFY(!folder);
    QVERIFY(folder.error().message.contains(QStringLiteral("folder")));
}

void TestPage::saveWritesAndUpdatesPage()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.md"));
    QVERIFY(Test::writeFile(path, "one\r\ntwo\r\n"));
    auto page = Page::load(path);
    QVERIFY(page);
    QVERIFY(page->save(path, QStringLiteral("one\ntwo\nthree\n")));
    QCOMPARE(Test::readFile(path), QByteArray("one\r\ntwo\r\nthree\r\n"));
    QCOMPARE(page->encode(page->text()), QByteArray("one\r\ntwo\r\nthree\r\n"));
}

void TestPage::corpusRoundTripsByteForByte()
{
    const QString corpus = Test::corpusDir();
    if (corpus.isEmpty())
        QSKIP("the shared handbook corpus is not next to this checkout");
    int pages = 0;
    QDirIterator it(corpus, {QStringLiteral("*.md"), QStringLiteral("*.erb")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QByteArray bytes = Test::readFile(path);
        const auto page = Page::fromBytes(bytes);
        QVERIFY2(page, qPrintable(page ? QString() : path + u": " + page.error().toString()));
        QVERIFY2(page->encode(page->text()) == bytes, qPrintable(path));
        // A copy of the text (as the editor hands it back) must round-trip too.
        const QString copy = QString(page->text().constData(), page->text().size());
        QVERIFY2(page->encode(copy) == bytes, qPrintable(path));
        ++pages;
    }
    QVERIFY(pages >= 290);
}

void TestPage::editsInMixedPagesKeepOtherLinesEndings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QByteArray>("expected");
    // Mostly LF with one CRLF line: editing elsewhere leaves the CRLF line alone.
    QTest::newRow("edit after a crlf line") << QByteArray("a\r\nb\nc\nd\n") << QStringLiteral("c")
                                            << QStringLiteral("C") << QByteArray("a\r\nb\nC\nd\n");
    QTest::newRow("edit before a crlf line") << QByteArray("a\nb\nc\r\nd\n") << QStringLiteral("a")
                                             << QStringLiteral("A") << QByteArray("A\nb\nc\r\nd\n");
    // Mostly CRLF: a new line takes CRLF, the odd LF line stays LF.
    QTest::newRow("inserted line takes the majority")
        << QByteArray("a\r\nb\nc\r\nd\r\n") << QStringLiteral("c") << QStringLiteral("c\nnew")
        << QByteArray("a\r\nb\nc\r\nnew\r\nd\r\n");
    QTest::newRow("lone cr kept") << QByteArray("a\rb\nc\nd") << QStringLiteral("d")
                                  << QStringLiteral("D") << QByteArray("a\rb\nc\nD");
    QTest::newRow("deleted line") << QByteArray("a\r\nb\nc\r\nd\n") << QStringLiteral("b\n")
                                  << QString() << QByteArray("a\r\nc\r\nd\n");
    QTest::newRow("bom, no final newline")
        << QByteArray("\xEF\xBB\xBF" "a\r\nb\nc") << QStringLiteral("b") << QStringLiteral("B")
        << QByteArray("\xEF\xBB\xBF" "a\r\nB\nc");
    QTest::newRow("everything replaced") << QByteArray("a\r\nb\nc\n") << QStringLiteral("a\nb\nc\n")
                                         << QStringLiteral("x\ny") << QByteArray("x\ny");
}

void TestPage::editsInMixedPagesKeepOtherLinesEndings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QByteArray, expected);
    const auto page = Page::fromBytes(bytes);
    QVERIFY(page);
    QString edited = page->text();
    const qsizetype at = edited.indexOf(from);
    QVERIFY(at >= 0);
    edited.replace(at, from.size(), to);
    QCOMPARE(page->encode(edited), expected);
    // Decoding what was written gives the edited text back.
    QCOMPARE(Page::fromBytes(expected)->text(), edited);
}

void TestPage::invalidUtf8OpensReadOnlyAndIsNeverWritten()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("latin1.md"));
    const QByteArray bytes("---\ntitle: Caf\xE9\n---\n\nna\xEFve text\r\n");
    QVERIFY(Test::writeFile(path, bytes));
    QVERIFY(!Page::load(path)); // what the CLI and the form use: refused

    auto page = Page::loadForEditing(path);
    QVERIFY(page);
    QVERIFY(page->isReadOnly());
    QVERIFY2(page->readOnlyReason().contains(QStringLiteral("line 2, column 11")) &&
                 page->readOnlyReason().contains(QStringLiteral("not valid UTF-8")),
             qPrintable(page->readOnlyReason()));
    QCOMPARE(page->text(), QStringLiteral("---\ntitle: Caf\uFFFD\n---\n\nna\uFFFDve text\n"));
    const auto saved = page->save(path, page->text() + QStringLiteral("more"));
    QVERIFY(!saved);
    QVERIFY2(saved.error().message.contains(QStringLiteral("read-only")),
             qPrintable(saved.error().message));
    QCOMPARE(Test::readFile(path), bytes);
}

void TestPage::readOnlyFilesOpenReadOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("locked.md"));
    QVERIFY(Test::writeFile(path, "# Locked\n"));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    auto page = Page::loadForEditing(path);
    QVERIFY(page);
    QVERIFY(page->isReadOnly());
    QVERIFY2(page->readOnlyReason().contains(QStringLiteral("read-only")),
             qPrintable(page->readOnlyReason()));
    QCOMPARE(page->text(), QStringLiteral("# Locked\n"));
    QVERIFY(!page->save(path, QStringLiteral("# Changed\n")));
    QCOMPARE(Test::readFile(path), QByteArray("# Locked\n"));

    // Writable again: an ordinary page.
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    page = Page::loadForEditing(path);
    QVERIFY(page);
    QVERIFY(!page->isReadOnly());
    QVERIFY(page->save(path, QStringLiteral("# Changed\n")));
    QCOMPARE(Test::readFile(path), QByteArray("# Changed\n"));
}

void TestPage::binaryFilesStillFail()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("image.md"));
    QVERIFY(Test::writeFile(path, QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16)));
    const auto page = Page::loadForEditing(path);
    QVERIFY(!page);
    QVERIFY(page.error().message.contains(QStringLiteral("binary")));
}

QTEST_GUILESS_MAIN(TestPage)
#include "tst_page.moc"
