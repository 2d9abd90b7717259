#include "handbook/handbook.h"
#include "handbook/imageplacement.h"
#include "testsupport.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Folio;
using Handbook::ImagePlacement;

namespace {

// A handbook of both eras (as during the migration) and a plain folder of pages.
struct Fixture
{
    QTemporaryDir dir;
    Handbook::Handbook mixed;

    bool create()
    {
        const QStringList pages = {
            QStringLiteral("content/handbook/_index.md"),
            QStringLiteral("content/handbook/sales/_index.md"),
            QStringLiteral("content/handbook/sales/discovery/call-notes.md"),
            QStringLiteral("sites/handbook/source/handbook/marketing/index.html.md"),
            QStringLiteral("sites/handbook/source/handbook/marketing/brand/guide/index.html.md"),
            QStringLiteral("sites/handbook/source/handbook/marketing/Launch Plan.html.md.erb"),
        };
        for (const QString &page : pages) {
            if (!Test::writeFile(dir.filePath(page), "# Page\n"))
                return false;
        }
        auto opened = Handbook::Handbook::open(dir.path());
        if (!opened || opened->era() != Handbook::Era::Mixed)
            return false;
        mixed = *opened;
        return true;
    }
};

} // namespace

class TestImagePlacement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_fixture.create()); }
    void placesImagesInTheSectionFolder_data();
    void placesImagesInTheSectionFolder();
    void namesNeverCollide();
    void plainFoldersKeepImagesNextToThePage();
    void saveWritesTheBytesAndNeverOverwrites();
    void savedImagesResolveAsThePreviewDoes();

private:
    Fixture m_fixture;
};

void TestImagePlacement::placesImagesInTheSectionFolder_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("url");
    QTest::newRow("hugo section") << "content/handbook/sales/_index.md"
                                  << "png"
                                  << "static/images/sales/sales-1.png"
                                  << "/images/sales/sales-1.png";
    QTest::newRow("hugo nested leaf page") << "content/handbook/sales/discovery/call-notes.md"
                                           << "PNG"
                                           << "static/images/sales/discovery/call-notes-1.png"
                                           << "/images/sales/discovery/call-notes-1.png";
    QTest::newRow("hugo handbook home") << "content/handbook/_index.md"
                                        << "jpg"
                                        << "static/images/handbook-1.jpg"
                                        << "/images/handbook-1.jpg";
    QTest::newRow("middleman section") << "sites/handbook/source/handbook/marketing/index.html.md"
                                       << "png"
                                       << "sites/handbook/source/images/marketing/marketing-1.png"
                                       << "/images/marketing/marketing-1.png";
    QTest::newRow("middleman nested section")
        << "sites/handbook/source/handbook/marketing/brand/guide/index.html.md"
        << "gif"
        << "sites/handbook/source/images/marketing/brand/guide/guide-1.gif"
        << "/images/marketing/brand/guide/guide-1.gif";
    QTest::newRow("middleman erb leaf page, name slugified")
        << "sites/handbook/source/handbook/marketing/Launch Plan.html.md.erb"
        << "png"
        << "sites/handbook/source/images/marketing/launch-plan-1.png"
        << "/images/marketing/launch-plan-1.png";
}

void TestImagePlacement::placesImagesInTheSectionFolder()
{
    QFETCH(QString, page);
    QFETCH(QString, suffix);
    QFETCH(QString, path);
    QFETCH(QString, url);
    const ImagePlacement placement = ImagePlacement::choose(m_fixture.mixed, page, suffix,
                                                            [](const QString &) { return false; });
    QCOMPARE(placement.relativePath, path);
    QCOMPARE(placement.url, url);
}

