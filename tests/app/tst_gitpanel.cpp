#include "editor/editorview.h"
#include "git/branchbar.h"
#include "git/changesmodel.h"
#include "git/commitdialog.h"
#include "git/diffview.h"
#include "git/gitpanel.h"
#include "git/gittestsupport.h"
#include "git/worktreewatcher.h"
#include "mainwindow/mainwindow.h"
#include "webenginetestmain.h"
#include "widgets/messagebanner.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QToolButton>

#include <optional>

using namespace Folio;
using namespace std::chrono_literals;
using Git::ChangesModel;

// A QVERIFY or QTRY_ failing inside a helper returns from the helper only: stop the test too.
#define FOLIO_HELPER(call)                                                                         \
    do {                                                                                           \
        call;                                                                                      \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

namespace {

const QString noChanges = QStringLiteral("No changes — edit a page and save it.");

QString gitText(const QString &dir, const QStringList &arguments)
{
    return Test::gitOut(dir, arguments).trimmed();
}

// The dialog the panel opened (dialogs are children of the window; closed ones linger until
// deleted).
template<typename T = QDialog> T *openDialog(QWidget *window, const QString &name)
{
    const auto dialogs = window->findChildren<T *>(name);
    for (T *dialog : dialogs) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

void clickRow(QListView *view, int row)
{
    const QModelIndex index = view->model()->index(row, 0);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

// The text the diff view emphasizes, one entry per emphasized run.
QStringList emphasized(Git::DiffView *view)
{
    QStringList runs;
    for (QTextBlock block = view->textView()->document()->begin(); block.isValid();
         block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().boolProperty(Git::DiffView::EmphasisProperty))
                runs.append(it.fragment().text());
        }
    }
    return runs;
}

} // namespace

class TestGitPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void dockedWithViewMenuAndBadge();
    void savedPageIsListed();
    void fileChangedOnDiskAppearsByItself();
    void selectingAFileShowsItsDiff();
    void keyboardChoosesFiles();
    void commitsOnlyTheCheckedFiles();
    void missingIdentityAskedOnceThenCommitted();
    void branchOfferCreatesABranch();
    void staleIndexLockExplainedAndRemoved();
    void handbookWithoutGit();

private:
    void openHandbook();
    void commitThroughDialog();
    [[nodiscard]] Git::GitPanel *panel() const { return m_window->gitPanel(); }
    [[nodiscard]] ChangesModel *model() const { return panel()->model(); }

    std::optional<Test::IsolatedHome> m_home;
    std::optional<Git::GitLibrary> m_git;
    std::optional<Test::ScratchRepository> m_repo;
    MainWindow *m_window = nullptr;
};

void TestGitPanel::initTestCase()
{
    // Before libgit2 starts: it reads HOME once. No ~/.gitconfig there, so the identity comes
    // from each repository's own config.
    m_home.emplace();
    qputenv("XDG_DATA_HOME", (m_home->path() + QStringLiteral("/data")).toUtf8());
    m_git.emplace();
}

void TestGitPanel::init()
{
    m_repo.emplace();
    QVERIFY(m_repo->init());
    // Most tests commit on main without being offered a branch: the handbook says so.
    QVERIFY(m_repo->write(QStringLiteral(".folio.yml"), "offer_branch_on_default: false\n"));
    QVERIFY(m_repo->write(QStringLiteral("guide.md"),
                          "---\ntitle: Guide\n---\n# Guide\n\nThe quick brown fox.\n\nEnd.\n"));
    QVERIFY(m_repo->write(QStringLiteral("team.md"), "---\ntitle: Team\n---\n# Team\n"));
    FOLIO_GIT(m_repo->path, QStringLiteral("add"), QStringLiteral("-A"));
    FOLIO_GIT(m_repo->path, QStringLiteral("commit"), QStringLiteral("-qm"),
              QStringLiteral("initial"));
    m_window = new MainWindow;
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestGitPanel::cleanup()
{
    if (m_window)
        m_window->editor()->document()->setModified(false);
    delete m_window;
    m_window = nullptr;
    m_repo.reset();
}

void TestGitPanel::openHandbook()
{
    m_window->openPath(m_repo->path);
    QTRY_COMPARE_WITH_TIMEOUT(panel()->stateText(), noChanges, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->currentPage().isEmpty(), 10000);
}

void TestGitPanel::commitThroughDialog()
{
    auto *commit = panel()->findChild<QPushButton *>(QStringLiteral("commitButton"));
    QVERIFY(commit);
    QTRY_VERIFY(commit->isEnabled());
    QTest::mouseClick(commit, Qt::LeftButton);
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = openDialog(m_window, QStringLiteral("commitDialog"))));
    auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("commitButton"));
    QVERIFY(confirm);
    QVERIFY(confirm->isEnabled());
    QTest::mouseClick(confirm, Qt::LeftButton);
}

