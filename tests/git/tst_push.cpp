#include "git/giterrors.h"
#include "git/gitservice.h"
#include "git/pushoperation.h"
#include "git/repository.h"
#include "git/support/httpgitserver.h"
#include "git/support/testcredentials.h"
#include "git/support/transportfixture.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <memory>

using namespace Folio;
using namespace Folio::Test;
using Folio::Git::GitErrorCode;

// Pushes over smart HTTP to a real git http-backend behind lighttpd on 127.0.0.1, with the
// git CLI (ls-remote on the server's repository) and the server's own hook as referees.
class TestPush : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void pushSendsOptionsAndFindsTheMergeRequestLink();
    void pushWithoutOptionsSendsNone();
    void rejectedPushCarriesTheHookText();
    void wrongTokenStopsAfterBoundedAttempts();
    void cancelledTokenQuestionCancels();
    void serverDownIsNetworkUnavailable();
    void nonFastForwardAsksToUpdateFirst_data();
    void nonFastForwardAsksToUpdateFirst();
    void gitServicePushesAcrossThreads();

private:
    // A new server repository with one commit on main and a local clone whose origin is the
    // server's URL; returns false on failure.
    bool newProject(HttpGitServer::Hook hook = HttpGitServer::Hook::RecordAndAnnounce);
    Git::TransportOptions options() { return {&m_credentials, {}, 3, {}, nullptr}; }

    GitFixture m_fixture;
    std::unique_ptr<HttpGitServer> m_server;
    TestCredentials m_credentials;
    std::unique_ptr<QTemporaryDir> m_work;
    QString m_name;
    QString m_bare;
    QString m_local;
    int m_projects = 0;
};

void TestPush::initTestCase()
{
    if (const QString missing = HttpGitServer::missingPrograms(); !missing.isEmpty())
        QSKIP(qPrintable(QStringLiteral("no HTTP git server to test against: missing ") + missing));
    qunsetenv("SSH_AUTH_SOCK");
    m_fixture.initTestCase();
    m_server = std::make_unique<HttpGitServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
}

void TestPush::cleanupTestCase()
{
    m_server.reset(); // stops lighttpd
}

void TestPush::init()
{
    m_credentials.reset();
    m_credentials.token = Git::UserToken{m_server->username(), m_server->token()};
}

bool TestPush::newProject(HttpGitServer::Hook hook)
{
    m_work = std::make_unique<QTemporaryDir>();
    m_name = QStringLiteral("project%1").arg(++m_projects);
    m_bare = m_server->createRepository(m_name);
    m_local = m_work->filePath(QStringLiteral("local"));
    return !m_bare.isEmpty() && seedRepository(m_bare, m_work->filePath(QStringLiteral("seed"))) &&
           cloneWithOrigin(m_bare, m_server->url(m_name), m_local) &&
           m_server->setHook(m_name, hook); // after seeding, which a Reject hook would refuse
}

