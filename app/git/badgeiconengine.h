#pragma once

#include <QColor>
#include <QIconEngine>
#include <QString>

namespace Folio::Git {

// A status letter on a rounded square (the M, A, D of the Changes list), painted at whatever
// size and device pixel ratio it is asked for, so it stays sharp at 125 %, 150 % or 300 %
// scaling where a fixed set of pixmaps would be blurred up.
class BadgeIconEngine : public QIconEngine
{
public:
    BadgeIconEngine(const QColor &color, const QString &letter);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    [[nodiscard]] QIconEngine *clone() const override;
    [[nodiscard]] QString key() const override;

private:
    QColor m_color;
    QString m_letter;
};

} // namespace Folio::Git
