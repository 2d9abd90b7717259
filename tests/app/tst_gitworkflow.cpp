#include "app/gitpanelfixture.h"
#include "editor/editorview.h"
#include "git/backupsdialog.h"
#include "git/branchbar.h"
#include "git/changesmodel.h"
#include "git/diffview.h"
#include "git/discardconfirmation.h"
#include "git/gitpanel.h"
#include "git/mergedialog.h"
#include "git/newbranchdialog.h"
#include "mainwindow/mainwindow.h"
#include "preview/rendereddiffcontroller.h"
#include "preview/rendereddiffview.h"
#include "previewtestsupport.h"
#include "webenginetestmain.h"
#include "widgets/messagebanner.h"

#include <QContextMenuEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

using namespace Folio;
using namespace Folio::Test;
using namespace Qt::StringLiterals;
using Git::ChangesModel;

// The git panel as one piece of the main window: branch bar, changes, discard and backups,
// rendered diff and the handbook's settings, against a real repository and the window's own
// GitService thread, driven by mouse and keys; the git CLI says what really happened.

namespace {

const QByteArray guideText = "---\ntitle: Guide\n---\n# Guide\n\nThe quick brown fox.\n";

// A QVERIFY or QTRY_ failing inside a helper returns from the helper only: stop the test too.
#define FOLIO_STEP(call)                                                                           \
    do {                                                                                           \
        call;                                                                                      \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

// Answers the modal message box that the next synchronous call opens. Arm it right before that
// call: the timer fires inside the box's own event loop.
void answerNextMessageBox(QMessageBox::StandardButton button, QString *text = nullptr)
{
    QTimer::singleShot(0, qApp, [=] {
        QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (text)
            *text = box->text();
        box->button(button)->click();
    });
}

template<typename T> T *visibleChild(QObject *parent)
{
    const auto children = parent->findChildren<T *>();
    for (T *child : children) {
        if (child->isVisible())
            return child;
    }
    return nullptr;
}

QPoint rowCenter(QListView *view, int row)
{
    const QModelIndex index = view->model()->index(row, 0);
    view->scrollTo(index);
    return view->visualRect(index).center();
}

} // namespace

class TestGitWorkflow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void branchBarHeadsThePanelAndCreatesABranch();
    void discardFromTheContextMenuThenRestore();
    void unsavedEditsAreSettledBeforeASwitch();
    void pageMissingOnTheNewBranchIsClosed();
    void renderedButtonShowsTheAddedWord();
    void handbookSettingTurnsTheBranchOfferOff();
    void problemsInTheSettingsAreShown();
    void gitMenuReachesEveryOperation();
    void offersToContinueAMergeInProgress();

private:
    void openHandbook();
    void editAndSave(const QString &page, const QString &appended);
    [[nodiscard]] Git::GitPanel *panel() const { return m_window->gitPanel(); }
    [[nodiscard]] ChangesModel *model() const { return panel()->model(); }
    [[nodiscard]] QString file(const QString &name) const { return m_repo + u'/' + name; }

    GitPanelFixture m_fixture;
    QString m_repo;
    MainWindow *m_window = nullptr;
};

void TestGitWorkflow::initTestCase()
{
    m_fixture.initTestCase(); // HOME before libgit2 starts
    // Backups go to the application's data folder: keep them in the temporary home too.
    qputenv("XDG_DATA_HOME", qgetenv("HOME") + "/data");
    qputenv("GIT_CONFIG_NOSYSTEM", "1");
    // Unsaved edits must still be unsaved when a git operation asks about them, however slow
    // the machine: autosave (tested in tst_recovery) would save them after a pause.
    QSettings().setValue(QStringLiteral("editor/autosave"), false);
}

void TestGitWorkflow::init()
{
    m_repo = m_fixture.newRepository();
    QVERIFY(!m_repo.isEmpty());
    QVERIFY(writeFile(file(QStringLiteral("guide.md")), guideText));
    QVERIFY(writeFile(file(QStringLiteral("team.md")), "---\ntitle: Team\n---\n# Team\n"));
    QVERIFY(commitAll(m_repo, QStringLiteral("initial")));
    m_window = new MainWindow;
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestGitWorkflow::cleanup()
{
    if (m_window)
        m_window->editor()->document()->setModified(false); // no "save?" on the way out
    delete m_window;
    m_window = nullptr;
}

void TestGitWorkflow::openHandbook()
{
    m_window->openPath(m_repo);
    QTRY_VERIFY_WITH_TIMEOUT(panel()->changeCount() >= 0, gitTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->currentPage().isEmpty(), gitTimeout);
    QVERIFY(m_window->openPage(QStringLiteral("guide.md")));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->branchBar()->displayText(), QStringLiteral("main"),
                              gitTimeout);
}

