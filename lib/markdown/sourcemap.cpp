#include "markdown/sourcemap.h"

#include <QList>

namespace Folio::Markdown {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

// Marks the characters of markup a reader does not see in the preview.
QList<bool> hiddenMarkup(QStringView s)
{
    QList<bool> hidden(s.size(), false);
    const auto hide = [&](qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to && i < s.size(); ++i)
            hidden[i] = true;
    };
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c == u']' && i + 1 < s.size() && s[i + 1] == u'(') { // link destination
            const qsizetype end = s.indexOf(u')', i + 2);
            if (end > 0) {
                hide(i, end + 1);
                i = end;
            }
        } else if (c == u'<' && i + 1 < s.size() &&
                   (s[i + 1].isLetter() || s[i + 1] == u'/' || s[i + 1] == u'!' ||
                    s[i + 1] == u'%')) { // HTML tag, comment, ERB
            const qsizetype end = s.indexOf(u'>', i + 1);
            if (end > 0) {
                hide(i, end + 1);
                i = end;
            }
        } else if (c == u'{' && i + 1 < s.size() &&
                   (s[i + 1] == u':' || s[i + 1] == u'{' || s[i + 1] == u'#')) {
            const qsizetype end = s.indexOf(u'}', i + 1); // IAL, shortcode delimiter, {#id}
            if (end > 0) {
                hide(i, end + 1);
                i = end;
            }
        }
    }
    return hidden;
}

} // namespace

qsizetype SourceMap::lineStart(QStringView text, int line)
{
    if (line < 1)
        return -1;
    qsizetype pos = 0;
    for (int current = 1; current < line; ++current) {
        const qsizetype newline = text.indexOf(u'\n', pos);
        if (newline < 0)
            return -1;
        pos = newline + 1;
    }
    return pos;
}

qsizetype SourceMap::locateWord(QStringView text, int firstLine, int lastLine, QStringView word,
                                int occurrence)
{
    const qsizetype start = lineStart(text, firstLine);
    if (start < 0)
        return -1;
    qsizetype end = lineStart(text, std::max(lastLine, firstLine) + 1);
    if (end < 0)
        end = text.size();
    if (word.isEmpty())
        return start;

    const QStringView slice = text.sliced(start, end - start);
    const QList<bool> hidden = hiddenMarkup(slice);
    qsizetype last = -1;
    int seen = 0;
    for (qsizetype at = slice.indexOf(word); at >= 0; at = slice.indexOf(word, at + 1)) {
        const qsizetype after = at + word.size();
        const bool whole = (at == 0 || !isWordChar(slice[at - 1])) &&
                           (after >= slice.size() || !isWordChar(slice[after]));
        if (!whole || hidden[at])
            continue;
        last = start + at;
        if (seen++ == occurrence)
            return last;
    }
    return last >= 0 ? last : start;
}

} // namespace Folio::Markdown
