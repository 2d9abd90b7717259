// Find and replace in the real window, driven with the keys and clicks a user would use.
#include "editing/markedtext.h"
#include "editor/editapplier.h"
#include "editor/editorview.h"
#include "editor/findbar.h"
#include "mainwindow/mainwindow.h"
#include "testsupport.h"
#include "webenginetestmain.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Folio;
using namespace Qt::StringLiterals;
using Test::MarkedText;

class TestFindBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void ctrlFFindsTheSelectionAndHighlightsEveryMatch();
    void optionsNarrowTheMatchesAndBadPatternsAreExplained();
    void replaceAndReplaceAllAreOneUndoStepEach();
    void regularExpressionReplacementUsesGroups();
    void problemUnderlinesStayWhileSearching();

private:
    [[nodiscard]] QString path(const QString &relative) const
    {
        return m_handbook.filePath(relative);
    }
    bool start(const QString &marked);
    [[nodiscard]] QString state() const
    {
        return MarkedText::write(m_editor->pageText(), Editor::selectionOf(m_editor));
    }
    // The find bar's background highlights (the extra selections after the underlines).
    [[nodiscard]] qsizetype highlightCount() const
    {
        return m_editor->extraSelections().size() - m_editor->problems().size();
    }

    QTemporaryDir m_home;
    QTemporaryDir m_handbook;
    MainWindow *m_window = nullptr;
    Editor::EditorView *m_editor = nullptr;
    Editor::FindBar *m_bar = nullptr;
    int m_pages = 0;
};

void TestFindBar::initTestCase()
{
    qputenv("XDG_DATA_HOME", m_home.filePath(u"data"_s).toUtf8());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(u"config"_s).toUtf8());
    qputenv("HOME", m_home.path().toUtf8());
    QSettings().setValue(u"editor/autosave"_s, false);
    QVERIFY(Test::writeFile(path(u"config.toml"_s), "title = \"Test\"\n"));
    QVERIFY(Test::writeFile(path(u"content/handbook/_index.md"_s), "# Home\n"));
}

void TestFindBar::init()
{
    m_window = new MainWindow;
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_editor = m_window->editor();
    m_bar = m_window->findBar();
}

void TestFindBar::cleanup()
{
    m_editor->document()->setModified(false);
    delete m_window;
    m_window = nullptr;
}

bool TestFindBar::start(const QString &marked)
{
    const MarkedText page = MarkedText::parse(marked);
    const QString relative = u"content/handbook/page%1.md"_s.arg(++m_pages);
    if (!Test::writeFile(path(relative), page.text.toUtf8()))
        return false;
    m_window->openPath(path(relative));
    if (m_window->currentPage() != relative)
        return false;
    QTextCursor cursor(m_editor->document());
    cursor.setPosition(int(page.selection.anchor));
    cursor.setPosition(int(page.selection.position), QTextCursor::KeepAnchor);
    m_editor->setTextCursor(cursor);
    m_window->activateWindow();
    m_editor->setFocus();
    return QTest::qWaitForWindowActive(m_window) && m_editor->hasFocus();
}

