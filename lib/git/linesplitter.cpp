#include "git/linesplitter.h"

namespace Folio::Git {

QList<QByteArray> LineSplitter::feed(QByteArrayView chunk)
{
    QList<QByteArray> lines;
    for (const char c : chunk) {
        if (c == '\n' && m_lastWasCarriageReturn) {
            m_lastWasCarriageReturn = false;
            continue;
        }
        m_lastWasCarriageReturn = c == '\r';
        if (c == '\n' || c == '\r') {
            lines.append(m_pending);
            m_pending.clear();
        } else {
            m_pending.append(c);
        }
    }
    return lines;
}

QList<QByteArray> LineSplitter::finish()
{
    m_lastWasCarriageReturn = false;
    if (m_pending.isEmpty())
        return {};
    QList<QByteArray> last{m_pending};
    m_pending.clear();
    return last;
}

} // namespace Folio::Git
