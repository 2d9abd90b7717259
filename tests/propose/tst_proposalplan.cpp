#include "git/commitmessage.h"
#include "propose/branchname.h"
#include "propose/handbooksettings.h"
#include "propose/proposalplanbuilder.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Folio;
using Folio::Handbook::PageEntry;
using Folio::Propose::HandbookSettings;
using Folio::Propose::ProposalPlanBuilder;
using Pages = QList<PageEntry>;

namespace {

const PageEntry DemoEnvironments{
    QStringLiteral("content/handbook/solutions-architects/demo-environments.md"),
    QStringLiteral("Demo environments")};
const PageEntry SolutionsArchitects{
    QStringLiteral("content/handbook/solutions-architects/_index.md"),
    QStringLiteral("Solutions Architects")};
const PageEntry Discovery{
    QStringLiteral("sites/handbook/source/handbook/sales/discovery-calls/index.html.md"),
    QStringLiteral("Discovery calls")};

HandbookSettings settingsFrom(const QByteArray &yaml)
{
    auto settings = HandbookSettings::parse(yaml);
    return settings ? settings.value() : HandbookSettings();
}

bool gitAcceptsBranch(const QString &name)
{
    QTemporaryDir dir;
    return Test::git(dir.path(),
                     {QStringLiteral("check-ref-format"), QStringLiteral("--branch"), name})
               .exitCode == 0;
}

} // namespace

class TestProposalPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onePage();
    void severalPages();
    void explicitTitleAndDescription();
    void targetBranch();
    void refusesWhatCannotBePushed();
    void carriesSettings();
    void branchName_data();
    void branchName();
    void randomIdsDiffer();
    void branchNameCheckAgreesWithGit_data();
    void branchNameCheckAgreesWithGit();
};

void TestProposalPlan::onePage()
{
    const auto plan = ProposalPlanBuilder()
                          .setPages({DemoEnvironments})
                          .setAuthor(QStringLiteral("Jane Doe"))
                          .setRemoteDefaultBranch(QStringLiteral("main"))
                          .setUniqueId(QStringLiteral("k3x9q2"))
                          .build();
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
    QCOMPARE(plan->title, QStringLiteral("Update Demo environments"));
    QCOMPARE(plan->description,
             QStringLiteral("Changed page:\n- Demo environments "
                            "(`content/handbook/solutions-architects/demo-environments.md`)"));
    QCOMPARE(plan->sourceBranch, QStringLiteral("jane-doe-demo-environments-k3x9q2"));
    QCOMPARE(plan->targetBranch, QStringLiteral("main"));
    QCOMPARE(plan->author, QStringLiteral("Jane Doe"));
    QCOMPARE(plan->pages.size(), 1);
}

void TestProposalPlan::severalPages()
{
    const Pages pages{DemoEnvironments, SolutionsArchitects, {QStringLiteral("content/x.md"), {}}};
    const auto plan = ProposalPlanBuilder()
                          .setPages(pages)
                          .setAuthor(QStringLiteral("Jane Doe"))
                          .setRemoteDefaultBranch(QStringLiteral("main"))
                          .setUniqueId(QStringLiteral("k3x9q2"))
                          .build();
    QVERIFY(plan);
    // The same subject as the commit, so the merge request and the history agree.
    QCOMPARE(plan->title, Git::defaultCommitMessage({pages[0].path, pages[1].path, pages[2].path},
                                                    {{pages[0].path, pages[0].title}}));
    QCOMPARE(plan->title, QStringLiteral("Update 3 pages in content"));
    QCOMPARE(
        plan->description,
        QStringLiteral(
            "Changed pages:\n"
            "- Demo environments (`content/handbook/solutions-architects/demo-environments.md`)\n"
            "- Solutions Architects (`content/handbook/solutions-architects/_index.md`)\n"
            "- `content/x.md`"));
    QCOMPARE(plan->sourceBranch, QStringLiteral("jane-doe-3-pages-in-content-k3x9q2"));

    const auto twoInSection = ProposalPlanBuilder()
                                  .setPages({DemoEnvironments, SolutionsArchitects})
                                  .setAuthor(QStringLiteral("Jane Doe"))
                                  .setRemoteDefaultBranch(QStringLiteral("main"))
                                  .setUniqueId(QStringLiteral("k3x9q2"))
                                  .build();
    QVERIFY(twoInSection);
    QCOMPARE(twoInSection->title,
             QStringLiteral("Update 2 pages in content/handbook/solutions-architects"));
    QCOMPARE(twoInSection->sourceBranch,
             QStringLiteral("jane-doe-2-pages-in-solutions-architects-k3x9q2"));
}

