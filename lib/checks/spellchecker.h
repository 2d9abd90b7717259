#pragma once

#include "checks/problem.h"
#include "checks/spellingwords.h"
#include "core/result.h"
#include "markdown/dialect.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <mutex>

namespace Folio::Checks {

// Checks the prose of pages (see ProseScanner for what counts as prose) with Hunspell and the
// user's word lists (SpellingWords), and reports each misspelling as a Problem: category
// Spelling, severity Warning, the word as subject, its line, column and length in UTF-16
// code units.
//
// A page's language is its front matter's `lang` when a dictionary exists for it, else the
// default language (the handbook's `spelling_language`), else en_US. Dictionaries load on
// first use (~50 ms each) and stay loaded.
//
// Repeated checks are cheap: the page is checked per block (a paragraph and the blank lines
// after it); a block met before with the same text, in the same state (inside a fence or
// not...) and language, is not scanned again, and every distinct word is looked up once.
// After a one-character edit only the edited paragraph is scanned and its new words looked
// up. check() leaves suggestions out unless asked, and suggestions() answers for one word
// (both cache their answers).
//
// Suggestions come from the edits a typist's slips undo, each candidate checked with
// Hunspell_spell (1-10 ms a word, see TypoSuggester), in Hunspell_suggest's order so that the
// first suggestion is usually the one Hunspell would give (90% of the corpus's misspellings);
// words the handbook's and the user's lists hold are candidates too. Only when nothing is
// found within two edits, or the word is right in a case Hunspell_spell cannot name, is
// Hunspell_suggest asked (30-80 ms a word).
//
// Thread-safe: every call takes one mutex, because a Hunspell handle must not be used by two
// threads at once. Keep checks off the UI thread (a full first check of a 250 KB page takes
// tens of milliseconds); for parallel checking (folio check over a handbook) use one checker
// per thread, all sharing one SpellingWords.
class SpellChecker
{
public:
    static constexpr int MaximumSuggestions = 5;

    enum class Suggestions
    {
        Omitted,  // for the editor's underlines: ask suggestions() on demand
        Included, // for `folio check`
    };

    enum class SuggestionMethod
    {
        Edits,        // the edits above, Hunspell_suggest when they find nothing good
        HunspellOnly, // Hunspell_suggest for every word: the baseline, for comparisons
    };

    // Counters since construction or resetStatistics(), for tests and benchmarks.
    struct Statistics
    {
        qint64 blocksScanned = 0;        // blocks the prose scanner read
        qint64 blocksReused = 0;         // blocks answered from the cache
        qint64 wordLookups = 0;          // words judged (not cached as a block's answer)
        qint64 hunspellSpellCalls = 0;   // to judge words
        qint64 hunspellSuggestCalls = 0; // words Hunspell_suggest answered
        qint64 editSuggestions = 0;      // words the edits answered without Hunspell_suggest
        qint64 candidateLookups = 0;     // Hunspell_spell calls made to find suggestions
    };

    explicit SpellChecker(std::shared_ptr<SpellingWords> words = {});
    ~SpellChecker();
    SpellChecker(const SpellChecker &) = delete;
    SpellChecker &operator=(const SpellChecker &) = delete;

    [[nodiscard]] const std::shared_ptr<SpellingWords> &words() const;

    // The handbook's spelling_language (a tag such as "en-GB"); empty means en_US.
    void setDefaultLanguage(const QString &tag);
    [[nodiscard]] QString defaultLanguage() const;

    // The dictionary a page is checked with ("en_US"): see above.
    [[nodiscard]] QString languageFor(const QString &pageText);

    // The page's misspellings in page order. Fails only when no dictionary can be loaded
    // for the page (not even en_US): the error says which and where Folio looked.
    [[nodiscard]] Result<QList<Problem>> check(const QString &pageText, Markdown::Dialect dialect,
                                               Suggestions suggestions = Suggestions::Omitted);

    // Replacements for a word, best first, at most MaximumSuggestions; in `language` (a tag,
    // empty: the default language).
    [[nodiscard]] Result<QStringList> suggestions(const QString &word,
                                                  const QString &language = QString());
    void setSuggestionMethod(SuggestionMethod method);

    // Whether a word as the checker judges it (dictionary, word lists, possessives).
    [[nodiscard]] Result<bool> isCorrect(const QString &word, const QString &language = QString());

    [[nodiscard]] Statistics statistics() const;
    void resetStatistics();

private:
    struct Data;
    std::unique_ptr<Data> d;
    mutable std::mutex m_mutex;
};

} // namespace Folio::Checks