void TestGitPanel::dockedWithViewMenuAndBadge()
{
    FOLIO_HELPER(openHandbook());
    QCOMPARE(panel()->objectName(), QStringLiteral("gitPanel"));
    QCOMPARE(m_window->dockWidgetArea(panel()), Qt::BottomDockWidgetArea);
    QVERIFY(panel()->isVisible());
    bool inViewMenu = false;
    for (QAction *menu : m_window->menuBar()->actions()) {
        if (menu->menu() && menu->menu()->actions().contains(panel()->toggleViewAction()))
            inViewMenu = inViewMenu || menu->text() == QStringLiteral("&View");
    }
    QVERIFY(inViewMenu);

    QToolButton *badge = m_window->changesBadge();
    QTRY_VERIFY(badge->isVisible());
    QCOMPARE(badge->text(), QStringLiteral("0 changes"));
    QTest::mouseClick(badge, Qt::LeftButton);
    QVERIFY(!panel()->isVisible());
    QVERIFY(!panel()->watcher()->isPolling()); // nobody sees it: no polling
    QTest::mouseClick(badge, Qt::LeftButton);
    QVERIFY(panel()->isVisible());
    QVERIFY(panel()->watcher()->isPolling());

    // The branch bar heads the panel.
    QVERIFY(panel()->headerWidget());
    QCOMPARE(panel()->headerWidget(), static_cast<QWidget *>(m_window->branchBar()));
    QVERIFY(panel()->isAncestorOf(m_window->branchBar()));
}

void TestGitPanel::savedPageIsListed()
{
    FOLIO_HELPER(openHandbook());
    // Only the save may bring the change: no file watching or polling during this test.
    panel()->watcher()->stop();
    panel()->watcher()->setPollInterval(1h);
    QVERIFY(m_window->openPage(QStringLiteral("guide.md")));
    Editor::EditorView *editor = m_window->editor();
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, QStringLiteral("Saved by Folio."));
    QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(model()->rowForPath(QStringLiteral("guide.md")) >= 0, 5000);
    const int row = model()->rowForPath(QStringLiteral("guide.md"));
    QCOMPARE(model()->index(row).data().toString(), QStringLiteral("Guide")); // the page title
    QCOMPARE(model()->index(row).data(Qt::ToolTipRole).toString(), QStringLiteral("guide.md"));
    QCOMPARE(model()->index(row).data(ChangesModel::StatusLetterRole).toString(),
             QStringLiteral("M"));
    QCOMPARE(panel()->stateText(), QString());
    QTRY_COMPARE(m_window->changesBadge()->text(), QStringLiteral("1 change"));
    QCOMPARE(gitText(m_repo->path, {QStringLiteral("status"), QStringLiteral("--porcelain")}),
             QStringLiteral("M guide.md"));
}

