#include "editor/editorview.h"
#include "editor/imageinserter.h"
#include "editor/insertioncontroller.h"
#include "editor/linkcompleter.h"
#include "editor/linkdialog.h"
#include "git/gitlibrary.h"
#include "handbook/demohandbook.h"
#include "mainwindow/mainwindow.h"
#include "preview/previewview.h"
#include "previewtestsupport.h"
#include "webenginetestmain.h"
#include "workspace/pageindexer.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDropEvent>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

using namespace Folio;

namespace {

const QString ArchitectsPage =
    QStringLiteral("content/handbook/solutions-architects/demo-environments.md");
const QString SalesPage = QStringLiteral("sites/handbook/source/handbook/sales/index.html.md");
const QString DiscoveryPage =
    QStringLiteral("sites/handbook/source/handbook/sales/discovery-calls/index.html.md");

QStringList popupTexts(const QListWidget *popup)
{
    QStringList texts;
    for (int row = 0; row < popup->count(); ++row)
        texts.append(popup->item(row)->text());
    return texts;
}

// The first heading with an id of a page, as the index has it.
Workspace::PageHeading firstHeading(const Workspace::PageIndex &index, const QString &page)
{
    for (const Workspace::PageHeading &heading : index.outline(page)) {
        if (!heading.id.isEmpty())
            return heading;
    }
    return {};
}

} // namespace

class TestInsertion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void ctrlKPicksAPageAndInsertsTheLink();
    void ctrlKEditsTheLinkUnderTheCursor();
    void pastedImageIsSavedAsPngAndShown();
    void droppedImageFileKeepsItsFormat();
    void typingALinkOffersPagesThenHeadings();
    void completionWinsOverListKeysInAListItem();
    void editorClosedBeforeItsCompleter();

private:
    [[nodiscard]] bool openPage(const QString &page);
    void moveToEnd();
    [[nodiscard]] QString demoPath(const QString &relative) const
    {
        return m_window->handbook().absolutePath(relative);
    }

    QTemporaryDir m_home;
    MainWindow *m_window = nullptr;
    Git::GitLibrary m_git;
};

void TestInsertion::initTestCase()
{
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    qputenv("HOME", m_home.path().toUtf8());
    QSettings().setValue(QStringLiteral("editor/autosave"), false);
}

void TestInsertion::init()
{
    m_window = new MainWindow;
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QSignalSpy indexed(m_window, &MainWindow::indexReady);
    m_window->openDemoHandbook();
    QVERIFY(indexed.wait(20000));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->currentPage().isEmpty(), 10000);
}

void TestInsertion::cleanup()
{
    m_window->editor()->document()->setModified(false);
    delete m_window;
    m_window = nullptr;
}

bool TestInsertion::openPage(const QString &page)
{
    if (!m_window->openPage(page))
        return false;
    m_window->activateWindow();
    m_window->editor()->setFocus();
    return QTest::qWaitForWindowActive(m_window);
}

void TestInsertion::moveToEnd()
{
    Editor::EditorView *editor = m_window->editor();
    editor->moveCursor(QTextCursor::End);
    QTest::keyClick(editor, Qt::Key_Return);
}

