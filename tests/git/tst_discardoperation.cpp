#include "git/backupstore.h"
#include "git/discardoperation.h"
#include "git/gitfixture.h"
#include "git/repository.h"

#include <QTest>

using namespace Folio;
using namespace Folio::Test;
using Folio::Git::BackupEntry;
using Folio::Git::BackupStore;
using Folio::Git::DiscardOperation;
using Folio::Git::DiscardSource;
using Folio::Git::FileStatus;
using Folio::Git::Repository;

namespace {
// Bytes git must not normalize: CRLF, a NUL, invalid UTF-8, no final newline.
const QByteArray committed("# Page\r\ncommitted line\r\n\0", 25);
const QByteArray edited("# Page\r\nthe user's \xff\x00 words", 27);
} // namespace

class TestDiscardOperation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_fixture.initTestCase(); }
    void init();
    void discardModifiedThenRestore();
    void discardUntrackedThenRestore();
    void discardAddedThenRestore();
    void discardDeleted();
    void discardStagedAndUnstaged();
    void discardToTheStagedVersion();
    void unmodifiedFileIsLeftAlone();
    void refusedWhileMerging();
    void handbookInSubfolder();

private:
    [[nodiscard]] QString backupRoot() const
    {
        return m_fixture.tempPath(QStringLiteral("backups"));
    }

    GitFixture m_fixture;
    QString m_repo;
};

void TestDiscardOperation::init()
{
    m_repo = m_fixture.newRepository();
    QVERIFY(!m_repo.isEmpty());
    QVERIFY(commitFile(m_repo, QStringLiteral("page.md"), committed, QStringLiteral("page")));
    QVERIFY(commitFile(m_repo, QStringLiteral("other.md"), "other\n", QStringLiteral("other")));
}

void TestDiscardOperation::discardModifiedThenRestore()
{
    QVERIFY(writeFile(m_repo + QStringLiteral("/page.md"), edited));
    QVERIFY(writeFile(m_repo + QStringLiteral("/other.md"), "unrelated edit\n"));
    auto repo = Repository::discover(m_repo);
    QVERIFY(repo);
    BackupStore store(backupRoot());
    const auto outcome =
        DiscardOperation(*repo, store).discard(m_repo + QStringLiteral("/page.md"));
    QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
    QCOMPARE(outcome->statusBefore, FileStatus::Modified);
    QCOMPARE(outcome->relativePath, QStringLiteral("page.md"));
    QVERIFY(!outcome->removed);
    QCOMPARE(outcome->backups.size(), 1);
    QCOMPARE(readFile(outcome->backups.first().copyPath), edited);

    QByteArray inHead;
    QVERIFY(
        gitOk(m_repo,
              {QStringLiteral("cat-file"), QStringLiteral("blob"), QStringLiteral("HEAD:page.md")},
              &inHead));
    QCOMPARE(inHead, committed);
    QCOMPARE(readFile(m_repo + QStringLiteral("/page.md")), committed);
    QCOMPARE(porcelain(m_repo), QByteArray(" M other.md\n"));
    QVERIFY(fsckClean(m_repo));

    const auto listed = store.list();
    QVERIFY(listed && listed->size() == 1);
    const auto restored = store.restore(listed->first());
    QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().message));
    QCOMPARE(readFile(m_repo + QStringLiteral("/page.md")), edited);
    QCOMPARE(porcelain(m_repo), QByteArray(" M other.md\n M page.md\n"));
}

void TestDiscardOperation::discardUntrackedThenRestore()
{
    const QString page = m_repo + QStringLiteral("/drafts/new/idea.md");
    QVERIFY(writeFile(page, edited));
    auto repo = Repository::discover(m_repo);
    QVERIFY(repo);
    BackupStore store(backupRoot());
    const auto outcome = DiscardOperation(*repo, store).discard(page);
    QVERIFY(outcome);
    QCOMPARE(outcome->statusBefore, FileStatus::Untracked);
    QVERIFY(outcome->removed);
    QVERIFY(!QFile::exists(page));
    QVERIFY(!QDir(m_repo + QStringLiteral("/drafts")).exists()); // emptied folders go too
    QCOMPARE(porcelain(m_repo), QByteArray());
    QCOMPARE(outcome->backups.size(), 1);
    QCOMPARE(outcome->backups.first().relativePath, QStringLiteral("drafts/new/idea.md"));

    QVERIFY(store.restore(outcome->backups.first()));
    QCOMPARE(readFile(page), edited);
    QCOMPARE(porcelain(m_repo), QByteArray("?? drafts/new/idea.md\n"));
}

