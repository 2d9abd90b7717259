// The formatting commands in the real window: shortcuts, toolbar clicks and the list keys
// change the page as a user expects, leave a sensible selection, and undo in one step.
#include "editing/markedtext.h"
#include "editor/editapplier.h"
#include "editor/editorview.h"
#include "editor/formattingactions.h"
#include "mainwindow/mainwindow.h"
#include "testsupport.h"
#include "webenginetestmain.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

#include <algorithm>
#include <memory>

using namespace Folio;
using namespace Qt::StringLiterals;
using Test::MarkedText;

class TestFormattingActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void shortcutsFormatAndUndoInOneStep_data();
    void shortcutsFormatAndUndoInOneStep();
    void toolbarButtonsFormat_data();
    void toolbarButtonsFormat();
    void formatMenuListsTheCommands();
    void enterContinuesAndEndsAList();
    void tabNestsListItemsAndIndentsOtherText();
    void readOnlyPagesAreNotFormatted();
    void contextMenuOffersFormatAndInsert();
    void editMenuCutsCopiesPastesAndUndoes();

private:
    [[nodiscard]] QString path(const QString &relative) const
    {
        return m_handbook.filePath(relative);
    }
    // Opens a new page holding the marked text, with its selection in the editor.
    bool start(const QString &marked);
    // The editor's text with its selection marked.
    [[nodiscard]] QString state() const;

    QTemporaryDir m_home;
    QTemporaryDir m_handbook;
    MainWindow *m_window = nullptr;
    Editor::EditorView *m_editor = nullptr;
    int m_pages = 0;
};

void TestFormattingActions::initTestCase()
{
    qputenv("XDG_DATA_HOME", m_home.filePath(u"data"_s).toUtf8());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(u"config"_s).toUtf8());
    qputenv("HOME", m_home.path().toUtf8());
    QSettings().setValue(u"editor/autosave"_s, false);
    QVERIFY(Test::writeFile(path(u"config.toml"_s), "title = \"Test\"\n"));
    QVERIFY(Test::writeFile(path(u"content/handbook/_index.md"_s), "# Home\n"));
}

void TestFormattingActions::init()
{
    m_window = new MainWindow;
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_editor = m_window->editor();
}

void TestFormattingActions::cleanup()
{
    m_editor->document()->setModified(false);
    delete m_window;
    m_window = nullptr;
}

bool TestFormattingActions::start(const QString &marked)
{
    const MarkedText page = MarkedText::parse(marked);
    // The previous page's edits are the test's, not the user's: no question about them.
    m_editor->document()->setModified(false);
    const QString relative = u"content/handbook/page%1.md"_s.arg(++m_pages);
    if (!Test::writeFile(path(relative), page.text.toUtf8()))
        return false;
    m_window->openPath(path(relative));
    if (m_window->currentPage() != relative || m_editor->pageText() != page.text)
        return false;
    QTextCursor cursor(m_editor->document());
    cursor.setPosition(int(page.selection.anchor));
    cursor.setPosition(int(page.selection.position), QTextCursor::KeepAnchor);
    m_editor->setTextCursor(cursor);
    m_window->activateWindow();
    m_editor->setFocus();
    return QTest::qWaitForWindowActive(m_window) && m_editor->hasFocus();
}

QString TestFormattingActions::state() const
{
    return MarkedText::write(m_editor->pageText(), Editor::selectionOf(m_editor));
}