void TestGitWorkflow::editAndSave(const QString &page, const QString &appended)
{
    QVERIFY(m_window->openPage(page));
    Editor::EditorView *editor = m_window->editor();
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, appended);
    QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
    QVERIFY(!editor->document()->isModified());
    QTRY_VERIFY_WITH_TIMEOUT(model()->rowForPath(page) >= 0, gitTimeout);
}

// (a) The branch bar is the panel's header; a branch made there reaches git and the status bar.
void TestGitWorkflow::branchBarHeadsThePanelAndCreatesABranch()
{
    FOLIO_STEP(openHandbook());
    GitPanel::BranchBar *bar = m_window->branchBar();
    QVERIFY(bar);
    QCOMPARE(panel()->headerWidget(), static_cast<QWidget *>(bar));
    QVERIFY(bar->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->branchLabel()->text(), QStringLiteral("Branch: main"),
                              gitTimeout);

    QTRY_VERIFY_WITH_TIMEOUT(bar->branchMenu()->findChild<QAction *>(u"newBranchAction"_s),
                             gitTimeout);
    QTest::mouseClick(bar->branchButton(), Qt::LeftButton);
    FOLIO_STEP(clickMenuItem(bar->branchMenu(), QStringLiteral("newBranchAction")));
    GitPanel::NewBranchDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = visibleChild<GitPanel::NewBranchDialog>(m_window)));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")),
                     QStringLiteral("sa/pricing-fix"));
    QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")), Qt::Key_Return);

    QTRY_COMPARE_WITH_TIMEOUT(currentBranch(m_repo), QByteArray("sa/pricing-fix"), gitTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->branchLabel()->text(),
                              QStringLiteral("Branch: sa/pricing-fix"), gitTimeout);
    QCOMPARE(bar->displayText(), QStringLiteral("sa/pricing-fix"));
    QCOMPARE(m_window->currentPage(), QStringLiteral("guide.md")); // the page stays open
}

// (b) Discarding the open page from the list's context menu puts HEAD's text in the editor;
// the Backups dialog lists the copy and restoring it brings the edit back.
void TestGitWorkflow::discardFromTheContextMenuThenRestore()
{
    FOLIO_STEP(openHandbook());
    FOLIO_STEP(editAndSave(QStringLiteral("guide.md"), QStringLiteral("Edited in Folio.")));
    const QString edited = m_window->editor()->pageText();
    QVERIFY(edited.endsWith(QStringLiteral("fox.\nEdited in Folio.")));

    QListView *list = panel()->changesView();
    const QPoint point = rowCenter(list, model()->rowForPath(QStringLiteral("guide.md")));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, point);
    QContextMenuEvent event(QContextMenuEvent::Mouse, point, list->viewport()->mapToGlobal(point));
    QCoreApplication::sendEvent(list->viewport(), &event);
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = panel()->findChild<QMenu *>(QStringLiteral("changesContextMenu"))));
    FOLIO_STEP(clickMenuItem(menu, QStringLiteral("discardAction")));

    GitPanel::DiscardConfirmation *confirm = nullptr;
    QTRY_VERIFY((confirm = visibleChild<GitPanel::DiscardConfirmation>(m_window)));
    QCOMPARE(canonical(confirm->path()), canonical(file(QStringLiteral("guide.md"))));
    FOLIO_STEP(clickButton(confirm, QStringLiteral("discardButton")));

    QTRY_COMPARE_WITH_TIMEOUT(m_window->editor()->pageText(), QString::fromUtf8(guideText),
                              gitTimeout);
    QVERIFY(!m_window->editor()->document()->isModified());
    QCOMPARE(m_window->currentPage(), QStringLiteral("guide.md"));
    QCOMPARE(porcelain(m_repo), QByteArray());
    QTRY_COMPARE_WITH_TIMEOUT(panel()->changeCount(), 0, gitTimeout);

    FOLIO_STEP(clickButton(panel(), QStringLiteral("backupsButton")));
    GitPanel::BackupsDialog *backups = nullptr;
    QTRY_VERIFY((backups = visibleChild<GitPanel::BackupsDialog>(m_window)));
    int row = -1;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const QList<Git::BackupEntry> entries = backups->backups();
            for (int i = 0; i < entries.size(); ++i) {
                if (canonical(entries[i].originalPath) ==
                    canonical(file(QStringLiteral("guide.md"))))
                    row = i;
            }
            return row >= 0;
        }(),
        gitTimeout);
    backups->list()->setCurrentItem(backups->list()->topLevelItem(row));
    FOLIO_STEP(clickButton(backups, QStringLiteral("restoreButton")));

    QTRY_COMPARE_WITH_TIMEOUT(m_window->editor()->pageText(), edited, gitTimeout);
    QVERIFY(!m_window->editor()->document()->isModified());
    QCOMPARE(porcelain(m_repo), QByteArray(" M guide.md\n"));
    QTRY_COMPARE_WITH_TIMEOUT(panel()->changeCount(), 1, gitTimeout);
}