void TestGitPanel::fileChangedOnDiskAppearsByItself()
{
    FOLIO_HELPER(openHandbook());
    // An in-place write to an existing page: no folder event, only the poll sees it.
    QVERIFY(m_repo->write(QStringLiteral("team.md"), "---\ntitle: Team\n---\n# Team\n\nNew.\n"));
    QTRY_VERIFY_WITH_TIMEOUT(model()->rowForPath(QStringLiteral("team.md")) >= 0, 15000);
    // A new file in a new folder: a folder event, no need to wait for a poll.
    panel()->watcher()->setPollInterval(1h);
    QVERIFY(m_repo->write(QStringLiteral("sales/pricing.md"), "# Pricing\n"));
    QTRY_VERIFY_WITH_TIMEOUT(model()->rowForPath(QStringLiteral("sales/pricing.md")) >= 0, 5000);
    const int row = model()->rowForPath(QStringLiteral("sales/pricing.md"));
    QCOMPARE(Git::ChangeKind(model()->index(row).data(ChangesModel::KindRole).toInt()),
             Git::ChangeKind::Untracked);
    // And a commit made in a terminal empties the list again.
    FOLIO_GIT(m_repo->path, QStringLiteral("add"), QStringLiteral("-A"));
    FOLIO_GIT(m_repo->path, QStringLiteral("commit"), QStringLiteral("-qm"),
              QStringLiteral("outside"));
    QTRY_COMPARE_WITH_TIMEOUT(panel()->stateText(), noChanges, 5000);
}

void TestGitPanel::selectingAFileShowsItsDiff()
{
    FOLIO_HELPER(openHandbook());
    QVERIFY(m_repo->write(QStringLiteral("guide.md"),
                          "---\ntitle: Guide\n---\n# Guide\n\nThe quick red fox.\n\nEnd.\n"));
    panel()->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(model()->rowForPath(QStringLiteral("guide.md")) >= 0, 5000);
    clickRow(panel()->changesView(), model()->rowForPath(QStringLiteral("guide.md")));
    Git::DiffView *diff = panel()->diffView();
    QTRY_VERIFY(diff->textView()->toPlainText().contains(QStringLiteral("+ The quick red fox.")));
    const QString text = diff->textView()->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("- The quick brown fox.")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("@@ -3,")));
    // Old and new line numbers before the added line (line 6 in the new file).
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("\\s+6 \\+ The quick red fox\\."))),
             qPrintable(text));
    QCOMPARE(emphasized(diff), (QStringList{QStringLiteral("brown"), QStringLiteral("red")}));

    // Against the target branch (main, where we are): the same change.
    auto *base = diff->findChild<QComboBox *>(QStringLiteral("diffBase"));
    QVERIFY(base);
    QCOMPARE(base->itemText(1), QStringLiteral("Target branch (main)"));
    base->setCurrentIndex(1);
    QCOMPARE(diff->baseRevision(), QStringLiteral("main"));
    QTRY_VERIFY(diff->textView()->toPlainText().contains(QStringLiteral("+ The quick red fox.")));

    // The hook for the rendered diff.
    QSignalSpy rendered(diff, &Git::DiffView::renderedDiffRequested);
    auto *button = diff->findChild<QToolButton *>(QStringLiteral("renderedDiffButton"));
    QVERIFY(button && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(rendered.count(), 1);
    QCOMPARE(rendered.first().at(0).toString(), QStringLiteral("guide.md"));
    QCOMPARE(rendered.first().at(1).toString(), QStringLiteral("main"));

    // A binary file says so.
    QVERIFY(m_repo->write(QStringLiteral("logo.png"), QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11)));
    panel()->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(model()->rowForPath(QStringLiteral("logo.png")) >= 0, 5000);
    clickRow(panel()->changesView(), model()->rowForPath(QStringLiteral("logo.png")));
    QTRY_VERIFY(diff->textView()->toPlainText().contains(QStringLiteral("binary file")));

    // Double-clicking a page opens it in the editor.
    QVERIFY(m_window->openPage(QStringLiteral("team.md")));
    const int row = model()->rowForPath(QStringLiteral("guide.md"));
    QListView *list = panel()->changesView();
    const QPoint point = list->visualRect(model()->index(row)).center();
    // A real double-click: press and release, then the double-click event.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, point);
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, point);
    QCOMPARE(m_window->currentPage(), QStringLiteral("guide.md"));
}

