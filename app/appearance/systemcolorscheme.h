#pragma once

#include <QObject>
#include <QPalette>
#include <QString>

class QApplication;
class QDBusVariant;
class QDBusPendingCallWatcher;

namespace Folio::Appearance {

// Follows the desktop's light/dark choice where Qt 6.4 does not. GNOME and other desktops
// publish it through the XDG desktop portal (org.freedesktop.appearance color-scheme), which
// Qt 6.4 does not read: Folio would stay light in GNOME's dark mode. When the portal says
// "prefer dark" and the platform's palette is light, the window switches to Fusion with a
// dark palette, and back when the desktop goes light again. Desktops whose Qt integration
// already themes Qt (KDE Plasma, qt6ct) are left to it.
class SystemColorScheme : public QObject
{
    Q_OBJECT

public:
    enum class Preference
    {
        NoPreference = 0,
        PreferDark = 1,
        PreferLight = 2,
    };
    Q_ENUM(Preference)

    explicit SystemColorScheme(QApplication *application);

    // Asks the portal on the session bus (without blocking) and listens for changes.
    void start();

    [[nodiscard]] Preference preference() const { return m_preference; }
    // Whether Folio replaced the platform's light palette with its dark one.
    [[nodiscard]] bool isOverridingPalette() const { return m_overriding; }

    // The palette used when the desktop prefers dark and the platform's palette is light.
    [[nodiscard]] static QPalette darkPalette();
    // Whether the platform's own Qt integration follows the desktop's scheme already.
    [[nodiscard]] static bool platformFollowsScheme();

Q_SIGNALS:
    void preferenceChanged(Folio::Appearance::SystemColorScheme::Preference preference);

private Q_SLOTS:
    void onSettingChanged(const QString &group, const QString &key, const QDBusVariant &value);

private:
    void onRead(QDBusPendingCallWatcher *call);
    void setPreference(Preference preference);
    void apply();

    Preference m_preference = Preference::NoPreference;
    bool m_overriding = false;
    QString m_platformStyle;
};

} // namespace Folio::Appearance
