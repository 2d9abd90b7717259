#include "handbook/handbook.h"
#include "testsupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Folio;
using Folio::Handbook::Era;

class TestHandbook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void detectsEras();
    void opensFromAPageInside();
    void refusesFolderWithoutPages();
    void refusesMissingPath();
    void scansPagesWithTitles();
    void mapsPagesToUrls_data();
    void mapsPagesToUrls();
    void mapsUrlsToPages_data();
    void mapsUrlsToPages();
    void resolvesAssetsInsideRootOnly_data();
    void resolvesAssetsInsideRootOnly();
    void splitsAnchorsAndTellsExternalLinks();
    void resolvesAgainstAKnownPageSet();
    void listsPageFilesAndPagePaths();
    void opensAPlainFolderWithoutWalkingUp();

private:
    QTemporaryDir m_dir;
    QString m_root;
};

void TestHandbook::initTestCase()
{
    m_root = QDir(m_dir.path()).canonicalPath() + QStringLiteral("/hb");
    const auto page = [&](const QString &path, const QByteArray &title) {
        QVERIFY(Test::writeFile(m_root + u'/' + path, "---\ntitle: " + title + "\n---\n# x\n"));
    };
    QVERIFY(Test::writeFile(m_root + QStringLiteral("/config.toml"), "title = 'x'\n"));
    page(QStringLiteral("content/handbook/_index.md"), "Home");
    page(QStringLiteral("content/handbook/sa/_index.md"), "Solutions Architects");
    page(QStringLiteral("content/handbook/sa/demos.md"), "Demos");
    page(QStringLiteral("content/handbook/sa/bundle/index.md"), "Bundle");
    page(QStringLiteral("sites/handbook/source/handbook/sales/index.html.md"), "Sales");
    page(QStringLiteral("sites/handbook/source/handbook/legacy/index.html.md.erb"), "Legacy");
    page(QStringLiteral("sites/handbook/source/handbook/faq.html.md"), "FAQ");
    QVERIFY(Test::writeFile(m_root + QStringLiteral("/README.md"), "# not a site page\n"));
    QVERIFY(
        Test::writeFile(m_root + QStringLiteral("/node_modules/pkg/readme.md"), "# dependency\n"));
    QVERIFY(Test::writeFile(m_root + QStringLiteral("/static/images/sa/flow.svg"), "<svg/>"));
    QVERIFY(Test::writeFile(
        m_root + QStringLiteral("/sites/handbook/source/images/sales/funnel.svg"), "<svg/>"));
    QVERIFY(Test::writeFile(m_root + QStringLiteral("/content/handbook/sa/bundle/pic.png"), "png"));
    QVERIFY(Test::writeFile(m_root + QStringLiteral("/.git/config"), "[core]\n"));
    QVERIFY(Test::writeFile(m_dir.path() + QStringLiteral("/secret.txt"), "outside"));
}

void TestHandbook::detectsEras()
{
    const auto mixed = Handbook::Handbook::open(m_root);
    QVERIFY(mixed);
    QCOMPARE(mixed->era(), Era::Mixed);
    QCOMPARE(mixed->rootPath(), m_root);

    QTemporaryDir hugo;
    QVERIFY(Test::writeFile(hugo.filePath(QStringLiteral("content/_index.md")), "# a\n"));
    QCOMPARE(Handbook::Handbook::open(hugo.path())->era(), Era::Hugo);

    QTemporaryDir middleman;
    QVERIFY(Test::writeFile(
        middleman.filePath(QStringLiteral("sites/handbook/source/index.html.md")), "# a\n"));
    QCOMPARE(Handbook::Handbook::open(middleman.path())->era(), Era::Middleman);

    QTemporaryDir plain;
    QVERIFY(Test::writeFile(plain.filePath(QStringLiteral("notes/a.md")), "# a\n"));
    const auto plainHandbook = Handbook::Handbook::open(plain.path());
    QCOMPARE(plainHandbook->era(), Era::Plain);
    QCOMPARE(plainHandbook->contentRoots(), QStringList{QString()});
}

void TestHandbook::opensFromAPageInside()
{
    const auto handbook =
        Handbook::Handbook::open(m_root + QStringLiteral("/content/handbook/sa/demos.md"));
    QVERIFY(handbook);
    QCOMPARE(handbook->rootPath(), m_root);
    QCOMPARE(handbook->relativePath(m_root + QStringLiteral("/content/handbook/sa/demos.md")),
             QStringLiteral("content/handbook/sa/demos.md"));
    QCOMPARE(handbook->relativePath(m_dir.path() + QStringLiteral("/secret.txt")), QString());
    // Found by fuzz_urlmapping: ".." after a folder that does not exist is still that
    // folder's parent, never a relative path above the root.
    QCOMPARE(handbook->relativePath(m_root + QStringLiteral("/missing/..")), QString());
    QCOMPARE(handbook->relativePath(m_root + QStringLiteral("/content/missing/..")),
             QStringLiteral("content"));
}

