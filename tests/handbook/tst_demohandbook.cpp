#include "git/gitlibrary.h"
#include "git/repository.h"
#include "handbook/demohandbook.h"
#include "handbook/handbook.h"
#include "propose/handbooksettings.h"
#include "testsupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Folio;
using Folio::Handbook::DemoHandbook;

class TestDemoHandbook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsCommittedRepositoryWithOrigin();
    void hasPagesOfBothEras();
    void hasProposalSettings();
    void keepsExistingDemo();
    void refusesForeignFolder();

private:
    Git::GitLibrary m_git;
};

void TestDemoHandbook::createsCommittedRepositoryWithOrigin()
{
    QTemporaryDir dir;
    const QString location = dir.filePath(QStringLiteral("demo"));
    const auto created = DemoHandbook::ensure(location);
    QVERIFY2(created, qPrintable(created ? QString() : created.error().toString()));
    QCOMPARE(created.value(), location);
    QVERIFY(!QFileInfo::exists(location + QStringLiteral(".partial")));

    // The real git CLI must accept what libgit2 wrote.
    const auto fsck = Test::git(location, {QStringLiteral("fsck"), QStringLiteral("--strict")});
    QVERIFY2(fsck.exitCode == 0, fsck.err.constData());
    const auto log =
        Test::git(location, {QStringLiteral("log"), QStringLiteral("--format=%an|%s")});
    QCOMPARE(log.exitCode, 0);
    QCOMPARE(log.out.trimmed(), QByteArray("Folio|Create the Acme Cloud demo handbook"));
    const auto status =
        Test::git(location, {QStringLiteral("status"), QStringLiteral("--porcelain")});
    QCOMPARE(status.exitCode, 0);
    QCOMPARE(status.out, QByteArray()); // everything committed
    const auto branch =
        Test::git(location, {QStringLiteral("rev-parse"), QStringLiteral("--abbrev-ref"),
                             QStringLiteral("HEAD")});
    QCOMPARE(branch.out.trimmed(), QByteArray("main"));

    // origin is a local bare repository holding the same commit, tracked by main.
    const auto url = Test::git(
        location, {QStringLiteral("remote"), QStringLiteral("get-url"), QStringLiteral("origin")});
    QCOMPARE(QString::fromUtf8(url.out.trimmed()),
             QDir(DemoHandbook::originLocation(location)).absolutePath());
    const auto bare =
        Test::git(DemoHandbook::originLocation(location),
                  {QStringLiteral("rev-parse"), QStringLiteral("--is-bare-repository")});
    QCOMPARE(bare.out.trimmed(), QByteArray("true"));
    const auto originFsck = Test::git(DemoHandbook::originLocation(location),
                                      {QStringLiteral("fsck"), QStringLiteral("--strict")});
    QVERIFY2(originFsck.exitCode == 0, originFsck.err.constData());
    const auto local = Test::git(location, {QStringLiteral("rev-parse"), QStringLiteral("main")});
    const auto remote = Test::git(location, {QStringLiteral("ls-remote"), QStringLiteral("origin"),
                                             QStringLiteral("refs/heads/main")});
    QVERIFY(!local.out.trimmed().isEmpty());
    QVERIFY2(remote.out.startsWith(local.out.trimmed()), remote.out.constData());
    const auto upstream =
        Test::git(location, {QStringLiteral("rev-parse"), QStringLiteral("--abbrev-ref"),
                             QStringLiteral("main@{upstream}")});
    QCOMPARE(upstream.out.trimmed(), QByteArray("origin/main"));
}

void TestDemoHandbook::hasPagesOfBothEras()
{
    QTemporaryDir dir;
    const auto created = DemoHandbook::ensure(dir.filePath(QStringLiteral("demo")));
    QVERIFY(created);
    const auto handbook = Handbook::Handbook::open(created.value());
    QVERIFY(handbook);
    QCOMPARE(handbook->era(), Handbook::Era::Mixed);
    const auto pages = handbook->scanPages();
    QVERIFY(pages.size() >= 4);
    bool middlemanToc = false, hugoShortcode = false;
    for (const auto &page : pages) {
        QVERIFY2(!page.title.isEmpty(), qPrintable(page.path));
        const QByteArray text = Test::readFile(handbook->absolutePath(page.path));
        if (page.path.endsWith(QLatin1String("index.html.md")) && text.contains("{:toc"))
            middlemanToc = true;
        if (page.path.endsWith(QLatin1String("_index.md")) && text.contains("{{<"))
            hugoShortcode = true;
        // Every internal link of the demo leads to a page of the demo.
        static const QRegularExpression link(QStringLiteral("\\]\\((/handbook/[^)\\s]*)\\)"));
        for (const auto &match : link.globalMatch(QString::fromUtf8(text))) {
            QVERIFY2(!handbook->pageForUrl(match.captured(1), page.path).isEmpty(),
                     qPrintable(page.path + u" links to " + match.captured(1)));
        }
        static const QRegularExpression image(QStringLiteral("!\\[[^\\]]*\\]\\(([^)\\s]+)\\)"));
        for (const auto &match : image.globalMatch(QString::fromUtf8(text))) {
            QVERIFY2(!handbook->resolveAsset(match.captured(1), page.path).isEmpty(),
                     qPrintable(page.path + u" shows missing image " + match.captured(1)));
        }
    }
    QVERIFY(middlemanToc);
    QVERIFY(hugoShortcode);
}

void TestDemoHandbook::hasProposalSettings()
{
    QTemporaryDir dir;
    const auto created = DemoHandbook::ensure(dir.filePath(QStringLiteral("demo")));
    QVERIFY(created);
    // A hidden file: copied and committed like the pages.
    const auto tracked = Test::git(
        created.value(), {QStringLiteral("ls-files"), Propose::HandbookSettings::FileName});
    QCOMPARE(tracked.out.trimmed(), Propose::HandbookSettings::FileName.toUtf8());
    const auto settings = Propose::HandbookSettings::load(created.value());
    QVERIFY2(settings, qPrintable(settings ? QString() : settings.error().toString()));
    QVERIFY(settings->problems().isEmpty());
    QCOMPARE(settings->labels(), QStringList{QStringLiteral("SA-HANDBOOK")});
    QCOMPARE(settings->teamHandle(), QStringLiteral("@sa_leaders"));
    QCOMPARE(settings->targetBranch(), QStringLiteral("main"));
    QVERIFY(settings->announcement().contains(QLatin1String("{mr_url}")));
}

void TestDemoHandbook::keepsExistingDemo()
{
    QTemporaryDir dir;
    const QString location = dir.filePath(QStringLiteral("demo"));
    QVERIFY(DemoHandbook::ensure(location));
    const QString page = location + QStringLiteral("/content/handbook/_index.md");
    QVERIFY(Test::writeFile(page, "my edit\n"));
    QVERIFY(DemoHandbook::ensure(location));
    QCOMPARE(Test::readFile(page), QByteArray("my edit\n"));
}

void TestDemoHandbook::refusesForeignFolder()
{
    QTemporaryDir dir;
    const QString location = dir.filePath(QStringLiteral("demo"));
    QVERIFY(Test::writeFile(location + QStringLiteral("/mine.txt"), "keep"));
    const auto result = DemoHandbook::ensure(location);
    QVERIFY(!result);
    QCOMPARE(Test::readFile(location + QStringLiteral("/mine.txt")), QByteArray("keep"));
}

QTEST_GUILESS_MAIN(TestDemoHandbook)
#include "tst_demohandbook.moc"
