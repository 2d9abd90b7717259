#include "checks/spellchecker.h"

#include "checks/prosescanner.h"
#include "checks/spellingdictionary.h"
#include "checks/typosuggester_p.h"
#include "document/frontmatter.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <map>

namespace Folio::Checks {

namespace {

using Markdown::Dialect;

// Verdicts kept per language before the cache starts over (a handbook has ~100,000 distinct
// words; a word and its verdict take ~100 bytes).
constexpr qsizetype MaximumCachedVerdicts = 500000;

// The cached answer for key, else compute()'s, cached. A cache that reaches
// MaximumCachedVerdicts starts over: a bound on memory, rarely reached.
template<typename Value, typename Compute>
Value memoized(QHash<QString, Value> &cache, const QString &key, Compute compute)
{
    const auto it = cache.constFind(key);
    if (it != cache.cend())
        return *it;
    Value value = compute();
    if (cache.size() >= MaximumCachedVerdicts)
        cache.clear();
    cache.insert(key, value);
    return value;
}

bool isHyphen(QChar c)
{
    return c == u'-' || c == QChar(0x2010) || c == QChar(0x2011);
}

QString withPlainApostrophes(QString word)
{
    return word.replace(QChar(0x2019), u'\'');
}

// The page's `lang` front-matter value, or an empty string.
QString pageLanguageTag(QStringView page)
{
    const qsizetype bom = page.startsWith(QChar(0xFEFF)) ? 1 : 0;
    const QStringView text = page.sliced(bom);
    const auto block = Document::FrontMatterBlock::locate(text);
    if (block.kind != Document::FrontMatterBlock::Kind::Yaml)
        return {};
    // Most pages have no lang: spare them the YAML parse.
    if (!text.sliced(block.contentStart, block.contentEnd - block.contentStart)
             .contains(QLatin1String("lang")))
        return {};
    const auto frontMatter = Document::FrontMatter::parse(text, block);
    return frontMatter ? frontMatter->text(QStringLiteral("lang")).trimmed() : QString();
}

// Prefixes written with a hyphen that en_US does not know as words ("post", "non", "co",
// "multi" and most others it does).
const QSet<QString> EnglishPrefixes = {QStringLiteral("pre"), QStringLiteral("un"),
                                       QStringLiteral("tri"), QStringLiteral("intra"),
                                       QStringLiteral("cyber")};

struct Language
{
    explicit Language(SpellingDictionary loaded)
        : dictionary(std::move(loaded))
        , english(dictionary.language().startsWith(QLatin1String("en")))
        , suggester(dictionary.suggestionRules())
    {}

    SpellingDictionary dictionary;
    bool english;
    TypoSuggester suggester;
    QSet<QString> added; // words given to Hunspell_add
    QHash<QString, bool> verdicts;
    QHash<QString, QStringList> suggestions;
};

struct BlockKey
{
    QString text;
    ProseScanner::State state;
    QString language;
    Dialect dialect = Dialect::Goldmark;

    friend bool operator==(const BlockKey &, const BlockKey &) = default;
};

size_t qHash(const BlockKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.text, key.state, key.language, static_cast<int>(key.dialect));
}

struct BlockAnswer
{
    ProseScanner::State end;
    QList<ProseScanner::Word> words; // offsets relative to the block
    QList<qsizetype> misspelled;     // indexes into words
    quint64 generation = 0;          // of the word lists the verdicts were given with
};

} // namespace

struct SpellChecker::Data
{
    std::shared_ptr<SpellingWords> words;
    SpellingWords::Snapshot snapshot;
    QString defaultTag;
    std::map<QString, std::unique_ptr<Language>> languages; // by dictionary name
    QHash<QString, QString> resolved;                       // tag -> dictionary name or ""
    QHash<BlockKey, BlockAnswer> blocks;                    // of the last page checked
    Statistics statistics;
    SuggestionMethod suggestionMethod = SuggestionMethod::Edits;

