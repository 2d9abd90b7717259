#include "checks/handbookchecker.h"
#include "checks/linkchecker.h"
#include "checks/pageurlsuggester.h"
#include "testsupport.h"
#include "workspace/pageindexer.h"
#include "workspace/pagescanner.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

#include <atomic>

using namespace Folio;
using namespace Folio::Checks;

namespace {

// "line:column severity: message [suggestion, ...]", to compare whole lists at once.
QStringList describe(const QList<Problem> &problems)
{
    QStringList lines;
    for (const Problem &problem : problems) {
        QString line = QStringLiteral("%1:%2 %3: %4")
                           .arg(problem.line)
                           .arg(problem.column)
                           .arg(severityName(problem.severity), problem.message);
        if (!problem.suggestions.isEmpty())
            line += QStringLiteral(" [%1]").arg(problem.suggestions.join(QStringLiteral(", ")));
        lines.append(line);
    }
    return lines;
}

const QByteArray frontMatter(const QByteArray &title)
{
    return "---\ntitle: " + title + "\n---\n";
}

} // namespace

class TestLinkChecker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void reportsExactlyTheBrokenOnes_data();
    void reportsExactlyTheBrokenOnes();
    void cleanPagesReportNothing_data();
    void cleanPagesReportNothing();
    void spansCoverTheTargetAsWritten();
    void sameCompanyLinksAreInfoAndExternalOnesNothing();
    void relativeLinksResolveLikeABrowser();
    void anchorsOnTheSamePageAndExplicitIds();
    void middlemanHtmlUrlForms();
    void hugoRefsAreLinks();
    void anchorsTemplatesMayMakeAreInfo();
    void suggestsMovedAndMistypedPages();
    void checksPagesOutsideTheIndex();
    void frontMatterJoinsThePipeline();
    void checksEveryPageInParallelAndCancels();
    void survivesPagesDeletedMidCheck();
    void corpusHasNoFalseAnchorErrors();

private:
    QTemporaryDir m_dir;
    QString m_hugo;
    QString m_middleman;

    static QList<Problem> linkProblems(const QString &root, const QString &page);
};

