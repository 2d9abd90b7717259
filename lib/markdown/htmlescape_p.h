#pragma once

#include <QString>
#include <QStringView>

namespace Folio::Markdown {

// Escapes text for HTML content or a double-quoted attribute value: & " ' < > become
// references ("'" as &#x27;, as cmark-gfm writes it, so its links compare equal) and a NUL
// becomes U+FFFD, as the browser would read it. Unlike QString::toHtmlEscaped it copies
// unescaped runs whole, which matters for the table of contents of a long page.
void appendHtmlEscaped(QString &out, QStringView text);
[[nodiscard]] QString htmlEscaped(QStringView text);

} // namespace Folio::Markdown
