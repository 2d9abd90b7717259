#include "app/gitpanelfixture.h"
#include "git/branchbar.h"
#include "git/conflictresolverwidget.h"
#include "git/mergedialog.h"
#include "git/newbranchdialog.h"
#include "git/switchrefuseddialog.h"
#include "webenginetestmain.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace Folio;
using namespace Folio::Test;
using Folio::GitPanel::BranchBar;

// The branch bar against a real repository and a real GitService on its worker thread, driven
// with mouse and keys; the git CLI checks what happened.
class TestGitBranchBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_fixture.initTestCase(); }
    void init();
    void cleanup();
    void showsTheCurrentBranch();
    void showsDetachedHead();
    void showsUnbornBranch();
    void createsABranchFromTheDialog();
    void switchesFromTheMenu();
    void keyboardOpensTheMenuAndSwitches();
    void refusedSwitchExplainsAndChangesNothing();
    void guardCanCancelASwitch();
    void remoteOnlyBranchBecomesATrackingBranch();
    void busyWhileTheWorkerRuns();
    void mergesTheDefaultBranchIntoTheCurrentOne();
    void offersToContinueAMergeInProgress();
    void noRepository();

private:
    // main: a.md "a on main"; other (one commit behind): a.md "a".
    void twoBranches();
    BranchBar *startBar();
    void openMenuAndClick(const QString &objectName);

    GitPanelFixture m_fixture;
    QString m_repo;
    std::unique_ptr<BranchBar> m_bar;
};

void TestGitBranchBar::init()
{
    m_repo = m_fixture.newRepository();
    QVERIFY(!m_repo.isEmpty());
}

void TestGitBranchBar::cleanup()
{
    m_bar.reset(); // widgets first: the service must outlive them
    m_fixture.stopService();
}

void TestGitBranchBar::twoBranches()
{
    QVERIFY(commitFile(m_repo, QStringLiteral("a.md"), "a\n", QStringLiteral("a")));
    QVERIFY(gitOk(m_repo, {QStringLiteral("branch"), QStringLiteral("other")}));
    QVERIFY(commitFile(m_repo, QStringLiteral("a.md"), "a on main\n", QStringLiteral("a2")));
}

BranchBar *TestGitBranchBar::startBar()
{
    m_bar = std::make_unique<BranchBar>(m_fixture.startService(m_repo));
    m_bar->show();
    return m_bar.get();
}

void TestGitBranchBar::openMenuAndClick(const QString &objectName)
{
    // The menu is rebuilt from each listing; wait until it names what we want to click.
    QTRY_VERIFY_WITH_TIMEOUT(m_bar->branchMenu()->findChild<QAction *>(objectName), gitTimeout);
    QTest::mouseClick(m_bar->branchButton(), Qt::LeftButton);
    clickMenuItem(m_bar->branchMenu(), objectName);
}

void TestGitBranchBar::showsTheCurrentBranch()
{
    twoBranches();
    BranchBar *bar = startBar();
    QTRY_COMPARE_WITH_TIMEOUT(bar->displayText(), QStringLiteral("main"), gitTimeout);
    QVERIFY(bar->branchButton()->text().startsWith(QStringLiteral("main")));
    QCOMPARE(bar->branchButton()->accessibleName(), QStringLiteral("Branch: main"));
    QVERIFY(bar->branchButton()->isEnabled());

    // The menu lists both local branches, the current one checked.
    QTRY_VERIFY_WITH_TIMEOUT(
        bar->branchMenu()->findChild<QAction *>(QStringLiteral("branch:other")), gitTimeout);
    auto *main = bar->branchMenu()->findChild<QAction *>(QStringLiteral("branch:main"));
    QVERIFY(main && main->isChecked());
    QVERIFY(!bar->branchMenu()->findChild<QAction *>(QStringLiteral("branch:other"))->isChecked());
    auto *merge = bar->branchMenu()->findChild<QAction *>(QStringLiteral("mergeAction"));
    QVERIFY(merge);
    QCOMPARE(merge->text().remove(u'&'), QStringLiteral("Merge a Branch into main…"));
}

void TestGitBranchBar::showsDetachedHead()
{
    twoBranches();
    QVERIFY(gitOk(m_repo, {QStringLiteral("checkout"), QStringLiteral("-q"),
                           QStringLiteral("--detach"), QStringLiteral("HEAD~1")}));
    BranchBar *bar = startBar();
    const QString shortId = QString::fromLatin1(revParse(m_repo, QStringLiteral("HEAD")).left(7));
    QTRY_COMPARE_WITH_TIMEOUT(bar->displayText(), QStringLiteral("detached at ") + shortId,
                              gitTimeout);
}

