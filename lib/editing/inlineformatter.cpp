#include "editing/inlineformatter.h"

#include <QList>

#include <algorithm>

namespace Folio::Editing::InlineFormatter {

QString markerOf(Style style)
{
    switch (style) {
    case Style::Bold:
        return QStringLiteral("**");
    case Style::Italic:
        return QStringLiteral("_");
    case Style::Code:
        return QStringLiteral("`");
    }
    return {};
}

namespace {

// One small change at a position of the original text.
struct Change
{
    qsizetype at = 0;
    qsizetype removed = 0;
    QString inserted;
};

// Where position lands after the changes; an insertion exactly at it counts as before it
// only when afterInsertions.
qsizetype mapped(const QList<Change> &changes, qsizetype position, bool afterInsertions)
{
    qsizetype delta = 0;
    for (const Change &change : changes) {
        if (change.at > position)
            break;
        if (change.removed > 0 && position < change.at + change.removed)
            return change.at + delta;
        if (change.removed == 0 && change.at == position && !afterInsertions)
            break;
        delta += change.inserted.size() - change.removed;
    }
    return position + delta;
}

struct Segment
{
    qsizetype start = 0;
    qsizetype end = 0;
};

// The selected text of each line, without the spaces at its ends; blank parts are skipped.
QList<Segment> segmentsOf(QStringView text, qsizetype from, qsizetype to)
{
    QList<Segment> segments;
    qsizetype lineStart = from;
    while (lineStart <= to) {
        qsizetype lineEnd = text.indexOf(u'\n', lineStart);
        if (lineEnd < 0 || lineEnd > to)
            lineEnd = to;
        qsizetype start = lineStart;
        qsizetype end = lineEnd;
        while (start < end && text[start].isSpace())
            ++start;
        while (end > start && text[end - 1].isSpace())
            --end;
        if (start < end)
            segments.append({start, end});
        lineStart = lineEnd + 1;
    }
    return segments;
}

bool hasAt(QStringView text, qsizetype at, QStringView marker)
{
    return at >= 0 && at + marker.size() <= text.size() && text.sliced(at, marker.size()) == marker;
}

// Where a segment's markers are when it is already formatted: each one just inside or just
// outside the segment (a selection made after formatting several lines starts inside the
// first line's markers and ends inside the last one's). -1 when it is not formatted.
struct Wrapping
{
    qsizetype left = -1;
    qsizetype right = -1;

    [[nodiscard]] bool isWrapped() const { return left >= 0 && right >= 0; }
};

Wrapping wrappingOf(QStringView text, Segment segment, QStringView marker)
{
    const qsizetype width = marker.size();
    Wrapping wrapping;
    if (hasAt(text, segment.start, marker))
        wrapping.left = segment.start;
    else if (hasAt(text, segment.start - width, marker))
        wrapping.left = segment.start - width;
    const qsizetype innermost =
        wrapping.left == segment.start ? segment.start + width : segment.start;
    if (segment.end - width >= innermost && hasAt(text, segment.end - width, marker))
        wrapping.right = segment.end - width;
    else if (hasAt(text, segment.end, marker))
        wrapping.right = segment.end;
    return wrapping;
}

} // namespace

FormattedEdit toggle(QStringView text, TextSelection selection, Style style)
{
    const QString marker = markerOf(style);
    const qsizetype width = marker.size();
    if (selection.isEmpty()) {
        const qsizetype at = selection.position;
        if (hasAt(text, at - width, marker) && hasAt(text, at, marker))
            return FormattedEdit::replacing(text, at - width, at + width, QString(),
                                            TextSelection::cursor(at - width));
        return FormattedEdit::replacing(text, at, at, marker + marker,
                                        TextSelection::cursor(at + width));
    }

    const QList<Segment> segments = segmentsOf(text, selection.start(), selection.end());
    if (segments.isEmpty())
        return FormattedEdit::replacing(text, selection.start(), selection.start(), QString(),
                                        selection);
    const bool unwrap = std::all_of(segments.begin(), segments.end(), [&](Segment segment) {
        return wrappingOf(text, segment, marker).isWrapped();
    });

    QList<Change> changes;
    qsizetype contentStart = segments.first().start;
    qsizetype contentEnd = segments.last().end;
    for (const Segment segment : segments) {
        const Wrapping wrapping = wrappingOf(text, segment, marker);
        if (unwrap) {
            changes.append({wrapping.left, width, {}});
            changes.append({wrapping.right, width, {}});
            if (segment.start == contentStart && wrapping.left == segment.start)
                contentStart += width;
            if (segment.end == contentEnd && wrapping.right == segment.end - width)
                contentEnd -= width;
        } else if (!wrapping.isWrapped()) {
            changes.append({segment.start, 0, marker});
            changes.append({segment.end, 0, marker});
        }
    }

    const qsizetype from = changes.isEmpty() ? contentStart : changes.first().at;
    const qsizetype to =
        changes.isEmpty() ? contentStart : changes.last().at + changes.last().removed;
    QString replacement;
    qsizetype copied = from;
    for (const Change &change : changes) {
        replacement += text.sliced(copied, change.at - copied);
        replacement += change.inserted;
        copied = change.at + change.removed;
    }
    replacement += text.sliced(copied, to - copied);

    const qsizetype newStart = mapped(changes, contentStart, true);
    const qsizetype newEnd = mapped(changes, contentEnd, false);
    const TextSelection after = selection.anchor <= selection.position
                                    ? TextSelection::range(newStart, newEnd)
                                    : TextSelection::range(newEnd, newStart);
    return FormattedEdit::replacing(text, from, to, replacement, after);
}

} // namespace Folio::Editing::InlineFormatter