void TestHandbook::refusesFolderWithoutPages()
{
    QTemporaryDir empty;
    QVERIFY(Test::writeFile(empty.filePath(QStringLiteral("photo.png")), "png"));
    const auto handbook = Handbook::Handbook::open(empty.path());
    QVERIFY(!handbook);
    QCOMPARE(handbook.error().domain, ErrorDomain::Handbook);
    QVERIFY2(handbook.error().message.contains(QStringLiteral("not a handbook")),
             qPrintable(handbook.error().message));
}

void TestHandbook::refusesMissingPath()
{
    const auto handbook = Handbook::Handbook::open(m_dir.filePath(QStringLiteral("missing")));
    QVERIFY(!handbook);
    QVERIFY(handbook.error().message.contains(QStringLiteral("does not exist")));
}

void TestHandbook::scansPagesWithTitles()
{
    const auto handbook = Handbook::Handbook::open(m_root);
    const QList<Handbook::PageEntry> pages = handbook->scanPages();
    QStringList paths;
    for (const auto &page : pages)
        paths.append(page.path);
    QCOMPARE(paths,
             (QStringList{QStringLiteral("content/handbook/_index.md"),
                          QStringLiteral("content/handbook/sa/_index.md"),
                          QStringLiteral("content/handbook/sa/bundle/index.md"),
                          QStringLiteral("content/handbook/sa/demos.md"),
                          QStringLiteral("sites/handbook/source/handbook/faq.html.md"),
                          QStringLiteral("sites/handbook/source/handbook/legacy/index.html.md.erb"),
                          QStringLiteral("sites/handbook/source/handbook/sales/index.html.md")}));
    QCOMPARE(pages.at(1).title, QStringLiteral("Solutions Architects"));
}

void TestHandbook::mapsPagesToUrls_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("url");
    QTest::newRow("hugo section") << QStringLiteral("content/handbook/sa/_index.md")
                                  << QStringLiteral("/handbook/sa/");
    QTest::newRow("hugo page") << QStringLiteral("content/handbook/sa/demos.md")
                               << QStringLiteral("/handbook/sa/demos/");
    QTest::newRow("hugo bundle") << QStringLiteral("content/handbook/sa/bundle/index.md")
                                 << QStringLiteral("/handbook/sa/bundle/");
    QTest::newRow("middleman") << QStringLiteral(
                                      "sites/handbook/source/handbook/sales/index.html.md")
                               << QStringLiteral("/handbook/sales/");
    QTest::newRow("middleman erb")
        << QStringLiteral("sites/handbook/source/handbook/legacy/index.html.md.erb")
        << QStringLiteral("/handbook/legacy/");
    QTest::newRow("middleman html page")
        << QStringLiteral("sites/handbook/source/handbook/faq.html.md")
        << QStringLiteral("/handbook/faq.html");
}

void TestHandbook::mapsPagesToUrls()
{
    QFETCH(QString, page);
    QFETCH(QString, url);
    QCOMPARE(Handbook::Handbook::open(m_root)->urlForPage(page), url);
}

