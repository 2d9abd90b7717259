#pragma once

#include <QByteArray>
#include <QString>

#include <cstdio>

namespace Folio::Cli {

// Text to a standard stream, as UTF-8 whatever the locale: pages and paths are UTF-8.
inline void print(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
}

// "folio: message" on standard error; returns code, the exit status to give.
inline int fail(int code, const QString &message)
{
    print(stderr, QStringLiteral("folio: %1\n").arg(message));
    return code;
}

} // namespace Folio::Cli
