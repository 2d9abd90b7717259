#include "about/aboutdialog.h"
#include "core/versions.h"
#include "editor/editorview.h"
#include "git/badgeiconengine.h"
#include "git/gitlibrary.h"
#include "guiapplication.h"
#include "mainwindow/mainwindow.h"
#include "preview/previewview.h"
#include "previewtestsupport.h"
#include "webenginetestmain.h"

#include <QLabel>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Folio;

// Folio on a 200 % screen (QT_SCALE_FACTOR=2, set before the application starts): pixels
// drawn at the screen's resolution, never a 100 % picture blown up.
class TestHighDpi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void windowAndPreviewDrawAtTheScreensResolution();
    void windowIconIsSharpAtAnyScale();
    void changeBadgesAreSharpAtAnyScale();
    void aboutIconIsSharp();

private:
    static void verifySharp(const QIcon &icon, QSize size, qreal ratio, const QString &what)
    {
        const QPixmap pixmap = icon.pixmap(size, ratio);
        QVERIFY2(!pixmap.isNull(), qPrintable(what));
        // A pixmap blown up from a smaller one reports a smaller ratio than asked for.
        QVERIFY2(
            qFuzzyCompare(pixmap.devicePixelRatio(), ratio),
            qPrintable(QStringLiteral("%1: ratio %2").arg(what).arg(pixmap.devicePixelRatio())));
        QVERIFY2(pixmap.width() >= qRound(size.width() * ratio),
                 qPrintable(QStringLiteral("%1: %2 px wide").arg(what).arg(pixmap.width())));
    }

    QTemporaryDir m_home;
    Git::GitLibrary m_git;
};

void TestHighDpi::initTestCase()
{
    Test::useTemporaryHome(m_home);
    QSettings().setValue(QStringLiteral("editor/autosave"), false);
    QCOMPARE(qApp->devicePixelRatio(), 2.0);
}

void TestHighDpi::windowAndPreviewDrawAtTheScreensResolution()
{
    MainWindow window;
    window.resize(1000, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openDemoHandbook();
    QTRY_VERIFY_WITH_TIMEOUT(!window.currentPage().isEmpty(), 10000);
    QCOMPARE(window.devicePixelRatio(), 2);
    const QPixmap shot = window.grab();
    QCOMPARE(shot.devicePixelRatio(), 2.0);
    QCOMPARE(shot.size(), window.size() * 2);
    // Chromium lays the page out in CSS pixels and rasterizes it at twice the density.
    auto previewRatio = [&] {
        return Test::evaluate(window.preview(), QStringLiteral("window.devicePixelRatio"))
            .toDouble();
    };
    QTRY_COMPARE_WITH_TIMEOUT(previewRatio(), 2.0, 20000);
    // The editor's text is drawn at the screen's density too, not scaled up from 1x.
    QCOMPARE(window.editor()->viewport()->grab().devicePixelRatio(), 2.0);
}

void TestHighDpi::windowIconIsSharpAtAnyScale()
{
    // The task bar's and the title bar's icon, drawn from Folio's SVG at any size it is asked.
    for (const qreal ratio : {1.5, 2.0, 3.0}) {
        verifySharp(QGuiApplication::windowIcon(), QSize(32, 32), ratio,
                    QStringLiteral("window icon at %1").arg(ratio));
    }
}

void TestHighDpi::changeBadgesAreSharpAtAnyScale()
{
    const QColor green(0x2e, 0x8b, 0x3e);
    const QIcon badge(new Git::BadgeIconEngine(green, QStringLiteral("A")));
    for (const qreal ratio : {1.0, 1.25, 1.5, 2.0, 3.0})
        verifySharp(badge, QSize(16, 16), ratio, QStringLiteral("badge at %1").arg(ratio));
    // Drawn, not scaled: at 300 % the square fills its 48 px and the corners stay clear.
    const QImage image = badge.pixmap(QSize(16, 16), 3.0).toImage();
    QCOMPARE(image.size(), QSize(48, 48));
    QCOMPARE(image.pixelColor(0, 0).alpha(), 0);
    QCOMPARE(image.pixelColor(4, 24).rgb(), green.rgb());
    bool white = false;
    for (int x = 12; x < 36 && !white; ++x) {
        for (int y = 12; y < 36 && !white; ++y)
            white = image.pixelColor(x, y).lightness() > 230;
    }
    QVERIFY2(white, "no letter drawn on the badge");
}

void TestHighDpi::aboutIconIsSharp()
{
    About::AboutDialog dialog(Versions::current());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QLabel *icon = nullptr;
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (!label->pixmap().isNull())
            icon = label;
    }
    QVERIFY(icon);
    QCOMPARE(icon->pixmap().devicePixelRatio(), 2.0);
    QCOMPARE(icon->pixmap().size(), QSize(128, 128));
}

int main(int argc, char *argv[])
{
    qputenv("QT_SCALE_FACTOR", "2");
    Folio::App::prepareGuiApplication();
    QApplication app(argc, argv);
    Folio::Test::setUpTestApplication(&app);
    TestHighDpi test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_highdpi.moc"
