#pragma once

#include <QStringView>

namespace Folio::Markdown {

// Small scanners over HTML that Folio's own pipeline produced (cmark's output, sanitized
// blocks). Not a parser: the sanitizer is the one place that reads untrusted markup.

// Elements that have no end tag (<br>, <img>...), by name in any case.
[[nodiscard]] bool isVoidElement(QStringView name);

// One past the '>' of the tag (or comment) that starts at html[at] == '<'; quoted attribute
// values may hold '>'. html.size() when the tag is not closed.
[[nodiscard]] qsizetype tagEnd(QStringView html, qsizetype at);

} // namespace Folio::Markdown