void TestInsertion::ctrlKPicksAPageAndInsertsTheLink()
{
    QVERIFY(openPage(ArchitectsPage));
    Editor::EditorView *editor = m_window->editor();
    moveToEnd();
    QTest::keyClicks(editor, QStringLiteral("Ask the sales team first."));
    const QString typed = editor->pageText();

    // Select "sales team", Ctrl+K, a few letters of the page's title, Enter.
    QTextCursor cursor = editor->textCursor();
    cursor.movePosition(QTextCursor::Left, QTextCursor::MoveAnchor, 7);
    cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, 10);
    editor->setTextCursor(cursor);
    QCOMPARE(cursor.selectedText(), QStringLiteral("sales team"));
    QTest::keyClick(editor, Qt::Key_K, Qt::ControlModifier);
    Editor::LinkDialog *dialog = m_window->insertion()->linkDialog();
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->textEdit()->text(), QStringLiteral("sales team"));
    QTest::keyClicks(dialog->targetEdit(), QStringLiteral("discov"));
    QVERIFY(dialog->pageList()->count() > 0);
    // The list shows the title over the URL.
    const QString title = Handbook::Handbook::readTitle(demoPath(DiscoveryPage));
    QCOMPARE(dialog->pageList()->currentItem()->text(),
             title + QStringLiteral("\n/handbook/sales/discovery-calls/"));
    QTest::keyClick(dialog->targetEdit(), Qt::Key_Return);
    QTRY_VERIFY(!dialog->isVisible());
    const QString link = QStringLiteral("[sales team](/handbook/sales/discovery-calls/)");
    QCOMPARE(editor->pageText(), QString(typed).replace(QStringLiteral("sales team"), link));
    QCOMPARE(editor->textCursor().position(), editor->pageText().indexOf(link) + link.size());

    // One undo step takes the link back out.
    QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(editor->pageText(), typed);

    // Without a selection, a heading of another page: the heading's text becomes the link's.
    editor->moveCursor(QTextCursor::End);
    QTest::keyClick(editor, Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(dialog->textEdit()->text().isEmpty());
    QTest::keyClicks(dialog->targetEdit(), QStringLiteral("/handbook/sales/"));
    QCOMPARE(dialog->pageList()->currentItem()->text(), QStringLiteral("Sales\n/handbook/sales/"));
    const QString id = firstHeading(m_window->indexer()->current(), SalesPage).id;
    QVERIFY(!id.isEmpty());
    QVERIFY(dialog->headingBox()->count() > 1);
    dialog->headingBox()->setFocus();
    QTest::keyClick(dialog->headingBox(), Qt::Key_Down);
    QCOMPARE(dialog->headingBox()->currentData().toString(), id);
    QTest::keyClick(dialog->headingBox(), Qt::Key_Return);
    QTRY_VERIFY(!dialog->isVisible());
    const QString headingText = firstHeading(m_window->indexer()->current(), SalesPage).text;
    QVERIFY(!headingText.isEmpty());
    QCOMPARE(editor->pageText(),
             typed + QStringLiteral("[%1](/handbook/sales/#%2)").arg(headingText, id));
}

void TestInsertion::ctrlKEditsTheLinkUnderTheCursor()
{
    QVERIFY(openPage(ArchitectsPage));
    Editor::EditorView *editor = m_window->editor();
    moveToEnd();
    QTest::keyClicks(editor, QStringLiteral("See [the team](https://example.com/team) now."));
    const QString typed = editor->pageText();
    // The cursor inside the link's text.
    editor->placeCursor(typed.indexOf(QStringLiteral("the team")) + 3);
    QTest::keyClick(editor, Qt::Key_K, Qt::ControlModifier);
    Editor::LinkDialog *dialog = m_window->insertion()->linkDialog();
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->textEdit()->text(), QStringLiteral("the team"));
    QCOMPARE(dialog->targetEdit()->text(), QStringLiteral("https://example.com/team"));
    QCOMPARE(dialog->pageList()->count(), 0); // a web address picks no page
    // Point it at a page instead: the link is replaced, not nested.
    dialog->targetEdit()->selectAll();
    QTest::keyClicks(dialog->targetEdit(), QStringLiteral("Sales"));
    QTest::keyClick(dialog->targetEdit(), Qt::Key_Return);
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(editor->pageText(), QString(typed).replace(QStringLiteral("https://example.com/team"),
                                                        QStringLiteral("/handbook/sales/")));
}