void TestLinkChecker::initTestCase()
{
    m_hugo = m_dir.filePath(QStringLiteral("hugo"));
    const auto hugo = [&](const QString &path, const QByteArray &text) {
        QVERIFY(Test::writeFile(m_hugo + u'/' + path, text));
    };
    hugo(QStringLiteral("config.toml"), "title = 'x'\n");
    hugo(QStringLiteral("content/handbook/_index.md"),
         frontMatter("Handbook") + "# Handbook\n\n## Getting started\n");
    hugo(QStringLiteral("content/handbook/sales/_index.md"),
         frontMatter("Sales") +
             "## Quota\n\n## Custom heading {#custom-id}\n\n<a name=\"legacy-anchor\"></a>\n"
             "<div id=\"box\">x</div>\n");
    hugo(QStringLiteral("content/handbook/sales/demos.md"), frontMatter("Demos") + "## Setup\n");
    hugo(QStringLiteral("content/handbook/sales/commissions/quota-plan.md"),
         frontMatter("Quota plan") + "## Plan\n");
    hugo(QStringLiteral("content/handbook/product/categories.md"),
         frontMatter("Categories") + "## Intro\n\n{{% product/categories %}}\n");
    hugo(QStringLiteral("content/handbook/clean.md"),
         frontMatter("Clean") +
             "## Overview\n\n"
             "See [sales](/handbook/sales/), [quota](/handbook/sales/#quota), "
             "[custom](/handbook/sales/#custom-id),\n"
             "[legacy](/handbook/sales/#legacy-anchor) and [box](../sales/#box).\n"
             "[Demos](sales/demos.md) and [setup](/handbook/sales/demos/#setup), [up](../) "
             "[self](#overview) [top](#top) [query](?tab=1).\n"
             "![ok](/images/ok.png) <img src=\"/images/ok.png\"> [ext](https://example.com/x#y) "
             "[mail](mailto:a@b.c)\n"
             "[abs](https://handbook.gitlab.com/handbook/sales/#quota) [pdf](/files/guide.pdf)\n"
             "[ref]: /handbook/sales/demos/\n"
             "`[code](/handbook/nowhere/)` <!-- [hidden](/handbook/nowhere/) -->\n"
             "```\n[fenced](/handbook/nowhere/)\n```\n"
             "[erb](<%= url %>) [template]({{< param x >}})\n");
    hugo(QStringLiteral("content/handbook/broken.md"),
         frontMatter("Broken") + "## Intro\n\n"
                                 "A [moved page](/handbook/sales/demo/) here.\n"
                                 "Read [the setup](/handbook/sales/demos/#set-up) first.\n"
                                 "![chart](/images/missing-chart.png)\n"
                                 "[fine](/handbook/sales/) [also fine](#intro)\n");
    hugo(QStringLiteral("static/images/ok.png"), "png");
    hugo(QStringLiteral("static/files/guide.pdf"), "pdf");

    m_middleman = m_dir.filePath(QStringLiteral("middleman"));
    const auto middleman = [&](const QString &path, const QByteArray &text) {
        QVERIFY(
            Test::writeFile(m_middleman + QStringLiteral("/sites/handbook/source/") + path, text));
    };
    middleman(QStringLiteral("handbook/index.html.md"),
              frontMatter("Handbook") + "- TOC\n{:toc}\n\n## Über uns\n");
    middleman(QStringLiteral("handbook/sales/index.html.md"),
              frontMatter("Sales") + "## Quota\n{: #quota-id}\n\nText\n{: #para}\n");
    middleman(QStringLiteral("handbook/faq.html.md"), frontMatter("FAQ") + "## Answer\n");
    middleman(QStringLiteral("handbook/legacy/index.html.md.erb"),
              frontMatter("Legacy") + "## Old\n\n<%= partial(\"includes/x\") %>\n");
    middleman(QStringLiteral("images/ok.png"), "png");
    middleman(QStringLiteral("handbook/clean/index.html.md"),
              frontMatter("Clean") +
                  "## Intro\n\n"
                  "See [FAQ](/handbook/faq.html) and [FAQ again](/handbook/faq/), "
                  "[its index](/handbook/faq/index.html#answer),\n"
                  "[sales](/handbook/sales/index.html#quota-id), [para](/handbook/sales/#para), "
                  "[home](/handbook/#über-uns), [toc](/handbook/#markdown-toc),\n"
                  "[encoded](/handbook/#%C3%BCber-uns) [legacy](/handbook/legacy/#old) "
                  "![ok](/images/ok.png) [self](#intro).\n");
    middleman(QStringLiteral("handbook/broken/index.html.md"),
              frontMatter("Broken") +
                  "## Intro\n\n"
                  "See [FAQ](/handbook/faq.html) and [sales](/handbook/sales/#quota-id).\n"
                  "A [typo](/handbook/sale/) here.\n"
                  "Read [the answer](/handbook/faq.html#answr) first.\n"
                  "![chart](/images/missing-chart.png)\n");
}

QList<Problem> TestLinkChecker::linkProblems(const QString &root, const QString &page)
{
    const auto handbook = Handbook::Handbook::open(root);
    if (!handbook)
        return {};
    const Workspace::PageIndex index = Workspace::PageIndexer::build(*handbook);
    const Workspace::IndexedPage *indexed = index.page(page);
    if (!indexed)
        return {};
    return LinkChecker(index).check(*indexed);
}

