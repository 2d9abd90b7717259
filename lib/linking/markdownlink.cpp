#include "linking/markdownlink.h"

#include <QStringBuilder>

namespace Folio::Linking {

namespace {

bool isEscaped(QStringView line, qsizetype i)
{
    qsizetype backslashes = 0;
    while (i - backslashes - 1 >= 0 && line[i - backslashes - 1] == QLatin1Char('\\'))
        ++backslashes;
    return backslashes % 2 == 1;
}

// The position of the bracket closing the one at open, or -1.
qsizetype closing(QStringView line, qsizetype open, QChar openChar, QChar closeChar)
{
    int depth = 0;
    for (qsizetype i = open; i < line.size(); ++i) {
        if (isEscaped(line, i))
            continue;
        if (line[i] == openChar)
            ++depth;
        else if (line[i] == closeChar && --depth == 0)
            return i;
    }
    return -1;
}

} // namespace

QString MarkdownLink::format(const QString &text, const QString &target, bool image)
{
    QString escapedText;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if ((c == QLatin1Char('[') || c == QLatin1Char(']')) && !isEscaped(text, i))
            escapedText.append(QLatin1Char('\\'));
        escapedText.append(c);
    }
    QString escapedTarget;
    for (const QChar c : target) {
        switch (c.unicode()) {
        case u' ':
            escapedTarget.append(QLatin1String("%20"));
            break;
        case u'(':
            escapedTarget.append(QLatin1String("%28"));
            break;
        case u')':
            escapedTarget.append(QLatin1String("%29"));
            break;
        case u'<':
            escapedTarget.append(QLatin1String("%3C"));
            break;
        case u'>':
            escapedTarget.append(QLatin1String("%3E"));
            break;
        default:
            escapedTarget.append(c);
        }
    }
    return (image ? QStringLiteral("![") : QStringLiteral("[")) % escapedText % u"](" %
           escapedTarget % u')';
}

QString MarkdownLink::joinTarget(const QString &url, const QString &anchor)
{
    return anchor.isEmpty() ? url : url % u'#' % anchor;
}

std::optional<MarkdownLink> MarkdownLink::at(QStringView line, qsizetype column)
{
    for (qsizetype open = 0; open < line.size(); ++open) {
        if (line[open] != QLatin1Char('[') || isEscaped(line, open))
            continue;
        const qsizetype close = closing(line, open, QLatin1Char('['), QLatin1Char(']'));
        if (close < 0)
            return std::nullopt; // no later '[' can close either
        if (close + 1 >= line.size() || line[close + 1] != QLatin1Char('(')) {
            continue; // a nested link may still start inside the brackets
        }
        const qsizetype end = closing(line, close + 1, QLatin1Char('('), QLatin1Char(')'));
        if (end < 0)
            continue;
        const bool image =
            open > 0 && line[open - 1] == QLatin1Char('!') && !isEscaped(line, open - 1);
        const qsizetype start = image ? open - 1 : open;
        if (column >= start && column <= end + 1) {
            // The innermost link wins: an image inside a link's text is edited as the image.
            if (const auto inner = at(line.sliced(open + 1, close - open - 1), column - open - 1);
                inner && column > open && column <= close) {
                MarkdownLink link = *inner;
                link.start += open + 1;
                return link;
            }
            MarkdownLink link;
            link.text = line.sliced(open + 1, close - open - 1).toString();
            link.target = line.sliced(close + 2, end - close - 2).toString().trimmed();
            link.image = image;
            link.start = start;
            link.length = end + 1 - start;
            return link;
        }
        open = end;
    }
    return std::nullopt;
}

} // namespace Folio::Linking
