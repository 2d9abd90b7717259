#include "git/giterrors.h"
#include "git/repository.h"
#include "git/support/httpgitserver.h"
#include "git/support/testcredentials.h"
#include "git/support/transportfixture.h"
#include "propose/pendingpushes.h"
#include "propose/proposalplanbuilder.h"
#include "propose/proposeoperation.h"

#include <QTest>

#include <memory>

using namespace Folio;
using namespace Folio::Test;
using Folio::Git::GitErrorCode;
using Folio::Propose::ProposeOperation;

namespace {

const QString pagePath =
    QStringLiteral("sites/handbook/source/handbook/customer-success/solutions-architects/"
                   "index.html.md");
const QString teamPath = QStringLiteral("data/team.yml");
const QString pageTitle = QStringLiteral("Solutions Architects Handbook");

// The real SA handbook page from the shared seeds, or a stand-in with the same shape.
QByteArray seedPage()
{
    const QString seeds = qEnvironmentVariable("FOLIO_SEEDS_DIR");
    QByteArray page = readFile(seeds + QStringLiteral("/000_52c20bdb3f3e5ccb.txt"));
    if (page.isEmpty())
        page = "---\ntitle: Solutions Architects Handbook\n---\n## Role & Responsibilities\n\n"
               "SA's add value.\n\n## Changing the Solutions Architects Handbook Content\n\n"
               "professional serivices partners\n";
    return page;
}

// Query values of a new-merge-request URL, decoded.
QMap<QString, QString> queryValues(const QUrl &url)
{
    QMap<QString, QString> values;
    for (const QString &pair : url.query(QUrl::FullyEncoded).split(u'&')) {
        const qsizetype eq = pair.indexOf(u'=');
        values.insert(QUrl::fromPercentEncoding(pair.left(eq).toUtf8()),
                      QUrl::fromPercentEncoding(pair.mid(eq + 1).toUtf8()));
    }
    return values;
}

} // namespace

// The propose flow against a real smart-HTTP server (lighttpd + git http-backend) whose hook
// records the push options; the git CLI on the server's repository and on fresh clones is the
// referee.
class TestProposeOperation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void proposesFromUpToDateTargetAndGetsTheMergeRequest();
    void plainServerGetsThePrefilledUrl();
    void serverFormLinkIsPrefilledAtTheServersAddress();
    void upstreamChangeElsewhereInThePageIsMerged();
    void collidingUpstreamChangeStopsAndLeavesEverything();
    void rejectedPushCarriesTheHookTextAndKeepsTheCommit();
    void serverDownKeepsTheCommitAndRetryPushesIt();
    void wrongTokenStopsBeforeAnyCommit();
    void cancelStopsBeforeAnyCommit();
    void remoteWithoutPushOptionsGetsTheBranchAlone();

private:
    bool newProject(HttpGitServer::Hook hook);
    bool pushUpstream(const QString &path, const QByteArray &bytes, const QString &message);
    Propose::ProposalPlan plan() const;
    Propose::ProposeRequest request() const;
    Git::TransportOptions options() { return {&m_credentials, {}, 3, {}, nullptr}; }
    // The user's edits and the unrelated change are still in the work tree, untouched.
    void verifyWorkTreeUntouched();

    GitFixture m_fixture;
    std::unique_ptr<HttpGitServer> m_server;
    TestCredentials m_credentials;
    std::unique_ptr<QTemporaryDir> m_work;
    QString m_name;
    QString m_bare;
    QString m_seed;
    QString m_local;
    QByteArray m_editedPage;
    QByteArray m_editedTeam;
    QByteArray m_porcelainBefore;
    QByteArray m_mainBefore;
    int m_projects = 0;
};

void TestProposeOperation::initTestCase()
{
    if (const QString missing = HttpGitServer::missingPrograms(); !missing.isEmpty())
        QSKIP(qPrintable(QStringLiteral("no HTTP git server to test against: missing ") + missing));
    qunsetenv("SSH_AUTH_SOCK");
    m_fixture.initTestCase();
    m_server = std::make_unique<HttpGitServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
}

