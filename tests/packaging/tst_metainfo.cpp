#include "testsupport.h"

#include <QFileInfo>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

using namespace Folio;

// packaging/<application id>.metainfo.xml: valid for appstreamcli (package appstream) with
// no error or warning, and naming the same application, desktop file, executable and version
// as the rest of the package.
class TestMetainfo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validatesWithoutWarnings();
    void describesThisPackage();

private:
    static QString path()
    {
        return QStringLiteral(FOLIO_SOURCE_DIR "/packaging/" FOLIO_APP_ID ".metainfo.xml");
    }
};

void TestMetainfo::validatesWithoutWarnings()
{
    QVERIFY2(QFileInfo::exists(path()), qPrintable(path()));
    const QString appstreamcli = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
    QVERIFY2(!appstreamcli.isEmpty(),
             "appstreamcli not found: install appstream (scripts/setup-deps.sh)");
    // --no-net: the homepage is not fetched. Info lines are allowed: the validator does not
    // know the .invalid top-level domain of the id (cid-maybe-not-rdns).
    const auto result =
        Test::run(appstreamcli, {QStringLiteral("validate"), QStringLiteral("--no-net"),
                                 QStringLiteral("--no-color"), path()});
    const QByteArray output = result.out + result.err;
    QVERIFY2(result.exitCode == 0, output.constData());
    for (const QByteArray &line : output.split('\n'))
        QVERIFY2(!line.startsWith("E:") && !line.startsWith("W:"), output.constData());
    QVERIFY2(output.contains("Validation was successful"), output.constData());
}

void TestMetainfo::describesThisPackage()
{
    QXmlStreamReader xml(Test::readFile(path()));
    QString id;
    QString launchable;
    QStringList binaries;
    QStringList releases;
    bool contentRating = false;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == u"id")
            id = xml.readElementText();
        else if (name == u"launchable")
            launchable = xml.readElementText();
        else if (name == u"binary")
            binaries.append(xml.readElementText());
        else if (name == u"release")
            releases.append(xml.attributes().value(QStringLiteral("version")).toString());
        else if (name == u"content_rating")
            contentRating = true;
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(id, QStringLiteral(FOLIO_APP_ID));
    QCOMPARE(launchable, QStringLiteral(FOLIO_APP_ID ".desktop"));
    QVERIFY(QFileInfo::exists(QStringLiteral(FOLIO_SOURCE_DIR "/packaging/") + launchable));
    QCOMPARE(binaries, QStringList{QStringLiteral("folio")});
    // Newest first: the version being built must have its release entry.
    QVERIFY(!releases.isEmpty());
    QCOMPARE(releases.first(), QStringLiteral(FOLIO_PROJECT_VERSION));
    QVERIFY(contentRating);
}

QTEST_GUILESS_MAIN(TestMetainfo)
#include "tst_metainfo.moc"