void TestInsertion::pastedImageIsSavedAsPngAndShown()
{
    QVERIFY(openPage(ArchitectsPage));
    Editor::EditorView *editor = m_window->editor();
    moveToEnd();
    QImage image(24, 12, QImage::Format_RGB32);
    image.fill(Qt::red);
    QApplication::clipboard()->setImage(image);
    QTRY_VERIFY(QApplication::clipboard()->mimeData()->hasImage());

    QSignalSpy inserted(m_window->insertion()->images(), &Editor::ImageInserter::imagesInserted);
    QTest::keyClick(editor, Qt::Key_V, Qt::ControlModifier);
    QVERIFY(inserted.wait(10000));
    const QString file =
        QStringLiteral("static/images/solutions-architects/demo-environments-1.png");
    QCOMPARE(inserted.first().first().toStringList(), QStringList{file});
    const QByteArray bytes = Test::readFile(demoPath(file));
    QVERIFY(bytes.startsWith("\x89PNG\r\n\x1a\n"));
    QCOMPARE(QImage::fromData(bytes, "PNG").size(), QSize(24, 12));
    const QString link = QStringLiteral("](/images/solutions-architects/demo-environments-1.png)");
    QVERIFY2(editor->pageText().contains(link), qPrintable(editor->pageText().right(200)));

    // The alt text is selected: typing describes the image.
    QVERIFY(!editor->textCursor().selectedText().isEmpty());
    QTest::keyClicks(editor, QStringLiteral("Red test card"));
    QVERIFY(editor->pageText().contains(u"![Red test card" + link));

    // The preview shows it from the handbook's image folder.
    const QString loaded = QStringLiteral(
        "(function(){var r=0;document.querySelectorAll('#folio-content img').forEach(function(i){"
        "if(i.alt==='Red test card'&&i.complete&&i.naturalWidth===24)r=1;});return r;})()");
    QTRY_COMPARE_WITH_TIMEOUT(Test::evaluate(m_window->preview(), loaded).toInt(), 1, 20000);

    // A second paste never overwrites the first.
    QTest::keyClick(editor, Qt::Key_End);
    QTest::keyClick(editor, Qt::Key_V, Qt::ControlModifier);
    QVERIFY(inserted.wait(10000));
    QCOMPARE(
        inserted.last().first().toStringList(),
        QStringList{QStringLiteral("static/images/solutions-architects/demo-environments-2.png")});
    QCOMPARE(Test::readFile(demoPath(file)), bytes);
}

