#include "editing/markdownline.h"

#include <QRegularExpression>

namespace Folio::Editing {

MarkdownLine MarkdownLine::parse(QStringView line)
{
    MarkdownLine parsed;
    parsed.m_blank = line.trimmed().isEmpty();
    while (parsed.m_indent < line.size() &&
           (line[parsed.m_indent] == u' ' || line[parsed.m_indent] == u'\t')) {
        ++parsed.m_indent;
    }

    // A marker needs a space after it (or the end of the line): "---" and "**bold**" are not
    // list items.
    static const QRegularExpression listMarker(
        QStringLiteral(R"(^[ \t]*(?:([-*+])|(\d{1,9})([.)]))( +|$)(\[[ xX]\](?: |$))?)"));
    const QRegularExpressionMatch list = listMarker.match(line);
    if (list.hasMatch()) {
        if (list.capturedLength(1) > 0) {
            parsed.m_listKind = ListKind::Bullet;
            parsed.m_bullet = list.capturedView(1).front();
        } else {
            parsed.m_listKind = ListKind::Ordered;
            parsed.m_number = list.capturedView(2).toInt();
            parsed.m_delimiter = list.capturedView(3).front();
        }
        parsed.m_task = list.capturedLength(5) > 0;
        parsed.m_markerEnd = list.capturedEnd(0);
        // One space belongs to the marker even when the line ends right after it.
        parsed.m_markerWidth = list.capturedStart(4) - parsed.m_indent + 1;
        parsed.m_emptyItem = line.sliced(parsed.m_markerEnd).trimmed().isEmpty();
    }

    static const QRegularExpression heading(QStringLiteral(R"(^ {0,3}(#{1,6})(?: +|$))"));
    const QRegularExpressionMatch headingMatch = heading.match(line);
    if (headingMatch.hasMatch()) {
        parsed.m_headingLevel = int(headingMatch.capturedLength(1));
        parsed.m_headingEnd = headingMatch.capturedEnd(0);
    }

    static const QRegularExpression quote(QStringLiteral(R"(^ {0,3}> ?)"));
    const QRegularExpressionMatch quoteMatch = quote.match(line);
    if (quoteMatch.hasMatch())
        parsed.m_quoteEnd = quoteMatch.capturedEnd(0);
    return parsed;
}

} // namespace Folio::Editing
