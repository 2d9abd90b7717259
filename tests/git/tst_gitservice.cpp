#include "git/gitservice.h"
#include "git/repository.h"
#include "gittestsupport.h"

#include <QCoreApplication>
#include <QTest>
#include <QThread>

#include <optional>

using namespace Folio;
using Folio::Git::GitService;

// The git panel's half of GitService, driven as the UI will: on a worker thread, through
// queued calls, answered by signals. Answers are collected by lambdas whose context is the
// test object, so they arrive queued on the test's thread (a QSignalSpy on the service would
// be written by the worker thread while the test reads it).
class TestGitService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void refreshDiffAndCommit();
    void identityMissingThenStored();
    void failuresWithoutRepository();

private:
    template<typename F> void call(F &&slot)
    {
        QMetaObject::invokeMethod(m_service, std::forward<F>(slot), Qt::QueuedConnection);
    }

    std::optional<Test::IsolatedHome> m_home;
    std::optional<Git::GitLibrary> m_git;
    std::optional<Test::ScratchRepository> m_repo;
    QThread m_thread;
    GitService *m_service = nullptr;

    QList<Git::ChangeList> m_refreshed;
    QList<Folio::Error> m_changesFailed;
    QList<Git::FileDiff> m_diffed;
    QList<Folio::Error> m_diffFailed;
    QList<Git::CommitResult> m_committed;
    QList<Folio::Error> m_commitFailed;
    QList<Git::CommitRequest> m_identityMissing;
    QList<Git::Signature> m_identityStored;
};

void TestGitService::initTestCase()
{
    m_home.emplace();
    m_git.emplace();
}

void TestGitService::init()
{
    m_repo.emplace();
    QVERIFY(m_repo->init());
    m_service = new GitService;
    m_service->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_service, &QObject::deleteLater);
    connect(m_service, &GitService::changesRefreshed, this,
            [this](const Git::ChangeList &list) { m_refreshed.append(list); });
    connect(m_service, &GitService::changesFailed, this,
            [this](const Folio::Error &error) { m_changesFailed.append(error); });
    connect(m_service, &GitService::fileDiffRead, this,
            [this](const Git::FileDiff &diff) { m_diffed.append(diff); });
    connect(m_service, &GitService::fileDiffFailed, this,
            [this](const QString &, const Folio::Error &error) { m_diffFailed.append(error); });
    connect(m_service, &GitService::committed, this,
            [this](const Git::CommitResult &result) { m_committed.append(result); });
    connect(m_service, &GitService::commitFailed, this,
            [this](const Folio::Error &error) { m_commitFailed.append(error); });
    connect(m_service, &GitService::identityMissing, this,
            [this](const Git::CommitRequest &request) { m_identityMissing.append(request); });
    connect(m_service, &GitService::identityStored, this,
            [this](const Git::Signature &identity) { m_identityStored.append(identity); });
    m_thread.start();
}

void TestGitService::cleanup()
{
    m_thread.quit();
    m_thread.wait();
    m_service = nullptr;
    // Answers still queued for this object belong to the test that just ended.
    QCoreApplication::processEvents();
    m_refreshed.clear();
    m_changesFailed.clear();
    m_diffed.clear();
    m_diffFailed.clear();
    m_committed.clear();
    m_commitFailed.clear();
    m_identityMissing.clear();
    m_identityStored.clear();
}

