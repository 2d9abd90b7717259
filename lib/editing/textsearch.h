#pragma once

#include "core/result.h"
#include "document/textedit.h"

#include <QList>
#include <QRegularExpression>
#include <QString>

namespace Folio::Editing {

struct SearchOptions
{
    bool matchCase = false;
    bool wholeWord = false;
    bool regularExpression = false;
};

// A match in the text: [start, start + length).
struct TextMatch
{
    qsizetype start = 0;
    qsizetype length = 0;

    [[nodiscard]] qsizetype end() const { return start + length; }
    friend bool operator==(const TextMatch &, const TextMatch &) = default;
};

// Find and replace in one page: a query with its options, compiled once. An invalid regular
// expression is an error with the column where it goes wrong (domain Markdown: the pattern
// is about the page's text; code 1 = invalid pattern, 0 = empty query).
class TextSearch
{
public:
    [[nodiscard]] static Result<TextSearch> create(const QString &query, SearchOptions options);

    // Every non-empty match, in order, never overlapping.
    [[nodiscard]] QList<TextMatch> findAll(const QString &text) const;
    // What replaces a match: the replacement itself, or for a regular expression with \1 or
    // $1 ($0 the whole match, $$ a dollar) expanded from the match's groups.
    [[nodiscard]] QString replacementFor(const QString &text, TextMatch match,
                                         const QString &replacement) const;
    // All matches replaced, as one edit (one undo step); a no-op edit when nothing matches.
    [[nodiscard]] Document::TextEdit replaceAll(const QString &text, const QString &replacement,
                                                qsizetype *count = nullptr) const;

private:
    TextSearch() = default;

    QRegularExpression m_expression;
    bool m_regularExpression = false;
};

} // namespace Folio::Editing
