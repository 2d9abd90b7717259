#pragma once

#include "workspace/handbooksearch.h"

#include <QList>
#include <QString>

#include <QColor>

class QFont;
class QPainter;
class QRect;
class QStyleOptionViewItem;

namespace Folio::Workspace {

// Painting one line of text with some characters in bold, for the quick-open and search
// result delegates (one QTextLayout per row painted; no widgets per row).
namespace HighlightedText {

// The colours a row's own text is painted in.
struct RowColors
{
    QColor text;
    QColor dim; // secondary text: paths, line numbers
};

// Draws a row's background (selection, hover) as the style does, without its text, and
// answers the colours to paint the text in. option has been through initStyleOption().
RowColors drawRowBackground(QPainter *painter, QStyleOptionViewItem option, float dimAlpha);

// Runs of consecutive positions (sorted UTF-16 indexes, as QuickOpenMatch gives them).
[[nodiscard]] QList<LineMatch::Range> rangesFromPositions(const QList<int> &positions);

// Draws text on one line, vertically centred in rect, the ranges in bold, cut with "…" at the
// right when it does not fit (ranges past the cut are dropped).
void draw(QPainter *painter, const QRect &rect, const QString &text,
          const QList<LineMatch::Range> &ranges, const QFont &font, const QColor &color);

} // namespace HighlightedText

} // namespace Folio::Workspace
