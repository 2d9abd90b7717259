#include "editor/editorstatus.h"
#include "editor/editorview.h"
#include "editor/gotolinedialog.h"
#include "git/gitlibrary.h"
#include "handbook/demohandbook.h"
#include "mainwindow/distractionfreemode.h"
#include "mainwindow/mainwindow.h"
#include "preview/previewview.h"
#include "webenginetestmain.h"

#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTreeView>

using namespace Folio;

// The status bar, Go to Line, zoom, soft wrap and distraction-free mode, driven through the
// real window with keys and clicks as a user would.
class TestEditorViewOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void ctrlGJumpsToTheLine();
    void statusBarFollowsClicksKeysAndTyping();
    void zoomKeysChangeEditorAndPreviewTogether();
    void softWrapTogglesAndIsRemembered();
    void distractionFreeHidesEverythingButTheEditorAndEscRestores();

private:
    void openDemoPage();
    [[nodiscard]] QString position() const
    {
        return m_window->editorStatus()->positionLabel()->text();
    }

    QTemporaryDir m_home;
    MainWindow *m_window = nullptr;
    Git::GitLibrary m_git;
};

void TestEditorViewOptions::initTestCase()
{
    Test::useTemporaryHome(m_home);
    QSettings().setValue(QStringLiteral("editor/autosave"), false);
}

void TestEditorViewOptions::init()
{
    QSettings().remove(QStringLiteral("view/zoom"));
    QSettings().remove(QStringLiteral("editor/softWrap"));
    m_window = new MainWindow;
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

void TestEditorViewOptions::cleanup()
{
    m_window->editor()->document()->setModified(false);
    delete m_window;
    m_window = nullptr;
}

void TestEditorViewOptions::openDemoPage()
{
    m_window->openDemoHandbook();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->currentPage().isEmpty(), 10000);
    QVERIFY(m_window->editor()->document()->blockCount() > 10);
    m_window->editor()->setFocus();
}

void TestEditorViewOptions::ctrlGJumpsToTheLine()
{
    openDemoPage();
    Editor::EditorView *editor = m_window->editor();
    QTest::keyClick(editor, Qt::Key_G, Qt::ControlModifier);
    QTRY_VERIFY(m_window->goToLineDialog() && m_window->goToLineDialog()->isVisible());
    QLineEdit *line = m_window->goToLineDialog()->lineEdit();
    QCOMPARE(line->text(), QStringLiteral("1")); // the current line, selected to type over
    QTest::keyClicks(line, QStringLiteral("7"));
    QTest::keyClick(line, Qt::Key_Return);
    QTRY_VERIFY(!m_window->goToLineDialog()->isVisible());
    QCOMPARE(editor->textCursor().blockNumber(), 6);
    QCOMPARE(editor->textCursor().positionInBlock(), 0);
    QCOMPARE(position(), QStringLiteral("Ln 7, Col 1"));
    QVERIFY(editor->hasFocus());

    // line:column, and a line past the end goes to the last line.
    const QTextBlock third = editor->document()->findBlockByNumber(2);
    QVERIFY(third.length() > 3);
    QTest::keyClick(editor, Qt::Key_G, Qt::ControlModifier);
    QTRY_VERIFY(m_window->goToLineDialog()->isVisible());
    QTest::keyClicks(line, QStringLiteral("3:3"));
    QTest::keyClick(line, Qt::Key_Return);
    QCOMPARE(editor->textCursor().position(), third.position() + 2);
    QCOMPARE(position(), QStringLiteral("Ln 3, Col 3"));

    QTest::keyClick(editor, Qt::Key_G, Qt::ControlModifier);
    QTRY_VERIFY(m_window->goToLineDialog()->isVisible());
    QTest::keyClicks(line, QStringLiteral("99999"));
    QTest::keyClick(line, Qt::Key_Return);
    QCOMPARE(editor->textCursor().blockNumber(), editor->document()->blockCount() - 1);

    // Esc cancels without moving.
    const int before = editor->textCursor().position();
    QTest::keyClick(editor, Qt::Key_G, Qt::ControlModifier);
    QTRY_VERIFY(m_window->goToLineDialog()->isVisible());
    QTest::keyClicks(line, QStringLiteral("2"));
    QTest::keyClick(line, Qt::Key_Escape);
    QTRY_VERIFY(!m_window->goToLineDialog()->isVisible());
    QCOMPARE(editor->textCursor().position(), before);
}

void TestEditorViewOptions::statusBarFollowsClicksKeysAndTyping()
{
    openDemoPage();
    Editor::EditorView *editor = m_window->editor();
    editor->placeCursor(1, 1);
    QCOMPARE(position(), QStringLiteral("Ln 1, Col 1"));
    QTest::keyClick(editor, Qt::Key_Down);
    QTest::keyClick(editor, Qt::Key_End);
    const QTextBlock second = editor->document()->findBlockByNumber(1);
    QCOMPARE(position(), QStringLiteral("Ln 2, Col %1").arg(second.length()));

    // A click on the fourth character of the first long enough line after line 3.
    QTextBlock clicked = editor->document()->findBlockByNumber(3);
    while (clicked.isValid() && clicked.length() <= 5)
        clicked = clicked.next();
    QVERIFY(clicked.isValid());
    QTextCursor target(clicked);
    target.setPosition(clicked.position() + 3);
    const QRect rect = editor->cursorRect(target);
    QTest::mouseClick(editor->viewport(), Qt::LeftButton, {}, rect.center() + QPoint(1, 0));
    QCOMPARE(position(), QStringLiteral("Ln %1, Col 4").arg(clicked.blockNumber() + 1));

    // Typing words at the end of the page counts them (front matter never counts).
    QLabel *words = m_window->editorStatus()->wordCountLabel();
    QVERIFY2(words->text().contains(QStringLiteral("min read")), qPrintable(words->text()));
    const int before = words->text().section(QLatin1Char(' '), 0, 0).toInt();
    QVERIFY(before > 0);
    editor->moveCursor(QTextCursor::End);
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClicks(editor, QStringLiteral("three more words"));
    QTRY_COMPARE(words->text().section(QLatin1Char(' '), 0, 0).toInt(), before + 3);
    QCOMPARE(position(), QStringLiteral("Ln %1, Col 17").arg(editor->document()->blockCount()));
}

