#pragma once

#include <QList>
#include <QMetaType>
#include <QStringView>

namespace Folio::Git {

// A span of a line's text, in UTF-16 code units of the QString the line is held in.
struct TextRange
{
    qsizetype start = 0;
    qsizetype length = 0;

    friend bool operator==(const TextRange &, const TextRange &) = default;
};

// Tokens a line is compared by: runs of letters/digits/underscores (a word), runs of
// whitespace, and every other character on its own (punctuation, symbols, emoji).
[[nodiscard]] QList<TextRange> wordTokens(QStringView text);

// What changed between a removed line and the added line that replaced it, word by word:
// the ranges to emphasize in each. Whitespace between two changed words is emphasized with
// them so the eye sees one change. Both lists are empty when the lines share no word or
// punctuation (the whole line is the change), or are equal.
struct WordDiff
{
    QList<TextRange> removed; // in oldLine
    QList<TextRange> added;   // in newLine
};
[[nodiscard]] WordDiff diffWords(QStringView oldLine, QStringView newLine);

} // namespace Folio::Git

Q_DECLARE_METATYPE(Folio::Git::TextRange)
