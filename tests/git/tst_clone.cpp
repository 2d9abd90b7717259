#include "git/cloneoperation.h"
#include "git/giterrors.h"
#include "git/gitlibrary.h"
#include "git/gitservice.h"
#include "git/support/httpgitserver.h"
#include "git/support/testcredentials.h"
#include "git/support/transportfixture.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QVersionNumber>

#include <memory>

using namespace Folio;
using namespace Folio::Test;
using Folio::Git::GitErrorCode;

// Clones over smart HTTP from git http-backend behind lighttpd on 127.0.0.1; the git CLI
// (rev-parse, rev-list, fsck, status) judges the result.
class TestClone : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void shallowCloneHasOnlyTheLatestCommit();
    void fullCloneHasTheHistory();
    void cloneOfAnotherBranch();
    void cancelledCloneRemovesWhatItCreated_data();
    void cancelledCloneRemovesWhatItCreated();
    void nonEmptyFolderIsRefusedUntouched();
    void serverDownCreatesNothing();
    void gitServiceClonesWithProgress();
    void canCloneShallowSaysWhereClonesAreFull();

private:
    Git::TransportOptions options() { return {&m_credentials, {}, 3, {}, nullptr}; }

    GitFixture m_fixture;
    std::unique_ptr<HttpGitServer> m_server;
    TestCredentials m_credentials;
    QTemporaryDir m_serverWork;
    QString m_small; // three commits on main, a branch "draft"
    QString m_large; // large incompressible files, for cancelling midway
    QByteArray m_smallHead;
};

void TestClone::initTestCase()
{
    if (const QString missing = HttpGitServer::missingPrograms(); !missing.isEmpty())
        QSKIP(qPrintable(QStringLiteral("no HTTP git server to test against: missing ") + missing));
    qunsetenv("SSH_AUTH_SOCK");
    m_fixture.initTestCase();
    m_server = std::make_unique<HttpGitServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));

    m_small = QStringLiteral("small");
    const QString smallSeed = m_serverWork.filePath(QStringLiteral("small"));
    QVERIFY(!m_server->createRepository(m_small).isEmpty());
    QVERIFY(seedRepository(m_server->repositoryPath(m_small), smallSeed));
    QVERIFY(commitFile(smallSeed, QStringLiteral("handbook/index.md"), "v2\n",
                       QStringLiteral("Second")));
    QVERIFY(commitFile(smallSeed, QStringLiteral("handbook/index.md"), "v3\n",
                       QStringLiteral("Third")));
    QVERIFY(gitOk(smallSeed,
                  {QStringLiteral("branch"), QStringLiteral("draft"), QStringLiteral("HEAD~1")}));
    QVERIFY(
        gitOk(smallSeed, {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"),
                          QStringLiteral("main"), QStringLiteral("draft")}));
    m_smallHead = revParse(smallSeed, QStringLiteral("HEAD"));

    m_large = QStringLiteral("large");
    const QString largeSeed = m_serverWork.filePath(QStringLiteral("large"));
    QVERIFY(!m_server->createRepository(m_large).isEmpty());
    QVERIFY(seedRepository(m_server->repositoryPath(m_large), largeSeed));
    QVERIFY(commitRandomFiles(largeSeed, 150, 64 * 1024));
    QVERIFY(gitOk(largeSeed, {QStringLiteral("push"), QStringLiteral("-q"),
                              QStringLiteral("origin"), QStringLiteral("main")}));
}

void TestClone::cleanupTestCase()
{
    m_server.reset();
}

void TestClone::init()
{
    m_credentials.reset();
    m_credentials.token = Git::UserToken{m_server->username(), m_server->token()};
}