void TestGitPanel::keyboardChoosesFiles()
{
    FOLIO_HELPER(openHandbook());
    QVERIFY(m_repo->write(QStringLiteral("guide.md"), "changed\n"));
    QVERIFY(m_repo->write(QStringLiteral("team.md"), "changed\n"));
    panel()->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(model()->rowForPath(QStringLiteral("team.md")) >= 0, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(model()->rowForPath(QStringLiteral("guide.md")) >= 0, 5000);
    QListView *list = panel()->changesView();
    list->setFocus();
    list->setCurrentIndex(model()->index(model()->rowForPath(QStringLiteral("team.md"))));
    QCOMPARE(model()->checkedPaths().size(), 2);
    QTest::keyClick(list, Qt::Key_Space);
    QCOMPARE(model()->checkedPaths(), QStringList{QStringLiteral("guide.md")});
    QTest::keyClick(list, Qt::Key_Space);
    QCOMPARE(model()->checkedPaths().size(), 2);
    // Enter takes the reader to the diff.
    QTRY_VERIFY(panel()->diffView()->textView()->toPlainText().contains(u"+ changed"));
    QTest::keyClick(list, Qt::Key_Return);
    QVERIFY(panel()->diffView()->textView()->hasFocus());
}

void TestGitPanel::commitsOnlyTheCheckedFiles()
{
    FOLIO_HELPER(openHandbook());
    QVERIFY(m_repo->write(QStringLiteral("guide.md"), "---\ntitle: Guide\n---\nchanged\n"));
    QVERIFY(m_repo->write(QStringLiteral("team.md"), "---\ntitle: Team\n---\nchanged\n"));
    panel()->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(model()->rowForPath(QStringLiteral("guide.md")) >= 0, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(model()->rowForPath(QStringLiteral("team.md")) >= 0, 5000);
    QListView *list = panel()->changesView();
    list->setFocus();
    list->setCurrentIndex(model()->index(model()->rowForPath(QStringLiteral("team.md"))));
    QTest::keyClick(list, Qt::Key_Space);

    auto *commit = panel()->findChild<QPushButton *>(QStringLiteral("commitButton"));
    QTest::mouseClick(commit, Qt::LeftButton);
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = openDialog(m_window, QStringLiteral("commitDialog"))));
    auto *message = dialog->findChild<QPlainTextEdit *>(QStringLiteral("commitMessage"));
    QCOMPARE(message->toPlainText(), QStringLiteral("Update Guide"));
    auto *author = dialog->findChild<QLabel *>(QStringLiteral("commitAuthor"));
    QTRY_COMPARE(author->text(), QStringLiteral("Author: Ada Lovelace <ada@example.invalid>"));
    // The user's own words.
    message->selectAll();
    QTest::keyClicks(message, QStringLiteral("Fix the guide"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("commitButton")),
                      Qt::LeftButton);

    QTRY_COMPARE_WITH_TIMEOUT(gitText(m_repo->path, {QStringLiteral("log"), QStringLiteral("-1"),
                                                     QStringLiteral("--format=%s")}),
                              QStringLiteral("Fix the guide"), 10000);
    QCOMPARE(gitText(m_repo->path, {QStringLiteral("log"), QStringLiteral("-1"),
                                    QStringLiteral("--name-only"), QStringLiteral("--format=")}),
             QStringLiteral("guide.md"));
    QCOMPARE(gitText(m_repo->path, {QStringLiteral("status"), QStringLiteral("--porcelain")}),
             QStringLiteral("M team.md"));
    const QString id = gitText(m_repo->path, {QStringLiteral("rev-parse"),
                                              QStringLiteral("--short=7"), QStringLiteral("HEAD")});
    QTRY_COMPARE(panel()->messageBanner()->text(),
                 QStringLiteral("Committed 1 file to main (%1)").arg(id));
    QTRY_COMPARE(model()->rowCount(), 1);
    QCOMPARE(model()->checkedPaths(), QStringList()); // team.md stays left out
}