void TestGitBranchBar::showsUnbornBranch()
{
    BranchBar *bar = startBar();
    QTRY_COMPARE_WITH_TIMEOUT(bar->displayText(), QStringLiteral("main (no commits yet)"),
                              gitTimeout);
    QVERIFY(bar->branchButton()->isEnabled()); // a branch can still be created

    // Creating one on an unborn HEAD just renames the branch to come, like `git switch -c`.
    openMenuAndClick(QStringLiteral("newBranchAction"));
    GitPanel::NewBranchDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = bar->findChild<GitPanel::NewBranchDialog *>()) && dialog->isVisible());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")),
                     QStringLiteral("first"));
    clickButton(dialog, QStringLiteral("createButton"));
    QTRY_COMPARE_WITH_TIMEOUT(bar->displayText(), QStringLiteral("first (no commits yet)"),
                              gitTimeout);
    QCOMPARE(gitText(m_repo, {QStringLiteral("symbolic-ref"), QStringLiteral("HEAD")}),
             QByteArray("refs/heads/first"));
}

void TestGitBranchBar::createsABranchFromTheDialog()
{
    twoBranches();
    BranchBar *bar = startBar();
    QSignalSpy changed(bar, &BranchBar::branchChanged);
    QTRY_COMPARE_WITH_TIMEOUT(bar->displayText(), QStringLiteral("main"), gitTimeout);
    openMenuAndClick(QStringLiteral("newBranchAction"));
    GitPanel::NewBranchDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = bar->findChild<GitPanel::NewBranchDialog *>()) && dialog->isVisible());
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    auto *message = dialog->findChild<QLabel *>(QStringLiteral("nameMessage"));
    auto *create = dialog->findChild<QPushButton *>(QStringLiteral("createButton"));
    QVERIFY(name && message && create);
    QVERIFY(!create->isEnabled()); // nothing typed yet

    // The library's check, live, with its reason under the field.
    QTest::keyClicks(name, QStringLiteral("typo fix"));
    QVERIFY(!create->isEnabled());
    QVERIFY2(message->text().contains(QStringLiteral("cannot be used")),
             qPrintable(message->text()));
    QVERIFY(message->text().contains(QStringLiteral("not a valid branch name")));

    name->clear();
    QTest::keyClicks(name, QStringLiteral("other"));
    QVERIFY(!create->isEnabled());
    QVERIFY(message->text().contains(QStringLiteral("already exists")));

    name->clear();
    QTest::keyClicks(name, QStringLiteral("sa/typo-fix"));
    QVERIFY(create->isEnabled());
    QTest::keyClick(name, Qt::Key_Return); // Create is the default button
    QTRY_COMPARE_WITH_TIMEOUT(bar->displayText(), QStringLiteral("sa/typo-fix"), gitTimeout);
    QCOMPARE(currentBranch(m_repo), QByteArray("sa/typo-fix"));
    // Started at the current version.
    QCOMPARE(revParse(m_repo, QStringLiteral("sa/typo-fix")),
             revParse(m_repo, QStringLiteral("main")));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().value<Git::BranchState>().name, QStringLiteral("sa/typo-fix"));
    QCOMPARE(porcelain(m_repo), QByteArray());
}

void TestGitBranchBar::switchesFromTheMenu()
{
    twoBranches();
    BranchBar *bar = startBar();
    QSignalSpy workTree(bar, &BranchBar::workTreeChanged);
    openMenuAndClick(QStringLiteral("branch:other"));
    QTRY_COMPARE_WITH_TIMEOUT(bar->displayText(), QStringLiteral("other"), gitTimeout);
    QCOMPARE(currentBranch(m_repo), QByteArray("other"));
    QCOMPARE(readFile(m_repo + QStringLiteral("/a.md")), QByteArray("a\n"));
    QCOMPARE(workTree.size(), 1);
    // The menu follows: now "other" is the checked one.
    QTRY_VERIFY_WITH_TIMEOUT(
        bar->branchMenu()->findChild<QAction *>(QStringLiteral("branch:other"))->isChecked(),
        gitTimeout);
}