void TestClone::shallowCloneHasOnlyTheLatestCommit()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("handbook"));
    QList<Git::TransferProgress> reports;
    auto transport = options();
    transport.progress = [&reports](const Git::TransferProgress &progress) {
        reports.append(progress);
        return true;
    };
    auto result = Git::CloneOperation(transport).clone({m_server->url(m_small), path, true, {}});
    QVERIFY2(result, failureText(result).constData());

    QVERIFY(result->shallow);
    QCOMPARE(result->branch, QStringLiteral("main"));
    QCOMPARE(result->commitId.toLatin1(), m_smallHead);
    QCOMPARE(result->path, path);
    QCOMPARE(
        gitText(path, {QStringLiteral("rev-parse"), QStringLiteral("--is-shallow-repository")}),
        QByteArray("true"));
    QCOMPARE(gitText(path, {QStringLiteral("rev-list"), QStringLiteral("--count"),
                            QStringLiteral("HEAD")}),
             QByteArray("1"));
    QCOMPARE(revParse(path, QStringLiteral("HEAD")), m_smallHead);
    QCOMPARE(gitText(path, {QStringLiteral("symbolic-ref"), QStringLiteral("--short"),
                            QStringLiteral("HEAD")}),
             QByteArray("main"));
    QVERIFY(fsckClean(path));
    QCOMPARE(porcelain(path), QByteArray());
    QCOMPARE(readFile(path + QStringLiteral("/handbook/index.md")), QByteArray("v3\n"));
    QCOMPARE(gitText(path, {QStringLiteral("remote"), QStringLiteral("get-url"),
                            QStringLiteral("origin")}),
             m_server->url(m_small).toUtf8());
    QVERIFY(!reports.isEmpty());
    QCOMPARE(reports.last().stage, Git::TransferProgress::Stage::CheckingOut);
    QCOMPARE(reports.last().current, reports.last().total);
}

void TestClone::fullCloneHasTheHistory()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("handbook"));
    auto result = Git::CloneOperation(options()).clone({m_server->url(m_small), path, false, {}});
    QVERIFY2(result, failureText(result).constData());
    QVERIFY(!result->shallow);
    QCOMPARE(
        gitText(path, {QStringLiteral("rev-parse"), QStringLiteral("--is-shallow-repository")}),
        QByteArray("false"));
    QCOMPARE(gitText(path, {QStringLiteral("rev-list"), QStringLiteral("--count"),
                            QStringLiteral("HEAD")}),
             QByteArray("3"));
    QVERIFY(fsckClean(path));
}

void TestClone::cloneOfAnotherBranch()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("handbook"));
    auto result = Git::CloneOperation(options()).clone(
        {m_server->url(m_small), path, true, QStringLiteral("draft")});
    QVERIFY2(result, failureText(result).constData());
    QCOMPARE(result->branch, QStringLiteral("draft"));
    QCOMPARE(readFile(path + QStringLiteral("/handbook/index.md")), QByteArray("v2\n"));
    QCOMPARE(porcelain(path), QByteArray());
}

void TestClone::cancelledCloneRemovesWhatItCreated_data()
{
    QTest::addColumn<QString>("relativePath");
    QTest::addColumn<QString>("existingEmptyFolder");
    QTest::newRow("new folder") << QStringLiteral("handbook") << QString();
    QTest::newRow("new nested folders") << QStringLiteral("clones/2024/handbook") << QString();
    QTest::newRow("existing empty folder")
        << QStringLiteral("handbook") << QStringLiteral("handbook");
}

void TestClone::cancelledCloneRemovesWhatItCreated()
{
    QFETCH(QString, relativePath);
    QFETCH(QString, existingEmptyFolder);
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("neighbour.txt")), "keep me\n"));
    if (!existingEmptyFolder.isEmpty())
        QVERIFY(QDir().mkpath(dir.filePath(existingEmptyFolder)));
    const QString path = dir.filePath(relativePath);

    auto transport = options();
    Git::TransferProgress seen;
    bool sawFolder = false;
    transport.progress = [&](const Git::TransferProgress &progress) {
        seen = progress;
        sawFolder = QFileInfo::exists(path + QStringLiteral("/.git"));
        return progress.current == 0; // cancel once objects are arriving
    };
    auto result = Git::CloneOperation(transport).clone({m_server->url(m_large), path, true, {}});
    QVERIFY(!result);
    QVERIFY2(Git::hasCode(result.error(), GitErrorCode::Cancelled),
             qPrintable(result.error().message));
    QVERIFY2(seen.current > 0 && seen.current < seen.total, "cancelled midway");
    QVERIFY(sawFolder); // the clone had really started writing

    QCOMPARE(readFile(dir.filePath(QStringLiteral("neighbour.txt"))), QByteArray("keep me\n"));
    if (existingEmptyFolder.isEmpty()) {
        QVERIFY(!QFileInfo::exists(path));
        const QString top = dir.filePath(relativePath.section(u'/', 0, 0));
        QVERIFY2(!QFileInfo::exists(top), qPrintable(top));
    } else {
        QVERIFY(QFileInfo(path).isDir());
        QVERIFY(QDir(path).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System |
                                   QDir::NoDotAndDotDot));
    }
    QStringList expectedEntries{QStringLiteral("neighbour.txt")};
    if (!existingEmptyFolder.isEmpty())
        expectedEntries.prepend(existingEmptyFolder);
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             expectedEntries);
}