    // Takes the words added since the last call; dictionaries that had words removed are
    // loaded again (Hunspell can only add).
    void sync()
    {
        if (words->generation() == snapshot.generation)
            return;
        snapshot = words->snapshot();
        const QSet<QString> current(snapshot.dictionaryWords.cbegin(),
                                    snapshot.dictionaryWords.cend());
        for (auto it = languages.begin(); it != languages.end();) {
            Language &language = *it->second;
            const bool removed =
                std::any_of(language.added.cbegin(), language.added.cend(),
                            [&](const QString &w) { return !current.contains(w); });
            if (removed) {
                it = languages.erase(it);
                continue;
            }
            addWords(language);
            language.verdicts.clear();
            language.suggestions.clear();
            ++it;
        }
    }

    void addWords(Language &language)
    {
        for (const QString &word : std::as_const(snapshot.dictionaryWords)) {
            if (!language.added.contains(word)) {
                language.dictionary.add(word);
                language.added.insert(word);
            }
        }
        language.suggester.setListWords(snapshot.dictionaryWords);
    }

    QString resolve(const QString &tag)
    {
        const auto it = resolved.constFind(tag);
        if (it != resolved.cend())
            return *it;
        const QString name = SpellingDictionary::resolve(tag);
        resolved.insert(tag, name);
        return name;
    }

    QString defaultLanguage()
    {
        if (!defaultTag.isEmpty()) {
            if (const QString name = resolve(defaultTag); !name.isEmpty())
                return name;
        }
        return resolve(SpellingDictionary::DefaultLanguage);
    }

    QString languageFor(const QString &pageText)
    {
        if (const QString tag = pageLanguageTag(pageText); !tag.isEmpty()) {
            if (const QString name = resolve(tag); !name.isEmpty())
                return name;
        }
        return defaultLanguage();
    }

    // The loaded dictionary for a name from resolve(); an empty name gives the error that
    // explains why the default language has none.
    // For a public call about a word: the word lists brought up to date, and the language
    // asked for (a tag; empty: the default) loaded.
    Result<Language *> loadForCall(const QString &tag)
    {
        sync();
        const QString name = tag.isEmpty() ? defaultLanguage() : resolve(tag);
        return load(name.isEmpty() ? defaultLanguage() : name);
    }

    Result<Language *> load(const QString &name)
    {
        if (name.isEmpty()) {
            auto missing = SpellingDictionary::open(
                defaultTag.isEmpty() ? SpellingDictionary::DefaultLanguage : defaultTag);
            if (!missing)
                return missing.error();
            return Error{ErrorDomain::Spelling, 0,
                         QCoreApplication::translate("Folio::Checks::SpellChecker",
                                                     "no spelling dictionary")};
        }
        if (const auto it = languages.find(name); it != languages.end())
            return it->second.get();
        auto dictionary = SpellingDictionary::open(name);
        if (!dictionary)
            return dictionary.error();
        auto language = std::make_unique<Language>(std::move(dictionary).value());
        addWords(*language);
        Language *result = language.get();
        languages.emplace(name, std::move(language));
        return result;
    }

    bool spell(Language &language, const QString &word)
    {
        ++statistics.hunspellSpellCalls;
        return language.dictionary.spell(word);
    }

    bool judge(Language &language, const QString &word)
    {
        const QString plain = withPlainApostrophes(word);
        if (snapshot.accepted.contains(plain) || spell(language, word))
            return true;
        if (plain != word && spell(language, plain))
            return true;
        // Possessives of accepted words: "Kubernetes's" when "Kubernetes" is in a list.
        if (plain.size() > 3 && plain.endsWith(QLatin1String("'s"))) {
            const QString stem = plain.chopped(2);
            return snapshot.accepted.contains(stem) || spell(language, stem);
        }
        return false;
    }

    bool isCorrect(Language &language, const QString &word)
    {
        return memoized(language.verdicts, word, [&] { return judge(language, word); });
    }

