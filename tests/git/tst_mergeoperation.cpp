#include "git/backupstore.h"
#include "git/gitfixture.h"
#include "git/mergeoperation.h"
#include "git/repository.h"

#include <QTest>

using namespace Folio;
using namespace Folio::Test;
using Folio::Git::BackupStore;
using Folio::Git::ConflictEntry;
using Folio::Git::ConflictResolution;
using Folio::Git::MergeAnalysis;
using Folio::Git::MergeOperation;
using Folio::Git::MergeStatus;
using Folio::Git::Repository;
using Folio::Git::RepositoryOperation;
using Folio::Git::Signature;

namespace {
const Signature ada{QStringLiteral("Ada"), QStringLiteral("ada@example.invalid")};

QByteArray page(const char *middle)
{
    return QByteArray("# Title\n\nfirst paragraph\n\n") + middle + "\n\nlast paragraph\n";
}
} // namespace

class TestMergeOperation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_fixture.initTestCase(); }
    void init();
    void fastForward();
    void fastForwardRefusedOnDirtyFile();
    void fastForwardTakesEditsItAlreadyHas();
    void mergeIntoUnbornBranch();
    void cleanMerge();
    void mergeRemoteTrackingBranch();
    void conflictsResolvedAndCompleted();
    void conflictsAborted();
    void refusedWhenTouchingUncommittedChanges_data();
    void refusedWhenTouchingUncommittedChanges();
    void inProgressMergeFoundOnOpen();
    void handbookInSubfolder();

private:
    // base: x, y, z, d, keep, m. feature: x/y/z/d changed, new.md added, m.md changed.
    // main: x/y/z changed differently, d deleted. Merging feature into main conflicts on x, y,
    // z (both modified) and d (deleted by us), and cleanly brings new.md and m.md.
    void conflictingBranches();
    [[nodiscard]] QString backupRoot() const
    {
        return m_fixture.tempPath(QStringLiteral("backups"));
    }

    GitFixture m_fixture;
    QString m_repo;
};

void TestMergeOperation::init()
{
    m_repo = m_fixture.newRepository();
    QVERIFY(!m_repo.isEmpty());
    QVERIFY(commitFile(m_repo, QStringLiteral("keep.md"), "keep\n", QStringLiteral("base")));
}

void TestMergeOperation::conflictingBranches()
{
    for (const char *name : {"x.md", "y.md", "z.md", "d.md", "m.md"})
        QVERIFY(writeFile(m_repo + u'/' + QLatin1String(name), page("base")));
    QVERIFY(commitAll(m_repo, QStringLiteral("pages")));
    QVERIFY(gitOk(m_repo,
                  {QStringLiteral("switch"), QStringLiteral("-qc"), QStringLiteral("feature")}));
    for (const char *name : {"x.md", "y.md", "z.md", "d.md"})
        QVERIFY(writeFile(m_repo + u'/' + QLatin1String(name), page("feature's wording")));
    QVERIFY(writeFile(m_repo + QStringLiteral("/m.md"), page("base") + "appendix\n"));
    QVERIFY(writeFile(m_repo + QStringLiteral("/new.md"), "new from feature\n"));
    QVERIFY(commitAll(m_repo, QStringLiteral("feature edits")));
    QVERIFY(
        gitOk(m_repo, {QStringLiteral("switch"), QStringLiteral("-q"), QStringLiteral("main")}));
    for (const char *name : {"x.md", "y.md", "z.md"})
        QVERIFY(writeFile(m_repo + u'/' + QLatin1String(name), page("main's wording")));
    QVERIFY(QFile::remove(m_repo + QStringLiteral("/d.md")));
    QVERIFY(commitAll(m_repo, QStringLiteral("main edits")));
}