void TestProposalPlan::explicitTitleAndDescription()
{
    const auto plan = ProposalPlanBuilder()
                          .setPages({Discovery})
                          .setRemoteDefaultBranch(QStringLiteral("main"))
                          .setTitle(QStringLiteral("  Fix the discovery\ncall checklist "))
                          .setDescription(QStringLiteral("\r\nThe checklist missed a step.\r\n\r\n"
                                                         "Thanks!\r\n"))
                          .setUniqueId(QStringLiteral("abc123"))
                          .build();
    QVERIFY(plan);
    QCOMPARE(plan->title, QStringLiteral("Fix the discovery call checklist"));
    QCOMPARE(plan->description,
             QStringLiteral("The checklist missed a step.\n\nThanks!\n\nChanged page:\n"
                            "- Discovery calls (`sites/handbook/source/handbook/sales/"
                            "discovery-calls/index.html.md`)"));
    // Without a user name the branch still says what changed.
    QCOMPARE(plan->sourceBranch, QStringLiteral("discovery-calls-abc123"));

    const auto whitespaceTitle = ProposalPlanBuilder()
                                     .setPages({Discovery})
                                     .setRemoteDefaultBranch(QStringLiteral("main"))
                                     .setTitle(QStringLiteral(" \n "))
                                     .build();
    QVERIFY(whitespaceTitle);
    QCOMPARE(whitespaceTitle->title, QStringLiteral("Update Discovery calls"));
}

void TestProposalPlan::targetBranch()
{
    const auto fromRemote = ProposalPlanBuilder()
                                .setPages({Discovery})
                                .setRemoteDefaultBranch(QStringLiteral("master"))
                                .build();
    QVERIFY(fromRemote);
    QCOMPARE(fromRemote->targetBranch, QStringLiteral("master"));

    const auto fromSettings = ProposalPlanBuilder(settingsFrom("target_branch: handbook-next\n"))
                                  .setPages({Discovery})
                                  .setRemoteDefaultBranch(QStringLiteral("master"))
                                  .build();
    QVERIFY(fromSettings);
    QCOMPARE(fromSettings->targetBranch, QStringLiteral("handbook-next"));

    // What the user chose in the dialog wins over the settings and the remote.
    const auto chosen = ProposalPlanBuilder(settingsFrom("target_branch: handbook-next\n"))
                            .setPages({Discovery})
                            .setRemoteDefaultBranch(QStringLiteral("master"))
                            .setTargetBranch(QStringLiteral(" release "))
                            .build();
    QVERIFY(chosen);
    QCOMPARE(chosen->targetBranch, QStringLiteral("release"));
    QVERIFY(!ProposalPlanBuilder()
                 .setPages({Discovery})
                 .setRemoteDefaultBranch(QStringLiteral("master"))
                 .setTargetBranch(QStringLiteral("not a branch"))
                 .build());

    const auto unknown = ProposalPlanBuilder().setPages({Discovery}).build();
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().domain, ErrorDomain::Proposal);
}

void TestProposalPlan::refusesWhatCannotBePushed()
{
    QVERIFY(!ProposalPlanBuilder().setRemoteDefaultBranch(QStringLiteral("main")).build());
    // Git 2.39 takes "@" as a branch name, but in revisions it means HEAD: too confusing.
    QVERIFY(!Propose::BranchName::check(QStringLiteral("@")));

    const auto invalid = ProposalPlanBuilder()
                             .setPages({Discovery})
                             .setRemoteDefaultBranch(QStringLiteral("main"))
                             .setSourceBranch(QStringLiteral("my change"))
                             .build();
    QVERIFY(!invalid);
    QVERIFY2(invalid.error().message.contains(QLatin1String("' '")),
             qPrintable(invalid.error().message));

    // GitLab ignores push options on the target branch itself.
    QVERIFY(!ProposalPlanBuilder()
                 .setPages({Discovery})
                 .setRemoteDefaultBranch(QStringLiteral("main"))
                 .setSourceBranch(QStringLiteral("main"))
                 .build());

    const auto edited = ProposalPlanBuilder()
                            .setPages({Discovery})
                            .setRemoteDefaultBranch(QStringLiteral("main"))
                            .setSourceBranch(QStringLiteral(" jane/discovery_calls "))
                            .build();
    QVERIFY(edited);
    QCOMPARE(edited->sourceBranch, QStringLiteral("jane/discovery_calls"));
}

void TestProposalPlan::carriesSettings()
{
    const auto plan = ProposalPlanBuilder(settingsFrom("labels: [docs, SA-HANDBOOK]\n"
                                                       "reviewers: [alice]\n"
                                                       "assignees: [\"@bob\"]\n"
                                                       "draft: true\n"
                                                       "remove_source_branch: false\n"))
                          .setPages({Discovery})
                          .setRemoteDefaultBranch(QStringLiteral("main"))
                          .build();
    QVERIFY(plan);
    QCOMPARE(plan->labels, QStringList({"docs", "SA-HANDBOOK"}));
    QCOMPARE(plan->reviewers, QStringList{"alice"});
    QCOMPARE(plan->assignees, QStringList{"bob"});
    QCOMPARE(plan->draft, true);
    QCOMPARE(plan->removeSourceBranch, false);

    const auto defaults =
        ProposalPlanBuilder().setPages({Discovery}).setRemoteDefaultBranch("main").build();
    QVERIFY(defaults);
    QCOMPARE(defaults->labels, QStringList{"SA-HANDBOOK"});
    QCOMPARE(defaults->draft, false);
    QCOMPARE(defaults->removeSourceBranch, true);
}