void TestGitPanel::missingIdentityAskedOnceThenCommitted()
{
    FOLIO_GIT(m_repo->path, QStringLiteral("config"), QStringLiteral("--unset"),
              QStringLiteral("user.name"));
    FOLIO_GIT(m_repo->path, QStringLiteral("config"), QStringLiteral("--unset"),
              QStringLiteral("user.email"));
    FOLIO_HELPER(openHandbook());
    QVERIFY(m_repo->write(QStringLiteral("guide.md"), "changed\n"));
    panel()->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(model()->rowForPath(QStringLiteral("guide.md")) >= 0, 5000);
    FOLIO_HELPER(commitThroughDialog());

    QDialog *identity = nullptr;
    QTRY_VERIFY((identity = openDialog(m_window, QStringLiteral("identityDialog"))));
    auto *ok = identity->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    auto *name = identity->findChild<QLineEdit *>(QStringLiteral("identityName"));
    auto *email = identity->findChild<QLineEdit *>(QStringLiteral("identityEmail"));
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(name, QStringLiteral("Grace Hopper"));
    QTest::keyClicks(email, QStringLiteral("grace.example.com"));
    QVERIFY(!ok->isEnabled()); // not an email address
    email->clear();
    QTest::keyClicks(email, QStringLiteral("grace@example.com"));
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);

    // Stored, then the commit went through without another click.
    QTRY_COMPARE_WITH_TIMEOUT(gitText(m_repo->path, {QStringLiteral("log"), QStringLiteral("-1"),
                                                     QStringLiteral("--format=%an <%ae>")}),
                              QStringLiteral("Grace Hopper <grace@example.com>"), 10000);
    QCOMPARE(gitText(m_repo->path, {QStringLiteral("config"), QStringLiteral("user.name")}),
             QStringLiteral("Grace Hopper"));
    QCOMPARE(gitText(m_repo->path, {QStringLiteral("status"), QStringLiteral("--porcelain")}),
             QString());
    QVERIFY(!openDialog(m_window, QStringLiteral("identityDialog")));
}

void TestGitPanel::branchOfferCreatesABranch()
{
    // The handbook asks for the offer (as it is without a setting).
    QVERIFY(m_repo->write(QStringLiteral(".folio.yml"), "offer_branch_on_default: true\n"));
    FOLIO_GIT(m_repo->path, QStringLiteral("commit"), QStringLiteral("-qam"),
              QStringLiteral("offer branches"));
    const QString mainBefore =
        gitText(m_repo->path, {QStringLiteral("rev-parse"), QStringLiteral("main")});
    FOLIO_HELPER(openHandbook());
    QVERIFY(m_repo->write(QStringLiteral("guide.md"), "---\ntitle: Guide\n---\nbetter\n"));
    panel()->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(model()->rowForPath(QStringLiteral("guide.md")) >= 0, 5000);
    FOLIO_HELPER(commitThroughDialog());

    QDialog *offer = nullptr;
    QTRY_VERIFY((offer = openDialog(m_window, QStringLiteral("branchOfferDialog"))));
    auto *name = offer->findChild<QLineEdit *>(QStringLiteral("branchName"));
    QCOMPARE(name->text(), QStringLiteral("ada-guide"));
    auto *create = offer->findChild<QPushButton *>(QStringLiteral("createBranchButton"));
    name->setText(QStringLiteral("bad name"));
    QVERIFY(!create->isEnabled());
    name->setText(QStringLiteral("ada/guide-fix"));
    QVERIFY(create->isEnabled());
    QTest::mouseClick(create, Qt::LeftButton);

    QTRY_COMPARE_WITH_TIMEOUT(
        gitText(m_repo->path, {QStringLiteral("branch"), QStringLiteral("--show-current")}),
        QStringLiteral("ada/guide-fix"), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(
        gitText(m_repo->path, {QStringLiteral("log"), QStringLiteral("-1"),
                               QStringLiteral("--name-only"), QStringLiteral("--format=")}),
        QStringLiteral("guide.md"), 10000);
    QCOMPARE(gitText(m_repo->path, {QStringLiteral("rev-parse"), QStringLiteral("main")}),
             mainBefore);
    QCOMPARE(gitText(m_repo->path, {QStringLiteral("rev-parse"), QStringLiteral("HEAD~1")}),
             mainBefore);
    QTRY_VERIFY(panel()->messageBanner()->text().startsWith(
        QStringLiteral("Committed 1 file to ada/guide-fix (")));
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->branchLabel()->text() == QStringLiteral("Branch: ada/guide-fix"), 10000);
}

