#pragma once

#include <QPalette>

namespace Folio::Widgets {

// Whether a palette is a dark one (the desktop's dark mode), so colours Folio picks itself
// (banners, the preview, the rendered diff's legend) match it.
[[nodiscard]] inline bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace Folio::Widgets
