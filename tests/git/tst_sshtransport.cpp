#include "git/cloneoperation.h"
#include "git/giterrors.h"
#include "git/gitlibrary.h"
#include "git/knownhosts.h"
#include "git/pushoperation.h"
#include "git/repository.h"
#include "git/support/sshgitserver.h"
#include "git/support/testcredentials.h"
#include "git/support/transportfixture.h"

#include <QFile>
#include <QTest>

#include <memory>

using namespace Folio;
using namespace Folio::Test;
using Folio::Git::GitErrorCode;
using Folio::Git::KnownHosts;

// git over SSH to a real sshd on 127.0.0.1 with a key pair and known_hosts made by OpenSSH's
// ssh-keygen, which is also the referee for fingerprints and known_hosts entries.
class TestSshTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void knownHostsReadsWhatOpenSshWrites();
    void pushWithTheTestKey();
    void shallowCloneOverSsh();
    void changedHostKeyIsRefused();
    void firstContactAsksAndRemembers();
    void firstContactRejectedWritesNothing();
    void encryptedKeyAsksForItsPassphrase();
    void noKeyIsAuthenticationFailed();

private:
    bool newProject();
    bool writeKnownHosts(const QByteArray &content) const;
    [[nodiscard]] QByteArray hostKeyBlob() const;
    Git::TransportOptions options() { return {&m_credentials, m_knownHosts, 3, {}, nullptr}; }
    Result<Git::PushResult> pushNewCommit(const QString &branch);

    GitFixture m_fixture; // HOME in a temporary folder: ~/.ssh is the test's
    std::unique_ptr<SshGitServer> m_server;
    TestCredentials m_credentials;
    QString m_knownHosts;
    QString m_clientKey;
    std::unique_ptr<QTemporaryDir> m_work;
    QString m_name;
    QString m_bare;
    QString m_local;
    int m_projects = 0;
};

void TestSshTransport::initTestCase()
{
    if (const QString missing = SshGitServer::missingPrograms(); !missing.isEmpty())
        QSKIP(qPrintable(QStringLiteral("no SSH server to test against: missing ") + missing));
    qunsetenv("SSH_AUTH_SOCK"); // only the test's key, never a developer's agent
    m_fixture.initTestCase();
    m_server = std::make_unique<SshGitServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_clientKey = QDir::homePath() + QStringLiteral("/.ssh/id_ed25519");
    QVERIFY(m_clientKey.startsWith(QDir::tempPath()));
    QVERIFY(m_server->addClientKey(m_clientKey));
}

void TestSshTransport::cleanupTestCase()
{
    m_server.reset();
}

void TestSshTransport::init()
{
    m_credentials.reset();
    m_knownHosts = QDir::homePath() + QStringLiteral("/test_known_hosts");
    QVERIFY(writeKnownHosts(m_server->knownHostsLine() + '\n'));
}

bool TestSshTransport::writeKnownHosts(const QByteArray &content) const
{
    return writeFile(m_knownHosts, content);
}

QByteArray TestSshTransport::hostKeyBlob() const
{
    return QByteArray::fromBase64(m_server->knownHostsLine().split(' ').value(2));
}

bool TestSshTransport::newProject()
{
    m_work = std::make_unique<QTemporaryDir>();
    m_name = QStringLiteral("project%1").arg(++m_projects);
    m_bare = m_server->createRepository(m_name);
    m_local = m_work->filePath(QStringLiteral("local"));
    return !m_bare.isEmpty() && seedRepository(m_bare, m_work->filePath(QStringLiteral("seed"))) &&
           cloneWithOrigin(m_bare, m_server->url(m_name), m_local);
}

Result<Git::PushResult> TestSshTransport::pushNewCommit(const QString &branch)
{
    if (!gitOk(m_local,
               {QStringLiteral("switch"), QStringLiteral("-q"), QStringLiteral("-C"), branch}) ||
        !commitFile(m_local, branch + QStringLiteral(".md"), branch.toUtf8() + '\n', branch))
        return Error{ErrorDomain::Git, -1, QStringLiteral("cannot prepare the commit")};
    auto repository = Git::Repository::discover(m_local);
    if (!repository)
        return repository.error();
    return Git::PushOperation(*repository, options())
        .push({QStringLiteral("origin"), branch, {}, true});
}