void TestHandbook::mapsUrlsToPages_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("page");
    const QString demos = QStringLiteral("content/handbook/sa/demos.md");
    QTest::newRow("absolute") << QStringLiteral("/handbook/sa/") << QString()
                              << QStringLiteral("content/handbook/sa/_index.md");
    QTest::newRow("no slash, anchor") << QStringLiteral("/handbook/sa#who") << QString()
                                      << QStringLiteral("content/handbook/sa/_index.md");
    QTest::newRow("middleman") << QStringLiteral("/handbook/sales/") << QString()
                               << QStringLiteral(
                                      "sites/handbook/source/handbook/sales/index.html.md");
    QTest::newRow("html") << QStringLiteral("/handbook/faq.html") << QString()
                          << QStringLiteral("sites/handbook/source/handbook/faq.html.md");
    // Middleman's directory indexes: faq.html.md is also at /handbook/faq/ and its index.html.
    QTest::newRow("directory index")
        << QStringLiteral("/handbook/faq/#q") << QString()
        << QStringLiteral("sites/handbook/source/handbook/faq.html.md");
    QTest::newRow("directory index, no slash")
        << QStringLiteral("/handbook/faq") << QString()
        << QStringLiteral("sites/handbook/source/handbook/faq.html.md");
    QTest::newRow("directory index.html")
        << QStringLiteral("/handbook/faq/index.html") << QString()
        << QStringLiteral("sites/handbook/source/handbook/faq.html.md");
    QTest::newRow("index.html") << QStringLiteral("/handbook/sales/index.html") << QString()
                                << QStringLiteral(
                                       "sites/handbook/source/handbook/sales/index.html.md");
    QTest::newRow("index.html of erb")
        << QStringLiteral("/handbook/legacy/index.html#x") << QString()
        << QStringLiteral("sites/handbook/source/handbook/legacy/index.html.md.erb");
    // Hugo's ref and relref shortcodes name a page as GetPage finds it.
    QTest::newRow("ref next to the page")
        << QStringLiteral("{{< ref \"demos\" >}}")
        << QStringLiteral("content/handbook/sa/_index.md") << demos;
    QTest::newRow("relref with file and anchor")
        << QStringLiteral("{{% relref \"demos.md#setup\" %}}")
        << QStringLiteral("content/handbook/sa/_index.md") << demos;
    QTest::newRow("ref from the content root")
        << QStringLiteral("{{< ref \"/handbook/sa\" >}}") << QString()
        << QStringLiteral("content/handbook/sa/_index.md");
    QTest::newRow("ref to a bundle")
        << QStringLiteral("{{<ref path=\"handbook/sa/bundle\">}}") << demos
        << QStringLiteral("content/handbook/sa/bundle/index.md");
    QTest::newRow("ref to nothing")
        << QStringLiteral("{{< ref \"nowhere\" >}}") << demos << QString();
    QTest::newRow("other shortcode") << QStringLiteral("{{< param x >}}") << demos << QString();
    QTest::newRow("relative up") << QStringLiteral("../") << demos
                                 << QStringLiteral("content/handbook/sa/_index.md");
    QTest::newRow("relative file")
        << QStringLiteral("_index.md") << demos << QStringLiteral("content/handbook/sa/_index.md");
    QTest::newRow("external") << QStringLiteral("https://example.com/handbook/sa/") << QString()
                              << QString();
    QTest::newRow("missing") << QStringLiteral("/handbook/nowhere/") << QString() << QString();
    QTest::newRow("escape attempt")
        << QStringLiteral("/../../etc/passwd") << QString() << QString();
    // Found by fuzz_urlmapping: ".." at the site's root stays at the root, as in a browser;
    // it never reaches files beside the content folder such as the checkout's README.md.
    QTest::newRow("dots above the site root") << QStringLiteral("/../handbook/sa/") << QString()
                                              << QStringLiteral("content/handbook/sa/_index.md");
    QTest::newRow("dots to a file beside the content")
        << QStringLiteral("/../README/") << QString() << QString();
}

void TestHandbook::mapsUrlsToPages()
{
    QFETCH(QString, url);
    QFETCH(QString, from);
    QFETCH(QString, page);
    QCOMPARE(Handbook::Handbook::open(m_root)->pageForUrl(url, from), page);
}

void TestHandbook::resolvesAssetsInsideRootOnly_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("file");
    const QString bundle = QStringLiteral("content/handbook/sa/bundle/index.md");
    QTest::newRow("hugo static") << QStringLiteral("/images/sa/flow.svg") << QString()
                                 << QStringLiteral("static/images/sa/flow.svg");
    QTest::newRow("middleman source")
        << QStringLiteral("/images/sales/funnel.svg") << QString()
        << QStringLiteral("sites/handbook/source/images/sales/funnel.svg");
    QTest::newRow("page bundle") << QStringLiteral("pic.png") << bundle
                                 << QStringLiteral("content/handbook/sa/bundle/pic.png");
    QTest::newRow("escape with dots")
        << QStringLiteral("../../../../../secret.txt") << bundle << QString();
    QTest::newRow("escape encoded")
        << QStringLiteral("/%2E%2E/secret.txt") << QString() << QString();
    QTest::newRow("git folder") << QStringLiteral("/.git/config") << QString() << QString();
    // Found by fuzz_urlmapping: "/.." stays at the site's root, so a file at the checkout's
    // top (not served by the site) is no image, and a static one is found as a browser would.
    QTest::newRow("dots to the checkout's top")
        << QStringLiteral("/../config.toml") << QString() << QString();
    QTest::newRow("dots above the site root")
        << QStringLiteral("/../images/sa/flow.svg") << QString()
        << QStringLiteral("static/images/sa/flow.svg");
    QTest::newRow("remote") << QStringLiteral("https://example.com/x.png") << QString()
                            << QString();
    QTest::newRow("file url") << QStringLiteral("file:///etc/passwd") << QString() << QString();
}

