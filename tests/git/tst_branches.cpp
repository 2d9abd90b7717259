#include "git/branches.h"
#include "git/gitfixture.h"
#include "git/repository.h"

#include <QTest>

using namespace Folio;
using namespace Folio::Test;
using Folio::Git::Branches;
using Folio::Git::BranchInfo;
using Folio::Git::BranchKind;
using Folio::Git::Repository;

class TestBranches : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_fixture.initTestCase(); }
    void init();
    void createAndSwitch();
    void createFromStartPoint();
    void createRefusesExistingAndInvalidNames_data();
    void createRefusesExistingAndInvalidNames();
    void dirtySwitchCarriesChangesOver();
    void dirtySwitchRefused_data();
    void dirtySwitchRefused();
    void refusedCreateLeavesNoBranch();
    void detachedHead();
    void unbornBranch();
    void defaultBranchWithoutRemote();
    void remoteTrackingBranches();
    void handbookInSubfolder();

private:
    // main: a.md, b.md; other (from main): b.md changed, new.md added.
    void twoBranches();

    GitFixture m_fixture;
    QString m_repo;
};

void TestBranches::init()
{
    m_repo = m_fixture.newRepository();
    QVERIFY(!m_repo.isEmpty());
}

void TestBranches::twoBranches()
{
    QVERIFY(writeFile(m_repo + QStringLiteral("/a.md"), "# A\n"));
    QVERIFY(writeFile(m_repo + QStringLiteral("/b.md"), "# B\n"));
    QVERIFY(commitAll(m_repo, QStringLiteral("two pages")));
    QVERIFY(gitOk(m_repo, {QStringLiteral("branch"), QStringLiteral("other")}));
    QVERIFY(
        gitOk(m_repo, {QStringLiteral("switch"), QStringLiteral("-q"), QStringLiteral("other")}));
    QVERIFY(writeFile(m_repo + QStringLiteral("/b.md"), "# B on other\n"));
    QVERIFY(writeFile(m_repo + QStringLiteral("/new.md"), "new on other\n"));
    QVERIFY(commitAll(m_repo, QStringLiteral("other's change")));
    QVERIFY(
        gitOk(m_repo, {QStringLiteral("switch"), QStringLiteral("-q"), QStringLiteral("main")}));
}

void TestBranches::createAndSwitch()
{
    twoBranches();
    auto repo = Repository::discover(m_repo);
    QVERIFY(repo);
    Branches branches(*repo);
    const auto created = branches.createAndSwitch(QStringLiteral("sa/typo-fix"));
    QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
    QVERIFY(created->switched);
    QCOMPARE(created->branch.name, QStringLiteral("sa/typo-fix"));
    QCOMPARE(gitText(m_repo, {QStringLiteral("symbolic-ref"), QStringLiteral("HEAD")}),
             QByteArray("refs/heads/sa/typo-fix"));
    QCOMPARE(revParse(m_repo, QStringLiteral("sa/typo-fix")),
             revParse(m_repo, QStringLiteral("main")));
    QCOMPARE(porcelain(m_repo), QByteArray());

    const auto list = branches.list(BranchKind::Local);
    QVERIFY(list);
    QStringList names;
    for (const BranchInfo &branch : list.value()) {
        names.append(branch.name);
        QCOMPARE(branch.current, branch.name == QStringLiteral("sa/typo-fix"));
        QCOMPARE(branch.commitId.toLatin1(), revParse(m_repo, branch.refName));
    }
    const QByteArray gitNames = gitText(m_repo, {QStringLiteral("for-each-ref"),
                                                 QStringLiteral("--format=%(refname:short)"),
                                                 QStringLiteral("refs/heads")});
    QCOMPARE(names.join(u'\n').toUtf8(), gitNames);

    const auto back = branches.switchTo(QStringLiteral("other"));
    QVERIFY(back && back->switched);
    QCOMPARE(gitText(m_repo, {QStringLiteral("branch"), QStringLiteral("--show-current")}),
             QByteArray("other"));
    QCOMPARE(readFile(m_repo + QStringLiteral("/b.md")), QByteArray("# B on other\n"));
    QCOMPARE(porcelain(m_repo), QByteArray());
    QVERIFY(fsckClean(m_repo));
}

