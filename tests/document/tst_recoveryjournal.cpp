#include "document/recoveryjournal.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <sys/stat.h>

using namespace Folio;
using Document::DiskComparison;
using Document::RecoveryEntry;
using Document::RecoveryJournal;

namespace {

mode_t modeOf(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return st.st_mode & 07777;
}

QString lockPath(const RecoveryJournal &journal)
{
    return journal.folder() + QStringLiteral("/session-") + journal.session() +
           QStringLiteral(".lock");
}

RecoveryEntry entryFor(const QString &root, const QString &page, const QString &text,
                       const QByteArray &diskBytes = "disk\n")
{
    RecoveryEntry entry;
    entry.handbookRoot = root;
    entry.relativePath = page;
    entry.text = text;
    entry.baseChecksum = RecoveryJournal::checksum(diskBytes);
    return entry;
}

} // namespace

class TestRecoveryJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void writesReadsListsAndRemoves();
    void folderAndEntriesAreOwnerOnly();
    void detectsAFileChangedOrGoneOnDisk();
    void liveLockInAnotherProcessHidesEntriesUntilItIsKilled();
    void staleLockFileOfADeadPidMakesOrphans();
    void twoSessionsNeverOfferEachOthersEntries();
    void garbageAndTruncatedEntriesGiveClearErrors();
    void aPageTenTimesTheLargestIsJournalledWellWithinTheBudget();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_folder;
    QString m_root;
};

void TestRecoveryJournal::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_folder = m_dir->filePath(QStringLiteral("data/folio/recovery"));
    m_root = m_dir->filePath(QStringLiteral("handbook"));
    QVERIFY(QDir().mkpath(m_root));
}