void TestGitService::refreshDiffAndCommit()
{
    QVERIFY(m_repo->write(QStringLiteral("handbook/a.md"), "a\n"));
    QVERIFY(m_repo->write(QStringLiteral("handbook/b.md"), "b\n"));
    const QString path = m_repo->path;
    call([s = m_service, path] { s->openRepository(path); });
    call([s = m_service] { s->refreshChanges({QStringLiteral("handbook"), true}); });
    QTRY_COMPARE_WITH_TIMEOUT(m_refreshed.size(), 1, 10000);
    QCOMPARE(m_refreshed[0].changes.size(), 2);
    QVERIFY(m_refreshed[0].branch.unborn);

    call([s = m_service] { s->readFileDiff({QStringLiteral("handbook/a.md")}); });
    QTRY_COMPARE_WITH_TIMEOUT(m_diffed.size(), 1, 10000);
    QCOMPARE(m_diffed[0].hunks.value(0).lines.value(0).text, QStringLiteral("a"));

    call([s = m_service] {
        s->commitFiles({{QStringLiteral("handbook/a.md")}, QStringLiteral("Add a"), {}});
    });
    // A commit is followed by the refreshed list, with the same subfolder as before.
    QTRY_COMPARE_WITH_TIMEOUT(m_refreshed.size(), 2, 10000);
    QVERIFY(m_commitFailed.isEmpty());
    QCOMPARE(m_committed.size(), 1);
    QCOMPARE(
        Test::gitOut(m_repo->path, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}).trimmed(),
        m_committed[0].id);
    const Git::ChangeList &after = m_refreshed[1];
    QCOMPARE(after.changes.size(), 1);
    QCOMPARE(after.changes[0].path, QStringLiteral("handbook/b.md"));
    QVERIFY(!after.branch.unborn);
    QCOMPARE(Test::cliStatus(m_repo->path),
             (QMap<QString, QString>{{QStringLiteral("?? handbook/b.md"), QString()}}));
}

void TestGitService::identityMissingThenStored()
{
    FOLIO_GIT(m_repo->path, QStringLiteral("config"), QStringLiteral("--unset"),
              QStringLiteral("user.name"));
    QVERIFY(m_repo->write(QStringLiteral("a.md"), "a\n"));
    const QString path = m_repo->path;
    call([s = m_service, path] { s->openRepository(path); });
    const Git::CommitRequest request{{QStringLiteral("a.md")}, QStringLiteral("First"), {}};
    call([s = m_service, request] { s->commitFiles(request); });
    QTRY_COMPARE_WITH_TIMEOUT(m_identityMissing.size(), 1, 10000);
    QVERIFY(m_commitFailed.isEmpty());
    QVERIFY(m_committed.isEmpty());
    // The request comes back so the UI can send it again once it has a name.
    const Git::CommitRequest returned = m_identityMissing[0];
    QCOMPARE(returned.paths, request.paths);

    call([s = m_service] {
        s->storeIdentity({QStringLiteral("Grace Hopper"), QStringLiteral("grace@example.invalid")});
    });
    QTRY_COMPARE_WITH_TIMEOUT(m_identityStored.size(), 1, 10000);
    call([s = m_service, returned] { s->commitFiles(returned); });
    QTRY_COMPARE_WITH_TIMEOUT(m_committed.size(), 1, 10000);
    QCOMPARE(Test::gitOut(m_repo->path, {QStringLiteral("log"), QStringLiteral("--format=%an|%s")})
                 .trimmed(),
             QStringLiteral("Grace Hopper|First"));
    QCOMPARE(Test::git(m_repo->path, {QStringLiteral("fsck"), QStringLiteral("--strict")}).exitCode,
             0);
}

void TestGitService::failuresWithoutRepository()
{
    QTemporaryDir plain;
    const QString path = plain.path();
    call([s = m_service, path] { s->openRepository(path); });
    call([s = m_service] { s->refreshChanges({}); });
    call([s = m_service] { s->commitFiles({{QStringLiteral("a.md")}, QStringLiteral("x"), {}}); });
    call([s = m_service] { s->readFileDiff({QStringLiteral("a.md")}); });
    // Slots run in order on the worker, so the last answer means all have come.
    QTRY_COMPARE_WITH_TIMEOUT(m_diffFailed.size(), 1, 10000);
    QCOMPARE(m_changesFailed.size(), 1);
    QCOMPARE(m_commitFailed.size(), 1);
    QCOMPARE(m_changesFailed[0].domain, ErrorDomain::Git);
    QVERIFY(!m_changesFailed[0].message.isEmpty());
    QVERIFY(m_refreshed.isEmpty());
}

QTEST_GUILESS_MAIN(TestGitService)
#include "tst_gitservice.moc"
