#include "git/backupstore.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>

using namespace Folio;
using namespace Folio::Test;
using Folio::Git::BackupEntry;
using Folio::Git::BackupStore;
using RestoreMode = Folio::Git::BackupStore::RestoreMode;

class TestBackupStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void backupLayoutAndManifest();
    void listNewestFirstAndUniqueIds();
    void restoreToEmptyPath();
    void restoreOverWhatTheOperationLeft();
    void restoreRefusesNewerWork();
    void restoreKeepBoth();
    void restoreReplaceKeepsTheReplacedFile();
    void damagedCopyIsNotRestored();
    void brokenManifestIsSkipped();
    void refusesSymlinksAndEscapingPaths();

private:
    // A "work tree" file page.md with the given bytes, backed up as a discard would.
    BackupEntry backUp(const QByteArray &bytes);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_root;
    QString m_worktree;
    QString m_page;
};

void TestBackupStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_root = m_dir->filePath(QStringLiteral("data/backups"));
    m_worktree = m_dir->filePath(QStringLiteral("repo/"));
    m_page = m_worktree + QStringLiteral("docs/page.md");
}

BackupEntry TestBackupStore::backUp(const QByteArray &bytes)
{
    BackupEntry failed;
    if (!writeFile(m_page, bytes))
        return failed;
    BackupStore store(m_root);
    auto entry = store.backupFile(m_page, m_worktree, QStringLiteral("docs/page.md"),
                                  QStringLiteral("discard"));
    if (!entry) {
        qWarning("%s", qPrintable(entry.error().message));
        return failed;
    }
    return entry.value();
}

void TestBackupStore::backupLayoutAndManifest()
{
    const QByteArray bytes("caf\xc3\xa9\r\n\x00\xff tail", 16);
    const BackupEntry entry = backUp(bytes);
    QVERIFY(!entry.id.isEmpty());
    QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d_\\d{6}(-\\d+)?$"))
                .match(entry.id)
                .hasMatch());
    QCOMPARE(entry.copyPath, m_root + u'/' + entry.id + QStringLiteral("/docs/page.md"));
    QCOMPARE(readFile(entry.copyPath), bytes);
    QCOMPARE(entry.originalPath, m_page);

    QFile manifest(m_root + u'/' + entry.id + QStringLiteral(".json"));
    QVERIFY(manifest.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(manifest.readAll()).object();
    QCOMPARE(json.value(QStringLiteral("originalPath")).toString(), m_page);
    QCOMPARE(json.value(QStringLiteral("repository")).toString(), m_worktree);
    QCOMPARE(json.value(QStringLiteral("relativePath")).toString(), QStringLiteral("docs/page.md"));
    QCOMPARE(json.value(QStringLiteral("reason")).toString(), QStringLiteral("discard"));
    QVERIFY(QDateTime::fromString(json.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs)
                .isValid());
    // No temporary files left behind by the durable writes.
    QCOMPARE(QDir(m_root + u'/' + entry.id + QStringLiteral("/docs"))
                 .entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("page.md")});
}

void TestBackupStore::listNewestFirstAndUniqueIds()
{
    const BackupEntry first = backUp("one");
    const BackupEntry second = backUp("two");
    const BackupEntry third = backUp("three");
    QVERIFY(!first.id.isEmpty() && !second.id.isEmpty() && !third.id.isEmpty());
    // Taken within the same second: the ids must still differ.
    QCOMPARE(QSet<QString>({first.id, second.id, third.id}).size(), 3);
    const auto list = BackupStore(m_root).list();
    QVERIFY(list);
    QCOMPARE(list->size(), 3);
    QCOMPARE(readFile(list->at(0).copyPath), QByteArray("three"));
    QCOMPARE(readFile(list->at(1).copyPath), QByteArray("two"));
    QCOMPARE(readFile(list->at(2).copyPath), QByteArray("one"));
    QCOMPARE(list->at(0), third);
    // A store that was never written lists nothing, without error.
    const auto none = BackupStore(m_dir->filePath(QStringLiteral("nowhere"))).list();
    QVERIFY(none);
    QVERIFY(none->isEmpty());
}

void TestBackupStore::restoreToEmptyPath()
{
    const QByteArray bytes("#!/bin/sh\necho kept\n");
    QVERIFY(writeFile(m_page, bytes));
    QVERIFY(QFile::setPermissions(m_page, QFile::permissions(m_page) | QFile::ExeOwner));
    BackupStore store(m_root);
    auto entry = store.backupFile(m_page, m_worktree, QStringLiteral("docs/page.md"),
                                  QStringLiteral("discard"));
    QVERIFY(entry);
    QVERIFY(QDir(m_worktree).removeRecursively());
    QVERIFY(store.recordLeftBehind(entry.value()));
    QCOMPARE(entry->leftBehindSha256, std::optional<QByteArray>(QByteArray()));
    const auto restored = store.restore(entry.value());
    QVERIFY(restored);
    QCOMPARE(restored.value(), m_page);
    QCOMPARE(readFile(m_page), bytes);
    QVERIFY(QFile::permissions(m_page) & QFile::ExeOwner);
}

