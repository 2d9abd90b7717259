#include "document/filestamp.h"
#include "document/page.h"
#include "document/pagefilewatcher.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Folio;
using Document::FileStamp;
using Document::PageFileWatcher;

// The watcher on the open page's file, against real files changed the ways other programs
// change them: written in place, replaced by a rename, deleted and written again (git), moved.
// The poll is off unless a test is about it, so each report proves the inotify path.
class TestPageFileWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void inPlaceWriteIsReportedWithTheNewBytes();
    void renameOverIsReportedAndTheWatchRearmed();
    void aBurstOfWritesIsOneReport();
    void folioOwnSaveIsNotReported();
    void eachVersionIsReportedOnce();
    void touchWithoutNewBytesIsNotReported();
    void deletedThenBack();
    void removedAndWrittenAgainIsAChangeNotADeletion();
    void pollFindsAChangeWithoutEvents();
    void followsAMovedFile();
    void findsTheSameFileAfterARename();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("page.md")); }
    void startWatching(const QByteArray &bytes);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PageFileWatcher> m_watcher;
};

void TestPageFileWatcher::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_watcher = std::make_unique<PageFileWatcher>();
    m_watcher->setPollInterval(std::chrono::milliseconds(0));
    m_watcher->setSettleDelay(std::chrono::milliseconds(50));
}

void TestPageFileWatcher::cleanup()
{
    m_watcher.reset();
    m_dir.reset();
}

void TestPageFileWatcher::startWatching(const QByteArray &bytes)
{
    QVERIFY(Test::writeFile(path(), bytes));
    m_watcher->watch(path(), bytes);
}

void TestPageFileWatcher::inPlaceWriteIsReportedWithTheNewBytes()
{
    startWatching("# Old\n");
    QSignalSpy changed(m_watcher.get(), &PageFileWatcher::changedOnDisk);
    QVERIFY(Test::writeFile(path(), "# New\n"));
    QVERIFY(changed.wait(3000));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toByteArray(), QByteArray("# New\n"));
}

void TestPageFileWatcher::renameOverIsReportedAndTheWatchRearmed()
{
    startWatching("# One\n");
    QSignalSpy changed(m_watcher.get(), &PageFileWatcher::changedOnDisk);
    const QString temporary = m_dir->filePath(QStringLiteral(".page.md.swp"));
    QVERIFY(Test::writeFile(temporary, "# Two\n"));
    QCOMPARE(std::rename(QFile::encodeName(temporary).constData(),
                         QFile::encodeName(path()).constData()),
             0);
    QVERIFY(changed.wait(3000));
    QCOMPARE(changed.last().first().toByteArray(), QByteArray("# Two\n"));

    // The new file is watched too: an in-place write to it is seen.
    QTest::qWait(100);
    QVERIFY(Test::writeFile(path(), "# Three\n"));
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 2, 3000);
    QCOMPARE(changed.last().first().toByteArray(), QByteArray("# Three\n"));
}

void TestPageFileWatcher::aBurstOfWritesIsOneReport()
{
    startWatching("v0\n");
    QSignalSpy changed(m_watcher.get(), &PageFileWatcher::changedOnDisk);
    for (int i = 1; i <= 5; ++i) {
        QVERIFY(Test::writeFile(path(), QByteArray("v") + QByteArray::number(i) + '\n'));
        QTest::qWait(10);
    }
    QVERIFY(changed.wait(3000));
    QTest::qWait(300); // a second report would have come by now
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toByteArray(), QByteArray("v5\n"));
}

void TestPageFileWatcher::folioOwnSaveIsNotReported()
{
    QVERIFY(Test::writeFile(path(), "# Page\n"));
    auto page = Document::Page::load(path());
    QVERIFY(page);
    m_watcher->setPollInterval(std::chrono::milliseconds(30));
    m_watcher->watch(path(), page->bytes());
    QSignalSpy changed(m_watcher.get(), &PageFileWatcher::changedOnDisk);
    QSignalSpy deleted(m_watcher.get(), &PageFileWatcher::deleted);

    // As MainWindow::save does: write atomically, then tell the watcher.
    QVERIFY(page->save(path(), QStringLiteral("# Page\nSaved by Folio.\n")));
    m_watcher->setBaseline(page->bytes());
    QTest::qWait(400);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(deleted.size(), 0);

    // Another program's write after it still is.
    QVERIFY(Test::writeFile(path(), "# Page\nSomeone else.\n"));
    QVERIFY(changed.wait(3000));
}

void TestPageFileWatcher::eachVersionIsReportedOnce()
{
    startWatching("a\n");
    m_watcher->setPollInterval(std::chrono::milliseconds(30));
    QSignalSpy changed(m_watcher.get(), &PageFileWatcher::changedOnDisk);
    QVERIFY(Test::writeFile(path(), "b\n"));
    QVERIFY(changed.wait(3000));
    // Written again with the same bytes (a new mtime), and polled many times: not news.
    QVERIFY(Test::writeFile(path(), "b\n"));
    QTest::qWait(400);
    QCOMPARE(changed.size(), 1);
    // A version after it is.
    QVERIFY(Test::writeFile(path(), "c\n"));
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 2, 3000);
}

