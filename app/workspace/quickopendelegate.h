#pragma once

#include <QStyledItemDelegate>

namespace Folio::Workspace {

// Draws a row of QuickOpenModel on two lines: the title, then the path smaller and dimmer,
// each with its matched characters in bold. A page without a title shows only its path.
class QuickOpenDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const override;

private:
    [[nodiscard]] static QFont pathFont(const QFont &font);
};

} // namespace Folio::Workspace
