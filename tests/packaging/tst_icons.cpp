#include <QColor>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QTest>

// The PNG icons rendered from resources/icons/folio.svg at build time (packaging/
// rendericon.cpp), one per hicolor size: a PNG of exactly that size, with the drawing in it
// (the page is opaque in the middle, the corner outside the rounded page transparent).
class TestIcons : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pngHasItsSize_data();
    void pngHasItsSize();
};

void TestIcons::pngHasItsSize_data()
{
    QTest::addColumn<int>("size");
    const QStringList sizes = QStringLiteral(FOLIO_ICON_SIZES).split(u' ', Qt::SkipEmptyParts);
    QVERIFY(sizes.size() >= 8);
    for (const QString &size : sizes)
        QTest::newRow(qPrintable(size)) << size.toInt();
}

void TestIcons::pngHasItsSize()
{
    QFETCH(int, size);
    const QString path =
        QStringLiteral(FOLIO_ICON_THEME_DIR "/%1x%1/apps/" FOLIO_APP_ID ".png").arg(size);
    QVERIFY2(QFileInfo::exists(path), qPrintable(path));
    QImageReader reader(path);
    QCOMPARE(reader.format(), QByteArray("png"));
    QCOMPARE(reader.size(), QSize(size, size));
    const QImage image = reader.read();
    QVERIFY2(!image.isNull(), qPrintable(reader.errorString()));
    QVERIFY(image.hasAlphaChannel());
    QCOMPARE(image.pixelColor(size / 2, size / 2).alpha(), 255);
    QCOMPARE(image.pixelColor(0, 0).alpha(), 0);
}

QTEST_GUILESS_MAIN(TestIcons)
#include "tst_icons.moc"
