#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringView>

#include <optional>

namespace Folio::Markdown {

// Which generator's heading ids to reproduce. Checked against the real generators (Debian 12's
// ruby-kramdown-parser-gfm 1.1.0 with kramdown 2.4.0, and hugo 0.111.3 with goldmark 1.5.4) by
// tests/markdown/tst_headingids.cpp over tests/markdown/data/heading-ids.tsv.
enum class HeadingIdStyle
{
    // Middleman era: kramdown 2 with `input: 'GFM'`. The id comes from the heading's text as
    // kramdown renders it: text (white space at either end included), code span content,
    // entities as characters, the text inside inline HTML, and kramdown's typography (`--` en
    // dash, `---` em dash, `...` ellipsis, `<< ` and ` >>` guillemets with a no-break space,
    // curly quotes). Image alt text, footnote markers and HTML comments do not count; math
    // counts without its delimiters. cmark-gfm's text nodes with CMARK_OPT_SMART give the same
    // in all but those cases. Lowercased with full Unicode mappings; letters, marks, digits,
    // `_` and `-` stay; space and tab become `-`; everything else goes, so leading digits and
    // Unicode letters are kept.
    Kramdown,
    // Middleman era, for headings inside an HTML block that kramdown parses as Markdown
    // (`{::options parse_block_html="true" /}` or `markdown="1"`): the GFM parser leaves those
    // to kramdown's own converter, which keeps only ASCII (`## 1. Über uns` -> `ber-uns`),
    // strips everything before the first ASCII letter and uses `section` for an empty id.
    // Same input text as Kramdown.
    KramdownHtmlBlock,
    // Hugo era: Hugo 0.111's Goldmark, `autoHeadingIDType = "github"`. The id comes from the
    // heading's Markdown SOURCE, not its rendered text (see AtxHeading::content): link URLs,
    // entity names and raw HTML tag names end up in the id (`## [a](http://x.y)` -> `ahttpxy`,
    // `## _em_` -> `_em_`). Unicode letters (simple lowercase), decimal digits and `_` stay;
    // space and `-` become `-`; everything else, tab included, goes; Unicode white space at
    // either end is trimmed first. Empty -> `heading`.
    // Both generators classify characters by Unicode 13 (Ruby 3.1, Go 1.19): characters
    // assigned later count as unassigned here too.
    Goldmark,
};

// The id a generator gives a heading when it is the first with that id on its page: the
// style's fallback for an empty id included (`section` for KramdownHtmlBlock, `heading` for
// Goldmark; Kramdown gives an empty string and the heading then has no id attribute).
// `text` is what the style derives ids from, see HeadingIdStyle. Pure and allocation-light.
[[nodiscard]] QString headingId(QStringView text, HeadingIdStyle style);

// One ATX heading line read the way a generator reads it.
struct AtxHeading
{
    int level = 0;
    // The heading's Markdown source without the opening and closing `#` sequences and the
    // explicit id / attribute block, exactly as the generator keeps it (Goldmark may keep white
    // space before a closing sequence; its ids trim it). For Goldmark this is what the id is
    // derived from: headingId(content, Goldmark). For kramdown, render it inline and pass the
    // text (see HeadingIdStyle::Kramdown).
    QString content;
    // `{#custom}` (kramdown: at the end after a space or tab; Goldmark: any attribute block
    // `{#id .class key=value}` at the end of the line), else nullopt: the heading gets an
    // automatic id.
    std::optional<QString> explicitId;
};

// Reads one line (without its line break) as an ATX heading, or nullopt when the generator
// does not see a heading there. kramdown's GFM parser allows no indentation and needs a space
// or tab after the `#`s; Goldmark allows up to three spaces of indentation and an empty heading.
// KramdownHtmlBlock reads like Kramdown.
[[nodiscard]] std::optional<AtxHeading> parseAtxHeading(QStringView line, HeadingIdStyle style);

// Makes a page's heading ids unique exactly as each generator does. Feed every heading of one
// page in document order.
//
// - Kramdown: a counter per id: `a`, `a-1`, `a-2`; no check against other ids, so a heading
//   whose own id is `a-1` can clash with the second `a`; explicit ids take no part. An empty
//   id stays empty (no id attribute) the first time, then `-1`, `-2`...
// - KramdownHtmlBlock: the same counting with its own counters (kramdown's converter), empty
//   ids become `section`, `section-1`...
// - Goldmark: `a`, `a-1`, `a-2`, skipping any id already on the page, explicit ids included
//   (Hugo registers `{#custom}` ids as it meets them); empty ids become `heading`,
//   `heading-1`... Explicit ids are never changed, even when they repeat.
class HeadingIdRegistry
{
public:
    explicit HeadingIdRegistry(HeadingIdStyle style = HeadingIdStyle::Kramdown);

    [[nodiscard]] HeadingIdStyle style() const { return m_style; }

    // The id of the next heading without an explicit id, derived from `text` (see
    // HeadingIdStyle) in the registry's style.
    [[nodiscard]] QString addHeading(QStringView text);
    // The same for one heading in another style on the same page: on a Kramdown page, a
    // heading inside a Markdown-parsed HTML block uses KramdownHtmlBlock.
    [[nodiscard]] QString addHeading(QStringView text, HeadingIdStyle style);
    // A heading (or any element) with an explicit id, in document order.
    void addExplicitId(QStringView id);

    // Whether an `#anchor` to this id would find an element among those added so far.
    [[nodiscard]] bool contains(QStringView id) const;
    void clear();

private:
    HeadingIdStyle m_style;
    QHash<QString, int> m_kramdownCounters;
    QHash<QString, int> m_htmlBlockCounters;
    QSet<QString> m_ids; // every id on the page; Goldmark's "already used" set
};

} // namespace Folio::Markdown