void TestPageFileWatcher::touchWithoutNewBytesIsNotReported()
{
    startWatching("same\n");
    QSignalSpy changed(m_watcher.get(), &PageFileWatcher::changedOnDisk);
    QTest::qWait(20); // a visibly newer modification time
    QVERIFY(Test::writeFile(path(), "same\n"));
    QCOMPARE(Test::run(QStringLiteral("touch"), {path()}).exitCode, 0);
    QTest::qWait(400);
    QCOMPARE(changed.size(), 0);
}

void TestPageFileWatcher::deletedThenBack()
{
    startWatching("here\n");
    QSignalSpy deleted(m_watcher.get(), &PageFileWatcher::deleted);
    QSignalSpy restored(m_watcher.get(), &PageFileWatcher::restored);
    QVERIFY(QFile::remove(path()));
    QVERIFY(deleted.wait(3000));
    QVERIFY(m_watcher->isMissing());
    QTest::qWait(200);
    QCOMPARE(deleted.size(), 1);

    // Back through the folder watch (the file's own watch went with the file).
    QVERIFY(Test::writeFile(path(), "back again\n"));
    QVERIFY(restored.wait(3000));
    QCOMPARE(restored.first().first().toByteArray(), QByteArray("back again\n"));
    QVERIFY(!m_watcher->isMissing());
}

void TestPageFileWatcher::removedAndWrittenAgainIsAChangeNotADeletion()
{
    // git checkout unlinks a file and then writes the new version.
    startWatching("branch one\n");
    QSignalSpy deleted(m_watcher.get(), &PageFileWatcher::deleted);
    QSignalSpy changed(m_watcher.get(), &PageFileWatcher::changedOnDisk);
    QVERIFY(QFile::remove(path()));
    QTest::qWait(20);
    QVERIFY(Test::writeFile(path(), "branch two\n"));
    QVERIFY(changed.wait(3000));
    QCOMPARE(changed.first().first().toByteArray(), QByteArray("branch two\n"));
    QTest::qWait(200);
    QCOMPARE(deleted.size(), 0);
}

void TestPageFileWatcher::pollFindsAChangeWithoutEvents()
{
    // The file's folder is replaced by another (a network share remounted, a folder restored
    // from a backup): no watch sees into the new one, the poll does.
    QDir(m_dir->path()).mkdir(QStringLiteral("section"));
    const QString inner = m_dir->filePath(QStringLiteral("section/page.md"));
    QVERIFY(Test::writeFile(inner, "first\n"));
    m_watcher->watch(inner, "first\n");
    QSignalSpy changed(m_watcher.get(), &PageFileWatcher::changedOnDisk);
    QSignalSpy deleted(m_watcher.get(), &PageFileWatcher::deleted);
    QSignalSpy restored(m_watcher.get(), &PageFileWatcher::restored);
    QVERIFY(QDir(m_dir->filePath(QStringLiteral("section"))).removeRecursively());
    QVERIFY(deleted.wait(3000));
    m_watcher->setPollInterval(std::chrono::milliseconds(50));
    QVERIFY(Test::writeFile(inner, "second\n"));
    QVERIFY(restored.wait(3000));
    QCOMPARE(restored.first().first().toByteArray(), QByteArray("second\n"));
    QCOMPARE(changed.size(), 0);
}

void TestPageFileWatcher::followsAMovedFile()
{
    startWatching("moving\n");
    QSignalSpy deleted(m_watcher.get(), &PageFileWatcher::deleted);
    const QString moved = m_dir->filePath(QStringLiteral("renamed.md"));
    QVERIFY(QFile::rename(path(), moved));
    QVERIFY(deleted.wait(3000));
    QCOMPARE(FileStamp::findSameFile(m_dir->path(), m_watcher->lastStamp()), moved);

    m_watcher->follow(moved);
    QCOMPARE(m_watcher->path(), moved);
    QVERIFY(!m_watcher->isMissing());
    QSignalSpy changed(m_watcher.get(), &PageFileWatcher::changedOnDisk);
    QVERIFY(Test::writeFile(moved, "moved and edited\n"));
    QVERIFY(changed.wait(3000));
    QCOMPARE(changed.first().first().toByteArray(), QByteArray("moved and edited\n"));
}

void TestPageFileWatcher::findsTheSameFileAfterARename()
{
    QVERIFY(Test::writeFile(path(), "needle\n"));
    // Same size, other files: only the inode tells them apart.
    QVERIFY(Test::writeFile(m_dir->filePath(QStringLiteral("a/other.md")), "nodle\n"));
    const auto stamp = FileStamp::of(path());
    QVERIFY(stamp && stamp->exists);
    const QString target = m_dir->filePath(QStringLiteral("b/c/moved.md"));
    QVERIFY(QDir().mkpath(QFileInfo(target).path()));
    QVERIFY(QFile::rename(path(), target));
    QCOMPARE(FileStamp::findSameFile(m_dir->path(), stamp.value()), target);
    // Hidden folders (.git) are not searched.
    const QString hidden = m_dir->filePath(QStringLiteral(".git/objects/x"));
    QVERIFY(QDir().mkpath(QFileInfo(hidden).path()));
    QVERIFY(QFile::rename(target, hidden));
    QCOMPARE(FileStamp::findSameFile(m_dir->path(), stamp.value()), QString());
    // Missing: a stamp that says so.
    const auto missing = FileStamp::of(m_dir->filePath(QStringLiteral("none/page.md")));
    QVERIFY(missing);
    QVERIFY(!missing->exists);
}

QTEST_GUILESS_MAIN(TestPageFileWatcher)
#include "tst_pagefilewatcher.moc"
