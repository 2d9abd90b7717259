#include "mainwindow/pagetreedelegate.h"

#include "handbook/pagetreemodel.h"

#include <QApplication>
#include <QStyle>

namespace Folio {

void PageTreeDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const bool folder = index.data(Handbook::PageTreeModel::IsFolderRole).toBool();
    static const QIcon folderIcon =
        QIcon::fromTheme(QStringLiteral("folder-documents"),
                         QApplication::style()->standardIcon(QStyle::SP_DirIcon));
    static const QIcon pageIcon = QIcon::fromTheme(
        QStringLiteral("text-markdown"), QApplication::style()->standardIcon(QStyle::SP_FileIcon));
    option->icon = folder ? folderIcon : pageIcon;
    option->features |= QStyleOptionViewItem::HasDecoration;
}

} // namespace Folio
