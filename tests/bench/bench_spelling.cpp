// Spelling benchmark: the spell checker on the largest corpus page (251 KB), checked with
// nothing cached and re-checked after a one-word edit, against cmark-gfm parsing and rendering
// the same page in the same process. Prints the median of several runs of each and the ratio;
// for the check with suggestions also the time with Hunspell_suggest alone, as before the
// edit-based suggestions (bench_suggestions compares their quality).
#include "benchsupport.h"
#include "checks/spellchecker.h"
#include "document/page.h"

#include "cmarkbaseline.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace {

using Folio::Checks::SpellChecker;
using Folio::Markdown::Dialect;

// Times `work` `rounds` times; `prepare` runs before each round, untimed.
double medianMilliseconds(int rounds, const std::function<void()> &prepare,
                          const std::function<void()> &work)
{
    std::vector<double> times;
    for (int i = 0; i < rounds; ++i) {
        prepare();
        times.push_back(Folio::Bench::milliseconds(work));
    }
    return Folio::Bench::median(times);
}

void report(const char *what, double folio, double baseline)
{
    std::printf("%-44s folio %9.3f ms   cmark-gfm parse+render %8.3f ms   ratio %5.2fx\n", what,
                folio, baseline, folio / baseline);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    cmark_gfm_core_extensions_ensure_registered();
    const QString corpus =
        qEnvironmentVariable("FOLIO_CORPUS_DIR", QStringLiteral(FOLIO_CORPUS_DIR));
    const QString largestPath = Folio::Bench::largestCorpusPage(corpus);
    const auto page = Folio::Document::Page::load(largestPath);
    if (largestPath.isEmpty() || !page) {
        std::fprintf(stderr, "bench_spelling: no readable page in %s\n", qPrintable(corpus));
        return 2;
    }
    const QString text = page->text();
    const QByteArray bytes = text.toUtf8();
    const Dialect dialect =
        largestPath.contains(QLatin1String("/middleman/")) ? Dialect::Kramdown : Dialect::Goldmark;
    std::printf("bench_spelling: %s, %lld bytes\n",
                qPrintable(largestPath.sliced(corpus.size() + 1)), qlonglong(bytes.size()));

    constexpr int Rounds = 15;
    size_t sink = 0;
    const double baseline = medianMilliseconds(
        Rounds, [] {}, [&] { sink += cmarkBaselineRender(bytes); });

    // Loading the dictionary is paid once per checker and language, not per check.
    std::unique_ptr<SpellChecker> checker;
    const double load = medianMilliseconds(
        5, [&] { checker = std::make_unique<SpellChecker>(); },
        [&] { sink += checker->isCorrect(QStringLiteral("word")).hasValue(); });
    std::printf("%-44s %9.3f ms\n", "load the en_US dictionary", load);

    // Cold: a new checker (dictionary loaded) that has seen no block and no word.
    const double cold = medianMilliseconds(
        Rounds,
        [&] {
            checker = std::make_unique<SpellChecker>();
            sink += checker->isCorrect(QStringLiteral("word")).hasValue();
        },
        [&] { sink += size_t(checker->check(text, dialect)->size()); });
    report("check largest page (nothing cached)", cold, baseline);
    const SpellChecker::Statistics coldStatistics = checker->statistics();
    std::printf("%-44s %lld blocks, %lld words judged, %lld Hunspell lookups, %lld misspellings\n",
                "", qlonglong(coldStatistics.blocksScanned), qlonglong(coldStatistics.wordLookups),
                qlonglong(coldStatistics.hunspellSpellCalls),
                qlonglong(checker->check(text, dialect)->size()));

    // A one-word edit: each round replaces another word of the page's middle with a typo.
    QString edited = text;
    qsizetype at = edited.size() / 2;
    int round = 0;
    const double recheck = medianMilliseconds(
        Rounds,
        [&] {
            at = edited.indexOf(QLatin1String(" the "), at + 1);
            edited.replace(at + 1, 3, round++ % 2 ? QStringLiteral("teh") : QStringLiteral("hte"));
        },
        [&] { sink += size_t(checker->check(edited, dialect)->size()); });
    report("re-check after a one-word edit", recheck, baseline);

    // What `folio check` does: every misspelling with its suggestions, nothing cached; with
    // the edit-based suggestions, then with Hunspell_suggest for every word as before them.
    const auto checkWithSuggestions = [&](SpellChecker::SuggestionMethod method) {
        SpellChecker::Statistics statistics;
        const double ms = medianMilliseconds(
            3,
            [&] {
                checker = std::make_unique<SpellChecker>();
                checker->setSuggestionMethod(method);
                sink += checker->isCorrect(QStringLiteral("word")).hasValue();
                checker->resetStatistics();
            },
            [&] {
                sink += size_t(
                    checker->check(text, dialect, SpellChecker::Suggestions::Included)->size());
                statistics = checker->statistics();
            });
        return std::pair(ms, statistics);
    };
    const auto [withSuggestions, edits] =
        checkWithSuggestions(SpellChecker::SuggestionMethod::Edits);
    report("check with suggestions (folio check)", withSuggestions, baseline);
    std::printf("%-44s %lld distinct words: %lld by the edits (%lld candidate lookups), %lld by "
                "Hunspell_suggest\n",
                "", qlonglong(edits.editSuggestions + edits.hunspellSuggestCalls),
                qlonglong(edits.editSuggestions), qlonglong(edits.candidateLookups),
                qlonglong(edits.hunspellSuggestCalls));
    const auto [hunspellOnly, hunspell] =
        checkWithSuggestions(SpellChecker::SuggestionMethod::HunspellOnly);
    report("  the same, Hunspell_suggest only (before)", hunspellOnly, baseline);
    std::printf("%-44s %lld words by Hunspell_suggest; the edits are %.1fx faster\n", "",
                qlonglong(hunspell.hunspellSuggestCalls), hunspellOnly / withSuggestions);
    return sink > 0 ? 0 : 1;
}
