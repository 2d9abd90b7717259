#include "preferences/preferences.h"

#include <QFontDatabase>
#include <QSettings>

#include <algorithm>

namespace Folio::Preferences {

namespace {

QString themeName(PreviewTheme theme)
{
    switch (theme) {
    case PreviewTheme::Light:
        return QStringLiteral("light");
    case PreviewTheme::Dark:
        return QStringLiteral("dark");
    case PreviewTheme::System:
        break;
    }
    return QStringLiteral("system");
}

PreviewTheme themeNamed(const QString &name)
{
    if (name == u"light")
        return PreviewTheme::Light;
    if (name == u"dark")
        return PreviewTheme::Dark;
    return PreviewTheme::System;
}

} // namespace

QFont Preferences::editorFont() const
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (!editorFontFamily.isEmpty())
        font.setFamilies({editorFontFamily});
    // Never smaller than 10 points by default: the system's fixed font is often 9.
    font.setPointSizeF(editorFontSize > 0 ? editorFontSize : std::max(font.pointSizeF(), 10.0));
    return font;
}

Preferences Preferences::load()
{
    const QSettings settings;
    Preferences preferences;
    preferences.editorFontFamily = settings.value(QLatin1String(Keys::EditorFontFamily)).toString();
    preferences.editorFontSize =
        std::clamp(settings.value(QLatin1String(Keys::EditorFontSize), 0).toInt(), 0, 72);
    preferences.autosave = settings.value(QLatin1String(Keys::Autosave), true).toBool();
    preferences.spellingLanguage =
        settings.value(QLatin1String(Keys::SpellingLanguage)).toString();
    preferences.previewTheme = themeNamed(settings.value(QLatin1String(Keys::PreviewTheme)).toString());
    preferences.defaultLabels = settings.value(QLatin1String(Keys::DefaultLabels)).toStringList();
    preferences.targetBranch = settings.value(QLatin1String(Keys::TargetBranch)).toString();
    return preferences;
}

void Preferences::save() const
{
    QSettings settings;
    settings.setValue(QLatin1String(Keys::EditorFontFamily), editorFontFamily);
    settings.setValue(QLatin1String(Keys::EditorFontSize), editorFontSize);
    settings.setValue(QLatin1String(Keys::Autosave), autosave);
    settings.setValue(QLatin1String(Keys::SpellingLanguage), spellingLanguage);
    settings.setValue(QLatin1String(Keys::PreviewTheme), themeName(previewTheme));
    settings.setValue(QLatin1String(Keys::DefaultLabels), defaultLabels);
    settings.setValue(QLatin1String(Keys::TargetBranch), targetBranch);
}

} // namespace Folio::Preferences