void TestGitBranchBar::keyboardOpensTheMenuAndSwitches()
{
    twoBranches();
    BranchBar *bar = startBar();
    QTRY_VERIFY_WITH_TIMEOUT(
        bar->branchMenu()->findChild<QAction *>(QStringLiteral("branch:other")), gitTimeout);
    QApplication::setActiveWindow(bar);
    bar->branchButton()->setFocus();
    QTest::keyClick(bar->branchButton(), Qt::Key_Space);
    QMenu *menu = bar->branchMenu();
    QTRY_VERIFY(menu->isVisible());
    // Down until "other" is active, then Enter.
    auto *other = menu->findChild<QAction *>(QStringLiteral("branch:other"));
    for (int i = 0; i < 10 && menu->activeAction() != other; ++i)
        QTest::keyClick(menu, Qt::Key_Down);
    QCOMPARE(menu->activeAction(), other);
    QTest::keyClick(menu, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(currentBranch(m_repo), QByteArray("other"), gitTimeout);
}

void TestGitBranchBar::refusedSwitchExplainsAndChangesNothing()
{
    twoBranches();
    QVERIFY(writeFile(m_repo + QStringLiteral("/a.md"), "unsaved work\n"));
    const QByteArray statusBefore = porcelain(m_repo);
    BranchBar *bar = startBar();
    openMenuAndClick(QStringLiteral("branch:other"));

    GitPanel::SwitchRefusedDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = bar->findChild<GitPanel::SwitchRefusedDialog *>()) &&
                                 dialog->isVisible(),
                             gitTimeout);
    auto *files = dialog->findChild<QListWidget *>(QStringLiteral("conflictingFiles"));
    QVERIFY(files);
    QCOMPARE(files->count(), 1);
    QCOMPARE(files->item(0)->text(), QStringLiteral("a.md"));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("refusalText"))->text().contains(u"other"));
    const QString choices = dialog->findChild<QLabel *>(QStringLiteral("choicesText"))->text();
    QVERIFY(choices.contains(QStringLiteral("commit")) &&
            choices.contains(QStringLiteral("discard")));

    QCOMPARE(readFile(m_repo + QStringLiteral("/a.md")), QByteArray("unsaved work\n"));
    QCOMPARE(currentBranch(m_repo), QByteArray("main"));
    QCOMPARE(porcelain(m_repo), statusBefore);
    QVERIFY(!bar->isBusy());
    QCOMPARE(bar->displayText(), QStringLiteral("main"));
    clickButton(dialog, QStringLiteral("okButton"));
    QTRY_VERIFY(!bar->findChild<GitPanel::SwitchRefusedDialog *>());
}

void TestGitBranchBar::guardCanCancelASwitch()
{
    twoBranches();
    BranchBar *bar = startBar();
    int asked = 0;
    bar->setWorkTreeGuard([&asked] {
        ++asked;
        return false; // e.g. the user cancelled "save your changes?"
    });
    openMenuAndClick(QStringLiteral("branch:other"));
    QCOMPARE(asked, 1);
    QVERIFY(!bar->isBusy());
    // Give a wrongly sent request time to arrive before checking nothing happened.
    QTest::qWait(200);
    QCOMPARE(currentBranch(m_repo), QByteArray("main"));
}

void TestGitBranchBar::remoteOnlyBranchBecomesATrackingBranch()
{
    twoBranches();
    const QString origin = m_fixture.tempPath(QStringLiteral("origin.git"));
    QVERIFY(gitOk(
        m_repo, {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("--bare"), origin}));
    QVERIFY(gitOk(m_repo, {QStringLiteral("remote"), QStringLiteral("add"),
                           QStringLiteral("origin"), origin}));
    QVERIFY(gitOk(m_repo, {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"),
                           QStringLiteral("main"), QStringLiteral("other:feature")}));
    QVERIFY(
        gitOk(m_repo, {QStringLiteral("fetch"), QStringLiteral("-q"), QStringLiteral("origin")}));

    BranchBar *bar = startBar();
    QTRY_VERIFY_WITH_TIMEOUT(
        bar->branchMenu()->findChild<QAction *>(QStringLiteral("branch:origin/feature")),
        gitTimeout);
    // origin/main has a local main already: it is not offered again.
    QVERIFY(!bar->branchMenu()->findChild<QAction *>(QStringLiteral("branch:origin/main")));
    openMenuAndClick(QStringLiteral("branch:origin/feature"));
    QTRY_COMPARE_WITH_TIMEOUT(bar->displayText(), QStringLiteral("feature"), gitTimeout);
    QCOMPARE(currentBranch(m_repo), QByteArray("feature"));
    QCOMPARE(gitText(m_repo, {QStringLiteral("rev-parse"), QStringLiteral("--abbrev-ref"),
                              QStringLiteral("feature@{upstream}")}),
             QByteArray("origin/feature"));
    QCOMPARE(readFile(m_repo + QStringLiteral("/a.md")), QByteArray("a\n"));
}

void TestGitBranchBar::busyWhileTheWorkerRuns()
{
    twoBranches();
    BranchBar *bar = startBar();
    QSignalSpy busy(bar, &BranchBar::busyChanged);
    QTRY_VERIFY_WITH_TIMEOUT(
        bar->branchMenu()->findChild<QAction *>(QStringLiteral("branch:other")), gitTimeout);
    {
        const auto gate = m_fixture.blockWorker();
        openMenuAndClick(QStringLiteral("branch:other"));
        QVERIFY(bar->isBusy());
        QVERIFY(!bar->branchButton()->isEnabled());
        QVERIFY(bar->findChild<QProgressBar *>(QStringLiteral("branchProgress"))->isVisible());
        QTest::qWait(100); // the UI keeps running while the worker is held
        QCOMPARE(currentBranch(m_repo), QByteArray("main"));
    }
    QTRY_VERIFY_WITH_TIMEOUT(!bar->isBusy(), gitTimeout);
    QVERIFY(bar->branchButton()->isEnabled());
    QVERIFY(!bar->findChild<QProgressBar *>(QStringLiteral("branchProgress"))->isVisible());
    QCOMPARE(currentBranch(m_repo), QByteArray("other"));
    QCOMPARE(busy.size(), 2);
}