void TestDiscardOperation::discardAddedThenRestore()
{
    const QString page = m_repo + QStringLiteral("/added.md");
    QVERIFY(writeFile(page, "staged words\n"));
    QVERIFY(gitOk(m_repo, {QStringLiteral("add"), QStringLiteral("added.md")}));
    QVERIFY(writeFile(page, edited)); // and edited again after staging
    QCOMPARE(porcelain(m_repo), QByteArray("AM added.md\n"));
    auto repo = Repository::discover(m_repo);
    QVERIFY(repo);
    BackupStore store(backupRoot());
    const auto outcome = DiscardOperation(*repo, store).discard(QStringLiteral("added.md"));
    QVERIFY(outcome);
    QCOMPARE(outcome->statusBefore, FileStatus::Added);
    QVERIFY(outcome->removed);
    QVERIFY(!QFile::exists(page));
    QCOMPARE(porcelain(m_repo), QByteArray());
    QCOMPARE(gitText(m_repo, {QStringLiteral("ls-files"), QStringLiteral("added.md")}),
             QByteArray());
    // Both versions the user wrote are kept: the one on disk and the staged one.
    QCOMPARE(outcome->backups.size(), 2);
    QCOMPARE(readFile(outcome->backups.at(0).copyPath), edited);
    QCOMPARE(readFile(outcome->backups.at(1).copyPath), QByteArray("staged words\n"));
    QCOMPARE(outcome->backups.at(1).reason, QStringLiteral("discard-staged"));

    QVERIFY(store.restore(outcome->backups.at(0)));
    QCOMPARE(readFile(page), edited);
    QCOMPARE(porcelain(m_repo), QByteArray("?? added.md\n"));
    QVERIFY(fsckClean(m_repo));
}

void TestDiscardOperation::discardDeleted()
{
    QVERIFY(QFile::remove(m_repo + QStringLiteral("/page.md")));
    QVERIFY(
        gitOk(m_repo, {QStringLiteral("rm"), QStringLiteral("-q"), QStringLiteral("other.md")}));
    QCOMPARE(porcelain(m_repo), QByteArray("D  other.md\n D page.md\n"));
    auto repo = Repository::discover(m_repo);
    QVERIFY(repo);
    BackupStore store(backupRoot());
    DiscardOperation discard(*repo, store);
    const auto outcome = discard.discard(QStringLiteral("page.md"));
    QVERIFY(outcome);
    QCOMPARE(outcome->statusBefore, FileStatus::Deleted);
    QVERIFY(outcome->backups.isEmpty()); // nothing on disk to keep
    QCOMPARE(readFile(m_repo + QStringLiteral("/page.md")), committed);
    const auto staged = discard.discard(QStringLiteral("other.md"));
    QVERIFY(staged);
    QCOMPARE(readFile(m_repo + QStringLiteral("/other.md")), QByteArray("other\n"));
    QCOMPARE(porcelain(m_repo), QByteArray());
    QVERIFY(store.list()->isEmpty());
}

void TestDiscardOperation::discardStagedAndUnstaged()
{
    const QString page = m_repo + QStringLiteral("/page.md");
    QVERIFY(writeFile(page, "staged version\n"));
    QVERIFY(gitOk(m_repo, {QStringLiteral("add"), QStringLiteral("page.md")}));
    QVERIFY(writeFile(page, edited));
    QCOMPARE(porcelain(m_repo), QByteArray("MM page.md\n"));
    auto repo = Repository::discover(m_repo);
    QVERIFY(repo);
    BackupStore store(backupRoot());
    const auto outcome = DiscardOperation(*repo, store).discard(page, DiscardSource::Head);
    QVERIFY(outcome);
    QCOMPARE(readFile(page), committed);
    QCOMPARE(porcelain(m_repo), QByteArray());
    QCOMPARE(outcome->backups.size(), 2);
    QCOMPARE(readFile(outcome->backups.at(0).copyPath), edited);
    QCOMPARE(readFile(outcome->backups.at(1).copyPath), QByteArray("staged version\n"));
}

