#include "git/gitfixture.h"
#include "git/gitservice.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace Folio;
using namespace Folio::Test;
using Folio::Git::GitService;

// The branch, discard and merge slots of GitService, called across threads as the UI will.
// Signals are awaited by polling the spy: the worker may answer before QSignalSpy::wait() starts.
class TestGitServiceBranches : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_fixture.initTestCase(); }
    void init();
    void cleanup();
    void branchesListedCreatedAndSwitched();
    void switchRefusedListsTheFiles();
    void discardKeepsABackup();
    void mergeStopsResolvesAndCompletes();
    void mergeAbortedAndInProgressFoundOnOpen();
    // git-ui-branches
    void workTreeDescribedOnOpenAndAsked();
    void restoreOverAChangedFileIsRefusedNotFailed();

private:
    template<typename Slot> void call(Slot slot)
    {
        QMetaObject::invokeMethod(m_service, slot, Qt::QueuedConnection);
    }
    void conflictingBranches();

    GitFixture m_fixture;
    QString m_repo;
    QThread m_thread;
    GitService *m_service = nullptr;
};

void TestGitServiceBranches::init()
{
    m_repo = m_fixture.newRepository();
    QVERIFY(!m_repo.isEmpty());
    QVERIFY(commitFile(m_repo, QStringLiteral("a.md"), "a\n", QStringLiteral("a")));
    QVERIFY(gitOk(m_repo, {QStringLiteral("branch"), QStringLiteral("other")}));
    QVERIFY(commitFile(m_repo, QStringLiteral("a.md"), "a on main\n", QStringLiteral("a2")));
    m_service = new GitService;
    m_service->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_service, &QObject::deleteLater);
    m_thread.start();
    const QString root = m_fixture.tempPath(QStringLiteral("backups"));
    call([service = m_service, root, repo = m_repo] {
        service->setBackupRoot(root);
        service->openRepository(repo);
    });
}

void TestGitServiceBranches::cleanup()
{
    m_thread.quit();
    m_thread.wait();
    m_service = nullptr;
}

void TestGitServiceBranches::conflictingBranches()
{
    QVERIFY(
        gitOk(m_repo, {QStringLiteral("switch"), QStringLiteral("-q"), QStringLiteral("other")}));
    QVERIFY(commitFile(m_repo, QStringLiteral("a.md"), "a on other\n", QStringLiteral("o")));
    QVERIFY(
        gitOk(m_repo, {QStringLiteral("switch"), QStringLiteral("-q"), QStringLiteral("main")}));
}

void TestGitServiceBranches::branchesListedCreatedAndSwitched()
{
    QSignalSpy listed(m_service, &GitService::branchesListed);
    QSignalSpy switched(m_service, &GitService::branchSwitched);
    QSignalSpy failed(m_service, &GitService::branchOperationFailed);
    call([service = m_service] { service->listBranches(); });
    QTRY_VERIFY_WITH_TIMEOUT(!listed.isEmpty(), 10000);
    const auto branches = listed.first().at(0).value<QList<Git::BranchInfo>>();
    QCOMPARE(branches.size(), 2);
    QCOMPARE(listed.first().at(1).value<Git::BranchState>().name, QStringLiteral("main"));
    QCOMPARE(listed.first().at(2).value<Git::DefaultBranch>().name, QStringLiteral("main"));

    call([service = m_service] { service->createBranch(QStringLiteral("sa/fix")); });
    QTRY_VERIFY_WITH_TIMEOUT(!switched.isEmpty(), 10000);
    QCOMPARE(switched.first().first().value<Git::BranchState>().name, QStringLiteral("sa/fix"));
    QCOMPARE(gitText(m_repo, {QStringLiteral("branch"), QStringLiteral("--show-current")}),
             QByteArray("sa/fix"));
    call([service = m_service] { service->createBranch(QStringLiteral("bad name")); });
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 10000);
    QVERIFY(!failed.first().first().toString().isEmpty());
}

