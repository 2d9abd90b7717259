#include "git/changelist.h"
#include "git/repository.h"
#include "gittestsupport.h"

#include <QTest>

#include <optional>

using namespace Folio;
using Folio::Git::Change;
using Folio::Git::ChangeKind;
using Folio::Git::Repository;

// Every test compares Folio's list with `git status` of the real git CLI.
class TestChangeList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void unbornBranchListsEverythingAsUntracked();
    void modifiedAddedDeletedStaged();
    void untrackedFilesInNewFolders();
    void renamesInIndexAndWorkTree();
    void detachedHead();
    void handbookInSubfolder();
    void changeOutsideFolioShowsOnNextRefresh();
    void conflict();
    void savesRefreshedStatInformation();

private:
    void commitAll(const QString &message);
    Git::ChangeList changes(const Git::ChangeListOptions &options = {});
    void compareWithGit(const Git::ChangeList &list, const QStringList &pathspec = {});

    std::optional<Test::IsolatedHome> m_home;
    std::optional<Git::GitLibrary> m_git;
    std::optional<Test::ScratchRepository> m_repo;
};

void TestChangeList::initTestCase()
{
    m_home.emplace();
    m_git.emplace();
}

void TestChangeList::init()
{
    m_repo.emplace();
    QVERIFY(m_repo->init());
}

void TestChangeList::cleanup()
{
    m_repo.reset();
}

void TestChangeList::commitAll(const QString &message)
{
    FOLIO_GIT(m_repo->path, QStringLiteral("add"), QStringLiteral("-A"));
    FOLIO_GIT(m_repo->path, QStringLiteral("commit"), QStringLiteral("-qm"), message);
}

Git::ChangeList TestChangeList::changes(const Git::ChangeListOptions &options)
{
    auto repo = Repository::discover(m_repo->path);
    if (!repo) {
        qWarning("%s", Test::errorText(repo).constData());
        return {};
    }
    auto list = Git::readChanges(*repo, options);
    if (!list) {
        qWarning("%s", Test::errorText(list).constData());
        return {};
    }
    return list.value();
}

void TestChangeList::compareWithGit(const Git::ChangeList &list, const QStringList &pathspec)
{
    QCOMPARE(Test::expectedCliStatus(list), Test::cliStatus(m_repo->path, pathspec));
}

void TestChangeList::unbornBranchListsEverythingAsUntracked()
{
    QVERIFY(m_repo->write(QStringLiteral("index.md"), "# Home\n"));
    QVERIFY(m_repo->write(QStringLiteral("docs/a.md"), "a\n"));
    const auto list = changes();
    QCOMPARE(list.changes.size(), 2);
    QCOMPARE(list.changes[0].path, QStringLiteral("docs/a.md"));
    QCOMPARE(list.changes[0].kind(), ChangeKind::Untracked);
    QVERIFY(list.branch.unborn);
    QCOMPARE(list.branch.name, QStringLiteral("main"));
    compareWithGit(list);
}

void TestChangeList::modifiedAddedDeletedStaged()
{
    QVERIFY(m_repo->write(QStringLiteral("a.md"), "a\n"));
    QVERIFY(m_repo->write(QStringLiteral("b.md"), "b\n"));
    QVERIFY(m_repo->write(QStringLiteral("c.md"), "c\n"));
    commitAll(QStringLiteral("one"));
    QVERIFY(m_repo->write(QStringLiteral("a.md"), "a changed\n"));
    QVERIFY(QFile::remove(m_repo->file(QStringLiteral("b.md"))));
    QVERIFY(m_repo->write(QStringLiteral("new.md"), "new\n"));
    FOLIO_GIT(m_repo->path, QStringLiteral("add"), QStringLiteral("new.md"));
    QVERIFY(m_repo->write(QStringLiteral("c.md"), "c staged\n"));
    FOLIO_GIT(m_repo->path, QStringLiteral("add"), QStringLiteral("c.md"));
    QVERIFY(m_repo->write(QStringLiteral("c.md"), "c staged, then changed again\n"));

    const auto list = changes();
    QCOMPARE(list.changes.size(), 4);
    const Change a = list.changes[0], b = list.changes[1], c = list.changes[2],
                 added = list.changes[3];
    QCOMPARE(a.path, QStringLiteral("a.md"));
    QVERIFY(!a.isStaged() && a.isUnstaged());
    QCOMPARE(a.kind(), ChangeKind::Modified);
    QCOMPARE(b.kind(), ChangeKind::Deleted);
    QCOMPARE(c.staged, ChangeKind::Modified);
    QCOMPARE(c.unstaged, ChangeKind::Modified);
    QCOMPARE(added.path, QStringLiteral("new.md"));
    QCOMPARE(added.staged, ChangeKind::Added);
    QVERIFY(!added.isUnstaged());
    compareWithGit(list);
}