void TestInsertion::droppedImageFileKeepsItsFormat()
{
    QVERIFY(openPage(SalesPage));
    Editor::EditorView *editor = m_window->editor();
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("Pipeline_review-board.jpg"));
    QImage image(16, 16, QImage::Format_RGB32);
    image.fill(Qt::blue);
    QVERIFY(image.save(source, "JPG"));
    const QString firstLine = editor->document()->firstBlock().text();

    // Dropped at the start of the page's first line.
    auto *data = new QMimeData;
    data->setUrls({QUrl::fromLocalFile(source)});
    const QPoint at = editor->cursorRect(QTextCursor(editor->document())).center();
    QSignalSpy inserted(m_window->insertion()->images(), &Editor::ImageInserter::imagesInserted);
    QDragEnterEvent enter(at, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(editor->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(at, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(editor->viewport(), &move);
    QDropEvent drop(at, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(editor->viewport(), &drop);
    QVERIFY(drop.isAccepted());
    QVERIFY(inserted.wait(10000));
    delete data;

    const QString file = QStringLiteral("sites/handbook/source/images/sales/sales-1.jpg");
    QCOMPARE(inserted.first().first().toStringList(), QStringList{file});
    QCOMPARE(Test::readFile(demoPath(file)), Test::readFile(source));
    const QString link = QStringLiteral("![Pipeline review board](/images/sales/sales-1.jpg)");
    QCOMPARE(editor->document()->firstBlock().text(), link + firstLine);
    QCOMPARE(editor->textCursor().selectedText(), QStringLiteral("Pipeline review board"));
}

void TestInsertion::typingALinkOffersPagesThenHeadings()
{
    QVERIFY(openPage(ArchitectsPage));
    Editor::EditorView *editor = m_window->editor();
    QListWidget *popup = m_window->insertion()->completer()->popup();
    moveToEnd();
    QTest::keyClicks(editor, QStringLiteral("Read [the sales page](/handbook/"));
    QTRY_VERIFY(popup->isVisible());
    QVERIFY(popupTexts(popup).contains(QStringLiteral("Sales\n/handbook/sales/")));
    // Typing filters; Enter inserts the page's URL.
    QTest::keyClicks(editor, QStringLiteral("sal"));
    QTRY_COMPARE(popup->currentItem()->text(), QStringLiteral("Sales\n/handbook/sales/"));
    QTest::keyClick(editor, Qt::Key_Return);
    QVERIFY(!popup->isVisible());
    QVERIFY(editor->pageText().endsWith(QStringLiteral("[the sales page](/handbook/sales/")));

    // '#' offers that page's headings, the text shown with the id.
    QTest::keyClicks(editor, QStringLiteral("#"));
    QTRY_VERIFY(popup->isVisible());
    const QString id = firstHeading(m_window->indexer()->current(), SalesPage).id;
    QVERIFY(popup->item(0)->text().endsWith(u"\n#" + id));
    QTest::keyClick(editor, Qt::Key_Tab);
    QVERIFY(!popup->isVisible());
    QVERIFY(editor->pageText().endsWith(u"(/handbook/sales/#" + id));
    QTest::keyClicks(editor, QStringLiteral(")"));
    QVERIFY(!popup->isVisible());

    // `](#` offers the page's own headings, as edited; Down picks the next; Esc closes.
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClicks(editor, QStringLiteral("## Brand new heading"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClicks(editor, QStringLiteral("Back to [it](#brand"));
    QTRY_VERIFY(popup->isVisible());
    QCOMPARE(popup->count(), 1);
    QCOMPARE(popup->item(0)->text(), QStringLiteral("Brand new heading\n#brand-new-heading"));
    QTest::keyClick(editor, Qt::Key_Escape);
    QVERIFY(!popup->isVisible());
    QVERIFY(editor->pageText().endsWith(QStringLiteral("[it](#brand")));
    QTest::keyClick(editor, Qt::Key_Backspace);
    QTRY_VERIFY(popup->isVisible());
    QTest::keyClick(editor, Qt::Key_Return);
    QVERIFY(editor->pageText().endsWith(QStringLiteral("[it](#brand-new-heading")));
}

void TestInsertion::completionWinsOverListKeysInAListItem()
{
    QVERIFY(openPage(ArchitectsPage));
    Editor::EditorView *editor = m_window->editor();
    QListWidget *popup = m_window->insertion()->completer()->popup();
    moveToEnd();
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClick(editor, Qt::Key_Return);
    // In a list item, Enter and Tab normally continue and nest the list; while the
    // completion list is open they pick from it instead.
    QTest::keyClicks(editor, QStringLiteral("- See [sales](/handbook/sal"));
    QTRY_VERIFY(popup->isVisible());
    QTRY_COMPARE(popup->currentItem()->text(), QStringLiteral("Sales\n/handbook/sales/"));
    QTest::keyClick(editor, Qt::Key_Return);
    QVERIFY(!popup->isVisible());
    QVERIFY(editor->pageText().endsWith(QStringLiteral("\n- See [sales](/handbook/sales/")));
    QTest::keyClicks(editor, QStringLiteral("#"));
    QTRY_VERIFY(popup->isVisible());
    QTest::keyClick(editor, Qt::Key_Tab);
    QVERIFY(!popup->isVisible());
    const QString id = firstHeading(m_window->indexer()->current(), SalesPage).id;
    QVERIFY(editor->pageText().endsWith(u"- See [sales](/handbook/sales/#" + id));
    // With the list closed, Enter continues the list again.
    QTest::keyClicks(editor, QStringLiteral(")"));
    QTest::keyClick(editor, Qt::Key_Return);
    QVERIFY(editor->pageText().endsWith(u"- See [sales](/handbook/sales/#" + id + u")\n- "));
    QCOMPARE(editor->textCursor().position(), editor->document()->characterCount() - 1);
}

// The window destroys the editor before the completer that watches it; the editor's last
// events (focus out, hide) then reach a completer whose popup, the editor's child, is gone.
// That crashed closing a window now and then.
void TestInsertion::editorClosedBeforeItsCompleter()
{
    QObject owner;
    auto *editor = new Editor::EditorView;
    auto *completer = new Editor::LinkCompleter(
        editor, [] { return Editor::InsertionContext(); }, &owner);
    editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(editor));
    editor->activateWindow();
    editor->setFocus();
    QTRY_VERIFY(editor->hasFocus());
    QVERIFY(completer->popup());
    delete editor;
    QVERIFY(!completer->popup());
}

FOLIO_WEBENGINE_TEST_MAIN(TestInsertion)
#include "tst_insertion.moc"