void TestMergeOperation::fastForward()
{
    QVERIFY(gitOk(m_repo,
                  {QStringLiteral("switch"), QStringLiteral("-qc"), QStringLiteral("feature")}));
    QVERIFY(commitFile(m_repo, QStringLiteral("f.md"), "f\n", QStringLiteral("f")));
    QVERIFY(
        gitOk(m_repo, {QStringLiteral("switch"), QStringLiteral("-q"), QStringLiteral("main")}));
    QVERIFY(writeFile(m_repo + QStringLiteral("/keep.md"), "uncommitted, untouched by feature\n"));

    auto repo = Repository::discover(m_repo);
    QVERIFY(repo);
    MergeOperation merge(*repo);
    QCOMPARE(merge.analyze(QStringLiteral("feature")).value(), MergeAnalysis::FastForward);
    const auto outcome = merge.merge(QStringLiteral("feature"), ada);
    QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
    QCOMPARE(outcome->status, MergeStatus::FastForwarded);
    QCOMPARE(outcome->commitId.toLatin1(), revParse(m_repo, QStringLiteral("feature")));
    QCOMPARE(revParse(m_repo, QStringLiteral("main")), revParse(m_repo, QStringLiteral("feature")));
    QCOMPARE(gitText(m_repo, {QStringLiteral("symbolic-ref"), QStringLiteral("HEAD")}),
             QByteArray("refs/heads/main"));
    QCOMPARE(porcelain(m_repo), QByteArray(" M keep.md\n"));
    QCOMPARE(readFile(m_repo + QStringLiteral("/f.md")), QByteArray("f\n"));
    QCOMPARE(readFile(m_repo + QStringLiteral("/keep.md")),
             QByteArray("uncommitted, untouched by feature\n"));
    QVERIFY(!QFile::exists(m_repo + QStringLiteral("/.git/MERGE_HEAD")));

    QCOMPARE(merge.analyze(QStringLiteral("feature")).value(), MergeAnalysis::UpToDate);
    const auto again = merge.merge(QStringLiteral("feature"), ada);
    QVERIFY(again);
    QCOMPARE(again->status, MergeStatus::UpToDate);
    QVERIFY(fsckClean(m_repo));
}

void TestMergeOperation::fastForwardRefusedOnDirtyFile()
{
    QVERIFY(gitOk(m_repo,
                  {QStringLiteral("switch"), QStringLiteral("-qc"), QStringLiteral("feature")}));
    QVERIFY(commitFile(m_repo, QStringLiteral("keep.md"), "feature\n", QStringLiteral("f")));
    QVERIFY(
        gitOk(m_repo, {QStringLiteral("switch"), QStringLiteral("-q"), QStringLiteral("main")}));
    QVERIFY(writeFile(m_repo + QStringLiteral("/keep.md"), "the user's words\n"));
    const QByteArray head = revParse(m_repo, QStringLiteral("HEAD"));
    const auto filesBefore = snapshot(m_repo);
    const QByteArray statusBefore = porcelain(m_repo);

    auto repo = Repository::discover(m_repo);
    QVERIFY(repo);
    const auto outcome = MergeOperation(*repo).merge(QStringLiteral("feature"), ada);
    QVERIFY(outcome);
    QCOMPARE(outcome->status, MergeStatus::Refused);
    QCOMPARE(outcome->blockingFiles, QStringList{QStringLiteral("keep.md")});
    QCOMPARE(revParse(m_repo, QStringLiteral("HEAD")), head);
    QCOMPARE(snapshot(m_repo), filesBefore);
    QCOMPARE(porcelain(m_repo), statusBefore);
}

