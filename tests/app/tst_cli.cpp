#include "git/gitfixture.h"
#include "git/support/httpgitserver.h"
#include "git/support/transportfixture.h"
#include "testsupport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Folio;

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionNamesEveryLibrary();
    void helpListsCommands();
    void everyCommandPrintsItsHelp_data();
    void everyCommandPrintsItsHelp();
    void renderPrintsBodyWithoutFrontMatter();
    void renderFailsClearlyOnBadInput_data();
    void renderFailsClearlyOnBadInput();
    void unknownOptionIsAUsageError();
    void metaPrintsFrontMatterAsJson();
    void metaEditsOnlyTheGivenValues();
    void metaNoOpDoesNotWrite();
    void metaFailsWithoutWriting_data();
    void metaFailsWithoutWriting();
    void metaRefusesAHugeFrontMatterWithoutWriting();
    void searchPrintsMatchingLinesSorted();
    void searchMatchesCaseAndWholeWords();
    void searchExitsOneWhenNothingMatches();
    void searchReportsBadUsage();
    void checkReportsExactlyTheBrokenLinks_data();
    void checkReportsExactlyTheBrokenLinks();
    void checkPassesCleanPagesAndInfo();
    void checkPrintsJson();
    void checkWalksFoldersSorted();
    void checkOnlySelectsKinds();
    void checkFindsTheSeedPagesMisspelling();
    void checkFindsOnlyTheDemosPlantedTypo();
    void checkReportsBadUsage_data();
    void checkReportsBadUsage();
    void windowStartsFromTheExecutable();
    void missingWindowModuleIsReported();
    void executableDoesNotLinkLibgit2();
    void proposePrintsTheMergeRequestUrl();
    void proposeWithWrongTokenFailsWithoutShowingIt();
    void proposeWithoutTitleIsAUsageError();

private:
    // A handbook clone with an uncommitted page edit, whose origin is server's repository name.
    static bool proposeProject(Test::HttpGitServer &server, const QString &name,
                               const QString &workPath, QString *local);
    static const QString proposedPage;
    static Test::ProcessResult folio(const QStringList &arguments)
    {
        return Test::run(QStringLiteral(FOLIO_BINARY), arguments);
    }
};

void TestCli::versionNamesEveryLibrary()
{
    const auto result = folio({QStringLiteral("--version")});
    QCOMPARE(result.exitCode, 0);
    const QString out = QString::fromUtf8(result.out);
    for (const char *name : {"folio 0.", "Qt 6.", "cmark-gfm 0.29", "libgit2 1.", "yaml-cpp 0."})
        QVERIFY2(out.contains(QLatin1String(name)), qPrintable(out));
    QVERIFY(result.err.isEmpty());
}

void TestCli::helpListsCommands()
{
    const auto result = folio({QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("render PAGE"));
    QVERIFY(result.out.contains("meta PAGE"));
    QVERIFY(result.out.contains("search ROOT TEXT"));
    QVERIFY(result.out.contains("check [--format text|json] [--only KINDS] PATH..."));
    QVERIFY(result.out.contains("Usage: folio"));
}

void TestCli::everyCommandPrintsItsHelp_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QByteArray>("usage");
    QTest::addColumn<QByteArray>("option");
    QTest::newRow("render") << QStringLiteral("render") << QByteArray("usage: folio render PAGE")
                            << QByteArray();
    QTest::newRow("meta") << QStringLiteral("meta") << QByteArray("Usage: folio meta PAGE")
                          << QByteArray("--set-json");
    QTest::newRow("search") << QStringLiteral("search")
                            << QByteArray("usage: folio search ROOT TEXT") << QByteArray("--word");
    QTest::newRow("check") << QStringLiteral("check") << QByteArray("usage: folio check")
                           << QByteArray("--only");
    QTest::newRow("propose") << QStringLiteral("propose") << QByteArray("Usage: folio propose")
                             << QByteArray("--retry");
}

// Each command explains itself on standard output, which is also what the man page is checked
// against (tests/packaging/tst_manpage).
void TestCli::everyCommandPrintsItsHelp()
{
    QFETCH(QString, command);
    QFETCH(QByteArray, usage);
    QFETCH(QByteArray, option);
    for (const QString &help : {QStringLiteral("--help"), QStringLiteral("-h")}) {
        const auto result = folio({command, help});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.startsWith(usage), result.out.constData());
        QVERIFY(result.out.contains(option));
        QVERIFY2(result.err.isEmpty(), result.err.constData());
    }
}

void TestCli::renderPrintsBodyWithoutFrontMatter()
{
    QTemporaryDir dir;
    const QString page = dir.filePath(QStringLiteral("index.html.md"));
    QVERIFY(Test::writeFile(
        page,
        "---\nlayout: handbook-page-toc\ntitle: SA Handbook\n---\n## Role & Responsibilities\n\n"
        "| a |\n|---|\n| b |\n"));
    const auto result = folio({QStringLiteral("render"), page});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(
        result.out.contains("<h2 id=\"role--responsibilities\">Role &amp; Responsibilities</h2>"),
        result.out.constData());
    QVERIFY(result.out.contains("<table>"));
    QVERIFY(!result.out.contains("layout"));
    QVERIFY(result.err.isEmpty());
}

void TestCli::renderFailsClearlyOnBadInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing") << QByteArray() << QStringLiteral("no such file");
    QTest::newRow("latin-1") << QByteArray("caf\xE9\n") << QStringLiteral("not valid UTF-8");
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1A\n\0\0", 10) << QStringLiteral("binary");
}

void TestCli::renderFailsClearlyOnBadInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString page = dir.filePath(QStringLiteral("page.md"));
    if (!bytes.isEmpty())
        QVERIFY(Test::writeFile(page, bytes));
    const auto result = folio({QStringLiteral("render"), page});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(QString::fromUtf8(result.err).contains(message), result.err.constData());
    QVERIFY(result.err.contains(page.toUtf8()));
    if (!bytes.isEmpty())
        QCOMPARE(Test::readFile(page), bytes); // never written
}

void TestCli::unknownOptionIsAUsageError()
{
    const auto result = folio({QStringLiteral("--frobnicate")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains("unknown option"));
    const auto noPage = folio({QStringLiteral("render")});
    QCOMPARE(noPage.exitCode, 2);
    QVERIFY(noPage.err.contains("render takes one page"));
}

void TestCli::metaPrintsFrontMatterAsJson()
{
    QTemporaryDir dir;
    const QString page = dir.filePath(QStringLiteral("page.md"));
    QVERIFY(Test::writeFile(page, "---\ntitle: \"SA: Handbook\"\n# a comment\ntoc_hide: true\n"
                                  "weight: -20\naliases:\n  - /a/\ncreation-date: 2025-05-08\n"
                                  "menu:\n  main: {name: Handbook}\n---\nbody\n"));
    const auto result = folio({QStringLiteral("meta"), page});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    QCOMPARE(result.out,
             QByteArray("{\n  \"title\": \"SA: Handbook\",\n  \"toc_hide\": true,\n"
                        "  \"weight\": -20,\n  \"aliases\": [\n    \"/a/\"\n  ],\n"
                        "  \"creation-date\": \"2025-05-08\",\n  \"menu\": {\n"
                        "    \"main\": {\n      \"name\": \"Handbook\"\n    }\n  }\n}\n"));

    const QString none = dir.filePath(QStringLiteral("none.md"));
    QVERIFY(Test::writeFile(none, "# No front matter\n"));
    const auto empty = folio({QStringLiteral("meta"), none});
    QCOMPARE(empty.exitCode, 0);
    QCOMPARE(empty.out, QByteArray("{}\n"));
}

void TestCli::metaEditsOnlyTheGivenValues()
{
    QTemporaryDir dir;
    const QString page = dir.filePath(QStringLiteral("index.md"));
    // A BOM and CRLF line endings, comments, a folded description and a flow list.
    QVERIFY(Test::writeFile(
        page, "\xEF\xBB\xBF---\r\ntitle: \"Old title\" # keep\r\n# why\r\ndescription: >-\r\n"
              "  Folded\r\n  text\r\ntoc_hide: false\r\nauthors: [ \"@a\" ]\r\ncoach: \"@c\"\r\n"
              "---\r\nBody\r\n"));
    const auto result = folio(
        {QStringLiteral("meta"), page, QStringLiteral("--set"), QStringLiteral("title=New: title"),
         QStringLiteral("--set"), QStringLiteral("toc_hide=true"), QStringLiteral("--set-json"),
         QStringLiteral("authors=[\"@a\", \"@b\"]"), QStringLiteral("--unset"),
         QStringLiteral("coach"), QStringLiteral("--set"), QStringLiteral("weight=3"),
         QStringLiteral("--set-json"),
         QStringLiteral("menu={\"main\": {\"weight\": 2, \"name\": \"x\"}}")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    QCOMPARE(Test::readFile(page),
             QByteArray("\xEF\xBB\xBF---\r\ntitle: \"New: title\" # keep\r\n# why\r\n"
                        "description: >-\r\n  Folded\r\n  text\r\ntoc_hide: true\r\n"
                        "authors: [ \"@a\", \"@b\" ]\r\nweight: 3\r\n"
                        "menu: {\"main\": {\"weight\": 2, \"name\": \"x\"}}\r\n---\r\nBody\r\n"));
}

void TestCli::metaNoOpDoesNotWrite()
{
    QTemporaryDir dir;
    const QString page = dir.filePath(QStringLiteral("page.md"));
    const QByteArray bytes("---\ntitle:   'Same'   # c\ntoc_hide: true\n---\n");
    QVERIFY(Test::writeFile(page, bytes));
    const QDateTime past = QDateTime::currentDateTimeUtc().addDays(-3);
    {
        QFile file(page);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(past, QFileDevice::FileModificationTime));
    }
    const auto result =
        folio({QStringLiteral("meta"), page, QStringLiteral("--set"), QStringLiteral("title=Same"),
               QStringLiteral("--set"), QStringLiteral("toc_hide=true")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(Test::readFile(page), bytes);
    QCOMPARE(QFileInfo(page).lastModified().toUTC().toSecsSinceEpoch(), past.toSecsSinceEpoch());
}

void TestCli::metaFailsWithoutWriting_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QStringList setTitle = {QStringLiteral("--set"), QStringLiteral("title=New")};
    QTest::newRow("invalid YAML") << QByteArray(
                                         "---\ntitle: ok\ndescription: \"unclosed\n---\nbody\n")
                                  << QStringList() << 1 << QStringLiteral("page.md:3:14: ");
    QTest::newRow("invalid YAML, edit")
        << QByteArray("---\ntitle: [\n---\n") << setTitle << 1 << QStringLiteral("page.md:3:1: ");
    QTest::newRow("duplicate keys") << QByteArray("---\ntitle: A\ntitle: B\n---\n") << setTitle << 1
                                    << QStringLiteral("page.md:3:1: duplicate key 'title'");
    QTest::newRow("tab indentation") << QByteArray("---\nmenu:\n\tmain: x\n---\n") << setTitle << 1
                                     << QStringLiteral("page.md:3:1: a tab");
    QTest::newRow("10,000-deep nesting")
        << QByteArray("---\na: ") + QByteArray(10000, '[') + QByteArray("\n---\n") << setTitle << 1
        << QStringLiteral("nested more than 64 levels");
    QTest::newRow("anchors and aliases") << QByteArray("---\ntitle: &t Old\nog_title: *t\n---\n")
                                         << setTitle << 1 << QStringLiteral("anchors");
    QTest::newRow("unterminated") << QByteArray("---\ntitle: A\n") << setTitle << 1
                                  << QStringLiteral("page.md:1:1: the front matter");
    QTest::newRow("invalid UTF-8") << QByteArray("---\ntitle: caf\xE9\n---\n") << setTitle << 2
                                   << QStringLiteral("not valid UTF-8");
    QTest::newRow("wrong type") << QByteArray("---\ntoc_hide: false\n---\n")
                                << QStringList(
                                       {QStringLiteral("--set"), QStringLiteral("toc_hide=maybe")})
                                << 2 << QStringLiteral("true or false");
    QTest::newRow("later edit refused")
        << QByteArray("---\ntitle: A\n---\n")
        << QStringList({QStringLiteral("--set"), QStringLiteral("title=B"),
                        QStringLiteral("--unset"), QStringLiteral("missing")})
        << 1 << QStringLiteral("no key 'missing'; nothing was saved");
    QTest::newRow("no page") << QByteArray("---\n---\n") << QStringList({QStringLiteral("--set")})
                             << 2 << QStringLiteral("needs an argument");
}

void TestCli::metaFailsWithoutWriting()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString page = dir.filePath(QStringLiteral("page.md"));
    QVERIFY(Test::writeFile(page, bytes));
    const QDateTime past = QDateTime::currentDateTimeUtc().addDays(-3);
    {
        QFile file(page);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(past, QFileDevice::FileModificationTime));
    }
    const auto result = folio(QStringList{QStringLiteral("meta"), page} + options);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(QString::fromUtf8(result.err).contains(message), result.err.constData());
    QVERIFY(result.err.startsWith("folio: "));
    QCOMPARE(Test::readFile(page), bytes);
    QCOMPARE(QFileInfo(page).lastModified().toUTC().toSecsSinceEpoch(), past.toSecsSinceEpoch());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList({QStringLiteral("page.md")})); // no temporary file left behind
}

