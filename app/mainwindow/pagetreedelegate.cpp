#include "mainwindow/pagetreedelegate.h"

#include "handbook/pagetreemodel.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

namespace Folio {

namespace {

using Handbook::PageTreeModel;

// The colours git tools use for these letters, readable on light and dark backgrounds.
QColor badgeColor(const QString &badge)
{
    if (badge == u"A")
        return QColor(0x2e, 0x9e, 0x44);
    if (badge == u"D" || badge == u"U")
        return QColor(0xd1, 0x3c, 0x3c);
    if (badge == u"R")
        return QColor(0x3b, 0x82, 0xd6);
    return QColor(0xd0, 0x8a, 0x1c); // M
}

} // namespace

void PageTreeDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const bool folder = index.data(PageTreeModel::IsFolderRole).toBool();
    static const QIcon folderIcon =
        QIcon::fromTheme(QStringLiteral("folder-documents"),
                         QApplication::style()->standardIcon(QStyle::SP_DirIcon));
    static const QIcon pageIcon = QIcon::fromTheme(
        QStringLiteral("text-markdown"), QApplication::style()->standardIcon(QStyle::SP_FileIcon));
    option->icon = folder ? folderIcon : pageIcon;
    option->features |= QStyleOptionViewItem::HasDecoration;
    const QString badge = index.data(PageTreeModel::BadgeRole).toString();
    if (!badge.isEmpty()) {
        // Said to screen readers too, not only painted.
        option->text = tr("%1 (%2)").arg(option->text, badge == u"A"   ? tr("new")
                                                       : badge == u"D" ? tr("deleted")
                                                       : badge == u"R" ? tr("renamed")
                                                       : badge == u"U" ? tr("in conflict")
                                                                       : tr("changed"));
    }
}

void PageTreeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    const QString badge = index.data(PageTreeModel::BadgeRole).toString();
    const int below = index.data(PageTreeModel::BadgedBelowRole).toInt();
    if (badge.isEmpty() && below == 0) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Leave room at the right for the badge, then draw the row as usual.
    const QFontMetrics metrics(option.font);
    const int width = metrics.horizontalAdvance(QStringLiteral("M")) + 8;
    QStyleOptionViewItem row = option;
    initStyleOption(&row, index);
    row.text = index.data(Qt::DisplayRole).toString();
    row.rect.setRight(option.rect.right() - width);
    QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &row, painter, option.widget);

    const QRect badgeRect(option.rect.right() - width + 1, option.rect.top(), width,
                          option.rect.height());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (!badge.isEmpty()) {
        QFont font = option.font;
        font.setBold(true);
        painter->setFont(font);
        painter->setPen(badgeColor(badge));
        painter->drawText(badgeRect, Qt::AlignCenter, badge);
    } else {
        const int size = std::max(4, metrics.height() / 3);
        painter->setPen(Qt::NoPen);
        painter->setBrush(badgeColor(QStringLiteral("M")));
        painter->drawEllipse(QRectF(badgeRect.center().x() - size / 2.0,
                                    badgeRect.center().y() - size / 2.0, size, size));
    }
    painter->restore();
}

} // namespace Folio