void TestProposeOperation::cleanupTestCase()
{
    m_server.reset();
}

void TestProposeOperation::init()
{
    m_credentials.reset();
    m_credentials.token = Git::UserToken{m_server->username(), m_server->token()};
}

bool TestProposeOperation::pushUpstream(const QString &path, const QByteArray &bytes,
                                        const QString &message)
{
    // Another SA's clone (by path: the server's hook must not see it as our push).
    return commitFile(m_seed, path, bytes, message) &&
           gitOk(m_seed, {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"),
                          QStringLiteral("main")});
}

bool TestProposeOperation::newProject(HttpGitServer::Hook hook)
{
    m_work = std::make_unique<QTemporaryDir>();
    m_name = QStringLiteral("handbook%1").arg(++m_projects);
    m_bare = m_server->createRepository(m_name, HttpGitServer::Hook::RecordOnly);
    m_seed = m_work->filePath(QStringLiteral("seed"));
    m_local = m_work->filePath(QStringLiteral("local"));
    if (m_bare.isEmpty() || !seedRepository(m_bare, m_seed) ||
        !pushUpstream(pagePath, seedPage(), QStringLiteral("Add the SA handbook")) ||
        !pushUpstream(teamPath, "team: sa\n", QStringLiteral("Add the team")) ||
        !cloneWithOrigin(m_bare, m_server->url(m_name), m_local) ||
        !m_server->setHook(m_name, hook))
        return false;
    // The user's edit (a typo fix) and an unrelated change, both uncommitted.
    m_editedPage = seedPage().replace("serivices", "services");
    m_editedTeam = "team: sa\nlead: someone\n";
    if (m_editedPage == seedPage() || !writeFile(m_local + u'/' + pagePath, m_editedPage) ||
        !writeFile(m_local + u'/' + teamPath, m_editedTeam))
        return false;
    m_porcelainBefore = porcelain(m_local);
    m_mainBefore = revParse(m_local, QStringLiteral("main"));
    return true;
}

Propose::ProposalPlan TestProposeOperation::plan() const
{
    auto built = Propose::ProposalPlanBuilder()
                     .setPages({{pagePath, pageTitle}})
                     .setAuthor(QStringLiteral("Folio Test"))
                     .setRemoteDefaultBranch(QStringLiteral("main"))
                     .setTitle(QStringLiteral("Fix a typo in the SA handbook"))
                     .setDescription(QStringLiteral("Found while reading.\nThanks!"))
                     .setUniqueId(QStringLiteral("k3x9q2"))
                     .build();
    if (!built)
        qFatal("plan: %s", qPrintable(built.error().message));
    return *built;
}

Propose::ProposeRequest TestProposeOperation::request() const
{
    Propose::ProposeRequest request;
    request.plan = plan();
    request.handbookRoot = m_local;
    return request;
}

void TestProposeOperation::verifyWorkTreeUntouched()
{
    QCOMPARE(readFile(m_local + u'/' + pagePath), m_editedPage);
    QCOMPARE(readFile(m_local + u'/' + teamPath), m_editedTeam);
    QCOMPARE(porcelain(m_local), m_porcelainBefore);
    QCOMPARE(gitText(m_local, {QStringLiteral("branch"), QStringLiteral("--show-current")}),
             QByteArray("main"));
    QCOMPARE(revParse(m_local, QStringLiteral("main")), m_mainBefore);
    QVERIFY(fsckClean(m_local));
}

