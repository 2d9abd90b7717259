#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace Folio::Git {

// Turns text that arrives in arbitrary pieces (libgit2's sideband_progress splits the server's
// messages anywhere, even inside a line or a UTF-8 character) into whole lines. "\n", "\r\n"
// and a lone "\r" (progress lines that overwrite themselves) each end a line.
class LineSplitter
{
public:
    // The lines this chunk completed, without their terminators.
    [[nodiscard]] QList<QByteArray> feed(QByteArrayView chunk);
    // The unterminated rest, if any, as a last line.
    [[nodiscard]] QList<QByteArray> finish();

private:
    QByteArray m_pending;
    bool m_lastWasCarriageReturn = false; // so "\r" + "\n" in separate chunks is one break
};

} // namespace Folio::Git