// The proposal flow's return trip: an SA proposed an edit (it stayed uncommitted in their
// work tree), the merge request was merged, and updating brings the same bytes back. Nothing
// of theirs is at stake, so the update goes through; a file that differs still refuses it.
void TestMergeOperation::fastForwardTakesEditsItAlreadyHas()
{
    QVERIFY(commitFile(m_repo, QStringLiteral("other.md"), "other\n", QStringLiteral("other")));
    QVERIFY(gitOk(m_repo,
                  {QStringLiteral("switch"), QStringLiteral("-qc"), QStringLiteral("upstream")}));
    QVERIFY(commitFile(m_repo, QStringLiteral("keep.md"), "keep, fixed\n",
                       QStringLiteral("the merged proposal")));
    QVERIFY(commitFile(m_repo, QStringLiteral("other.md"), "other, by someone else\n",
                       QStringLiteral("someone else")));
    QVERIFY(
        gitOk(m_repo, {QStringLiteral("switch"), QStringLiteral("-q"), QStringLiteral("main")}));
    QVERIFY(writeFile(m_repo + QStringLiteral("/keep.md"), "keep, fixed\n"));

    auto repo = Repository::discover(m_repo);
    QVERIFY(repo);
    // Another file with a different edit still blocks, and nothing is changed.
    QVERIFY(writeFile(m_repo + QStringLiteral("/other.md"), "other, my own words\n"));
    const QByteArray statusBefore = porcelain(m_repo);
    auto refused = MergeOperation(*repo).merge(QStringLiteral("upstream"), ada);
    QVERIFY(refused);
    QCOMPARE(refused->status, MergeStatus::Refused);
    QCOMPARE(refused->blockingFiles, QStringList{QStringLiteral("other.md")});
    QCOMPARE(porcelain(m_repo), statusBefore);

    QVERIFY(gitOk(m_repo,
                  {QStringLiteral("checkout"), QStringLiteral("--"), QStringLiteral("other.md")}));
    const auto outcome = MergeOperation(*repo).merge(QStringLiteral("upstream"), ada);
    QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
    QCOMPARE(outcome->status, MergeStatus::FastForwarded);
    QCOMPARE(revParse(m_repo, QStringLiteral("main")),
             revParse(m_repo, QStringLiteral("upstream")));
    QCOMPARE(porcelain(m_repo), QByteArray());
    QCOMPARE(readFile(m_repo + QStringLiteral("/keep.md")), QByteArray("keep, fixed\n"));
    QCOMPARE(readFile(m_repo + QStringLiteral("/other.md")),
             QByteArray("other, by someone else\n"));
    QVERIFY(fsckClean(m_repo));
}

void TestMergeOperation::mergeIntoUnbornBranch()
{
    // A branch with no commit yet (git switch --orphan) takes the merged branch as it is.
    QVERIFY(gitOk(m_repo, {QStringLiteral("switch"), QStringLiteral("-q"),
                           QStringLiteral("--orphan"), QStringLiteral("fresh")}));
    QVERIFY(writeFile(m_repo + QStringLiteral("/draft.md"), "untracked draft\n"));
    auto repo = Repository::discover(m_repo);
    QVERIFY(repo);
    MergeOperation merge(*repo);
    QCOMPARE(merge.analyze(QStringLiteral("main")).value(), MergeAnalysis::FastForward);
    const auto outcome = merge.merge(QStringLiteral("main"), ada);
    QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
    QCOMPARE(outcome->status, MergeStatus::FastForwarded);
    QCOMPARE(revParse(m_repo, QStringLiteral("fresh")), revParse(m_repo, QStringLiteral("main")));
    QCOMPARE(gitText(m_repo, {QStringLiteral("symbolic-ref"), QStringLiteral("HEAD")}),
             QByteArray("refs/heads/fresh"));
    QCOMPARE(readFile(m_repo + QStringLiteral("/keep.md")), QByteArray("keep\n"));
    QCOMPARE(porcelain(m_repo), QByteArray("?? draft.md\n"));
    QVERIFY(fsckClean(m_repo));
}

