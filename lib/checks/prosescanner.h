#pragma once

#include "markdown/dialect.h"

#include <QHashFunctions>
#include <QList>
#include <QStringView>

namespace Folio::Checks {

// Finds the words of prose in a handbook page, the ones a reader sees as text, for the spell
// checker. A scanner, not a parser: one pass, linear in the page's size whatever it holds
// (unclosed fences, comments or tags skip to the end of the page, or of their paragraph for
// tags and code spans).
//
// Skipped: front matter, except the values of `title` and `description`; fenced and indented
// code; code spans; `<pre>`, `<code>`, `<kbd>`, `<samp>`, `<script>`, `<style>`, `<svg>` and
// `<math>` elements; URLs and autolinks; link targets `](...)`, reference labels `][ref]`,
// footnote marks `[^1]` and reference definitions `[x]: url`; HTML tags with their attributes
// (the text between tags is prose); HTML comments; kramdown IALs and extensions (`{: .x}`,
// `{:toc}`, `{::options .../}`), heading ids `{#id}`, Hugo shortcode tags `{{< x >}}` and
// `{{% x %}}` (not the prose between an opening and a closing one), Go and Liquid templates
// `{{ }}` `{% %}`, ERB `<% %>`; entities `&nbsp;`.
//
// Then each run of word characters is judged as a whole and skipped when it is not a plain
// word: it holds a digit, '_', '@', '#', '$', '%', '+', '=', '^' or '\' (v2, foo_bar,
// e-mail addresses, @mentions, #channels, :emoji:), a '.' or ':' inside (index.html, e.g.,
// 10:30, :smile:), starts with '.', '/' or '-' (.gitlab-ci.yml, /handbook/x, --force), or is
// a path (two '/' or more). One '/' separates two words ("and/or"), hyphens separate parts
// that are checked each ("well-known"). A word that has an upper-case letter after its first
// is skipped: acronyms (SA, MRs, SA's, CI/CD) and product names in CamelCase (GitLab,
// JavaScript, DevSecOps) are names, not misspellings; a lower-case word capitalized at the
// start of a sentence is still checked. Words keep their inner apostrophes (' or U+2019: don't,
// it's, user's); apostrophes around a word are quotes and are left out. Single letters, words
// longer than 60 characters and words in scripts written without spaces (Chinese, Japanese,
// Thai...) are skipped.
//
// Pages are scanned in blocks (a paragraph and the blank lines after it) from a State, so that
// a caller can re-scan only the blocks that changed. Pure functions, safe on any thread.
class ProseScanner
{
public:
    // A word to check: offset and length in the scanned text, in UTF-16 code units.
    struct Word
    {
        qsizetype offset = 0;
        qsizetype length = 0;
        // The hyphenated word this one is a part of ("well-known" for "known"), which a
        // dictionary may know as a whole ("Wi-Fi"); the word itself when it has no hyphen.
        qsizetype compoundOffset = 0;
        qsizetype compoundLength = 0;

        [[nodiscard]] bool isPart() const { return compoundLength != length; }
        friend bool operator==(const Word &, const Word &) = default;
    };

    // A range of the page: a block ends after the blank lines that follow its paragraph; the
    // front matter is one block.
    struct Block
    {
        qsizetype begin = 0;
        qsizetype end = 0;
    };

    // What the scan is inside of where a block starts.
    struct State
    {
        enum class Context : quint8
        {
            Text,
            FrontMatter,
            Fence,
            IndentedCode,
            HtmlComment,
            KramdownComment, // {::comment} ... {:/comment} or {:/}
            Erb,
            Shortcode,  // a shortcode tag written over several lines
            RawElement, // <pre>, <script>, ... up to its end tag
        };
        Context context = Context::Text;
        // Fence: '`' or '~'; Shortcode: '>' or '%' (of its closing ">}}" or "%}}");
        // FrontMatter: '-' (YAML) or '+' (TOML).
        char16_t marker = 0;
        // Fence: the opening run's length; RawElement: which element (an internal index).
        quint16 length = 0;
        // Fence: the opening fence's indentation.
        quint8 fenceIndent = 0;
        // FrontMatter: whether the opening line was passed, and whether the lines continuing
        // the current key are prose (those of title and description).
        bool opened = false;
        bool proseValue = false;
        // Text: the content column of the list item a paragraph may continue, -1 outside
        // lists; tells indented code from an item's indented paragraph.
        qint16 listIndent = -1;

        friend bool operator==(const State &, const State &) = default;
    };

    // Every word of the page's prose, in page order.
    [[nodiscard]] static QList<Word> scan(QStringView page, Markdown::Dialect dialect);

    // The page cut into blocks, which together cover it, and the state the first starts in.
    [[nodiscard]] static QList<Block> blocks(QStringView page, State *initial);

    // Scans one block starting in `state`; appends its words with offsets relative to the
    // block's start and returns the state the next block starts in.
    [[nodiscard]] static State scanBlock(QStringView block, State state, Markdown::Dialect dialect,
                                         QList<Word> *words);
};

[[nodiscard]] inline size_t qHash(const ProseScanner::State &state, size_t seed = 0)
{
    return qHashMulti(seed, static_cast<int>(state.context), state.marker, state.length,
                      state.fenceIndent, state.opened, state.proseValue, state.listIndent);
}

} // namespace Folio::Checks
