#include "checks/typosuggester_p.h"

#include <QSet>
#include <QtAlgorithms>

#include <algorithm>
#include <numeric>
#include <vector>

namespace Folio::Checks {

namespace {

enum class Casing
{
    Lower,       // "word": candidates as found
    Capitalized, // "Word": found in lower case, written capitalized
    Upper,       // "WORD": found in lower case, written in capitals
    Mixed,       // "GitLAb": candidates as found, case and all
};

Casing casingOf(QStringView word)
{
    bool upper = false;
    bool lower = false;
    bool upperAfterFirst = false;
    qsizetype letters = 0;
    for (const QChar c : word) {
        if (!c.isLetter())
            continue;
        if (c.isUpper()) {
            upper = true;
            upperAfterFirst = upperAfterFirst || letters > 0;
        } else if (c.isLower()) {
            lower = true;
        }
        ++letters;
    }
    if (!upper)
        return Casing::Lower;
    if (!lower)
        return letters > 1 ? Casing::Upper : Casing::Capitalized;
    return upperAfterFirst ? Casing::Mixed : Casing::Capitalized;
}

QString capitalized(QString word)
{
    if (!word.isEmpty())
        word[0] = word[0].toUpper();
    return word;
}

bool hasUpper(QStringView word)
{
    return std::any_of(word.begin(), word.end(), [](QChar c) { return c.isUpper(); });
}

} // namespace

struct TypoSuggester::Search
{
    Search(SpellingDictionary &d, const QString &word, int maximum)
        : dictionary(d)
        , original(QString(word).replace(QChar(0x2019), u'\''))
        , casing(casingOf(original))
        , base(casing == Casing::Capitalized || casing == Casing::Upper ? original.toLower()
                                                                        : original)
        , limit(maximum)
    {}

    SpellingDictionary &dictionary;
    const QString original; // apostrophes as '
    const Casing casing;
    const QString base; // what the edits work on
    const int limit;
    QStringList words;
    // For a capitalized word, the common words found (its capitalized "The" for "Teh"), which
    // come after the names ("Te"): Hunspell edits such a word as written first.
    QStringList common;
    // Words two edits away, after all those one edit away (Hunspell's n-gram finds come last).
    QStringList far;
    QSet<QString> tried;
    QSet<QString> splits; // of the words found, those that are two words
    bool caseUnknown = false;
    qint64 lookups = 0;

    [[nodiscard]] bool full() const { return words.size() >= limit; }

    // A candidate made from base, written in the case pattern of the original.
    [[nodiscard]] QString shape(const QString &candidate) const
    {
        switch (casing) {
        case Casing::Capitalized:
            return capitalized(candidate);
        case Casing::Upper:
            return candidate.toUpper();
        case Casing::Lower:
        case Casing::Mixed:
            break;
        }
        return candidate;
    }

    bool known(const QString &word)
    {
        ++lookups;
        return dictionary.spell(word);
    }

    // How an edit treated the first letter, which decides where a capitalized word's
    // replacement ranks (see isName).
    enum class First
    {
        Kept,
        Moved,    // swapped, moved, or a letter put before it
        Removed,  // "Teh": "eh"
        KeptSwap, // two letters after it swapped, the commonest slip: "Teh": "The"
    };

    // Whether a word found for a capitalized word ranks with the names, before the common
    // words: Hunspell edits such a word as written first and takes what the dictionary has
    // written so: names (with their capital still first) and, with the capital removed,
    // common words ("Teh": "eh"). Then it edits the word in lower case and takes the common
    // words. Here a common word one swap away joins the names: "The" for "Teh" (Hunspell
    // ranks it twelfth, after "Te", "Th" and "Eh").
    [[nodiscard]] bool isName(const QString &word, First first)
    {
        if (casing != Casing::Capitalized || first == First::KeptSwap)
            return true;
        if (first == First::Moved)
            return false;
        const qsizetype space = word.indexOf(u' ');
        const bool lowerKnown = known(word.first(space < 0 ? word.size() : space).toLower());
        return first == First::Removed ? lowerKnown : !lowerKnown;
    }

    void tryShaped(const QString &word, First first = First::Kept)
    {
        if (full() || word == original || tried.contains(word))
            return;
        tried.insert(word);
        if (!known(word) || !dictionary.isSuggestible(word))
            return;
        (isName(word, first) ? words : common).append(word);
    }

