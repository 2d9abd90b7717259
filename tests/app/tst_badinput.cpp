// Hostile and unusual pages in the real window: each gets a clear message, nothing is lost,
// nothing is written that the user did not ask for, and the window keeps working.
#include "document/page.h"
#include "editor/editorview.h"
#include "mainwindow/mainwindow.h"
#include "preview/previewview.h"
#include "testsupport.h"
#include "webenginetestmain.h"
#include "widgets/messagebanner.h"
#include "workspace/outlinepanel.h"

#include <QAction>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Folio;

namespace {

constexpr char HomePage[] = "---\ntitle: Home\n---\n\n# Home\n\nWelcome.\n";

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void invalidUtf8OpensReadOnly();
    void readOnlyFileOpensReadOnly();
    void binaryAndHugePagesAreRefusedClearly_data();
    void binaryAndHugePagesAreRefusedClearly();
    void emptyPageOpensAndSaves();
    void unusualPagesOpenAndSaveByteForByte_data();
    void unusualPagesOpenAndSaveByteForByte();
    void editsInAMixedLineEndingPageChangeOnlyThatLine();
    void deeplyNestedPagesStayResponsive();
    void fullDiskKeepsTheEditsAndSaysWhy();
    void corpusRoundTripsThroughTheEditor();

private:
    [[nodiscard]] QString path(const QString &relative) const { return m_root + u'/' + relative; }
    // Writes a page, opens the handbook at it and waits until the window shows it.
    bool openNew(const QString &relative, const QByteArray &bytes);
    void saveWithCtrlS();

    QTemporaryDir m_home;
    QTemporaryDir m_handbook;
    QString m_root;
    MainWindow *m_window = nullptr;
};

void TestBadInput::initTestCase()
{
    Test::useTemporaryHome(m_home);
    // Saves in these tests are the user's, with Ctrl+S.
    QSettings().setValue(QStringLiteral("editor/autosave"), false);
}

void TestBadInput::init()
{
    m_root = m_handbook.filePath(QStringLiteral("handbook"));
    QDir(m_root).removeRecursively();
    QVERIFY(QDir().mkpath(m_root));
    QVERIFY(Test::writeFile(path(QStringLiteral("config.toml")), "title = \"Test\"\n"));
    QVERIFY(Test::writeFile(path(QStringLiteral("content/handbook/_index.md")), HomePage));
    m_window = new MainWindow;
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestBadInput::cleanup()
{
    m_window->editor()->document()->setModified(false);
    delete m_window;
    m_window = nullptr;
}

bool TestBadInput::openNew(const QString &relative, const QByteArray &bytes)
{
    if (!Test::writeFile(path(relative), bytes))
        return false;
    m_window->openPath(path(relative));
    return m_window->currentPage() == relative;
}

void TestBadInput::saveWithCtrlS()
{
    m_window->editor()->setFocus();
    QTest::keyClick(m_window->editor(), Qt::Key_S, Qt::ControlModifier);
}

void TestBadInput::invalidUtf8OpensReadOnly()
{
    const QString page = QStringLiteral("content/handbook/latin1.md");
    const QByteArray bytes("---\ntitle: Caf\xE9\n---\n\nCaf\xE9 au lait.\n");
    QVERIFY(openNew(page, bytes));
    Editor::EditorView *editor = m_window->editor();
    QVERIFY(editor->isReadOnly());
    QCOMPARE(editor->pageText(),
             QStringLiteral("---\ntitle: Caf\uFFFD\n---\n\nCaf\uFFFD au lait.\n"));
    const QString message = m_window->messageBanner()->text();
    QVERIFY(m_window->messageBanner()->isVisible());
    QVERIFY2(message.contains(QStringLiteral("read-only")) &&
                 message.contains(QStringLiteral("not valid UTF-8")) &&
                 message.contains(QStringLiteral("line 2, column 11")),
             qPrintable(message));

    // Typing changes nothing, and Ctrl+S writes nothing.
    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, QStringLiteral("typed"));
    QVERIFY(!editor->pageText().contains(QStringLiteral("typed")));
    saveWithCtrlS();
    QVERIFY(!m_window->save());
    QCOMPARE(Test::readFile(path(page)), bytes);

    // An ordinary page afterwards is editable again.
    m_window->openPage(QStringLiteral("content/handbook/_index.md"));
    QVERIFY(!editor->isReadOnly());
}

