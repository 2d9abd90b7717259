#pragma once

#include "checks/spellingdictionary.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace Folio::Checks {

// Replacements for a misspelled word, found by trying the slips a typist makes and asking
// Hunspell_spell (microseconds) about each candidate, instead of Hunspell_suggest (30-45 ms a
// word, most of it spent comparing the word with every word of the dictionary).
//
// The edits and their order are Hunspell_suggest's own (SuggestMgr::suggest in Hunspell 1.7),
// so that its first suggestion is usually the same: the dictionary's typical misspellings
// (REP), related characters (MAP), two letters swapped, then swapped further apart, a
// neighbouring key hit (KEY), a letter too many, a letter missing (TRY letters, most frequent
// first), a letter moved, a letter wrong, a syllable doubled, two words run together. Before
// them come what differs only in case ("monday": "Monday", "gitlab": the list's "GitLab"), and
// the word lists' words two edits away follow them. For a capitalized word, names rank before
// common words, as in Hunspell, which edits such a word as written before it edits it in lower
// case. Only when all that finds nothing but two words run together does the search go two
// edits away, where Hunspell_suggest's n-gram search finds its last suggestions: the
// dictionary's listed words (a quick scan) and forms with two letters left out or doubled,
// ranked by Hunspell's n-gram similarity. When even that finds nothing, the caller asks
// Hunspell_suggest.
//
// Candidates keep the word's case pattern: "Recieve" gives "Receive", "TEH" gives "THE". Unlike
// Hunspell's own checks, Hunspell_spell also accepts "a-b" for any two words and "word." for
// any word, so '-' and '.' are left out of the edits; accented letters are tried only in
// place of the letter they accent (é for e), which spares a third of the lookups.
//
// Not thread-safe: used by one SpellChecker under its lock, with that language's dictionary.
class TypoSuggester
{
public:
    // Words longer than this go to Hunspell_suggest: edits grow with the square of the length.
    static constexpr qsizetype MaximumLength = 40;

    struct Answer
    {
        QStringList words; // best first
        // The dictionary knows the word in another case but Hunspell_spell cannot say which
        // ("javascript": "JavaScript" or "JAVASCRIPT"); Hunspell_suggest can.
        bool caseUnknown = false;
        qint64 lookups = 0; // Hunspell_spell calls made
    };

    explicit TypoSuggester(const SpellingDictionary::SuggestionRules &rules);

    // The handbook's and the user's words (SpellingWords::Snapshot::dictionaryWords), already
    // given to the dictionary with SpellingDictionary::add.
    void setListWords(const QStringList &words);

    // At most `limit` replacements for `word`, best first. The first call that needs the
    // dictionary's word list (SpellingDictionary::listedWords) indexes it (~20 ms for en_US).
    [[nodiscard]] Answer suggest(const QString &word, SpellingDictionary &dictionary, int limit);

    // Damerau-Levenshtein distance (optimal string alignment) between two words, or
    // `maximum` + 1 when it is larger than `maximum`.
    [[nodiscard]] static int distance(QStringView a, QStringView b, int maximum);

private:
    struct Search;
    void caseFixes(Search &search) const;
    void replacements(Search &search) const;
    void relatedCharacters(Search &search) const;
    void swappedCharacters(Search &search) const;
    void swappedFurther(Search &search) const;
    void neighbouringKeys(Search &search) const;
    void extraCharacters(Search &search) const;
    void missingCharacters(Search &search) const;
    void movedCharacters(Search &search) const;
    void wrongCharacters(Search &search) const;
    void doubledSyllables(Search &search) const;
    void listWordsNearby(Search &search) const;
    void twoWords(Search &search) const;
    void dictionaryWordsNearby(Search &search);

    // A word of the dictionary's list, for a quick scan of those two edits away.
    struct ListedWord
    {
        QString word;      // as listed
        QString lower;     // the same, lower case
        quint32 letters{}; // which letters it has: bit 0 'a' ... bit 25 'z', bit 26 others
    };
    static quint32 lettersOf(QStringView lower);
    // How alike two lower-case words look, the higher the likelier a replacement: Hunspell's
    // n-gram ranking (longest common subsequence, common start, shared 2- and 4-grams, a
    // swap); below zero when they share too little.
    static int similarity(QStringView word, QStringView candidate);
    std::vector<ListedWord> m_dictionaryWords; // filled on first use
    bool m_dictionaryIndexed = false;

    QString m_alphabet; // TRY's letters and apostrophe, lower case, each once, not accented
    // TRY's accented letters and the letter each accents ('é', 'e'): tried only in its place,
    // which spares a third of the lookups in English.
    QList<std::pair<QChar, QChar>> m_accented;
    QHash<QChar, QString> m_neighbours; // KEY: the keys left and right of each key
    QList<std::pair<QString, QString>> m_replacements;
    QList<QStringList> m_related;
    QList<std::pair<QString, QString>> m_suffixes; // SFX: taken off, put on
    bool m_splits = true;
    QStringList m_listWords;                   // as written in the lists
    QStringList m_lowerListWords;              // the same, lower case
    QHash<QString, QString> m_listByLowerCase; // lower case -> as written (the first)
};

} // namespace Folio::Checks