// (c) Unsaved edits and a branch switch from the bar: asked first; Cancel keeps everything as
// it is, Save writes the page and then switches, and nothing typed is lost.
void TestGitWorkflow::unsavedEditsAreSettledBeforeASwitch()
{
    QVERIFY(
        gitOk(m_repo, {QStringLiteral("switch"), QStringLiteral("-qc"), QStringLiteral("other")}));
    QVERIFY(commitFile(m_repo, QStringLiteral("team.md"), "---\ntitle: Team\n---\n# Our team\n",
                       QStringLiteral("team on other")));
    QVERIFY(
        gitOk(m_repo, {QStringLiteral("switch"), QStringLiteral("-q"), QStringLiteral("main")}));
    FOLIO_STEP(openHandbook());
    Editor::EditorView *editor = m_window->editor();
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, QStringLiteral("Unsaved words."));
    QVERIFY(editor->document()->isModified());
    const QString typed = editor->pageText();

    GitPanel::BranchBar *bar = m_window->branchBar();
    QTRY_VERIFY_WITH_TIMEOUT(bar->branchMenu()->findChild<QAction *>(u"branch:other"_s),
                             gitTimeout);
    const auto chooseOther = [&](QMessageBox::StandardButton answer, QString *question) {
        QTest::mouseClick(bar->branchButton(), Qt::LeftButton);
        QMenu *menu = bar->branchMenu();
        QTRY_VERIFY(menu->isVisible());
        QAction *other = menu->findChild<QAction *>(QStringLiteral("branch:other"));
        QVERIFY(other && other->isEnabled());
        answerNextMessageBox(answer, question);
        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(other).center());
    };

    QString question;
    FOLIO_STEP(chooseOther(QMessageBox::Cancel, &question));
    QVERIFY2(question.contains(QStringLiteral("not saved")), qPrintable(question));
    QTest::qWait(200); // a switch wrongly sent anyway would have time to happen
    QCOMPARE(currentBranch(m_repo), QByteArray("main"));
    QVERIFY(editor->document()->isModified());
    QCOMPARE(editor->pageText(), typed);
    QVERIFY(!bar->isBusy());

    question.clear();
    FOLIO_STEP(chooseOther(QMessageBox::Save, &question));
    QVERIFY(!question.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(currentBranch(m_repo), QByteArray("other"), gitTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->branchLabel()->text(), QStringLiteral("Branch: other"),
                              gitTimeout);
    // The edit was saved before the switch and carried over to the new branch.
    QCOMPARE(readFile(file(QStringLiteral("guide.md"))), typed.toUtf8());
    QCOMPARE(editor->pageText(), typed);
    QVERIFY(!editor->document()->isModified());
    QCOMPARE(porcelain(m_repo), QByteArray(" M guide.md\n"));
    // The other branch's version of a file that was not open is on disk.
    QCOMPARE(readFile(file(QStringLiteral("team.md"))),
             QByteArray("---\ntitle: Team\n---\n# Our team\n"));
}