void TestFindBar::ctrlFFindsTheSelectionAndHighlightsEveryMatch()
{
    QVERIFY(start(u"«cat» dog cat bird Cat"_s));
    QVERIFY(!m_bar->isVisible());
    QTest::keyClick(m_editor, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(m_bar->isVisible());
    QVERIFY(m_bar->queryEdit()->hasFocus());
    QCOMPARE(m_bar->queryEdit()->text(), u"cat"_s);
    QCOMPARE(m_bar->matchCount(), 3);
    QCOMPARE(highlightCount(), 3);
    QCOMPARE(m_bar->statusText(), u"1 of 3"_s);

    QTest::keyClick(m_bar->queryEdit(), Qt::Key_Return);
    QCOMPARE(state(), u"cat dog «cat» bird Cat"_s);
    QCOMPARE(m_bar->statusText(), u"2 of 3"_s);
    QTest::keyClick(m_bar->queryEdit(), Qt::Key_Return);
    QCOMPARE(state(), u"cat dog cat bird «Cat»"_s);
    // After the last match, the first again.
    QTest::keyClick(m_bar->queryEdit(), Qt::Key_Return);
    QCOMPARE(state(), u"«cat» dog cat bird Cat"_s);
    QTest::keyClick(m_bar->queryEdit(), Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(m_bar->statusText(), u"3 of 3"_s);

    // Esc closes the bar, clears the highlights and gives the editor the keys back.
    QTest::keyClick(m_bar->queryEdit(), Qt::Key_Escape);
    QVERIFY(!m_bar->isVisible());
    QCOMPARE(highlightCount(), 0);
    QVERIFY(m_editor->hasFocus());
    // F3 / Shift+F3 go on searching from the editor.
    QTest::keyClick(m_editor, Qt::Key_F3);
    QCOMPARE(state(), u"«cat» dog cat bird Cat"_s);
    QTest::keyClick(m_editor, Qt::Key_F3);
    QCOMPARE(state(), u"cat dog «cat» bird Cat"_s);
    QTest::keyClick(m_editor, Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(state(), u"«cat» dog cat bird Cat"_s);

    // Typing a query finds as it goes, from the cursor.
    m_editor->moveCursor(QTextCursor::End);
    QTest::keyClick(m_editor, Qt::Key_F, Qt::ControlModifier);
    QTest::keyClicks(m_bar->queryEdit(), u"bi"_s);
    QCOMPARE(state(), u"cat dog cat «bi»rd Cat"_s);
    QCOMPARE(m_bar->statusText(), u"1 of 1"_s);
    QTest::keyClicks(m_bar->queryEdit(), u"x"_s);
    QCOMPARE(m_bar->statusText(), u"No matches"_s);
    QCOMPARE(highlightCount(), 0);
}

void TestFindBar::optionsNarrowTheMatchesAndBadPatternsAreExplained()
{
    QVERIFY(start(u"‸Cat cat concat c.t"_s));
    QTest::keyClick(m_editor, Qt::Key_F, Qt::ControlModifier);
    QTest::keyClicks(m_bar->queryEdit(), u"cat"_s);
    QCOMPARE(m_bar->matchCount(), 3);
    QTest::mouseClick(m_bar->matchCaseBox(), Qt::LeftButton);
    QVERIFY(m_bar->matchCaseBox()->isChecked());
    QCOMPARE(m_bar->matchCount(), 2);
    QTest::mouseClick(m_bar->wholeWordBox(), Qt::LeftButton);
    QCOMPARE(m_bar->matchCount(), 1);
    QCOMPARE(highlightCount(), 1);

    // A pattern: "c.t" matches every three-letter c_t word, and the literal one.
    QTest::mouseClick(m_bar->regularExpressionBox(), Qt::LeftButton);
    m_bar->queryEdit()->setFocus();
    m_bar->queryEdit()->selectAll();
    QTest::keyClicks(m_bar->queryEdit(), u"c.t"_s);
    QCOMPARE(m_bar->matchCount(), 2);
    QTest::keyClicks(m_bar->queryEdit(), u"("_s);
    QCOMPARE(m_bar->matchCount(), 0);
    QVERIFY2(m_bar->statusText().startsWith(u"Invalid regular expression at character"_s),
             qPrintable(m_bar->statusText()));
    QCOMPARE(highlightCount(), 0);
    // Without regular expressions, the same text is plain text again.
    QTest::mouseClick(m_bar->regularExpressionBox(), Qt::LeftButton);
    QCOMPARE(m_bar->matchCount(), 0);
    QCOMPARE(m_bar->statusText(), u"No matches"_s);
}

void TestFindBar::replaceAndReplaceAllAreOneUndoStepEach()
{
    QVERIFY(start(u"‸cat dog cat bird cat"_s));
    QTest::keyClick(m_editor, Qt::Key_H, Qt::ControlModifier);
    QVERIFY(m_bar->replacementEdit()->isVisible());
    QTest::keyClicks(m_bar->queryEdit(), u"cat"_s);
    QCOMPARE(state(), u"«cat» dog cat bird cat"_s);
    QTest::mouseClick(m_bar->replacementEdit(), Qt::LeftButton);
    QTest::keyClicks(m_bar->replacementEdit(), u"cow"_s);
    // Enter replaces the current match and shows the next one.
    QTest::keyClick(m_bar->replacementEdit(), Qt::Key_Return);
    QCOMPARE(state(), u"cow dog «cat» bird cat"_s);
    QCOMPARE(m_bar->matchCount(), 2);
    QCOMPARE(m_bar->statusText(), u"1 of 2"_s);

    QTest::mouseClick(m_bar->replaceAllButton(), Qt::LeftButton);
    QCOMPARE(m_editor->pageText(), u"cow dog cow bird cow"_s);
    QCOMPARE(m_bar->statusText(), u"Replaced 2 matches"_s);
    QCOMPARE(highlightCount(), 0);

    // One Ctrl+Z per replacement.
    m_editor->setFocus();
    QTest::keyClick(m_editor, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_editor->pageText(), u"cow dog cat bird cat"_s);
    QTest::keyClick(m_editor, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_editor->pageText(), u"cat dog cat bird cat"_s);
    QVERIFY(!m_editor->document()->isModified());
}

void TestFindBar::regularExpressionReplacementUsesGroups()
{
    QVERIFY(start(u"‸See [Home](/handbook/) and [Sales](/sales/)."_s));
    QTest::keyClick(m_editor, Qt::Key_H, Qt::ControlModifier);
    QTest::mouseClick(m_bar->regularExpressionBox(), Qt::LeftButton);
    m_bar->queryEdit()->setFocus();
    QTest::keyClicks(m_bar->queryEdit(), uR"(\[(\w+)\]\(([^)]+)\))"_s);
    QCOMPARE(m_bar->matchCount(), 2);
    QTest::mouseClick(m_bar->replacementEdit(), Qt::LeftButton);
    QTest::keyClicks(m_bar->replacementEdit(), uR"(**\1** <$2>)"_s);
    QTest::mouseClick(m_bar->replaceAllButton(), Qt::LeftButton);
    QCOMPARE(m_editor->pageText(), u"See **Home** </handbook/> and **Sales** </sales/>."_s);
}

void TestFindBar::problemUnderlinesStayWhileSearching()
{
    QVERIFY(start(u"‸Our serivices are priced per seat. Our serivices grow.\n"_s));
    // The review underlines the misspelling a moment after the page opens.
    // The second one: no front-matter underline (line 1 from column 1) covers it.
    const int typo = int(m_editor->pageText().lastIndexOf(u"serivices"_s)) + 2;
    QTRY_VERIFY_WITH_TIMEOUT(m_editor->problemAt(typo), 20000);
    const qsizetype underlines = m_editor->problems().size();

    QTest::keyClick(m_editor, Qt::Key_F, Qt::ControlModifier);
    QTest::keyClicks(m_bar->queryEdit(), u"our"_s);
    QCOMPARE(m_bar->matchCount(), 2);
    QCOMPARE(m_editor->extraSelections().size(), underlines + 2);
    QVERIFY(m_editor->problemAt(typo));
    QCOMPARE(m_editor->problemAt(typo)->category, Checks::Category::Spelling);
    QTest::keyClick(m_bar->queryEdit(), Qt::Key_Escape);
    QCOMPARE(m_editor->extraSelections().size(), underlines);
    QVERIFY(m_editor->problemAt(typo));
}

FOLIO_WEBENGINE_TEST_MAIN(TestFindBar)
#include "tst_findbar.moc"