void TestLinkChecker::reportsExactlyTheBrokenOnes_data()
{
    QTest::addColumn<QString>("root");
    QTest::addColumn<QString>("page");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("hugo") << m_hugo << QStringLiteral("content/handbook/broken.md")
                          << QStringList{
                                 QStringLiteral("6:16 error: no page for /handbook/sales/demo/ "
                                                "[/handbook/sales/demos/]"),
                                 QStringLiteral("7:18 error: no heading #set-up on "
                                                "/handbook/sales/demos/ "
                                                "[/handbook/sales/demos/#setup]"),
                                 QStringLiteral("8:10 error: image not found: "
                                                "/images/missing-chart.png")};
    QTest::newRow("middleman")
        << m_middleman << QStringLiteral("sites/handbook/source/handbook/broken/index.html.md")
        << QStringList{QStringLiteral("7:10 error: no page for /handbook/sale/ [/handbook/sales/]"),
                       QStringLiteral("8:19 error: no heading #answr on /handbook/faq.html "
                                      "[/handbook/faq.html#answer]"),
                       QStringLiteral("9:10 error: image not found: /images/missing-chart.png")};
}

void TestLinkChecker::reportsExactlyTheBrokenOnes()
{
    QFETCH(QString, root);
    QFETCH(QString, page);
    QFETCH(QStringList, expected);
    QCOMPARE(describe(linkProblems(root, page)), expected);
}

void TestLinkChecker::cleanPagesReportNothing_data()
{
    QTest::addColumn<QString>("root");
    QTest::addColumn<QString>("page");
    QTest::newRow("hugo") << m_hugo << QStringLiteral("content/handbook/clean.md");
    QTest::newRow("middleman") << m_middleman
                               << QStringLiteral(
                                      "sites/handbook/source/handbook/clean/index.html.md");
}

void TestLinkChecker::cleanPagesReportNothing()
{
    QFETCH(QString, root);
    QFETCH(QString, page);
    QCOMPARE(describe(linkProblems(root, page)), QStringList());
}

void TestLinkChecker::spansCoverTheTargetAsWritten()
{
    const QList<Problem> problems =
        linkProblems(m_hugo, QStringLiteral("content/handbook/broken.md"));
    QCOMPARE(problems.size(), 3);
    const QStringList lines =
        QString::fromUtf8(Test::readFile(m_hugo + QStringLiteral("/content/handbook/broken.md")))
            .split(u'\n');
    for (const Problem &problem : problems) {
        QCOMPARE(problem.category, Category::Link);
        QCOMPARE(lines.at(problem.line - 1).mid(problem.column - 1, problem.length),
                 problem.subject);
    }
    QCOMPARE(problems.at(1).subject, QStringLiteral("/handbook/sales/demos/#set-up"));
    QCOMPARE(problems.at(1).length, 29);
}

void TestLinkChecker::sameCompanyLinksAreInfoAndExternalOnesNothing()
{
    QTemporaryDir dir;
    QVERIFY(Test::writeFile(dir.filePath(QStringLiteral("config.toml")), "\n"));
    QVERIFY(Test::writeFile(dir.filePath(QStringLiteral("content/handbook/sales/_index.md")),
                            frontMatter("Sales") + "## Quota\n"));
    QVERIFY(Test::writeFile(
        dir.filePath(QStringLiteral("content/handbook/links.md")),
        frontMatter("Links") +
            "[values](/company/values/) [jobs](/job-families/sales/)\n"
            "[about](https://about.gitlab.com/company/) "
            "[old home](https://about.gitlab.com/handbook/sales/#quota)\n"
            "[new](https://handbook.gitlab.com/handbook/nowhere/) "
            "[logo](https://about.gitlab.com/images/logo.png)\n"
            "[ext](https://example.com/handbook/nowhere/) [mail](mailto:x@y.z) "
            "[cdn](//cdn.example.com/a.js) [tel](tel:123) [data](data:text/plain,x)\n"));
    const QList<Problem> problems =
        linkProblems(dir.path(), QStringLiteral("content/handbook/links.md"));
    QCOMPARE(describe(problems),
             (QStringList{
                 QStringLiteral("4:10 info: outside the handbook, not checked: /company/values/"),
                 QStringLiteral("4:35 info: outside the handbook, not checked: "
                                "/job-families/sales/"),
                 QStringLiteral("5:9 info: outside the handbook, not checked: "
                                "https://about.gitlab.com/company/"),
                 QStringLiteral("6:7 error: no page for /handbook/nowhere/"),
                 QStringLiteral("6:61 info: outside the handbook, not checked: "
                                "https://about.gitlab.com/images/logo.png")}));
    for (const Problem &problem : problems)
        QVERIFY(problem.suggestions.isEmpty());
}