void TestPush::pushSendsOptionsAndFindsTheMergeRequestLink()
{
    QVERIFY(newProject());
    const QString branch = QStringLiteral("sa/fix-onboarding-typo");
    QVERIFY(gitOk(m_local,
                  {QStringLiteral("switch"), QStringLiteral("-q"), QStringLiteral("-c"), branch}));
    QVERIFY(commitFile(m_local, QStringLiteral("README.md"), "# Handbook\n\nFixed.\n",
                       QStringLiteral("Fix a typo")));
    const QByteArray head = revParse(m_local, QStringLiteral("HEAD"));

    // GitLab's options, values bare; the description's \n are the two characters.
    const QStringList sent = {
        QStringLiteral("merge_request.create"),
        QStringLiteral("merge_request.target=main"),
        QStringLiteral("merge_request.title=Fix a typo in onboarding"),
        QStringLiteral("merge_request.description=line1\\nline2"),
        QStringLiteral("merge_request.label=SA-HANDBOOK"),
        QStringLiteral("merge_request.draft"),
        QStringLiteral("merge_request.remove_source_branch"),
    };
    QCOMPARE(sent[3].size(), QStringLiteral("merge_request.description=line1").size() + 7);

    auto repository = Git::Repository::discover(m_local);
    QVERIFY2(repository, failureText(repository).constData());
    QList<Git::TransferProgress> progress;
    auto transport = options();
    transport.progress = [&progress](const Git::TransferProgress &report) {
        progress.append(report);
        return true;
    };
    auto result = Git::PushOperation(*repository, transport)
                      .push({QStringLiteral("origin"), branch, sent, true});
    QVERIFY2(result, failureText(result).constData());

    QCOMPARE(m_server->receivedPushOptions(m_name), sent);
    QCOMPARE(remoteBranchId(m_bare, branch), head);
    QCOMPARE(result->commitId.toLatin1(), head);
    QVERIFY(m_server->receivedReferences(m_name).value(0).endsWith(u" refs/heads/" + branch));

    QVERIFY(result->mergeRequest.has_value());
    QCOMPARE(result->mergeRequest->kind, Git::MergeRequestLinkInfo::Kind::Create);
    QCOMPARE(result->mergeRequest->branch, branch);
    QCOMPARE(result->mergeRequest->url, m_server->mergeRequestUrl(branch));
    // The server's text verbatim, line by line.
    QVERIFY2(result->serverLines.contains(
                 QStringLiteral("To create a merge request for %1, visit:").arg(branch)),
             qPrintable(result->serverLines.join(u'\n')));
    QVERIFY(result->serverLines.contains(QStringLiteral("  ") + m_server->mergeRequestUrl(branch)));

    QCOMPARE(gitText(m_local, {QStringLiteral("rev-parse"), QStringLiteral("--abbrev-ref"),
                               branch + QStringLiteral("@{upstream}")}),
             QByteArray("origin/" + branch.toUtf8()));
    QCOMPARE(revParse(m_local, QStringLiteral("origin/") + branch), head);
    QCOMPARE(m_credentials.tokenRequests.size(), 1);
    QVERIFY(!progress.isEmpty());
    QVERIFY(fsckClean(m_bare));
}

void TestPush::pushWithoutOptionsSendsNone()
{
    QVERIFY(newProject());
    QVERIFY(commitFile(m_local, QStringLiteral("a.md"), "a\n", QStringLiteral("a")));
    auto repository = Git::Repository::discover(m_local);
    QVERIFY(repository);
    auto result = Git::PushOperation(*repository, options())
                      .push({QStringLiteral("origin"), QStringLiteral("main"), {}, true});
    QVERIFY2(result, failureText(result).constData());
    // libgit2 may announce the capability with no options (count 0); either way none arrive.
    QVERIFY(m_server->receivedPushOptions(m_name).isEmpty());
    QVERIFY2((QStringList{QStringLiteral("0"), QStringLiteral("unset")})
                 .contains(m_server->receivedPushOptionCount(m_name)),
             qPrintable(m_server->receivedPushOptionCount(m_name)));
    QCOMPARE(remoteBranchId(m_bare, QStringLiteral("main")),
             revParse(m_local, QStringLiteral("HEAD")));
}

void TestPush::rejectedPushCarriesTheHookText()
{
    QVERIFY(newProject(HttpGitServer::Hook::Reject));
    const QByteArray before = lsRemote(m_bare);
    QVERIFY(gitOk(m_local, {QStringLiteral("switch"), QStringLiteral("-q"), QStringLiteral("-c"),
                            QStringLiteral("topic")}));
    QVERIFY(commitFile(m_local, QStringLiteral("a.md"), "a\n", QStringLiteral("a")));
    auto repository = Git::Repository::discover(m_local);
    QVERIFY(repository);
    auto result = Git::PushOperation(*repository, options())
                      .push({QStringLiteral("origin"),
                             QStringLiteral("topic"),
                             {QStringLiteral("merge_request.create")},
                             true});
    QVERIFY(!result);
    QVERIFY2(Git::hasCode(result.error(), GitErrorCode::PushRejected),
             qPrintable(result.error().message));
    QVERIFY2(result.error().message.contains(HttpGitServer::rejectionText()),
             qPrintable(result.error().message));
    QCOMPARE(lsRemote(m_bare), before);
    // The push was refused: no upstream was recorded for the branch.
    QVERIFY(!git(m_local, {QStringLiteral("rev-parse"), QStringLiteral("--abbrev-ref"),
                           QStringLiteral("topic@{upstream}")})
                 .exitCode == 0);
}