void TestCli::metaRefusesAHugeFrontMatterWithoutWriting()
{
    // 50 MB of front matter: larger than a page Folio edits, refused before it is read.
    QTemporaryDir dir;
    const QString page = dir.filePath(QStringLiteral("huge.md"));
    QByteArray bytes("---\n");
    const QByteArray line = "key: " + QByteArray(94, 'x') + '\n';
    bytes.reserve(50 * 1024 * 1024 + 16);
    while (bytes.size() < 50 * 1024 * 1024)
        bytes += line;
    bytes += "---\n";
    QVERIFY(Test::writeFile(page, bytes));
    const auto result =
        folio({QStringLiteral("meta"), page, QStringLiteral("--set"), QStringLiteral("title=x")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("larger than the 32 MB"), result.err.constData());
    QCOMPARE(QFileInfo(page).size(), bytes.size());

    // Under the page limit but over the front-matter limit: a YAML error at the block.
    bytes.truncate(bytes.lastIndexOf('\n', 2 * 1024 * 1024) + 1);
    bytes += "---\n";
    QVERIFY(Test::writeFile(page, bytes));
    const auto smaller = folio({QStringLiteral("meta"), page});
    QCOMPARE(smaller.exitCode, 1);
    QVERIFY2(smaller.err.contains("huge.md:2:1: the front matter is larger than 1024 KB"),
             smaller.err.constData());
    QCOMPARE(Test::readFile(page), bytes);
}

// A small handbook of both eras' layouts for `folio search`.
static bool writeSearchHandbook(const QString &root)
{
    return Test::writeFile(root + QStringLiteral("/config.toml"), "\n") &&
           Test::writeFile(root + QStringLiteral("/content/handbook/_index.md"),
                           "---\ntitle: Merge requests\n---\n# Home\nOpen a merge request.\n"
                           "merged, Merge and merge again\n") &&
           Test::writeFile(root + QStringLiteral("/content/handbook/sa/über.md"),
                           "# Über\n```\nmerge in code is text too\n```\n") &&
           Test::writeFile(root + QStringLiteral("/content/handbook/a.md"), "# A\nnothing\n") &&
           Test::writeFile(root + QStringLiteral("/node_modules/x/readme.md"), "merge\n");
}

void TestCli::searchPrintsMatchingLinesSorted()
{
    QTemporaryDir dir;
    QVERIFY(writeSearchHandbook(dir.path()));
    const auto result = folio({QStringLiteral("search"), dir.path(), QStringLiteral("merge")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(QString::fromUtf8(result.out),
             QStringLiteral("content/handbook/_index.md:2: title: Merge requests\n"
                            "content/handbook/_index.md:5: Open a merge request.\n"
                            "content/handbook/_index.md:6: merged, Merge and merge again\n"
                            "content/handbook/sa/über.md:3: merge in code is text too\n"));
    QVERIFY(result.err.isEmpty());
}

void TestCli::searchMatchesCaseAndWholeWords()
{
    QTemporaryDir dir;
    QVERIFY(writeSearchHandbook(dir.path()));
    const auto matchCase = folio(
        {QStringLiteral("search"), dir.path(), QStringLiteral("Merge"), QStringLiteral("--case")});
    QCOMPARE(matchCase.exitCode, 0);
    QCOMPARE(matchCase.out, QByteArray("content/handbook/_index.md:2: title: Merge requests\n"
                                       "content/handbook/_index.md:6: merged, Merge and merge "
                                       "again\n"));
    const auto word = folio({QStringLiteral("search"), dir.path(), QStringLiteral("merge"),
                             QStringLiteral("--word"), QStringLiteral("--case")});
    QCOMPARE(word.exitCode, 0);
    QCOMPARE(word.out.count('\n'), 3);
    QVERIFY(!word.out.contains("title"));
    const auto umlaut = folio({QStringLiteral("search"), dir.path(), QStringLiteral("ÜBER")});
    QCOMPARE(umlaut.exitCode, 0);
    QCOMPARE(QString::fromUtf8(umlaut.out),
             QStringLiteral("content/handbook/sa/über.md:1: # Über\n"));
}

void TestCli::searchExitsOneWhenNothingMatches()
{
    QTemporaryDir dir;
    QVERIFY(writeSearchHandbook(dir.path()));
    const auto result =
        folio({QStringLiteral("search"), dir.path(), QStringLiteral("no such words")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.isEmpty());
}

void TestCli::searchReportsBadUsage()
{
    QTemporaryDir dir;
    const auto missingText = folio({QStringLiteral("search"), dir.path()});
    QCOMPARE(missingText.exitCode, 2);
    QVERIFY(missingText.err.contains("usage: folio search ROOT TEXT"));
    const auto badOption = folio(
        {QStringLiteral("search"), dir.path(), QStringLiteral("x"), QStringLiteral("--regex")});
    QCOMPARE(badOption.exitCode, 2);
    QVERIFY(badOption.err.contains("unknown option --regex"));
    const auto missingRoot = folio(
        {QStringLiteral("search"), dir.filePath(QStringLiteral("nope")), QStringLiteral("x")});
    QCOMPARE(missingRoot.exitCode, 2);
    QVERIFY(missingRoot.err.contains("not a folder"));
    // A folder without pages is not an error to hide: it says so.
    QVERIFY(Test::writeFile(dir.filePath(QStringLiteral("photo.png")), "png"));
    const auto noPages = folio({QStringLiteral("search"), dir.path(), QStringLiteral("x")});
    QCOMPARE(noPages.exitCode, 1);
    QVERIFY2(noPages.err.contains("no Markdown pages"), noPages.err.constData());
}

// A handbook of one era with a page that has exactly one broken page link, one broken anchor
// and one missing image, a clean page, and a page with only a link outside the handbook.
// Returns the folder that holds its pages, relative to root.
static QString writeCheckHandbook(const QString &root, const QString &era)
{
    const bool hugo = era == u"hugo";
    const QString pages = hugo ? QStringLiteral("content/handbook/")
                               : QStringLiteral("sites/handbook/source/handbook/");
    const QString page = hugo ? QStringLiteral("%1.md") : QStringLiteral("%1/index.html.md");
    const auto write = [&](const QString &name, const QByteArray &body) {
        return Test::writeFile(
            root + u'/' + pages + page.arg(name),
            "---\ntitle: " + name.toUtf8() + "\ndescription: About " + name.toUtf8() +
                (hugo ? "\nweight: 1" : "\nlayout: handbook-page-toc") + "\n---\n" + body);
    };
    const bool written =
        (!hugo || Test::writeFile(root + QStringLiteral("/config.toml"), "title = 'x'\n")) &&
        write(QStringLiteral("sales"), "## Quota\n\nText.\n") &&
        write(QStringLiteral("broken"), "See [sales](/handbook/sale/).\n"
                                        "Read [quota](/handbook/sales/#quotas).\n"
                                        "![chart](/images/chart.png)\n") &&
        write(QStringLiteral("clean"), "[q](/handbook/sales/#quota) [x](https://example.com) "
                                       "![logo](/images/ok.png) [m](mailto:a@b.c)\n") &&
        write(QStringLiteral("company"), "Our [values](/company/values/).\n") &&
        Test::writeFile(root + (hugo ? QStringLiteral("/static/images/ok.png")
                                     : QStringLiteral("/sites/handbook/source/images/ok.png")),
                        "png");
    return written ? pages : QString();
}

void TestCli::checkReportsExactlyTheBrokenLinks_data()
{
    QTest::addColumn<QString>("era");
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("url");
    QTest::newRow("hugo") << QStringLiteral("hugo") << QStringLiteral("broken.md")
                          << QStringLiteral("/handbook/sales/");
    QTest::newRow("middleman") << QStringLiteral("middleman")
                               << QStringLiteral("broken/index.html.md")
                               << QStringLiteral("/handbook/sales/");
}

void TestCli::checkReportsExactlyTheBrokenLinks()
{
    QFETCH(QString, era);
    QFETCH(QString, page);
    QFETCH(QString, url);
    QTemporaryDir dir;
    const QString pages = writeCheckHandbook(dir.path(), era);
    QVERIFY(!pages.isEmpty());
    // Every check, the page named relative to the working folder: the three problems only.
    const QString file = pages + page;
    const auto result =
        Test::run(QStringLiteral(FOLIO_BINARY), {QStringLiteral("check"), file}, dir.path());
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    QCOMPARE(QString::fromUtf8(result.out),
             file +
                 QStringLiteral(":6:13: error: no page for /handbook/sale/ (did you mean: "
                                "/handbook/sales/)\n") +
                 file +
                 QStringLiteral(":7:14: error: no heading #quotas on %1 (did you mean: "
                                "%1#quota)\n")
                     .arg(url) +
                 file + QStringLiteral(":8:10: error: image not found: /images/chart.png\n"));
}

void TestCli::checkPassesCleanPagesAndInfo()
{
    QTemporaryDir dir;
    const QString pages = writeCheckHandbook(dir.path(), QStringLiteral("hugo"));
    const QString clean = dir.filePath(pages + QStringLiteral("clean.md"));
    const auto result = folio({QStringLiteral("check"), clean});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.isEmpty());
    QVERIFY(result.err.isEmpty());
    // A link to another site of the company is worth a look, not a failure.
    const QString company = dir.filePath(pages + QStringLiteral("company.md"));
    const auto info = folio({QStringLiteral("check"), company});
    QCOMPARE(info.exitCode, 0);
    QCOMPARE(QString::fromUtf8(info.out),
             company + QStringLiteral(":6:14: info: outside the handbook, not checked: "
                                      "/company/values/\n"));
}

void TestCli::checkPrintsJson()
{
    QTemporaryDir dir;
    const QString pages = writeCheckHandbook(dir.path(), QStringLiteral("hugo"));
    const auto result =
        Test::run(QStringLiteral(FOLIO_BINARY),
                  {QStringLiteral("check"), QStringLiteral("--format=json"),
                   pages + QStringLiteral("broken.md"), pages + QStringLiteral("clean.md")},
                  dir.path());
    QCOMPARE(result.exitCode, 1);
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(result.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(json.isArray());
    const QJsonArray problems = json.array();
    QCOMPARE(problems.size(), 3);
    const QJsonObject first = problems.first().toObject();
    QCOMPARE(first.value(u"file").toString(), pages + QStringLiteral("broken.md"));
    QCOMPARE(first.value(u"line").toInt(), 6);
    QCOMPARE(first.value(u"column").toInt(), 13);
    QCOMPARE(first.value(u"length").toInt(), 15);
    QCOMPARE(first.value(u"severity").toString(), QStringLiteral("error"));
    QCOMPARE(first.value(u"category").toString(), QStringLiteral("links"));
    QCOMPARE(first.value(u"message").toString(), QStringLiteral("no page for /handbook/sale/"));
    QCOMPARE(first.value(u"subject").toString(), QStringLiteral("/handbook/sale/"));
    QCOMPARE(first.value(u"suggestions").toArray(), QJsonArray{QStringLiteral("/handbook/sales/")});
    QCOMPARE(problems.last().toObject().value(u"suggestions").toArray(), QJsonArray());

    const auto clean =
        folio({QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json"),
               dir.filePath(pages + QStringLiteral("clean.md"))});
    QCOMPARE(clean.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(clean.out).array(), QJsonArray());
}

void TestCli::checkWalksFoldersSorted()
{
    QTemporaryDir dir;
    const QString pages = writeCheckHandbook(dir.path(), QStringLiteral("middleman"));
    QVERIFY(Test::writeFile(dir.filePath(QStringLiteral("README.md")), "[x](/handbook/nope/)\n"));
    // The whole handbook from its top, named relative to it; README.md is not a site page.
    const auto whole = Test::run(QStringLiteral(FOLIO_BINARY),
                                 {QStringLiteral("check"), QStringLiteral(".")}, dir.path());
    QCOMPARE(whole.exitCode, 1);
    const QStringList lines = QString::fromUtf8(whole.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines.at(0).startsWith(pages + QStringLiteral("broken/index.html.md:6:13: error")),
             qPrintable(lines.at(0)));
    QVERIFY(lines.at(2).startsWith(pages + QStringLiteral("broken/index.html.md:8:10: error")));
    QVERIFY(lines.at(3).startsWith(pages + QStringLiteral("company/index.html.md:6:14: info")));
    // A folder inside the handbook, named as given; a page given by name keeps its name.
    const QString folder = dir.filePath(pages + QStringLiteral("company"));
    const QString readme = dir.filePath(QStringLiteral("README.md"));
    const auto some =
        folio({QStringLiteral("check"), QStringLiteral("--only=links"), readme, folder});
    QCOMPARE(some.exitCode, 1);
    QCOMPARE(QString::fromUtf8(some.out),
             readme + QStringLiteral(":1:5: error: no page for /handbook/nope/\n") + folder +
                 QStringLiteral("/index.html.md:6:14: info: outside the handbook, not checked: "
                                "/company/values/\n"));
}

void TestCli::checkOnlySelectsKinds()
{
    QTemporaryDir dir;
    const QString pages = writeCheckHandbook(dir.path(), QStringLiteral("hugo"));
    const QString page = dir.filePath(pages + QStringLiteral("odd.md"));
    QVERIFY(Test::writeFile(page, "---\ntitle: Odd\ndecription: typo\n---\n[x](/handbook/x/)\n"));
    const auto all = folio({QStringLiteral("check"), page});
    QCOMPARE(all.exitCode, 1);
    QVERIFY2(all.out.contains("warning: 'decription' looks like a misspelling of 'description' "
                              "(did you mean: description)"),
             all.out.constData());
    QVERIFY(all.out.contains("error: no page for /handbook/x/"));
    const auto frontMatter = folio(
        {QStringLiteral("check"), QStringLiteral("--only"), QStringLiteral("frontmatter"), page});
    QCOMPARE(frontMatter.exitCode, 1);
    QVERIFY(frontMatter.out.contains("decription"));
    QVERIFY(!frontMatter.out.contains("no page"));
    const auto links =
        folio({QStringLiteral("check"), QStringLiteral("--only=links,spelling"), page});
    QCOMPARE(links.exitCode, 1);
    QVERIFY(!links.out.contains("decription"));
    QVERIFY(links.out.contains("no page"));
    // Only spelling: this page's words are all right, so its other problems do not count.
    const auto spelling = folio(
        {QStringLiteral("check"), QStringLiteral("--only"), QStringLiteral("spelling"), page});
    QCOMPARE(spelling.exitCode, 0);
    QVERIFY(spelling.out.isEmpty());
}

void TestCli::checkFindsTheSeedPagesMisspelling()
{
    // The page that started the project, with its real typo.
    const QString seed = qEnvironmentVariable("FOLIO_SEEDS_DIR",
                                              QStringLiteral(FOLIO_SOURCE_DIR "/../shared/seeds")) +
                         QStringLiteral("/000_52c20bdb3f3e5ccb.txt");
    if (!QFileInfo::exists(seed))
        QSKIP("the shared seed page is not there");
    QTemporaryDir dir;
    const QString page = dir.filePath(QStringLiteral("page.md"));
    QVERIFY(QFile::copy(seed, page));
    const auto text = folio(
        {QStringLiteral("check"), QStringLiteral("--only"), QStringLiteral("spelling"), page});
    QCOMPARE(text.exitCode, 1);
    const QList<QByteArray> lines = text.out.split('\n');
    const auto found = std::find_if(lines.cbegin(), lines.cend(), [](const QByteArray &line) {
        return line.contains("\"serivices\"");
    });
    QVERIFY2(found != lines.cend(), text.out.constData());
    QVERIFY2(found->startsWith((page + QStringLiteral(":25:163: warning: ")).toUtf8()),
             found->constData());
    QVERIFY2(found->contains("(did you mean: services"), found->constData());

    const auto json =
        folio({QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json"),
               QStringLiteral("--only"), QStringLiteral("spelling"), page});
    const QJsonArray problems = QJsonDocument::fromJson(json.out).array();
    const auto typo = std::find_if(problems.cbegin(), problems.cend(), [](const QJsonValue &v) {
        return v[QStringLiteral("subject")].toString() == QStringLiteral("serivices");
    });
    QVERIFY(typo != problems.cend());
    QCOMPARE((*typo)[QStringLiteral("category")].toString(), QStringLiteral("spelling"));
    QCOMPARE((*typo)[QStringLiteral("line")].toInt(), 25);
    QCOMPARE((*typo)[QStringLiteral("column")].toInt(), 163);
    QCOMPARE((*typo)[QStringLiteral("length")].toInt(), 9);
    QVERIFY((*typo)[QStringLiteral("suggestions")].toArray().contains(QStringLiteral("services")));
}

void TestCli::checkFindsOnlyTheDemosPlantedTypo()
{
    // The demo teaches the review: one typo on purpose, and nothing else to distract (its
    // team words are in its handbook dictionary, .folio/dictionary.txt).
    const auto result =
        folio({QStringLiteral("check"), QStringLiteral(FOLIO_SOURCE_DIR "/resources/demo")});
    QCOMPARE(result.exitCode, 1);
    const QList<QByteArray> lines = result.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().contains("solutions-architects/_index.md:") &&
                 lines.first().contains("\"enviroment\""),
             result.out.constData());
}

void TestCli::checkReportsBadUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("bytes"); // written to page.md first, when not empty
    QTest::addColumn<QString>("message");
    const QString page = QStringLiteral("page.md");
    QTest::newRow("no path") << QStringList{} << QByteArray()
                             << QStringLiteral("no page or folder given");
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("--frobnicate"), page} << QByteArray("# x\n")
        << QStringLiteral("unknown option --frobnicate");
    QTest::newRow("unknown kind") << QStringList{QStringLiteral("--only"),
                                                 QStringLiteral("links,grammar"), page}
                                  << QByteArray("# x\n")
                                  << QStringLiteral("unknown check 'grammar'");
    QTest::newRow("unknown format")
        << QStringList{QStringLiteral("--format=xml"), page} << QByteArray("# x\n")
        << QStringLiteral("unknown format 'xml'");
    QTest::newRow("missing value")
        << QStringList{page, QStringLiteral("--format")} << QByteArray("# x\n")
        << QStringLiteral("--format needs a value");
    QTest::newRow("missing path") << QStringList{QStringLiteral("nope.md")} << QByteArray()
                                  << QStringLiteral("cannot check nope.md: no such file or folder");
    QTest::newRow("not a page") << QStringList{QStringLiteral("notes.txt")} << QByteArray()
                                << QStringLiteral("not a Markdown page");
    QTest::newRow("latin-1") << QStringList{page} << QByteArray("caf\xE9 [x](#y)\n")
                             << QStringLiteral("not valid UTF-8");
}

void TestCli::checkReportsBadUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QVERIFY(Test::writeFile(dir.filePath(QStringLiteral("notes.txt")), "text\n"));
    if (!bytes.isEmpty())
        QVERIFY(Test::writeFile(dir.filePath(QStringLiteral("page.md")), bytes));
    const auto result = Test::run(QStringLiteral(FOLIO_BINARY),
                                  QStringList{QStringLiteral("check")} + arguments, dir.path());
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(QString::fromUtf8(result.err).contains(message), result.err.constData());
    const auto help = folio({QStringLiteral("check"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("usage: folio check"));
}

void TestCli::windowStartsFromTheExecutable()
{
    // folio without a command loads the window module; give it a folder that is not a
    // handbook so it shows its message and writes nothing.
    QTemporaryDir home;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(FOLIO_BINARY), {home.path()});
    QVERIFY(process.waitForStarted(10000));
    QVERIFY2(!process.waitForFinished(4000), process.readAllStandardError().constData());
    QCOMPARE(process.state(), QProcess::Running);
    process.kill();
    process.waitForFinished(10000);
    QVERIFY(!process.readAllStandardError().contains("cannot start the window"));
    QVERIFY(!QFileInfo::exists(home.filePath(QStringLiteral("data/folio/demo-handbook"))));
}

void TestCli::missingWindowModuleIsReported()
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("folio"));
    QVERIFY(QFile::copy(QStringLiteral(FOLIO_BINARY), copy));
    const auto result = Test::run(copy, {dir.path()});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("cannot start the window"), result.err.constData());
    // The command line does not need the module.
    QCOMPARE(Test::run(copy, {QStringLiteral("--version")}).exitCode, 0);
}

