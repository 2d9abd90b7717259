#include "editing/inlineformatter.h"

#include <QList>

#include <algorithm>
#include <utility>

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
    qsizetype leftWidth = 0;
    qsizetype right = -1;
    qsizetype rightWidth = 0;

    [[nodiscard]] bool isWrapped() const { return left >= 0 && right >= 0; }
};

Wrapping wrappingOf(QStringView text, Segment segment, QStringView marker)
{
    const qsizetype width = marker.size();
    Wrapping wrapping;
    wrapping.leftWidth = wrapping.rightWidth = width;
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

// The length of the run of backticks starting at from (forward) or ending at from (not).
qsizetype backtickRun(QStringView text, qsizetype from, bool forward)
{
    qsizetype run = 0;
    if (forward) {
        while (from + run < text.size() && text[from + run] == u'`')
            ++run;
    } else {
        while (from - run - 1 >= 0 && text[from - run - 1] == u'`')
            ++run;
    }
    return run;
}

// Inline code may be wrapped in any number of backticks, with one space inside each end
// when the code itself starts or ends with a backtick (CommonMark strips that space).
Wrapping codeWrappingOf(QStringView text, Segment segment)
{
    Wrapping wrapping;
    const qsizetype length = segment.end - segment.start;
    const qsizetype opening = backtickRun(text, segment.start, true);
    if (opening > 0 && opening < length && backtickRun(text, segment.end, false) == opening &&
        length > 2 * opening) {
        qsizetype pad = 0;
        if (length > 2 * opening + 2 && text[segment.start + opening] == u' ' &&
            text[segment.end - opening - 1] == u' ')
            pad = 1;
        wrapping.left = segment.start;
        wrapping.right = segment.end - opening - pad;
        wrapping.leftWidth = wrapping.rightWidth = opening + pad;
        return wrapping;
    }
    const qsizetype leftPad = segment.start > 0 && text[segment.start - 1] == u' ' ? 1 : 0;
    const qsizetype rightPad = segment.end < text.size() && text[segment.end] == u' ' ? 1 : 0;
    const qsizetype before = backtickRun(text, segment.start - leftPad, false);
    const qsizetype after = backtickRun(text, segment.end + rightPad, true);
    if (before > 0 && before == after && leftPad == rightPad) {
        wrapping.left = segment.start - leftPad - before;
        wrapping.right = segment.end;
        wrapping.leftWidth = wrapping.rightWidth = before + leftPad;
    }
    return wrapping;
}

// The markers that make a segment inline code: one backtick more than its longest run, and
// the spaces CommonMark wants when it starts or ends with a backtick.
std::pair<QString, QString> codeMarkersFor(QStringView text, Segment segment)
{
    qsizetype longest = 0;
    for (qsizetype at = segment.start; at < segment.end;) {
        const qsizetype run = backtickRun(text, at, true);
        longest = std::max(longest, run);
        at += std::max<qsizetype>(run, 1);
    }
    const QString fence(longest + 1, u'`');
    const bool pad = text[segment.start] == u'`' || text[segment.end - 1] == u'`';
    return pad ? std::pair{fence + u' ', u' ' + fence} : std::pair{fence, fence};
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
    const bool code = style == Style::Code;
    const auto wrappingFor = [&](Segment segment) {
        return code ? codeWrappingOf(text, segment) : wrappingOf(text, segment, marker);
    };
    const bool unwrap = std::all_of(segments.begin(), segments.end(), [&](Segment segment) {
        return wrappingFor(segment).isWrapped();
    });

    QList<Change> changes;
    qsizetype contentStart = segments.first().start;
    qsizetype contentEnd = segments.last().end;
    for (const Segment segment : segments) {
        const Wrapping wrapping = wrappingFor(segment);
        if (unwrap) {
            changes.append({wrapping.left, wrapping.leftWidth, {}});
            changes.append({wrapping.right, wrapping.rightWidth, {}});
            if (segment.start == contentStart && wrapping.left == segment.start)
                contentStart += wrapping.leftWidth;
            if (segment.end == contentEnd && wrapping.right == segment.end - wrapping.rightWidth)
                contentEnd -= wrapping.rightWidth;
        } else if (!wrapping.isWrapped()) {
            const auto [opening, closing] =
                code ? codeMarkersFor(text, segment) : std::pair{marker, marker};
            changes.append({segment.start, 0, opening});
            changes.append({segment.end, 0, closing});
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
