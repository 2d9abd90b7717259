#include "git/gitlibrary.h"
#include "git/gitservice.h"
#include "git/repository.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Folio;
using Folio::Git::FileStatus;
using Folio::Git::Repository;

class TestRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void unbornBranch();
    void statusFollowsTheWorkTree();
    void branchAfterCheckoutAndDetach();
    void discoverFromSubfolderAndOutside();
    void commitIsReadableByGit();
    void serviceAnswersFromItsThread();

private:
    QTemporaryDir *m_dir = nullptr;
    QString m_path;
    Git::GitLibrary m_git;
};

void TestRepository::init()
{
    delete m_dir;
    m_dir = new QTemporaryDir;
    m_path = m_dir->filePath(QStringLiteral("repo"));
    QCOMPARE(Test::git(m_dir->path(), {QStringLiteral("init"), QStringLiteral("-q"),
                                       QStringLiteral("-b"), QStringLiteral("main"), m_path})
                 .exitCode,
             0);
}

void TestRepository::unbornBranch()
{
    auto repo = Repository::discover(m_path);
    QVERIFY(repo);
    const auto branch = repo->branch();
    QVERIFY(branch);
    QCOMPARE(branch->name, QStringLiteral("main"));
    QVERIFY(branch->unborn);
    QVERIFY(Test::writeFile(m_path + QStringLiteral("/a.md"), "a\n"));
    QCOMPARE(repo->fileStatus(m_path + QStringLiteral("/a.md")).value(), FileStatus::Untracked);
}

void TestRepository::statusFollowsTheWorkTree()
{
    QVERIFY(Test::writeFile(m_path + QStringLiteral("/docs/a.md"), "a\n"));
    QCOMPARE(Test::git(m_path, {QStringLiteral("add"), QStringLiteral(".")}).exitCode, 0);
    QCOMPARE(
        Test::git(m_path, {QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("one")})
            .exitCode,
        0);
    auto repo = Repository::discover(m_path);
    QVERIFY(repo);
    const QString page = m_path + QStringLiteral("/docs/a.md");
    QCOMPARE(repo->fileStatus(page).value(), FileStatus::Unmodified);
    QCOMPARE(repo->fileStatus(QStringLiteral("docs/a.md")).value(), FileStatus::Unmodified);
    QVERIFY(Test::writeFile(page, "changed\n"));
    QCOMPARE(repo->fileStatus(page).value(), FileStatus::Modified);
    QCOMPARE(Test::git(m_path, {QStringLiteral("add"), QStringLiteral(".")}).exitCode, 0);
    QCOMPARE(repo->fileStatus(page).value(), FileStatus::Modified);
    QVERIFY(QFile::remove(page));
    QCOMPARE(repo->fileStatus(page).value(), FileStatus::Deleted);
    const auto outside = repo->fileStatus(m_dir->filePath(QStringLiteral("elsewhere.md")));
    QVERIFY(!outside);
}

void TestRepository::branchAfterCheckoutAndDetach()
{
    QVERIFY(Test::writeFile(m_path + QStringLiteral("/a.md"), "a\n"));
    QCOMPARE(Test::git(m_path, {QStringLiteral("add"), QStringLiteral(".")}).exitCode, 0);
    QCOMPARE(
        Test::git(m_path, {QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("one")})
            .exitCode,
        0);
    QCOMPARE(Test::git(m_path, {QStringLiteral("checkout"), QStringLiteral("-qb"),
                                QStringLiteral("sa/typo-fix")})
                 .exitCode,
             0);
    auto repo = Repository::discover(m_path);
    QCOMPARE(repo->branch()->name, QStringLiteral("sa/typo-fix"));
    QCOMPARE(Test::git(m_path, {QStringLiteral("checkout"), QStringLiteral("-q"),
                                QStringLiteral("--detach")})
                 .exitCode,
             0);
    const auto detached = repo->branch();
    QVERIFY(detached->detached);
    const auto head = Test::git(
        m_path, {QStringLiteral("rev-parse"), QStringLiteral("--short=7"), QStringLiteral("HEAD")});
    QCOMPARE(detached->name.toUtf8(), head.out.trimmed());
}

void TestRepository::discoverFromSubfolderAndOutside()
{
    QVERIFY(QDir().mkpath(m_path + QStringLiteral("/content/handbook")));
    const auto inside = Repository::discover(m_path + QStringLiteral("/content/handbook"));
    QVERIFY(inside);
    QCOMPARE(QDir(inside->workdir()).canonicalPath(), QDir(m_path).canonicalPath());
    QTemporaryDir plain;
    const auto outside = Repository::discover(plain.path());
    if (outside)
        QSKIP("the temporary folder is itself inside a git repository");
    QVERIFY(Repository::isNotFound(outside.error()));
    QVERIFY(!outside.error().message.isEmpty());
}

void TestRepository::commitIsReadableByGit()
{
    auto repo = Repository::discover(m_path);
    QVERIFY(Test::writeFile(m_path + QStringLiteral("/a.md"), "a\n"));
    QVERIFY(repo->stageAll());
    const auto first = repo->commit(QStringLiteral("First page"),
                                    {QStringLiteral("Ada"), QStringLiteral("ada@example.invalid")});
    QVERIFY(first);
    QVERIFY(Test::writeFile(m_path + QStringLiteral("/b.md"), "b\n"));
    QVERIFY(repo->stageAll());
    const auto second =
        repo->commit(QStringLiteral("Second page"),
                     {QStringLiteral("Ada"), QStringLiteral("ada@example.invalid")});
    QVERIFY(second);
    const auto log =
        Test::git(m_path, {QStringLiteral("log"), QStringLiteral("--format=%H %an <%ae> %s")});
    QCOMPARE(log.out, (second.value() + QStringLiteral(" Ada <ada@example.invalid> Second page\n") +
                       first.value() + QStringLiteral(" Ada <ada@example.invalid> First page\n"))
                          .toUtf8());
    QCOMPARE(Test::git(m_path, {QStringLiteral("fsck"), QStringLiteral("--strict")}).exitCode, 0);
}

void TestRepository::serviceAnswersFromItsThread()
{
    QVERIFY(Test::writeFile(m_path + QStringLiteral("/a.md"), "a\n"));
    QThread thread;
    auto *service = new Git::GitService;
    service->moveToThread(&thread);
    connect(&thread, &QThread::finished, service, &QObject::deleteLater);
    thread.start();
    QSignalSpy spy(service, &Git::GitService::pageStateRead);
    const QString page = m_path + QStringLiteral("/a.md");
    QMetaObject::invokeMethod(service, [=, this] { service->openRepository(m_path); });
    QMetaObject::invokeMethod(service, [=] { service->readPageState(page); });
    // The worker may answer before a wait() would start listening: poll the spy instead.
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 10000);
    const auto state = spy.first().first().value<Git::PageGitState>();
    QVERIFY(state.inRepository);
    QCOMPARE(state.pagePath, page);
    QCOMPARE(state.branch.name, QStringLiteral("main"));
    QCOMPARE(state.status, FileStatus::Untracked);
    thread.quit();
    thread.wait();
}

QTEST_GUILESS_MAIN(TestRepository)
#include "tst_repository.moc"
