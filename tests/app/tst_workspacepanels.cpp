#include "editor/editorview.h"
#include "testsupport.h"
#include "webenginetestmain.h"
#include "workspace/backlinkspanel.h"
#include "workspace/outlinepanel.h"
#include "workspace/pageindexer.h"

#include <QListWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Folio;
using Folio::Workspace::BacklinksPanel;
using Folio::Workspace::OutlinePanel;

// The Outline and Backlinks docks on their own: the outline follows the editor's text and
// cursor; the backlinks come from a real index of a small handbook.

namespace {

const QString guide = QStringLiteral("---\n"
                                     "title: Guide\n"
                                     "---\n"
                                     "# Guide\n"
                                     "\n"
                                     "## Getting started\n"
                                     "\n"
                                     "Text.\n"
                                     "\n"
                                     "### Über uns\n"
                                     "\n"
                                     "```\n"
                                     "## not a heading\n"
                                     "```\n"
                                     "\n"
                                     "## Next steps {#next}\n"
                                     "More text.\n");

} // namespace

class TestWorkspacePanels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void outlineShowsNestedHeadingsWithIds();
    void outlineFollowsTypingAndTheCursor();
    void outlineHeadingAsksToGoThere();
    void outlineOfAReadOnlyPageAndOfNoPage();
    void backlinksListTheLinkingPagesAndLines();
};

void TestWorkspacePanels::outlineShowsNestedHeadingsWithIds()
{
    Editor::EditorView editor;
    editor.setPageText(guide);
    OutlinePanel panel;
    panel.setEditor(&editor);
    QCOMPARE(panel.headings().size(), 4);
    QCOMPARE(panel.headings()[1].text, QStringLiteral("Getting started"));
    QCOMPARE(panel.headings()[1].id, QStringLiteral("getting-started"));
    QCOMPARE(panel.headings()[1].line, 6);
    QCOMPARE(panel.headings()[2].id, QStringLiteral("über-uns"));
    QCOMPARE(panel.headings()[3].id, QStringLiteral("next"));
    // Nested by level: Guide > (Getting started > Über uns, Next steps).
    QTreeWidget *view = panel.view();
    QCOMPARE(view->topLevelItemCount(), 1);
    QTreeWidgetItem *top = view->topLevelItem(0);
    QCOMPARE(top->childCount(), 2);
    QCOMPARE(top->child(0)->child(0)->text(0), QStringLiteral("Über uns"));
    QCOMPARE(top->child(1)->text(0), QStringLiteral("Next steps"));
}

void TestWorkspacePanels::outlineFollowsTypingAndTheCursor()
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *editor = new Editor::EditorView(&window);
    auto *panel = new OutlinePanel(&window);
    layout->addWidget(editor);
    layout->addWidget(panel);
    editor->setPageText(guide);
    panel->setEditor(editor);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // The cursor in "Text." is under "Getting started".
    editor->setTextCursor(QTextCursor(editor->document()->findBlockByNumber(7)));
    QCOMPARE(panel->currentHeading(), 1);
    QCOMPARE(panel->view()->currentItem()->text(0), QStringLiteral("Getting started"));

    // Typing a new heading shows up after a pause.
    QSignalSpy updated(panel, &OutlinePanel::outlineUpdated);
    QTextCursor end(editor->document());
    end.movePosition(QTextCursor::End);
    editor->setTextCursor(end);
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClicks(editor, QStringLiteral("## Typed here"));
    QTRY_COMPARE(panel->headings().size(), 5);
    QCOMPARE(panel->headings().last().text, QStringLiteral("Typed here"));
    QCOMPARE(panel->currentHeading(), 4);
}

void TestWorkspacePanels::outlineHeadingAsksToGoThere()
{
    Editor::EditorView editor;
    editor.setPageText(guide);
    OutlinePanel panel;
    panel.setEditor(&editor);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy activated(&panel, &OutlinePanel::headingActivated);
    QTreeWidgetItem *next = panel.view()->topLevelItem(0)->child(1);
    const QRect rect = panel.view()->visualItemRect(next);
    QTest::mouseClick(panel.view()->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated[0][0].toInt(), 16);
    QCOMPARE(activated[0][1].toString(), QStringLiteral("next"));
}

void TestWorkspacePanels::outlineOfAReadOnlyPageAndOfNoPage()
{
    Editor::EditorView editor;
    OutlinePanel panel;
    panel.setEditor(&editor);
    // A page Folio may only read still has its outline.
    editor.setPageText(guide);
    editor.setReadOnly(true);
    panel.showPage(Markdown::Dialect::Goldmark);
    QCOMPARE(panel.headings().size(), 4);
    // The page closed: nothing of it stays.
    editor.setPageText(QString());
    panel.showNoPage();
    QVERIFY(panel.headings().isEmpty());
    QCOMPARE(panel.view()->topLevelItemCount(), 0);
}

void TestWorkspacePanels::backlinksListTheLinkingPagesAndLines()
{
    QTemporaryDir dir;
    const QString root = dir.path();
    QVERIFY(Test::writeFile(root + QStringLiteral("/config.toml"), "\n"));
    QVERIFY(Test::writeFile(root + QStringLiteral("/content/handbook/_index.md"),
                            "---\ntitle: Home\n---\nSee the [guide](/handbook/guide/).\n"));
    QVERIFY(Test::writeFile(root + QStringLiteral("/content/handbook/guide/_index.md"),
                            guide.toUtf8()));
    QVERIFY(Test::writeFile(root + QStringLiteral("/content/handbook/other.md"),
                            "---\ntitle: Other\n---\n\nFirst [start](/handbook/guide/#next).\n"));
    auto handbook = Handbook::Handbook::open(root);
    QVERIFY(handbook);
    const Workspace::PageIndex index = Workspace::PageIndexer::build(*handbook);

    BacklinksPanel panel;
    panel.setPage(QStringLiteral("content/handbook/guide/_index.md"));
    panel.setIndex(index);
    QCOMPARE(panel.backlinks().size(), 2);
    QListWidget *view = panel.view();
    QCOMPARE(view->count(), 2);
    QVERIFY2(view->item(0)->text().startsWith(QStringLiteral("Home\n4: See the [guide]")),
             qPrintable(view->item(0)->text()));
    QVERIFY2(view->item(1)->text().startsWith(QStringLiteral("Other\n5: First")),
             qPrintable(view->item(1)->text()));

    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy activated(&panel, &BacklinksPanel::backlinkActivated);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualItemRect(view->item(1)).center());
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated[0][0].toString(), QStringLiteral("content/handbook/other.md"));
    QCOMPARE(activated[0][1].toInt(), 5);

    // A page nobody links to says so.
    panel.setPage(QStringLiteral("content/handbook/other.md"));
    QCOMPARE(view->count(), 0);
}

FOLIO_WIDGETS_TEST_MAIN(TestWorkspacePanels)
#include "tst_workspacepanels.moc"