void TestPush::wrongTokenStopsAfterBoundedAttempts()
{
    QVERIFY(newProject());
    const QByteArray before = lsRemote(m_bare);
    QVERIFY(commitFile(m_local, QStringLiteral("a.md"), "a\n", QStringLiteral("a")));
    m_credentials.token = Git::UserToken{m_server->username(), QStringLiteral("glpat-wrong")};
    auto repository = Git::Repository::discover(m_local);
    QVERIFY(repository);
    auto result = Git::PushOperation(*repository, options())
                      .push({QStringLiteral("origin"), QStringLiteral("main"), {}, true});
    QVERIFY(!result);
    QVERIFY2(Git::hasCode(result.error(), GitErrorCode::AuthenticationFailed),
             qPrintable(result.error().message));
    QVERIFY(!result.error().message.contains(QLatin1String("glpat-wrong"))); // no secret in text
    QCOMPARE(m_credentials.tokenRequests.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(m_credentials.tokenRequests[i].attempt, i + 1);
        QCOMPARE(m_credentials.tokenRequests[i].maxAttempts, 3);
        QCOMPARE(m_credentials.tokenRequests[i].url, m_server->url(m_name));
    }
    QCOMPARE(lsRemote(m_bare), before);
}

void TestPush::cancelledTokenQuestionCancels()
{
    QVERIFY(newProject());
    QVERIFY(commitFile(m_local, QStringLiteral("a.md"), "a\n", QStringLiteral("a")));
    m_credentials.token.reset();
    auto repository = Git::Repository::discover(m_local);
    QVERIFY(repository);
    auto result = Git::PushOperation(*repository, options())
                      .push({QStringLiteral("origin"), QStringLiteral("main"), {}, true});
    QVERIFY(!result);
    QVERIFY2(Git::hasCode(result.error(), GitErrorCode::Cancelled),
             qPrintable(result.error().message));
    QCOMPARE(m_credentials.tokenRequests.size(), 1);
}

void TestPush::serverDownIsNetworkUnavailable()
{
    // A server of its own, started and then stopped: its port is closed, as when offline.
    HttpGitServer down;
    QVERIFY2(down.start(), qPrintable(down.errorString()));
    QTemporaryDir work;
    const QString bare = down.createRepository(QStringLiteral("handbook"));
    const QString local = work.filePath(QStringLiteral("local"));
    QVERIFY(!bare.isEmpty());
    QVERIFY(seedRepository(bare, work.filePath(QStringLiteral("seed"))));
    QVERIFY(cloneWithOrigin(bare, down.url(QStringLiteral("handbook")), local));
    down.stop();
    QVERIFY(!acceptsConnections(down.port()));

    QVERIFY(commitFile(local, QStringLiteral("a.md"), "a\n", QStringLiteral("a")));
    const QByteArray head = revParse(local, QStringLiteral("HEAD"));
    auto repository = Git::Repository::discover(local);
    QVERIFY(repository);
    auto result = Git::PushOperation(*repository, options())
                      .push({QStringLiteral("origin"), QStringLiteral("main"), {}, true});
    QVERIFY(!result);
    QVERIFY2(Git::isNetworkUnavailable(result.error()), qPrintable(result.error().message));
    QVERIFY(m_credentials.tokenRequests.isEmpty());          // not an authentication problem
    QCOMPARE(revParse(local, QStringLiteral("HEAD")), head); // the commit is safe
    QCOMPARE(porcelain(local), QByteArray());
}

