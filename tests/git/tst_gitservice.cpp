#include "git/gitservice.h"
#include "git/repository.h"
#include "gittestsupport.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <optional>

using namespace Folio;
using Folio::Git::GitService;

// The git panel's half of GitService, driven as the UI will: on a worker thread, through
// queued calls, answered by signals.
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
    m_thread.start();
}

void TestGitService::cleanup()
{
    m_thread.quit();
    m_thread.wait();
    m_service = nullptr;
}

void TestGitService::refreshDiffAndCommit()
{
    QVERIFY(m_repo->write(QStringLiteral("handbook/a.md"), "a\n"));
    QVERIFY(m_repo->write(QStringLiteral("handbook/b.md"), "b\n"));
    QSignalSpy refreshed(m_service, &GitService::changesRefreshed);
    QSignalSpy diffed(m_service, &GitService::fileDiffRead);
    QSignalSpy committed(m_service, &GitService::committed);
    QSignalSpy failed(m_service, &GitService::commitFailed);
    const QString path = m_repo->path;
    call([s = m_service, path] { s->openRepository(path); });
    call([s = m_service] { s->refreshChanges({QStringLiteral("handbook"), true}); });
    QVERIFY(refreshed.wait(10000));
    auto list = refreshed.takeFirst().first().value<Git::ChangeList>();
    QCOMPARE(list.changes.size(), 2);
    QVERIFY(list.branch.unborn);

    call([s = m_service] { s->readFileDiff({QStringLiteral("handbook/a.md")}); });
    QVERIFY(diffed.wait(10000));
    const auto diff = diffed.takeFirst().first().value<Git::FileDiff>();
    QCOMPARE(diff.hunks.value(0).lines.value(0).text, QStringLiteral("a"));

    call([s = m_service] {
        s->commitFiles({{QStringLiteral("handbook/a.md")}, QStringLiteral("Add a"), {}});
    });
    QVERIFY(committed.wait(10000));
    QVERIFY(failed.isEmpty());
    const auto result = committed.takeFirst().first().value<Git::CommitResult>();
    QCOMPARE(
        Test::gitOut(m_repo->path, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}).trimmed(),
        result.id);
    // A commit is followed by the refreshed list, with the same subfolder as before.
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, 10000);
    list = refreshed.takeFirst().first().value<Git::ChangeList>();
    QCOMPARE(list.changes.size(), 1);
    QCOMPARE(list.changes[0].path, QStringLiteral("handbook/b.md"));
    QCOMPARE(Test::cliStatus(m_repo->path),
             (QMap<QString, QString>{{QStringLiteral("?? handbook/b.md"), QString()}}));
}

void TestGitService::identityMissingThenStored()
{
    FOLIO_GIT(m_repo->path, QStringLiteral("config"), QStringLiteral("--unset"),
              QStringLiteral("user.name"));
    QVERIFY(m_repo->write(QStringLiteral("a.md"), "a\n"));
    QSignalSpy missing(m_service, &GitService::identityMissing);
    QSignalSpy stored(m_service, &GitService::identityStored);
    QSignalSpy committed(m_service, &GitService::committed);
    QSignalSpy failed(m_service, &GitService::commitFailed);
    const QString path = m_repo->path;
    call([s = m_service, path] { s->openRepository(path); });
    const Git::CommitRequest request{{QStringLiteral("a.md")}, QStringLiteral("First"), {}};
    call([s = m_service, request] { s->commitFiles(request); });
    QVERIFY(missing.wait(10000));
    QVERIFY(failed.isEmpty());
    // The request comes back so the UI can send it again once it has a name.
    const auto returned = missing.takeFirst().first().value<Git::CommitRequest>();
    QCOMPARE(returned.paths, request.paths);

    call([s = m_service] {
        s->storeIdentity({QStringLiteral("Grace Hopper"), QStringLiteral("grace@example.invalid")});
    });
    QVERIFY(stored.wait(10000));
    call([s = m_service, returned] { s->commitFiles(returned); });
    QVERIFY(committed.wait(10000));
    QCOMPARE(Test::gitOut(m_repo->path, {QStringLiteral("log"), QStringLiteral("--format=%an|%s")})
                 .trimmed(),
             QStringLiteral("Grace Hopper|First"));
}

void TestGitService::failuresWithoutRepository()
{
    QTemporaryDir plain;
    QSignalSpy changesFailed(m_service, &GitService::changesFailed);
    QSignalSpy commitFailed(m_service, &GitService::commitFailed);
    QSignalSpy diffFailed(m_service, &GitService::fileDiffFailed);
    const QString path = plain.path();
    call([s = m_service, path] { s->openRepository(path); });
    call([s = m_service] { s->refreshChanges({}); });
    call([s = m_service] { s->commitFiles({{QStringLiteral("a.md")}, QStringLiteral("x"), {}}); });
    call([s = m_service] { s->readFileDiff({QStringLiteral("a.md")}); });
    QTRY_COMPARE_WITH_TIMEOUT(diffFailed.size(), 1, 10000);
    QCOMPARE(changesFailed.size(), 1);
    QCOMPARE(commitFailed.size(), 1);
    const auto error = changesFailed.first().first().value<Folio::Error>();
    QCOMPARE(error.domain, ErrorDomain::Git);
    QVERIFY(!error.message.isEmpty());
}

QTEST_GUILESS_MAIN(TestGitService)
#include "tst_gitservice.moc"
