#include "propose/mergerequesturl.h"
#include "testsupport.h"

#include <QTest>

using namespace Folio;
using Folio::Propose::ProposalPlan;
namespace MergeRequestUrl = Folio::Propose::MergeRequestUrl;

namespace {

ProposalPlan plan()
{
    ProposalPlan plan;
    plan.title = QStringLiteral("Update Demo environments");
    plan.description = QStringLiteral("Changed page:\n- Demo environments");
    plan.sourceBranch = QStringLiteral("jane-doe-demo-environments-k3x9q2");
    plan.targetBranch = QStringLiteral("main");
    plan.labels.clear();
    plan.removeSourceBranch = true;
    return plan;
}

} // namespace

class TestMergeRequestUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void projectUrl_data();
    void projectUrl();
    void refusesRemotesWithoutWebPage_data();
    void refusesRemotesWithoutWebPage();
    void exactUrl();
    void encoding_data();
    void encoding();
    void quickActions();
};

void TestMergeRequestUrl::projectUrl_data()
{
    QTest::addColumn<QString>("remote");
    QTest::addColumn<QString>("expected");
    QTest::newRow("https") << "https://gitlab.com/gitlab-com/www-gitlab-com.git"
                           << "https://gitlab.com/gitlab-com/www-gitlab-com";
    QTest::newRow("https with subgroups") << "https://gitlab.example.com/group/sub/project.git"
                                          << "https://gitlab.example.com/group/sub/project";
    QTest::newRow("https without .git, trailing slash")
        << "https://gitlab.example.com/group/sub/deeper/project/"
        << "https://gitlab.example.com/group/sub/deeper/project";
    QTest::newRow("https with credentials and port")
        << "https://oauth2:s3cret@gitlab.example.com:8443/group/project.git"
        << "https://gitlab.example.com:8443/group/project";
    QTest::newRow("http stays http") << "http://gitlab.local/group/project.git"
                                     << "http://gitlab.local/group/project";
    QTest::newRow("scp-like") << "git@gitlab.com:group/project.git"
                              << "https://gitlab.com/group/project";
    QTest::newRow("scp-like with subgroups") << "git@gitlab.example.com:group/sub/project.git"
                                             << "https://gitlab.example.com/group/sub/project";
    QTest::newRow("scp-like without user") << "gitlab.example.com:group/project"
                                           << "https://gitlab.example.com/group/project";
    QTest::newRow("ssh with port") << "ssh://git@gitlab.example.com:2222/group/project.git"
                                   << "https://gitlab.example.com/group/project";
    QTest::newRow("ssh with port and subgroups")
        << "ssh://git@gitlab.example.com:2222/group/sub/project.git"
        << "https://gitlab.example.com/group/sub/project";
    QTest::newRow("ssh without port") << "ssh://git@gitlab.example.com/group/project.git"
                                      << "https://gitlab.example.com/group/project";
    QTest::newRow("surrounding whitespace") << "  https://gitlab.com/a/b.git\n"
                                            << "https://gitlab.com/a/b";
    QTest::newRow("encoded path") << "https://gitlab.com/group/my%20project.git"
                                  << "https://gitlab.com/group/my%20project";
}

void TestMergeRequestUrl::projectUrl()
{
    QFETCH(QString, remote);
    QFETCH(QString, expected);
    const auto url = MergeRequestUrl::projectUrl(remote);
    QVERIFY2(url, qPrintable(url ? QString() : url.error().toString()));
    QCOMPARE(url->toString(QUrl::FullyEncoded), expected);
    QVERIFY(url->userInfo().isEmpty());
}

void TestMergeRequestUrl::refusesRemotesWithoutWebPage_data()
{
    QTest::addColumn<QString>("remote");
    QTest::newRow("empty") << "";
    QTest::newRow("absolute folder (the demo's origin)") << "/home/jane/demo-handbook-origin.git";
    QTest::newRow("relative folder") << "../origin.git";
    QTest::newRow("file URL") << "file:///srv/git/handbook.git";
    QTest::newRow("Windows path") << "C:/repos/handbook.git";
    QTest::newRow("host without project") << "https://gitlab.com/";
    QTest::newRow("unknown scheme") << "ftp://gitlab.com/group/project.git";
}

void TestMergeRequestUrl::refusesRemotesWithoutWebPage()
{
    QFETCH(QString, remote);
    const auto url = MergeRequestUrl::projectUrl(remote);
    QVERIFY2(!url, qPrintable(url ? url->toString() : QString()));
    QCOMPARE(url.error().domain, ErrorDomain::Proposal);
    QVERIFY(!MergeRequestUrl::newMergeRequest(remote, plan()));
}