void TestRecoveryJournal::writesReadsListsAndRemoves()
{
    const QString text =
        QStringLiteral("# Über uns\n\nNew paragraph\u00a0with a no-break space.\n");
    auto crashed = std::make_unique<RecoveryJournal>(m_folder);
    QVERIFY(!crashed->sessionError());
    QVERIFY(crashed->write(entryFor(m_root, QStringLiteral("content/a.md"), text)));
    QVERIFY(crashed->write(entryFor(m_root, QStringLiteral("content/b.md"), QStringLiteral("b"))));
    QVERIFY(crashed->write(entryFor(m_dir->filePath(QStringLiteral("other")),
                                    QStringLiteral("content/a.md"), QStringLiteral("other"))));
    // b's edits were saved after all.
    QVERIFY(crashed->remove(m_root, QStringLiteral("content/b.md")));
    QVERIFY(crashed->remove(m_root, QStringLiteral("content/never-written.md")));
    const QString session = crashed->session();
    crashed.reset(); // the session ends with its entry still there, as after a crash

    RecoveryJournal next(m_folder);
    const Document::RecoveryScan scan = next.orphans(m_root);
    QVERIFY(scan.problems.isEmpty());
    QCOMPARE(scan.entries.size(), 1); // not b (removed), not the other handbook's
    const RecoveryEntry &entry = scan.entries.first();
    QCOMPARE(entry.relativePath, QStringLiteral("content/a.md"));
    QCOMPARE(entry.handbookRoot, m_root);
    QCOMPARE(entry.text, text);
    QCOMPARE(entry.session, session);
    QCOMPARE(entry.baseChecksum, RecoveryJournal::checksum("disk\n"));
    QVERIFY(qAbs(entry.savedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);

    auto read = RecoveryJournal::read(entry.file);
    QVERIFY(read);
    QCOMPARE(read->text, text);

    QVERIFY(RecoveryJournal::removeFile(entry.file));
    QVERIFY(!QFile::exists(entry.file));
    QVERIFY(next.orphans(m_root).entries.isEmpty());
}

void TestRecoveryJournal::folderAndEntriesAreOwnerOnly()
{
    // Even a folder made readable by others, and with no umask protecting new files.
    QVERIFY(QDir().mkpath(m_folder));
    QVERIFY(::chmod(QFile::encodeName(m_folder).constData(), 0755) == 0);
    const mode_t oldMask = ::umask(0);
    RecoveryJournal journal(m_folder);
    const bool written = bool(journal.write(entryFor(m_root, QStringLiteral("a.md"), "x")));
    ::umask(oldMask);
    QVERIFY(!journal.sessionError());
    QVERIFY(written);
    QCOMPARE(modeOf(m_folder), mode_t(0700));
    const QStringList entries = QDir(m_folder).entryList({QStringLiteral("*.json")}, QDir::Files);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(modeOf(QDir(m_folder).filePath(entries.first())), mode_t(0600));
    QCOMPARE(modeOf(lockPath(journal)), mode_t(0600));
    // The lock file names the process holding it.
    QCOMPARE(Test::readFile(lockPath(journal)).trimmed(),
             QByteArray::number(QCoreApplication::applicationPid()));

    // A replaced entry stays owner-only.
    QVERIFY(journal.write(entryFor(m_root, QStringLiteral("a.md"), "y")));
    QCOMPARE(modeOf(QDir(m_folder).filePath(entries.first())), mode_t(0600));
}

void TestRecoveryJournal::detectsAFileChangedOrGoneOnDisk()
{
    const QString page = QDir(m_root).filePath(QStringLiteral("page.md"));
    const QByteArray onDisk = "\xEF\xBB\xBFtitle\r\nbody\r\n";
    QVERIFY(Test::writeFile(page, onDisk));
    const RecoveryEntry entry = entryFor(m_root, QStringLiteral("page.md"), "edited", onDisk);

    DiskComparison same = RecoveryJournal::compareWithDisk(entry);
    QCOMPARE(same.state, DiskComparison::State::Unchanged);
    QCOMPARE(same.diskText, QStringLiteral("title\nbody\n"));

    // The same text with other line ends is other bytes: the edits were not made on it.
    QVERIFY(Test::writeFile(page, "\xEF\xBB\xBFtitle\nbody\n"));
    DiskComparison changed = RecoveryJournal::compareWithDisk(entry);
    QCOMPARE(changed.state, DiskComparison::State::Changed);
    QCOMPARE(changed.diskText, QStringLiteral("title\nbody\n"));

    QVERIFY(QFile::remove(page));
    QCOMPARE(RecoveryJournal::compareWithDisk(entry).state, DiskComparison::State::Gone);
}

// Another Folio holds its session lock (here flock(1), like a running Folio); killing it the
// way a crash does releases the lock, and only then are its entries offered.
void TestRecoveryJournal::liveLockInAnotherProcessHidesEntriesUntilItIsKilled()
{
    const QString flock = QStandardPaths::findExecutable(QStringLiteral("flock"));
    if (flock.isEmpty())
        QSKIP("flock(1) (util-linux) is not installed");
    QString lock;
    {
        RecoveryJournal other(m_folder);
        QVERIFY(other.write(entryFor(m_root, QStringLiteral("a.md"), QStringLiteral("theirs"))));
        lock = lockPath(other);
    } // its lock file is removed; recreate it as the running process's
    QVERIFY(Test::writeFile(lock, "4242\n"));

    // One process holds the lock on its own descriptor, as Folio does (flock(1) with a
    // command would hand it to a child that outlives a kill of flock itself).
    QProcess holder;
    holder.start(
        QStringLiteral("/bin/sh"),
        {QStringLiteral("-c"),
         QStringLiteral("exec 9>>\"$0\" && %1 --exclusive 9 && echo locked && exec sleep 60")
             .arg(flock),
         lock});
    QVERIFY(holder.waitForStarted());
    QByteArray out; // QTRY_VERIFY checks once more after the loop: keep what was read
    QTRY_VERIFY((out += holder.readAllStandardOutput()).contains("locked"));

    RecoveryJournal mine(m_folder);
    QVERIFY(mine.orphans(m_root).entries.isEmpty());

    holder.kill(); // SIGKILL
    QVERIFY(holder.waitForFinished());
    const auto orphans = mine.orphans(m_root).entries;
    QCOMPARE(orphans.size(), 1);
    QCOMPARE(orphans.first().text, QStringLiteral("theirs"));
}

void TestRecoveryJournal::staleLockFileOfADeadPidMakesOrphans()
{
    // A pid that certainly belonged to a process that is gone.
    QProcess shell;
    shell.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("echo $$")});
    QVERIFY(shell.waitForFinished());
    const QByteArray deadPid = shell.readAllStandardOutput().trimmed();
    QVERIFY(!deadPid.isEmpty());

    QString crashedSession;
    QString lock;
    {
        RecoveryJournal crashed(m_folder);
        QVERIFY(crashed.write(entryFor(m_root, QStringLiteral("a.md"), QStringLiteral("lost?"))));
        crashedSession = crashed.session();
        lock = lockPath(crashed);
    }
    // What a crash leaves: the lock file, with the dead process's pid, not locked by anyone.
    QVERIFY(Test::writeFile(lock, deadPid + '\n'));

    RecoveryJournal next(m_folder);
    auto orphans = next.orphans(m_root).entries;
    QCOMPARE(orphans.size(), 1);
    QCOMPARE(orphans.first().session, crashedSession);
    QCOMPARE(orphans.first().text, QStringLiteral("lost?"));
    // The stale lock file stays while its session has entries...
    QVERIFY(QFile::exists(lock));
    QVERIFY(RecoveryJournal::removeFile(orphans.first().file));
    // ...and the next session cleans it up once they are dealt with.
    RecoveryJournal after(m_folder);
    QVERIFY(!after.sessionError());
    QVERIFY(!QFile::exists(lock));
    QVERIFY(QFile::exists(lockPath(next)));
    QVERIFY(QFile::exists(lockPath(after)));
}