void TestMergeOperation::cleanMerge()
{
    QVERIFY(gitOk(m_repo,
                  {QStringLiteral("switch"), QStringLiteral("-qc"), QStringLiteral("feature")}));
    QVERIFY(commitFile(m_repo, QStringLiteral("b.md"), "b from feature\n", QStringLiteral("b")));
    QVERIFY(
        gitOk(m_repo, {QStringLiteral("switch"), QStringLiteral("-q"), QStringLiteral("main")}));
    QVERIFY(commitFile(m_repo, QStringLiteral("a.md"), "a from main\n", QStringLiteral("a")));
    QVERIFY(writeFile(m_repo + QStringLiteral("/keep.md"), "uncommitted edit\n"));
    QVERIFY(writeFile(m_repo + QStringLiteral("/notes.txt"), "untracked\n"));
    const QByteArray mainBefore = revParse(m_repo, QStringLiteral("main"));
    const QByteArray feature = revParse(m_repo, QStringLiteral("feature"));

    auto repo = Repository::discover(m_repo);
    QVERIFY(repo);
    MergeOperation merge(*repo);
    QCOMPARE(merge.analyze(QStringLiteral("feature")).value(), MergeAnalysis::Normal);
    const auto outcome = merge.merge(QStringLiteral("feature"), ada);
    QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
    QCOMPARE(outcome->status, MergeStatus::Merged);
    QCOMPARE(outcome->commitId.toLatin1(), revParse(m_repo, QStringLiteral("HEAD")));
    QCOMPARE(gitText(m_repo, {QStringLiteral("rev-list"), QStringLiteral("--parents"),
                              QStringLiteral("-n1"), QStringLiteral("HEAD")}),
             outcome->commitId.toLatin1() + ' ' + mainBefore + ' ' + feature);
    QCOMPARE(gitText(m_repo, {QStringLiteral("log"), QStringLiteral("-1"),
                              QStringLiteral("--format=%s|%an|%ae")}),
             QByteArray("Merge branch 'feature' into main|Ada|ada@example.invalid"));
    QCOMPARE(outcome->message, QStringLiteral("Merge branch 'feature' into main"));
    QCOMPARE(gitText(m_repo, {QStringLiteral("symbolic-ref"), QStringLiteral("HEAD")}),
             QByteArray("refs/heads/main"));
    QCOMPARE(readFile(m_repo + QStringLiteral("/b.md")), QByteArray("b from feature\n"));
    QCOMPARE(readFile(m_repo + QStringLiteral("/keep.md")), QByteArray("uncommitted edit\n"));
    QCOMPARE(porcelain(m_repo), QByteArray(" M keep.md\n?? notes.txt\n"));
    QVERIFY(!QFile::exists(m_repo + QStringLiteral("/.git/MERGE_HEAD")));
    QCOMPARE(merge.state()->operation, RepositoryOperation::None);
    QVERIFY(fsckClean(m_repo));
}

