#pragma once

#include "workspace/handbooksearch.h"

#include <QList>
#include <QString>

class QColor;
class QFont;
class QPainter;
class QRect;

namespace Folio::Workspace {

// Painting one line of text with some characters in bold, for the quick-open and search
// result delegates (one QTextLayout per row painted; no widgets per row).
namespace HighlightedText {

// Runs of consecutive positions (sorted UTF-16 indexes, as QuickOpenMatch gives them).
[[nodiscard]] QList<LineMatch::Range> rangesFromPositions(const QList<int> &positions);

// Draws text on one line, vertically centred in rect, the ranges in bold, cut with "…" at the
// right when it does not fit (ranges past the cut are dropped).
void draw(QPainter *painter, const QRect &rect, const QString &text,
          const QList<LineMatch::Range> &ranges, const QFont &font, const QColor &color);

} // namespace HighlightedText

} // namespace Folio::Workspace
