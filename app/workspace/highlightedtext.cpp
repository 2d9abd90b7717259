#include "workspace/highlightedtext.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTextLayout>

namespace Folio::Workspace::HighlightedText {

RowColors drawRowBackground(QPainter *painter, QStyleOptionViewItem option, float dimAlpha)
{
    option.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &option, painter, widget);
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    RowColors colors;
    colors.text =
        option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    colors.dim = colors.text;
    colors.dim.setAlphaF(dimAlpha);
    return colors;
}

QList<LineMatch::Range> rangesFromPositions(const QList<int> &positions)
{
    QList<LineMatch::Range> ranges;
    for (const int position : positions) {
        if (!ranges.isEmpty() && ranges.last().start + ranges.last().length == position)
            ++ranges.last().length;
        else
            ranges.append(LineMatch::Range{position, 1});
    }
    return ranges;
}

void draw(QPainter *painter, const QRect &rect, const QString &text,
          const QList<LineMatch::Range> &ranges, const QFont &font, const QColor &color)
{
    QFont bold = font;
    bold.setBold(true);
    // Measured in bold: the highlighted text is wider, and a cut a little early is better
    // than a clipped character.
    QString shown = QFontMetrics(bold).elidedText(text, Qt::ElideRight, rect.width());
    const qsizetype kept = shown == text ? text.size() : qMax<qsizetype>(0, shown.size() - 1);

    QTextCharFormat boldFormat;
    boldFormat.setFontWeight(QFont::Bold);
    QList<QTextLayout::FormatRange> formats;
    for (const LineMatch::Range &range : ranges) {
        const int start = qMax(0, range.start);
        const int end = int(qMin<qsizetype>(range.start + range.length, kept));
        if (end > start)
            formats.append(QTextLayout::FormatRange{start, end - start, boldFormat});
    }

    QTextLayout layout(shown, font, painter->device());
    QTextOption option;
    option.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(option);
    layout.setFormats(formats);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    if (!line.isValid()) {
        layout.endLayout();
        return;
    }
    line.setLineWidth(rect.width());
    layout.endLayout();

    painter->save();
    painter->setClipRect(rect, Qt::IntersectClip);
    painter->setPen(color);
    layout.draw(painter, QPointF(rect.left(), rect.top() + (rect.height() - line.height()) / 2));
    painter->restore();
}

} // namespace Folio::Workspace::HighlightedText
