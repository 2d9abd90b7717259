#include "appearance/systemcolorscheme.h"
#include "editor/editorview.h"
#include "editor/markdownsyntaxhighlighter.h"
#include "git/gitlibrary.h"
#include "guiapplication.h"
#include "mainwindow/mainwindow.h"
#include "preview/previewview.h"
#include "previewtestsupport.h"
#include "webenginetestmain.h"
#include "widgets/palettes.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusContext>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <unistd.h>

using namespace Folio;
using Preference = Appearance::SystemColorScheme::Preference;

namespace {

const QString portalPath = QStringLiteral("/org/freedesktop/portal/desktop");
const QString settingsInterface = QStringLiteral("org.freedesktop.portal.Settings");

// The desktop's side of the XDG settings portal, as GNOME's xdg-desktop-portal answers it,
// on a private session bus (a real dbus-daemon the test starts and stops).
class DesktopSettings : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Settings")

public:
    explicit DesktopSettings(const QString &address)
        : m_bus(QDBusConnection::connectToBus(address, QStringLiteral("desktop")))
    {}
    ~DesktopSettings() override
    {
        m_bus.unregisterService(QStringLiteral("org.freedesktop.portal.Desktop"));
        m_bus.unregisterObject(portalPath);
    }

    bool publish()
    {
        return m_bus.registerObject(portalPath, this, QDBusConnection::ExportAllSlots) &&
               m_bus.registerService(QStringLiteral("org.freedesktop.portal.Desktop"));
    }

    // What the user picks in the desktop's settings; 0 none, 1 dark, 2 light.
    void setScheme(uint scheme)
    {
        m_scheme = scheme;
        QDBusMessage changed = QDBusMessage::createSignal(portalPath, settingsInterface,
                                                          QStringLiteral("SettingChanged"));
        changed << QStringLiteral("org.freedesktop.appearance") << QStringLiteral("color-scheme")
                << QVariant::fromValue(QDBusVariant(m_scheme));
        m_bus.send(changed);
    }
    void setHasAppearance(bool has) { m_hasAppearance = has; }
    void setSchemeQuietly(uint scheme) { m_scheme = scheme; }

public Q_SLOTS:
    QDBusVariant Read(const QString &group, const QString &key)
    {
        if (!m_hasAppearance || group != QStringLiteral("org.freedesktop.appearance") ||
            key != QStringLiteral("color-scheme")) {
            sendErrorReply(QStringLiteral("org.freedesktop.portal.Error.NotFound"),
                           QStringLiteral("Requested setting not found"));
            return {};
        }
        // The portal's Read wraps the value in a second variant.
        return QDBusVariant(QVariant::fromValue(QDBusVariant(m_scheme)));
    }

private:
    QDBusConnection m_bus;
    uint m_scheme = 0;
    bool m_hasAppearance = true;
};

QString busAddress;

} // namespace

// GNOME's dark mode reaches Qt 6.4 applications only through the desktop portal: Folio
// reads it and turns dark (window, editor colours, preview) and light again, live.
class TestSystemColorScheme : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void withoutAPortalThePlatformPaletteStays();
    void portalWithoutTheSettingChangesNothing();
    void darkDesktopMakesTheWindowDarkAndBackLive();
    void kdeThemesQtItselfAndIsLeftAlone();

private:
    QTemporaryDir m_home;
    QString m_platformStyle;
    Git::GitLibrary m_git;
};

void TestSystemColorScheme::initTestCase()
{
    QVERIFY2(!busAddress.isEmpty(), "no private session bus (is dbus-daemon installed?)");
    QVERIFY(QDBusConnection::sessionBus().isConnected());
    Test::useTemporaryHome(m_home);
    QSettings().setValue(QStringLiteral("editor/autosave"), false);
    m_platformStyle = QApplication::style()->name();
    QVERIFY(!Widgets::isDarkPalette(QApplication::palette()));
}

void TestSystemColorScheme::init()
{
    qunsetenv("QT_QPA_PLATFORMTHEME");
    qputenv("XDG_CURRENT_DESKTOP", "GNOME");
}

void TestSystemColorScheme::cleanup()
{
    // Each test starts from the platform's light palette.
    QApplication::setPalette(QPalette());
    QCOMPARE(QApplication::style()->name(), m_platformStyle);
    QVERIFY(!Widgets::isDarkPalette(QApplication::palette()));
}

void TestSystemColorScheme::withoutAPortalThePlatformPaletteStays()
{
    Appearance::SystemColorScheme scheme(qApp);
    scheme.start();
    QTest::qWait(300); // the bus answers "no such service" at once
    QCOMPARE(scheme.preference(), Preference::NoPreference);
    QVERIFY(!scheme.isOverridingPalette());
    QVERIFY(!Widgets::isDarkPalette(QApplication::palette()));
}

void TestSystemColorScheme::portalWithoutTheSettingChangesNothing()
{
    DesktopSettings desktop(busAddress);
    desktop.setHasAppearance(false);
    QVERIFY(desktop.publish());
    Appearance::SystemColorScheme scheme(qApp);
    scheme.start();
    QTest::qWait(300);
    QCOMPARE(scheme.preference(), Preference::NoPreference);
    QVERIFY(!Widgets::isDarkPalette(QApplication::palette()));
}

