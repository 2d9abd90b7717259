#pragma once

#include "core/result.h"
#include "document/frontmatter.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace Folio::Document {

// How a front-matter value is written.
enum class ValueStyle
{
    Empty,         // "key:" with nothing (null)
    Plain,         // key: text (may continue on more-indented lines)
    SingleQuoted,  // key: 'text'
    DoubleQuoted,  // key: "text"
    Literal,       // key: |  (block scalar keeping line breaks)
    Folded,        // key: >  (block scalar folding lines)
    FlowSequence,  // key: [a, b]
    FlowMapping,   // key: {a: 1}
    BlockSequence, // key:\n  - a
    BlockMapping,  // key:\n  a: 1
    Alias,         // key: *anchor
};

// One scalar item of a sequence value, located in the page text.
struct SequenceItemSource
{
    qsizetype start = 0; // the item's text, quotes included
    qsizetype end = 0;
    ValueStyle style = ValueStyle::Plain;
    qsizetype lineStart = 0; // block sequences: the item's line, from its indentation ...
    qsizetype lineEnd = 0;   // ... to its end ('\n' excluded)
};

// Where one top-level entry of the front matter is in the page text. All positions are
// offsets in the page text (not in the YAML); ends are one past the last character.
struct FrontMatterEntrySource
{
    QString key;
    int line = 0;            // 1-based page line of the key
    int column = 1;          // 1-based
    qsizetype lineStart = 0; // first character of the key's line
    qsizetype keyStart = 0;  // the key as written, quotes included
    qsizetype keyEnd = 0;
    qsizetype colon = 0;
    ValueStyle style = ValueStyle::Empty;
    // The value: from its first character (its indicator for block scalars) to its last; for
    // values on the following lines (block collections), from the start of the first of those
    // lines. Empty values sit right after the colon.
    qsizetype valueStart = 0;
    qsizetype valueEnd = 0;
    bool valueOnFollowingLines = false;
    // A comment on the entry's line (after the value, a block scalar's header or the colon),
    // with the blanks before it; empty (start == end) when there is none.
    qsizetype commentStart = 0;
    qsizetype commentEnd = 0;
    qsizetype end = 0; // one past the entry's last line, its '\n' included
    // Block scalars and block collections: the column (0-based) of their content.
    int childIndent = 0;
    // An anchor, alias or tag in the value: Folio does not edit such values.
    bool hasProperties = false;
    // Sequences whose items are all single-line scalars, located one by one.
    bool scalarItems = false;
    QList<SequenceItemSource> items;

    [[nodiscard]] bool hasComment() const { return commentEnd > commentStart; }
};

// The source layout of a front matter's top-level mapping, found by reading the YAML text
// the way a YAML parser would for the subset handbooks use. The editor relies on it to
// replace exactly one value's characters; what it cannot map (complex keys, a key with an
// anchor, a top-level that is not a block mapping) is an error, and the front matter can
// then be read but not edited.
class FrontMatterSourceMap
{
public:
    // Error::code of scan() when the YAML is invalid although yaml-cpp accepted it (yaml-cpp
    // 0.7 takes the end of the text as the end of an unclosed quoted value); other scan
    // errors mean only that Folio cannot edit the front matter.
    static constexpr int InvalidYaml = 1;

    FrontMatterSourceMap() = default;

    [[nodiscard]] static Result<FrontMatterSourceMap> scan(QStringView pageText,
                                                           const FrontMatterBlock &block);

    [[nodiscard]] const QList<FrontMatterEntrySource> &entries() const { return m_entries; }
    // The entry for key, or nullptr.
    [[nodiscard]] const FrontMatterEntrySource *entry(const QString &key) const;

private:
    QList<FrontMatterEntrySource> m_entries;
};

} // namespace Folio::Document
