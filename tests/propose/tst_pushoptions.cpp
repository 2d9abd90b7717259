#include "propose/pushoptions.h"

#include <QTest>

using namespace Folio;
using Folio::Propose::ProposalPlan;

namespace {

ProposalPlan knownPlan()
{
    ProposalPlan plan;
    plan.title = QStringLiteral("Update Demo environments");
    plan.description = QStringLiteral("Changed page:\n- Demo environments (`demo.md`)");
    plan.sourceBranch = QStringLiteral("jane-doe-demo-environments-k3x9q2");
    plan.targetBranch = QStringLiteral("main");
    plan.labels = QStringList{QStringLiteral("SA-HANDBOOK")};
    plan.removeSourceBranch = true;
    return plan;
}

void verifySendable(const QStringList &options)
{
    for (const QString &option : options) {
        QVERIFY2(!option.contains(u'\n'), qPrintable(option));
        QVERIFY2(!option.contains(u'\r'), qPrintable(option));
        QVERIFY2(!option.contains(QChar(0)), qPrintable(option));
        QVERIFY2(option.startsWith(QLatin1String("merge_request.")), qPrintable(option));
    }
}

} // namespace

class TestPushOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exactListForKnownPlan();
    void multiLineDescription();
    void everyLabelAssigneeAndReviewer();
    void draftAndKeepSourceBranch();
    void valuesAreNotShellQuoted();
    void neverNewlines_data();
    void neverNewlines();
    void refusesNul();
};

void TestPushOptions::exactListForKnownPlan()
{
    const auto options = Propose::PushOptions::forGitLab(knownPlan());
    QVERIFY(options);
    const QStringList expected{
        "merge_request.create",
        "merge_request.target=main",
        "merge_request.title=Update Demo environments",
        "merge_request.description=Changed page:\\n- Demo environments (`demo.md`)",
        "merge_request.label=SA-HANDBOOK",
        "merge_request.remove_source_branch",
    };
    QCOMPARE(options.value(), expected);
}

void TestPushOptions::multiLineDescription()
{
    ProposalPlan plan = knownPlan();
    plan.description = QStringLiteral("First line\r\nSecond line\n\n- item\r\n");
    const auto options = Propose::PushOptions::forGitLab(plan);
    QVERIFY(options);
    // Each newline is the two characters backslash and n; CR is dropped.
    QCOMPARE(options->at(3),
             QStringLiteral("merge_request.description=First line\\nSecond line\\n\\n- item\\n"));
    verifySendable(options.value());
}

void TestPushOptions::everyLabelAssigneeAndReviewer()
{
    ProposalPlan plan = knownPlan();
    plan.labels = QStringList{"SA-HANDBOOK", "Solutions Architects", "docs"};
    plan.assignees = QStringList{"alice", "@bob"};
    plan.reviewers = QStringList{"carol", "@dave"};
    plan.removeSourceBranch = false;
    const auto options = Propose::PushOptions::forGitLab(plan);
    QVERIFY(options);
    const QStringList expected{
        "merge_request.create",
        "merge_request.target=main",
        "merge_request.title=Update Demo environments",
        // No push option sets reviewers: a quick action in the description does.
        "merge_request.description=Changed page:\\n- Demo environments (`demo.md`)\\n\\n"
        "/assign_reviewer @carol\\n/assign_reviewer @dave",
        "merge_request.label=SA-HANDBOOK",
        "merge_request.label=Solutions Architects",
        "merge_request.label=docs",
        "merge_request.assign=alice",
        "merge_request.assign=bob",
    };
    QCOMPARE(options.value(), expected);
}

void TestPushOptions::draftAndKeepSourceBranch()
{
    ProposalPlan plan = knownPlan();
    plan.draft = true;
    plan.removeSourceBranch = false;
    plan.labels.clear();
    const auto options = Propose::PushOptions::forGitLab(plan);
    QVERIFY(options);
    QVERIFY(options->contains(QStringLiteral("merge_request.draft")));
    QVERIFY(!options->contains(QStringLiteral("merge_request.remove_source_branch")));
    QCOMPARE(options->filter(QStringLiteral("merge_request.label")).size(), 0);
    QCOMPARE(options->last(), QStringLiteral("merge_request.draft"));
}

void TestPushOptions::valuesAreNotShellQuoted()
{
    ProposalPlan plan = knownPlan();
    plan.title = QStringLiteral("Say \"hello\" & 'bye' $HOME `x`");
    const auto options = Propose::PushOptions::forGitLab(plan);
    QVERIFY(options);
    QCOMPARE(options->at(2), QStringLiteral("merge_request.title=Say \"hello\" & 'bye' $HOME `x`"));
}

void TestPushOptions::neverNewlines_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("assignee");
    QTest::newRow("plain") << "t"
                           << "d"
                           << "l"
                           << "a";
    QTest::newRow("newline in title") << "two\nlines"
                                      << "d"
                                      << "l"
                                      << "a";
    QTest::newRow("CRLF everywhere") << "a\r\nb"
                                     << "c\r\nd\r\n"
                                     << "e\r\nf"
                                     << "g\r\n";
    QTest::newRow("lone CR") << "a\rb"
                             << "c\rd"
                             << "l"
                             << "a";
    QTest::newRow("only newlines") << "\n"
                                   << "\n\n\n"
                                   << "\n"
                                   << "\n";
}

void TestPushOptions::neverNewlines()
{
    QFETCH(QString, title);
    QFETCH(QString, description);
    QFETCH(QString, label);
    QFETCH(QString, assignee);
    ProposalPlan plan = knownPlan();
    plan.title = title;
    plan.description = description;
    plan.labels = QStringList{label};
    plan.assignees = QStringList{assignee};
    plan.reviewers = QStringList{QStringLiteral("rev")};
    const auto options = Propose::PushOptions::forGitLab(plan);
    QVERIFY(options);
    verifySendable(options.value());
    QVERIFY(!options->contains(QStringLiteral("merge_request.label=")));
    QVERIFY(!options->contains(QStringLiteral("merge_request.assign=")));
}

void TestPushOptions::refusesNul()
{
    for (const auto field : {0, 1, 2, 3}) {
        ProposalPlan plan = knownPlan();
        const QString withNul = QStringLiteral("a") + QChar(0) + QStringLiteral("b");
        switch (field) {
        case 0:
            plan.title = withNul;
            break;
        case 1:
            plan.description = withNul;
            break;
        case 2:
            plan.labels = QStringList{withNul};
            break;
        default:
            plan.assignees = QStringList{withNul};
            break;
        }
        const auto options = Propose::PushOptions::forGitLab(plan);
        QVERIFY2(!options, qPrintable(QString::number(field)));
        QCOMPARE(options.error().domain, ErrorDomain::Proposal);
        QVERIFY(options.error().message.contains(QLatin1String("NUL")));
    }
}

QTEST_GUILESS_MAIN(TestPushOptions)
#include "tst_pushoptions.moc"