    QStringList suggestionsFor(Language &language, const QString &word)
    {
        return memoized(language.suggestions, word, [&] { return suggest(language, word); });
    }

    // The edits' answer; Hunspell_suggest's when they find nothing (its n-gram search may, if
    // mostly far-fetched words: 12% of the corpus's misspellings, mostly names and jargon, yet
    // most of the time spent) or the word is right in a case only Hunspell_suggest can name
    // ("youtube": "YouTube").
    QStringList suggest(Language &language, const QString &word)
    {
        constexpr int limit = SpellChecker::MaximumSuggestions;
        if (suggestionMethod == SuggestionMethod::Edits) {
            TypoSuggester::Answer edits =
                language.suggester.suggest(word, language.dictionary, limit);
            statistics.candidateLookups += edits.lookups;
            if (!edits.words.isEmpty() && !edits.caseUnknown) {
                ++statistics.editSuggestions;
                return edits.words;
            }
        }
        ++statistics.hunspellSuggestCalls;
        return language.dictionary.suggest(word, limit);
    }

    // A part of a hyphenated word is also right when the dictionary knows the whole ("e-mail"),
    // when it is written closed up with a neighbour ("pre-recorded": "prerecorded", "Wi-Fi":
    // "WiFi") or is one of the
    // English prefixes Hunspell's en dictionaries lack ("pre-sales"), or when it is the plural
    // of a known compound ("add-ons": "add-on").
    bool isCorrectPart(Language &language, QStringView text, const ProseScanner::Word &word)
    {
        const QString part = text.sliced(word.offset, word.length).toString();
        if (isCorrect(language, part))
            return true;
        if (!word.isPart())
            return false;
        const QStringView compound = text.sliced(word.compoundOffset, word.compoundLength);
        if (isCorrect(language, compound.toString()))
            return true;
        const qsizetype start = word.offset - word.compoundOffset;
        const qsizetype end = start + word.length;
        if (start == 0 && language.english && EnglishPrefixes.contains(part.toLower()))
            return true;
        if (end + 1 < compound.size()) {
            QStringView next = compound.sliced(end + 1);
            next = next.first(std::find_if(next.begin(), next.end(), isHyphen) - next.begin());
            if (isCorrect(language, part + next))
                return true;
        }
        if (start > 1) {
            QStringView previous = compound.first(start - 1);
            previous =
                previous.sliced(std::find_if(previous.rbegin(), previous.rend(), isHyphen).base() -
                                previous.begin());
            if (isCorrect(language, previous + part))
                return true;
            if (part.endsWith(u's') && isCorrect(language, previous + u'-' + part.chopped(1)))
                return true;
        }
        return false;
    }

    void judgeBlock(Language &language, QStringView text, BlockAnswer *answer)
    {
        answer->misspelled.clear();
        statistics.wordLookups += answer->words.size();
        for (qsizetype i = 0; i < answer->words.size(); ++i) {
            if (!isCorrectPart(language, text, answer->words[i]))
                answer->misspelled.append(i);
        }
        answer->generation = snapshot.generation;
    }
};

SpellChecker::SpellChecker(std::shared_ptr<SpellingWords> words)
    : d(std::make_unique<Data>())
{
    d->words = words ? std::move(words) : std::make_shared<SpellingWords>();
}

SpellChecker::~SpellChecker() = default;

const std::shared_ptr<SpellingWords> &SpellChecker::words() const
{
    return d->words; // set once in the constructor
}

void SpellChecker::setDefaultLanguage(const QString &tag)
{
    const std::lock_guard lock(m_mutex);
    d->defaultTag = tag.trimmed();
}

QString SpellChecker::defaultLanguage() const
{
    const std::lock_guard lock(m_mutex);
    return d->defaultTag.isEmpty() ? SpellingDictionary::DefaultLanguage : d->defaultTag;
}

QString SpellChecker::languageFor(const QString &pageText)
{
    const std::lock_guard lock(m_mutex);
    return d->languageFor(pageText);
}