void TestMergeOperation::mergeRemoteTrackingBranch()
{
    const QString origin = m_fixture.tempPath(QStringLiteral("origin.git"));
    QVERIFY(gitOk(m_repo, {QStringLiteral("clone"), QStringLiteral("-q"), QStringLiteral("--bare"),
                           m_repo, origin}));
    QVERIFY(gitOk(m_repo, {QStringLiteral("remote"), QStringLiteral("add"),
                           QStringLiteral("origin"), origin}));
    // Someone else's change reaches origin/main; ours is on a topic branch.
    const QString other = m_fixture.tempPath(QStringLiteral("other"));
    QVERIFY(gitOk(m_fixture.tempPath(QString()),
                  {QStringLiteral("clone"), QStringLiteral("-q"), origin, other}));
    QVERIFY(gitOk(other, {QStringLiteral("config"), QStringLiteral("user.email"),
                          QStringLiteral("o@x.invalid")}));
    QVERIFY(
        gitOk(other, {QStringLiteral("config"), QStringLiteral("user.name"), QStringLiteral("O")}));
    QVERIFY(commitFile(other, QStringLiteral("theirs.md"), "theirs\n", QStringLiteral("upstream")));
    QVERIFY(gitOk(other, {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"),
                          QStringLiteral("main")}));
    QVERIFY(gitOk(m_repo,
                  {QStringLiteral("switch"), QStringLiteral("-qc"), QStringLiteral("sa/topic")}));
    QVERIFY(commitFile(m_repo, QStringLiteral("mine.md"), "mine\n", QStringLiteral("topic")));
    QVERIFY(
        gitOk(m_repo, {QStringLiteral("fetch"), QStringLiteral("-q"), QStringLiteral("origin")}));

    auto repo = Repository::discover(m_repo);
    QVERIFY(repo);
    const auto outcome = MergeOperation(*repo).merge(QStringLiteral("origin/main"), {});
    QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
    QCOMPARE(outcome->status, MergeStatus::Merged);
    QCOMPARE(gitText(m_repo, {QStringLiteral("log"), QStringLiteral("-1"),
                              QStringLiteral("--format=%s|%P|%an")}),
             "Merge remote-tracking branch 'origin/main' into sa/topic|" +
                 revParse(m_repo, QStringLiteral("HEAD^1")) + ' ' +
                 revParse(m_repo, QStringLiteral("origin/main")) +
                 "|Folio Test"); // no committer given: the repository's user.name
    QCOMPARE(porcelain(m_repo), QByteArray());
    QVERIFY(fsckClean(m_repo));
}

