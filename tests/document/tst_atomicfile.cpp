#include "document/atomicfile.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Folio;
using Folio::Document::AtomicFile;

class TestAtomicFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replacesContent();
    void createsNewFile();
    void keepsMode();
    void writesThroughSymlink();
    void leavesNoTemporaryFiles();
    void failureKeepsOriginal();
};

void TestAtomicFile::replacesContent()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("page.md"));
    QVERIFY(Test::writeFile(path, "old content that is longer\n"));
    QVERIFY(AtomicFile::write(path, "new\n"));
    QCOMPARE(Test::readFile(path), QByteArray("new\n"));
}

void TestAtomicFile::createsNewFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fresh.md"));
    QVERIFY(AtomicFile::write(path, "hello"));
    QCOMPARE(Test::readFile(path), QByteArray("hello"));
}

void TestAtomicFile::keepsMode()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("script.md"));
    QVERIFY(Test::writeFile(path, "x"));
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0750) == 0);
    QVERIFY(AtomicFile::write(path, "y"));
    struct stat st = {};
    QVERIFY(::stat(QFile::encodeName(path).constData(), &st) == 0);
    QCOMPARE(st.st_mode & 07777, mode_t(0750));
}

void TestAtomicFile::writesThroughSymlink()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("real.md"));
    const QString link = dir.filePath(QStringLiteral("link.md"));
    QVERIFY(Test::writeFile(target, "a"));
    QVERIFY(QFile::link(target, link));
    QVERIFY(AtomicFile::write(link, "b"));
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(Test::readFile(target), QByteArray("b"));
}

void TestAtomicFile::leavesNoTemporaryFiles()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("page.md"));
    for (int i = 0; i < 5; ++i)
        QVERIFY(AtomicFile::write(path, QByteArray::number(i)));
    const QStringList entries = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    QCOMPARE(entries, QStringList{QStringLiteral("page.md")});
}

void TestAtomicFile::failureKeepsOriginal()
{
    // The target is a folder that cannot be replaced by a file: the write must fail with a
    // message and leave both the folder and no temporary file behind.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("folder.md"));
    QVERIFY(QDir().mkpath(path));
    const auto result = AtomicFile::write(path, "data");
    QVERIFY(!result);
    QVERIFY(!result.error().message.isEmpty());
    QVERIFY(QFileInfo(path).isDir());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 0);

    // A folder that does not exist.
    const auto missing = AtomicFile::write(dir.filePath(QStringLiteral("no/such/page.md")), "x");
    QVERIFY(!missing);
    QVERIFY2(missing.error().message.contains(QStringLiteral("No such file")),
             qPrintable(missing.error().message));
}

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "tst_atomicfile.moc"