void TestChangeList::untrackedFilesInNewFolders()
{
    QVERIFY(m_repo->write(QStringLiteral("index.md"), "home\n"));
    commitAll(QStringLiteral("one"));
    QVERIFY(m_repo->write(QStringLiteral("handbook/new-team/index.md"), "team\n"));
    QVERIFY(m_repo->write(QStringLiteral("handbook/new-team/deep/er/page.md"), "deep\n"));
    QVERIFY(m_repo->write(QStringLiteral(".gitignore"), "public/\n"));
    QVERIFY(m_repo->write(QStringLiteral("public/index.html"), "<p>built</p>\n"));
    QVERIFY(QDir().mkpath(m_repo->file(QStringLiteral("empty/folder"))));

    const auto list = changes();
    QStringList paths;
    for (const Change &change : list.changes) {
        QCOMPARE(change.kind(), ChangeKind::Untracked);
        paths << change.path;
    }
    // Files one by one, ignored output and empty folders left out.
    QCOMPARE(paths, (QStringList{QStringLiteral(".gitignore"),
                                 QStringLiteral("handbook/new-team/deep/er/page.md"),
                                 QStringLiteral("handbook/new-team/index.md")}));
    compareWithGit(list);
}

void TestChangeList::renamesInIndexAndWorkTree()
{
    const QByteArray body = "# A page long enough to be recognised after a rename\n\n"
                            "Line one of the page.\nLine two of the page.\nLine three.\n";
    QVERIFY(m_repo->write(QStringLiteral("docs/old-name.md"), body));
    QVERIFY(m_repo->write(QStringLiteral("docs/moved-by-hand.md"), body + "other\n"));
    commitAll(QStringLiteral("one"));
    FOLIO_GIT(m_repo->path, QStringLiteral("mv"), QStringLiteral("docs/old-name.md"),
              QStringLiteral("docs/new-name.md"));
    QVERIFY(QDir().mkpath(m_repo->file(QStringLiteral("guide"))));
    QVERIFY(QFile::rename(m_repo->file(QStringLiteral("docs/moved-by-hand.md")),
                          m_repo->file(QStringLiteral("guide/moved.md"))));

    const auto list = changes();
    QCOMPARE(list.changes.size(), 2);
    const Change staged = list.changes[0];
    QCOMPARE(staged.path, QStringLiteral("docs/new-name.md"));
    QCOMPARE(staged.oldPath, QStringLiteral("docs/old-name.md"));
    QCOMPARE(staged.staged, ChangeKind::Renamed);
    QVERIFY(!staged.isUnstaged());
    const Change byHand = list.changes[1];
    QCOMPARE(byHand.path, QStringLiteral("guide/moved.md"));
    QCOMPARE(byHand.oldPath, QStringLiteral("docs/moved-by-hand.md"));
    QCOMPARE(byHand.unstaged, ChangeKind::Renamed);
    QCOMPARE(byHand.kind(), ChangeKind::Renamed);
    compareWithGit(list);

    // Without rename detection the same work tree is a deletion and an addition, as in git.
    const auto plain = changes({QString(), false});
    QCOMPARE(plain.changes.size(), 4);
    for (const Change &change : plain.changes)
        QVERIFY(change.oldPath.isEmpty());
}

void TestChangeList::detachedHead()
{
    QVERIFY(m_repo->write(QStringLiteral("a.md"), "a\n"));
    commitAll(QStringLiteral("one"));
    QVERIFY(m_repo->write(QStringLiteral("a.md"), "a two\n"));
    commitAll(QStringLiteral("two"));
    FOLIO_GIT(m_repo->path, QStringLiteral("checkout"), QStringLiteral("-q"),
              QStringLiteral("HEAD~1"));
    QVERIFY(m_repo->write(QStringLiteral("a.md"), "a changed on a detached HEAD\n"));
    QVERIFY(m_repo->write(QStringLiteral("b.md"), "b\n"));

    const auto list = changes();
    QVERIFY(list.branch.detached);
    QCOMPARE(list.branch.name.toUtf8(),
             Test::git(m_repo->path, {QStringLiteral("rev-parse"), QStringLiteral("--short=7"),
                                      QStringLiteral("HEAD")})
                 .out.trimmed());
    QCOMPARE(list.changes.size(), 2);
    QCOMPARE(list.changes[0].kind(), ChangeKind::Modified);
    compareWithGit(list);
}

