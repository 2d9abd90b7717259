#include "git/worktreewatcher.h"
#include "gittestsupport.h"

#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace Folio;
using namespace std::chrono_literals;
using Folio::Git::WorkTreeWatcher;

// What the git panel relies on to refresh by itself: events, not polling (polling is off
// unless a test turns it on).
class TestWorkTreeWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void newFileInAFolder();
    void commitInATerminal();
    void folderCapLeavesTheRestToPolling();
    void pollingWhileOn();
    void stopEndsEvents();

private:
    void startWatching(WorkTreeWatcher &watcher);

    std::optional<Test::IsolatedHome> m_home;
    std::optional<Test::ScratchRepository> m_repo;
};

void TestWorkTreeWatcher::initTestCase()
{
    m_home.emplace();
}

void TestWorkTreeWatcher::init()
{
    m_repo.emplace();
    QVERIFY(m_repo->init());
    QVERIFY(m_repo->write(QStringLiteral("a.md"), "a\n"));
    QVERIFY(m_repo->write(QStringLiteral("team/b.md"), "b\n"));
    QVERIFY(m_repo->write(QStringLiteral("team/sub/c.md"), "c\n"));
    QVERIFY(m_repo->write(QStringLiteral("node_modules/x/y.js"), "y\n"));
    FOLIO_GIT(m_repo->path, QStringLiteral("add"), QStringLiteral("-A"));
    FOLIO_GIT(m_repo->path, QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("one"));
}

void TestWorkTreeWatcher::startWatching(WorkTreeWatcher &watcher)
{
    QSignalSpy ready(&watcher, &WorkTreeWatcher::foldersWatched);
    watcher.watch(m_repo->file(QStringLiteral(".git")), m_repo->path);
    QVERIFY(ready.wait(5000));
}

void TestWorkTreeWatcher::newFileInAFolder()
{
    WorkTreeWatcher watcher;
    startWatching(watcher);
    QVERIFY(watcher.watchesAllFolders());
    QStringList folders = watcher.watchedFolders();
    folders.sort();
    QCOMPARE(folders, (QStringList{m_repo->path, m_repo->file(QStringLiteral("team")),
                                   m_repo->file(QStringLiteral("team/sub"))}));
    QSignalSpy changed(&watcher, &WorkTreeWatcher::changed);
    QVERIFY(m_repo->write(QStringLiteral("team/sub/new.md"), "new\n"));
    QVERIFY(changed.wait(3000));
    // A burst of events is one signal.
    for (int i = 0; i < 20; ++i)
        QVERIFY(m_repo->write(QStringLiteral("team/burst%1.md").arg(i), "x\n"));
    changed.clear();
    QVERIFY(changed.wait(3000));
    QTest::qWait(500);
    QCOMPARE(changed.count(), 1);
}

void TestWorkTreeWatcher::commitInATerminal()
{
    QVERIFY(m_repo->write(QStringLiteral("a.md"), "a changed\n"));
    WorkTreeWatcher watcher;
    startWatching(watcher);
    QSignalSpy changed(&watcher, &WorkTreeWatcher::changed);
    FOLIO_GIT(m_repo->path, QStringLiteral("commit"), QStringLiteral("-qam"),
              QStringLiteral("two"));
    QVERIFY(changed.wait(3000));
    // The index was replaced by a rename: its watch must still work for the next one.
    QTest::qWait(400);
    changed.clear();
    FOLIO_GIT(m_repo->path, QStringLiteral("switch"), QStringLiteral("-qc"),
              QStringLiteral("topic"));
    QVERIFY(changed.wait(3000));
}

void TestWorkTreeWatcher::folderCapLeavesTheRestToPolling()
{
    WorkTreeWatcher watcher;
    watcher.setMaxFolders(2);
    startWatching(watcher);
    QCOMPARE(watcher.watchedFolders().size(), 2);
    QVERIFY(!watcher.watchesAllFolders());
}

void TestWorkTreeWatcher::pollingWhileOn()
{
    WorkTreeWatcher watcher;
    startWatching(watcher);
    watcher.setPollInterval(100ms);
    QSignalSpy changed(&watcher, &WorkTreeWatcher::changed);
    watcher.setPolling(true);
    QTRY_VERIFY(changed.count() >= 2);
    watcher.setPolling(false);
    QTest::qWait(50);
    changed.clear();
    QTest::qWait(300);
    QCOMPARE(changed.count(), 0);
}

void TestWorkTreeWatcher::stopEndsEvents()
{
    WorkTreeWatcher watcher;
    startWatching(watcher);
    watcher.stop();
    QVERIFY(watcher.watchedFolders().isEmpty());
    QSignalSpy changed(&watcher, &WorkTreeWatcher::changed);
    QVERIFY(m_repo->write(QStringLiteral("new.md"), "new\n"));
    QTest::qWait(600);
    QCOMPARE(changed.count(), 0);
}

QTEST_GUILESS_MAIN(TestWorkTreeWatcher)
#include "tst_worktreewatcher.moc"
