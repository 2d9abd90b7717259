#include "git/cloneurl.h"

#include <QTest>

using Folio::Git::CloneUrl;

Q_DECLARE_METATYPE(CloneUrl::Problem)
Q_DECLARE_METATYPE(CloneUrl::Kind)

// What the Clone dialog accepts before anything goes on the network, and the folder name it
// proposes: the same as `git clone` would pick.
class TestCloneUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepted_data();
    void accepted();
    void refused_data();
    void refused();
    void repositoryNameSurvivesASecret();
};

void TestCloneUrl::accepted_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<CloneUrl::Kind>("kind");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("name");

    using Kind = CloneUrl::Kind;
    QTest::newRow("gitlab https") << QStringLiteral(
                                         "https://gitlab.com/gitlab-com/content-sites/handbook.git")
                                  << Kind::Https << QStringLiteral("gitlab.com")
                                  << QStringLiteral("handbook");
    QTest::newRow("without .git") << QStringLiteral("https://gitlab.com/gitlab-com/www-gitlab-com")
                                  << Kind::Https << QStringLiteral("gitlab.com")
                                  << QStringLiteral("www-gitlab-com");
    QTest::newRow("trailing slash and blanks")
        << QStringLiteral("  https://gitlab.example.com:8443/docs/handbook/ \n") << Kind::Https
        << QStringLiteral("gitlab.example.com") << QStringLiteral("handbook");
    QTest::newRow("user name only")
        << QStringLiteral("https://ada@gitlab.com/team/handbook.git") << Kind::Https
        << QStringLiteral("gitlab.com") << QStringLiteral("handbook");
    QTest::newRow("upper-case scheme")
        << QStringLiteral("HTTPS://gitlab.com/team/handbook.git") << Kind::Https
        << QStringLiteral("gitlab.com") << QStringLiteral("handbook");
    QTest::newRow("http") << QStringLiteral("http://127.0.0.1:8080/git/handbook1.git") << Kind::Http
                          << QStringLiteral("127.0.0.1") << QStringLiteral("handbook1");
    QTest::newRow("scp-like") << QStringLiteral(
                                     "git@gitlab.com:gitlab-com/content-sites/handbook.git")
                              << Kind::Ssh << QStringLiteral("gitlab.com")
                              << QStringLiteral("handbook");
    QTest::newRow("scp-like without user")
        << QStringLiteral("gitlab.com:team/handbook") << Kind::Ssh << QStringLiteral("gitlab.com")
        << QStringLiteral("handbook");
    QTest::newRow("ssh url") << QStringLiteral("ssh://git@gitlab.com:2222/team/handbook.git")
                             << Kind::Ssh << QStringLiteral("gitlab.com")
                             << QStringLiteral("handbook");
    QTest::newRow("git+ssh url") << QStringLiteral("git+ssh://git@host.example/handbook.git")
                                 << Kind::Ssh << QStringLiteral("host.example")
                                 << QStringLiteral("handbook");
    QTest::newRow("percent-encoded name")
        << QStringLiteral("https://git.example/team/hand%20book.git") << Kind::Https
        << QStringLiteral("git.example") << QStringLiteral("hand book");
}

void TestCloneUrl::accepted()
{
    QFETCH(QString, text);
    QFETCH(CloneUrl::Kind, kind);
    QFETCH(QString, host);
    QFETCH(QString, name);
    const CloneUrl url = CloneUrl::parse(text);
    QCOMPARE(url.problem(), CloneUrl::Problem::None);
    QVERIFY(url.isValid());
    QCOMPARE(url.url(), text.trimmed());
    QCOMPARE(url.kind(), kind);
    QCOMPARE(url.host(), host);
    QCOMPARE(url.repositoryName(), name);
}