void TestClone::nonEmptyFolderIsRefusedUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("handbook"));
    QVERIFY(writeFile(path + QStringLiteral("/notes.md"), "my notes\n"));
    auto result = Git::CloneOperation(options()).clone({m_server->url(m_small), path, true, {}});
    QVERIFY(!result);
    QVERIFY2(Git::hasCode(result.error(), GitErrorCode::DestinationNotEmpty),
             qPrintable(result.error().message));
    QCOMPARE(QDir(path).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("notes.md")});
    QCOMPARE(readFile(path + QStringLiteral("/notes.md")), QByteArray("my notes\n"));
    QVERIFY(m_credentials.tokenRequests.isEmpty());
}

void TestClone::serverDownCreatesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("handbook"));
    const quint16 port = freeLoopbackPort();
    QVERIFY(port != 0);
    auto result = Git::CloneOperation(options()).clone(
        {QStringLiteral("http://127.0.0.1:%1/git/handbook.git").arg(port), path, true, {}});
    QVERIFY(!result);
    QVERIFY2(Git::isNetworkUnavailable(result.error()), qPrintable(result.error().message));
    QVERIFY(!QFileInfo::exists(path));
}

void TestClone::gitServiceClonesWithProgress()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("handbook"));
    auto credentials = std::make_shared<TestCredentials>();
    credentials->token = Git::UserToken{m_server->username(), m_server->token()};
    QThread thread;
    auto *service = new Git::GitService;
    service->setCredentialProvider(credentials);
    service->moveToThread(&thread);
    connect(&thread, &QThread::finished, service, &QObject::deleteLater);
    QSignalSpy cloned(service, &Git::GitService::cloned);
    QSignalSpy failed(service, &Git::GitService::cloneFailed);
    QSignalSpy progressed(service, &Git::GitService::transferProgressed);
    thread.start();
    const Git::CloneRequest request{m_server->url(m_large), path, true, {}};
    QMetaObject::invokeMethod(
        service, [service, request] { service->cloneRepository(request); }, Qt::QueuedConnection);
    QTRY_VERIFY_WITH_TIMEOUT(cloned.size() + failed.size() == 1, 60000);
    thread.quit();
    thread.wait();
    QVERIFY2(failed.isEmpty(),
             failed.isEmpty() ? "" : qPrintable(failed[0][0].value<Error>().message));
    const auto result = cloned[0][0].value<Git::CloneResult>();
    QCOMPARE(result.path, path);
    QVERIFY(result.shallow);
    QVERIFY(fsckClean(path));
    QVERIFY(!progressed.isEmpty());
    // The last report is never dropped by the throttling: the bar ends full.
    const auto last = progressed.last()[0].value<Git::TransferProgress>();
    QCOMPARE(last.current, last.total);
}

// What the Clone dialog tells the user before cloning: over SSH, libgit2 < 1.9 clones in full.
void TestClone::canCloneShallowSaysWhereClonesAreFull()
{
    QVERIFY(Git::CloneOperation::canCloneShallow(m_server->url(m_small)));
    QVERIFY(Git::CloneOperation::canCloneShallow(QStringLiteral("https://gitlab.com/a/b.git")));
    const bool sshShallow =
        QVersionNumber::fromString(Git::GitLibrary::version()) >= QVersionNumber(1, 9);
    QCOMPARE(Git::CloneOperation::canCloneShallow(QStringLiteral("git@gitlab.com:a/b.git")),
             sshShallow);
    QCOMPARE(Git::CloneOperation::canCloneShallow(QStringLiteral("ssh://git@gitlab.com/a/b.git")),
             sshShallow);
}

QTEST_GUILESS_MAIN(TestClone)
#include "tst_clone.moc"
