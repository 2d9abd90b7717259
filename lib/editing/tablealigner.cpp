#include "editing/tablealigner.h"

#include <QList>
#include <QRegularExpression>

#include <algorithm>

namespace Folio::Editing::TableAligner {

namespace {

int widthOf(char32_t codePoint)
{
    switch (QChar::category(codePoint)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_Enclosing:
    case QChar::Other_Format: // zero-width joiner, soft hyphen
        return 0;
    default:
        break;
    }
    static constexpr std::pair<char32_t, char32_t> wide[] = {
        {0x1100, 0x115F},   {0x2329, 0x232A},   {0x2E80, 0x303E},   {0x3041, 0x33FF},
        {0x3400, 0x4DBF},   {0x4E00, 0x9FFF},   {0xA000, 0xA4CF},   {0xAC00, 0xD7A3},
        {0xF900, 0xFAFF},   {0xFE10, 0xFE19},   {0xFE30, 0xFE6F},   {0xFF00, 0xFF60},
        {0xFFE0, 0xFFE6},   {0x1F300, 0x1F64F}, {0x1F680, 0x1F6FF}, {0x1F900, 0x1F9FF},
        {0x20000, 0x2FFFD}, {0x30000, 0x3FFFD},
    };
    for (const auto &[first, last] : wide) {
        if (codePoint >= first && codePoint <= last)
            return 2;
    }
    return 1;
}

enum class Alignment
{
    None,
    Left,
    Center,
    Right,
};

// One row's cells, trimmed, with where each one's text starts and ends in the line.
struct Cell
{
    QString text;
    qsizetype start = 0;
    qsizetype end = 0;
};

bool escapedAt(QStringView line, qsizetype at)
{
    qsizetype backslashes = 0;
    while (at - backslashes - 1 >= 0 && line[at - backslashes - 1] == u'\\')
        ++backslashes;
    return backslashes % 2 == 1;
}

QList<Cell> cellsOf(QStringView line)
{
    qsizetype start = 0;
    qsizetype end = line.size();
    while (start < end && line[start].isSpace())
        ++start;
    while (end > start && line[end - 1].isSpace())
        --end;
    if (start < end && line[start] == u'|')
        ++start;
    if (end > start && line[end - 1] == u'|' && !escapedAt(line, end - 1))
        --end;
    QList<Cell> cells;
    qsizetype cellStart = start;
    for (qsizetype i = start; i <= end; ++i) {
        if (i < end && (line[i] != u'|' || escapedAt(line, i)))
            continue;
        qsizetype textStart = cellStart;
        qsizetype textEnd = i;
        while (textStart < textEnd && line[textStart].isSpace())
            ++textStart;
        while (textEnd > textStart && line[textEnd - 1].isSpace())
            --textEnd;
        cells.append({line.sliced(textStart, textEnd - textStart).toString(), textStart, textEnd});
        cellStart = i + 1;
    }
    return cells;
}

bool isDelimiterRow(QStringView line)
{
    static const QRegularExpression delimiter(QStringLiteral("^:?-+:?$"));
    const QList<Cell> cells = cellsOf(line);
    return line.contains(u'-') && !cells.isEmpty() &&
           std::all_of(cells.begin(), cells.end(),
                       [](const Cell &cell) { return delimiter.match(cell.text).hasMatch(); });
}

bool isTableLine(QStringView line)
{
    return !line.trimmed().isEmpty() && line.contains(u'|');
}

QString padded(const QString &text, int width, Alignment alignment)
{
    const int missing = std::max(0, width - displayWidth(text));
    switch (alignment) {
    case Alignment::Right:
        return QString(missing, u' ') + text;
    case Alignment::Center:
        return QString(missing / 2, u' ') + text + QString(missing - missing / 2, u' ');
    case Alignment::None:
    case Alignment::Left:
        break;
    }
    return text + QString(missing, u' ');
}

} // namespace

int displayWidth(QStringView text)
{
    int width = 0;
    for (const char32_t codePoint : text.toUcs4())
        width += widthOf(codePoint);
    return width;
}

std::optional<FormattedEdit> realign(QStringView text, TextSelection selection)
{
    const qsizetype cursor = selection.position;
    qsizetype from = lineStartAt(text, cursor);
    qsizetype to = lineEndAt(text, cursor);
    if (!isTableLine(text.sliced(from, to - from)))
        return std::nullopt;
    while (from > 0) {
        const qsizetype previous = lineStartAt(text, from - 1);
        if (!isTableLine(text.sliced(previous, from - 1 - previous)))
            break;
        from = previous;
    }
    while (to < text.size()) {
        const qsizetype next = lineEndAt(text, to + 1);
        if (!isTableLine(text.sliced(to + 1, next - to - 1)))
            break;
        to = next;
    }
    QList<QStringView> lines = text.sliced(from, to - from).split(u'\n');
    // The table starts at the row above its delimiter row (the lines above are a paragraph).
    qsizetype delimiterRow = 1;
    while (delimiterRow < lines.size() && !isDelimiterRow(lines[delimiterRow]))
        ++delimiterRow;
    if (delimiterRow >= lines.size())
        return std::nullopt;
    for (qsizetype i = 0; i < delimiterRow - 1; ++i)
        from += lines[i].size() + 1;
    lines = lines.sliced(delimiterRow - 1);
    if (cursor < from)
        return std::nullopt;

    QList<QList<Cell>> rows;
    qsizetype columns = 0;
    for (const QStringView line : lines) {
        rows.append(cellsOf(line));
        columns = std::max(columns, rows.last().size());
    }
    QList<Alignment> alignments(columns, Alignment::None);
    for (qsizetype column = 0; column < rows[1].size(); ++column) {
        const QString &marker = rows[1][column].text;
        const bool left = marker.startsWith(u':');
        const bool right = marker.endsWith(u':') && marker.size() > 1;
        alignments[column] = left && right ? Alignment::Center
                             : left        ? Alignment::Left
                             : right       ? Alignment::Right
                                           : Alignment::None;
    }
    QList<int> widths(columns, 3);
    for (qsizetype row = 0; row < rows.size(); ++row) {
        if (row == 1)
            continue;
        for (qsizetype column = 0; column < rows[row].size(); ++column)
            widths[column] = std::max(widths[column], displayWidth(rows[row][column].text));
    }

    // Where the cursor is: which row, which cell, how far into its text.
    qsizetype cursorRow = 0;
    qsizetype lineStart = from;
    while (cursorRow + 1 < lines.size() && cursor > lineStart + lines[cursorRow].size()) {
        lineStart += lines[cursorRow].size() + 1;
        ++cursorRow;
    }
    const qsizetype cursorColumn = cursor - lineStart;
    qsizetype cursorCell = 0;
    while (cursorCell + 1 < rows[cursorRow].size() &&
           cursorColumn > rows[cursorRow][cursorCell].end)
        ++cursorCell;
    const Cell &cell = rows[cursorRow].value(cursorCell);
    const qsizetype cursorOffset =
        std::clamp<qsizetype>(cursorColumn - cell.start, 0, cell.text.size());

    // A table indented in a list item stays there.
    qsizetype indentLength = 0;
    while (indentLength < lines.first().size() && lines.first()[indentLength].isSpace())
        ++indentLength;
    const QString indent = lines.first().first(indentLength).toString();
    QString result;
    qsizetype newCursor = from;
    for (qsizetype row = 0; row < rows.size(); ++row) {
        if (row > 0)
            result += u'\n';
        result += indent + u'|';
        for (qsizetype column = 0; column < columns; ++column) {
            QString content;
            if (row == 1) {
                const Alignment alignment = alignments[column];
                const int width = widths[column];
                content = QString(width, u'-');
                if (alignment == Alignment::Left || alignment == Alignment::Center)
                    content[0] = u':';
                if (alignment == Alignment::Right || alignment == Alignment::Center)
                    content[width - 1] = u':';
            } else {
                const QString cellText = rows[row].value(column).text;
                content = padded(cellText, widths[column], alignments[column]);
                if (row == cursorRow && column == cursorCell) {
                    newCursor = from + result.size() + 1 + content.indexOf(cellText) + cursorOffset;
                }
            }
            if (row == 1 && row == cursorRow && column == cursorCell)
                newCursor = from + result.size() + 1;
            result += u' ' + content + QStringLiteral(" |");
        }
    }
    return FormattedEdit::replacing(text, from, to, result, TextSelection::cursor(newCursor));
}

} // namespace Folio::Editing::TableAligner
