#include "app/gitpanelfixture.h"
#include "git/conflictresolverwidget.h"
#include "git/mergedialog.h"
#include "webenginetestmain.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Folio;
using namespace Folio::Test;
using Folio::GitPanel::ConflictResolverWidget;
using Folio::GitPanel::MergeDialog;

// Merging from the dialog, through conflicts, to a merge commit or back to before the merge,
// with a real GitService on its thread and the git CLI as the referee.
class TestMergeFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_fixture.initTestCase(); }
    void init();
    void cleanup();
    void fastForwardShowsSuccess();
    void refusedMergeListsTheFilesInTheWay();
    void takeTheirsThenComplete();
    void markResolvedRefusedWhileMarkersRemain();
    void abortAsksThenRestoresThePreMergeState();
    void continuesAMergeFoundOnOpen();

private:
    // main: a.md "a on main"; other: a.md "a on other"; both from a.md "a".
    void conflictingBranches();
    MergeDialog *startDialog(const QString &target);
    // Merges and waits for the conflicts page; returns its list, nullptr when that failed.
    QListWidget *mergeIntoConflicts();
    void mergeAndWaitForConflicts();

    GitPanelFixture m_fixture;
    QString m_repo;
    std::unique_ptr<MergeDialog> m_dialog;
};

void TestMergeFlow::init()
{
    m_repo = m_fixture.newRepository();
    QVERIFY(!m_repo.isEmpty());
    QVERIFY(commitFile(m_repo, QStringLiteral("a.md"), "a\n", QStringLiteral("a")));
    QVERIFY(gitOk(m_repo, {QStringLiteral("branch"), QStringLiteral("other")}));
}

void TestMergeFlow::cleanup()
{
    m_dialog.reset();
    m_fixture.stopService();
}

void TestMergeFlow::conflictingBranches()
{
    QVERIFY(commitFile(m_repo, QStringLiteral("a.md"), "a on main\n", QStringLiteral("m")));
    QVERIFY(
        gitOk(m_repo, {QStringLiteral("switch"), QStringLiteral("-q"), QStringLiteral("other")}));
    QVERIFY(commitFile(m_repo, QStringLiteral("a.md"), "a on other\n", QStringLiteral("o")));
    QVERIFY(
        gitOk(m_repo, {QStringLiteral("switch"), QStringLiteral("-q"), QStringLiteral("main")}));
}

MergeDialog *TestMergeFlow::startDialog(const QString &target)
{
    m_dialog = std::make_unique<MergeDialog>(m_fixture.startService(m_repo));
    m_dialog->setTarget(target);
    m_dialog->show(); // not exec(): the test keeps the event loop
    return m_dialog.get();
}

void TestMergeFlow::mergeAndWaitForConflicts()
{
    MergeDialog *dialog = startDialog(QStringLiteral("other"));
    auto *merge = dialog->findChild<QPushButton *>(QStringLiteral("mergeButton"));
    QTRY_VERIFY_WITH_TIMEOUT(merge->isEnabled(), gitTimeout);
    QCOMPARE(dialog->target(), QStringLiteral("other"));
    QTest::mouseClick(merge, Qt::LeftButton);
    auto *list = dialog->findChild<QListWidget *>(QStringLiteral("conflictList"));
    QTRY_VERIFY_WITH_TIMEOUT(list->isVisible() && list->count() == 1, gitTimeout);
}

QListWidget *TestMergeFlow::mergeIntoConflicts()
{
    mergeAndWaitForConflicts();
    return QTest::currentTestFailed()
               ? nullptr
               : m_dialog->findChild<QListWidget *>(QStringLiteral("conflictList"));
}

void TestMergeFlow::fastForwardShowsSuccess()
{
    QVERIFY(
        gitOk(m_repo, {QStringLiteral("switch"), QStringLiteral("-q"), QStringLiteral("other")}));
    QVERIFY(commitFile(m_repo, QStringLiteral("b.md"), "b\n", QStringLiteral("b")));
    QVERIFY(
        gitOk(m_repo, {QStringLiteral("switch"), QStringLiteral("-q"), QStringLiteral("main")}));
    MergeDialog *dialog = startDialog(QStringLiteral("other"));
    QSignalSpy finished(dialog, &MergeDialog::mergeFinished);
    QSignalSpy workTree(dialog, &MergeDialog::workTreeChanged);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->target(), QStringLiteral("other"), gitTimeout);
    auto *intro = dialog->findChild<QLabel *>(QStringLiteral("introText"));
    QVERIFY(intro->text().contains(QStringLiteral("“main”")));

    clickButton(dialog, QStringLiteral("mergeButton"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, gitTimeout);
    QCOMPARE(finished.first().first().value<Git::MergeOutcome>().status,
             Git::MergeStatus::FastForwarded);
    QCOMPARE(dialog->resultText(),
             QStringLiteral("Done: “main” now has every change from “other”."));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("resultText"))->isVisible());
    QCOMPARE(workTree.size(), 1);
    QCOMPARE(revParse(m_repo, QStringLiteral("main")), revParse(m_repo, QStringLiteral("other")));
    QCOMPARE(readFile(m_repo + QStringLiteral("/b.md")), QByteArray("b\n"));
    QCOMPARE(porcelain(m_repo), QByteArray());

    clickButton(dialog, QStringLiteral("closeButton"));
    QTRY_VERIFY(!dialog->isVisible());
}

