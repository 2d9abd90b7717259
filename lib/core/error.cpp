#include "core/error.h"

namespace Folio {

QString Error::toString() const
{
    if (line <= 0)
        return message;
    if (column <= 0)
        return QStringLiteral("line %1: %2").arg(line).arg(message);
    return QStringLiteral("line %1, column %2: %3").arg(line).arg(column).arg(message);
}

} // namespace Folio
