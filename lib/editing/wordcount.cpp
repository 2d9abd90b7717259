#include "editing/wordcount.h"

#include "editing/markdownhighlighter.h"

namespace Folio::Editing {

namespace {

bool isMarkup(MarkupKind kind)
{
    switch (kind) {
    case MarkupKind::FrontMatterDelimiter:
    case MarkupKind::FrontMatterKey:
    case MarkupKind::FrontMatterValue:
    case MarkupKind::Comment:
    case MarkupKind::CodeFence:
    case MarkupKind::CodeBlock:
    case MarkupKind::LinkUrl:
    case MarkupKind::Attribute:
    case MarkupKind::Template:
    case MarkupKind::HtmlTag:
        return true;
    default:
        return false;
    }
}

// Words of text outside the markup spans: runs of letters and digits, with ' ’ - inside a
// word ("don't", "follow-up") keeping it one word.
int countWords(QStringView line, const QList<MarkupSpan> &spans)
{
    int words = 0;
    bool inWord = false;
    qsizetype span = 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        // Spans are in order of their start (nested ones after their outer one).
        while (span < spans.size() && spans[span].start + spans[span].length <= i)
            ++span;
        bool skipped = false;
        for (qsizetype s = span; s < spans.size() && spans[s].start <= i; ++s)
            if (isMarkup(spans[s].kind) && i < spans[s].start + spans[s].length)
                skipped = true;
        const QChar c = line[i];
        if (!skipped && c.isLetterOrNumber()) {
            if (!inWord)
                ++words;
            inWord = true;
        } else if (!(inWord && !skipped && (c == u'\'' || c == u'\u2019' || c == u'-') &&
                     i + 1 < line.size() && line[i + 1].isLetterOrNumber())) {
            inWord = false;
        }
    }
    return words;
}

} // namespace

WordCount WordCount::of(QStringView page)
{
    WordCount count;
    int state = MarkdownHighlighter::PageStart;
    qsizetype start = 0;
    while (start <= page.size()) {
        qsizetype end = page.indexOf(u'\n', start);
        if (end < 0)
            end = page.size();
        QStringView line = page.sliced(start, end - start);
        if (line.endsWith(u'\r'))
            line.chop(1);
        const MarkdownHighlighter::Line highlighted =
            MarkdownHighlighter::highlightLine(line, state);
        count.words += countWords(line, highlighted.spans);
        state = highlighted.state;
        start = end + 1;
    }
    return count;
}

} // namespace Folio::Editing