void TestEditorViewOptions::zoomKeysChangeEditorAndPreviewTogether()
{
    openDemoPage();
    Editor::EditorView *editor = m_window->editor();
    const double size = editor->font().pointSizeF();
    QCOMPARE(m_window->preview()->zoomFactor(), 1.0);

    QTest::keyClick(editor, Qt::Key_Equal, Qt::ControlModifier);
    QTest::keyClick(editor, Qt::Key_Plus, Qt::ControlModifier);
    QCOMPARE(editor->font().pointSizeF(), size + 2);
    QVERIFY(m_window->preview()->zoomFactor() > 1.1);
    QCOMPARE(m_window->preview()->zoomFactor(), editor->zoomFactor());

    QTest::keyClick(editor, Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(editor->font().pointSizeF(), size + 1);

    // Remembered: a new window starts at the same size.
    delete m_window;
    m_window = new MainWindow;
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    editor = m_window->editor();
    QCOMPARE(editor->font().pointSizeF(), size + 1);
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(editor->font().pointSizeF(), size);
    QCOMPARE(m_window->preview()->zoomFactor(), 1.0);
    QCOMPARE(QSettings().value(QStringLiteral("view/zoom")).toInt(), 0);

    // Zooming out stops while the text is still readable.
    for (int i = 0; i < 30; ++i)
        QTest::keyClick(editor, Qt::Key_Minus, Qt::ControlModifier);
    QVERIFY(editor->font().pointSizeF() >= 5);
}

void TestEditorViewOptions::softWrapTogglesAndIsRemembered()
{
    openDemoPage();
    Editor::EditorView *editor = m_window->editor();
    editor->moveCursor(QTextCursor::End);
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClicks(editor, QString(40, QLatin1Char('w')).append(QLatin1Char(' ')).repeated(12));
    const QTextBlock last = editor->document()->lastBlock();
    QTRY_VERIFY(last.layout()->lineCount() > 1); // wrapped by default
    QCOMPARE(editor->horizontalScrollBar()->maximum(), 0);

    auto *softWrap = m_window->findChild<QAction *>(QStringLiteral("softWrapAction"));
    QVERIFY(softWrap && softWrap->isChecked());
    softWrap->trigger();
    QTRY_COMPARE(editor->document()->lastBlock().layout()->lineCount(), 1);
    QTRY_VERIFY(editor->horizontalScrollBar()->maximum() > 0);

    editor->document()->setModified(false);
    delete m_window;
    m_window = new MainWindow;
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QVERIFY(!m_window->editor()->softWrap());
    softWrap = m_window->findChild<QAction *>(QStringLiteral("softWrapAction"));
    QVERIFY(!softWrap->isChecked());
    softWrap->trigger();
    QVERIFY(m_window->editor()->softWrap());
}

void TestEditorViewOptions::distractionFreeHidesEverythingButTheEditorAndEscRestores()
{
    openDemoPage();
    Editor::EditorView *editor = m_window->editor();
    QWidget *tree = m_window->pageTree();
    QDockWidget *problems = m_window->problemsDock();
    problems->show();
    QList<QDockWidget *> shownDocks;
    QList<QDockWidget *> hiddenDocks;
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>())
        (dock->isVisible() ? shownDocks : hiddenDocks).append(dock);
    QVERIFY(shownDocks.contains(problems));
    QVERIFY(tree->isVisible());
    QVERIFY(m_window->preview()->isVisible());

    QTest::keyClick(editor, Qt::Key_F11);
    QVERIFY(m_window->distractionFreeMode()->isActive());
    QVERIFY(editor->isVisible());
    QVERIFY(!tree->isVisible());
    QVERIFY(!m_window->preview()->isVisible());
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>())
        QVERIFY2(!dock->isVisible(), qPrintable(dock->windowTitle()));
    QVERIFY(m_window->isFullScreen());
    // Typing still goes to the page.
    QTest::keyClicks(editor, QStringLiteral("x"));
    QVERIFY(editor->document()->isModified());

    QTest::keyClick(editor, Qt::Key_Escape);
    QVERIFY(!m_window->distractionFreeMode()->isActive());
    QTRY_VERIFY(!m_window->isFullScreen());
    QVERIFY(tree->isVisible());
    QVERIFY(m_window->preview()->isVisible());
    for (QDockWidget *dock : shownDocks)
        QVERIFY2(dock->isVisible(), qPrintable(dock->windowTitle()));
    for (QDockWidget *dock : hiddenDocks)
        QVERIFY2(!dock->isVisible(), qPrintable(dock->windowTitle()));

    // Esc outside the mode is the editor's again, and Ctrl+Shift+F11 enters it too.
    QTest::keyClick(editor, Qt::Key_Escape);
    QVERIFY(tree->isVisible());
    QTest::keyClick(editor, Qt::Key_F11, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(m_window->distractionFreeMode()->isActive());
    QTest::keyClick(editor, Qt::Key_F11);
    QVERIFY(!m_window->distractionFreeMode()->isActive());
    QVERIFY(tree->isVisible());
}

FOLIO_WEBENGINE_TEST_MAIN(TestEditorViewOptions)
#include "tst_editorviewoptions.moc"