void TestLinkChecker::relativeLinksResolveLikeABrowser()
{
    QTemporaryDir dir;
    QVERIFY(Test::writeFile(dir.filePath(QStringLiteral("config.toml")), "\n"));
    QVERIFY(Test::writeFile(dir.filePath(QStringLiteral("content/handbook/sales/_index.md")),
                            frontMatter("Sales") + "## Quota\n"));
    QVERIFY(Test::writeFile(dir.filePath(QStringLiteral("content/handbook/sales/team/a.md")),
                            frontMatter("A") +
                                "[up](../) [up2](../../../sales/#quota) [sibling](../b/) "
                                "[file](b.md) [missing file](c.md)\n"
                                "[nowhere](../../nowhere/) [outside](../../../../company/) "
                                "[dot](./) [bad anchor](../../#quotas)\n"
                                "[escaped](..\\/b\\_x/) [backslash](..\\b/)\n"));
    QVERIFY(Test::writeFile(dir.filePath(QStringLiteral("content/handbook/sales/team/b.md")),
                            frontMatter("B") + "x\n"));
    // a.md is published at /handbook/sales/team/a/: ../ is /handbook/sales/team/, which
    // has no page here, and ../../ /handbook/sales/.
    QCOMPARE(describe(linkProblems(dir.path(), QStringLiteral("content/handbook/sales/team/a.md"))),
             (QStringList{QStringLiteral("4:6 error: no page for /handbook/sales/team/"),
                          QStringLiteral("4:85 error: no page for c.md"),
                          QStringLiteral("5:11 error: no page for /handbook/sales/nowhere/"),
                          QStringLiteral("5:37 info: outside the handbook, not checked: "
                                         "../../../../company/"),
                          QStringLiteral("5:82 error: no heading #quotas on /handbook/sales/ "
                                         "[../../#quota]"),
                          QStringLiteral("6:11 error: no page for /handbook/sales/team/b_x/")}));
}

void TestLinkChecker::anchorsOnTheSamePageAndExplicitIds()
{
    QTemporaryDir dir;
    QVERIFY(Test::writeFile(dir.filePath(QStringLiteral("config.toml")), "\n"));
    QVERIFY(Test::writeFile(dir.filePath(QStringLiteral("content/handbook/page.md")),
                            frontMatter("Page") +
                                "## Quota\n\n## Explicit {#my-id}\n\n<a name=\"old\"></a>\n"
                                "{#block .x}\n\n"
                                "Über [self](#nope) and [x](#Quota).\n"
                                "[a](#quota) [b](#my-id) [c](#old) [d](#block) [e](#top) "
                                "[f](#fn:1) [g](#) [h](#explicit)\n"));
    QCOMPARE(describe(linkProblems(dir.path(), QStringLiteral("content/handbook/page.md"))),
             (QStringList{QStringLiteral("11:13 error: no heading #nope on this page"),
                          QStringLiteral("11:28 error: no heading #Quota on this page [#quota]"),
                          QStringLiteral("12:79 error: no heading #explicit on this page")}));
}

