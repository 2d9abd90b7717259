#pragma once

#include <QHash>
#include <QIcon>
#include <QStyledItemDelegate>

namespace Folio::Git {

// Draws a row of ChangesModel with its status letter as a small coloured badge (M, A, D...),
// since lib/ models carry no icons.
class ChangesDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    [[nodiscard]] QIcon badge(int kind, const QString &letter) const;

    mutable QHash<int, QIcon> m_badges;
};

} // namespace Folio::Git