void TestBackupStore::restoreOverWhatTheOperationLeft()
{
    BackupEntry entry = backUp("my edit\n");
    QVERIFY(!entry.id.isEmpty());
    QVERIFY(writeFile(m_page, "committed version\n")); // what the discard put back
    BackupStore store(m_root);
    QVERIFY(store.recordLeftBehind(entry));
    // The manifest on disk carries it too: list() sees what recordLeftBehind wrote.
    QCOMPARE(store.list()->first().leftBehindSha256, entry.leftBehindSha256);
    const auto restored = store.restore(store.list()->first());
    QVERIFY(restored);
    QCOMPARE(readFile(m_page), QByteArray("my edit\n"));
    // Restoring again is a no-op, not a conflict.
    QVERIFY(store.restore(entry));
    QCOMPARE(store.list()->size(), 1);
}

void TestBackupStore::restoreRefusesNewerWork()
{
    BackupEntry entry = backUp("my edit\n");
    QVERIFY(writeFile(m_page, "committed version\n"));
    BackupStore store(m_root);
    QVERIFY(store.recordLeftBehind(entry));
    QVERIFY(writeFile(m_page, "newer work since the discard\n"));
    const auto refused = store.restore(entry);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, EEXIST);
    QCOMPARE(readFile(m_page), QByteArray("newer work since the discard\n"));
    // Without a recorded left-behind state any different content counts as newer work.
    BackupEntry unknown = backUp("other edit\n");
    QVERIFY(writeFile(m_page, "something else\n"));
    QVERIFY(!store.restore(unknown));
    QCOMPARE(readFile(m_page), QByteArray("something else\n"));
}

void TestBackupStore::restoreKeepBoth()
{
    BackupEntry entry = backUp("my edit\n");
    QVERIFY(writeFile(m_page, "newer work\n"));
    BackupStore store(m_root);
    const auto restored = store.restore(entry, RestoreMode::KeepBoth);
    QVERIFY(restored);
    QCOMPARE(restored.value(), m_worktree + QStringLiteral("docs/page (restored ") + entry.id +
                                   QStringLiteral(").md"));
    QCOMPARE(readFile(restored.value()), QByteArray("my edit\n"));
    QCOMPARE(readFile(m_page), QByteArray("newer work\n"));
    const auto again = store.restore(entry, RestoreMode::KeepBoth);
    QVERIFY(again);
    QVERIFY(again.value() != restored.value());
}

void TestBackupStore::restoreReplaceKeepsTheReplacedFile()
{
    BackupEntry entry = backUp("my edit\n");
    QVERIFY(writeFile(m_page, "newer work\n"));
    BackupStore store(m_root);
    QVERIFY(store.restore(entry, RestoreMode::Replace));
    QCOMPARE(readFile(m_page), QByteArray("my edit\n"));
    const auto list = store.list();
    QVERIFY(list);
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->first().reason, QStringLiteral("replaced-by-restore"));
    QCOMPARE(readFile(list->first().copyPath), QByteArray("newer work\n"));
}

void TestBackupStore::damagedCopyIsNotRestored()
{
    BackupEntry entry = backUp("my edit\n");
    QVERIFY(QFile::remove(m_page));
    QVERIFY(writeFile(entry.copyPath, "bit rot\n"));
    const auto restored = BackupStore(m_root).restore(entry);
    QVERIFY(!restored);
    QCOMPARE(restored.error().code, EIO);
    QVERIFY(!QFile::exists(m_page));
}

void TestBackupStore::brokenManifestIsSkipped()
{
    const BackupEntry entry = backUp("kept\n");
    QVERIFY(writeFile(m_root + QStringLiteral("/1999-01-01_000000.json"), "{ not json"));
    QVERIFY(writeFile(m_root + QStringLiteral("/orphan/docs/page.md"), "no manifest"));
    const auto list = BackupStore(m_root).list();
    QVERIFY(list);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().id, entry.id);
}

void TestBackupStore::refusesSymlinksAndEscapingPaths()
{
    QVERIFY(writeFile(m_page, "target\n"));
    const QString link = m_worktree + QStringLiteral("link.md");
    QVERIFY(QFile::link(m_page, link));
    BackupStore store(m_root);
    QVERIFY(!store.backupFile(link, m_worktree, QStringLiteral("link.md"), QStringLiteral("t")));
    QVERIFY(!store.backupBytes("x", m_page, m_worktree, QStringLiteral("../../etc/passwd"),
                               QStringLiteral("t")));
    const auto list = store.list();
    QVERIFY(list && list->isEmpty());
}

QTEST_GUILESS_MAIN(TestBackupStore)
#include "tst_backupstore.moc"