const QString TestCli::proposedPage = QStringLiteral("handbook/sa/index.md");

void TestCli::executableDoesNotLinkLibgit2()
{
    // folio render must not pay for libgit2's start-up: only the module links it.
    const auto ldd = Test::run(QStringLiteral("ldd"), {QStringLiteral(FOLIO_BINARY)});
    QCOMPARE(ldd.exitCode, 0);
    QVERIFY2(!ldd.out.contains("git2"), ldd.out.constData());
}

bool TestCli::proposeProject(Test::HttpGitServer &server, const QString &name,
                             const QString &workPath, QString *local)
{
    const QString bare = server.createRepository(name, Test::HttpGitServer::Hook::RecordOnly);
    const QString seed = workPath + QStringLiteral("/seed");
    *local = workPath + QStringLiteral("/local");
    return !bare.isEmpty() && Test::seedRepository(bare, seed) &&
           Test::commitFile(seed, proposedPage, "---\ntitle: SA\n---\nprofesional\n",
                            QStringLiteral("Add the SA page")) &&
           Test::gitOk(seed, {QStringLiteral("push"), QStringLiteral("-q"),
                              QStringLiteral("origin"), QStringLiteral("main")}) &&
           Test::cloneWithOrigin(bare, server.url(name), *local) &&
           server.setHook(name, Test::HttpGitServer::Hook::CreateMergeRequest) &&
           Test::writeFile(*local + u'/' + proposedPage, "---\ntitle: SA\n---\nprofessional\n");
}

