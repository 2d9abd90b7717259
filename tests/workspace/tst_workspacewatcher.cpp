#include "testsupport.h"
#include "workspace/pageindexer.h"
#include "workspace/workspacewatcher.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>

using namespace Folio;
using namespace Folio::Workspace;
using namespace std::chrono_literals;

namespace {

// A watcher feeding an indexer, as the window wires them.
struct Pipeline
{
    PageIndexer indexer;
    WorkspaceWatcher watcher;

    explicit Pipeline(const Handbook::Handbook &handbook)
    {
        QObject::connect(&watcher, &WorkspaceWatcher::changed, &indexer, &PageIndexer::updatePages);
        indexer.index(handbook);
    }
};

} // namespace

class TestWorkspaceWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void seesAFileWrittenByAnotherProgram();
    void seesARenameOverThePage();
    void seesInPlaceEditsByPolling();
    void passesOnFolioNotifications();
    void respectsItsFolderBudget();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    Handbook::Handbook m_handbook;
};

void TestWorkspaceWatcher::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString root = m_dir->path();
    QVERIFY(Test::writeFile(root + QStringLiteral("/config.toml"), "\n"));
    QVERIFY(Test::writeFile(root + QStringLiteral("/content/handbook/_index.md"), "# Home\n"));
    QVERIFY(Test::writeFile(root + QStringLiteral("/content/handbook/sa/_index.md"), "# SA\n"));
    auto handbook = Handbook::Handbook::open(root);
    QVERIFY(handbook);
    m_handbook = *handbook;
}

void TestWorkspaceWatcher::seesAFileWrittenByAnotherProgram()
{
    Pipeline pipeline(m_handbook);
    pipeline.watcher.setPollInterval(0ms); // folder watches alone
    QSignalSpy watched(&pipeline.watcher, &WorkspaceWatcher::foldersWatched);
    pipeline.watcher.watch(m_handbook);
    QVERIFY(watched.wait());
    QTRY_COMPARE(pipeline.indexer.current().size(), 2);
    QVERIFY(pipeline.watcher.watchesAllFolders());

    QVERIFY(Test::run(QStringLiteral("sh"),
                      {QStringLiteral("-c"),
                       QStringLiteral("printf '# New page\\n' > %1/content/handbook/sa/new.md")
                           .arg(m_dir->path())})
                .exitCode == 0);
    QTRY_VERIFY(pipeline.indexer.current().page(QStringLiteral("content/handbook/sa/new.md")));
    QCOMPARE(pipeline.indexer.current().page(QStringLiteral("content/handbook/sa/new.md"))->title,
             QStringLiteral("New page"));

    // A new folder with a page in it, then deleted.
    QVERIFY(
        Test::writeFile(m_dir->path() + QStringLiteral("/content/handbook/team/a.md"), "# A\n"));
    QTRY_VERIFY(pipeline.indexer.current().page(QStringLiteral("content/handbook/team/a.md")));
    QVERIFY(QDir(m_dir->path() + QStringLiteral("/content/handbook/team")).removeRecursively());
    QTRY_VERIFY(!pipeline.indexer.current().page(QStringLiteral("content/handbook/team/a.md")));
}

void TestWorkspaceWatcher::seesARenameOverThePage()
{
    Pipeline pipeline(m_handbook);
    pipeline.watcher.setPollInterval(0ms);
    QSignalSpy watched(&pipeline.watcher, &WorkspaceWatcher::foldersWatched);
    pipeline.watcher.watch(m_handbook);
    QVERIFY(watched.wait());
    QTRY_COMPARE(pipeline.indexer.current().size(), 2);

    // As git checkout does: write a temporary file, rename it over the page.
    const QString page = m_dir->path() + QStringLiteral("/content/handbook/sa/_index.md");
    QVERIFY(Test::writeFile(page + QStringLiteral(".lock"), "# Solutions Architects\n"));
    QVERIFY(::rename(QFile::encodeName(page + QStringLiteral(".lock")).constData(),
                     QFile::encodeName(page).constData()) == 0);
    QTRY_COMPARE(
        pipeline.indexer.current().page(QStringLiteral("content/handbook/sa/_index.md"))->title,
        QStringLiteral("Solutions Architects"));
}

void TestWorkspaceWatcher::seesInPlaceEditsByPolling()
{
    Pipeline pipeline(m_handbook);
    pipeline.watcher.setPollInterval(100ms);
    pipeline.watcher.watch(m_handbook);
    QTRY_COMPARE(pipeline.indexer.current().size(), 2);
    QSignalSpy ready(&pipeline.indexer, &PageIndexer::indexReady);
    QTest::qWait(400);
    QVERIFY(ready.isEmpty()); // polls that find nothing make no new snapshot

    // Written in place, as some editors save: no folder event.
    QFile file(m_dir->path() + QStringLiteral("/content/handbook/_index.md"));
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.write("# Home edited\n") > 0);
    file.close();
    QTRY_COMPARE(
        pipeline.indexer.current().page(QStringLiteral("content/handbook/_index.md"))->title,
        QStringLiteral("Home edited"));
}

void TestWorkspaceWatcher::passesOnFolioNotifications()
{
    WorkspaceWatcher watcher;
    watcher.setPollInterval(0ms);
    QSignalSpy changed(&watcher, &WorkspaceWatcher::changed);
    watcher.notifyChanged({QStringLiteral("content/handbook/_index.md")});
    QCOMPARE(changed.size(), 1); // at once, no settle delay
    QCOMPARE(changed.first().first().toStringList(),
             QStringList{QStringLiteral("content/handbook/_index.md")});
}

void TestWorkspaceWatcher::respectsItsFolderBudget()
{
    for (int i = 0; i < 30; ++i)
        QVERIFY(Test::writeFile(
            m_dir->path() + QStringLiteral("/content/handbook/s%1/deep/p.md").arg(i), "# P\n"));
    WorkspaceWatcher watcher;
    watcher.setMaxFolders(10);
    QSignalSpy watched(&watcher, &WorkspaceWatcher::foldersWatched);
    watcher.watch(m_handbook);
    QVERIFY(watched.wait());
    QCOMPARE(watcher.watchedFolders().size(), 10);
    QVERIFY(!watcher.watchesAllFolders());
    // Shallow folders first.
    QVERIFY(watcher.watchedFolders().contains(m_dir->path() + QStringLiteral("/content")));
    QVERIFY(watcher.watchedFolders().contains(m_dir->path() + QStringLiteral("/content/handbook")));
    // New folders do not exceed it either.
    QVERIFY(QDir().mkpath(m_dir->path() + QStringLiteral("/content/handbook/more/a/b")));
    QTest::qWait(300);
    QCOMPARE(watcher.watchedFolders().size(), 10);
}

QTEST_GUILESS_MAIN(TestWorkspaceWatcher)
#include "tst_workspacewatcher.moc"