void TestProposeOperation::proposesFromUpToDateTargetAndGetsTheMergeRequest()
{
    QVERIFY(newProject(HttpGitServer::Hook::CreateMergeRequest));
    // Someone else moved main ahead after our clone.
    QVERIFY(pushUpstream(QStringLiteral("other.md"), "# Other\n", QStringLiteral("Other page")));
    const QByteArray newMain = remoteBranchId(m_bare, QStringLiteral("main"));
    QVERIFY(newMain != m_mainBefore);

    auto repository = Git::Repository::discover(m_local);
    QVERIFY2(repository, failureText(repository).constData());
    ProposeOperation operation(*repository, options());
    QStringList stages;
    operation.setStageCallback(
        [&stages](ProposeOperation::Stage stage) { stages << ProposeOperation::stageName(stage); });
    const Propose::ProposalPlan expectedPlan = plan();
    auto result = operation.propose(request());
    QVERIFY2(result, failureText(result).constData());

    QCOMPARE(stages, QStringList({QStringLiteral("fetching"), QStringLiteral("branching"),
                                  QStringLiteral("committing"), QStringLiteral("pushing")}));
    const QString branch = expectedPlan.sourceBranch;
    QCOMPARE(result->branch, branch);
    QVERIFY(branch.endsWith(QLatin1String("k3x9q2")));

    // Exactly GitLab's options, values bare, the description's line breaks as the two
    // characters \n.
    const QStringList expectedOptions = {
        QStringLiteral("merge_request.create"),
        QStringLiteral("merge_request.target=main"),
        QStringLiteral("merge_request.title=Fix a typo in the SA handbook"),
        QStringLiteral("merge_request.description=Found while reading.\\nThanks!\\n\\nChanged "
                       "page:\\n- Solutions Architects Handbook (`") +
            pagePath + QStringLiteral("`)"),
        QStringLiteral("merge_request.label=SA-HANDBOOK"),
        QStringLiteral("merge_request.remove_source_branch"),
    };
    QCOMPARE(m_server->receivedPushOptions(m_name), expectedOptions);

    // The server has the branch at our commit, and its commit holds the page only, with the
    // edit, on top of the new main.
    QCOMPARE(remoteBranchId(m_bare, branch), result->commitId.toUtf8());
    QVERIFY(lsRemote(m_bare).contains(QByteArray(QByteArray("refs/heads/") + branch.toUtf8())));
    const QString fresh = m_work->filePath(QStringLiteral("fresh"));
    QVERIFY(
        gitOk(QDir::tempPath(), {QStringLiteral("clone"), QStringLiteral("-q"), m_bare, fresh}));
    const QString remoteBranch = QStringLiteral("origin/") + branch;
    QCOMPARE(gitText(fresh, {QStringLiteral("show"), QStringLiteral("--name-only"),
                             QStringLiteral("--format="), remoteBranch}),
             pagePath.toUtf8());
    QCOMPARE(gitText(fresh, {QStringLiteral("log"), QStringLiteral("-1"),
                             QStringLiteral("--format=%B"), remoteBranch}),
             QStringLiteral("Fix a typo in the SA handbook\n\n%1")
                 .arg(expectedPlan.description)
                 .toUtf8());
    QVERIFY(gitOk(fresh, {QStringLiteral("merge-base"), QStringLiteral("--is-ancestor"),
                          QString::fromUtf8(newMain), remoteBranch}));
    QCOMPARE(revParse(fresh, remoteBranch + QStringLiteral("^")), newMain);
    QCOMPARE(result->baseId.toUtf8(), newMain);
    QCOMPARE(gitText(fresh, {QStringLiteral("show"), remoteBranch + u':' + pagePath}),
             m_editedPage.trimmed());
    QCOMPARE(gitText(fresh, {QStringLiteral("show"), remoteBranch + u':' + teamPath}),
             QByteArray("team: sa"));

    // The merge request GitLab said it created, and the announcement with it.
    QVERIFY(result->createdByServer);
    QCOMPARE(result->mergeRequestUrl.toString(), m_server->createdMergeRequestUrl(branch));
    QVERIFY2(result->announcement.contains(result->mergeRequestUrl.toString()),
             qPrintable(result->announcement));
    QVERIFY(result->announcement.contains(QLatin1String("Fix a typo in the SA handbook")));
    QVERIFY(result->serverLines.join(u'\n').contains(QLatin1String("View merge request for")));

    // The local branch tracks the pushed one; the user is where they were.
    QCOMPARE(revParse(m_local, branch), result->commitId.toUtf8());
    QCOMPARE(gitText(m_local, {QStringLiteral("rev-parse"), QStringLiteral("--abbrev-ref"),
                               branch + QStringLiteral("@{upstream}")}),
             remoteBranch.toUtf8());
    verifyWorkTreeUntouched();
    auto pending = Propose::PendingPushes(repository->gitDir()).list();
    QVERIFY(pending);
    QVERIFY(pending->isEmpty());
}