void TestCloneUrl::refused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<CloneUrl::Problem>("problem");

    using Problem = CloneUrl::Problem;
    QTest::newRow("empty") << QString() << Problem::Empty;
    QTest::newRow("blanks") << QStringLiteral("  \t") << Problem::Empty;
    QTest::newRow("git protocol") << QStringLiteral("git://gitlab.com/team/handbook.git")
                                  << Problem::UnsupportedScheme;
    QTest::newRow("file url") << QStringLiteral("file:///srv/git/handbook.git")
                              << Problem::UnsupportedScheme;
    QTest::newRow("ftp") << QStringLiteral("ftp://example.com/handbook.git")
                         << Problem::UnsupportedScheme;
    QTest::newRow("no scheme") << QStringLiteral("gitlab.com/team/handbook")
                               << Problem::NotAnAddress;
    QTest::newRow("absolute path")
        << QStringLiteral("/srv/git/handbook.git") << Problem::NotAnAddress;
    QTest::newRow("relative path") << QStringLiteral("./handbook") << Problem::NotAnAddress;
    QTest::newRow("windows drive")
        << QStringLiteral("C:\\repos\\handbook") << Problem::NotAnAddress;
    QTest::newRow("space inside") << QStringLiteral("https://gitlab.com/team/hand book.git")
                                  << Problem::NotAnAddress;
    QTest::newRow("no host") << QStringLiteral("https:///team/handbook.git")
                             << Problem::NotAnAddress;
    QTest::newRow("server only") << QStringLiteral("https://gitlab.com/") << Problem::NoRepository;
    QTest::newRow("server without slash")
        << QStringLiteral("https://gitlab.com") << Problem::NoRepository;
    QTest::newRow("scp-like without path")
        << QStringLiteral("git@gitlab.com:") << Problem::NoRepository;
    QTest::newRow("password") << QStringLiteral("https://ada:s3cret@gitlab.com/team/handbook.git")
                              << Problem::ContainsSecret;
    QTest::newRow("oauth2 token")
        << QStringLiteral("https://oauth2:glpat-abcdefghij0123456789@gitlab.com/team/handbook.git")
        << Problem::ContainsSecret;
    QTest::newRow("token as user name")
        << QStringLiteral("https://glpat-abcdefghij0123456789@gitlab.com/team/handbook.git")
        << Problem::ContainsSecret;
    QTest::newRow("github token") << QStringLiteral("https://ghp_abc123@github.com/o/handbook.git")
                                  << Problem::ContainsSecret;
    QTest::newRow("token in query")
        << QStringLiteral("https://gitlab.com/team/handbook.git?private_token=abc")
        << Problem::ContainsSecret;
    QTest::newRow("ssh password") << QStringLiteral(
                                         "ssh://git:hunter2@gitlab.com/team/handbook.git")
                                  << Problem::ContainsSecret;
    QTest::newRow("scp-like password")
        << QStringLiteral("git:hunter2@gitlab.com:team/handbook.git") << Problem::ContainsSecret;
}

void TestCloneUrl::refused()
{
    QFETCH(QString, text);
    QFETCH(CloneUrl::Problem, problem);
    const CloneUrl url = CloneUrl::parse(text);
    QCOMPARE(url.problem(), problem);
    QVERIFY(!url.isValid());
}

// The folder name still follows the address while the dialog explains what is wrong with it.
void TestCloneUrl::repositoryNameSurvivesASecret()
{
    const CloneUrl url =
        CloneUrl::parse(QStringLiteral("https://ada:s3cret@gitlab.com/team/handbook.git"));
    QCOMPARE(url.problem(), CloneUrl::Problem::ContainsSecret);
    QCOMPARE(url.repositoryName(), QStringLiteral("handbook"));
    QCOMPARE(url.scheme(), QStringLiteral("https"));
    QCOMPARE(CloneUrl::parse(QStringLiteral("ftp://example.com/x.git")).scheme(),
             QStringLiteral("ftp"));
}

QTEST_GUILESS_MAIN(TestCloneUrl)
#include "tst_cloneurl.moc"