void TestLinkChecker::middlemanHtmlUrlForms()
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("sites/handbook/source/handbook/"));
    QVERIFY(Test::writeFile(source + QStringLiteral("support/workflows/issues.html.md"),
                            frontMatter("Issues") + "## Creating issues\n"));
    QVERIFY(Test::writeFile(source + QStringLiteral("support/index.html.md.erb"),
                            frontMatter("Support") + "## Team\n"));
    QVERIFY(Test::writeFile(source + QStringLiteral("page/index.html.md"),
                            frontMatter("Page") +
                                "[a](/handbook/support/workflows/issues.html) "
                                "[b](/handbook/support/workflows/issues/) "
                                "[c](/handbook/support/workflows/issues.html#creating-issues) "
                                "[d](/handbook/support/workflows/issues/#creating-issues) "
                                "[e](/handbook/support/workflows/issues/index.html) "
                                "[f](/handbook/support/index.html#team) [g](/handbook/support/)\n"
                                "[h](/handbook/support/workflows/issue.html) "
                                "[i](/handbook/support/workflows/issues.html#creating-issue)\n"));
    QCOMPARE(
        describe(linkProblems(dir.path(),
                              QStringLiteral("sites/handbook/source/handbook/page/index.html.md"))),
        (QStringList{QStringLiteral("5:5 error: no page for /handbook/support/workflows/issue.html "
                                    "[/handbook/support/workflows/issues.html]"),
                     QStringLiteral("5:49 error: no heading #creating-issue on "
                                    "/handbook/support/workflows/issues.html "
                                    "[/handbook/support/workflows/issues.html#creating-issues]")}));
}

void TestLinkChecker::hugoRefsAreLinks()
{
    QTemporaryDir dir;
    QVERIFY(Test::writeFile(dir.filePath(QStringLiteral("config.toml")), "\n"));
    QVERIFY(Test::writeFile(dir.filePath(QStringLiteral("content/handbook/support/issues.md")),
                            frontMatter("Issues") + "## Creating issues\n"));
    QVERIFY(Test::writeFile(dir.filePath(QStringLiteral("content/handbook/other/tickets.md")),
                            frontMatter("Tickets") + "## Open\n"));
    QVERIFY(Test::writeFile(
        dir.filePath(QStringLiteral("content/handbook/support/page.md")),
        frontMatter("Page") +
            "[a]({{<ref \"issues#creating-issues\" >}}) [b]({{< relref "
            "\"issues.md#creatin-issues\" "
            ">}})\n"
            "[c]({{< ref \"/handbook/other/tickets#open\" >}}) [d]({{< ref \"tickets\" >}}) "
            "[e]({{< ref \"nothing\" >}})\n"));
    // "tickets" is not next to the page but Hugo finds it by name; "nothing" no page has.
    QCOMPARE(describe(linkProblems(dir.path(), QStringLiteral("content/handbook/support/page.md"))),
             (QStringList{QStringLiteral("4:46 error: no heading #creatin-issues on "
                                         "/handbook/support/issues/ "
                                         "[{{< relref \"issues.md#creating-issues\" >}}]"),
                          QStringLiteral("5:80 error: no page for ref \"nothing\"")}));
}

void TestLinkChecker::anchorsTemplatesMayMakeAreInfo()
{
    QTemporaryDir dir;
    QVERIFY(Test::writeFile(dir.filePath(QStringLiteral("config.toml")), "\n"));
    QVERIFY(Test::writeFile(dir.filePath(QStringLiteral("content/handbook/cats.md")),
                            frontMatter("Cats") +
                                "## Intro\n\n{{% product/categories %}} {{< youtube x >}}\n"));
    QVERIFY(Test::writeFile(dir.filePath(QStringLiteral("content/handbook/alerts.md")),
                            frontMatter("Alerts") +
                                "## Intro\n\n{{% alert %}}\n## Inside\n{{% /alert %}}\n"));
    QVERIFY(Test::writeFile(dir.filePath(QStringLiteral("content/handbook/page.md")),
                            frontMatter("Page") +
                                "[a](/handbook/cats/#plan-stage) [b](/handbook/alerts/#inside) "
                                "[c](/handbook/alerts/#outside)\n"));
    QCOMPARE(describe(linkProblems(dir.path(), QStringLiteral("content/handbook/page.md"))),
             (QStringList{QStringLiteral("4:5 info: no heading #plan-stage on /handbook/cats/ "
                                         "that Folio can see; {{% product/categories %}} may "
                                         "make it"),
                          QStringLiteral("4:67 error: no heading #outside on /handbook/alerts/")}));
}