    // A candidate made from base.
    void tryCandidate(const QString &candidate, First first = First::Kept)
    {
        tryShaped(shape(candidate), first);
    }

    enum class Kind
    {
        Listed, // from the word lists: ranks with the names
        Edited,
        Split, // two words
    };

    // A word known to be right (and suggestible).
    void addKnown(const QString &word, Kind kind)
    {
        if (full() || word == original || words.contains(word) || common.contains(word))
            return;
        tried.insert(word);
        (kind == Kind::Listed || isName(word, First::Kept) ? words : common).append(word);
        if (kind == Kind::Split)
            splits.insert(word);
    }

    [[nodiscard]] bool foundOnlySplits() const
    {
        const auto isSplit = [this](const QString &word) { return splits.contains(word); };
        return std::all_of(words.cbegin(), words.cend(), isSplit) &&
               std::all_of(common.cbegin(), common.cend(), isSplit);
    }
};

TypoSuggester::TypoSuggester(const SpellingDictionary::SuggestionRules &rules)
    : m_replacements(rules.replacements)
    , m_related(rules.relatedCharacters)
    , m_suffixes(rules.suffixes)
    , m_splits(rules.splitSuggestions)
{
    // TRY lists upper-case letters too, for Hunspell's case-sensitive candidates; here the
    // case follows the word. '-' and '.' make words Hunspell_spell accepts wrongly (see the
    // class comment).
    for (const QChar c : rules.tryCharacters) {
        const QChar lower = c.toLower();
        if (!(lower.isLetter() || lower == u'\'') || m_alphabet.contains(lower))
            continue;
        const QString decomposed = lower.decomposition();
        if (lower.decompositionTag() == QChar::Canonical && !decomposed.isEmpty() &&
            decomposed[0].isLetter()) {
            if (!m_accented.contains(std::pair(lower, decomposed[0])))
                m_accented.append({lower, decomposed[0]});
        } else {
            m_alphabet.append(lower);
        }
    }
    for (const QString &row : rules.keyboardRows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            QString &neighbours = m_neighbours[row[i]];
            if (i > 0)
                neighbours.append(row[i - 1]);
            if (i + 1 < row.size())
                neighbours.append(row[i + 1]);
        }
    }
}

void TypoSuggester::setListWords(const QStringList &words)
{
    m_listWords = words;
    m_lowerListWords.clear();
    m_listByLowerCase.clear();
    for (const QString &word : words) {
        const QString lower = QString(word).replace(QChar(0x2019), u'\'').toLower();
        m_lowerListWords.append(lower);
        if (!m_listByLowerCase.contains(lower))
            m_listByLowerCase.insert(lower, word);
    }
}

TypoSuggester::Answer TypoSuggester::suggest(const QString &word, SpellingDictionary &dictionary,
                                             int limit)
{
    Answer answer;
    // Edits could split a surrogate pair: such words are left to Hunspell, as are long ones.
    if (word.isEmpty() || word.size() > MaximumLength || limit <= 0 ||
        std::any_of(word.begin(), word.end(), [](QChar c) { return c.isSurrogate(); }))
        return answer;
    Search search(dictionary, word, limit);
    caseFixes(search);
    if (search.caseUnknown) {
        answer.caseUnknown = true;
        answer.lookups = search.lookups;
        return answer;
    }
    using Stage = void (TypoSuggester::*)(Search &) const;
    static constexpr Stage stages[] = {
        &TypoSuggester::replacements,      &TypoSuggester::relatedCharacters,
        &TypoSuggester::swappedCharacters, &TypoSuggester::swappedFurther,
        &TypoSuggester::neighbouringKeys,  &TypoSuggester::extraCharacters,
        &TypoSuggester::missingCharacters, &TypoSuggester::movedCharacters,
        &TypoSuggester::wrongCharacters,   &TypoSuggester::doubledSyllables,
        &TypoSuggester::listWordsNearby,   &TypoSuggester::twoWords,
    };
    for (const Stage stage : stages) {
        if (search.full())
            break;
        (this->*stage)(search);
    }
    // Two edits away only when one edit found nothing but splits: that search costs more and
    // offers more far-fetched words.
    if (search.foundOnlySplits())
        dictionaryWordsNearby(search);
    for (const QStringList *later : {&search.common, &search.far}) {
        for (const QString &found : *later) {
            if (search.full())
                break;
            search.words.append(found);
        }
    }
    answer.words = std::move(search.words);
    answer.lookups = search.lookups;
    return answer;
}

