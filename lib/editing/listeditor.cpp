#include "editing/listeditor.h"

#include "editing/linerewriter_p.h"
#include "editing/markdownline.h"

#include <QHash>

namespace Folio::Editing::ListEditor {

namespace {

// The list marker a line gets for number (its bullet, or the number with its delimiter).
QString markerFor(const MarkdownLine &item, int number)
{
    if (item.listKind() == MarkdownLine::ListKind::Bullet)
        return QString(item.bullet()) + u' ';
    return QString::number(number) + item.delimiter() + u' ';
}

// A line with its list marker replaced, keeping everything after the marker.
QString withMarker(QStringView line, const MarkdownLine &item, QStringView indent,
                   const QString &marker)
{
    return indent + marker + line.sliced(item.indent() + item.markerWidth());
}

// The list item above lineStart that the line at indent belongs with: the nearest item whose
// indentation is wanted(indentation) true, skipping blank lines and deeper lines; nothing
// when a line with text ends the search first (stop(indentation) true).
template<typename Wanted, typename Stop>
std::optional<MarkdownLine> itemAbove(QStringView text, qsizetype lineStart, Wanted wanted,
                                      Stop stop)
{
    while (lineStart > 0) {
        const qsizetype previousStart = lineStartAt(text, lineStart - 1);
        const MarkdownLine line =
            MarkdownLine::parse(text.sliced(previousStart, lineStart - 1 - previousStart));
        lineStart = previousStart;
        if (line.isBlank())
            continue;
        if (line.isListItem() && wanted(line.indent()))
            return line;
        if (stop(line))
            return std::nullopt;
    }
    return std::nullopt;
}

} // namespace

std::optional<FormattedEdit> continueList(QStringView text, TextSelection selection)
{
    if (!selection.isEmpty())
        return std::nullopt;
    const qsizetype cursor = selection.position;
    const qsizetype lineStart = lineStartAt(text, cursor);
    const qsizetype lineEnd = lineEndAt(text, cursor);
    const QStringView line = text.sliced(lineStart, lineEnd - lineStart);
    const MarkdownLine item = MarkdownLine::parse(line);
    if (!item.isListItem() || cursor - lineStart < item.markerEnd())
        return std::nullopt;
    if (item.isEmptyItem())
        return FormattedEdit::replacing(text, lineStart, lineEnd, QString(),
                                        TextSelection::cursor(lineStart));

    const int number = item.number() + 1;
    const QString marker = line.first(item.indent()).toString() + markerFor(item, number) +
                           (item.isTask() ? QStringLiteral("[ ] ") : QString());
    QString replacement = u'\n' + marker + text.sliced(cursor, lineEnd - cursor);
    qsizetype to = lineEnd;

    // Items numbered in sequence after this one follow the new number; a list written as
    // "1." throughout stays that way.
    if (item.listKind() == MarkdownLine::ListKind::Ordered) {
        int next = number + 1;
        bool first = true;
        qsizetype start = lineEnd + 1;
        while (start <= text.size() && lineEnd < text.size()) {
            const qsizetype end = lineEndAt(text, start);
            const QStringView following = text.sliced(start, end - start);
            const MarkdownLine sibling = MarkdownLine::parse(following);
            if (sibling.isBlank() || sibling.indent() < item.indent())
                break;
            if (sibling.indent() == item.indent()) {
                if (sibling.listKind() != MarkdownLine::ListKind::Ordered ||
                    (first && sibling.number() != number))
                    break;
                first = false;
                replacement += text.sliced(to, start - to) +
                               withMarker(following, sibling, following.first(sibling.indent()),
                                          markerFor(sibling, next++));
                to = end;
            }
            if (end >= text.size())
                break;
            start = end + 1;
        }
    }
    return FormattedEdit::replacing(text, cursor, to, replacement,
                                    TextSelection::cursor(cursor + 1 + marker.size()));
}

std::optional<FormattedEdit> indentListItems(QStringView text, TextSelection selection)
{
    const auto [from, to] = selectedLineRange(text, selection);
    bool anyItem = false;
    QHash<qsizetype, int> lastNumberAt; // by indentation, for items indented in this command
    qsizetype lineStart = from;
    const FormattedEdit edit = rewriteLines(text, selection, [&](QStringView line, qsizetype) {
        const qsizetype start = lineStart;
        lineStart += line.size() + 1;
        const MarkdownLine item = MarkdownLine::parse(line);
        if (!item.isListItem())
            return LineRewrite::unchanged(line);
        anyItem = true;
        // Under the item above at the same level, where its text starts.
        const std::optional<MarkdownLine> sibling = itemAbove(
            text, start, [&](qsizetype indent) { return indent <= item.indent(); },
            [&](const MarkdownLine &other) { return other.indent() < item.indent(); });
        const qsizetype width = sibling && sibling->indent() == item.indent()
                                    ? sibling->markerWidth()
                                    : item.markerWidth();
        const qsizetype indent = item.indent() + width;
        int number = item.number();
        if (item.listKind() == MarkdownLine::ListKind::Ordered) {
            if (lastNumberAt.contains(indent)) {
                number = lastNumberAt[indent] + 1;
            } else {
                const std::optional<MarkdownLine> before = itemAbove(
                    text, start, [&](qsizetype other) { return other <= indent; },
                    [](const MarkdownLine &) { return false; });
                number = before && before->indent() == indent &&
                                 before->listKind() == MarkdownLine::ListKind::Ordered
                             ? before->number() + 1
                             : 1;
            }
            lastNumberAt[indent] = number;
        }
        const QString marker = markerFor(item, number);
        return LineRewrite{withMarker(line, item, QString(indent, u' '), marker),
                           item.indent() + item.markerWidth(), indent + marker.size()};
    });
    if (!anyItem)
        return std::nullopt;
    return edit;
}

std::optional<FormattedEdit> outdentListItems(QStringView text, TextSelection selection)
{
    const auto [from, to] = selectedLineRange(text, selection);
    bool changed = false;
    qsizetype lineStart = from;
    const FormattedEdit edit = rewriteLines(text, selection, [&](QStringView line, qsizetype) {
        const qsizetype start = lineStart;
        lineStart += line.size() + 1;
        const MarkdownLine item = MarkdownLine::parse(line);
        if (!item.isListItem() || item.indent() == 0)
            return LineRewrite::unchanged(line);
        changed = true;
        const std::optional<MarkdownLine> parent = itemAbove(
            text, start, [&](qsizetype indent) { return indent < item.indent(); },
            [](const MarkdownLine &) { return false; });
        const qsizetype indent = parent ? parent->indent() : 0;
        int number = item.number();
        if (parent && parent->listKind() == MarkdownLine::ListKind::Ordered &&
            item.listKind() == MarkdownLine::ListKind::Ordered) {
            number = parent->number() + 1;
        }
        const QString marker = markerFor(item, number);
        return LineRewrite{withMarker(line, item, QString(indent, u' '), marker),
                           item.indent() + item.markerWidth(), indent + marker.size()};
    });
    if (!changed)
        return std::nullopt;
    return edit;
}

} // namespace Folio::Editing::ListEditor