void TestLinkChecker::suggestsMovedAndMistypedPages()
{
    const QStringList urls = {
        QStringLiteral("/handbook/sales/"), QStringLiteral("/handbook/sales/commissions/quota/"),
        QStringLiteral("/handbook/marketing/events/"), QStringLiteral("/handbook/faq.html")};
    const PageUrlSuggester suggester(urls);
    QCOMPARE(suggester.suggest(QStringLiteral("/handbook/salse/")),
             QStringList{QStringLiteral("/handbook/sales/")});
    QCOMPARE(suggester.suggest(QStringLiteral("/handbook/sales/quota/")),
             QStringList{QStringLiteral("/handbook/sales/commissions/quota/")});
    QCOMPARE(suggester.suggest(QStringLiteral("/handbook/sales/events/")),
             QStringList{QStringLiteral("/handbook/marketing/events/")});
    QCOMPARE(suggester.suggest(QStringLiteral("/handbook/fqa/")),
             QStringList{QStringLiteral("/handbook/faq.html")});
    // Nothing close: no guess.
    QCOMPARE(suggester.suggest(QStringLiteral("/handbook/engineering/")), QStringList());
    QCOMPARE(suggester.suggest(QStringLiteral("/handbook/x/y/z/events/")), QStringList());
    QCOMPARE(PageUrlSuggester::normalized(QStringLiteral("/a/b/index.html")),
             QStringLiteral("/a/b/"));
    QCOMPARE(PageUrlSuggester::normalized(QStringLiteral("/a/b")), QStringLiteral("/a/b/"));
}

void TestLinkChecker::checksPagesOutsideTheIndex()
{
    // A page the handbook does not publish (README.md at the top) is checked against the
    // index all the same.
    QTemporaryDir dir;
    QVERIFY(Test::writeFile(dir.filePath(QStringLiteral("config.toml")), "\n"));
    QVERIFY(Test::writeFile(dir.filePath(QStringLiteral("content/handbook/_index.md")),
                            frontMatter("Home") + "## Start\n"));
    QVERIFY(Test::writeFile(dir.filePath(QStringLiteral("README.md")),
                            "# Readme {#top-id}\n[home](/handbook/#start) [bad](/handbook/#stop) "
                            "[self](#top-id)\n"));
    const auto handbook = Handbook::Handbook::open(dir.path());
    QVERIFY(handbook);
    const Workspace::PageIndex index = Workspace::PageIndexer::build(*handbook);
    QVERIFY(!index.page(QStringLiteral("README.md")));
    const Workspace::IndexedPage readme =
        Workspace::PageScanner::read(*handbook, QStringLiteral("README.md"));
    QCOMPARE(describe(HandbookChecker(index, CheckKind::Links).check(readme)),
             QStringList{QStringLiteral("2:32 error: no heading #stop on /handbook/")});
}