void TestBranches::createFromStartPoint()
{
    twoBranches();
    auto repo = Repository::discover(m_repo);
    QVERIFY(repo);
    const auto created =
        Branches(*repo).createAndSwitch(QStringLiteral("from-other"), QStringLiteral("other"));
    QVERIFY(created && created->switched);
    QCOMPARE(revParse(m_repo, QStringLiteral("HEAD")), revParse(m_repo, QStringLiteral("other")));
    QCOMPARE(readFile(m_repo + QStringLiteral("/new.md")), QByteArray("new on other\n"));
    QCOMPARE(porcelain(m_repo), QByteArray());
    // Starting from a local branch sets no upstream.
    QVERIFY(git(m_repo, {QStringLiteral("rev-parse"), QStringLiteral("--abbrev-ref"),
                         QStringLiteral("from-other@{upstream}")})
                .exitCode != 0);
    QVERIFY(fsckClean(m_repo));
}

void TestBranches::createRefusesExistingAndInvalidNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("existing") << QStringLiteral("other");
    QTest::newRow("empty") << QString();
    QTest::newRow("space") << QStringLiteral("my branch");
    QTest::newRow("dotdot") << QStringLiteral("a..b");
    QTest::newRow("dash") << QStringLiteral("-x");
    QTest::newRow("lock") << QStringLiteral("x.lock");
    QTest::newRow("slash") << QStringLiteral("x/");
    QTest::newRow("colon") << QStringLiteral("a:b");
    QTest::newRow("HEAD") << QStringLiteral("HEAD");
}

void TestBranches::createRefusesExistingAndInvalidNames()
{
    QFETCH(QString, name);
    twoBranches();
    if (name != QStringLiteral("other")) {
        // git agrees the name is invalid.
        QVERIFY(git(m_repo, {QStringLiteral("check-ref-format"), QStringLiteral("--branch"), name})
                        .exitCode != 0 ||
                name == QStringLiteral("HEAD"));
        QVERIFY(!Branches::validateName(name));
    }
    const QByteArray refsBefore = gitText(m_repo, {QStringLiteral("show-ref")});
    auto repo = Repository::discover(m_repo);
    QVERIFY(repo);
    const auto created = Branches(*repo).createAndSwitch(name);
    QVERIFY(!created);
    QVERIFY(!created.error().message.isEmpty());
    QCOMPARE(gitText(m_repo, {QStringLiteral("show-ref")}), refsBefore);
    QCOMPARE(gitText(m_repo, {QStringLiteral("branch"), QStringLiteral("--show-current")}),
             QByteArray("main"));
    QVERIFY(Branches::validateName(QStringLiteral("sa/typo-fix_2")));
}

void TestBranches::dirtySwitchCarriesChangesOver()
{
    twoBranches();
    // An unstaged edit, a staged new page and an untracked one, none touched by "other".
    QVERIFY(writeFile(m_repo + QStringLiteral("/a.md"), "# A edited, not committed\n"));
    QVERIFY(writeFile(m_repo + QStringLiteral("/c.md"), "staged\n"));
    QVERIFY(gitOk(m_repo, {QStringLiteral("add"), QStringLiteral("c.md")}));
    QVERIFY(writeFile(m_repo + QStringLiteral("/d.md"), "untracked\n"));
    const QByteArray statusBefore = porcelain(m_repo);
    QCOMPARE(statusBefore, QByteArray(" M a.md\nA  c.md\n?? d.md\n"));

    auto repo = Repository::discover(m_repo);
    QVERIFY(repo);
    const auto switched = Branches(*repo).switchTo(QStringLiteral("other"));
    QVERIFY(switched);
    QVERIFY(switched->switched);
    QVERIFY(switched->conflictingFiles.isEmpty());
    QCOMPARE(gitText(m_repo, {QStringLiteral("branch"), QStringLiteral("--show-current")}),
             QByteArray("other"));
    QCOMPARE(porcelain(m_repo), statusBefore);
    QCOMPARE(readFile(m_repo + QStringLiteral("/a.md")), QByteArray("# A edited, not committed\n"));
    QCOMPARE(readFile(m_repo + QStringLiteral("/c.md")), QByteArray("staged\n"));
    QCOMPARE(readFile(m_repo + QStringLiteral("/d.md")), QByteArray("untracked\n"));
    QCOMPARE(readFile(m_repo + QStringLiteral("/b.md")), QByteArray("# B on other\n"));
    QVERIFY(fsckClean(m_repo));
}

