#include "checks/problemsmodel.h"
#include "editor/editorview.h"
#include "git/gitlibrary.h"
#include "mainwindow/mainwindow.h"
#include "preview/previewview.h"
#include "previewtestsupport.h"
#include "review/problemspanel.h"
#include "review/reviewcontroller.h"
#include "webenginetestmain.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDockWidget>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

using namespace Folio;
using Checks::Category;
using Checks::Problem;

// Review in the window, as a user meets it: a page with a misspelling, a broken page link,
// a broken anchor and a missing image is underlined in the editor, marked in the preview and
// listed in the Problems dock; the context menu fixes the word or adds it to the handbook's
// dictionary; typing a new mistake is found after a pause; the whole handbook is checked on
// demand.

namespace {

const QByteArray salesPage = "---\n"
                             "title: Sales\n"
                             "description: How we sell.\n"
                             "---\n"
                             "## Pricing\n"
                             "\n"
                             "Our serivices are priced per seat.\n"
                             "\n"
                             "See the [handbook](/handbook/) and [the guide](/handbook/sale/).\n"
                             "\n"
                             "Jump to [pricing](#pricing) or [nowhere](#nowhere).\n"
                             "\n"
                             "![logo](/images/logo.png) ![gone](/images/gone.png)\n";

const QByteArray homePage = "---\n"
                            "title: Handbook\n"
                            "description: Everything.\n"
                            "---\n"
                            "## Welcome\n"
                            "\n"
                            "Read about [sales](/handbook/sales/). We recieve visitors.\n";

QStringList subjects(const QList<Problem> &problems, Category category)
{
    QStringList result;
    for (const Problem &problem : problems) {
        if (problem.category == category)
            result.append(problem.subject);
    }
    return result;
}

// Right-clicks the editor on position and triggers the menu entry whose text starts with
// label; false when there is no such entry.
bool chooseFromContextMenu(Editor::EditorView *editor, int position, const QString &label)
{
    QTextCursor cursor(editor->document());
    cursor.setPosition(position);
    const QPoint point = editor->cursorRect(cursor).center() + QPoint(2, 0);
    bool found = false;
    QTimer::singleShot(100, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction *action : menu->actions()) {
            if (action->text().startsWith(label) && action->isEnabled()) {
                found = true;
                menu->close();
                action->trigger();
                return;
            }
        }
        menu->close();
    });
    QContextMenuEvent event(QContextMenuEvent::Mouse, point,
                            editor->viewport()->mapToGlobal(point));
    QApplication::sendEvent(editor->viewport(), &event);
    return found;
}

int positionOf(Editor::EditorView *editor, const QString &text)
{
    return int(editor->pageText().indexOf(text));
}

} // namespace

class TestReview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void problemsAreUnderlinedMarkedAndListed();
    void contextMenuReplacesTheWord();
    void addingToTheHandbookDictionaryAcceptsTheWordAndSharesIt();
    void typingAMistakeIsFoundAfterAPause();
    void activatingAProblemPutsTheCursorOnIt();
    void wholeHandbookCheckListsEveryPage();
    void misspellingMarksCanBeTurnedOff();
    void clickingAMarkedWordPutsTheCursorOnIt();

private:
    void openSales();
    QString path(const QString &relative) const { return m_handbook.filePath(relative); }

    QTemporaryDir m_home;
    QTemporaryDir m_handbook;
    MainWindow *m_window = nullptr;
    Git::GitLibrary m_git;
};

void TestReview::initTestCase()
{
    Test::useTemporaryHome(m_home);
}

void TestReview::init()
{
    // A fresh handbook each time: some tests change its pages and dictionary.
    QDir(m_handbook.path()).removeRecursively();
    QVERIFY(QDir().mkpath(m_handbook.path()));
    QVERIFY(Test::writeFile(path(QStringLiteral("config.toml")), "title = \"Test\"\n"));
    QVERIFY(Test::writeFile(path(QStringLiteral("content/handbook/_index.md")), homePage));
    QVERIFY(Test::writeFile(path(QStringLiteral("content/handbook/sales/_index.md")), salesPage));
    QVERIFY(Test::writeFile(path(QStringLiteral("static/images/logo.png")), "\x89PNG\r\n"));
    m_window = new MainWindow;
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestReview::cleanup()
{
    m_window->editor()->document()->setModified(false);
    delete m_window;
    m_window = nullptr;
}

void TestReview::openSales()
{
    QSignalSpy indexed(m_window, &MainWindow::indexReady);
    m_window->openPath(path(QStringLiteral("content/handbook/sales/_index.md")));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentPage(),
                              QStringLiteral("content/handbook/sales/_index.md"), 10000);
    QVERIFY(indexed.count() > 0 || indexed.wait(20000));
    // The check after the index arrives includes the links.
    QTRY_VERIFY_WITH_TIMEOUT(
        !subjects(m_window->review()->pageProblems(), Category::Link).isEmpty(), 20000);
}