void TestProposalPlan::branchName_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<Pages>("pages");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << "Jane Doe" << Pages{DemoEnvironments} << "k3x9q2"
                           << "jane-doe-demo-environments-k3x9q2";
    QTest::newRow("accents and ß")
        << QStringLiteral("Jürgen Weiß-Łukasz") << Pages{Discovery} << "k3x9q2"
        << "jurgen-weiss-lukasz-discovery-calls-k3x9q2";
    QTest::newRow("punctuation and capitals")
        << "O'Brien, Seán" << Pages{{"a.md", "FAQ: What's new?! (2024)"}} << "ID1"
        << "o-brien-sean-faq-what-s-new-2024-id1";
    QTest::newRow("no ASCII at all")
        << QStringLiteral("山田太郎") << Pages{{"a.md", "ようこそ"}} << "k3x9q2"
        << "k3x9q2";
    QTest::newRow("section page without title")
        << "jane" << Pages{{"content/handbook/sales/_index.md", {}}} << "k3x9q2"
        << "jane-sales-k3x9q2";
    QTest::newRow("Middleman page without title")
        << "jane" << Pages{{"sites/handbook/source/handbook/sales/index.html.md", {}}} << "k3x9q2"
        << "jane-sales-k3x9q2";
    QTest::newRow("page without title")
        << "jane" << Pages{{"docs/getting-started.md", {}}} << "k3x9q2"
        << "jane-getting-started-k3x9q2";
    QTest::newRow("long title cut at a word")
        << "Maximilian Alexander von Hohenberg-Schillingsfürst"
        << Pages{{"a.md", "A very long page title about the onboarding of new solutions "
                          "architects in the EMEA region"}}
        << "k3x9q2"
        << "maximilian-alexander-a-very-long-page-title-about-the-k3x9q2";
    QTest::newRow("one endless word")
        << "jane" << Pages{{"a.md", QString(100, u'x')}} << "k3x9q2"
        << QStringLiteral("jane-") + QString(48, u'x') + QStringLiteral("-k3x9q2");
}

void TestProposalPlan::branchName()
{
    QFETCH(QString, user);
    QFETCH(Pages, pages);
    QFETCH(QString, id);
    QFETCH(QString, expected);
    const QString name = ProposalPlanBuilder::branchName(user, pages, id);
    QCOMPARE(name, expected);
    QVERIFY(name.size() <= ProposalPlanBuilder::MaximumBranchLength);
    static const QRegularExpression allowed(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    QVERIFY2(allowed.match(name).hasMatch(), qPrintable(name));
    QVERIFY(Propose::BranchName::check(name));
    QVERIFY2(gitAcceptsBranch(name), qPrintable(name));
}

void TestProposalPlan::randomIdsDiffer()
{
    const QString first = ProposalPlanBuilder::randomId();
    QCOMPARE(first.size(), 6);
    QVERIFY(QRegularExpression(QStringLiteral("^[a-z0-9]{6}$")).match(first).hasMatch());
    // 36^6 ids: ten draws all equal to the first would mean no randomness at all.
    bool differs = false;
    for (int i = 0; i < 10; ++i)
        differs = differs || ProposalPlanBuilder::randomId() != first;
    QVERIFY(differs);

    const auto a = ProposalPlanBuilder().setPages({Discovery}).setRemoteDefaultBranch("main");
    const auto planA = a.build();
    QVERIFY(planA);
    QVERIFY(planA->sourceBranch.startsWith(QLatin1String("discovery-calls-")));
}

void TestProposalPlan::branchNameCheckAgreesWithGit_data()
{
    QTest::addColumn<QString>("name");
    for (const char *name :
         {"main",    "jane/fix-typo", "a.b",        "feature/x_y",  "-leading-dash", "has space",
          "a..b",    "a~b",           "a^b",        "a:b",          "a?b",           "a*b",
          "a[b",     "a\\b",          "trailing/",  "trailing.",    "a//b",          "/leading",
          ".hidden", "dir/.hidden",   "x.lock",     "dir/x.lock/y", "a@{b",          "HEAD",
          "ok@b",    "tab\tname",     "caf\xc3\xa9"}) {
        QTest::newRow(name) << QString::fromUtf8(name);
    }
}

void TestProposalPlan::branchNameCheckAgreesWithGit()
{
    QFETCH(QString, name);
    const auto checked = Propose::BranchName::check(name);
    QCOMPARE(checked.hasValue(), gitAcceptsBranch(name));
    if (!checked)
        QVERIFY(checked.error().message.contains(QLatin1String("is not a valid branch name")));
}

QTEST_GUILESS_MAIN(TestProposalPlan)
#include "tst_proposalplan.moc"