void TestBadInput::readOnlyFileOpensReadOnly()
{
    const QString page = QStringLiteral("content/handbook/locked.md");
    QVERIFY(Test::writeFile(path(page), "# Locked\n"));
    QVERIFY(
        QFile::setPermissions(path(page), QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    m_window->openPath(path(page));
    QCOMPARE(m_window->currentPage(), page);
    QVERIFY(m_window->editor()->isReadOnly());
    QVERIFY2(m_window->messageBanner()->text().contains(QStringLiteral("read-only")),
             qPrintable(m_window->messageBanner()->text()));
    saveWithCtrlS();
    QCOMPARE(Test::readFile(path(page)), QByteArray("# Locked\n"));
    // Read, not written: its outline is there to find one's way.
    QTRY_COMPARE(m_window->outlinePanel()->headings().size(), 1);
    QCOMPARE(m_window->outlinePanel()->headings().first().text, QStringLiteral("Locked"));
}

void TestBadInput::binaryAndHugePagesAreRefusedClearly_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16)
                            << QStringLiteral("binary");
    // 50 MB of Markdown: refused before it is read, with the sizes.
    QByteArray huge;
    const QByteArray paragraph =
        QByteArray("A paragraph of a very long page. ").repeated(30) + "\n\n";
    huge.reserve(50 * 1024 * 1024 + paragraph.size());
    while (huge.size() < 50 * 1024 * 1024)
        huge.append(paragraph);
    QTest::newRow("50 MB") << huge << QStringLiteral("larger than the 32 MB");
}

void TestBadInput::binaryAndHugePagesAreRefusedClearly()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    m_window->openPath(path(QStringLiteral("content/handbook/_index.md")));
    QCOMPARE(m_window->currentPage(), QStringLiteral("content/handbook/_index.md"));
    const QString page = QStringLiteral("content/handbook/bad.md");
    QVERIFY(Test::writeFile(path(page), bytes));
    QVERIFY(!m_window->openPage(page));
    QVERIFY2(m_window->messageBanner()->text().contains(message),
             qPrintable(m_window->messageBanner()->text()));
    // The open page stays open and editable; the bad file is untouched.
    QCOMPARE(m_window->currentPage(), QStringLiteral("content/handbook/_index.md"));
    QVERIFY(!m_window->editor()->isReadOnly());
    QVERIFY(m_window->save());
    QCOMPARE(QFileInfo(path(page)).size(), bytes.size());
}

void TestBadInput::emptyPageOpensAndSaves()
{
    const QString page = QStringLiteral("content/handbook/empty.md");
    QVERIFY(openNew(page, QByteArray()));
    Editor::EditorView *editor = m_window->editor();
    QVERIFY(!editor->isReadOnly());
    QCOMPARE(editor->pageText(), QString());
    saveWithCtrlS();
    QCOMPARE(Test::readFile(path(page)), QByteArray()); // nothing added to an empty page
    editor->setFocus();
    QTest::keyClicks(editor, QStringLiteral("# New page"));
    saveWithCtrlS();
    QCOMPARE(Test::readFile(path(page)), QByteArray("# New page"));
}

