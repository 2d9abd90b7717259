#include "editing/lineformatter.h"

#include "editing/linerewriter_p.h"
#include "editing/markdownline.h"

#include <QCoreApplication>
#include <QList>

#include <algorithm>
#include <functional>
#include <utility>

namespace Folio::Editing::LineFormatter {

namespace {

// True when every non-blank line passes test (and there is one).
bool everyLine(const QList<QStringView> &lines,
               const std::function<bool(const MarkdownLine &)> &test)
{
    bool any = false;
    for (const QStringView line : lines) {
        const MarkdownLine parsed = MarkdownLine::parse(line);
        if (parsed.isBlank())
            continue;
        if (!test(parsed))
            return false;
        any = true;
    }
    return any;
}

LineRewrite removeListMarker(QStringView line, const MarkdownLine &parsed)
{
    return {line.first(parsed.indent()) + line.sliced(parsed.markerEnd()), parsed.markerEnd(),
            parsed.indent()};
}

// Replaces the list marker (keeping a task box) or puts one after the indentation.
LineRewrite setListMarker(QStringView line, const MarkdownLine &parsed, const QString &marker)
{
    const qsizetype oldEnd =
        parsed.isListItem() ? parsed.indent() + parsed.markerWidth() : parsed.indent();
    return {line.first(parsed.indent()) + marker + line.sliced(std::min(oldEnd, line.size())),
            oldEnd, parsed.indent() + marker.size()};
}

} // namespace

FormattedEdit setHeading(QStringView text, TextSelection selection, int level)
{
    level = std::clamp(level, 1, 6);
    const bool remove =
        everyLine(selectedLines(text, selection),
                  [level](const MarkdownLine &line) { return line.headingLevel() == level; });
    const QString marker = QString(level, u'#') + u' ';
    return rewriteLines(text, selection, [&](QStringView line, qsizetype) {
        const MarkdownLine parsed = MarkdownLine::parse(line);
        if (parsed.isBlank())
            return LineRewrite::unchanged(line);
        const qsizetype oldEnd = parsed.headingLevel() > 0 ? parsed.headingEnd() : 0;
        if (remove)
            return LineRewrite{line.sliced(oldEnd).toString(), oldEnd, 0};
        return LineRewrite{marker + line.sliced(oldEnd), oldEnd, marker.size()};
    });
}

FormattedEdit toggleBulletList(QStringView text, TextSelection selection)
{
    const bool remove = everyLine(selectedLines(text, selection), [](const MarkdownLine &line) {
        return line.listKind() == MarkdownLine::ListKind::Bullet;
    });
    return rewriteLines(text, selection, [&](QStringView line, qsizetype) {
        const MarkdownLine parsed = MarkdownLine::parse(line);
        if (parsed.isBlank())
            return LineRewrite::unchanged(line);
        if (remove)
            return removeListMarker(line, parsed);
        if (parsed.listKind() == MarkdownLine::ListKind::Bullet)
            return LineRewrite::unchanged(line);
        return setListMarker(line, parsed, QStringLiteral("- "));
    });
}

FormattedEdit toggleNumberedList(QStringView text, TextSelection selection)
{
    const bool remove = everyLine(selectedLines(text, selection), [](const MarkdownLine &line) {
        return line.listKind() == MarkdownLine::ListKind::Ordered;
    });
    // Numbers count per nesting level: a deeper item starts again at 1.
    QList<std::pair<qsizetype, int>> levels; // indentation, last number
    return rewriteLines(text, selection, [&](QStringView line, qsizetype) {
        const MarkdownLine parsed = MarkdownLine::parse(line);
        if (parsed.isBlank())
            return LineRewrite::unchanged(line);
        if (remove)
            return removeListMarker(line, parsed);
        while (!levels.isEmpty() && levels.last().first > parsed.indent())
            levels.removeLast();
        if (!levels.isEmpty() && levels.last().first == parsed.indent())
            ++levels.last().second;
        else
            levels.append({parsed.indent(), 1});
        const QChar delimiter =
            parsed.listKind() == MarkdownLine::ListKind::Ordered ? parsed.delimiter() : QChar(u'.');
        return setListMarker(line, parsed,
                             QString::number(levels.last().second) + delimiter + u' ');
    });
}

FormattedEdit toggleQuote(QStringView text, TextSelection selection)
{
    const bool remove = everyLine(selectedLines(text, selection),
                                  [](const MarkdownLine &line) { return line.isQuote(); });
    return rewriteLines(text, selection, [&](QStringView line, qsizetype) {
        const MarkdownLine parsed = MarkdownLine::parse(line);
        if (remove) {
            return parsed.isQuote() ? LineRewrite{line.sliced(parsed.quoteEnd()).toString(),
                                                  parsed.quoteEnd(), 0}
                                    : LineRewrite::unchanged(line);
        }
        if (parsed.isQuote())
            return LineRewrite::unchanged(line);
        // A blank line would end the quote: ">" keeps the selected paragraphs in one.
        if (parsed.isBlank())
            return LineRewrite{QStringLiteral(">"), line.size(), 1};
        return LineRewrite{QStringLiteral("> ") + line, 0, 2};
    });
}

namespace {

// The fence character run a line opens or closes a fenced code block with, or empty.
QStringView fenceOf(QStringView line)
{
    const QStringView trimmed = line.trimmed();
    if (trimmed.isEmpty() || (trimmed.front() != u'`' && trimmed.front() != u'~'))
        return {};
    qsizetype run = 0;
    while (run < trimmed.size() && trimmed[run] == trimmed.front())
        ++run;
    return run >= 3 ? trimmed.first(run) : QStringView();
}

// The placeholder text of a new table's header cells.
QString columnTitle()
{
    return QCoreApplication::translate("Folio::Editing::LineFormatter", "Column %1");
}

} // namespace

FormattedEdit toggleCodeBlock(QStringView text, TextSelection selection)
{
    const auto [from, to] = selectedLineRange(text, selection);
    const QStringView block = text.sliced(from, to - from);
    const QList<QStringView> lines = block.split(u'\n');

    const QStringView opening = fenceOf(lines.first());
    if (lines.size() >= 2 && !opening.isEmpty() && fenceOf(lines.last()).startsWith(opening) &&
        lines.last().trimmed().size() == fenceOf(lines.last()).size()) {
        const qsizetype contentStart = lines.first().size() + 1;
        const qsizetype contentEnd = block.size() - lines.last().size() - 1;
        const QString content =
            contentEnd > contentStart
                ? block.sliced(contentStart, contentEnd - contentStart).toString()
                : QString();
        const qsizetype newEnd = from + content.size();
        return FormattedEdit::replacing(text, from, to, content,
                                        TextSelection::range(from, newEnd));
    }

    // A fence longer than any inside, so that a fenced example stays inside the block.
    qsizetype longest = 2;
    for (const QStringView line : lines) {
        const QStringView fence = fenceOf(line);
        if (!fence.isEmpty() && fence.front() == u'`')
            longest = std::max(longest, fence.size());
    }
    const QString fence(longest + 1, u'`');
    const QString result = fence + u'\n' + block + u'\n' + fence;
    const qsizetype contentStart = from + fence.size() + 1;
    const TextSelection after =
        block.trimmed().isEmpty() ? TextSelection::cursor(contentStart + block.size())
                                  : TextSelection::range(contentStart, contentStart + block.size());
    return FormattedEdit::replacing(text, from, to, result, after);
}

FormattedEdit insertTable(QStringView text, TextSelection selection, int columns, int rows)
{
    columns = std::max(1, columns);
    rows = std::max(0, rows);
    QString header = QStringLiteral("|");
    QString delimiter = QStringLiteral("|");
    QString row = QStringLiteral("|");
    for (int column = 1; column <= columns; ++column) {
        const QString title = columnTitle().arg(column);
        header += u' ' + title + QStringLiteral(" |");
        delimiter += u' ' + QString(title.size(), u'-') + QStringLiteral(" |");
        row += QString(title.size() + 2, u' ') + u'|';
    }
    QString table = header + u'\n' + delimiter;
    for (int i = 0; i < rows; ++i)
        table += u'\n' + row;

    const qsizetype lineStart = lineStartAt(text, selection.start());
    const qsizetype lineEnd = lineEndAt(text, selection.start());
    const bool blankLine = text.sliced(lineStart, lineEnd - lineStart).trimmed().isEmpty();
    const bool nextLineHasText =
        lineEnd < text.size() &&
        !text.sliced(lineEnd + 1, lineEndAt(text, lineEnd + 1) - lineEnd - 1).trimmed().isEmpty();
    // A table needs a blank line before it after a paragraph, and after it before one (the
    // paragraph would otherwise become a row).
    QString before;
    qsizetype from = lineEnd;
    if (blankLine) {
        from = lineStart;
        const bool previousLineHasText =
            lineStart > 0 && !text.sliced(lineStartAt(text, lineStart - 1),
                                          lineStart - 1 - lineStartAt(text, lineStart - 1))
                                  .trimmed()
                                  .isEmpty();
        if (previousLineHasText)
            before = QStringLiteral("\n");
    } else {
        before = QStringLiteral("\n\n");
    }
    const QString inserted = before + table + (nextLineHasText ? QStringLiteral("\n") : QString());
    const qsizetype firstCell = from + before.size() + 2;
    return FormattedEdit::replacing(
        text, from, lineEnd, inserted,
        TextSelection::range(firstCell, firstCell + columnTitle().arg(1).size()));
}

} // namespace Folio::Editing::LineFormatter
