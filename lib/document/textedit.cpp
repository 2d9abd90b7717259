#include "document/textedit.h"

#include <algorithm>

namespace Folio::Document {

QString TextEdit::appliedTo(QStringView text) const
{
    return text.first(start) % QStringView(replacement) % text.sliced(start + length);
}

TextEdit TextEdit::between(QStringView before, QStringView after)
{
    const qsizetype shorter = std::min(before.size(), after.size());
    qsizetype prefix = 0;
    while (prefix < shorter && before[prefix] == after[prefix])
        ++prefix;
    if (prefix > 0 && prefix < shorter && before[prefix - 1].isHighSurrogate())
        --prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix &&
           before[before.size() - 1 - suffix] == after[after.size() - 1 - suffix]) {
        ++suffix;
    }
    if (suffix > 0 && before[before.size() - suffix].isLowSurrogate())
        --suffix;
    TextEdit edit;
    edit.start = prefix;
    edit.length = before.size() - prefix - suffix;
    edit.replacement = after.sliced(prefix, after.size() - prefix - suffix).toString();
    return edit;
}

} // namespace Folio::Document