void TestMergeOperation::conflictsResolvedAndCompleted()
{
    conflictingBranches();
    const QByteArray mainBefore = revParse(m_repo, QStringLiteral("main"));
    auto repo = Repository::discover(m_repo);
    QVERIFY(repo);
    BackupStore store(backupRoot());
    MergeOperation merge(*repo, &store);
    const auto outcome = merge.merge(QStringLiteral("feature"), ada);
    QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
    QCOMPARE(outcome->status, MergeStatus::Conflicted);
    const QList<ConflictEntry> expected{{QStringLiteral("d.md"), true, false, true},
                                        {QStringLiteral("x.md"), true, true, true},
                                        {QStringLiteral("y.md"), true, true, true},
                                        {QStringLiteral("z.md"), true, true, true}};
    QCOMPARE(outcome->conflicts, expected);
    // git sees the same merge in progress.
    QCOMPARE(gitText(m_repo, {QStringLiteral("diff"), QStringLiteral("--name-only"),
                              QStringLiteral("--diff-filter=U")}),
             QByteArray("d.md\nx.md\ny.md\nz.md"));
    QCOMPARE(revParse(m_repo, QStringLiteral("MERGE_HEAD")),
             revParse(m_repo, QStringLiteral("feature")));
    QCOMPARE(revParse(m_repo, QStringLiteral("HEAD")), mainBefore);
    QVERIFY(readFile(m_repo + QStringLiteral("/x.md")).contains("<<<<<<<"));
    QCOMPARE(readFile(m_repo + QStringLiteral("/new.md")), QByteArray("new from feature\n"));
    const auto state = merge.state();
    QVERIFY(state);
    QCOMPARE(state->operation, RepositoryOperation::Merge);
    QCOMPARE(state->theirsId.toLatin1(), revParse(m_repo, QStringLiteral("feature")));
    QCOMPARE(state->conflicts, expected);
    QVERIFY(!merge.complete(ada)); // conflicts left

    QVERIFY(merge.resolve(QStringLiteral("x.md"), ConflictResolution::KeepMine));
    QCOMPARE(readFile(m_repo + QStringLiteral("/x.md")), page("main's wording"));
    QVERIFY(merge.resolve(m_repo + QStringLiteral("/y.md"), ConflictResolution::TakeTheirs));
    QCOMPARE(readFile(m_repo + QStringLiteral("/y.md")), page("feature's wording"));
    QVERIFY(merge.resolve(QStringLiteral("d.md"), ConflictResolution::KeepMine)); // stays deleted
    QVERIFY(!QFile::exists(m_repo + QStringLiteral("/d.md")));
    // Markers still there: refused, nothing changes.
    const auto early = merge.resolve(QStringLiteral("z.md"), ConflictResolution::UseEdited);
    QVERIFY(!early);
    QCOMPARE(merge.conflicts()->size(), 1);
    QVERIFY(writeFile(m_repo + QStringLiteral("/z.md"), page("both wordings, merged by hand")));
    QVERIFY(merge.resolve(QStringLiteral("z.md"), ConflictResolution::UseEdited));
    QVERIFY(merge.conflicts()->isEmpty());
    QVERIFY(!merge.resolve(QStringLiteral("z.md"), ConflictResolution::UseEdited)); // no conflict

    const auto commit = merge.complete(ada);
    QVERIFY2(commit, qPrintable(commit ? QString() : commit.error().message));
    QCOMPARE(commit->toLatin1(), revParse(m_repo, QStringLiteral("HEAD")));
    QCOMPARE(gitText(m_repo, {QStringLiteral("log"), QStringLiteral("-1"),
                              QStringLiteral("--format=%s|%P")}),
             "Merge branch 'feature' into main|" + mainBefore + ' ' +
                 revParse(m_repo, QStringLiteral("feature")));
    QCOMPARE(porcelain(m_repo), QByteArray());
    QVERIFY(!QFile::exists(m_repo + QStringLiteral("/.git/MERGE_HEAD")));
    QCOMPARE(gitText(m_repo, {QStringLiteral("ls-files"), QStringLiteral("-u")}), QByteArray());
    // No conflict markers anywhere in the committed tree.
    QVERIFY(git(m_repo, {QStringLiteral("grep"), QStringLiteral("-q"), QStringLiteral("-e"),
                         QStringLiteral("<<<<<<<"), QStringLiteral("-e"), QStringLiteral(">>>>>>>"),
                         QStringLiteral("HEAD")})
                .exitCode == 1);
    QByteArray z;
    QVERIFY(gitOk(m_repo, {QStringLiteral("show"), QStringLiteral("HEAD:z.md")}, &z));
    QCOMPARE(z, page("both wordings, merged by hand"));
    QCOMPARE(gitText(m_repo, {QStringLiteral("ls-tree"), QStringLiteral("--name-only"),
                              QStringLiteral("HEAD")}),
             QByteArray("keep.md\nm.md\nnew.md\nx.md\ny.md\nz.md"));
    QCOMPARE(merge.state()->operation, RepositoryOperation::None);
    // Choosing a side replaced x, y and d on disk: what they held was kept anyway.
    QCOMPARE(store.list()->size(), 3);
    QVERIFY(fsckClean(m_repo));
}