void TestLinkChecker::frontMatterJoinsThePipeline()
{
    QTemporaryDir dir;
    QVERIFY(Test::writeFile(dir.filePath(QStringLiteral("config.toml")), "\n"));
    for (int i = 0; i < 6; ++i)
        QVERIFY(Test::writeFile(
            dir.filePath(QStringLiteral("content/handbook/p%1.md").arg(i)),
            "---\ntitle: Page\ndescription: d\ncategory: team\n---\n[x](/handbook/p0/)\n"));
    QVERIFY(Test::writeFile(dir.filePath(QStringLiteral("content/handbook/odd.md")),
                            "---\ntitel: Odd\ndescription: d\n---\n[x](/handbook/p9/)\n"));
    const auto handbook = Handbook::Handbook::open(dir.path());
    const Workspace::PageIndex index = Workspace::PageIndexer::build(*handbook);
    const Workspace::IndexedPage *odd = index.page(QStringLiteral("content/handbook/odd.md"));
    QVERIFY(odd);

    const QList<Problem> all = HandbookChecker(index, AllCheckKinds).check(*odd);
    QStringList categories;
    for (const Problem &problem : all)
        categories.append(categoryName(problem.category));
    QVERIFY2(categories.contains(QStringLiteral("frontmatter")),
             qPrintable(describe(all).join(u'\n')));
    QVERIFY(categories.contains(QStringLiteral("links")));
    // The learned schema knows `title`: `titel` is a near miss, and the title is missing.
    QVERIFY2(describe(all).join(u'\n').contains(QStringLiteral("'titel' looks like a misspelling")),
             qPrintable(describe(all).join(u'\n')));
    // Sorted by line: front matter (line 2) before the link (line 5).
    QCOMPARE(all.last().category, Category::Link);
    QCOMPARE(all.last().line, 5);

    const QList<Problem> linksOnly = HandbookChecker(index, CheckKind::Links).check(*odd);
    // (No suggestion: two letters are too short to guess a typo in.)
    QCOMPARE(describe(linksOnly),
             QStringList{QStringLiteral("5:5 error: no page for /handbook/p9/")});
    const QList<Problem> frontMatterOnly =
        HandbookChecker(index, CheckKind::FrontMatter).check(*odd);
    for (const Problem &problem : frontMatterOnly)
        QCOMPARE(problem.category, Category::FrontMatter);
    QVERIFY(!frontMatterOnly.isEmpty());
    // Spelling is accepted and, until it is wired in, finds nothing.
    QVERIFY(HandbookChecker(index, CheckKind::Spelling).check(*odd).isEmpty());
}

void TestLinkChecker::checksEveryPageInParallelAndCancels()
{
    const auto handbook = Handbook::Handbook::open(m_hugo);
    const Workspace::PageIndex index = Workspace::PageIndexer::build(*handbook);
    const HandbookChecker checker(index, AllCheckKinds);
    std::atomic_int calls = 0;
    const QList<PageProblems> all = checker.checkPages({}, nullptr, [&](int done, int total) {
        ++calls;
        QVERIFY(done <= total);
    });
    QCOMPARE(all.size(), index.size());
    QVERIFY(calls > 0);
    for (qsizetype i = 0; i < all.size(); ++i) {
        QCOMPARE(all[i].path, index.at(i).path);
        QCOMPARE(all[i].problems, checker.check(index.at(i)));
    }
    const QList<PageProblems> some = checker.checkPages(
        {QStringLiteral("content/handbook/broken.md"), QStringLiteral("content/handbook/nope.md")});
    QCOMPARE(some.size(), 1);
    QCOMPARE(std::count_if(some.first().problems.cbegin(), some.first().problems.cend(),
                           [](const Problem &p) { return p.category == Category::Link; }),
             3);

    std::atomic_bool cancelled = true;
    QVERIFY(checker.checkPages({}, &cancelled).isEmpty());
}

void TestLinkChecker::survivesPagesDeletedMidCheck()
{
    QTemporaryDir dir;
    QVERIFY(Test::writeFile(dir.filePath(QStringLiteral("config.toml")), "\n"));
    constexpr int pages = 400;
    for (int i = 0; i < pages; ++i) {
        QByteArray text = frontMatter("Page " + QByteArray::number(i)) + "## Part\n\n";
        for (int k = 1; k <= 20; ++k)
            text += "[p](/handbook/p" + QByteArray::number((i + k) % pages) +
                    "/#part) ![i](/images/i" + QByteArray::number((i + k) % 50) + ".png)\n";
        QVERIFY(
            Test::writeFile(dir.filePath(QStringLiteral("content/handbook/p%1.md").arg(i)), text));
    }
    for (int i = 0; i < 50; ++i)
        QVERIFY(
            Test::writeFile(dir.filePath(QStringLiteral("static/images/i%1.png").arg(i)), "png"));
    const auto handbook = Handbook::Handbook::open(dir.path());
    const Workspace::PageIndex index = Workspace::PageIndexer::build(*handbook);
    QCOMPARE(index.size(), pages);
    const HandbookChecker checker(index, AllCheckKinds);

    // Images and pages vanish while the check runs: it finishes, from the snapshot.
    QFuture<QList<PageProblems>> running =
        QtConcurrent::run([&checker] { return checker.checkPages(); });
    for (int i = 0; i < pages; i += 2)
        QFile::remove(dir.filePath(QStringLiteral("content/handbook/p%1.md").arg(i)));
    QDir(dir.filePath(QStringLiteral("static"))).removeRecursively();
    const QList<PageProblems> result = running.result();
    QCOMPARE(result.size(), pages);
    for (const PageProblems &page : result) {
        for (const Problem &problem : page.problems) {
            if (problem.category == Category::Link) // pages come from the snapshot
                QVERIFY2(problem.message.startsWith(QLatin1String("image not found")),
                         qPrintable(problem.message));
        }
    }
    // A page read after it was deleted has nothing to check.
    const Workspace::IndexedPage gone =
        Workspace::PageScanner::read(*handbook, QStringLiteral("content/handbook/p0.md"));
    QVERIFY(!gone.problem.isEmpty());
    QVERIFY(checker.check(gone).isEmpty());
}

