#include "propose/listinput.h"

#include <QRegularExpression>

namespace Folio::Propose {

QStringList parseListInput(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    QStringList items;
    for (QString item : text.split(separators, Qt::SkipEmptyParts)) {
        if (item.startsWith(u'@'))
            item.remove(0, 1);
        if (!item.isEmpty() && !items.contains(item))
            items.append(item);
    }
    return items;
}

} // namespace Folio::Propose