void TestDiscardOperation::discardToTheStagedVersion()
{
    const QString page = m_repo + QStringLiteral("/page.md");
    QVERIFY(writeFile(page, "staged version\n"));
    QVERIFY(gitOk(m_repo, {QStringLiteral("add"), QStringLiteral("page.md")}));
    QVERIFY(writeFile(page, edited));
    auto repo = Repository::discover(m_repo);
    QVERIFY(repo);
    BackupStore store(backupRoot());
    const auto outcome = DiscardOperation(*repo, store).discard(page, DiscardSource::Index);
    QVERIFY(outcome);
    QCOMPARE(readFile(page), QByteArray("staged version\n"));
    QCOMPARE(porcelain(m_repo), QByteArray("M  page.md\n"));
    QCOMPARE(outcome->backups.size(), 1);
    QCOMPARE(readFile(outcome->backups.first().copyPath), edited);
}

void TestDiscardOperation::unmodifiedFileIsLeftAlone()
{
    auto repo = Repository::discover(m_repo);
    QVERIFY(repo);
    BackupStore store(backupRoot());
    const auto outcome = DiscardOperation(*repo, store).discard(QStringLiteral("page.md"));
    QVERIFY(outcome);
    QCOMPARE(outcome->statusBefore, FileStatus::Unmodified);
    QVERIFY(outcome->backups.isEmpty());
    QVERIFY(!QDir(backupRoot()).exists());
    const auto missing = DiscardOperation(*repo, store).discard(QStringLiteral("nope.md"));
    QVERIFY(!missing);
    const auto outside =
        DiscardOperation(*repo, store).discard(m_fixture.tempPath(QStringLiteral("x.md")));
    QVERIFY(!outside);
}

void TestDiscardOperation::refusedWhileMerging()
{
    QVERIFY(
        gitOk(m_repo, {QStringLiteral("switch"), QStringLiteral("-qc"), QStringLiteral("side")}));
    QVERIFY(commitFile(m_repo, QStringLiteral("page.md"), "side\n", QStringLiteral("side")));
    QVERIFY(
        gitOk(m_repo, {QStringLiteral("switch"), QStringLiteral("-q"), QStringLiteral("main")}));
    QVERIFY(commitFile(m_repo, QStringLiteral("page.md"), "main\n", QStringLiteral("main")));
    QVERIFY(git(m_repo, {QStringLiteral("merge"), QStringLiteral("side")}).exitCode != 0);
    const auto filesBefore = snapshot(m_repo);
    const QByteArray statusBefore = porcelain(m_repo);
    auto repo = Repository::discover(m_repo);
    QVERIFY(repo);
    BackupStore store(backupRoot());
    const auto outcome = DiscardOperation(*repo, store).discard(QStringLiteral("page.md"));
    QVERIFY(!outcome);
    QCOMPARE(snapshot(m_repo), filesBefore);
    QCOMPARE(porcelain(m_repo), statusBefore);
}

void TestDiscardOperation::handbookInSubfolder()
{
    const QString handbook = m_repo + QStringLiteral("/content/handbook");
    QVERIFY(commitFile(m_repo, QStringLiteral("content/handbook/guide.md"), committed,
                       QStringLiteral("guide")));
    QVERIFY(writeFile(handbook + QStringLiteral("/guide.md"), edited));
    auto repo = Repository::discover(handbook);
    QVERIFY(repo);
    BackupStore store(backupRoot());
    const auto outcome =
        DiscardOperation(*repo, store).discard(handbook + QStringLiteral("/guide.md"));
    QVERIFY(outcome);
    QCOMPARE(outcome->relativePath, QStringLiteral("content/handbook/guide.md"));
    QCOMPARE(readFile(handbook + QStringLiteral("/guide.md")), committed);
    QCOMPARE(porcelain(m_repo), QByteArray());
    const BackupEntry kept = outcome->backups.first();
    QCOMPARE(kept.copyPath,
             backupRoot() + u'/' + kept.id + QStringLiteral("/content/handbook/guide.md"));
    QVERIFY(store.restore(kept));
    QCOMPARE(readFile(handbook + QStringLiteral("/guide.md")), edited);
}

QTEST_GUILESS_MAIN(TestDiscardOperation)
#include "tst_discardoperation.moc"
