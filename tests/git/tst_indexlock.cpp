#include "git/changelist.h"
#include "git/commitoperation.h"
#include "git/giterrors.h"
#include "git/indexlock.h"
#include "git/repository.h"
#include "gittestsupport.h"

#include <QTest>

#include <optional>

using namespace Folio;
using Folio::Git::Repository;

// A stale .git/index.lock, as a crashed git leaves it behind.
class TestIndexLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void noLock();
    void commitExplainsTheLock();
    void changeListStillWorks();
    void recentLockIsKept();
    void lockInUseIsKept();
    void staleLockRemovedThenCommitWorks();

private:
    bool createLock(int ageSeconds);
    QString lockPath() const { return m_repo->file(QStringLiteral(".git/index.lock")); }

    std::optional<Test::IsolatedHome> m_home;
    std::optional<Git::GitLibrary> m_git;
    std::optional<Test::ScratchRepository> m_repo;
};

void TestIndexLock::initTestCase()
{
    m_home.emplace();
    m_git.emplace();
}

void TestIndexLock::init()
{
    m_repo.emplace();
    QVERIFY(m_repo->init());
    QVERIFY(m_repo->write(QStringLiteral("a.md"), "a\n"));
    QVERIFY(m_repo->write(QStringLiteral("b.md"), "b\n"));
    FOLIO_GIT(m_repo->path, QStringLiteral("add"), QStringLiteral("-A"));
    FOLIO_GIT(m_repo->path, QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("one"));
    QVERIFY(m_repo->write(QStringLiteral("a.md"), "a changed\n"));
}

bool TestIndexLock::createLock(int ageSeconds)
{
    QFile lock(lockPath());
    // Flushed before the time is set, or the buffered write would stamp it with "now".
    if (!lock.open(QIODevice::WriteOnly) || lock.write("DIRC half written") < 0 || !lock.flush())
        return false;
    return lock.setFileTime(QDateTime::currentDateTime().addSecs(-ageSeconds),
                            QFileDevice::FileModificationTime);
}

void TestIndexLock::noLock()
{
    auto repo = Repository::discover(m_repo->path);
    const auto state = Git::readIndexLock(*repo);
    QVERIFY(state);
    QVERIFY(!state->exists);
    QCOMPARE(Git::removeStaleIndexLock(*repo).value(), false);
}

void TestIndexLock::commitExplainsTheLock()
{
    QVERIFY(createLock(5));
    auto repo = Repository::discover(m_repo->path);
    const auto result =
        Git::commitPaths(*repo, {{QStringLiteral("a.md")}, QStringLiteral("x"), {}});
    QVERIFY(!result);
    QVERIFY(Git::isIndexLocked(result.error()));
    QVERIFY2(result.error().message.contains(QStringLiteral("index.lock")),
             Test::errorText(result).constData());
    QVERIFY(result.error().message.contains(QStringLiteral("another git program")));
    // git agrees the repository is locked, and nothing was committed.
    QVERIFY(Test::git(m_repo->path, {QStringLiteral("add"), QStringLiteral("a.md")}).exitCode != 0);
    QCOMPARE(Test::gitOut(m_repo->path, {QStringLiteral("log"), QStringLiteral("--format=%s")})
                 .trimmed(),
             QStringLiteral("one"));

    // The failed staging left nothing behind in the repository object either.
    const auto list = Git::readChanges(*repo);
    QVERIFY(list);
    QCOMPARE(list->changes.size(), 1);
    QCOMPARE(list->changes[0].staged, Git::ChangeKind::None);
    QCOMPARE(list->changes[0].unstaged, Git::ChangeKind::Modified);

    const auto state = Git::readIndexLock(*repo);
    QVERIFY(state->exists);
    QVERIFY(state->ageSeconds >= 4 && state->ageSeconds < 60);
    QVERIFY(!state->inUse);
}

void TestIndexLock::changeListStillWorks()
{
    // b.md touched but unchanged: the refreshed index would be saved, were it not locked.
    QFile touched(m_repo->file(QStringLiteral("b.md")));
    QVERIFY(touched.open(QIODevice::ReadWrite));
    QVERIFY(touched.setFileTime(QDateTime::currentDateTime().addSecs(-3600),
                                QFileDevice::FileModificationTime));
    touched.close();
    QVERIFY(createLock(5));
    auto repo = Repository::discover(m_repo->path);
    const auto list = Git::readChanges(*repo);
    QVERIFY2(list, Test::errorText(list).constData());
    QVERIFY(list->indexLocked);
    QCOMPARE(list->changes.size(), 1);
    QVERIFY(QFileInfo::exists(lockPath())); // never removed as a side effect
}

void TestIndexLock::recentLockIsKept()
{
    QVERIFY(createLock(5));
    auto repo = Repository::discover(m_repo->path);
    const auto refused = Git::removeStaleIndexLock(*repo);
    QVERIFY(!refused);
    QVERIFY(Git::isIndexLocked(refused.error()));
    QVERIFY(QFileInfo::exists(lockPath()));
    // With a shorter threshold the same lock is stale.
    QCOMPARE(Git::removeStaleIndexLock(*repo, std::chrono::seconds(2)).value(), true);
    QVERIFY(!QFileInfo::exists(lockPath()));
}

void TestIndexLock::lockInUseIsKept()
{
    QVERIFY(createLock(3600));
    // This process holds it open, as a git process waiting for its commit message editor does.
    QFile holder(lockPath());
    QVERIFY(holder.open(QIODevice::ReadOnly));
    auto repo = Repository::discover(m_repo->path);
#ifdef Q_OS_LINUX
    QVERIFY(Git::readIndexLock(*repo)->inUse);
    const auto refused = Git::removeStaleIndexLock(*repo);
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(QStringLiteral("open")));
    QVERIFY(QFileInfo::exists(lockPath()));
#endif
    holder.close();
    QCOMPARE(Git::removeStaleIndexLock(*repo).value(), true);
}

void TestIndexLock::staleLockRemovedThenCommitWorks()
{
    QVERIFY(createLock(3600));
    auto repo = Repository::discover(m_repo->path);
    QVERIFY(!Git::commitPaths(*repo, {{QStringLiteral("a.md")}, QStringLiteral("x"), {}}));
    const auto state = Git::readIndexLock(*repo);
    QVERIFY(state->ageSeconds >= 3599);
    QCOMPARE(Git::removeStaleIndexLock(*repo).value(), true);
    QVERIFY(!QFileInfo::exists(lockPath()));
    const auto result =
        Git::commitPaths(*repo, {{QStringLiteral("a.md")}, QStringLiteral("After the lock"), {}});
    QVERIFY2(result, Test::errorText(result).constData());
    QCOMPARE(Test::git(m_repo->path, {QStringLiteral("fsck"), QStringLiteral("--strict")}).exitCode,
             0);
    QCOMPARE(Test::cliStatus(m_repo->path), (QMap<QString, QString>()));
    QCOMPARE(Test::gitOut(m_repo->path, {QStringLiteral("log"), QStringLiteral("--format=%s")})
                 .trimmed(),
             QStringLiteral("After the lock\none"));
}

QTEST_GUILESS_MAIN(TestIndexLock)
#include "tst_indexlock.moc"
