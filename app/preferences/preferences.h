#pragma once

#include <QFont>
#include <QString>
#include <QStringList>

namespace Folio::Preferences {

// How the preview colours pages.
enum class PreviewTheme
{
    System, // follows the window's light or dark palette
    Light,
    Dark,
};

// What the user chose in Edit > Preferences, stored with QSettings in the standard
// location (~/.config/Folio/Folio.conf). Empty values defer to the system or the handbook.
struct Preferences
{
    QString editorFontFamily; // empty: the system's fixed-width font
    int editorFontSize = 0;   // points; 0: the system font's size
    bool autosave = true;
    QString spellingLanguage; // e.g. "en_GB"; empty: the handbook's (.folio.yml, else en_US)
    PreviewTheme previewTheme = PreviewTheme::System;
    QStringList defaultLabels; // for merge requests; empty: the handbook's
    QString targetBranch;      // for merge requests; empty: the handbook's, else the default

    // The editor's font at zoom 0.
    [[nodiscard]] QFont editorFont() const;

    [[nodiscard]] static Preferences load();
    void save() const;

    friend bool operator==(const Preferences &, const Preferences &) = default;
};

// The QSettings keys, shared with the menu items that change the same values.
namespace Keys {
inline constexpr char EditorFontFamily[] = "editor/fontFamily";
inline constexpr char EditorFontSize[] = "editor/fontSize";
inline constexpr char Autosave[] = "editor/autosave";
inline constexpr char SpellingLanguage[] = "spelling/language";
inline constexpr char PreviewTheme[] = "preview/theme";
inline constexpr char DefaultLabels[] = "propose/defaultLabels";
inline constexpr char TargetBranch[] = "propose/targetBranch";
} // namespace Keys

} // namespace Folio::Preferences