void TestGitServiceBranches::switchRefusedListsTheFiles()
{
    QVERIFY(writeFile(m_repo + QStringLiteral("/a.md"), "unsaved work\n"));
    QSignalSpy refused(m_service, &GitService::branchSwitchRefused);
    call([service = m_service] { service->switchBranch(QStringLiteral("other")); });
    QTRY_VERIFY_WITH_TIMEOUT(!refused.isEmpty(), 10000);
    QCOMPARE(refused.first().at(0).toString(), QStringLiteral("other"));
    QCOMPARE(refused.first().at(1).toStringList(), QStringList{QStringLiteral("a.md")});
    QCOMPARE(readFile(m_repo + QStringLiteral("/a.md")), QByteArray("unsaved work\n"));
    QCOMPARE(gitText(m_repo, {QStringLiteral("branch"), QStringLiteral("--show-current")}),
             QByteArray("main"));
}

void TestGitServiceBranches::discardKeepsABackup()
{
    QVERIFY(writeFile(m_repo + QStringLiteral("/a.md"), "unsaved work\n"));
    QSignalSpy discarded(m_service, &GitService::fileDiscarded);
    QSignalSpy listed(m_service, &GitService::backupsListed);
    QSignalSpy restored(m_service, &GitService::backupRestored);
    const QString page = m_repo + QStringLiteral("/a.md");
    call([service = m_service, page] { service->discardFile(page); });
    QTRY_VERIFY_WITH_TIMEOUT(!discarded.isEmpty(), 10000);
    QCOMPARE(readFile(page), QByteArray("a on main\n"));
    QCOMPARE(porcelain(m_repo), QByteArray());
    call([service = m_service] { service->listBackups(); });
    QTRY_VERIFY_WITH_TIMEOUT(!listed.isEmpty(), 10000);
    const auto backups = listed.first().first().value<QList<Git::BackupEntry>>();
    QCOMPARE(backups.size(), 1);
    call([service = m_service, entry = backups.first()] {
        service->restoreBackup(entry, Git::BackupStore::RestoreMode::IfUnchanged);
    });
    QTRY_VERIFY_WITH_TIMEOUT(!restored.isEmpty(), 10000);
    QCOMPARE(readFile(page), QByteArray("unsaved work\n"));
}