void TestLinkChecker::corpusHasNoFalseAnchorErrors()
{
    // The corpus is two partial trees, so most of its page links cannot resolve; its anchors
    // can, on the pages that are there. Every "no heading" error must be true: the id is
    // not among those the real generator gives the page (tests/workspace/data/corpus-ids.tsv),
    // nor another id on it. And every problem's span must be its subject in the line.
    const QString corpus = Test::corpusDir();
    if (corpus.isEmpty())
        QSKIP("the shared handbook corpus is not there");
    QHash<QString, QSet<QString>> realIds;
    QFile data(QStringLiteral(FOLIO_SOURCE_DIR "/tests/workspace/data/corpus-ids.tsv"));
    QVERIFY(data.open(QIODevice::ReadOnly));
    for (const QByteArray &line : data.readAll().split('\n')) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QStringList fields = QString::fromUtf8(line).split(u'\t');
        realIds.insert(fields.first(), QSet<QString>(fields.cbegin() + 1, fields.cend()));
    }
    static const QRegularExpression noHeading(QStringLiteral("^no heading #(.*) on (\\S+)"));
    int links = 0, anchorErrors = 0, problems = 0;
    for (const QString &era : {QStringLiteral("hugo"), QStringLiteral("middleman")}) {
        const auto handbook = Handbook::Handbook::open(QDir(corpus).filePath(era));
        QVERIFY(handbook);
        const Workspace::PageIndex index = Workspace::PageIndexer::build(*handbook);
        QCOMPARE(index.size(), 150);
        QHash<QString, QString> pathByUrl;
        for (const Workspace::IndexedPagePtr &page : index.pages()) {
            pathByUrl.insert(page->url, page->path);
            links += int(page->links.size());
        }
        const HandbookChecker checker(index, CheckKind::Links);
        for (const PageProblems &page : checker.checkPages()) {
            const Workspace::IndexedPage *indexed = index.page(page.path);
            for (const Problem &problem : page.problems) {
                ++problems;
                QCOMPARE(indexed->lineText(problem.line).mid(problem.column - 1, problem.length),
                         problem.subject);
                const auto match = noHeading.match(problem.message);
                if (!match.hasMatch() || problem.severity != Severity::Error)
                    continue;
                ++anchorErrors;
                const QString target =
                    match.captured(2) == u"this" ? page.path : pathByUrl.value(match.captured(2));
                QVERIFY2(!target.isEmpty(), qPrintable(problem.message));
                const QString key = era + u'/' + target;
                QVERIFY2(realIds.contains(key), qPrintable(key));
                QVERIFY2(!realIds.value(key).contains(match.captured(1)),
                         qPrintable(page.path + QStringLiteral(": ") + problem.message));
            }
        }
    }
    qInfo("corpus: %d links, %d problems, %d anchor errors, all true", links, problems,
          anchorErrors);
    QVERIFY(anchorErrors > 10);
}

QTEST_GUILESS_MAIN(TestLinkChecker)
#include "tst_linkchecker.moc"