void TestReview::problemsAreUnderlinedMarkedAndListed()
{
    QSignalSpy updated(m_window->preview(), &Preview::PreviewView::contentUpdated);
    openSales();
    const QList<Problem> problems = m_window->review()->pageProblems();
    QCOMPARE(subjects(problems, Category::Spelling), QStringList{QStringLiteral("serivices")});
    QCOMPARE(subjects(problems, Category::Link),
             QStringList({QStringLiteral("/handbook/sale/"), QStringLiteral("#nowhere"),
                          QStringLiteral("/images/gone.png")}));
    for (const Problem &problem : problems) {
        if (problem.category == Category::FrontMatter)
            QVERIFY2(problem.severity == Checks::Severity::Info, qPrintable(problem.message));
    }

    // Underlined in the editor, exactly over the word, wavy.
    Editor::EditorView *editor = m_window->editor();
    const int word = positionOf(editor, QStringLiteral("serivices"));
    QTextCursor span;
    const Problem *underlined = editor->problemAt(word + 2, &span);
    QVERIFY(underlined);
    QCOMPARE(span.selectedText(), QStringLiteral("serivices"));
    QCOMPARE(underlined->line, 7);
    QCOMPARE(underlined->column, 5);
    const auto selections = editor->extraSelections();
    QVERIFY(std::any_of(selections.cbegin(), selections.cend(), [](const auto &selection) {
        return selection.format.underlineStyle() == QTextCharFormat::WaveUnderline &&
               selection.cursor.selectedText() == QStringLiteral("/handbook/sale/");
    }));

    // Marked in the preview, not elsewhere.
    QTRY_COMPARE_WITH_TIMEOUT(
        Test::evaluate(m_window->preview(),
                       QStringLiteral("Array.from(document.querySelectorAll("
                                      "'#folio-content .folio-misspelled')).map(e => "
                                      "e.textContent).join(',')"))
            .toString(),
        QStringLiteral("serivices"), 10000);

    // Listed in the dock, whose tab counts them.
    Checks::ProblemsModel *model = m_window->problemsPanel()->model();
    QCOMPARE(model->problems(m_window->currentPage()).size(), problems.size());
    QVERIFY(m_window->problemsDock()->windowTitle().contains(QString::number(problems.size())));
}

void TestReview::contextMenuReplacesTheWord()
{
    openSales();
    Editor::EditorView *editor = m_window->editor();
    QVERIFY(chooseFromContextMenu(editor, positionOf(editor, QStringLiteral("serivices")) + 3,
                                  QStringLiteral("services")));
    QVERIFY(editor->pageText().contains(QStringLiteral("Our services are priced")));
    QTRY_VERIFY_WITH_TIMEOUT(
        subjects(m_window->review()->pageProblems(), Category::Spelling).isEmpty(), 10000);
    // One undo step brings the word back.
    QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(editor->pageText().contains(QStringLiteral("Our serivices are")));

    // A broken link offers the closest page.
    QTRY_VERIFY_WITH_TIMEOUT(
        !subjects(m_window->review()->pageProblems(), Category::Spelling).isEmpty(), 10000);
    QVERIFY(chooseFromContextMenu(editor, positionOf(editor, QStringLiteral("/handbook/sale/")) + 3,
                                  QStringLiteral("Change Link to “/handbook/sales/”")));
    QVERIFY(editor->pageText().contains(QStringLiteral("[the guide](/handbook/sales/)")));
    QTRY_COMPARE_WITH_TIMEOUT(
        subjects(m_window->review()->pageProblems(), Category::Link),
        QStringList({QStringLiteral("#nowhere"), QStringLiteral("/images/gone.png")}), 10000);
}

void TestReview::addingToTheHandbookDictionaryAcceptsTheWordAndSharesIt()
{
    openSales();
    Editor::EditorView *editor = m_window->editor();
    QVERIFY(chooseFromContextMenu(editor, positionOf(editor, QStringLiteral("serivices")) + 1,
                                  QStringLiteral("Add “serivices” to Handbook Dictionary")));
    QTRY_VERIFY_WITH_TIMEOUT(
        subjects(m_window->review()->pageProblems(), Category::Spelling).isEmpty(), 10000);
    QVERIFY(!editor->problemAt(positionOf(editor, QStringLiteral("serivices")) + 1));
    // In the repository, for the team: the file the CLI reads too.
    QCOMPARE(Test::readFile(path(QStringLiteral(".folio/dictionary.txt"))).trimmed(),
             QByteArray("serivices"));
    const Test::ProcessResult check =
        Test::run(QStringLiteral(FOLIO_BINARY),
                  {QStringLiteral("check"), QStringLiteral("--only"), QStringLiteral("spelling"),
                   path(QStringLiteral("content/handbook/sales/_index.md"))});
    QCOMPARE(check.exitCode, 0);
    QVERIFY2(check.out.isEmpty(), check.out.constData());
}

