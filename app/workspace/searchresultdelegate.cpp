#include "workspace/searchresultdelegate.h"

#include "workspace/highlightedtext.h"
#include "workspace/searchresultsmodel.h"

#include <QApplication>
#include <QPainter>

namespace Folio::Workspace {

namespace {

constexpr int gap = 6;
// Characters kept before a match brought in from the left, for context.
constexpr int contextBefore = 12;

// Drops what the line starts with (indentation, or text before a far match) and moves the
// ranges along.
void dropPrefix(QString &text, QList<LineMatch::Range> &ranges, int count, bool ellipsis)
{
    text.remove(0, count);
    if (ellipsis)
        text.prepend(QChar(0x2026));
    const int shift = ellipsis ? 1 - count : -count;
    for (LineMatch::Range &range : ranges)
        range.start += shift;
}

} // namespace

void SearchResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    if (index.data(SearchResultsModel::IsPageRole).toBool()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const auto [color, dim] = HighlightedText::drawRowBackground(painter, opt, 0.6f);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();

    const QRect area =
        style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(2, 0, -2, 0);
    const QString number = QString::number(index.data(SearchResultsModel::LineRole).toInt());
    const QFontMetrics metrics(opt.font);
    const int numberWidth = metrics.horizontalAdvance(number);
    HighlightedText::draw(painter, QRect(area.left(), area.top(), numberWidth, area.height()),
                          number, {}, opt.font, dim);

    QString text = index.data(SearchResultsModel::LineTextRole).toString();
    auto ranges = index.data(SearchResultsModel::RangesRole).value<QList<LineMatch::Range>>();
    int indent = 0;
    while (indent < text.size() && text.at(indent).isSpace())
        ++indent;
    if (!ranges.isEmpty())
        indent = qMin(indent, ranges.first().start);
    dropPrefix(text, ranges, indent, false);

    const QRect textArea = area.adjusted(numberWidth + gap, 0, 0, 0);
    if (!ranges.isEmpty()) {
        QFont bold = opt.font;
        bold.setBold(true);
        const LineMatch::Range first = ranges.first();
        const int needed =
            QFontMetrics(bold).horizontalAdvance(text.left(first.start + first.length));
        if (needed > textArea.width() && first.start > contextBefore)
            dropPrefix(text, ranges, first.start - contextBefore, true);
    }
    HighlightedText::draw(painter, textArea, text, ranges, opt.font, color);
}

} // namespace Folio::Workspace