void TestSshTransport::knownHostsReadsWhatOpenSshWrites()
{
    const QByteArray blob = hostKeyBlob();
    QVERIFY(!blob.isEmpty());
    QCOMPARE(KnownHosts::fingerprint(blob), m_server->hostKeyFingerprint());
    QCOMPARE(KnownHosts::keyType(blob), QStringLiteral("ssh-ed25519"));
    QCOMPARE(KnownHosts::hostName(QStringLiteral("127.0.0.1"), 22), QStringLiteral("127.0.0.1"));

    // Another key of the same type, for "changed".
    const QString otherKey = QDir::homePath() + QStringLiteral("/other_key");
    QVERIFY(runTool(QStringLiteral("ssh-keygen"),
                    {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                     QStringLiteral("-N"), QString(), QStringLiteral("-f"), otherKey}));
    const QList<QByteArray> otherFields = readFile(otherKey + QStringLiteral(".pub")).split(' ');
    const QByteArray otherBlob = QByteArray::fromBase64(otherFields.value(1));
    QVERIFY(!otherBlob.isEmpty());

    const KnownHosts knownHosts(m_knownHosts);
    const QString host = QStringLiteral("127.0.0.1");
    const int port = m_server->port();
    for (const bool hashed : {false, true}) {
        QVERIFY(writeKnownHosts("# a comment\n\nexample.org " + otherFields.value(0) + ' ' +
                                otherFields.value(1) + "\n" + m_server->knownHostsLine() + "\n"));
        if (hashed) {
            // OpenSSH hashes the host names itself: the referee for the |1|salt|hash form.
            QVERIFY(runTool(QStringLiteral("ssh-keygen"),
                            {QStringLiteral("-H"), QStringLiteral("-f"), m_knownHosts}));
            QVERIFY(readFile(m_knownHosts).contains("|1|"));
            QVERIFY(!readFile(m_knownHosts).contains("127.0.0.1"));
        }
        auto known = knownHosts.lookup(host, port, blob);
        QVERIFY2(known, failureText(known).constData());
        QCOMPARE(known->match, KnownHosts::Match::Known);
        auto changed = knownHosts.lookup(host, port, otherBlob);
        QVERIFY(changed);
        QCOMPARE(changed->match, KnownHosts::Match::Changed);
        auto otherPort = knownHosts.lookup(host, port + 1, blob);
        QVERIFY(otherPort);
        QCOMPARE(otherPort->match, KnownHosts::Match::Unknown);
        auto plainPort = knownHosts.lookup(host, 22, blob); // "[127.0.0.1]:p" is not "127.0.0.1"
        QVERIFY(plainPort);
        QCOMPARE(plainPort->match, KnownHosts::Match::Unknown);
        auto otherHost = knownHosts.lookup(QStringLiteral("example.org"), 22, otherBlob);
        QVERIFY(otherHost);
        QCOMPARE(otherHost->match, KnownHosts::Match::Known);
    }

    // Wildcards and negation, as ssh reads them.
    QVERIFY(writeKnownHosts("*.example.org,!evil.example.org " + otherFields.value(0) + ' ' +
                            otherFields.value(1) + '\n'));
    QCOMPARE(knownHosts.lookup(QStringLiteral("docs.example.org"), 22, otherBlob)->match,
             KnownHosts::Match::Known);
    QCOMPARE(knownHosts.lookup(QStringLiteral("evil.example.org"), 22, otherBlob)->match,
             KnownHosts::Match::Unknown);
    // A revoked key is refused even for a host it was never listed with.
    QVERIFY(
        writeKnownHosts("@revoked * " + otherFields.value(0) + ' ' + otherFields.value(1) + '\n'));
    QCOMPARE(knownHosts.lookup(host, port, otherBlob)->match, KnownHosts::Match::Changed);

    // What Folio appends, OpenSSH finds (ssh-keygen -F reads hashed entries).
    QVERIFY(writeKnownHosts("example.org " + otherFields.value(0) + ' ' + otherFields.value(1)));
    auto added = knownHosts.add(host, port, blob);
    QVERIFY2(added, failureText(added).constData());
    QVERIFY(readFile(m_knownHosts).startsWith("example.org ssh-ed25519 "));
    QCOMPARE(readFile(m_knownHosts).count('\n'), 2); // a newline was added before the entry
    QByteArray found;
    QVERIFY(runTool(QStringLiteral("ssh-keygen"),
                    {QStringLiteral("-F"), KnownHosts::hostName(host, port), QStringLiteral("-f"),
                     m_knownHosts},
                    &found));
    QVERIFY2(found.contains(m_server->knownHostsLine().split(' ').value(2)), found.constData());
    QCOMPARE(knownHosts.lookup(host, port, blob)->match, KnownHosts::Match::Known);
}