void TestCli::proposePrintsTheMergeRequestUrl()
{
    if (const QString missing = Test::HttpGitServer::missingPrograms(); !missing.isEmpty())
        QSKIP(qPrintable(missing));
    Test::HttpGitServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QTemporaryDir work;
    QString local;
    QVERIFY(proposeProject(server, QStringLiteral("cli"), work.path(), &local));

    qputenv("FOLIO_GIT_TOKEN", server.token().toUtf8());
    qputenv("FOLIO_GIT_USERNAME", server.username().toUtf8());
    const auto result =
        folio({QStringLiteral("propose"), QStringLiteral("--handbook"), local,
               QStringLiteral("--title"), QStringLiteral("Fix a typo"), QStringLiteral("--label"),
               QStringLiteral("SA-HANDBOOK"), QStringLiteral("--label=docs"),
               QStringLiteral("--branch"), QStringLiteral("sa/fix-typo"), proposedPage});
    qunsetenv("FOLIO_GIT_TOKEN");
    qunsetenv("FOLIO_GIT_USERNAME");
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(QString::fromUtf8(result.out).trimmed(),
             server.createdMergeRequestUrl(QStringLiteral("sa/fix-typo")));
    QVERIFY2(result.err.contains("Announcement: "), result.err.constData());
    QVERIFY(result.err.contains("remote: View merge request for sa/fix-typo"));
    QVERIFY(!result.out.contains(server.token().toUtf8()));
    QVERIFY(!result.err.contains(server.token().toUtf8()));
    const QStringList options = server.receivedPushOptions(QStringLiteral("cli"));
    QVERIFY(options.contains(QStringLiteral("merge_request.title=Fix a typo")));
    QVERIFY(options.contains(QStringLiteral("merge_request.label=SA-HANDBOOK")));
    QVERIFY(options.contains(QStringLiteral("merge_request.label=docs")));
    QVERIFY(options.contains(QStringLiteral("merge_request.target=main")));
    // The user's edit is still in the work tree, on the branch they were on.
    QCOMPARE(Test::readFile(local + u'/' + proposedPage),
             QByteArray("---\ntitle: SA\n---\nprofessional\n"));
    QCOMPARE(Test::gitText(local, {QStringLiteral("branch"), QStringLiteral("--show-current")}),
             QByteArray("main"));
}