// A page the new branch does not have is closed, with a word why; the tree follows the branch.
void TestGitWorkflow::pageMissingOnTheNewBranchIsClosed()
{
    QVERIFY(
        gitOk(m_repo, {QStringLiteral("switch"), QStringLiteral("-qc"), QStringLiteral("slim")}));
    QVERIFY(gitOk(m_repo, {QStringLiteral("rm"), QStringLiteral("-q"), QStringLiteral("team.md")}));
    QVERIFY(
        gitOk(m_repo, {QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("slim")}));
    QVERIFY(
        gitOk(m_repo, {QStringLiteral("switch"), QStringLiteral("-q"), QStringLiteral("main")}));
    FOLIO_STEP(openHandbook());
    QVERIFY(m_window->openPage(QStringLiteral("team.md")));
    QSignalSpy scanned(m_window, &MainWindow::pagesScanned);

    m_window->branchBar()->switchTo(QStringLiteral("slim"));
    QTRY_COMPARE_WITH_TIMEOUT(currentBranch(m_repo), QByteArray("slim"), gitTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->currentPage().isEmpty(), gitTimeout);
    QVERIFY(m_window->editor()->isReadOnly());
    QCOMPARE(m_window->editor()->pageText(), QString());
    QVERIFY(m_window->messageBanner()->isVisible());
    QVERIFY2(m_window->messageBanner()->text().contains(QStringLiteral("team.md")),
             qPrintable(m_window->messageBanner()->text()));
    QTRY_VERIFY_WITH_TIMEOUT(!scanned.isEmpty(), gitTimeout);
    QCOMPARE(scanned.last().first().toInt(), 1); // guide.md only
    QVERIFY(m_window->currentPage().isEmpty());  // the rescan opens nothing by itself

    // A file the merge dialog asks to open outside the handbook: where it is, not an error.
    const QString outside = m_fixture.tempPath(QStringLiteral("elsewhere.md"));
    Q_EMIT m_window->branchBar()->openFileRequested(outside);
    QVERIFY(m_window->messageBanner()->text().contains(outside));
    QVERIFY(m_window->currentPage().isEmpty());
}

// (d) The diff view's Rendered button shows the page compared, the added word in an <ins>.
void TestGitWorkflow::renderedButtonShowsTheAddedWord()
{
    FOLIO_STEP(openHandbook());
    FOLIO_STEP(editAndSave(QStringLiteral("guide.md"), QStringLiteral(" Agile")));
    QListView *list = panel()->changesView();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      rowCenter(list, model()->rowForPath(QStringLiteral("guide.md"))));
    Git::DiffView *diff = panel()->diffView();
    QTRY_VERIFY_WITH_TIMEOUT(diff->path() == QStringLiteral("guide.md"), gitTimeout);

    QSignalSpy shown(m_window->renderedDiff(), &Preview::RenderedDiffController::shown);
    QSignalSpy failed(m_window->renderedDiff(), &Preview::RenderedDiffController::failed);
    FOLIO_STEP(clickButton(diff, QStringLiteral("renderedDiffButton")));
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() || !failed.isEmpty(), gitTimeout);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    QCOMPARE(shown.first().at(0).toString(), QStringLiteral("guide.md"));
    QCOMPARE(shown.first().at(1).toString(), QStringLiteral("HEAD"));

    Preview::RenderedDiffView *view = m_window->renderedDiff()->view();
    QVERIFY(view->isVisible());
    QCOMPARE(view->page(), QStringLiteral("guide.md"));
    const QString inserted = QStringLiteral(
        "Array.from(document.querySelectorAll('ins')).map(function(e){return e.textContent;})"
        ".join('|')");
    QTRY_VERIFY_WITH_TIMEOUT(
        Test::evaluate(view->preview(), inserted).toString().contains(QStringLiteral("Agile")),
        30000);
    QVERIFY(!Test::evaluate(view->preview(), inserted).toString().contains(QStringLiteral("fox")));
}

// (e) offer_branch_on_default: false in .folio.yml: committing on main just commits to main.
void TestGitWorkflow::handbookSettingTurnsTheBranchOfferOff()
{
    QVERIFY(commitFile(m_repo, QStringLiteral(".folio.yml"), "offer_branch_on_default: false\n",
                       QStringLiteral("settings")));
    const QByteArray before = revParse(m_repo, QStringLiteral("main"));
    FOLIO_STEP(openHandbook());
    QVERIFY(!panel()->offersBranchOnDefault());
    FOLIO_STEP(editAndSave(QStringLiteral("guide.md"), QStringLiteral("Committed on main.")));

    FOLIO_STEP(clickButton(panel(), QStringLiteral("commitButton")));
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(QStringLiteral("commitDialog"))) &&
                dialog->isVisible());
    FOLIO_STEP(clickButton(dialog, QStringLiteral("commitButton")));

    QTRY_COMPARE_WITH_TIMEOUT(
        gitText(m_repo, {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--name-only"),
                         QStringLiteral("--format=")}),
        QByteArray("guide.md"), gitTimeout);
    QCOMPARE(currentBranch(m_repo), QByteArray("main"));
    QCOMPARE(revParse(m_repo, QStringLiteral("main~1")), before);
    const auto dialogs = m_window->findChildren<QDialog *>(QStringLiteral("branchOfferDialog"));
    for (QDialog *offer : dialogs)
        QVERIFY(!offer->isVisible());
    QCOMPARE(porcelain(m_repo), QByteArray());
}