// "gitlab": the lists' "GitLab", first. When only the all-capitals form is known and not the
// capitalized one ("monday": "Monday", which neighbouringKeys offers where Hunspell does), the
// dictionary has the word in some case Hunspell_spell cannot name: its all-capitals check
// accepts "JAVASCRIPT" for "JavaScript".
void TypoSuggester::caseFixes(Search &search) const
{
    const auto listed = m_listByLowerCase.constFind(search.original.toLower());
    if (listed != m_listByLowerCase.cend())
        search.addKnown(*listed, Search::Kind::Listed);
    if (search.words.isEmpty() && search.casing != Casing::Upper &&
        !(search.casing == Casing::Lower && search.known(capitalized(search.original))))
        search.caseUnknown = search.known(search.original.toUpper());
}

// REP: "recieve" gives "receive", "alot" gives "a lot".
void TypoSuggester::replacements(Search &search) const
{
    const QString &base = search.base;
    for (const auto &[rule, replacement] : m_replacements) {
        const bool atStart = rule.startsWith(u'^');
        const bool atEnd = rule.endsWith(u'$') && rule.size() > 1;
        const QString pattern = rule.sliced(atStart ? 1 : 0).chopped(atEnd ? 1 : 0);
        if (pattern.isEmpty())
            continue;
        for (qsizetype at = base.indexOf(pattern); at >= 0; at = base.indexOf(pattern, at + 1)) {
            if ((atStart && at != 0) || (atEnd && at + pattern.size() != base.size()))
                continue;
            const QString candidate =
                base.first(at) + replacement + base.sliced(at + pattern.size());
            if (!candidate.contains(u' ')) {
                search.tryCandidate(candidate);
            } else if (!search.full()) {
                const QString shaped = search.shape(candidate);
                const QStringList parts = shaped.split(u' ', Qt::SkipEmptyParts);
                if (std::all_of(parts.cbegin(), parts.cend(),
                                [&](const QString &part) { return search.known(part); }) &&
                    search.dictionary.isSuggestible(shaped))
                    search.addKnown(shaped, Search::Kind::Edited);
            }
            if (search.full())
                return;
        }
    }
}

// MAP: one character swapped for a related one ("Strase": "Straße" in German).
void TypoSuggester::relatedCharacters(Search &search) const
{
    const QString &base = search.base;
    for (const QStringList &group : m_related) {
        for (const QString &from : group) {
            for (qsizetype at = base.indexOf(from); at >= 0; at = base.indexOf(from, at + 1)) {
                for (const QString &to : group) {
                    if (to != from)
                        search.tryCandidate(base.first(at) + to + base.sliced(at + from.size()));
                }
            }
        }
    }
}

// "teh": "the"; in short words two swaps, "ahev": "have".
void TypoSuggester::swappedCharacters(Search &search) const
{
    const QString &base = search.base;
    const qsizetype n = base.size();
    for (qsizetype i = 0; i + 1 < n; ++i) {
        if (base[i] == base[i + 1])
            continue;
        QString candidate = base;
        std::swap(candidate[i], candidate[i + 1]);
        search.tryCandidate(candidate, i > 0 ? Search::First::KeptSwap : Search::First::Moved);
    }
    if (n == 4 || n == 5) {
        QString candidate = base;
        candidate[0] = base[1];
        candidate[1] = base[0];
        candidate[n - 2] = base[n - 1];
        candidate[n - 1] = base[n - 2];
        search.tryCandidate(candidate, Search::First::Moved);
        if (n == 5) {
            candidate[0] = base[0];
            candidate[1] = base[2];
            candidate[2] = base[1];
            search.tryCandidate(candidate);
        }
    }
}

// "sometihng" has two letters swapped that are not neighbours: "something".
void TypoSuggester::swappedFurther(Search &search) const
{
    const QString &base = search.base;
    for (qsizetype i = 0; i < base.size() && !search.full(); ++i) {
        for (qsizetype j = i + 2; j < base.size(); ++j) {
            if (base[i] == base[j])
                continue;
            QString candidate = base;
            std::swap(candidate[i], candidate[j]);
            search.tryCandidate(candidate, i > 0 ? Search::First::Kept : Search::First::Moved);
        }
    }
}