void TestCli::proposeWithWrongTokenFailsWithoutShowingIt()
{
    if (const QString missing = Test::HttpGitServer::missingPrograms(); !missing.isEmpty())
        QSKIP(qPrintable(missing));
    Test::HttpGitServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QTemporaryDir work;
    QString local;
    QVERIFY(proposeProject(server, QStringLiteral("cli"), work.path(), &local));

    const QByteArray wrongToken = "glpat-WrongSecret4711";
    qputenv("FOLIO_GIT_TOKEN", wrongToken);
    const auto result =
        folio({QStringLiteral("propose"), QStringLiteral("--handbook"), local,
               QStringLiteral("--title"), QStringLiteral("Fix a typo"), proposedPage});
    qunsetenv("FOLIO_GIT_TOKEN");
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains("authentication failed"), result.err.constData());
    QVERIFY(!result.err.contains(wrongToken));
    QVERIFY(!result.err.contains(server.token().toUtf8()));
    // Nothing was committed: the failure came with the fetch.
    QCOMPARE(Test::gitText(local, {QStringLiteral("branch"), QStringLiteral("--list")}),
             QByteArray("* main"));
    QVERIFY(!Test::readFile(local + QStringLiteral("/.git/config")).contains(wrongToken));
}

void TestCli::proposeWithoutTitleIsAUsageError()
{
    QTemporaryDir dir;
    const auto result = folio({QStringLiteral("propose"), QStringLiteral("--handbook"), dir.path(),
                               QStringLiteral("page.md")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("--title is required"), result.err.constData());
    QVERIFY(result.err.contains("Usage: folio propose"));
    QVERIFY(result.out.isEmpty());
    const auto help = folio({QStringLiteral("--help")});
    QVERIFY(help.out.contains("propose --title T PAGE"));
    QVERIFY(help.out.contains("FOLIO_GIT_TOKEN"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