Result<QList<Problem>> SpellChecker::check(const QString &pageText, Dialect dialect,
                                           Suggestions suggestions)
{
    const std::lock_guard lock(m_mutex);
    d->sync();
    const QString languageName = d->languageFor(pageText);
    auto loaded = d->load(languageName);
    if (!loaded)
        return loaded.error();
    Language &language = **loaded;

    ProseScanner::State state;
    const QList<ProseScanner::Block> blocks = ProseScanner::blocks(pageText, &state);
    QHash<BlockKey, BlockAnswer> seen;
    seen.reserve(blocks.size());
    QList<ProseScanner::Word> misspellings; // page offsets
    for (const ProseScanner::Block &block : blocks) {
        const QStringView text = QStringView(pageText).sliced(block.begin, block.end - block.begin);
        BlockKey key{text.toString(), state, languageName, dialect};
        BlockAnswer answer;
        if (auto it = seen.constFind(key); it != seen.cend()) {
            answer = *it;
            ++d->statistics.blocksReused;
        } else if (auto old = d->blocks.constFind(key); old != d->blocks.cend()) {
            answer = *old;
            ++d->statistics.blocksReused;
        } else {
            answer.end = ProseScanner::scanBlock(text, state, dialect, &answer.words);
            ++d->statistics.blocksScanned;
        }
        if (answer.generation != d->snapshot.generation)
            d->judgeBlock(language, text, &answer);
        for (const qsizetype index : std::as_const(answer.misspelled)) {
            const ProseScanner::Word &word = answer.words[index];
            misspellings.append({block.begin + word.offset, word.length});
        }
        state = answer.end;
        seen.insert(std::move(key), std::move(answer));
    }
    d->blocks = std::move(seen);

    QList<Problem> problems;
    problems.reserve(misspellings.size());
    int line = 1;
    qsizetype lineStart = 0;
    for (const ProseScanner::Word &misspelling : std::as_const(misspellings)) {
        for (qsizetype nl = pageText.indexOf(u'\n', lineStart); nl >= 0 && nl < misspelling.offset;
             nl = pageText.indexOf(u'\n', lineStart)) {
            ++line;
            lineStart = nl + 1;
        }
        Problem problem;
        problem.category = Category::Spelling;
        problem.severity = Severity::Warning;
        problem.line = line;
        problem.column = int(misspelling.offset - lineStart + 1);
        problem.length = int(misspelling.length);
        problem.subject = pageText.sliced(misspelling.offset, misspelling.length);
        problem.message = QCoreApplication::translate("Folio::Checks::SpellChecker",
                                                      "\"%1\" is not in the dictionary")
                              .arg(problem.subject);
        if (suggestions == Suggestions::Included)
            problem.suggestions = d->suggestionsFor(language, problem.subject);
        problems.append(std::move(problem));
    }
    return problems;
}

Result<QStringList> SpellChecker::suggestions(const QString &word, const QString &language)
{
    const std::lock_guard lock(m_mutex);
    auto loaded = d->loadForCall(language);
    if (!loaded)
        return loaded.error();
    return d->suggestionsFor(**loaded, word);
}

void SpellChecker::setSuggestionMethod(SuggestionMethod method)
{
    const std::lock_guard lock(m_mutex);
    if (d->suggestionMethod == method)
        return;
    d->suggestionMethod = method;
    for (auto &[name, language] : d->languages)
        language->suggestions.clear();
}

Result<bool> SpellChecker::isCorrect(const QString &word, const QString &language)
{
    const std::lock_guard lock(m_mutex);
    auto loaded = d->loadForCall(language);
    if (!loaded)
        return loaded.error();
    return d->isCorrect(**loaded, word);
}

SpellChecker::Statistics SpellChecker::statistics() const
{
    const std::lock_guard lock(m_mutex);
    return d->statistics;
}

void SpellChecker::resetStatistics()
{
    const std::lock_guard lock(m_mutex);
    d->statistics = Statistics();
}

} // namespace Folio::Checks