void TestBadInput::unusualPagesOpenAndSaveByteForByte_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("front matter only") << QByteArray("---\ntitle: Only\ntags: [a, b]\n---\n");
    QTest::newRow("unterminated front matter")
        << QByteArray("---\ntitle: Broken\ndescription: never closed\n\n# Body\n\nText.\n");
    QTest::newRow("invalid yaml") << QByteArray("---\ntitle: [unclosed\n  : :\n---\n\n# Body\n");
    QTest::newRow("bom, crlf, no final newline")
        << QByteArray("\xEF\xBB\xBF---\r\ntitle: Windows\r\n---\r\n\r\n# Body\r\n\r\nLast line");
    QTest::newRow("tabs, nbsp, line separator, zero-width joiner")
        << QByteArray("# Tabs\n\n\tcode\n\nA\xC2\xA0"
                      "b, c\xE2\x80\xA8"
                      "d, e\xE2\x80\x8D"
                      "f 👩‍💻\n");
    QTest::newRow("mixed line endings and a lone cr")
        << QByteArray("# Mixed\r\n\r\nlf line\ncrlf line\r\nlone\rcr\n");
    QTest::newRow("only blank lines") << QByteArray("\n\n\n");
}

void TestBadInput::unusualPagesOpenAndSaveByteForByte()
{
    QFETCH(QByteArray, bytes);
    const QString page = QStringLiteral("content/handbook/unusual.md");
    QSignalSpy rendered(m_window->preview(), &Preview::PreviewView::contentUpdated);
    QVERIFY(openNew(page, bytes));
    QVERIFY(!m_window->editor()->isReadOnly());
    QVERIFY(rendered.wait(20000) || rendered.count() > 0); // the preview copes too
    saveWithCtrlS();
    QCOMPARE(Test::readFile(path(page)), bytes);
    QVERIFY(!m_window->isWindowModified());
}

void TestBadInput::editsInAMixedLineEndingPageChangeOnlyThatLine()
{
    const QString page = QStringLiteral("content/handbook/mixed.md");
    QVERIFY(openNew(page, "# Mixed\r\n\r\nfirst\nsecond\r\nthird\n"));
    Editor::EditorView *editor = m_window->editor();
    editor->setFocus();
    editor->placeCursor(4, 1); // "second"
    QTest::keyClick(editor, Qt::Key_End);
    QTest::keyClicks(editor, QStringLiteral(" edited"));
    saveWithCtrlS();
    // Only the edited line's bytes changed (it kept its own CRLF: it was never removed).
    QCOMPARE(Test::readFile(path(page)),
             QByteArray("# Mixed\r\n\r\nfirst\nsecond edited\r\nthird\n"));
}

void TestBadInput::deeplyNestedPagesStayResponsive()
{
    // Nesting deep enough to overflow a recursive parser's stack: YAML flow sequences in the
    // front matter, block quotes and lists in the body.
    QByteArray bytes = "---\ntitle: Deep\nnested: " + QByteArray(20000, '[') +
                       QByteArray(20000, ']') + "\n---\n\n# Deep\n\n";
    for (int i = 0; i < 3000; ++i)
        bytes += QByteArray(i, '>') + " quote\n";
    bytes += '\n';
    for (int i = 0; i < 1000; ++i)
        bytes += QByteArray(2 * i, ' ') + "- item\n";
    bytes += "\n" + QByteArray(5000, '*') + "emphasis" + QByteArray(5000, '*') + "\n";
    bytes += QByteArray(5000, '[') + "link" + QByteArray(5000, ']') + "\n";
    const QString page = QStringLiteral("content/handbook/deep.md");
    QSignalSpy rendered(m_window->preview(), &Preview::PreviewView::contentUpdated);
    QVERIFY(openNew(page, bytes));
    QCOMPARE(m_window->editor()->pageText().toUtf8(), bytes);
    QVERIFY(rendered.wait(60000) || rendered.count() > 0);
    // The window still answers: another page opens and typing works.
    m_window->openPage(QStringLiteral("content/handbook/_index.md"));
    m_window->editor()->setFocus();
    m_window->editor()->moveCursor(QTextCursor::End);
    QTest::keyClicks(m_window->editor(), QStringLiteral("Still here."));
    QVERIFY(m_window->editor()->pageText().endsWith(QStringLiteral("Still here.")));
    QCOMPARE(Test::readFile(path(page)), bytes);
}

