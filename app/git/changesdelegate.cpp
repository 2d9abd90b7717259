#include "git/changesdelegate.h"

#include "git/badgeiconengine.h"
#include "git/changesmodel.h"

namespace Folio::Git {

namespace {

QColor badgeColor(ChangeKind kind)
{
    // Saturated enough to read white text on, in light and dark themes alike.
    switch (kind) {
    case ChangeKind::Added:
    case ChangeKind::Untracked:
        return {0x2e, 0x8b, 0x3e};
    case ChangeKind::Deleted:
        return {0xc2, 0x36, 0x2f};
    case ChangeKind::Renamed:
    case ChangeKind::TypeChanged:
        return {0x6f, 0x42, 0xc1};
    case ChangeKind::Conflicted:
        return {0xb3, 0x5c, 0x00};
    case ChangeKind::Modified:
    case ChangeKind::None:
        break;
    }
    return {0x1f, 0x6f, 0xbf};
}

} // namespace

void ChangesDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QString letter = index.data(ChangesModel::StatusLetterRole).toString();
    if (letter.isEmpty())
        return;
    option->icon = badge(index.data(ChangesModel::KindRole).toInt(), letter);
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->decorationSize = QSize(16, 16);
}

QIcon ChangesDelegate::badge(int kind, const QString &letter) const
{
    if (const auto found = m_badges.constFind(kind); found != m_badges.cend())
        return found.value();
    const QIcon icon(new BadgeIconEngine(badgeColor(ChangeKind(kind)), letter));
    m_badges.insert(kind, icon);
    return icon;
}

} // namespace Folio::Git