void TestGitBranchBar::mergesTheDefaultBranchIntoTheCurrentOne()
{
    twoBranches();
    QVERIFY(
        gitOk(m_repo, {QStringLiteral("switch"), QStringLiteral("-q"), QStringLiteral("other")}));
    BranchBar *bar = startBar();
    QTRY_COMPARE_WITH_TIMEOUT(bar->displayText(), QStringLiteral("other"), gitTimeout);
    auto *action = bar->branchMenu()->findChild<QAction *>(QStringLiteral("mergeAction"));
    QVERIFY(action);
    QCOMPARE(action->text().remove(u'&'), QStringLiteral("Merge main into other…"));
    openMenuAndClick(QStringLiteral("mergeAction"));

    GitPanel::MergeDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = bar->findChild<GitPanel::MergeDialog *>()) && dialog->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(dialog->target(), QStringLiteral("main"), gitTimeout);
    QSignalSpy finished(dialog, &GitPanel::MergeDialog::mergeFinished);
    clickButton(dialog, QStringLiteral("mergeButton"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, gitTimeout);
    QCOMPARE(finished.first().first().value<Git::MergeOutcome>().status,
             Git::MergeStatus::FastForwarded);
    QVERIFY(dialog->resultText().startsWith(QStringLiteral("Done")));
    QCOMPARE(revParse(m_repo, QStringLiteral("other")), revParse(m_repo, QStringLiteral("main")));
    QCOMPARE(readFile(m_repo + QStringLiteral("/a.md")), QByteArray("a on main\n"));
    QCOMPARE(porcelain(m_repo), QByteArray());
}

void TestGitBranchBar::offersToContinueAMergeInProgress()
{
    twoBranches();
    QVERIFY(
        gitOk(m_repo, {QStringLiteral("switch"), QStringLiteral("-q"), QStringLiteral("other")}));
    QVERIFY(commitFile(m_repo, QStringLiteral("a.md"), "a on other\n", QStringLiteral("o")));
    QVERIFY(git(m_repo, {QStringLiteral("merge"), QStringLiteral("main")}).exitCode != 0);

    BranchBar *bar = startBar();
    auto *resume = bar->findChild<QToolButton *>(QStringLiteral("continueMergeButton"));
    QVERIFY(resume);
    QTRY_VERIFY_WITH_TIMEOUT(resume->isVisible(), gitTimeout);
    // Switching is not offered in the middle of a merge.
    QTRY_VERIFY_WITH_TIMEOUT(bar->branchMenu()->findChild<QAction *>(QStringLiteral("branch:main")),
                             gitTimeout);
    QVERIFY(!bar->branchMenu()->findChild<QAction *>(QStringLiteral("branch:main"))->isEnabled());

    QTest::mouseClick(resume, Qt::LeftButton);
    GitPanel::MergeDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = bar->findChild<GitPanel::MergeDialog *>()) && dialog->isVisible());
    auto *list = dialog->findChild<QListWidget *>(QStringLiteral("conflictList"));
    QVERIFY(list && list->isVisible());
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->text(), QStringLiteral("a.md"));

    clickButton(dialog, QStringLiteral("keepMineButton"));
    QTRY_COMPARE_WITH_TIMEOUT(list->count(), 0, gitTimeout);
    clickButton(dialog, QStringLiteral("completeButton"));
    QTRY_VERIFY_WITH_TIMEOUT(!resume->isVisible(), gitTimeout);
    QCOMPARE(gitText(m_repo,
                     {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%P")})
                 .split(' ')
                 .size(),
             2);
    QCOMPARE(readFile(m_repo + QStringLiteral("/a.md")), QByteArray("a on other\n"));
}

void TestGitBranchBar::noRepository()
{
    m_repo = m_fixture.tempPath(QStringLiteral("plain"));
    QVERIFY(QDir().mkpath(m_repo));
    BranchBar *bar = startBar();
    QTRY_COMPARE_WITH_TIMEOUT(bar->displayText(), QStringLiteral("No git repository"), gitTimeout);
    QVERIFY(!bar->branchButton()->isEnabled());
}

FOLIO_WIDGETS_TEST_MAIN(TestGitBranchBar)
#include "tst_gitbranchbar.moc"