void TestHandbook::resolvesAssetsInsideRootOnly()
{
    QFETCH(QString, url);
    QFETCH(QString, from);
    QFETCH(QString, file);
    const QString resolved = Handbook::Handbook::open(m_root)->resolveAsset(url, from);
    QCOMPARE(resolved, file.isEmpty() ? QString() : m_root + u'/' + file);
}

void TestHandbook::splitsAnchorsAndTellsExternalLinks()
{
    using Folio::Handbook::Handbook;
    QCOMPARE(Handbook::urlAnchor(QStringLiteral("/handbook/sa/#who-we-are")),
             QStringLiteral("who-we-are"));
    QCOMPARE(Handbook::urlAnchor(QStringLiteral("#%C3%BCber-uns")), QStringLiteral("über-uns"));
    QCOMPARE(Handbook::urlAnchor(QStringLiteral("/handbook/sa/")), QString());
    QVERIFY(Handbook::isExternalUrl(QStringLiteral("https://example.com/")));
    QVERIFY(Handbook::isExternalUrl(QStringLiteral("mailto:a@b.c")));
    QVERIFY(Handbook::isExternalUrl(QStringLiteral("//cdn.example.com/x.js")));
    QVERIFY(!Handbook::isExternalUrl(QStringLiteral("/handbook/sa/")));
    QVERIFY(!Handbook::isExternalUrl(QStringLiteral("../sa/#x:y")));
    QVERIFY(!Handbook::isExternalUrl(QStringLiteral("demos.md")));
}

void TestHandbook::resolvesAgainstAKnownPageSet()
{
    const auto handbook = Handbook::Handbook::open(m_root);
    const QSet<QString> pages = {QStringLiteral("content/handbook/sa/_index.md"),
                                 QStringLiteral("content/handbook/ghost/_index.md")};
    const auto isPage = [&](const QString &path) { return pages.contains(path); };
    // Not on disk, but in the set: found; on disk, but not in the set: not found.
    QCOMPARE(handbook->pageForUrl(QStringLiteral("/handbook/ghost/#a"), QString(), isPage),
             QStringLiteral("content/handbook/ghost/_index.md"));
    QCOMPARE(handbook->pageForUrl(QStringLiteral("/handbook/sa/demos/"), QString(), isPage),
             QString());
    QCOMPARE(handbook->pageForUrl(QStringLiteral("../"),
                                  QStringLiteral("content/handbook/sa/demos.md"), isPage),
             QStringLiteral("content/handbook/sa/_index.md"));
    QCOMPARE(handbook->pageForUrl(QStringLiteral("#top"),
                                  QStringLiteral("content/handbook/sa/demos.md"), isPage),
             QStringLiteral("content/handbook/sa/demos.md"));
}

void TestHandbook::listsPageFilesAndPagePaths()
{
    const auto handbook = Handbook::Handbook::open(m_root);
    const auto listing = handbook->listPageFiles();
    QCOMPARE(listing.paths.size(), 7);
    QVERIFY(listing.problems.isEmpty());
    QCOMPARE(handbook->listPageFiles(QStringLiteral("content/handbook/sa")).paths,
             (QStringList{QStringLiteral("content/handbook/sa/_index.md"),
                          QStringLiteral("content/handbook/sa/bundle/index.md"),
                          QStringLiteral("content/handbook/sa/demos.md")}));
    QVERIFY(handbook->listPageFiles(QStringLiteral("node_modules")).paths.isEmpty());
    QVERIFY(handbook->isPagePath(QStringLiteral("content/handbook/new.md")));
    QVERIFY(!handbook->isPagePath(QStringLiteral("README.md"))); // outside the content roots
    QVERIFY(!handbook->isPagePath(QStringLiteral("content/.hidden/a.md")));
    QVERIFY(!handbook->isPagePath(QStringLiteral("content/handbook/photo.png")));
    QVERIFY(!handbook->isPagePath(QStringLiteral("content/../README.md")));
}

void TestHandbook::opensAPlainFolderWithoutWalkingUp()
{
    // A folder of notes inside a handbook checkout: open() takes the checkout, openPlainFolder
    // the folder itself.
    const QString notes = m_root + QStringLiteral("/content/handbook/sa");
    QCOMPARE(Handbook::Handbook::open(notes)->rootPath(), m_root);
    const auto plain = Handbook::Handbook::openPlainFolder(notes);
    QVERIFY(plain);
    QCOMPARE(plain->rootPath(), notes);
    QCOMPARE(plain->era(), Era::Plain);
    QCOMPARE(plain->listPageFiles().paths.size(), 3);
    QVERIFY(!Handbook::Handbook::openPlainFolder(m_dir.filePath(QStringLiteral("missing"))));
}

QTEST_GUILESS_MAIN(TestHandbook)
#include "tst_handbook.moc"
