#include "appearance/systemcolorscheme.h"

#include "widgets/palettes.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QStyle>
#include <QStyleFactory>

namespace Folio::Appearance {

namespace {

const QString portalService = QStringLiteral("org.freedesktop.portal.Desktop");
const QString portalPath = QStringLiteral("/org/freedesktop/portal/desktop");
const QString settingsInterface = QStringLiteral("org.freedesktop.portal.Settings");
const QString appearanceGroup = QStringLiteral("org.freedesktop.appearance");
const QString colorSchemeKey = QStringLiteral("color-scheme");

// Settings.Read wraps the value in one variant more than the specification says; peel them.
QVariant unwrapped(QVariant value)
{
    while (value.canConvert<QDBusVariant>() && value.userType() == qMetaTypeId<QDBusVariant>())
        value = qvariant_cast<QDBusVariant>(value).variant();
    return value;
}

SystemColorScheme::Preference preferenceFrom(const QVariant &value)
{
    bool ok = false;
    const uint number = unwrapped(value).toUInt(&ok);
    if (!ok || number > 2)
        return SystemColorScheme::Preference::NoPreference;
    return SystemColorScheme::Preference(number);
}

} // namespace

SystemColorScheme::SystemColorScheme(QApplication *application)
    : QObject(application)
{}

void SystemColorScheme::start()
{
    if (platformFollowsScheme())
        return;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return; // no session bus (a bare X server, a container): the platform's palette stays
    bus.connect(portalService, portalPath, settingsInterface, QStringLiteral("SettingChanged"),
                this, SLOT(onSettingChanged(QString, QString, QDBusVariant)));
    // Asynchronous: a portal that is slow to start must not hold up the window.
    QDBusMessage read = QDBusMessage::createMethodCall(portalService, portalPath, settingsInterface,
                                                       QStringLiteral("Read"));
    read << appearanceGroup << colorSchemeKey;
    auto *call = new QDBusPendingCallWatcher(bus.asyncCall(read), this);
    connect(call, &QDBusPendingCallWatcher::finished, this, &SystemColorScheme::onRead);
}

void SystemColorScheme::onRead(QDBusPendingCallWatcher *call)
{
    call->deleteLater();
    const QDBusPendingReply<QDBusVariant> reply = *call;
    if (reply.isError())
        return; // no portal, or one without the appearance settings: nothing to follow
    setPreference(preferenceFrom(QVariant::fromValue(reply.value())));
}

void SystemColorScheme::onSettingChanged(const QString &group, const QString &key,
                                         const QDBusVariant &value)
{
    if (group == appearanceGroup && key == colorSchemeKey)
        setPreference(preferenceFrom(value.variant()));
}

void SystemColorScheme::setPreference(Preference preference)
{
    if (preference == m_preference)
        return;
    m_preference = preference;
    apply();
    Q_EMIT preferenceChanged(preference);
}

void SystemColorScheme::apply()
{
    const bool wantDark = m_preference == Preference::PreferDark;
    if (wantDark && !m_overriding) {
        if (Widgets::isDarkPalette(QApplication::palette()))
            return; // the platform is dark already
        m_platformStyle = QApplication::style()->name();
        m_overriding = true;
        // The platform's style may draw with its own light colours; Fusion draws with the
        // palette it is given.
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
    } else if (!wantDark && m_overriding) {
        m_overriding = false;
        // A palette with no roles set follows the platform's again, as it did at start.
        QApplication::setPalette(QPalette());
        if (QStyle *style = QStyleFactory::create(m_platformStyle))
            QApplication::setStyle(style);
    }
}

QPalette SystemColorScheme::darkPalette()
{
    // Close to Breeze Dark and Adwaita dark: the greys SAs see in other dark applications.
    const QColor window(0x2a, 0x2e, 0x32);
    const QColor base(0x1b, 0x1e, 0x20);
    const QColor text(0xfc, 0xfc, 0xfc);
    const QColor disabledText(0x7f, 0x84, 0x8a);
    const QColor highlight(0x3d, 0xae, 0xe9);
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, disabledText);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x31, 0x36, 0x3b));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    palette.setColor(QPalette::Light, QColor(0x40, 0x46, 0x4c));
    palette.setColor(QPalette::Midlight, QColor(0x36, 0x3b, 0x40));
    palette.setColor(QPalette::Mid, QColor(0x23, 0x26, 0x29));
    palette.setColor(QPalette::Dark, QColor(0x16, 0x18, 0x1a));
    palette.setColor(QPalette::Shadow, QColor(0x0d, 0x0e, 0x0f));
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, text);
    palette.setColor(QPalette::Link, QColor(0x1d, 0x99, 0xf3));
    palette.setColor(QPalette::LinkVisited, QColor(0x9b, 0x59, 0xb6));
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        palette.setColor(QPalette::Disabled, role, disabledText);
    }
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x50, 0x56));
    return palette;
}

bool SystemColorScheme::platformFollowsScheme()
{
    // A platform theme the user chose (qt6ct) or KDE's own integration themes Qt already,
    // dark mode included; overriding it would fight the user's choice.
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORMTHEME"))
        return true;
    const QString desktop = qEnvironmentVariable("XDG_CURRENT_DESKTOP");
    return desktop.split(u':').contains(QStringLiteral("KDE"), Qt::CaseInsensitive);
}

} // namespace Folio::Appearance
