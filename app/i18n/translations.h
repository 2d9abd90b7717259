#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;

namespace Folio::I18n {

// The folders searched for Folio's .qm files, in order: $FOLIO_TRANSLATIONS_DIR, the
// installed share/folio/translations next to the executable's prefix, then the build tree's.
[[nodiscard]] QStringList translationSearchPaths();

// Installs Folio's translation for locale (the system's by default), and Qt's own for its
// standard dialogs and context menus. Falls back to English, whose translation only gives
// the plural forms ("1 page", "2 pages"). Returns the file of Folio's that was loaded.
QString installTranslations(QCoreApplication *application, const QLocale &locale = QLocale());

} // namespace Folio::I18n