void TestPush::nonFastForwardAsksToUpdateFirst_data()
{
    QTest::addColumn<bool>("fetchedFirst");
    QTest::newRow("remote commit unknown locally") << false;
    QTest::newRow("remote commit fetched, branches diverged") << true;
}

void TestPush::nonFastForwardAsksToUpdateFirst()
{
    QFETCH(bool, fetchedFirst);
    QVERIFY(newProject());
    // Someone else pushed to main meanwhile.
    const QString seed = m_work->filePath(QStringLiteral("seed"));
    QVERIFY(commitFile(seed, QStringLiteral("other.md"), "other\n", QStringLiteral("Other")));
    QVERIFY(gitOk(seed, {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"),
                         QStringLiteral("main")}));
    if (fetchedFirst)
        QVERIFY(gitOk(m_local, {QStringLiteral("fetch"), QStringLiteral("-q"), m_bare,
                                QStringLiteral("main:refs/remotes/origin/main")}));
    const QByteArray before = lsRemote(m_bare);
    QVERIFY(commitFile(m_local, QStringLiteral("mine.md"), "mine\n", QStringLiteral("Mine")));

    auto repository = Git::Repository::discover(m_local);
    QVERIFY(repository);
    auto result = Git::PushOperation(*repository, options())
                      .push({QStringLiteral("origin"), QStringLiteral("main"), {}, true});
    QVERIFY(!result);
    QVERIFY2(Git::hasCode(result.error(), GitErrorCode::NotFastForward),
             qPrintable(result.error().message));
    QCOMPARE(lsRemote(m_bare), before);
}

void TestPush::gitServicePushesAcrossThreads()
{
    QVERIFY(newProject());
    QVERIFY(gitOk(m_local, {QStringLiteral("switch"), QStringLiteral("-q"), QStringLiteral("-c"),
                            QStringLiteral("topic")}));
    QVERIFY(commitFile(m_local, QStringLiteral("a.md"), "a\n", QStringLiteral("a")));

    auto credentials = std::make_shared<TestCredentials>();
    credentials->token = Git::UserToken{m_server->username(), m_server->token()};
    QThread thread;
    auto *service = new Git::GitService;
    service->setCredentialProvider(credentials);
    service->moveToThread(&thread);
    connect(&thread, &QThread::finished, service, &QObject::deleteLater);
    QSignalSpy pushed(service, &Git::GitService::pushed);
    QSignalSpy failed(service, &Git::GitService::pushFailed);
    QSignalSpy progressed(service, &Git::GitService::transferProgressed);
    thread.start();
    const Git::PushRequest request{QStringLiteral("origin"),
                                   QStringLiteral("topic"),
                                   {QStringLiteral("merge_request.create")},
                                   true};
    QMetaObject::invokeMethod(
        service,
        [service, local = m_local, request] {
            service->openRepository(local);
            service->pushBranch(request);
        },
        Qt::QueuedConnection);
    QTRY_VERIFY_WITH_TIMEOUT(pushed.size() + failed.size() == 1, 30000);
    thread.quit();
    thread.wait();
    QVERIFY2(failed.isEmpty(),
             failed.isEmpty() ? "" : qPrintable(failed[0][0].value<Error>().message));
    const auto result = pushed[0][0].value<Git::PushResult>();
    QCOMPARE(result.commitId.toLatin1(), revParse(m_local, QStringLiteral("HEAD")));
    QCOMPARE(remoteBranchId(m_bare, QStringLiteral("topic")), result.commitId.toLatin1());
    QVERIFY(result.mergeRequest.has_value());
    QCOMPARE(result.mergeRequest->url, m_server->mergeRequestUrl(QStringLiteral("topic")));
    QCOMPARE(m_server->receivedPushOptions(m_name), request.pushOptions);
    QVERIFY(!progressed.isEmpty());
}

QTEST_GUILESS_MAIN(TestPush)
#include "tst_push.moc"