// A setting that cannot be used keeps its default and is reported in the panel.
void TestGitWorkflow::problemsInTheSettingsAreShown()
{
    QVERIFY(commitFile(m_repo, QStringLiteral(".folio.yml"), "offer_branch_on_default: maybe\n",
                       QStringLiteral("settings")));
    FOLIO_STEP(openHandbook());
    QVERIFY(panel()->offersBranchOnDefault());
    Widgets::MessageBanner *banner = panel()->messageBanner();
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral(".folio.yml")) &&
                 banner->text().contains(QStringLiteral("offer_branch_on_default")),
             qPrintable(banner->text()));
}

// The Git menu: every operation, with mnemonics and shortcuts, enabled once git answered.
void TestGitWorkflow::gitMenuReachesEveryOperation()
{
    QMenu *menu = m_window->gitMenu();
    QVERIFY(menu);
    QCOMPARE(menu->title(), QStringLiteral("G&it"));
    const QStringList names{u"commitAction"_s, u"newBranchAction"_s, u"switchBranchAction"_s,
                            u"mergeAction"_s,  u"discardAction"_s,   u"backupsAction"_s};
    for (const QString &name : names) {
        QAction *action = menu->findChild<QAction *>(name);
        QVERIFY2(action && menu->actions().contains(action), qPrintable(name));
        QVERIFY2(action->text().contains(u'&'), qPrintable(name));
        QVERIFY2(!action->isEnabled(), qPrintable(name)); // no handbook yet
    }
    QVERIFY(menu->actions().contains(panel()->toggleViewAction()));
    QCOMPARE(panel()->toggleViewAction()->shortcut(),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    QCOMPARE(menu->findChild<QAction *>(u"commitAction"_s)->shortcut(),
             QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));

    FOLIO_STEP(openHandbook());
    for (const QString &name : names)
        QVERIFY2(menu->findChild<QAction *>(name)->isEnabled(), qPrintable(name));

    // Hidden panel, keyboard only: the shortcut brings the panel and the dialog.
    panel()->hide();
    m_window->editor()->setFocus();
    QTest::keyClick(m_window->editor(), Qt::Key_N, Qt::ControlModifier | Qt::AltModifier);
    GitPanel::NewBranchDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = visibleChild<GitPanel::NewBranchDialog>(m_window)));
    QVERIFY(panel()->isVisible());
    dialog->reject();

    // Backups from the menu opens the same dialog as the panel's button.
    menu->findChild<QAction *>(u"backupsAction"_s)->trigger();
    QTRY_VERIFY(visibleChild<GitPanel::BackupsDialog>(m_window));
}

// On opening a handbook that is in the middle of a merge, the bar offers to continue it.
void TestGitWorkflow::offersToContinueAMergeInProgress()
{
    QVERIFY(
        gitOk(m_repo, {QStringLiteral("switch"), QStringLiteral("-qc"), QStringLiteral("other")}));
    QVERIFY(commitFile(m_repo, QStringLiteral("guide.md"), "other words\n", QStringLiteral("o")));
    QVERIFY(
        gitOk(m_repo, {QStringLiteral("switch"), QStringLiteral("-q"), QStringLiteral("main")}));
    QVERIFY(commitFile(m_repo, QStringLiteral("guide.md"), "main words\n", QStringLiteral("m")));
    QVERIFY(git(m_repo, {QStringLiteral("merge"), QStringLiteral("other")}).exitCode != 0);

    m_window->openPath(m_repo);
    auto *resume =
        m_window->branchBar()->findChild<QToolButton *>(QStringLiteral("continueMergeButton"));
    QVERIFY(resume);
    QTRY_VERIFY_WITH_TIMEOUT(resume->isVisible(), gitTimeout);
    // The menu's Merge… continues that merge rather than starting another.
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->gitMenu()->findChild<QAction *>(u"mergeAction"_s)->isEnabled(), gitTimeout);
    m_window->gitMenu()->findChild<QAction *>(u"mergeAction"_s)->trigger();
    QDialog *merge = nullptr;
    QTRY_VERIFY((merge = visibleChild<GitPanel::MergeDialog>(m_window)));
    QTRY_VERIFY_WITH_TIMEOUT(
        merge->findChild<QWidget *>(QStringLiteral("conflictList")) &&
            merge->findChild<QWidget *>(QStringLiteral("conflictList"))->isVisible(),
        gitTimeout);
}

FOLIO_WEBENGINE_TEST_MAIN(TestGitWorkflow)
#include "tst_gitworkflow.moc"
