// Saves that fail part-way (full disk, I/O errors from the device, a rename refused) must leave
// the page exactly as it was, leave no temporary file behind, and say why. Two ways to make
// them fail for real: a tiny tmpfs filled up (needs root to mount), and faults injected into the
// system calls of a child process with strace (works for any user).
#include "document/atomicfile.h"
#include "document/page.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <cstring>
#include <unistd.h>

using namespace Folio;
using Folio::Document::AtomicFile;
using Folio::Document::Page;

namespace {

constexpr char ChildOption[] = "--save-child";

// The child: saves `size` bytes of text over the page at path with Page::save and prints the
// outcome. Nothing else in it writes before the save, so strace's when=1 hits the save's write.
int runChild(const char *path, const char *size)
{
    auto page = Page::load(QString::fromLocal8Bit(path));
    if (!page) {
        std::printf("load failed: %s\n", qPrintable(page.error().toString()));
        return 4;
    }
    const QString text(QString::fromLatin1(size).toInt(), QLatin1Char('x'));
    const auto saved = page->save(QString::fromLocal8Bit(path), text);
    if (!saved) {
        std::printf("error: %s\n", qPrintable(saved.error().toString()));
        return 3;
    }
    std::printf("saved\n");
    return 0;
}

QStringList leftovers(const QString &folder)
{
    QStringList names = QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System);
    names.removeAll(QStringLiteral("page.md"));
    names.removeAll(QStringLiteral("filler"));
    return names;
}

} // namespace

class TestSaveFailures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void injectedFaultsKeepThePage_data();
    void injectedFaultsKeepThePage();
    void fullDiskKeepsThePage();
    void readOnlyFolderKeepsThePage();
};

void TestSaveFailures::injectedFaultsKeepThePage_data()
{
    QTest::addColumn<QStringList>("strace");
    QTest::addColumn<QString>("message");
    QTest::newRow("disk full on write")
        << QStringList{QStringLiteral("-e"), QStringLiteral("inject=write:error=ENOSPC:when=1")}
        << QStringLiteral("cannot write");
    QTest::newRow("quota exceeded")
        << QStringList{QStringLiteral("-e"), QStringLiteral("inject=write:error=EDQUOT:when=1")}
        << QStringLiteral("Disk quota exceeded");
    QTest::newRow("device error on fsync")
        << QStringList{QStringLiteral("-e"), QStringLiteral("inject=fsync:error=EIO")}
        << QStringLiteral("cannot flush");
    QTest::newRow("rename refused")
        << QStringList{QStringLiteral("-e"), QStringLiteral("inject=rename:error=EXDEV")}
        << QStringLiteral("cannot replace");
    QTest::newRow("permissions refused")
        << QStringList{QStringLiteral("-e"), QStringLiteral("inject=fchmod:error=EPERM")}
        << QStringLiteral("cannot set the permissions");
}

void TestSaveFailures::injectedFaultsKeepThePage()
{
    QFETCH(QStringList, strace);
    QFETCH(QString, message);
    const QString straceBinary = QStandardPaths::findExecutable(QStringLiteral("strace"));
    if (straceBinary.isEmpty())
        QSKIP("strace is not installed (scripts/setup-deps.sh installs it)");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("page.md"));
    const QByteArray original("---\ntitle: Kept\n---\n\nThe page as it was.\n");
    QVERIFY(Test::writeFile(path, original));

    QStringList arguments{QStringLiteral("-f"), QStringLiteral("-qq"), QStringLiteral("-o"),
                          QStringLiteral("/dev/null")};
    arguments << strace << QCoreApplication::applicationFilePath()
              << QString::fromLatin1(ChildOption) << path << QStringLiteral("20000");
    const Test::ProcessResult child = Test::run(straceBinary, arguments);
    if (child.exitCode != 3 && child.err.contains("ptrace"))
        QSKIP(qPrintable(QStringLiteral("strace cannot trace here: ") +
                         QString::fromLocal8Bit(child.err)));
    QVERIFY2(child.exitCode == 3, QByteArray(child.out + child.err).constData());
    QVERIFY2(child.out.startsWith("error: "), child.out.constData());
    QVERIFY2(QString::fromLocal8Bit(child.out).contains(message), child.out.constData());
    QVERIFY2(child.out.contains(QFile::encodeName(path)), child.out.constData()); // which page

    QCOMPARE(Test::readFile(path), original);
    QCOMPARE(leftovers(dir.path()), QStringList());

    // Without the fault the same child saves.
    const Test::ProcessResult clean =
        Test::run(QCoreApplication::applicationFilePath(),
                  {QString::fromLatin1(ChildOption), path, QStringLiteral("20000")});
    QCOMPARE(clean.exitCode, 0);
    QCOMPARE(Test::readFile(path), QByteArray(20000, 'x'));
}

