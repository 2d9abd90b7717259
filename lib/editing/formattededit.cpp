#include "editing/formattededit.h"

namespace Folio::Editing {

FormattedEdit FormattedEdit::replacing(QStringView text, qsizetype from, qsizetype to,
                                       const QString &replacement, TextSelection selection)
{
    // Only what really changes goes on the undo stack (and through the preview's patching).
    Document::TextEdit edit =
        Document::TextEdit::between(text.sliced(from, to - from), replacement);
    edit.start += from;
    return {edit, selection};
}

qsizetype lineStartAt(QStringView text, qsizetype position)
{
    if (position <= 0)
        return 0;
    const qsizetype newline = text.first(std::min(position, text.size())).lastIndexOf(u'\n');
    return newline + 1;
}

qsizetype lineEndAt(QStringView text, qsizetype position)
{
    const qsizetype newline = text.indexOf(u'\n', std::clamp<qsizetype>(position, 0, text.size()));
    return newline < 0 ? text.size() : newline;
}

} // namespace Folio::Editing