void TestReview::typingAMistakeIsFoundAfterAPause()
{
    openSales();
    Editor::EditorView *editor = m_window->editor();
    QTextCursor cursor(editor->document()->findBlockByNumber(5)); // the empty line 6
    editor->setTextCursor(cursor);
    editor->setFocus();
    QTest::keyClicks(editor, QStringLiteral("A tpyo here"));
    QTRY_VERIFY_WITH_TIMEOUT(subjects(m_window->review()->pageProblems(), Category::Spelling)
                                 .contains(QStringLiteral("tpyo")),
                             10000);
    const Problem *problem = editor->problemAt(positionOf(editor, QStringLiteral("tpyo")) + 1);
    QVERIFY(problem);
    QCOMPARE(problem->line, 6);
    QCOMPARE(problem->column, 3);
}

void TestReview::activatingAProblemPutsTheCursorOnIt()
{
    openSales();
    Review::ProblemsPanel *panel = m_window->problemsPanel();
    Checks::ProblemsModel *model = panel->model();
    const QModelIndex page = model->pageIndex(m_window->currentPage());
    QModelIndex anchor;
    for (int row = 0; row < model->rowCount(page); ++row) {
        const auto problem =
            model->index(row, 0, page).data(Checks::ProblemsModel::ProblemRole).value<Problem>();
        if (problem.subject == QStringLiteral("#nowhere"))
            anchor = model->index(row, 0, page);
    }
    QVERIFY(anchor.isValid());
    m_window->problemsDock()->show();
    m_window->problemsDock()->raise();
    QTreeView *view = panel->view();
    QTRY_VERIFY(view->isVisible());
    view->scrollTo(anchor);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(anchor).center());
    const QTextCursor cursor = m_window->editor()->textCursor();
    QCOMPARE(cursor.blockNumber() + 1, 11);
    QCOMPARE(cursor.positionInBlock(),
             int(QStringLiteral("Jump to [pricing](#pricing) or [nowhere](").size()));

    // F8 walks to the next problem, the missing image.
    QTest::keyClick(m_window, Qt::Key_F8);
    QCOMPARE(m_window->editor()->textCursor().blockNumber() + 1, 13);
}

void TestReview::wholeHandbookCheckListsEveryPage()
{
    openSales();
    QSignalSpy checked(m_window->review(), &Review::ReviewController::handbookChecked);
    Review::ProblemsPanel *panel = m_window->problemsPanel();
    m_window->problemsDock()->show();
    QTest::mouseClick(panel->checkHandbookButton(), Qt::LeftButton);
    QVERIFY(checked.count() > 0 || checked.wait(20000));
    QCOMPARE(checked.first().first().toBool(), true);
    const QList<Problem> home =
        panel->model()->problems(QStringLiteral("content/handbook/_index.md"));
    QCOMPARE(subjects(home, Category::Spelling), QStringList{QStringLiteral("recieve")});
    QVERIFY(!panel->model()->problems(m_window->currentPage()).isEmpty());
    QVERIFY2(panel->summaryText().contains(QStringLiteral("2 pages")),
             qPrintable(panel->summaryText()));

    // Going through the list: the page left keeps its entry.
    QVERIFY(m_window->openPage(QStringLiteral("content/handbook/_index.md")));
    QVERIFY(
        !panel->model()->problems(QStringLiteral("content/handbook/sales/_index.md")).isEmpty());

    // Hiding spelling hides the home page, whose only problem it is.
    QTest::mouseClick(panel->categoryButton(Category::Spelling), Qt::LeftButton);
    QVERIFY(panel->model()->problems(QStringLiteral("content/handbook/_index.md")).isEmpty());
}

void TestReview::misspellingMarksCanBeTurnedOff()
{
    openSales();
    const QString count =
        QStringLiteral("document.querySelectorAll('#folio-content .folio-misspelled').length");
    QTRY_COMPARE_WITH_TIMEOUT(Test::evaluate(m_window->preview(), count).toInt(), 1, 10000);
    m_window->markMisspellingsAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(Test::evaluate(m_window->preview(), count).toInt(), 0, 10000);
    m_window->markMisspellingsAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(Test::evaluate(m_window->preview(), count).toInt(), 1, 10000);
}

void TestReview::clickingAMarkedWordPutsTheCursorOnIt()
{
    openSales();
    const QString locate = QStringLiteral(
        "(function(){var e=document.querySelector('#folio-content .folio-misspelled');"
        "if(!e)return null;var b=e.getBoundingClientRect();"
        "return {x:b.left+b.width/2,y:b.top+b.height/2};})()");
    QVariantMap rect;
    QTRY_VERIFY_WITH_TIMEOUT(
        !(rect = Test::evaluate(m_window->preview(), locate).toMap()).isEmpty(), 10000);
    const QPoint point(int(rect.value(QStringLiteral("x")).toDouble()),
                       int(rect.value(QStringLiteral("y")).toDouble()));
    m_window->editor()->placeCursor(0);
    QTest::mouseClick(m_window->preview()->focusProxy(), Qt::LeftButton, {}, point);
    const int typo = positionOf(m_window->editor(), QStringLiteral("serivices"));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->editor()->textCursor().position(), typo, 10000);
}

FOLIO_WEBENGINE_TEST_MAIN(TestReview)
#include "tst_review.moc"