void TestBranches::dirtySwitchRefused_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("stage");
    QTest::newRow("modified") << QStringLiteral("b.md") << false;
    QTest::newRow("staged") << QStringLiteral("b.md") << true;
    QTest::newRow("untracked in the way") << QStringLiteral("new.md") << false;
}

void TestBranches::dirtySwitchRefused()
{
    QFETCH(QString, file);
    QFETCH(bool, stage);
    twoBranches();
    QVERIFY(writeFile(m_repo + u'/' + file, "the user's words\n"));
    if (stage)
        QVERIFY(gitOk(m_repo, {QStringLiteral("add"), file}));
    QVERIFY(writeFile(m_repo + QStringLiteral("/a.md"), "# A edited too\n"));
    const QByteArray statusBefore = porcelain(m_repo);
    const QByteArray indexBefore =
        gitText(m_repo, {QStringLiteral("ls-files"), QStringLiteral("-s")});
    const QByteArray headBefore = revParse(m_repo, QStringLiteral("HEAD"));
    const auto filesBefore = snapshot(m_repo);

    auto repo = Repository::discover(m_repo);
    QVERIFY(repo);
    const auto switched = Branches(*repo).switchTo(QStringLiteral("other"));
    QVERIFY(switched);
    QVERIFY(!switched->switched);
    QCOMPARE(switched->conflictingFiles, QStringList{file});
    QCOMPARE(switched->branch.name, QStringLiteral("main"));

    QCOMPARE(gitText(m_repo, {QStringLiteral("symbolic-ref"), QStringLiteral("HEAD")}),
             QByteArray("refs/heads/main"));
    QCOMPARE(revParse(m_repo, QStringLiteral("HEAD")), headBefore);
    QCOMPARE(porcelain(m_repo), statusBefore);
    QCOMPARE(gitText(m_repo, {QStringLiteral("ls-files"), QStringLiteral("-s")}), indexBefore);
    QCOMPARE(snapshot(m_repo), filesBefore);
    // The real git refuses too: Folio is not stricter than git here.
    QVERIFY(git(m_repo, {QStringLiteral("switch"), QStringLiteral("other")}).exitCode != 0);
}

void TestBranches::refusedCreateLeavesNoBranch()
{
    twoBranches();
    QVERIFY(writeFile(m_repo + QStringLiteral("/b.md"), "the user's words\n"));
    const QByteArray refsBefore = gitText(m_repo, {QStringLiteral("show-ref")});
    const auto filesBefore = snapshot(m_repo);
    auto repo = Repository::discover(m_repo);
    QVERIFY(repo);
    const auto created =
        Branches(*repo).createAndSwitch(QStringLiteral("from-other"), QStringLiteral("other"));
    QVERIFY(created);
    QVERIFY(!created->switched);
    QCOMPARE(created->conflictingFiles, QStringList{QStringLiteral("b.md")});
    QCOMPARE(gitText(m_repo, {QStringLiteral("show-ref")}), refsBefore);
    QCOMPARE(snapshot(m_repo), filesBefore);
    QCOMPARE(gitText(m_repo, {QStringLiteral("branch"), QStringLiteral("--show-current")}),
             QByteArray("main"));
}

void TestBranches::detachedHead()
{
    twoBranches();
    QVERIFY(gitOk(m_repo, {QStringLiteral("switch"), QStringLiteral("-q"),
                           QStringLiteral("--detach"), QStringLiteral("other")}));
    auto repo = Repository::discover(m_repo);
    QVERIFY(repo);
    Branches branches(*repo);
    const auto current = branches.current();
    QVERIFY(current);
    QVERIFY(current->detached);
    QCOMPARE(current->name.toLatin1(),
             gitText(m_repo, {QStringLiteral("rev-parse"), QStringLiteral("--short=7"),
                              QStringLiteral("HEAD")}));
    const auto list = branches.list();
    QVERIFY(list);
    for (const BranchInfo &branch : list.value())
        QVERIFY(!branch.current);

    // Keep the detached work on a branch, then leave it.
    const auto rescued = branches.createAndSwitch(QStringLiteral("rescue"));
    QVERIFY(rescued && rescued->switched);
    QCOMPARE(revParse(m_repo, QStringLiteral("rescue")), revParse(m_repo, QStringLiteral("other")));
    QCOMPARE(gitText(m_repo, {QStringLiteral("symbolic-ref"), QStringLiteral("HEAD")}),
             QByteArray("refs/heads/rescue"));
    QVERIFY(gitOk(m_repo, {QStringLiteral("switch"), QStringLiteral("-q"),
                           QStringLiteral("--detach"), QStringLiteral("other")}));
    const auto toMain = branches.switchTo(QStringLiteral("main"));
    QVERIFY(toMain && toMain->switched);
    QCOMPARE(gitText(m_repo, {QStringLiteral("branch"), QStringLiteral("--show-current")}),
             QByteArray("main"));
    QCOMPARE(porcelain(m_repo), QByteArray());
    QVERIFY(fsckClean(m_repo));
}