void TestChangeList::handbookInSubfolder()
{
    QVERIFY(m_repo->write(QStringLiteral("README.md"), "repo\n"));
    QVERIFY(m_repo->write(QStringLiteral("content/handbook/a.md"), "a\n"));
    QVERIFY(m_repo->write(QStringLiteral("content/handbook-old/a.md"), "a\n"));
    commitAll(QStringLiteral("one"));
    QVERIFY(m_repo->write(QStringLiteral("README.md"), "repo changed\n"));
    QVERIFY(m_repo->write(QStringLiteral("content/handbook/a.md"), "a changed\n"));
    QVERIFY(m_repo->write(QStringLiteral("content/handbook/team/new.md"), "new\n"));
    // A sibling whose name starts like the subfolder must not match it.
    QVERIFY(m_repo->write(QStringLiteral("content/handbook-old/a.md"), "a changed\n"));

    for (const QString &subfolder :
         {QStringLiteral("content/handbook"), QStringLiteral("content/handbook/"),
          QStringLiteral("./content//handbook")}) {
        const auto list = changes({subfolder, true});
        QStringList paths;
        for (const Change &change : list.changes)
            paths << change.path;
        QCOMPARE(paths, (QStringList{QStringLiteral("content/handbook/a.md"),
                                     QStringLiteral("content/handbook/team/new.md")}));
        compareWithGit(list, {QStringLiteral("content/handbook")});
    }
    QCOMPARE(changes().changes.size(), 4);
}

void TestChangeList::changeOutsideFolioShowsOnNextRefresh()
{
    QVERIFY(m_repo->write(QStringLiteral("a.md"), "a\n"));
    commitAll(QStringLiteral("one"));
    auto repo = Repository::discover(m_repo->path);
    QVERIFY(repo);
    auto first = Git::readChanges(*repo);
    QVERIFY(first);
    QVERIFY(first->changes.isEmpty());

    // Same size and, on a coarse clock, possibly the same mtime: only the content differs.
    QVERIFY(m_repo->write(QStringLiteral("a.md"), "b\n"));
    QVERIFY(m_repo->write(QStringLiteral("b.md"), "new\n"));
    auto second = Git::readChanges(*repo);
    QVERIFY(second);
    QCOMPARE(second->changes.size(), 2);
    QCOMPARE(second->changes[0].path, QStringLiteral("a.md"));
    QCOMPARE(second->changes[0].kind(), ChangeKind::Modified);
    compareWithGit(second.value());

    // And back: restoring the committed bytes makes the change go away again.
    QVERIFY(m_repo->write(QStringLiteral("a.md"), "a\n"));
    auto third = Git::readChanges(*repo);
    QVERIFY(third);
    QCOMPARE(third->changes.size(), 1);
    compareWithGit(third.value());
}

void TestChangeList::conflict()
{
    QVERIFY(m_repo->write(QStringLiteral("a.md"), "base\n"));
    commitAll(QStringLiteral("base"));
    FOLIO_GIT(m_repo->path, QStringLiteral("checkout"), QStringLiteral("-qb"),
              QStringLiteral("other"));
    QVERIFY(m_repo->write(QStringLiteral("a.md"), "theirs\n"));
    commitAll(QStringLiteral("theirs"));
    FOLIO_GIT(m_repo->path, QStringLiteral("checkout"), QStringLiteral("-q"),
              QStringLiteral("main"));
    QVERIFY(m_repo->write(QStringLiteral("a.md"), "ours\n"));
    commitAll(QStringLiteral("ours"));
    QVERIFY(Test::git(m_repo->path,
                      {QStringLiteral("merge"), QStringLiteral("-q"), QStringLiteral("other")})
                .exitCode != 0);

    const auto list = changes();
    QCOMPARE(list.changes.size(), 1);
    QCOMPARE(list.changes[0].path, QStringLiteral("a.md"));
    QCOMPARE(list.changes[0].kind(), ChangeKind::Conflicted);
    compareWithGit(list);
}

void TestChangeList::savesRefreshedStatInformation()
{
    QVERIFY(m_repo->write(QStringLiteral("a.md"), "a\n"));
    commitAll(QStringLiteral("one"));
    // Touch without changing: the index's stat data is now stale.
    QFile file(m_repo->file(QStringLiteral("a.md")));
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(-3600),
                             QFileDevice::FileModificationTime));
    file.close();
    const QByteArray before = Test::readFile(m_repo->file(QStringLiteral(".git/index")));
    QVERIFY(changes().changes.isEmpty());
    const QByteArray after = Test::readFile(m_repo->file(QStringLiteral(".git/index")));
    QVERIFY2(before != after, "the refreshed index was not written");
    QCOMPARE(Test::git(m_repo->path, {QStringLiteral("fsck"), QStringLiteral("--strict")}).exitCode,
             0);
    QCOMPARE(Test::cliStatus(m_repo->path), (QMap<QString, QString>()));
}

QTEST_GUILESS_MAIN(TestChangeList)
#include "tst_changelist.moc"
