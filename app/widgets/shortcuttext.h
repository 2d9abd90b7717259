#pragma once

#include <QKeySequence>
#include <QString>

namespace Folio::Widgets {

// A key as the menus show it, in the user's language ("Umschalt+F7" in German), for tooltips
// and messages that name a shortcut.
[[nodiscard]] inline QString shortcutText(const QKeySequence &keys)
{
    return keys.toString(QKeySequence::NativeText);
}

} // namespace Folio::Widgets
