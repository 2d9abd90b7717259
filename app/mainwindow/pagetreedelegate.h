#pragma once

#include <QStyledItemDelegate>

namespace Folio {

// Draws the page tree's rows with folder and page icons from the icon theme (the model in
// lib/ holds no GUI types), and git's badge at the right: the page's letter (M, A, D, R, U)
// or, on a collapsed-or-not folder, a dot when pages under it changed.
class PageTreeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Folio