void TestImagePlacement::namesNeverCollide()
{
    QSet<QString> taken = {QStringLiteral("static/images/sales/sales-1.png"),
                           QStringLiteral("static/images/sales/sales-2.png"),
                           QStringLiteral("static/images/sales/sales-4.png")};
    const auto exists = [&](const QString &path) { return taken.contains(path); };
    const QString page = QStringLiteral("content/handbook/sales/_index.md");
    ImagePlacement placement =
        ImagePlacement::choose(m_fixture.mixed, page, QStringLiteral("png"), exists);
    QCOMPARE(placement.relativePath, QStringLiteral("static/images/sales/sales-3.png"));
    taken.insert(placement.relativePath);
    placement = ImagePlacement::choose(m_fixture.mixed, page, QStringLiteral("png"), exists);
    QCOMPARE(placement.relativePath, QStringLiteral("static/images/sales/sales-5.png"));
    // Another format is another file name.
    placement = ImagePlacement::choose(m_fixture.mixed, page, QStringLiteral("jpg"), exists);
    QCOMPARE(placement.relativePath, QStringLiteral("static/images/sales/sales-1.jpg"));
}

void TestImagePlacement::plainFoldersKeepImagesNextToThePage()
{
    QTemporaryDir dir;
    QVERIFY(Test::writeFile(dir.filePath(QStringLiteral("notes/setup.md")), "# Setup\n"));
    auto plain = Handbook::Handbook::openPlainFolder(dir.path());
    QVERIFY(plain);
    const ImagePlacement placement =
        ImagePlacement::choose(*plain, QStringLiteral("notes/setup.md"), QStringLiteral("png"),
                               [](const QString &) { return false; });
    QCOMPARE(placement.relativePath, QStringLiteral("notes/images/setup-1.png"));
    QCOMPARE(placement.url, QStringLiteral("images/setup-1.png"));
    QCOMPARE(ImagePlacement::slugFor(QStringLiteral("README.md")), QStringLiteral("readme"));
    QCOMPARE(ImagePlacement::slugFor(QStringLiteral("_index.md")), QStringLiteral("image"));
}

void TestImagePlacement::saveWritesTheBytesAndNeverOverwrites()
{
    const QString page = QStringLiteral("content/handbook/sales/discovery/call-notes.md");
    const QString first = QStringLiteral("static/images/sales/discovery/call-notes-1.png");
    QVERIFY(Test::writeFile(m_fixture.dir.filePath(first), "existing"));

    auto saved = ImagePlacement::save(m_fixture.mixed, page, QStringLiteral("png"), "new bytes");
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().toString()));
    QCOMPARE(saved->relativePath, QStringLiteral("static/images/sales/discovery/call-notes-2.png"));
    QCOMPARE(Test::readFile(m_fixture.dir.filePath(saved->relativePath)), QByteArray("new bytes"));
    QCOMPARE(Test::readFile(m_fixture.dir.filePath(first)), QByteArray("existing"));
}

void TestImagePlacement::savedImagesResolveAsThePreviewDoes()
{
    // The preview serves images through Handbook::resolveAsset: the link must reach the file.
    for (const QString &page : {QStringLiteral("content/handbook/sales/_index.md"),
                                QStringLiteral("sites/handbook/source/handbook/marketing/brand/"
                                               "guide/index.html.md")}) {
        auto saved = ImagePlacement::save(m_fixture.mixed, page, QStringLiteral("png"), "\x89PNG");
        QVERIFY(saved);
        QCOMPARE(m_fixture.mixed.resolveAsset(saved->url, page),
                 m_fixture.mixed.absolutePath(saved->relativePath));
    }
    QTemporaryDir dir;
    QVERIFY(Test::writeFile(dir.filePath(QStringLiteral("notes/setup.md")), "# Setup\n"));
    auto plain = Handbook::Handbook::openPlainFolder(dir.path());
    QVERIFY(plain);
    auto saved = ImagePlacement::save(*plain, QStringLiteral("notes/setup.md"),
                                      QStringLiteral("png"), "\x89PNG");
    QVERIFY(saved);
    QCOMPARE(plain->resolveAsset(saved->url, QStringLiteral("notes/setup.md")),
             plain->absolutePath(saved->relativePath));
}

QTEST_GUILESS_MAIN(TestImagePlacement)
#include "tst_imageplacement.moc"