void TestMergeOperation::conflictsAborted()
{
    conflictingBranches();
    // Uncommitted work the merge does not touch: an edit, a staged-free untracked file.
    QVERIFY(writeFile(m_repo + QStringLiteral("/keep.md"), "keep, edited before the merge\n"));
    QVERIFY(writeFile(m_repo + QStringLiteral("/notes.txt"), "untracked notes\n"));
    const QByteArray head = revParse(m_repo, QStringLiteral("HEAD"));
    const QByteArray statusBefore = porcelain(m_repo);
    const QByteArray indexBefore =
        gitText(m_repo, {QStringLiteral("ls-files"), QStringLiteral("-s")});
    const QByteArray diffBefore = gitText(m_repo, {QStringLiteral("diff")});
    const auto filesBefore = snapshot(m_repo);

    auto repo = Repository::discover(m_repo);
    QVERIFY(repo);
    BackupStore store(backupRoot());
    MergeOperation merge(*repo, &store);
    const auto outcome = merge.merge(QStringLiteral("feature"), ada);
    QVERIFY(outcome);
    QCOMPARE(outcome->status, MergeStatus::Conflicted);
    QVERIFY(snapshot(m_repo) != filesBefore);
    // Half-way through: one file resolved, one edited by hand.
    QVERIFY(merge.resolve(QStringLiteral("y.md"), ConflictResolution::TakeTheirs));
    QVERIFY(writeFile(m_repo + QStringLiteral("/x.md"), "started merging by hand\n"));

    const auto aborted = merge.abort();
    QVERIFY2(aborted, qPrintable(aborted ? QString() : aborted.error().message));
    QCOMPARE(revParse(m_repo, QStringLiteral("HEAD")), head);
    QCOMPARE(gitText(m_repo, {QStringLiteral("symbolic-ref"), QStringLiteral("HEAD")}),
             QByteArray("refs/heads/main"));
    QCOMPARE(porcelain(m_repo), statusBefore);
    QCOMPARE(gitText(m_repo, {QStringLiteral("ls-files"), QStringLiteral("-s")}), indexBefore);
    QCOMPARE(gitText(m_repo, {QStringLiteral("diff")}), diffBefore);
    QCOMPARE(snapshot(m_repo), filesBefore);
    QVERIFY(!QFile::exists(m_repo + QStringLiteral("/.git/MERGE_HEAD")));
    QCOMPARE(merge.state()->operation, RepositoryOperation::None);
    // The hand edit made during the merge is not lost.
    bool handEditKept = false;
    const auto backups = store.list();
    QVERIFY(backups);
    for (const auto &entry : backups.value())
        handEditKept |= readFile(entry.copyPath) == "started merging by hand\n";
    QVERIFY(handEditKept);
    QVERIFY(fsckClean(m_repo));
    QVERIFY(!merge.abort()); // nothing left to abort
}

void TestMergeOperation::refusedWhenTouchingUncommittedChanges_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("stage");
    QTest::newRow("modified page the merge changes") << QStringLiteral("m.md") << false;
    QTest::newRow("conflicted page") << QStringLiteral("x.md") << false;
    QTest::newRow("untracked file the merge adds") << QStringLiteral("new.md") << false;
    QTest::newRow("staged change anywhere") << QStringLiteral("keep.md") << true;
}

void TestMergeOperation::refusedWhenTouchingUncommittedChanges()
{
    QFETCH(QString, file);
    QFETCH(bool, stage);
    conflictingBranches();
    QVERIFY(writeFile(m_repo + u'/' + file, "the user's uncommitted words\n"));
    if (stage)
        QVERIFY(gitOk(m_repo, {QStringLiteral("add"), file}));
    const QByteArray head = revParse(m_repo, QStringLiteral("HEAD"));
    const QByteArray statusBefore = porcelain(m_repo);
    const QByteArray indexBefore =
        gitText(m_repo, {QStringLiteral("ls-files"), QStringLiteral("-s")});
    const auto filesBefore = snapshot(m_repo);

    auto repo = Repository::discover(m_repo);
    QVERIFY(repo);
    const auto outcome = MergeOperation(*repo).merge(QStringLiteral("feature"), ada);
    QVERIFY(outcome);
    QCOMPARE(outcome->status, MergeStatus::Refused);
    QCOMPARE(outcome->blockingFiles, QStringList{file});
    QVERIFY(!outcome->reason.isEmpty());
    QCOMPARE(revParse(m_repo, QStringLiteral("HEAD")), head);
    QCOMPARE(porcelain(m_repo), statusBefore);
    QCOMPARE(gitText(m_repo, {QStringLiteral("ls-files"), QStringLiteral("-s")}), indexBefore);
    QCOMPARE(snapshot(m_repo), filesBefore);
    QVERIFY(!QFile::exists(m_repo + QStringLiteral("/.git/MERGE_HEAD")));
    QCOMPARE(MergeOperation(*repo).state()->operation, RepositoryOperation::None);
    // git refuses this merge too.
    QVERIFY(git(m_repo, {QStringLiteral("merge"), QStringLiteral("feature")}).exitCode != 0);
    QCOMPARE(snapshot(m_repo), filesBefore);
}