void TestBranches::unbornBranch()
{
    auto repo = Repository::discover(m_repo);
    QVERIFY(repo);
    Branches branches(*repo);
    const auto current = branches.current();
    QVERIFY(current && current->unborn);
    QCOMPARE(current->name, QStringLiteral("main"));
    const auto list = branches.list();
    QVERIFY(list);
    QVERIFY(list->isEmpty());
    const auto noDefault = branches.defaultBranch();
    QVERIFY(!noDefault);
    QVERIFY(Repository::isNotFound(noDefault.error()));

    QVERIFY(writeFile(m_repo + QStringLiteral("/draft.md"), "first words\n"));
    const auto created = branches.createAndSwitch(QStringLiteral("draft"));
    QVERIFY(created && created->switched);
    QVERIFY(created->branch.unborn);
    QCOMPARE(gitText(m_repo, {QStringLiteral("symbolic-ref"), QStringLiteral("HEAD")}),
             QByteArray("refs/heads/draft"));
    QCOMPARE(porcelain(m_repo), QByteArray("?? draft.md\n"));
    QVERIFY(commitAll(m_repo, QStringLiteral("first")));
    QCOMPARE(
        gitText(m_repo, {QStringLiteral("for-each-ref"), QStringLiteral("--format=%(refname)")}),
        QByteArray("refs/heads/draft"));
    // Switching to a branch that does not exist is an error, not a new unborn branch.
    const auto missing = branches.switchTo(QStringLiteral("main"));
    QVERIFY(!missing);
    QVERIFY(Repository::isNotFound(missing.error()));
}

void TestBranches::defaultBranchWithoutRemote()
{
    QVERIFY(commitFile(m_repo, QStringLiteral("a.md"), "a\n", QStringLiteral("one")));
    QVERIFY(
        gitOk(m_repo, {QStringLiteral("branch"), QStringLiteral("-m"), QStringLiteral("master")}));
    auto repo = Repository::discover(m_repo);
    QVERIFY(repo);
    auto found = Branches(*repo).defaultBranch();
    QVERIFY(found);
    QCOMPARE(found->name, QStringLiteral("master"));
    QVERIFY(found->existsLocally);
    QVERIFY(found->trackingRef.isEmpty());
    // main wins over master when both exist.
    QVERIFY(gitOk(m_repo, {QStringLiteral("branch"), QStringLiteral("main")}));
    found = Branches(*repo).defaultBranch();
    QVERIFY(found);
    QCOMPARE(found->name, QStringLiteral("main"));
}