void TestFormattingActions::shortcutsFormatAndUndoInOneStep_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<Qt::KeyboardModifiers>("modifiers");
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    const Qt::KeyboardModifiers ctrl = Qt::ControlModifier;
    const Qt::KeyboardModifiers ctrlShift = Qt::ControlModifier | Qt::ShiftModifier;
    QTest::newRow("Ctrl+B") << int(Qt::Key_B) << ctrl << u"a «word» b"_s << u"a **«word»** b"_s;
    QTest::newRow("Ctrl+B on a cursor") << int(Qt::Key_B) << ctrl << u"a ‸b"_s << u"a **‸**b"_s;
    QTest::newRow("Ctrl+B on bold")
        << int(Qt::Key_B) << ctrl << u"a **«word»** b"_s << u"a «word» b"_s;
    QTest::newRow("Ctrl+I") << int(Qt::Key_I) << ctrl << u"«word»"_s << u"_«word»_"_s;
    QTest::newRow("Ctrl+E") << int(Qt::Key_E) << ctrl << u"run «ls» now"_s << u"run `«ls»` now"_s;
    QTest::newRow("Ctrl+1") << int(Qt::Key_1) << ctrl << u"Title‸"_s << u"# Title‸"_s;
    QTest::newRow("Ctrl+2 replaces a level")
        << int(Qt::Key_2) << ctrl << u"# Ti‸tle"_s << u"## Ti‸tle"_s;
    QTest::newRow("Ctrl+3") << int(Qt::Key_3) << ctrl << u"a\nb‸"_s << u"a\n### b‸"_s;
    QTest::newRow("Ctrl+4") << int(Qt::Key_4) << ctrl << u"‸x"_s << u"#### ‸x"_s;
    QTest::newRow("Ctrl+Shift+8 bullets")
        << int(Qt::Key_8) << ctrlShift << u"«a\nb»"_s << u"- «a\n- b»"_s;
    QTest::newRow("Ctrl+Shift+7 numbers")
        << int(Qt::Key_7) << ctrlShift << u"«a\nb»"_s << u"1. «a\n2. b»"_s;
    QTest::newRow("Ctrl+Shift+Q quote")
        << int(Qt::Key_Q) << ctrlShift << u"«a\n\nb»"_s << u"> «a\n>\n> b»"_s;
    QTest::newRow("Ctrl+Shift+K code block")
        << int(Qt::Key_K) << ctrlShift << u"«x = 1»"_s << u"```\n«x = 1»\n```"_s;
    QTest::newRow("Ctrl+T table")
        << int(Qt::Key_T) << ctrl << u"Intro‸"_s
        << u"Intro\n\n| «Column 1» | Column 2 | Column 3 |\n| -------- | -------- | -------- |\n"
           u"|          |          |          |\n|          |          |          |"_s;
    QTest::newRow("Ctrl+Shift+T re-aligns a table")
        << int(Qt::Key_T) << ctrlShift << u"| a | b |\n|--|--:|\n| long‸ | 1 |"_s
        << u"| a    |   b |\n| ---- | --: |\n| long‸ |   1 |"_s;
}

void TestFormattingActions::shortcutsFormatAndUndoInOneStep()
{
    QFETCH(int, key);
    QFETCH(Qt::KeyboardModifiers, modifiers);
    QFETCH(QString, before);
    QFETCH(QString, after);
    QVERIFY(start(before));
    QTest::keyClick(m_editor, Qt::Key(key), modifiers);
    QCOMPARE(state(), after);
    QVERIFY(m_editor->document()->isModified());
    // One Ctrl+Z takes the whole command back.
    QTest::keyClick(m_editor, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_editor->pageText(), MarkedText::parse(before).text);
    QVERIFY(!m_editor->document()->isModified());
}

void TestFormattingActions::toolbarButtonsFormat_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::newRow("bold") << u"boldAction"_s << u"a «b» c"_s << u"a **«b»** c"_s;
    QTest::newRow("italic") << u"italicAction"_s << u"a «b» c"_s << u"a _«b»_ c"_s;
    QTest::newRow("inline code") << u"inlineCodeAction"_s << u"a «b» c"_s << u"a `«b»` c"_s;
    QTest::newRow("heading 1") << u"heading1Action"_s << u"T‸"_s << u"# T‸"_s;
    QTest::newRow("heading 2") << u"heading2Action"_s << u"T‸"_s << u"## T‸"_s;
    QTest::newRow("heading 3") << u"heading3Action"_s << u"T‸"_s << u"### T‸"_s;
    QTest::newRow("heading 4") << u"heading4Action"_s << u"T‸"_s << u"#### T‸"_s;
    QTest::newRow("bullet list") << u"bulletListAction"_s << u"- «a\n- b»"_s << u"«a\nb»"_s;
    QTest::newRow("numbered list")
        << u"numberedListAction"_s << u"«a\n  b»"_s << u"1. «a\n  1. b»"_s;
    QTest::newRow("quote") << u"quoteAction"_s << u"> «a»"_s << u"«a»"_s;
    QTest::newRow("code block") << u"codeBlockAction"_s << u"‸"_s << u"```\n‸\n```"_s;
    QTest::newRow("table")
        << u"insertTableAction"_s << u"‸"_s
        << u"| «Column 1» | Column 2 | Column 3 |\n| -------- | -------- | -------- |\n"
           u"|          |          |          |\n|          |          |          |"_s;
    QTest::newRow("re-align") << u"realignTableAction"_s << u"|日本|x‸|\n|:-:|-|"_s
                              << u"| 日本 | x‸   |\n| :--: | --- |"_s;
}

