#include "git/fetchoperation.h"
#include "git/giterrors.h"
#include "git/gitservice.h"
#include "git/repository.h"
#include "git/support/httpgitserver.h"
#include "git/support/testcredentials.h"
#include "git/support/transportfixture.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace Folio;
using namespace Folio::Test;
using Folio::Git::GitErrorCode;

// Fetches over smart HTTP from git http-backend behind lighttpd on 127.0.0.1; the git CLI
// checks the remote-tracking branches afterwards.
class TestFetch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void fetchUpdatesOriginMain();
    void cancelFromProgressLeavesOriginMain();
    void cancelFlagStopsBeforeAnything();
    void wrongTokenIsAuthenticationFailed();
    void serverDownIsNetworkUnavailable();
    void gitServiceFetchesAcrossThreads();
    void lateCancelIsWithdrawnAndSpoilsNothing();

private:
    bool newProject();
    // Someone else pushes a commit to main; returns its id.
    QByteArray pushFromElsewhere(bool large = false);
    Git::TransportOptions options() { return {&m_credentials, {}, 3, {}, nullptr}; }

    GitFixture m_fixture;
    std::unique_ptr<HttpGitServer> m_server;
    TestCredentials m_credentials;
    std::unique_ptr<QTemporaryDir> m_work;
    QString m_name;
    QString m_bare;
    QString m_seed;
    QString m_local;
    int m_projects = 0;
};

void TestFetch::initTestCase()
{
    if (const QString missing = HttpGitServer::missingPrograms(); !missing.isEmpty())
        QSKIP(qPrintable(QStringLiteral("no HTTP git server to test against: missing ") + missing));
    qunsetenv("SSH_AUTH_SOCK");
    m_fixture.initTestCase();
    m_server = std::make_unique<HttpGitServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
}

void TestFetch::cleanupTestCase()
{
    m_server.reset();
}

void TestFetch::init()
{
    m_credentials.reset();
    m_credentials.token = Git::UserToken{m_server->username(), m_server->token()};
}

bool TestFetch::newProject()
{
    m_work = std::make_unique<QTemporaryDir>();
    m_name = QStringLiteral("project%1").arg(++m_projects);
    m_bare = m_server->createRepository(m_name);
    m_seed = m_work->filePath(QStringLiteral("seed"));
    m_local = m_work->filePath(QStringLiteral("local"));
    return !m_bare.isEmpty() && seedRepository(m_bare, m_seed) &&
           cloneWithOrigin(m_bare, m_server->url(m_name), m_local);
}

QByteArray TestFetch::pushFromElsewhere(bool large)
{
    const bool committed =
        large ? commitRandomFiles(m_seed, 150, 64 * 1024)
              : commitFile(m_seed, QStringLiteral("news.md"), "news\n", QStringLiteral("News"));
    if (!committed || !gitOk(m_seed, {QStringLiteral("push"), QStringLiteral("-q"),
                                      QStringLiteral("origin"), QStringLiteral("main")}))
        return {};
    return revParse(m_seed, QStringLiteral("HEAD"));
}

void TestFetch::fetchUpdatesOriginMain()
{
    QVERIFY(newProject());
    const QByteArray oldId = revParse(m_local, QStringLiteral("origin/main"));
    const QByteArray localMain = revParse(m_local, QStringLiteral("main"));
    const QByteArray newId = pushFromElsewhere();
    QVERIFY(!newId.isEmpty());
    QVERIFY(newId != oldId);

    auto repository = Git::Repository::discover(m_local);
    QVERIFY(repository);
    auto result = Git::FetchOperation(*repository, options()).fetch();
    QVERIFY2(result, failureText(result).constData());

    QCOMPARE(revParse(m_local, QStringLiteral("origin/main")), newId);
    QCOMPARE(revParse(m_local, QStringLiteral("main")), localMain); // no pull
    QCOMPARE(porcelain(m_local), QByteArray());
    const Git::UpdatedReference expected{QStringLiteral("refs/remotes/origin/main"),
                                         QString::fromLatin1(oldId), QString::fromLatin1(newId)};
    QVERIFY(result->updated.contains(expected));
    QCOMPARE(result->remote, QStringLiteral("origin"));
    QVERIFY(result->receivedObjects > 0);
    QVERIFY(fsckClean(m_local));

    // Nothing new: nothing updated.
    auto again = Git::FetchOperation(*repository, options()).fetch();
    QVERIFY2(again, failureText(again).constData());
    QVERIFY(again->updated.isEmpty());
}

void TestFetch::cancelFromProgressLeavesOriginMain()
{
    QVERIFY(newProject());
    const QByteArray oldId = revParse(m_local, QStringLiteral("origin/main"));
    QVERIFY(!pushFromElsewhere(true).isEmpty());

    auto repository = Git::Repository::discover(m_local);
    QVERIFY(repository);
    Git::TransportOptions transport = options();
    Git::TransferProgress seen;
    transport.progress = [&seen](const Git::TransferProgress &progress) {
        seen = progress;
        return progress.current == 0; // cancel once objects are arriving
    };
    auto result = Git::FetchOperation(*repository, transport).fetch();
    QVERIFY(!result);
    QVERIFY2(Git::hasCode(result.error(), GitErrorCode::Cancelled),
             qPrintable(result.error().message));
    QVERIFY2(seen.current < seen.total, "cancelled midway, not at the end");
    QCOMPARE(revParse(m_local, QStringLiteral("origin/main")), oldId);
    QVERIFY(fsckClean(m_local));
}