void TestRecoveryJournal::twoSessionsNeverOfferEachOthersEntries()
{
    auto first = std::make_unique<RecoveryJournal>(m_folder);
    RecoveryJournal second(m_folder);
    QVERIFY(first->session() != second.session());
    // Both edit the same page: two entries, neither replacing the other.
    QVERIFY(first->write(entryFor(m_root, QStringLiteral("a.md"), QStringLiteral("first"))));
    QVERIFY(second.write(entryFor(m_root, QStringLiteral("a.md"), QStringLiteral("second"))));
    QCOMPARE(QDir(m_folder).entryList({QStringLiteral("*.json")}, QDir::Files).size(), 2);
    QVERIFY(first->orphans(m_root).entries.isEmpty());
    QVERIFY(second.orphans(m_root).entries.isEmpty());

    first.reset();
    const auto orphans = second.orphans(m_root).entries;
    QCOMPARE(orphans.size(), 1);
    QCOMPARE(orphans.first().text, QStringLiteral("first"));
}

void TestRecoveryJournal::garbageAndTruncatedEntriesGiveClearErrors()
{
    QString good;
    {
        RecoveryJournal crashed(m_folder);
        QVERIFY(crashed.write(entryFor(m_root, QStringLiteral("a.md"), QStringLiteral("kept"))));
        good = QDir(m_folder).filePath(
            QDir(m_folder).entryList({QStringLiteral("*.json")}, QDir::Files).first());
    }
    const QByteArray whole = Test::readFile(good);
    const QDir folder(m_folder);
    const QList<std::pair<QString, QByteArray>> bad{
        {QStringLiteral("truncated.json"), whole.left(whole.size() / 2)},
        {QStringLiteral("garbage.json"), QByteArray("\x00\xff\xfe not json at all", 21)},
        {QStringLiteral("empty.json"), QByteArray()},
        {QStringLiteral("other-format.json"), QByteArray(R"({"format":"something-else"})")},
        {QStringLiteral("no-text.json"), QByteArray(whole).replace("\"text\"", "\"txet\"")},
        {QStringLiteral("escaping.json"),
         QByteArray(whole).replace("\"a.md\"", "\"x/../../../etc/passwd\"")},
    };
    for (const auto &[name, bytes] : bad) {
        QVERIFY(Test::writeFile(folder.filePath(name), bytes));
        const auto read = RecoveryJournal::read(folder.filePath(name));
        QVERIFY2(!read, qPrintable(name));
        QVERIFY2(read.error().message.contains(folder.filePath(name)),
                 qPrintable(read.error().message));
        QVERIFY2(read.error().message.contains(QStringLiteral("not a readable recovery entry")),
                 qPrintable(read.error().message));
    }

    RecoveryJournal next(m_folder);
    const Document::RecoveryScan scan = next.orphans(m_root);
    QCOMPARE(scan.entries.size(), 1); // the good one is still offered
    QCOMPARE(scan.entries.first().text, QStringLiteral("kept"));
    QCOMPARE(scan.problems.size(), bad.size());
    // Nothing is deleted behind the user's back.
    for (const auto &[name, bytes] : bad)
        QVERIFY(QFile::exists(folder.filePath(name)));
}

// Edits must be in the journal within 2 s of the last keystroke, 1 s of which is the pause
// the window waits for: writing the entry must take well under the other second even for a
// page ten times the largest of the corpus (251 KB).
void TestRecoveryJournal::aPageTenTimesTheLargestIsJournalledWellWithinTheBudget()
{
    QString text;
    const QString line = QStringLiteral("Ünïcödé prose with a [link](../other/) and `code`.\n");
    while (text.size() < 2'500'000)
        text += line;
    RecoveryJournal journal(m_folder);
    QList<qint64> times;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        QVERIFY(
            journal.write(entryFor(m_root, QStringLiteral("big.md"), text + QString::number(run))));
        times.append(timer.elapsed());
    }
    std::sort(times.begin(), times.end());
    qInfo("journalling a %lld-character page: median %lld ms, slowest %lld ms", qint64(text.size()),
          times.at(2), times.last());
    QVERIFY2(times.at(2) < 500, qPrintable(QString::number(times.at(2))));
    auto read = RecoveryJournal::read(
        QDir(m_folder).filePath(QDir(m_folder).entryList({QStringLiteral("*.json")}).first()));
    QVERIFY(read);
    QCOMPARE(read->text, text + u'4');
}

QTEST_GUILESS_MAIN(TestRecoveryJournal)
#include "tst_recoveryjournal.moc"
