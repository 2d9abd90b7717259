#include "git/commitoperation.h"
#include "git/giterrors.h"
#include "git/identity.h"
#include "git/repository.h"
#include "gittestsupport.h"

#include <QTest>

#include <optional>

using namespace Folio;
using Folio::Git::CommitRequest;
using Folio::Git::Repository;

// After every commit the git CLI checks the repository (fsck), the log and the status.
class TestCommitOperation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void firstCommitOnUnbornBranch();
    void commitsOnlyChosenFiles();
    void otherStagedChangesStayStaged();
    void deletedAndRenamedFiles();
    void untrackedFilesInNewFolders();
    void missingIdentityThenStored();
    void identityFromGlobalConfig();
    void invalidIdentityRefused();
    void identityValidation_data();
    void identityValidation();
    void nothingToCommit();
    void refusedDuringMerge();
    void detachedHead();

private:
    void commitAll(const QString &message);
    Result<Git::CommitResult> commit(const QStringList &paths, const QString &message);
    void verifyRepository();
    QString log(const QString &format = QStringLiteral("%an <%ae>|%s"));

    std::optional<Test::IsolatedHome> m_home;
    std::optional<Git::GitLibrary> m_git;
    std::optional<Test::ScratchRepository> m_repo;
};

void TestCommitOperation::initTestCase()
{
    m_home.emplace();
    m_git.emplace();
}

void TestCommitOperation::init()
{
    QFile::remove(m_home->path() + QStringLiteral("/.gitconfig"));
    m_repo.emplace();
    QVERIFY(m_repo->init());
}

void TestCommitOperation::commitAll(const QString &message)
{
    FOLIO_GIT(m_repo->path, QStringLiteral("add"), QStringLiteral("-A"));
    FOLIO_GIT(m_repo->path, QStringLiteral("commit"), QStringLiteral("-qm"), message);
}

Result<Git::CommitResult> TestCommitOperation::commit(const QStringList &paths,
                                                      const QString &message)
{
    auto repo = Repository::discover(m_repo->path);
    if (!repo)
        return repo.error();
    return Git::commitPaths(*repo, CommitRequest{paths, message, std::nullopt});
}

void TestCommitOperation::verifyRepository()
{
    const auto fsck = Test::git(m_repo->path, {QStringLiteral("fsck"), QStringLiteral("--strict"),
                                               QStringLiteral("--no-progress")});
    QVERIFY2(fsck.exitCode == 0, fsck.err.constData());
    QVERIFY2(fsck.err.isEmpty(), fsck.err.constData()); // no dangling or broken objects warned
}

QString TestCommitOperation::log(const QString &format)
{
    return Test::gitOut(m_repo->path, {QStringLiteral("log"), QStringLiteral("--format=") + format})
        .trimmed();
}

void TestCommitOperation::firstCommitOnUnbornBranch()
{
    QVERIFY(m_repo->write(QStringLiteral("index.md"), "# Home\n"));
    QVERIFY(m_repo->write(QStringLiteral("docs/a.md"), "a\n"));
    QVERIFY(m_repo->write(QStringLiteral("notes.txt"), "not chosen\n"));
    const auto result = commit({QStringLiteral("index.md"), QStringLiteral("docs/a.md")},
                               QStringLiteral("Start the handbook"));
    QVERIFY2(result, Test::errorText(result).constData());
    QCOMPARE(result->branch, QStringLiteral("main"));
    QCOMPARE(result->paths, (QStringList{QStringLiteral("docs/a.md"), QStringLiteral("index.md")}));
    verifyRepository();
    QCOMPARE(log(), QStringLiteral("Ada Lovelace <ada@example.invalid>|Start the handbook"));
    QCOMPARE(
        Test::gitOut(m_repo->path, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}).trimmed(),
        result->id);
    QCOMPARE(Test::gitOut(m_repo->path, {QStringLiteral("ls-tree"), QStringLiteral("-r"),
                                         QStringLiteral("--name-only"), QStringLiteral("HEAD")}),
             QStringLiteral("docs/a.md\nindex.md\n"));
    QCOMPARE(Test::cliStatus(m_repo->path),
             (QMap<QString, QString>{{QStringLiteral("?? notes.txt"), QString()}}));
    // The message is stored the way git stores it: ending with a line break.
    QCOMPARE(Test::gitOut(m_repo->path, {QStringLiteral("cat-file"), QStringLiteral("commit"),
                                         QStringLiteral("HEAD")})
                 .section(u'\n', -2),
             QStringLiteral("Start the handbook\n"));
}