void TestMergeOperation::inProgressMergeFoundOnOpen()
{
    conflictingBranches();
    // A merge started by the git CLI (or an earlier session) and left unfinished.
    QVERIFY(git(m_repo, {QStringLiteral("merge"), QStringLiteral("feature")}).exitCode != 0);
    auto repo = Repository::discover(m_repo);
    QVERIFY(repo);
    MergeOperation merge(*repo);
    const auto state = merge.state();
    QVERIFY(state);
    QCOMPARE(state->operation, RepositoryOperation::Merge);
    QCOMPARE(state->theirsId.toLatin1(), revParse(m_repo, QStringLiteral("feature")));
    QCOMPARE(state->conflicts.size(), 4);
    QCOMPARE(state->message, QStringLiteral("Merge branch 'feature' into main"));
    for (const QString &path :
         {QStringLiteral("x.md"), QStringLiteral("y.md"), QStringLiteral("z.md")})
        QVERIFY(merge.resolve(path, ConflictResolution::TakeTheirs));
    QVERIFY(merge.resolve(QStringLiteral("d.md"), ConflictResolution::TakeTheirs));
    QCOMPARE(readFile(m_repo + QStringLiteral("/d.md")), page("feature's wording"));
    const auto commit = merge.complete(ada);
    QVERIFY(commit);
    QCOMPARE(gitText(m_repo, {QStringLiteral("rev-list"), QStringLiteral("--count"),
                              QStringLiteral("--merges"), QStringLiteral("HEAD")}),
             QByteArray("1"));
    QCOMPARE(porcelain(m_repo), QByteArray());
    QVERIFY(fsckClean(m_repo));
}

void TestMergeOperation::handbookInSubfolder()
{
    const QString handbook = m_repo + QStringLiteral("/content/handbook");
    QVERIFY(commitFile(m_repo, QStringLiteral("content/handbook/p.md"), page("base"),
                       QStringLiteral("p")));
    QVERIFY(gitOk(m_repo,
                  {QStringLiteral("switch"), QStringLiteral("-qc"), QStringLiteral("feature")}));
    QVERIFY(commitFile(m_repo, QStringLiteral("content/handbook/p.md"), page("feature"),
                       QStringLiteral("f")));
    QVERIFY(
        gitOk(m_repo, {QStringLiteral("switch"), QStringLiteral("-q"), QStringLiteral("main")}));
    QVERIFY(commitFile(m_repo, QStringLiteral("content/handbook/p.md"), page("main"),
                       QStringLiteral("m")));
    auto repo = Repository::discover(handbook);
    QVERIFY(repo);
    MergeOperation merge(*repo);
    const auto outcome = merge.merge(QStringLiteral("feature"), ada);
    QVERIFY(outcome);
    QCOMPARE(outcome->status, MergeStatus::Conflicted);
    QCOMPARE(outcome->conflicts.first().path, QStringLiteral("content/handbook/p.md"));
    QVERIFY(writeFile(handbook + QStringLiteral("/p.md"), page("main and feature")));
    QVERIFY(merge.resolve(handbook + QStringLiteral("/p.md"), ConflictResolution::UseEdited));
    QVERIFY(merge.complete(ada));
    QCOMPARE(porcelain(m_repo), QByteArray());
    QByteArray committed;
    QVERIFY(gitOk(m_repo, {QStringLiteral("show"), QStringLiteral("HEAD:content/handbook/p.md")},
                  &committed));
    QCOMPARE(committed, page("main and feature"));
    QVERIFY(fsckClean(m_repo));
}

QTEST_GUILESS_MAIN(TestMergeOperation)
#include "tst_mergeoperation.moc"