void TestSystemColorScheme::darkDesktopMakesTheWindowDarkAndBackLive()
{
    DesktopSettings desktop(busAddress);
    desktop.setSchemeQuietly(1); // dark before Folio starts
    QVERIFY(desktop.publish());

    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openDemoHandbook();
    QTRY_VERIFY_WITH_TIMEOUT(!window.currentPage().isEmpty(), 10000);
    auto previewTheme = [&] { return Test::previewThemeClass(window.preview()); };
    QTRY_COMPARE_WITH_TIMEOUT(previewTheme(), QStringLiteral("folio-light"), 20000);
    const QColor lightHeading = window.editor()
                                    ->highlighter()
                                    ->formatFor(Editing::MarkupKind::HeadingText)
                                    .foreground()
                                    .color();

    Appearance::SystemColorScheme scheme(qApp);
    QSignalSpy changed(&scheme, &Appearance::SystemColorScheme::preferenceChanged);
    scheme.start();
    QTRY_COMPARE(scheme.preference(), Preference::PreferDark);
    QCOMPARE(changed.size(), 1);
    QVERIFY(scheme.isOverridingPalette());
    QVERIFY(Widgets::isDarkPalette(QApplication::palette()));
    // The widgets take the application's palette as Qt delivers the change to them.
    QTRY_VERIFY(Widgets::isDarkPalette(window.palette()));
    QTRY_VERIFY(Widgets::isDarkPalette(window.editor()->palette()));
    QCOMPARE(QApplication::style()->name(), QStringLiteral("fusion"));
    // The editor's colours turn light to be read on dark, and the preview follows.
    auto headingColour = [&] {
        return window.editor()
            ->highlighter()
            ->formatFor(Editing::MarkupKind::HeadingText)
            .foreground()
            .color();
    };
    QTRY_VERIFY2(headingColour().lightness() > lightHeading.lightness(),
                 qPrintable(headingColour().name() + u' ' + lightHeading.name()));
    QTRY_VERIFY(window.preview()->isDark());
    QTRY_COMPARE_WITH_TIMEOUT(previewTheme(), QStringLiteral("folio-dark"), 10000);

    // The user switches the desktop to light: Folio follows without a restart.
    desktop.setScheme(2);
    QTRY_COMPARE(scheme.preference(), Preference::PreferLight);
    QVERIFY(!scheme.isOverridingPalette());
    QVERIFY(!Widgets::isDarkPalette(QApplication::palette()));
    QCOMPARE(QApplication::style()->name(), m_platformStyle);
    QTRY_COMPARE_WITH_TIMEOUT(previewTheme(), QStringLiteral("folio-light"), 10000);
    QTRY_COMPARE(headingColour(), lightHeading);

    // And dark again.
    desktop.setScheme(1);
    QTRY_VERIFY(Widgets::isDarkPalette(QApplication::palette()));
    QTRY_COMPARE_WITH_TIMEOUT(previewTheme(), QStringLiteral("folio-dark"), 10000);
    desktop.setScheme(0); // "no preference" is light, as the desktop shows it
    QTRY_VERIFY(!Widgets::isDarkPalette(QApplication::palette()));
}

void TestSystemColorScheme::kdeThemesQtItselfAndIsLeftAlone()
{
    qputenv("XDG_CURRENT_DESKTOP", "KDE");
    DesktopSettings desktop(busAddress);
    desktop.setSchemeQuietly(1);
    QVERIFY(desktop.publish());
    Appearance::SystemColorScheme scheme(qApp);
    scheme.start();
    desktop.setScheme(1);
    QTest::qWait(300);
    QVERIFY(!scheme.isOverridingPalette());
    QVERIFY(!Widgets::isDarkPalette(QApplication::palette()));

    // Nor does a platform theme the user chose (qt6ct).
    qputenv("XDG_CURRENT_DESKTOP", "GNOME");
    qputenv("QT_QPA_PLATFORMTHEME", "qt6ct");
    QVERIFY(Appearance::SystemColorScheme::platformFollowsScheme());
    qunsetenv("QT_QPA_PLATFORMTHEME");
    QVERIFY(!Appearance::SystemColorScheme::platformFollowsScheme());
}

// A private session bus for the whole run, so the test never talks to the desktop's own.
// Started before the application exists: Qt reads DBUS_SESSION_BUS_ADDRESS once.
int main(int argc, char *argv[])
{
    char folder[] = "/tmp/folio-bus-XXXXXX";
    if (!mkdtemp(folder))
        return 1;
    const std::string socket = std::string(folder) + "/bus";
    const std::string command =
        "dbus-daemon --session --fork --print-pid=1 --address=unix:path=" + socket;
    long pid = 0;
    if (FILE *out = popen(command.c_str(), "r")) {
        if (fscanf(out, "%ld", &pid) != 1)
            pid = 0;
        pclose(out);
    }
    if (pid > 0) {
        busAddress = QString::fromStdString("unix:path=" + socket);
        qputenv("DBUS_SESSION_BUS_ADDRESS", busAddress.toUtf8());
    }
    int result = 1;
    {
        Folio::App::prepareGuiApplication();
        QApplication app(argc, argv);
        Folio::Test::setUpTestApplication(&app);
        TestSystemColorScheme test;
        QTEST_SET_MAIN_SOURCE_PATH
        result = QTest::qExec(&test, argc, argv);
    }
    if (pid > 0)
        kill(pid_t(pid), SIGTERM);
    unlink(socket.c_str());
    rmdir(folder);
    return result;
}

#include "tst_systemcolorscheme.moc"