void TestBadInput::fullDiskKeepsTheEditsAndSaysWhy()
{
    if (::geteuid() != 0)
        QSKIP("mounting a tmpfs needs root; tst_savefailures injects full disks without it");
    // The whole handbook on a small disk.
    const QString mount = m_handbook.filePath(QStringLiteral("tiny"));
    QVERIFY(QDir().mkpath(mount));
    const Test::ProcessResult mounted =
        Test::run(QStringLiteral("mount"),
                  {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                   QStringLiteral("size=512k"), QStringLiteral("tmpfs"), mount});
    if (mounted.exitCode != 0)
        QSKIP(qPrintable(QStringLiteral("cannot mount a tmpfs here: ") +
                         QString::fromLocal8Bit(mounted.err)));
    const auto unmount = qScopeGuard([&] {
        m_window->openPath(path(QStringLiteral("content/handbook/_index.md")));
        Test::run(QStringLiteral("umount"), {QStringLiteral("-l"), mount});
    });
    QVERIFY(Test::writeFile(mount + QStringLiteral("/config.toml"), "title = \"Tiny\"\n"));
    const QString pagePath = mount + QStringLiteral("/content/handbook/_index.md");
    const QByteArray original("---\ntitle: Tiny\n---\n\n# Tiny\n\nOn a small disk.\n");
    QVERIFY(Test::writeFile(pagePath, original));
    m_window->openPath(pagePath);
    QCOMPARE(m_window->currentPage(), QStringLiteral("content/handbook/_index.md"));

    Editor::EditorView *editor = m_window->editor();
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, QStringLiteral("Typed before the disk filled up."));
    const QString typed = editor->pageText();
    {
        QFile filler(mount + QStringLiteral("/filler"));
        QVERIFY(filler.open(QIODevice::WriteOnly));
        const QByteArray block(4096, 'f');
        while (filler.write(block) == block.size() && filler.flush()) {
        }
    }
    saveWithCtrlS();
    const QString message = m_window->messageBanner()->text();
    QVERIFY(m_window->messageBanner()->isVisible());
    QVERIFY2(message.contains(QStringLiteral("No space left on device")) &&
                 message.contains(QStringLiteral("still here")),
             qPrintable(message));
    QVERIFY(editor->document()->isModified());
    QVERIFY(m_window->isWindowModified());
    QCOMPARE(editor->pageText(), typed);
    QCOMPARE(Test::readFile(pagePath), original);
    const QStringList left =
        QDir(mount + QStringLiteral("/content/handbook")).entryList(QDir::Files | QDir::Hidden);
    QCOMPARE(left, QStringList{QStringLiteral("_index.md")}); // no temporary file

    // Room again: Ctrl+S saves what was typed.
    QVERIFY(QFile::remove(mount + QStringLiteral("/filler")));
    saveWithCtrlS();
    QVERIFY(!editor->document()->isModified());
    QCOMPARE(Test::readFile(pagePath), typed.toUtf8());
}

void TestBadInput::corpusRoundTripsThroughTheEditor()
{
    // What the editor hands back for an unedited page must encode to the file's exact bytes:
    // the editor's document may not fold NBSPs, separators or tabs.
    const QString corpus = Test::corpusDir();
    if (corpus.isEmpty())
        QSKIP("the shared handbook corpus is not next to this checkout");
    Editor::EditorView editor;
    int pages = 0;
    QDirIterator it(corpus, {QStringLiteral("*.md"), QStringLiteral("*.erb")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QByteArray bytes = Test::readFile(file);
        const auto page = Document::Page::fromBytes(bytes);
        QVERIFY2(page, qPrintable(file));
        editor.setPageText(page->text());
        QVERIFY2(page->encode(editor.pageText()) == bytes, qPrintable(file));
        ++pages;
    }
    QVERIFY(pages >= 290);
}

FOLIO_WEBENGINE_TEST_MAIN(TestBadInput)
#include "tst_badinput.moc"