void TestSshTransport::pushWithTheTestKey()
{
    QVERIFY(newProject());
    auto result = pushNewCommit(QStringLiteral("sa/ssh-change"));
    QVERIFY2(result, failureText(result).constData());
    QCOMPARE(remoteBranchId(m_bare, QStringLiteral("sa/ssh-change")),
             revParse(m_local, QStringLiteral("HEAD")));
    QCOMPARE(result->commitId.toLatin1(), revParse(m_local, QStringLiteral("HEAD")));
    QVERIFY(m_credentials.hostKeyQuestions.isEmpty());
    QVERIFY(m_credentials.passphraseRequests.isEmpty()); // the key is not encrypted
    QVERIFY(fsckClean(m_bare));
}

void TestSshTransport::shallowCloneOverSsh()
{
    QVERIFY(newProject());
    const QString path = m_work->filePath(QStringLiteral("clone"));
    auto result = Git::CloneOperation(options()).clone({m_server->url(m_name), path, true, {}});
    QVERIFY2(result, failureText(result).constData());
    // libgit2 1.8's SSH transport cannot fetch shallow (libgit2 issue #6889): Folio clones in
    // full there and says so.
    const bool shallowWorks = !Git::GitLibrary::version().startsWith(QLatin1String("1.8."));
    QCOMPARE(result->shallow, shallowWorks);
    QCOMPARE(
        gitText(path, {QStringLiteral("rev-parse"), QStringLiteral("--is-shallow-repository")}),
        shallowWorks ? QByteArray("true") : QByteArray("false"));
    QCOMPARE(revParse(path, QStringLiteral("HEAD")), revParse(m_bare, QStringLiteral("main")));
    QVERIFY(fsckClean(path));
}

void TestSshTransport::changedHostKeyIsRefused()
{
    QVERIFY(newProject());
    const QByteArray before = lsRemote(m_bare);
    // known_hosts has another ed25519 key for this host and port: a man in the middle, or a
    // reinstalled server. Never connect, never ask.
    const QString otherKey = m_work->filePath(QStringLiteral("impostor"));
    QVERIFY(runTool(QStringLiteral("ssh-keygen"),
                    {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                     QStringLiteral("-N"), QString(), QStringLiteral("-f"), otherKey}));
    const QList<QByteArray> fields = readFile(otherKey + QStringLiteral(".pub")).split(' ');
    QVERIFY(writeKnownHosts("[127.0.0.1]:" + QByteArray::number(m_server->port()) + ' ' +
                            fields.value(0) + ' ' + fields.value(1) + '\n'));
    m_credentials.hostKeyDecision = Git::HostKeyDecision::AcceptAndRemember; // must not be asked

    auto result = pushNewCommit(QStringLiteral("topic"));
    QVERIFY(!result);
    QVERIFY2(Git::hasCode(result.error(), GitErrorCode::HostKeyChanged),
             qPrintable(result.error().message));
    QVERIFY2(result.error().message.contains(m_server->hostKeyFingerprint()),
             qPrintable(result.error().message));
    QVERIFY(m_credentials.hostKeyQuestions.isEmpty());
    QCOMPARE(lsRemote(m_bare), before);
    QCOMPARE(readFile(m_knownHosts).count('\n'), 1); // nothing appended
}