void TestMergeRequestUrl::exactUrl()
{
    const auto url = MergeRequestUrl::newMergeRequest(
        QStringLiteral("git@gitlab.com:group/sub/project.git"), plan());
    QVERIFY(url);
    QCOMPARE(url->toString(QUrl::FullyEncoded),
             QStringLiteral("https://gitlab.com/group/sub/project/-/merge_requests/new?"
                            "merge_request%5Bsource_branch%5D=jane-doe-demo-environments-k3x9q2&"
                            "merge_request%5Btarget_branch%5D=main&"
                            "merge_request%5Btitle%5D=Update%20Demo%20environments&"
                            "merge_request%5Bdescription%5D=Changed%20page%3A%0A-%20Demo%20"
                            "environments"));
    // What a browser gets is exactly these bytes.
    QCOMPARE(url->toEncoded(), url->toString(QUrl::FullyEncoded).toLatin1());
}

void TestMergeRequestUrl::encoding_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("encoded");
    QTest::newRow("spaces") << "a b"
                            << "a%20b";
    QTest::newRow("ampersand and equals") << "R&D = fun"
                                          << "R%26D%20%3D%20fun";
    QTest::newRow("hash") << "Issue #12"
                          << "Issue%20%2312";
    QTest::newRow("plus") << "C++ tips"
                          << "C%2B%2B%20tips";
    QTest::newRow("percent") << "100% done"
                             << "100%25%20done";
    QTest::newRow("brackets") << "[WIP] x"
                              << "%5BWIP%5D%20x";
    QTest::newRow("non-ASCII") << QStringLiteral("Café – Über")
                               << "Caf%C3%A9%20%E2%80%93%20%C3%9Cber";
    QTest::newRow("emoji") << QStringLiteral("Ship it 🚀") << "Ship%20it%20%F0%9F%9A%80";
}

void TestMergeRequestUrl::encoding()
{
    QFETCH(QString, title);
    QFETCH(QString, encoded);
    ProposalPlan p = plan();
    p.title = title;
    p.sourceBranch = QStringLiteral("jane/x&y");
    const auto url = MergeRequestUrl::newMergeRequest(
        QStringLiteral("https://gitlab.example.com/group/project.git"), p);
    QVERIFY(url);
    const QString text = url->toString(QUrl::FullyEncoded);
    QVERIFY2(text.contains(QStringLiteral("&merge_request%5Btitle%5D=") + encoded + u'&'),
             qPrintable(text));
    QVERIFY(text.contains(QLatin1String("merge_request%5Bsource_branch%5D=jane%2Fx%26y&")));
    QCOMPARE(Test::queryParameter(url.value(), QStringLiteral("merge_request[title]")), title);
    QCOMPARE(Test::queryParameter(url.value(), QStringLiteral("merge_request[source_branch]")),
             p.sourceBranch);
    QCOMPARE(url->fragment(), QString());
}

void TestMergeRequestUrl::quickActions()
{
    ProposalPlan p = plan();
    p.labels = QStringList{"SA-HANDBOOK", "Solutions Architects"};
    p.assignees = QStringList{"alice"};
    p.reviewers = QStringList{"@bob", "carol"};
    p.draft = true;
    const auto url =
        MergeRequestUrl::newMergeRequest(QStringLiteral("https://gitlab.com/g/p.git"), p);
    QVERIFY(url);
    QCOMPARE(Test::queryParameter(url.value(), QStringLiteral("merge_request[description]")),
             QStringLiteral("Changed page:\n- Demo environments\n\n"
                            "/label ~\"SA-HANDBOOK\"\n"
                            "/label ~\"Solutions Architects\"\n"
                            "/assign @alice\n"
                            "/assign_reviewer @bob\n"
                            "/assign_reviewer @carol\n"
                            "/draft"));
    QVERIFY(url->toString(QUrl::FullyEncoded)
                .contains(QLatin1String("%0A%2Flabel%20~%22Solutions%20Architects%22%0A")));

    // Without a description the quick actions are the whole description.
    p.description.clear();
    p.labels = QStringList{"docs"};
    p.assignees.clear();
    p.reviewers.clear();
    p.draft = false;
    const auto bare = MergeRequestUrl::newMergeRequest(QStringLiteral("https://gitlab.com/g/p"), p);
    QVERIFY(bare);
    QCOMPARE(Test::queryParameter(bare.value(), QStringLiteral("merge_request[description]")),
             QStringLiteral("/label ~\"docs\""));
}

QTEST_GUILESS_MAIN(TestMergeRequestUrl)
#include "tst_mergerequesturl.moc"