void TestProposeOperation::plainServerGetsThePrefilledUrl()
{
    QVERIFY(newProject(HttpGitServer::Hook::RecordOnly));
    auto repository = Git::Repository::discover(m_local);
    QVERIFY(repository);
    auto result = ProposeOperation(*repository, options()).propose(request());
    QVERIFY2(result, failureText(result).constData());
    QVERIFY(!result->createdByServer);
    const QUrl url = result->mergeRequestUrl;
    QCOMPARE(url.adjusted(QUrl::RemoveQuery).toString(),
             QStringLiteral("http://127.0.0.1:%1/git/%2/-/merge_requests/new")
                 .arg(m_server->port())
                 .arg(m_name));
    const auto values = queryValues(url);
    QCOMPARE(values.value(QStringLiteral("merge_request[source_branch]")), result->branch);
    QCOMPARE(values.value(QStringLiteral("merge_request[target_branch]")), QStringLiteral("main"));
    QCOMPARE(values.value(QStringLiteral("merge_request[title]")),
             QStringLiteral("Fix a typo in the SA handbook"));
    QVERIFY(values.value(QStringLiteral("merge_request[description]"))
                .contains(QLatin1String("/label ~\"SA-HANDBOOK\"")));
    // Encoded, so that the link pasted into a chat is one word that opens the whole form.
    QVERIFY2(result->announcement.contains(url.toString(QUrl::FullyEncoded)),
             qPrintable(result->announcement));
    verifyWorkTreeUntouched();
}

void TestProposeOperation::serverFormLinkIsPrefilledAtTheServersAddress()
{
    // A server that only offers its "create a merge request" form: the form is opened at the
    // address the server printed, prefilled.
    QVERIFY(newProject(HttpGitServer::Hook::RecordAndAnnounce));
    auto repository = Git::Repository::discover(m_local);
    QVERIFY(repository);
    auto result = ProposeOperation(*repository, options()).propose(request());
    QVERIFY2(result, failureText(result).constData());
    QVERIFY(!result->createdByServer);
    QCOMPARE(
        result->mergeRequestUrl.adjusted(QUrl::RemoveQuery).toString(),
        QUrl(m_server->mergeRequestUrl(result->branch)).adjusted(QUrl::RemoveQuery).toString());
    const auto values = queryValues(result->mergeRequestUrl);
    QCOMPARE(values.value(QStringLiteral("merge_request[source_branch]")), result->branch);
    QCOMPARE(values.value(QStringLiteral("merge_request[title]")),
             QStringLiteral("Fix a typo in the SA handbook"));
}

void TestProposeOperation::upstreamChangeElsewhereInThePageIsMerged()
{
    QVERIFY(newProject(HttpGitServer::Hook::RecordOnly));
    // Upstream fixed another line of the same page after our clone.
    QByteArray upstream = seedPage();
    QVERIFY(upstream.contains("SA's add value"));
    upstream.replace("SA's add value", "SAs add value");
    QVERIFY(pushUpstream(pagePath, upstream, QStringLiteral("Fix an apostrophe")));
    auto repository = Git::Repository::discover(m_local);
    QVERIFY(repository);
    auto result = ProposeOperation(*repository, options()).propose(request());
    QVERIFY2(result, failureText(result).constData());
    QCOMPARE(result->merged, QStringList{pagePath});
    QByteArray expected = upstream;
    expected.replace("serivices", "services");
    QByteArray proposed;
    QVERIFY(gitOk(m_bare, {QStringLiteral("show"), result->branch + u':' + pagePath}, &proposed));
    QCOMPARE(proposed, expected);
    verifyWorkTreeUntouched();
}