void TestCommitOperation::commitsOnlyChosenFiles()
{
    QVERIFY(m_repo->write(QStringLiteral("a.md"), "a\n"));
    QVERIFY(m_repo->write(QStringLiteral("b.md"), "b\n"));
    QVERIFY(m_repo->write(QStringLiteral("c.md"), "c\n"));
    commitAll(QStringLiteral("one"));
    QVERIFY(m_repo->write(QStringLiteral("a.md"), "a changed\n"));
    QVERIFY(m_repo->write(QStringLiteral("b.md"), "b changed\n"));
    QVERIFY(m_repo->write(QStringLiteral("new.md"), "new\n"));

    const auto result = commit({QStringLiteral("a.md")}, QStringLiteral("Update a"));
    QVERIFY2(result, Test::errorText(result).constData());
    verifyRepository();
    QCOMPARE(log(QStringLiteral("%s")), QStringLiteral("Update a\none"));
    QCOMPARE(Test::gitOut(m_repo->path, {QStringLiteral("show"), QStringLiteral("--name-status"),
                                         QStringLiteral("--format=")})
                 .trimmed(),
             QStringLiteral("M\ta.md"));
    QCOMPARE(Test::cliStatus(m_repo->path),
             (QMap<QString, QString>{{QStringLiteral(" M b.md"), QString()},
                                     {QStringLiteral("?? new.md"), QString()}}));
}

void TestCommitOperation::otherStagedChangesStayStaged()
{
    QVERIFY(m_repo->write(QStringLiteral("a.md"), "a\n"));
    QVERIFY(m_repo->write(QStringLiteral("b.md"), "b\n"));
    commitAll(QStringLiteral("one"));
    QVERIFY(m_repo->write(QStringLiteral("a.md"), "a changed\n"));
    QVERIFY(m_repo->write(QStringLiteral("b.md"), "b staged elsewhere\n"));
    FOLIO_GIT(m_repo->path, QStringLiteral("add"), QStringLiteral("b.md"));

    QVERIFY(commit({QStringLiteral("a.md")}, QStringLiteral("Update a")));
    verifyRepository();
    QCOMPARE(Test::gitOut(m_repo->path, {QStringLiteral("show"), QStringLiteral("--name-only"),
                                         QStringLiteral("--format=")})
                 .trimmed(),
             QStringLiteral("a.md"));
    QCOMPARE(Test::cliStatus(m_repo->path),
             (QMap<QString, QString>{{QStringLiteral("M  b.md"), QString()}}));
}

void TestCommitOperation::deletedAndRenamedFiles()
{
    const QByteArray body = "# Page\n\nA paragraph long enough to be matched after a move.\n"
                            "Second line.\nThird line.\n";
    QVERIFY(m_repo->write(QStringLiteral("docs/gone.md"), "bye\n"));
    QVERIFY(m_repo->write(QStringLiteral("docs/old.md"), body));
    QVERIFY(m_repo->write(QStringLiteral("docs/keep.md"), "keep\n"));
    commitAll(QStringLiteral("one"));
    QVERIFY(QFile::remove(m_repo->file(QStringLiteral("docs/gone.md"))));
    QVERIFY(QDir().mkpath(m_repo->file(QStringLiteral("guide"))));
    QVERIFY(QFile::rename(m_repo->file(QStringLiteral("docs/old.md")),
                          m_repo->file(QStringLiteral("guide/new.md"))));
    QVERIFY(m_repo->write(QStringLiteral("docs/keep.md"), "keep, changed\n"));

    // Only the new name of the rename is passed: its old name comes along.
    const auto result = commit({QStringLiteral("docs/gone.md"), QStringLiteral("guide/new.md")},
                               QStringLiteral("Move the guide"));
    QVERIFY2(result, Test::errorText(result).constData());
    QCOMPARE(result->paths,
             (QStringList{QStringLiteral("docs/gone.md"), QStringLiteral("docs/old.md"),
                          QStringLiteral("guide/new.md")}));
    verifyRepository();
    QCOMPARE(
        Test::gitOut(m_repo->path, {QStringLiteral("show"), QStringLiteral("-M"),
                                    QStringLiteral("--name-status"), QStringLiteral("--format=")})
            .trimmed(),
        QStringLiteral("D\tdocs/gone.md\nR100\tdocs/old.md\tguide/new.md"));
    QCOMPARE(Test::cliStatus(m_repo->path),
             (QMap<QString, QString>{{QStringLiteral(" M docs/keep.md"), QString()}}));
}

