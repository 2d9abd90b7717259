#include "workspace/quickopendelegate.h"

#include "workspace/highlightedtext.h"
#include "workspace/quickopenmodel.h"

#include <QApplication>
#include <QPainter>

namespace Folio::Workspace {

namespace {

constexpr int horizontalMargin = 8;
constexpr int verticalMargin = 4;

} // namespace

QFont QuickOpenDelegate::pathFont(const QFont &font)
{
    QFont smaller = font;
    smaller.setPointSizeF(font.pointSizeF() * 0.85);
    return smaller;
}

void QuickOpenDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // The background (selection, hover) from the style; the text is ours.
    const auto [text, dim] = HighlightedText::drawRowBackground(painter, opt, 0.7f);

    const QString title = index.data(QuickOpenModel::TitleRole).toString();
    const QString path = index.data(QuickOpenModel::PathRole).toString();
    const auto titleRanges = HighlightedText::rangesFromPositions(
        index.data(QuickOpenModel::TitlePositionsRole).value<QList<int>>());
    const auto pathRanges = HighlightedText::rangesFromPositions(
        index.data(QuickOpenModel::PathPositionsRole).value<QList<int>>());

    const QRect area =
        opt.rect.adjusted(horizontalMargin, verticalMargin, -horizontalMargin, -verticalMargin);
    if (title.isEmpty()) {
        HighlightedText::draw(painter, area, path, pathRanges, opt.font, text);
        return;
    }
    const QFont small = pathFont(opt.font);
    const int titleHeight = QFontMetrics(opt.font).height();
    HighlightedText::draw(painter, QRect(area.left(), area.top(), area.width(), titleHeight), title,
                          titleRanges, opt.font, text);
    HighlightedText::draw(
        painter,
        QRect(area.left(), area.top() + titleHeight, area.width(), area.height() - titleHeight),
        path, pathRanges, small, dim);
}

QSize QuickOpenDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    // Every row has the height of two lines, so the list does not jump as matches change.
    Q_UNUSED(index)
    const int height = QFontMetrics(option.font).height() +
                       QFontMetrics(pathFont(option.font)).height() + 2 * verticalMargin;
    return {200, height};
}

} // namespace Folio::Workspace