// A key next to the right one ("wprd": "word"), or a capital missed ("iphone": "iPhone").
void TypoSuggester::neighbouringKeys(Search &search) const
{
    const QString &base = search.base;
    const bool lettersKeepCase = search.casing == Casing::Lower || search.casing == Casing::Mixed;
    for (qsizetype i = 0; i < base.size() && !search.full(); ++i) {
        QString candidate = base;
        if (lettersKeepCase && base[i].isLower()) {
            candidate[i] = base[i].toUpper();
            search.tryCandidate(candidate);
        }
        for (const QChar key : m_neighbours.value(base[i])) {
            candidate[i] = key;
            search.tryCandidate(candidate);
        }
    }
}

// "recievve": "recieve"; from the end, as Hunspell does.
void TypoSuggester::extraCharacters(Search &search) const
{
    const QString &base = search.base;
    if (base.size() < 2)
        return;
    for (qsizetype i = base.size() - 1; i >= 0 && !search.full(); --i)
        search.tryCandidate(QString(base).remove(i, 1),
                            i > 0 ? Search::First::Kept : Search::First::Removed);
}

// "enviroment": "environment"; the likeliest letters first.
void TypoSuggester::missingCharacters(Search &search) const
{
    const QString &base = search.base;
    for (const QChar letter : m_alphabet) {
        for (qsizetype i = base.size(); i >= 0; --i) {
            search.tryCandidate(QString(base).insert(i, letter),
                                i > 0 ? Search::First::Kept : Search::First::Moved);
            if (search.full())
                return;
        }
    }
}

// A letter two to nine places away from where it belongs: "wierd"-like slips of the hand.
void TypoSuggester::movedCharacters(Search &search) const
{
    const QString &base = search.base;
    const qsizetype n = base.size();
    for (qsizetype p = 0; p < n; ++p) {
        QString candidate = base;
        for (qsizetype q = p + 1; q < n && q - p < 10; ++q) {
            std::swap(candidate[q], candidate[q - 1]);
            if (q - p >= 2)
                search.tryCandidate(candidate, p > 0 ? Search::First::Kept : Search::First::Moved);
        }
    }
    for (qsizetype p = n - 1; p > 0; --p) {
        QString candidate = base;
        for (qsizetype q = p - 1; q >= 0 && p - q < 10; --q) {
            std::swap(candidate[q], candidate[q + 1]);
            if (p - q >= 2)
                search.tryCandidate(candidate, q > 0 ? Search::First::Kept : Search::First::Moved);
        }
    }
}

// "definately": "definitely"; the likeliest letters first, from the end.
void TypoSuggester::wrongCharacters(Search &search) const
{
    const QString &base = search.base;
    for (const QChar letter : m_alphabet) {
        for (qsizetype i = base.size() - 1; i >= 0; --i) {
            if (base[i] == letter)
                continue;
            QString candidate = base;
            candidate[i] = letter;
            search.tryCandidate(candidate);
            if (search.full())
                return;
        }
    }
    for (const auto &[accented, letter] : m_accented) {
        for (qsizetype i = base.size() - 1; i >= 0 && !search.full(); --i) {
            if (base[i] == letter) {
                QString candidate = base;
                candidate[i] = accented;
                search.tryCandidate(candidate);
            }
        }
    }
}

// "vacacation": "vacation".
void TypoSuggester::doubledSyllables(Search &search) const
{
    const QString &base = search.base;
    if (base.size() < 5)
        return;
    int repeated = 0;
    for (qsizetype i = 2; i < base.size(); ++i) {
        if (base[i] != base[i - 2]) {
            repeated = 0;
            continue;
        }
        if (++repeated == 3) {
            search.tryCandidate(QString(base).remove(i - 1, 2));
            repeated = 0;
        }
    }
}

// The lists' words two edits away ("Kuberntees": "Kubernetes"); one edit away the edits found.
// Hunspell_suggest finds these only by n-grams, if at all.
void TypoSuggester::listWordsNearby(Search &search) const
{
    const QString lower = search.original.toLower();
    std::vector<std::pair<int, qsizetype>> found; // distance, index
    for (qsizetype k = 0; k < m_lowerListWords.size(); ++k) {
        const QString &candidate = m_lowerListWords[k];
        if (std::abs(candidate.size() - lower.size()) > 2)
            continue;
        if (const int d = distance(lower, candidate, 2); d > 0 && d <= 2)
            found.emplace_back(d, k);
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[d, k] : found) {
        const QString &word = m_listWords[k];
        // "GitLab" as listed; "kubernetes" in the case of the word it replaces.
        search.addKnown(hasUpper(word) ? word : search.shape(m_lowerListWords[k]),
                        Search::Kind::Listed);
    }
}