void TestGitPanel::staleIndexLockExplainedAndRemoved()
{
    FOLIO_HELPER(openHandbook());
    const QString lockPath = m_repo->file(QStringLiteral(".git/index.lock"));
    QFile lock(lockPath);
    QVERIFY(lock.open(QIODevice::WriteOnly) && lock.write("DIRC half") > 0 && lock.flush());
    lock.close();
    QVERIFY(m_repo->write(QStringLiteral("guide.md"), "changed\n"));
    panel()->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(model()->rowForPath(QStringLiteral("guide.md")) >= 0, 5000);

    auto *box = panel()->findChild<QWidget *>(QStringLiteral("indexLockBox"));
    auto *text = panel()->findChild<QLabel *>(QStringLiteral("indexLockText"));
    auto *remove = panel()->findChild<QPushButton *>(QStringLiteral("removeLockButton"));
    // A fresh lock may belong to a git that is working: explained, not removable.
    QTRY_VERIFY(box->isVisible());
    QVERIFY(text->text().contains(QStringLiteral("Another git program may be running")));
    QVERIFY(!remove->isEnabled());

    // Committing meanwhile fails and says why.
    FOLIO_HELPER(commitThroughDialog());
    QTRY_VERIFY(panel()->messageBanner()->text().contains(QStringLiteral("index is locked")));
    QCOMPARE(gitText(m_repo->path, {QStringLiteral("rev-list"), QStringLiteral("--count"),
                                    QStringLiteral("HEAD")}),
             QStringLiteral("1"));

    // Ten minutes old: stale.
    QVERIFY(lock.open(QIODevice::ReadWrite));
    QVERIFY(lock.setFileTime(QDateTime::currentDateTime().addSecs(-600),
                             QFileDevice::FileModificationTime));
    lock.close();
    panel()->refresh();
    QTRY_VERIFY(remove->isEnabled());
    QVERIFY(text->text().contains(QStringLiteral("safe to remove")));
    QTest::mouseClick(remove, Qt::LeftButton);
    QTRY_VERIFY(!QFile::exists(lockPath));
    QTRY_VERIFY(!box->isVisible());

    FOLIO_HELPER(commitThroughDialog());
    QTRY_COMPARE_WITH_TIMEOUT(
        gitText(m_repo->path,
                {QStringLiteral("rev-list"), QStringLiteral("--count"), QStringLiteral("HEAD")}),
        QStringLiteral("2"), 10000);
    QCOMPARE(gitText(m_repo->path, {QStringLiteral("status"), QStringLiteral("--porcelain")}),
             QString());
}

void TestGitPanel::handbookWithoutGit()
{
    QTemporaryDir plain;
    QVERIFY(Test::writeFile(plain.filePath(QStringLiteral("page.md")), "# Page\n"));
    m_window->openPath(plain.path());
    QTRY_VERIFY_WITH_TIMEOUT(
        panel()->stateText().contains(QStringLiteral("not in a git repository")), 10000);
    QCOMPARE(panel()->changeCount(), -1);
    QVERIFY(!m_window->changesBadge()->isVisible());
    QVERIFY(!panel()->findChild<QPushButton *>(QStringLiteral("commitButton"))->isEnabled());
}

FOLIO_WEBENGINE_TEST_MAIN(TestGitPanel)
#include "tst_gitpanel.moc"
