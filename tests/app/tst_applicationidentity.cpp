#include "guiapplication.h"
#include "testsupport.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QTemporaryDir>
#include <QTest>

using namespace Folio;

// The window's identity matches what the package installs (packaging/): the desktop file
// name is the application id, so Wayland compositors and task bars find the desktop file, and
// the window icon is the icon theme's icon of that name, else the built-in SVG.
class TestApplicationIdentity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void desktopFileNameIsTheApplicationId();
    void windowIconFallsBackToTheBuiltInIcon();
    void windowIconComesFromTheIconTheme();
};

void TestApplicationIdentity::desktopFileNameIsTheApplicationId()
{
    App::setApplicationIdentity();
    QCOMPARE(QGuiApplication::desktopFileName(), QStringLiteral(FOLIO_APP_ID));
    QVERIFY(QFileInfo::exists(QStringLiteral(FOLIO_SOURCE_DIR "/packaging/") +
                              QGuiApplication::desktopFileName() + u".desktop"));
    // X11 matches windows by WM_CLASS, which Qt makes from the application name: the
    // desktop file's StartupWMClass.
    QCOMPARE(QCoreApplication::applicationName(), QStringLiteral("folio"));
}

void TestApplicationIdentity::windowIconFallsBackToTheBuiltInIcon()
{
    const QTemporaryDir noThemes;
    QIcon::setThemeSearchPaths({noThemes.path()});
    App::setApplicationIdentity();
    const QIcon icon = QGuiApplication::windowIcon();
    QVERIFY(icon.name().isEmpty());
    // Drawn from the SVG resource (Qt's SVG icon engine, package libqt6svg6).
    QCOMPARE(icon.pixmap(64, 64).size(), QSize(64, 64));
}

void TestApplicationIdentity::windowIconComesFromTheIconTheme()
{
    // An icon theme holding the PNGs the package installs in hicolor.
    const QTemporaryDir themes;
    const QString theme = themes.filePath(QStringLiteral("folio-test"));
    QStringList folders;
    for (const QString &size : QStringLiteral(FOLIO_ICON_SIZES).split(u' ', Qt::SkipEmptyParts)) {
        const QString folder = size + u'x' + size + QStringLiteral("/apps");
        QVERIFY(QDir().mkpath(theme + u'/' + folder));
        QVERIFY(QFile::copy(QStringLiteral(FOLIO_ICON_THEME_DIR "/") + folder +
                                QStringLiteral("/" FOLIO_APP_ID ".png"),
                            theme + u'/' + folder + QStringLiteral("/" FOLIO_APP_ID ".png")));
        folders.append(folder);
    }
    QByteArray index =
        "[Icon Theme]\nName=folio-test\nDirectories=" + folders.join(u',').toUtf8() + '\n';
    for (const QString &folder : folders)
        index += '[' + folder.toUtf8() + "]\nSize=" + folder.section(u'x', 0, 0).toUtf8() +
                 "\nType=Fixed\nContext=Applications\n";
    QVERIFY(Test::writeFile(theme + QStringLiteral("/index.theme"), index));
    QIcon::setThemeSearchPaths({themes.path()});
    QIcon::setThemeName(QStringLiteral("folio-test"));

    App::setApplicationIdentity();
    const QIcon icon = QGuiApplication::windowIcon();
    QCOMPARE(icon.name(), QStringLiteral(FOLIO_APP_ID));
    QCOMPARE(icon.pixmap(48, 48).size(), QSize(48, 48));
}

QTEST_MAIN(TestApplicationIdentity)
#include "tst_applicationidentity.moc"