// "webhook": "web hook" and "web-hook", as Hunspell offers; each part two letters or more
// (Hunspell's "t eh" for "teh" helps nobody).
void TypoSuggester::twoWords(Search &search) const
{
    const QString &base = search.base;
    if (!m_splits || base.size() < 4)
        return;
    for (qsizetype i = 2; i + 2 <= base.size() && !search.full(); ++i) {
        const QString shaped = search.shape(base.first(i) + u' ' + base.sliced(i));
        const qsizetype space = shaped.indexOf(u' ');
        const QString left = shaped.first(space);
        const QString right = shaped.sliced(space + 1);
        if (left.endsWith(u'\'') || right.startsWith(u'\''))
            continue;
        if (!search.known(left) || !search.known(right) || !search.dictionary.isSuggestible(shaped))
            continue;
        search.addKnown(shaped, Search::Kind::Split);
        search.addKnown(left + u'-' + right, Search::Kind::Split);
    }
}

quint32 TypoSuggester::lettersOf(QStringView lower)
{
    quint32 letters = 0;
    for (const QChar c : lower)
        letters |= c >= u'a' && c <= u'z' ? 1u << (c.unicode() - u'a') : 1u << 26;
    return letters;
}

// The dictionary's listed words two edits away ("maintainance": "maintenance") and some of
// their forms, as Hunspell's n-gram search finds them. A scan of every word, cheap because the
// letters they have and their lengths rule out nearly all of them (~1 ms a stem).
void TypoSuggester::dictionaryWordsNearby(Search &search)
{
    if (!m_dictionaryIndexed) {
        const QStringList &listed = search.dictionary.listedWords();
        m_dictionaryWords.reserve(listed.size());
        for (const QString &word : listed) {
            QString lower = word.toLower();
            const quint32 letters = lettersOf(lower);
            m_dictionaryWords.push_back({word, std::move(lower), letters});
        }
        m_dictionaryIndexed = true;
    }
    const QString lower = search.original.toLower();
    struct Near
    {
        int score;
        QString word;  // as offered
        bool verified; // known to Hunspell_spell already
    };
    std::vector<Near> found;
    // The word, and its stem for each suffix it may end with ("accidently": "accident" + "ly",
    // "opportunies": "opportuny" less "y" plus "ies"): a listed word two edits from a stem
    // gives a form ("accidentally", "opportunities") Hunspell_spell then checks.
    struct Stem
    {
        QString text;
        quint32 letters;
        QString strip; // what the suffix takes off a listed word
        QString add;   // what it puts on
    };
    std::vector<Stem> stems{{lower, lettersOf(lower), QString(), QString()}};
    for (const auto &[strip, add] : m_suffixes) {
        if (add.isEmpty() || !lower.endsWith(add) || lower.size() - add.size() < 3)
            continue;
        QString text = lower.chopped(add.size()) + strip;
        // Captured by an init-capture: clang before 16 cannot capture a structured binding.
        if (std::none_of(stems.cbegin(), stems.cend(), [&, &suffix = add](const Stem &stem) {
                return stem.text == text && stem.add == suffix;
            })) {
            const quint32 letters = lettersOf(text);
            stems.push_back({std::move(text), letters, strip, add});
        }
    }
    for (const ListedWord &candidate : m_dictionaryWords) {
        for (const Stem &stem : stems) {
            // Each edit brings in at most one letter and takes away at most one.
            if (std::abs(candidate.lower.size() - stem.text.size()) > 2 ||
                qPopulationCount(stem.letters & ~candidate.letters) > 2 ||
                qPopulationCount(candidate.letters & ~stem.letters) > 2)
                continue;
            const int d = distance(stem.text, candidate.lower, 2);
            if (d > 2 || !candidate.lower.endsWith(stem.strip))
                continue;
            const QString form = candidate.lower.chopped(stem.strip.size()) + stem.add;
            if (form == lower)
                continue;
            // A name as listed ("Savannah"), another word in the case of the one it replaces.
            const QString offered = stem.add.isEmpty() && hasUpper(candidate.word)
                                        ? candidate.word
                                        : search.shape(form);
            found.push_back({similarity(lower, form), offered, false});
        }
    }
    // Affixed forms two slips away, for the commonest slips: letters left out or doubled
    // ("publically": "publicly", "tommorow": "tomorrow"); ~n^2 lookups.
    const QString &base = search.base;
    const auto slips = [](const QString &word) {
        QStringList variants;
        for (qsizetype i = 0; i < word.size(); ++i) {
            variants.append(QString(word).remove(i, 1));
            variants.append(QString(word).insert(i, word[i]));
        }
        return variants;
    };
    for (const QString &once : slips(base)) {
        for (const QString &twice : slips(once)) {
            const QString shaped = search.shape(twice);
            if (twice.isEmpty() || twice == base || search.tried.contains(shaped))
                continue;
            search.tried.insert(shaped);
            if (search.known(shaped))
                found.push_back({similarity(lower, twice.toLower()), shaped, true});
        }
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const Near &a, const Near &b) { return a.score > b.score; });
    for (const Near &near : found) {
        if (search.far.size() >= search.limit)
            break;
        // A word that shares too little is offered only when nothing else is, as Hunspell does.
        if (near.score < 0 && &near != &found.front())
            break;
        if (near.word == search.original || search.far.contains(near.word) ||
            (!near.verified && search.tried.contains(near.word)))
            continue;
        if ((near.verified || search.known(near.word)) &&
            search.dictionary.isSuggestible(near.word))
            search.far.append(near.word);
    }
}

