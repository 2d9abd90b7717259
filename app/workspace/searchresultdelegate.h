#pragma once

#include <QStyledItemDelegate>

namespace Folio::Workspace {

// Draws a matching line of SearchResultsModel as "123  text" with the line number dimmed and
// the matches in bold; the indentation of the line is left out, and a match that would fall
// past the right edge brings the text in from the left. Page rows are drawn as usual.
class SearchResultDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};

} // namespace Folio::Workspace