void TestFormattingActions::toolbarButtonsFormat()
{
    QFETCH(QString, action);
    QFETCH(QString, before);
    QFETCH(QString, after);
    QVERIFY(start(before));
    QToolBar *toolBar = m_window->formatting()->toolBar();
    QVERIFY(toolBar->isVisible());
    auto *command = m_window->formatting()->findChild<QAction *>(action);
    QVERIFY(command);
    QWidget *button = toolBar->widgetForAction(command);
    QVERIFY(button && button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(state(), after);
    // Typing goes on in the editor.
    QVERIFY(m_editor->hasFocus());
    QTest::keyClick(m_editor, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_editor->pageText(), MarkedText::parse(before).text);
}

void TestFormattingActions::formatMenuListsTheCommands()
{
    QMenu *format = m_window->formatting()->menu();
    QVERIFY(format);
    QVERIFY(m_window->menuBar()->actions().contains(format->menuAction()));
    const QList<QAction *> actions = format->actions();
    QVERIFY(actions.contains(m_window->formatting()->boldAction()));
    QVERIFY(actions.contains(m_window->formatting()->realignTableAction()));
    QCOMPARE(m_window->formatting()->headingAction(3)->shortcut(),
             QKeySequence(Qt::CTRL | Qt::Key_3));
}

void TestFormattingActions::enterContinuesAndEndsAList()
{
    QVERIFY(start(u"‸"_s));
    QTest::keyClicks(m_editor, u"- one"_s);
    QTest::keyClick(m_editor, Qt::Key_Return);
    QCOMPARE(state(), u"- one\n- ‸"_s);
    QTest::keyClicks(m_editor, u"two"_s);
    QTest::keyClick(m_editor, Qt::Key_Return);
    QTest::keyClick(m_editor, Qt::Key_Return);
    QCOMPARE(state(), u"- one\n- two\n‸"_s);
    // Ending the list is one undo step: the empty item is back.
    QTest::keyClick(m_editor, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_editor->pageText(), u"- one\n- two\n- "_s);

    QVERIFY(start(u"1. a‸\n2. b"_s));
    QTest::keyClick(m_editor, Qt::Key_Enter, Qt::KeypadModifier);
    QCOMPARE(state(), u"1. a\n2. ‸\n3. b"_s);
    // Outside a list Enter is a plain new line.
    QVERIFY(start(u"text‸"_s));
    QTest::keyClick(m_editor, Qt::Key_Return);
    QCOMPARE(state(), u"text\n‸"_s);
}

void TestFormattingActions::tabNestsListItemsAndIndentsOtherText()
{
    QVERIFY(start(u"- a\n- b‸"_s));
    QTest::keyClick(m_editor, Qt::Key_Tab);
    QCOMPARE(state(), u"- a\n  - b‸"_s);
    QTest::keyClick(m_editor, Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(state(), u"- a\n- b‸"_s);
    QTest::keyClick(m_editor, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_editor->pageText(), u"- a\n  - b"_s);

    QVERIFY(start(u"text‸"_s));
    QTest::keyClick(m_editor, Qt::Key_Tab);
    QCOMPARE(state(), u"text\t‸"_s);
}

void TestFormattingActions::readOnlyPagesAreNotFormatted()
{
    const QString relative = u"content/handbook/latin1.md"_s;
    QVERIFY(Test::writeFile(path(relative), "Caf\xE9 au lait\n"));
    m_window->openPath(path(relative));
    QCOMPARE(m_window->currentPage(), relative);
    QVERIFY(m_editor->isReadOnly());
    const QString text = m_editor->pageText();
    m_editor->selectAll();
    m_editor->setFocus();
    QTest::keyClick(m_editor, Qt::Key_B, Qt::ControlModifier);
    QTest::mouseClick(m_window->formatting()->toolBar()->widgetForAction(
                          m_window->formatting()->headingAction(1)),
                      Qt::LeftButton);
    QCOMPARE(m_editor->pageText(), text);
    QVERIFY(!m_editor->document()->isModified());
}

void TestFormattingActions::contextMenuOffersFormatAndInsert()
{
    QVERIFY(start(u"Say «hello» there"_s));
    const QPoint point = m_editor->cursorRect().center();
    const std::unique_ptr<QMenu> menu(m_editor->createContextMenu(point));
    QMenu *format = nullptr;
    QMenu *insert = nullptr;
    for (QAction *action : menu->actions()) {
        if (QMenu *submenu = action->menu()) {
            if (submenu->objectName() == u"formatMenu")
                format = submenu;
            else if (submenu->objectName() == u"insertMenu")
                insert = submenu;
        }
    }
    QVERIFY(format);
    QVERIFY(insert);
    // The standard actions are still there, before the submenus.
    QStringList texts;
    for (const QAction *action : menu->actions())
        texts.append(action->text());
    QVERIFY2(std::any_of(texts.begin(), texts.end(),
                         [](const QString &text) { return text.startsWith(u"&Copy"); }),
             qPrintable(texts.join(u", ")));
    QVERIFY(format->actions().contains(m_window->formatting()->boldAction()));
    format->actions()
        .at(format->actions().indexOf(m_window->formatting()->boldAction()))
        ->trigger();
    QCOMPARE(state(), u"Say **«hello»** there"_s);
    QTest::keyClick(m_editor, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!m_editor->document()->isModified());

    // A read-only page offers no formatting.
    const QString relative = u"content/handbook/latin1.md"_s;
    QVERIFY(Test::writeFile(path(relative), "Caf\xE9 au lait\n"));
    m_window->openPath(path(relative));
    QVERIFY(m_editor->isReadOnly());
    const std::unique_ptr<QMenu> readOnly(m_editor->createContextMenu(QPoint(5, 5)));
    for (QAction *action : readOnly->actions())
        QVERIFY(!action->menu() || action->menu()->objectName() != u"formatMenu");
}

void TestFormattingActions::editMenuCutsCopiesPastesAndUndoes()
{
    QVERIFY(start(u"Say «hello» there"_s));
    const auto action = [this](const char *name) {
        return m_window->findChild<QAction *>(QLatin1String(name));
    };
    QMenu *edit = m_window->menuBar()->findChild<QMenu *>(u"editMenu"_s);
    for (const char *name :
         {"undoAction", "redoAction", "cutAction", "copyAction", "pasteAction", "selectAllAction"})
        QVERIFY2(action(name) && edit->actions().contains(action(name)), name);
    QVERIFY(!action("undoAction")->isEnabled());
    QVERIFY(action("cutAction")->isEnabled()); // a selection
    action("cutAction")->trigger();
    QCOMPARE(state(), u"Say ‸ there"_s);
    QCOMPARE(QApplication::clipboard()->text(), u"hello"_s);
    QVERIFY(action("undoAction")->isEnabled());
    QVERIFY(!action("cutAction")->isEnabled()); // nothing selected any more
    QVERIFY(!action("copyAction")->isEnabled());
    m_editor->moveCursor(QTextCursor::End);
    action("pasteAction")->trigger();
    QCOMPARE(m_editor->pageText(), u"Say  therehello"_s);
    action("undoAction")->trigger();
    action("undoAction")->trigger();
    QCOMPARE(m_editor->pageText(), u"Say hello there"_s);
    QVERIFY(action("redoAction")->isEnabled());
    action("redoAction")->trigger();
    QCOMPARE(m_editor->pageText(), u"Say  there"_s);
    action("selectAllAction")->trigger();
    QCOMPARE(m_editor->textCursor().selectedText(), u"Say  there"_s);
    action("copyAction")->trigger();
    QCOMPARE(QApplication::clipboard()->text(), u"Say  there"_s);
}

FOLIO_WEBENGINE_TEST_MAIN(TestFormattingActions)
#include "tst_formattingactions.moc"