namespace {

qsizetype commonSubsequence(QStringView a, QStringView b)
{
    std::vector<qsizetype> previous(b.size() + 1), current(b.size() + 1);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        for (qsizetype j = 1; j <= b.size(); ++j) {
            current[j] =
                a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : std::max(previous[j], current[j - 1]);
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

// For each length up to n, how many of a's substrings of that length b has; `weighted` takes
// one off for each it lacks (two at the ends), else counting stops at a length with fewer
// than two. Less the length difference beyond two.
int sharedGrams(qsizetype n, QStringView a, QStringView b, bool weighted)
{
    int score = 0;
    for (qsizetype length = 1; length <= n; ++length) {
        int shared = 0;
        for (qsizetype i = 0; i + length <= a.size(); ++i) {
            if (b.contains(a.sliced(i, length))) {
                ++shared;
            } else if (weighted) {
                shared -= (i == 0 || i + length == a.size()) ? 2 : 1;
            }
        }
        score += shared;
        if (!weighted && shared < 2)
            break;
    }
    return score - int(std::max<qsizetype>(0, std::abs(a.size() - b.size()) - 2));
}

} // namespace

int TypoSuggester::similarity(QStringView word, QStringView candidate)
{
    qsizetype prefix = 0;
    while (prefix < word.size() && prefix < candidate.size() && word[prefix] == candidate[prefix])
        ++prefix;
    qsizetype samePlace = 0;
    QList<qsizetype> differences;
    for (qsizetype i = 0; i < std::min(word.size(), candidate.size()); ++i) {
        if (word[i] == candidate[i])
            ++samePlace;
        else
            differences.append(i);
    }
    const bool swapped = word.size() == candidate.size() && differences.size() == 2 &&
                         word[differences[0]] == candidate[differences[1]] &&
                         word[differences[1]] == candidate[differences[0]];
    const int bigrams =
        sharedGrams(2, word, candidate, true) + sharedGrams(2, candidate, word, true);
    const qsizetype lengths = word.size() + candidate.size();
    return int(2 * commonSubsequence(word, candidate) - std::abs(word.size() - candidate.size()) +
               prefix + (samePlace > 0 ? 1 : 0) + (swapped ? 10 : 0)) +
           sharedGrams(4, word, candidate, false) + bigrams + (bigrams < lengths ? -1000 : 0);
}

int TypoSuggester::distance(QStringView a, QStringView b, int maximum)
{
    if (std::abs(a.size() - b.size()) > maximum)
        return maximum + 1;
    // Three rows of the usual table: two back for transpositions.
    const qsizetype columns = b.size() + 1;
    std::vector<int> twoBack(columns), previous(columns), current(columns);
    std::iota(previous.begin(), previous.end(), 0);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        int rowMinimum = current[0];
        for (qsizetype j = 1; j < columns; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int value = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                value = std::min(value, twoBack[j - 2] + 1);
            current[j] = value;
            rowMinimum = std::min(rowMinimum, value);
        }
        if (rowMinimum > maximum)
            return maximum + 1;
        std::swap(twoBack, previous);
        std::swap(previous, current);
    }
    return std::min(previous[columns - 1], maximum + 1);
}

} // namespace Folio::Checks
