#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>
#include <utility>

namespace Folio::Checks {

// A system Hunspell dictionary (LANG.aff + LANG.dic), found by language tag and loaded.
//
// Where dictionaries are looked for, in order: $XDG_DATA_HOME/hunspell,
// $XDG_DATA_DIRS/*/hunspell (default /usr/local/share:/usr/share), /usr/share/hunspell,
// /usr/share/myspell/dicts, /usr/share/myspell. When FOLIO_DICTIONARY_PATH is set (folders
// separated by ':'), only those folders are searched: for tests and portable installs.
//
// Not thread-safe: one thread at a time per object (Hunspell handles keep per-call state).
// Distinct objects may be used on distinct threads at once.
class SpellingDictionary
{
public:
    static inline const QString DefaultLanguage = QStringLiteral("en_US");
    // Error::code of ErrorDomain::Spelling errors.
    enum class Problem
    {
        NotFound = 1,        // no dictionary for the language in any folder searched
        Unreadable,          // its files exist but cannot be read
        UnsupportedEncoding, // its SET encoding is one Qt cannot convert to
    };

    SpellingDictionary(SpellingDictionary &&) noexcept;
    SpellingDictionary &operator=(SpellingDictionary &&) noexcept;
    ~SpellingDictionary();

    [[nodiscard]] static QStringList searchPaths();
    // Every language with both files in some searched folder, as their file names say
    // ("de_DE", "en_US"), sorted, each once.
    [[nodiscard]] static QStringList availableLanguages();
    // "en-us", "en_US" and "EN_us" name the same dictionary: "en_US".
    [[nodiscard]] static QString normalizedTag(QStringView tag);
    // The available language a tag means: the exact one, else for a bare language ("de",
    // "en") its main region ("de_DE", and en_US for "en"), else the first of that language.
    // Empty when there is none.
    [[nodiscard]] static QString resolve(QStringView tag);

    // Finds and loads the dictionary for a tag (see resolve). Loading en_US takes ~50 ms.
    [[nodiscard]] static Result<SpellingDictionary> open(QStringView tag);

    // The language loaded, as its files are named ("en_US").
    [[nodiscard]] const QString &language() const;
    [[nodiscard]] const QString &affixPath() const;

    // Whether Hunspell knows the word as written (its case rules apply: "the" accepts "The"
    // and "THE", "Monday" not "monday"). Words the dictionary's encoding cannot hold are
    // unknown.
    [[nodiscard]] bool spell(QStringView word);
    // Hunspell's replacements, best first, at most `limit`. Slow: ~50 ms for a long word.
    [[nodiscard]] QStringList suggest(QStringView word, int limit);
    // Adds a word for the lifetime of this object (Hunspell_add: no affixes).
    void add(QStringView word);

    // What the affix file tells a suggester and Hunspell's C API does not expose; read by
    // open(). A fast suggester tries the same edits Hunspell_suggest does, in its order.
    struct SuggestionRules
    {
        QString tryCharacters;    // TRY: the characters to try in edits, most frequent first
        QStringList keyboardRows; // KEY split at '|' (Hunspell's default: the QWERTY rows)
        // REP: fixes of typical misspellings, pattern to replacement; '^' and '$' anchor the
        // pattern to the word's start and end, '_' in a replacement is a space.
        QList<std::pair<QString, QString>> replacements;
        QList<QStringList> relatedCharacters; // MAP: groups of interchangeable characters
        // SFX: what a suffix takes off a word and puts on ("y" and "ies"), each pair once; for
        // finding the forms of words two edits away.
        QList<std::pair<QString, QString>> suffixes;
        bool splitSuggestions = true; // false with NOSPLITSUGS: no "two words" fix
    };
    [[nodiscard]] const SuggestionRules &suggestionRules() const;
    // Whether Hunspell would offer a correctly spelled word as a replacement: not a form of a
    // word flagged NOSUGGEST (en_US flags its slurs and swear words so). Reads the .dic file
    // on first use, then costs a stem lookup (~5 us).
    [[nodiscard]] bool isSuggestible(QStringView word);
    // The words the .dic file lists, as written there and without their affixed forms, less
    // the NOSUGGEST ones: for suggestions two edits away. Read on first use (~10 ms for en_US).
    [[nodiscard]] const QStringList &listedWords();

private:
    struct Data;
    explicit SpellingDictionary(std::unique_ptr<Data> data);
    std::unique_ptr<Data> d;
};

} // namespace Folio::Checks