void TestProposeOperation::collidingUpstreamChangeStopsAndLeavesEverything()
{
    QVERIFY(newProject(HttpGitServer::Hook::RecordOnly));
    QByteArray upstream = seedPage();
    upstream.replace("serivices", "servicez");
    QVERIFY(pushUpstream(pagePath, upstream, QStringLiteral("Another fix of the same typo")));
    const QByteArray before = lsRemote(m_bare);
    auto repository = Git::Repository::discover(m_local);
    QVERIFY(repository);
    auto result = ProposeOperation(*repository, options()).propose(request());
    QVERIFY(!result);
    QVERIFY(Git::hasCode(result.error(), GitErrorCode::ChangedUpstream));
    QVERIFY2(result.error().message.contains(pagePath), qPrintable(result.error().message));
    QCOMPARE(lsRemote(m_bare), before);
    QCOMPARE(
        gitText(m_local, {QStringLiteral("branch"), QStringLiteral("--list"), plan().sourceBranch}),
        QByteArray());
    verifyWorkTreeUntouched();
}

void TestProposeOperation::rejectedPushCarriesTheHookTextAndKeepsTheCommit()
{
    QVERIFY(newProject(HttpGitServer::Hook::Reject));
    auto repository = Git::Repository::discover(m_local);
    QVERIFY(repository);
    auto result = ProposeOperation(*repository, options()).propose(request());
    QVERIFY(!result);
    QVERIFY(Git::hasCode(result.error(), GitErrorCode::PushRejected));
    QVERIFY2(result.error().message.contains(HttpGitServer::rejectionText()),
             qPrintable(result.error().message));
    const QString branch = plan().sourceBranch;
    QVERIFY(result.error().message.contains(branch));
    QVERIFY(remoteBranchId(m_bare, branch).isEmpty());
    QVERIFY(!revParse(m_local, branch).isEmpty());
    auto pending = Propose::PendingPushes(repository->gitDir()).find(branch);
    QVERIFY(pending && *pending);
    QVERIFY((*pending)->lastError.contains(HttpGitServer::rejectionText()));
    verifyWorkTreeUntouched();
}

void TestProposeOperation::serverDownKeepsTheCommitAndRetryPushesIt()
{
    QVERIFY(newProject(HttpGitServer::Hook::CreateMergeRequest));
    auto repository = Git::Repository::discover(m_local);
    QVERIFY(repository);
    const QString branch = plan().sourceBranch;

    m_server->stop();
    auto result = ProposeOperation(*repository, options()).propose(request());
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    QVERIFY(!result);
    QVERIFY2(Git::isNetworkUnavailable(result.error()), qPrintable(result.error().message));
    QVERIFY2(result.error().message.contains(QLatin1String("safe on branch ") + branch),
             qPrintable(result.error().message));
    // The commit is on the local branch, holding the page only.
    const QByteArray commit = revParse(m_local, branch);
    QVERIFY(!commit.isEmpty());
    QCOMPARE(gitText(m_local, {QStringLiteral("show"), QStringLiteral("--name-only"),
                               QStringLiteral("--format="), branch}),
             pagePath.toUtf8());
    Propose::PendingPushes store(repository->gitDir());
    QVERIFY(QFileInfo(store.filePath())
                .absoluteFilePath()
                .startsWith(QFileInfo(m_local + QStringLiteral("/.git")).absoluteFilePath()));
    auto pending = store.list();
    QVERIFY(pending);
    QCOMPARE(pending->size(), 1);
    QCOMPARE(pending->first().branch, branch);
    QCOMPARE(pending->first().commitId.toUtf8(), commit);
    QCOMPARE(pending->first().plan.title, QStringLiteral("Fix a typo in the SA handbook"));
    QCOMPARE(pending->first().plan.pages.first().path, pagePath);
    QVERIFY(pending->first().createdAt.isValid());
    QVERIFY(!readFile(store.filePath()).contains(m_server->token().toUtf8()));
    verifyWorkTreeUntouched();

    // Back online: the retry pushes the same commit with the same options.
    auto retried = ProposeOperation(*repository, options()).retryPush(branch, {});
    QVERIFY2(retried, failureText(retried).constData());
    QCOMPARE(remoteBranchId(m_bare, branch), commit);
    QVERIFY(m_server->receivedPushOptions(m_name).contains(
        QStringLiteral("merge_request.title=Fix a typo in the SA handbook")));
    QVERIFY(retried->createdByServer);
    QCOMPARE(retried->mergeRequestUrl.toString(), m_server->createdMergeRequestUrl(branch));
    pending = store.list();
    QVERIFY(pending);
    QVERIFY(pending->isEmpty());
    verifyWorkTreeUntouched();
}