void TestCommitOperation::untrackedFilesInNewFolders()
{
    QVERIFY(m_repo->write(QStringLiteral("a.md"), "a\n"));
    commitAll(QStringLiteral("one"));
    QVERIFY(m_repo->write(QStringLiteral("team/new/deep/page.md"), "page\n"));
    QVERIFY(m_repo->write(QStringLiteral("team/new/other.md"), "other\n"));
    QVERIFY(commit({QStringLiteral("team/new/deep/page.md")}, QStringLiteral("Add page")));
    verifyRepository();
    QCOMPARE(Test::cliStatus(m_repo->path),
             (QMap<QString, QString>{{QStringLiteral("?? team/new/other.md"), QString()}}));
    QCOMPARE(Test::git(m_repo->path,
                       {QStringLiteral("show"), QStringLiteral("HEAD:team/new/deep/page.md")})
                 .out,
             QByteArray("page\n"));
}

void TestCommitOperation::missingIdentityThenStored()
{
    FOLIO_GIT(m_repo->path, QStringLiteral("config"), QStringLiteral("--unset"),
              QStringLiteral("user.email"));
    QVERIFY(m_repo->write(QStringLiteral("a.md"), "a\n"));
    auto repo = Repository::discover(m_repo->path);
    QVERIFY(repo);
    QVERIFY(!Git::configuredIdentity(*repo).value().has_value());

    const auto refused = commit({QStringLiteral("a.md")}, QStringLiteral("First"));
    QVERIFY(!refused);
    QVERIFY(Git::isIdentityMissing(refused.error()));
    // Nothing happened: no commit, nothing staged.
    QVERIFY(
        Test::git(m_repo->path, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}).exitCode !=
        0);
    QCOMPARE(Test::cliStatus(m_repo->path),
             (QMap<QString, QString>{{QStringLiteral("?? a.md"), QString()}}));

    QVERIFY(Git::storeIdentity(
        *repo, {QStringLiteral("Grace Hopper"), QStringLiteral("grace@example.invalid")}));
    QCOMPARE(Test::gitOut(m_repo->path, {QStringLiteral("config"), QStringLiteral("--local"),
                                         QStringLiteral("user.email")})
                 .trimmed(),
             QStringLiteral("grace@example.invalid"));
    const auto identity = Git::configuredIdentity(*repo);
    QVERIFY(identity && identity->has_value());
    QCOMPARE((*identity)->name, QStringLiteral("Grace Hopper"));

    QVERIFY(commit({QStringLiteral("a.md")}, QStringLiteral("First")));
    verifyRepository();
    QCOMPARE(log(QStringLiteral("%an <%ae>|%cn <%ce>|%s")),
             QStringLiteral("Grace Hopper <grace@example.invalid>|"
                            "Grace Hopper <grace@example.invalid>|First"));
}

void TestCommitOperation::identityFromGlobalConfig()
{
    FOLIO_GIT(m_repo->path, QStringLiteral("config"), QStringLiteral("--unset"),
              QStringLiteral("user.name"));
    FOLIO_GIT(m_repo->path, QStringLiteral("config"), QStringLiteral("--unset"),
              QStringLiteral("user.email"));
    QVERIFY(Test::writeFile(m_home->path() + QStringLiteral("/.gitconfig"),
                            "[user]\n\tname = Global Name\n\temail = global@example.invalid\n"));
    QVERIFY(m_repo->write(QStringLiteral("a.md"), "a\n"));
    QVERIFY(commit({QStringLiteral("a.md")}, QStringLiteral("From global")));
    QCOMPARE(log(), QStringLiteral("Global Name <global@example.invalid>|From global"));
    // The repository's own config wins over the user's.
    FOLIO_GIT(m_repo->path, QStringLiteral("config"), QStringLiteral("user.name"),
              QStringLiteral("Local Name"));
    QVERIFY(m_repo->write(QStringLiteral("a.md"), "b\n"));
    QVERIFY(commit({QStringLiteral("a.md")}, QStringLiteral("From local")));
    QCOMPARE(log().section(u'\n', 0, 0),
             QStringLiteral("Local Name <global@example.invalid>|From local"));
    verifyRepository();
}