void TestSshTransport::firstContactAsksAndRemembers()
{
    QVERIFY(newProject());
    m_knownHosts.clear(); // the default: ~/.ssh/known_hosts
    const QString defaultFile = QDir::homePath() + QStringLiteral("/.ssh/known_hosts");
    QFile::remove(defaultFile);
    QCOMPARE(KnownHosts::defaultPath(), defaultFile);
    m_credentials.hostKeyDecision = Git::HostKeyDecision::AcceptAndRemember;

    auto result = pushNewCommit(QStringLiteral("first"));
    QVERIFY2(result, failureText(result).constData());
    QCOMPARE(m_credentials.hostKeyQuestions.size(), 1);
    const Git::HostKeyQuestion question = m_credentials.hostKeyQuestions.first();
    QCOMPARE(question.host, QStringLiteral("127.0.0.1"));
    QCOMPARE(question.port, int(m_server->port()));
    QCOMPARE(question.keyType, QStringLiteral("ssh-ed25519"));
    QCOMPARE(question.fingerprint, m_server->hostKeyFingerprint());
    QCOMPARE(question.knownHostsPath, defaultFile);
    QVERIFY(!question.knownWithOtherTypes);

    QByteArray found;
    QVERIFY(runTool(QStringLiteral("ssh-keygen"),
                    {QStringLiteral("-F"), QStringLiteral("[127.0.0.1]:%1").arg(m_server->port()),
                     QStringLiteral("-f"), defaultFile},
                    &found));
    QVERIFY(found.contains(m_server->knownHostsLine().split(' ').value(2)));

    // Known now: the next push asks nothing.
    auto again = pushNewCommit(QStringLiteral("second"));
    QVERIFY2(again, failureText(again).constData());
    QCOMPARE(m_credentials.hostKeyQuestions.size(), 1);
    QCOMPARE(remoteBranchId(m_bare, QStringLiteral("second")),
             revParse(m_local, QStringLiteral("HEAD")));
}

void TestSshTransport::firstContactRejectedWritesNothing()
{
    QVERIFY(newProject());
    QFile::remove(m_knownHosts);
    const QByteArray before = lsRemote(m_bare);
    m_credentials.hostKeyDecision = Git::HostKeyDecision::Reject;
    auto result = pushNewCommit(QStringLiteral("topic"));
    QVERIFY(!result);
    QVERIFY2(Git::hasCode(result.error(), GitErrorCode::HostKeyRejected),
             qPrintable(result.error().message));
    QCOMPARE(m_credentials.hostKeyQuestions.size(), 1);
    QVERIFY(!QFileInfo::exists(m_knownHosts));
    QCOMPARE(lsRemote(m_bare), before);
}

void TestSshTransport::encryptedKeyAsksForItsPassphrase()
{
    QVERIFY(newProject());
    // Replaces the test key for the rest of the test case (it runs last but one).
    QVERIFY(m_server->addClientKey(m_clientKey, QStringLiteral("correct horse")));

    const QByteArray before = lsRemote(m_bare);
    m_credentials.passphrase = QStringLiteral("wrong horse");
    auto wrong = pushNewCommit(QStringLiteral("locked"));
    QVERIFY(!wrong);
    QVERIFY2(Git::hasCode(wrong.error(), GitErrorCode::AuthenticationFailed),
             qPrintable(wrong.error().message));
    QVERIFY(!wrong.error().message.contains(QLatin1String("horse")));
    QCOMPARE(m_credentials.passphraseRequests.size(), 3); // bounded, then given up
    for (int i = 0; i < 3; ++i)
        QCOMPARE(m_credentials.passphraseRequests[i].attempt, i + 1);
    QCOMPARE(m_credentials.passphraseRequests.first().keyPath, m_clientKey);
    QCOMPARE(lsRemote(m_bare), before);

    m_credentials.reset();
    m_credentials.passphrase = QStringLiteral("correct horse");
    auto right = pushNewCommit(QStringLiteral("unlocked"));
    QVERIFY2(right, failureText(right).constData());
    QCOMPARE(m_credentials.passphraseRequests.size(), 1);
    QCOMPARE(remoteBranchId(m_bare, QStringLiteral("unlocked")),
             revParse(m_local, QStringLiteral("HEAD")));
}

void TestSshTransport::noKeyIsAuthenticationFailed()
{
    QVERIFY(newProject());
    QVERIFY(QFile::remove(m_clientKey));
    QVERIFY(QFile::remove(m_clientKey + QStringLiteral(".pub")));
    auto result = pushNewCommit(QStringLiteral("topic"));
    QVERIFY(!result);
    QVERIFY2(Git::hasCode(result.error(), GitErrorCode::AuthenticationFailed),
             qPrintable(result.error().message));
}

QTEST_GUILESS_MAIN(TestSshTransport)
#include "tst_sshtransport.moc"