void TestSaveFailures::fullDiskKeepsThePage()
{
    if (::geteuid() != 0)
        QSKIP("mounting a tmpfs needs root; injectedFaultsKeepThePage covers full disks too");
    QTemporaryDir dir;
    const QString mount = dir.filePath(QStringLiteral("tiny"));
    QVERIFY(QDir().mkpath(mount));
    const Test::ProcessResult mounted =
        Test::run(QStringLiteral("mount"),
                  {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                   QStringLiteral("size=256k"), QStringLiteral("tmpfs"), mount});
    if (mounted.exitCode != 0)
        QSKIP(qPrintable(QStringLiteral("cannot mount a tmpfs here: ") +
                         QString::fromLocal8Bit(mounted.err)));
    const auto unmount = qScopeGuard([&] { Test::run(QStringLiteral("umount"), {mount}); });

    const QString path = mount + QStringLiteral("/page.md");
    const QByteArray original = QByteArray("# Page\n\n") + QByteArray(8000, 'o') + '\n';
    QVERIFY(Test::writeFile(path, original));
    // Fill the disk, leaving less room than the new text needs.
    {
        QFile filler(mount + QStringLiteral("/filler"));
        QVERIFY(filler.open(QIODevice::WriteOnly));
        const QByteArray block(4096, 'f');
        while (filler.write(block) == block.size() && filler.flush()) {
        }
    }

    auto page = Page::load(path);
    QVERIFY(page);
    const QString edited = page->text() + QString(64 * 1024, QLatin1Char('n'));
    const auto saved = page->save(path, edited);
    QVERIFY(!saved);
    QVERIFY2(saved.error().message.contains(QStringLiteral("No space left on device")),
             qPrintable(saved.error().message));
    QCOMPARE(Test::readFile(path), original);
    QCOMPARE(leftovers(mount), QStringList());
    // The page still describes the file on disk: an unedited text still encodes to it.
    QCOMPARE(page->encode(page->text()), original);

    // Room again: the same save succeeds.
    QVERIFY(QFile::remove(mount + QStringLiteral("/filler")));
    QVERIFY(page->save(path, edited));
    QCOMPARE(Test::readFile(path), edited.toUtf8());
}

void TestSaveFailures::readOnlyFolderKeepsThePage()
{
    if (::geteuid() == 0)
        QSKIP("root may write in read-only folders");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("page.md"));
    QVERIFY(Test::writeFile(path, "kept\n"));
    QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
    const auto restore = qScopeGuard([&] {
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    });
    const auto written = AtomicFile::write(path, "changed\n");
    QVERIFY(!written);
    QVERIFY(written.error().message.contains(QStringLiteral("Permission denied")));
    QCOMPARE(Test::readFile(path), QByteArray("kept\n"));
}

int main(int argc, char **argv)
{
    if (argc == 4 && std::strcmp(argv[1], ChildOption) == 0)
        return runChild(argv[2], argv[3]);
    QCoreApplication app(argc, argv);
    TestSaveFailures test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_savefailures.moc"
