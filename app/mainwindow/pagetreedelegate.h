#pragma once

#include <QStyledItemDelegate>

namespace Folio {

// Draws the page tree's rows with folder and page icons from the icon theme (the model in
// lib/ holds no GUI types).
class PageTreeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Folio
