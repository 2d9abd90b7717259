#include "markdown/emoji.h"

#include <QChar>

#include <algorithm>

namespace Folio::Markdown {

namespace {

bool isNameChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'_' || u == u'+' ||
           u == u'-';
}

bool isLetterOrDigit(char32_t c)
{
    if (c < 0x80)
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
    return QChar::isLetterOrNumber(c);
}

// Whether the character ending right before pos is a letter or digit (surrogate pairs decoded).
bool letterOrDigitBefore(QStringView text, qsizetype pos)
{
    const QChar last = text[pos - 1];
    if (last.isLowSurrogate() && pos >= 2 && text[pos - 2].isHighSurrogate())
        return isLetterOrDigit(QChar::surrogateToUcs4(text[pos - 2], last));
    return isLetterOrDigit(last.unicode());
}

// Whether the character starting at pos is a letter or digit (surrogate pairs decoded).
bool letterOrDigitAt(QStringView text, qsizetype pos)
{
    const QChar first = text[pos];
    if (first.isHighSurrogate() && pos + 1 < text.size() && text[pos + 1].isLowSurrogate())
        return isLetterOrDigit(QChar::surrogateToUcs4(first, text[pos + 1]));
    return isLetterOrDigit(first.unicode());
}

const Emoji::Entry *find(QStringView name)
{
    const std::span<const Emoji::Entry> table = Emoji::entries();
    const auto it = std::lower_bound(
        table.begin(), table.end(), name,
        [](const Emoji::Entry &entry, QStringView key) { return key.compare(entry.name) > 0; });
    if (it == table.end() || name.compare(it->name) != 0)
        return nullptr;
    return &*it;
}

} // namespace

std::optional<QString> Emoji::forShortcode(QStringView name)
{
    if (const Entry *entry = find(name))
        return entry->emoji.toString();
    return std::nullopt;
}

QString Emoji::replaceShortcodes(QStringView text)
{
    const qsizetype size = text.size();
    QString out;
    qsizetype copied = 0;          // text before this is in out
    qsizetype afterCandidate = -1; // just past the closing colon of the last `:name:` seen
    qsizetype colon = text.indexOf(u':');
    while (colon >= 0 && colon + 2 < size) {
        if (text[colon + 1] == u'/' && text[colon + 2] == u'/') {
            // `scheme://`: leave the URL alone up to the next white space.
            qsizetype i = colon + 3;
            while (i < size && !text[i].isSpace())
                ++i;
            colon = text.indexOf(u':', i);
            continue;
        }
        qsizetype end = colon + 1;
        while (end < size && isNameChar(text[end]))
            ++end;
        if (end == size)
            break;
        if (text[end] != u':') {
            colon = text.indexOf(u':', end + 1);
            continue;
        }
        // text[colon] and text[end] are colons with only name characters between them.
        const bool opens = colon == 0 || colon == afterCandidate ||
                           (text[colon - 1] != u':' && !letterOrDigitBefore(text, colon));
        // A closing colon followed by `//` is a URL scheme's (`[a]:https://...`).
        const bool closes = end + 1 == size ||
                            (!letterOrDigitAt(text, end + 1) &&
                             !(end + 2 < size && text[end + 1] == u'/' && text[end + 2] == u'/'));
        if (opens && closes && end > colon + 1) {
            afterCandidate = end + 1;
            if (const Entry *entry = find(text.sliced(colon + 1, end - colon - 1))) {
                if (out.isNull())
                    out.reserve(size);
                out.append(text.sliced(copied, colon - copied));
                out.append(entry->emoji.toString());
                copied = end + 1;
                colon = text.indexOf(u':', copied);
                continue;
            }
        }
        colon = end; // the closing colon may open the next shortcode
    }
    if (copied == 0)
        return text.toString();
    out.append(text.sliced(copied));
    return out;
}

} // namespace Folio::Markdown