void TestMergeFlow::refusedMergeListsTheFilesInTheWay()
{
    conflictingBranches();
    QVERIFY(writeFile(m_repo + QStringLiteral("/a.md"), "unsaved work\n"));
    const QByteArray head = revParse(m_repo, QStringLiteral("HEAD"));
    MergeDialog *dialog = startDialog(QStringLiteral("other"));
    QTRY_COMPARE_WITH_TIMEOUT(dialog->target(), QStringLiteral("other"), gitTimeout);
    clickButton(dialog, QStringLiteral("mergeButton"));

    auto *files = dialog->findChild<QListWidget *>(QStringLiteral("blockingFiles"));
    QTRY_VERIFY_WITH_TIMEOUT(files->isVisible(), gitTimeout);
    QCOMPARE(dialog->blockingFiles(), QStringList{QStringLiteral("a.md")});
    QVERIFY(dialog->resultText().startsWith(QStringLiteral("Nothing was changed")));
    const QString details = dialog->findChild<QLabel *>(QStringLiteral("detailsText"))->text();
    QVERIFY2(details.contains(QStringLiteral("Commit or discard")), qPrintable(details));

    QCOMPARE(readFile(m_repo + QStringLiteral("/a.md")), QByteArray("unsaved work\n"));
    QCOMPARE(revParse(m_repo, QStringLiteral("HEAD")), head);
    QVERIFY(!QFile::exists(m_repo + QStringLiteral("/.git/MERGE_HEAD")));
}

