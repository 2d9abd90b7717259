#include "editing/linerewriter_p.h"

#include <algorithm>

namespace Folio::Editing {

std::pair<qsizetype, qsizetype> selectedLineRange(QStringView text, TextSelection selection)
{
    qsizetype end = selection.end();
    if (end > selection.start() && lineStartAt(text, end) == end)
        --end;
    return {lineStartAt(text, selection.start()), lineEndAt(text, end)};
}

QList<QStringView> selectedLines(QStringView text, TextSelection selection)
{
    const auto [from, to] = selectedLineRange(text, selection);
    return text.sliced(from, to - from).split(u'\n');
}

FormattedEdit rewriteLines(QStringView text, TextSelection selection, const LineRewriter &rewrite)
{
    const auto [from, to] = selectedLineRange(text, selection);
    const QList<QStringView> lines = text.sliced(from, to - from).split(u'\n');
    QString result;
    qsizetype newAnchor = -1;
    qsizetype newPosition = -1;
    qsizetype oldLineStart = from;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QStringView line = lines[i];
        const LineRewrite rewritten = rewrite(line, i);
        const qsizetype newLineStart = from + result.size();
        const auto map = [&](qsizetype old, qsizetype &mapped) {
            if (mapped >= 0 || old < oldLineStart || old > oldLineStart + line.size())
                return;
            const qsizetype column = old - oldLineStart;
            // A position inside the old markup goes to the end of the new one.
            mapped = newLineStart + (column >= rewritten.oldPrefix
                                         ? column - rewritten.oldPrefix + rewritten.newPrefix
                                         : rewritten.newPrefix);
            mapped = std::min(mapped, newLineStart + rewritten.line.size());
        };
        map(selection.anchor, newAnchor);
        map(selection.position, newPosition);
        result += rewritten.line;
        if (i + 1 < lines.size())
            result += u'\n';
        oldLineStart += line.size() + 1;
    }
    const qsizetype delta = result.size() - (to - from);
    if (newAnchor < 0)
        newAnchor = selection.anchor + delta;
    if (newPosition < 0)
        newPosition = selection.position + delta;
    return FormattedEdit::replacing(text, from, to, result, {newAnchor, newPosition});
}

} // namespace Folio::Editing