void TestFetch::cancelFlagStopsBeforeAnything()
{
    QVERIFY(newProject());
    const QByteArray oldId = revParse(m_local, QStringLiteral("origin/main"));
    QVERIFY(!pushFromElsewhere().isEmpty());
    auto repository = Git::Repository::discover(m_local);
    QVERIFY(repository);
    const std::atomic<bool> cancel = true;
    Git::TransportOptions transport = options();
    transport.cancel = &cancel;
    auto result = Git::FetchOperation(*repository, transport).fetch();
    QVERIFY(!result);
    QVERIFY2(Git::hasCode(result.error(), GitErrorCode::Cancelled),
             qPrintable(result.error().message));
    QVERIFY(m_credentials.tokenRequests.isEmpty());
    QCOMPARE(revParse(m_local, QStringLiteral("origin/main")), oldId);
}

void TestFetch::wrongTokenIsAuthenticationFailed()
{
    QVERIFY(newProject());
    m_credentials.token = Git::UserToken{m_server->username(), QStringLiteral("nope")};
    auto repository = Git::Repository::discover(m_local);
    QVERIFY(repository);
    Git::TransportOptions transport = options();
    transport.maxAuthAttempts = 2;
    auto result = Git::FetchOperation(*repository, transport).fetch();
    QVERIFY(!result);
    QVERIFY2(Git::hasCode(result.error(), GitErrorCode::AuthenticationFailed),
             qPrintable(result.error().message));
    QCOMPARE(m_credentials.tokenRequests.size(), 2);
}

void TestFetch::serverDownIsNetworkUnavailable()
{
    QVERIFY(newProject());
    // A port that was free a moment ago: nothing listens there.
    const quint16 port = freeLoopbackPort();
    QVERIFY(port != 0);
    QVERIFY(gitOk(m_local,
                  {QStringLiteral("remote"), QStringLiteral("set-url"), QStringLiteral("origin"),
                   QStringLiteral("http://127.0.0.1:%1/git/handbook.git").arg(port)}));
    auto repository = Git::Repository::discover(m_local);
    QVERIFY(repository);
    auto result = Git::FetchOperation(*repository, options()).fetch();
    QVERIFY(!result);
    QVERIFY2(Git::isNetworkUnavailable(result.error()), qPrintable(result.error().message));
    QVERIFY(m_credentials.tokenRequests.isEmpty());
}

void TestFetch::gitServiceFetchesAcrossThreads()
{
    QVERIFY(newProject());
    const QByteArray newId = pushFromElsewhere();
    QVERIFY(!newId.isEmpty());
    auto credentials = std::make_shared<TestCredentials>();
    credentials->token = Git::UserToken{m_server->username(), m_server->token()};
    QThread thread;
    auto *service = new Git::GitService;
    service->setCredentialProvider(credentials);
    service->moveToThread(&thread);
    connect(&thread, &QThread::finished, service, &QObject::deleteLater);
    QSignalSpy fetched(service, &Git::GitService::fetched);
    QSignalSpy failed(service, &Git::GitService::fetchFailed);
    thread.start();
    QMetaObject::invokeMethod(
        service,
        [service, local = m_local] {
            service->openRepository(local);
            service->fetchRemote(QStringLiteral("origin"));
        },
        Qt::QueuedConnection);
    QTRY_VERIFY_WITH_TIMEOUT(fetched.size() + failed.size() == 1, 30000);
    thread.quit();
    thread.wait();
    QVERIFY2(failed.isEmpty(),
             failed.isEmpty() ? "" : qPrintable(failed[0][0].value<Error>().message));
    QCOMPARE(fetched[0][0].value<Git::FetchResult>().remote, QStringLiteral("origin"));
    QCOMPARE(revParse(m_local, QStringLiteral("origin/main")), newId);
}

// A Cancel clicked once the fetch had ended (its answer still on the way) must not stop the
// next fetch: the dialog withdraws it when the answer arrives. Without that, the stale flag
// cancels the next transfer before it starts.
void TestFetch::lateCancelIsWithdrawnAndSpoilsNothing()
{
    QVERIFY(newProject());
    auto credentials = std::make_shared<TestCredentials>();
    credentials->token = Git::UserToken{m_server->username(), m_server->token()};
    Git::GitService service;
    service.setCredentialProvider(credentials);
    QSignalSpy fetched(&service, &Git::GitService::fetched);
    QSignalSpy failed(&service, &Git::GitService::fetchFailed);
    service.openRepository(m_local);
    service.fetchRemote(QStringLiteral("origin"));
    QCOMPARE(fetched.size(), 1);

    service.cancelTransfer(); // too late for that fetch
    service.withdrawCancel();
    service.fetchRemote(QStringLiteral("origin"));
    QCOMPARE(fetched.size(), 2);
    QVERIFY(failed.isEmpty());

    service.cancelTransfer(); // not withdrawn: the next one is stopped
    service.fetchRemote(QStringLiteral("origin"));
    QCOMPARE(failed.size(), 1);
    QVERIFY(hasCode(failed[0][0].value<Error>(), Git::GitErrorCode::Cancelled));
    // ...and only that one.
    service.fetchRemote(QStringLiteral("origin"));
    QCOMPARE(fetched.size(), 3);
}

QTEST_GUILESS_MAIN(TestFetch)
#include "tst_fetch.moc"