void TestProposeOperation::wrongTokenStopsBeforeAnyCommit()
{
    QVERIFY(newProject(HttpGitServer::Hook::CreateMergeRequest));
    m_credentials.token = Git::UserToken{m_server->username(), QStringLiteral("glpat-wrong")};
    auto repository = Git::Repository::discover(m_local);
    QVERIFY(repository);
    auto result = ProposeOperation(*repository, options()).propose(request());
    QVERIFY(!result);
    QVERIFY2(Git::hasCode(result.error(), GitErrorCode::AuthenticationFailed),
             qPrintable(result.error().message));
    QVERIFY(revParse(m_local, plan().sourceBranch).isEmpty());
    verifyWorkTreeUntouched();
}

void TestProposeOperation::cancelStopsBeforeAnyCommit()
{
    QVERIFY(newProject(HttpGitServer::Hook::CreateMergeRequest));
    auto repository = Git::Repository::discover(m_local);
    QVERIFY(repository);
    const std::atomic<bool> cancel = true;
    auto transport = options();
    transport.cancel = &cancel;
    ProposeOperation operation(*repository, transport);
    QStringList stages;
    operation.setStageCallback(
        [&stages](ProposeOperation::Stage stage) { stages << ProposeOperation::stageName(stage); });
    auto result = operation.propose(request());
    QVERIFY(!result);
    QVERIFY2(Git::hasCode(result.error(), GitErrorCode::Cancelled),
             qPrintable(result.error().message));
    QCOMPARE(stages, QStringList{QStringLiteral("fetching")});
    QVERIFY(revParse(m_local, plan().sourceBranch).isEmpty());
    verifyWorkTreeUntouched();
}

QTEST_GUILESS_MAIN(TestProposeOperation)
// The demo handbook's origin is a local folder, and plain git servers take no push options:
// the branch is pushed without them rather than not at all.
void TestProposeOperation::remoteWithoutPushOptionsGetsTheBranchAlone()
{
    QVERIFY(newProject(HttpGitServer::Hook::RecordOnly));
    QCOMPARE(Test::git(m_local, {QStringLiteral("remote"), QStringLiteral("set-url"),
                                 QStringLiteral("origin"), m_bare})
                 .exitCode,
             0);
    auto repository = Git::Repository::discover(m_local);
    QVERIFY(repository);
    auto result = ProposeOperation(*repository, options()).propose(request());
    QVERIFY2(result, failureText(result).constData());
    QVERIFY(!result->createdByServer);
    QVERIFY(result->mergeRequestUrl.isEmpty()); // a folder has no web page
    const auto branch = Test::git(m_bare, {QStringLiteral("rev-parse"), result->branch});
    QCOMPARE(branch.exitCode, 0);
    QCOMPARE(QString::fromUtf8(branch.out).trimmed(), result->commitId);
    verifyWorkTreeUntouched();
}

#include "tst_proposeoperation.moc"
