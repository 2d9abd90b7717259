#pragma once

#include <QByteArray>
#include <QString>

#include <cstdio>
#include <cstdlib>

namespace Folio::Fuzz {

// An invariant every input must keep. A broken one aborts, which libFuzzer reports as a crash
// and saves the input in its artifacts.
inline void require(bool holds, const char *invariant, const QString &detail = QString())
{
    if (holds)
        return;
    std::fprintf(stderr, "invariant broken: %s\n%s\n", invariant, qUtf8Printable(detail));
    std::abort();
}

// The input as page text, as Page gives it to the editor and the renderer: UTF-8 (invalid
// bytes become U+FFFD, which Page would refuse), '\n' line endings.
inline QString pageText(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

} // namespace Folio::Fuzz
