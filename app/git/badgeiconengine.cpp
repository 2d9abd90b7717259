#include "git/badgeiconengine.h"

#include <QFont>
#include <QPainter>
#include <QPixmap>

namespace Folio::Git {

BadgeIconEngine::BadgeIconEngine(const QColor &color, const QString &letter)
    : m_color(color)
    , m_letter(letter)
{}

void BadgeIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode,
                            QIcon::State /*state*/)
{
    // Drawn in a 16-unit box scaled to the rectangle: the proportions of the 16 px original.
    const qreal side = qMin(rect.width(), rect.height());
    if (side <= 0)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    painter->translate(rect.x() + (rect.width() - side) / 2.0,
                       rect.y() + (rect.height() - side) / 2.0);
    painter->scale(side / 16.0, side / 16.0);
    QColor color = m_color;
    if (mode == QIcon::Disabled)
        color.setAlphaF(0.45);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawRoundedRect(QRectF(0.5, 0.5, 15, 15), 3, 3);
    QFont font = painter->font();
    font.setPixelSize(11);
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(Qt::white);
    painter->drawText(QRectF(0, 0, 16, 16), Qt::AlignCenter, m_letter);
    painter->restore();
}

QPixmap BadgeIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    // QIcon asks for size × device pixel ratio; the default would leave the corners unfilled.
    QPixmap pixmap(size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    paint(&painter, QRect(QPoint(0, 0), size), mode, state);
    return pixmap;
}

QIconEngine *BadgeIconEngine::clone() const
{
    return new BadgeIconEngine(m_color, m_letter);
}

QString BadgeIconEngine::key() const
{
    return QStringLiteral("FolioBadge");
}

} // namespace Folio::Git