void TestBranches::remoteTrackingBranches()
{
    // origin's default branch is "trunk", so origin/HEAD must win over the main/master guess.
    twoBranches();
    QVERIFY(
        gitOk(m_repo, {QStringLiteral("branch"), QStringLiteral("trunk"), QStringLiteral("main")}));
    const QString origin = m_fixture.tempPath(QStringLiteral("origin.git"));
    QVERIFY(gitOk(m_repo, {QStringLiteral("clone"), QStringLiteral("-q"), QStringLiteral("--bare"),
                           m_repo, origin}));
    QVERIFY(gitOk(origin, {QStringLiteral("symbolic-ref"), QStringLiteral("HEAD"),
                           QStringLiteral("refs/heads/trunk")}));
    const QString clone = m_fixture.tempPath(QStringLiteral("clone"));
    QVERIFY(gitOk(m_fixture.tempPath(QString()),
                  {QStringLiteral("clone"), QStringLiteral("-q"), origin, clone}));
    QVERIFY(
        gitOk(clone, {QStringLiteral("config"), QStringLiteral("user.name"), QStringLiteral("T")}));
    QVERIFY(gitOk(clone, {QStringLiteral("config"), QStringLiteral("user.email"),
                          QStringLiteral("t@folio.invalid")}));
    QVERIFY(
        commitFile(clone, QStringLiteral("local.md"), "ahead\n", QStringLiteral("ahead by one")));

    auto repo = Repository::discover(clone);
    QVERIFY(repo);
    Branches branches(*repo);
    const auto found = branches.defaultBranch();
    QVERIFY(found);
    QCOMPARE(found->name, QStringLiteral("trunk"));
    QCOMPARE(found->trackingRef, QStringLiteral("origin/trunk"));
    QVERIFY(found->existsLocally);

    const auto remotes = branches.list(BranchKind::Remote);
    QVERIFY(remotes);
    QStringList names;
    for (const BranchInfo &branch : remotes.value()) {
        QVERIFY(branch.remote);
        names.append(branch.name);
    }
    QCOMPARE(names, (QStringList{QStringLiteral("origin/main"), QStringLiteral("origin/other"),
                                 QStringLiteral("origin/trunk")}));

    const auto local = branches.list(BranchKind::Local);
    QVERIFY(local);
    QCOMPARE(local->size(), 1);
    const BranchInfo trunk = local->first();
    QCOMPARE(trunk.upstream, QStringLiteral("origin/trunk"));
    QVERIFY(trunk.current);
    QCOMPARE(QByteArray::number(trunk.ahead),
             gitText(clone, {QStringLiteral("rev-list"), QStringLiteral("--count"),
                             QStringLiteral("origin/trunk..trunk")}));
    QCOMPARE(trunk.ahead, 1);
    QCOMPARE(trunk.behind, 0);
    QCOMPARE(trunk.commitSummary, QStringLiteral("ahead by one"));

    // "other" exists only as origin/other: switching creates the tracking branch, like git.
    const auto switched = branches.switchTo(QStringLiteral("other"));
    QVERIFY2(switched, qPrintable(switched ? QString() : switched.error().message));
    QVERIFY(switched->switched);
    QCOMPARE(gitText(clone, {QStringLiteral("rev-parse"), QStringLiteral("--abbrev-ref"),
                             QStringLiteral("other@{upstream}")}),
             QByteArray("origin/other"));
    QCOMPARE(revParse(clone, QStringLiteral("other")),
             revParse(clone, QStringLiteral("origin/other")));
    QCOMPARE(porcelain(clone), QByteArray());
    QVERIFY(fsckClean(clone));
}

void TestBranches::handbookInSubfolder()
{
    QVERIFY(writeFile(m_repo + QStringLiteral("/README.md"), "repo\n"));
    QVERIFY(writeFile(m_repo + QStringLiteral("/content/handbook/page.md"), "page\n"));
    QVERIFY(commitAll(m_repo, QStringLiteral("handbook")));
    QVERIFY(gitOk(m_repo, {QStringLiteral("branch"), QStringLiteral("other")}));
    QVERIFY(commitFile(m_repo, QStringLiteral("content/handbook/page.md"), "page v2\n",
                       QStringLiteral("v2")));
    QVERIFY(writeFile(m_repo + QStringLiteral("/content/handbook/page.md"), "unsaved\n"));

    auto repo = Repository::discover(m_repo + QStringLiteral("/content/handbook"));
    QVERIFY(repo);
    Branches branches(*repo);
    const auto refused = branches.switchTo(QStringLiteral("other"));
    QVERIFY(refused && !refused->switched);
    // Paths are relative to the repository, not to the handbook folder.
    QCOMPARE(refused->conflictingFiles, QStringList{QStringLiteral("content/handbook/page.md")});
    QVERIFY(gitOk(m_repo, {QStringLiteral("checkout"), QStringLiteral("--"),
                           QStringLiteral("content/handbook/page.md")}));
    const auto switched = branches.switchTo(QStringLiteral("other"));
    QVERIFY(switched && switched->switched);
    QCOMPARE(readFile(m_repo + QStringLiteral("/content/handbook/page.md")), QByteArray("page\n"));
    QCOMPARE(porcelain(m_repo), QByteArray());
}

QTEST_GUILESS_MAIN(TestBranches)
#include "tst_branches.moc"