void TestMergeFlow::takeTheirsThenComplete()
{
    conflictingBranches();
    QListWidget *list = mergeIntoConflicts();
    QVERIFY(list);
    QCOMPARE(list->item(0)->text(), QStringLiteral("a.md"));
    MergeDialog *dialog = m_dialog.get();
    QSignalSpy finished(dialog, &MergeDialog::mergeFinished);
    auto *complete = dialog->findChild<QPushButton *>(QStringLiteral("completeButton"));
    QVERIFY(!complete->isEnabled()); // a conflict is left
    QVERIFY(QFile::exists(m_repo + QStringLiteral("/.git/MERGE_HEAD")));

    clickButton(dialog, QStringLiteral("takeTheirsButton"));
    QTRY_COMPARE_WITH_TIMEOUT(list->count(), 0, gitTimeout);
    QVERIFY(complete->isEnabled());
    QCOMPARE(readFile(m_repo + QStringLiteral("/a.md")), QByteArray("a on other\n"));

    clickButton(dialog, QStringLiteral("completeButton"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, gitTimeout);
    QVERIFY(dialog->resultText().startsWith(QStringLiteral("Done")));
    const QList<QByteArray> parents = gitText(m_repo, {QStringLiteral("log"), QStringLiteral("-1"),
                                                       QStringLiteral("--format=%P")})
                                          .split(' ');
    QCOMPARE(parents.size(), 2);
    QCOMPARE(parents.at(1), revParse(m_repo, QStringLiteral("other")));
    QCOMPARE(gitText(m_repo,
                     {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%s")}),
             QByteArray("Merge branch 'other' into main"));
    QCOMPARE(readFile(m_repo + QStringLiteral("/a.md")), QByteArray("a on other\n"));
    QCOMPARE(porcelain(m_repo), QByteArray());
    QVERIFY(fsckClean(m_repo));
}

void TestMergeFlow::markResolvedRefusedWhileMarkersRemain()
{
    conflictingBranches();
    QListWidget *list = mergeIntoConflicts();
    QVERIFY(list);
    MergeDialog *dialog = m_dialog.get();
    ConflictResolverWidget *resolver = dialog->resolver();
    QSignalSpy open(dialog, &MergeDialog::openFileRequested);

    clickButton(dialog, QStringLiteral("markResolvedButton"));
    QTRY_VERIFY_WITH_TIMEOUT(!resolver->message().isEmpty(), gitTimeout);
    QVERIFY2(resolver->message().contains(QStringLiteral("conflict markers")),
             qPrintable(resolver->message()));
    QCOMPARE(list->count(), 1);
    QVERIFY(QFile::exists(m_repo + QStringLiteral("/.git/MERGE_HEAD")));

    // Offered: open the file in the editor (the main window does the opening).
    clickButton(dialog, QStringLiteral("openFileButton"));
    QCOMPARE(open.size(), 1);
    QCOMPARE(canonical(open.first().first().toString()),
             canonical(m_repo + QStringLiteral("/a.md")));

    // The user combines both versions, saves, and marks it resolved again.
    QVERIFY(writeFile(m_repo + QStringLiteral("/a.md"), "a on main and other\n"));
    clickButton(dialog, QStringLiteral("markResolvedButton"));
    QTRY_COMPARE_WITH_TIMEOUT(list->count(), 0, gitTimeout);
    QVERIFY(resolver->message().isEmpty());
    clickButton(dialog, QStringLiteral("completeButton"));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->resultText().startsWith(QStringLiteral("Done")), gitTimeout);
    QCOMPARE(gitText(m_repo,
                     {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%P")})
                 .split(' ')
                 .size(),
             2);
    QCOMPARE(gitText(m_repo, {QStringLiteral("show"), QStringLiteral("HEAD:a.md")}),
             QByteArray("a on main and other"));
}

void TestMergeFlow::abortAsksThenRestoresThePreMergeState()
{
    conflictingBranches();
    QVERIFY(writeFile(m_repo + QStringLiteral("/notes.txt"), "not committed, not in the way\n"));
    const QByteArray statusBefore = porcelain(m_repo);
    const QByteArray headBefore = revParse(m_repo, QStringLiteral("HEAD"));
    const auto filesBefore = snapshot(m_repo);
    QListWidget *list = mergeIntoConflicts();
    QVERIFY(list);
    MergeDialog *dialog = m_dialog.get();
    QSignalSpy aborted(dialog, &MergeDialog::mergeAborted);

    // "Keep merging" changes nothing.
    clickButton(dialog, QStringLiteral("abortButton"));
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = dialog->findChild<QMessageBox *>(QStringLiteral("abortConfirmation"))) &&
                box->isVisible());
    clickButton(box, QStringLiteral("keepMergingButton"));
    QTRY_VERIFY(!dialog->findChild<QMessageBox *>(QStringLiteral("abortConfirmation")));
    QTest::qWait(100);
    QVERIFY(QFile::exists(m_repo + QStringLiteral("/.git/MERGE_HEAD")));
    QCOMPARE(list->count(), 1);

    clickButton(dialog, QStringLiteral("abortButton"));
    QTRY_VERIFY((box = dialog->findChild<QMessageBox *>(QStringLiteral("abortConfirmation"))) &&
                box->isVisible());
    clickButton(box, QStringLiteral("confirmAbortButton"));
    QTRY_COMPARE_WITH_TIMEOUT(aborted.size(), 1, gitTimeout);
    QVERIFY(dialog->resultText().contains(QStringLiteral("aborted")));
    QCOMPARE(porcelain(m_repo), statusBefore);
    QCOMPARE(revParse(m_repo, QStringLiteral("HEAD")), headBefore);
    QCOMPARE(snapshot(m_repo), filesBefore);
    QVERIFY(!QFile::exists(m_repo + QStringLiteral("/.git/MERGE_HEAD")));
}

void TestMergeFlow::continuesAMergeFoundOnOpen()
{
    conflictingBranches();
    QVERIFY(git(m_repo, {QStringLiteral("merge"), QStringLiteral("other")}).exitCode != 0);
    Git::GitService *service = m_fixture.startService(m_repo);
    QSignalSpy found(service, &Git::GitService::mergeStateRead);
    m_dialog = std::make_unique<MergeDialog>(service);
    // openRepository() reports it too, possibly before the spy existed: ask once more.
    GitPanel::callService(service, [](Git::GitService *git) { git->readMergeState(); });
    QTRY_VERIFY_WITH_TIMEOUT(!found.isEmpty(), gitTimeout);
    const auto state = found.first().first().value<Git::MergeState>();
    QCOMPARE(state.operation, Git::RepositoryOperation::Merge);

    m_dialog->resume(state);
    m_dialog->show();
    auto *list = m_dialog->findChild<QListWidget *>(QStringLiteral("conflictList"));
    QVERIFY(list->isVisible());
    QCOMPARE(list->count(), 1);
    clickButton(m_dialog.get(), QStringLiteral("keepMineButton"));
    QTRY_COMPARE_WITH_TIMEOUT(list->count(), 0, gitTimeout);
    clickButton(m_dialog.get(), QStringLiteral("completeButton"));
    QTRY_VERIFY_WITH_TIMEOUT(m_dialog->resultText().startsWith(QStringLiteral("Done")), gitTimeout);
    QCOMPARE(gitText(m_repo,
                     {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%P")})
                 .split(' ')
                 .size(),
             2);
    QCOMPARE(readFile(m_repo + QStringLiteral("/a.md")), QByteArray("a on main\n"));
    QCOMPARE(porcelain(m_repo), QByteArray());
}

FOLIO_WIDGETS_TEST_MAIN(TestMergeFlow)
#include "tst_mergeflow.moc"