void TestCommitOperation::invalidIdentityRefused()
{
    auto repo = Repository::discover(m_repo->path);
    QVERIFY(!Git::storeIdentity(*repo, {QString(), QStringLiteral("a@b.invalid")}));
    QVERIFY(!Git::storeIdentity(*repo, {QStringLiteral("A <evil>"), QStringLiteral("a@b")}));
    QCOMPARE(Test::gitOut(m_repo->path, {QStringLiteral("config"), QStringLiteral("user.name")})
                 .trimmed(),
             QStringLiteral("Ada Lovelace"));
}

void TestCommitOperation::identityValidation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << QStringLiteral("Ada Lovelace") << QStringLiteral("ada@example.com")
                           << true;
    QTest::newRow("spaces trimmed") << QStringLiteral(" Ada ") << QStringLiteral(" a@b ") << true;
    QTest::newRow("no name") << QStringLiteral("  ") << QStringLiteral("a@b") << false;
    QTest::newRow("angle bracket") << QStringLiteral("A <x>") << QStringLiteral("a@b") << false;
    QTest::newRow("no at") << QStringLiteral("Ada") << QStringLiteral("ada.example.com") << false;
    QTest::newRow("two ats") << QStringLiteral("Ada") << QStringLiteral("a@b@c") << false;
    QTest::newRow("nothing after at") << QStringLiteral("Ada") << QStringLiteral("ada@") << false;
    QTest::newRow("space inside") << QStringLiteral("Ada") << QStringLiteral("a da@b") << false;
}

void TestCommitOperation::identityValidation()
{
    QFETCH(QString, name);
    QFETCH(QString, email);
    QFETCH(bool, valid);
    QCOMPARE(bool(Git::validateIdentity({name, email})), valid);
}

void TestCommitOperation::nothingToCommit()
{
    QVERIFY(m_repo->write(QStringLiteral("a.md"), "a\n"));
    commitAll(QStringLiteral("one"));
    const auto unchanged = commit({QStringLiteral("a.md")}, QStringLiteral("Nothing"));
    QVERIFY(!unchanged);
    QVERIFY(Git::hasCode(unchanged.error(), Git::GitErrorCode::NothingToCommit));
    const auto nowhere = commit({QStringLiteral("no-such.md")}, QStringLiteral("Nothing"));
    QVERIFY(!nowhere);
    QVERIFY(Repository::isNotFound(nowhere.error()));
    QVERIFY(!commit({QStringLiteral("../outside.md")}, QStringLiteral("Nothing")));
    QVERIFY(m_repo->write(QStringLiteral("a.md"), "b\n"));
    QVERIFY(!commit({QStringLiteral("a.md")}, QStringLiteral("  \n")));
    QCOMPARE(log(QStringLiteral("%s")), QStringLiteral("one"));
}

void TestCommitOperation::refusedDuringMerge()
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
    const auto result = commit({QStringLiteral("a.md")}, QStringLiteral("Resolve"));
    QVERIFY(!result);
    QVERIFY(Git::hasCode(result.error(), Git::GitErrorCode::OperationInProgress));
}

void TestCommitOperation::detachedHead()
{
    QVERIFY(m_repo->write(QStringLiteral("a.md"), "a\n"));
    commitAll(QStringLiteral("one"));
    FOLIO_GIT(m_repo->path, QStringLiteral("checkout"), QStringLiteral("-q"),
              QStringLiteral("--detach"));
    QVERIFY(m_repo->write(QStringLiteral("a.md"), "b\n"));
    const auto result = commit({QStringLiteral("a.md")}, QStringLiteral("Detached"));
    QVERIFY(result);
    QVERIFY(result->branch.isEmpty());
    verifyRepository();
    QCOMPARE(
        Test::gitOut(m_repo->path, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}).trimmed(),
        result->id);
    QCOMPARE(log(QStringLiteral("%s")), QStringLiteral("Detached\none"));
    // main did not move.
    QCOMPARE(Test::gitOut(m_repo->path, {QStringLiteral("log"), QStringLiteral("--format=%s"),
                                         QStringLiteral("main")})
                 .trimmed(),
             QStringLiteral("one"));
}

QTEST_GUILESS_MAIN(TestCommitOperation)
#include "tst_commitoperation.moc"