void TestGitServiceBranches::mergeStopsResolvesAndCompletes()
{
    conflictingBranches();
    QSignalSpy stopped(m_service, &GitService::mergeStopped);
    QSignalSpy resolved(m_service, &GitService::conflictResolved);
    QSignalSpy completed(m_service, &GitService::mergeCompleted);
    call([service = m_service] { service->mergeBranch(QStringLiteral("other"), {}); });
    QTRY_VERIFY_WITH_TIMEOUT(!stopped.isEmpty(), 10000);
    const auto conflicts = stopped.first().first().value<QList<Git::ConflictEntry>>();
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.first().path, QStringLiteral("a.md"));
    call([service = m_service] {
        service->resolveConflict(QStringLiteral("a.md"), Git::ConflictResolution::TakeTheirs);
    });
    QTRY_VERIFY_WITH_TIMEOUT(!resolved.isEmpty(), 10000);
    QVERIFY(resolved.first().at(1).value<QList<Git::ConflictEntry>>().isEmpty());
    call([service = m_service] { service->completeMerge({}); });
    QTRY_VERIFY_WITH_TIMEOUT(!completed.isEmpty(), 10000);
    const auto outcome = completed.first().first().value<Git::MergeOutcome>();
    QCOMPARE(outcome.status, Git::MergeStatus::Merged);
    QCOMPARE(outcome.commitId.toLatin1(), revParse(m_repo, QStringLiteral("HEAD")));
    QCOMPARE(gitText(m_repo,
                     {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%s")}),
             QByteArray("Merge branch 'other' into main"));
    QCOMPARE(porcelain(m_repo), QByteArray());
}

void TestGitServiceBranches::mergeAbortedAndInProgressFoundOnOpen()
{
    conflictingBranches();
    QVERIFY(git(m_repo, {QStringLiteral("merge"), QStringLiteral("other")}).exitCode != 0);
    QSignalSpy found(m_service, &GitService::mergeStateRead);
    QSignalSpy aborted(m_service, &GitService::mergeAborted);
    // Opening a repository that is mid-merge reports it without being asked.
    call([service = m_service, repo = m_repo] { service->openRepository(repo); });
    QTRY_VERIFY_WITH_TIMEOUT(!found.isEmpty(), 10000);
    const auto state = found.first().first().value<Git::MergeState>();
    QCOMPARE(state.operation, Git::RepositoryOperation::Merge);
    QCOMPARE(state.conflicts.size(), 1);
    call([service = m_service] { service->abortMerge(); });
    QTRY_VERIFY_WITH_TIMEOUT(!aborted.isEmpty(), 10000);
    QCOMPARE(porcelain(m_repo), QByteArray());
    QCOMPARE(readFile(m_repo + QStringLiteral("/a.md")), QByteArray("a on main\n"));
    QVERIFY(!QFile::exists(m_repo + QStringLiteral("/.git/MERGE_HEAD")));
}

// ---- git-ui-branches ------------------------------------------------------------------------

void TestGitServiceBranches::workTreeDescribedOnOpenAndAsked()
{
    QSignalSpy described(m_service, &GitService::workTreeDescribed);
    call([service = m_service] { service->describeWorkTree(); });
    QTRY_VERIFY_WITH_TIMEOUT(!described.isEmpty(), 10000);
    QCOMPARE(QFileInfo(described.last().at(0).toString()).canonicalFilePath(),
             QFileInfo(m_repo).canonicalFilePath());
    QVERIFY(described.last().at(0).toString().endsWith(u'/'));
    QCOMPARE(described.last().at(1).toString(), m_fixture.tempPath(QStringLiteral("backups")));

    // A folder outside any repository: an empty work tree, so widgets show "no repository".
    described.clear();
    const QString outside = m_fixture.tempPath(QStringLiteral("plain"));
    QVERIFY(QDir().mkpath(outside));
    call([service = m_service, outside] { service->openRepository(outside); });
    QTRY_VERIFY_WITH_TIMEOUT(!described.isEmpty(), 10000);
    QCOMPARE(described.last().at(0).toString(), QString());
}

void TestGitServiceBranches::restoreOverAChangedFileIsRefusedNotFailed()
{
    const QString page = m_repo + QStringLiteral("/a.md");
    QVERIFY(writeFile(page, "unsaved work\n"));
    QSignalSpy discarded(m_service, &GitService::fileDiscarded);
    QSignalSpy refused(m_service, &GitService::backupRestoreRefused);
    QSignalSpy failed(m_service, &GitService::backupRestoreFailed);
    QSignalSpy restored(m_service, &GitService::backupRestored);
    call([service = m_service, page] { service->discardFile(page); });
    QTRY_VERIFY_WITH_TIMEOUT(!discarded.isEmpty(), 10000);
    const auto entry = discarded.first().first().value<Git::DiscardOutcome>().backups.first();
    QVERIFY(writeFile(page, "newer work\n"));

    call([service = m_service, entry] {
        service->restoreBackup(entry, Git::BackupStore::RestoreMode::IfUnchanged);
    });
    QTRY_VERIFY_WITH_TIMEOUT(!refused.isEmpty(), 10000);
    QCOMPARE(refused.first().first().value<Git::BackupEntry>(), entry);
    QVERIFY(failed.isEmpty());
    QCOMPARE(readFile(page), QByteArray("newer work\n"));

    // Replace is not a question any more: it backs the newer work up and restores.
    call([service = m_service, entry] {
        service->restoreBackup(entry, Git::BackupStore::RestoreMode::Replace);
    });
    QTRY_VERIFY_WITH_TIMEOUT(!restored.isEmpty(), 10000);
    QCOMPARE(readFile(page), QByteArray("unsaved work\n"));
    QCOMPARE(refused.size(), 1);
}

QTEST_GUILESS_MAIN(TestGitServiceBranches)
#include "tst_gitservicebranches.moc"
