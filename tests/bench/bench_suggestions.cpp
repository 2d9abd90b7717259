// Suggestion quality and speed: SpellChecker's edit-based suggestions against Hunspell_suggest
// alone, on the distinct misspellings of the handbook corpus and on classic typos. Prints how
// often the first suggestion agrees, how often Hunspell's first is among the five, the time
// each took, and every word where the first suggestions differ.
//
//   bench_suggestions            every tenth of the corpus's misspellings (~20 s)
//   bench_suggestions 1          all ~2,000 of them (Hunspell alone needs ~100 s)
//   FOLIO_SUGGESTION_LIST_ALL=1  every word, not only those where the first suggestions differ
//   FOLIO_CORPUS_DIR=...         another corpus
#include "checks/spellchecker.h"
#include "document/page.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QSet>

#include <cstdio>

namespace {

using Folio::Checks::SpellChecker;
using Folio::Markdown::Dialect;

// Classic typos and what a writer meant; the second column is for the reader, the comparison
// is with Hunspell's answer.
const char *const ClassicTypos[][2] = {
    {"recieve", "receive"},
    {"seperate", "separate"},
    {"occured", "occurred"},
    {"definately", "definitely"},
    {"teh", "the"},
    {"adress", "address"},
    {"enviroment", "environment"},
    {"serivices", "services"},
    {"Kuberentes", "Kubernetes"},
    {"accomodate", "accommodate"},
    {"wierd", "weird"},
    {"untill", "until"},
    {"begining", "beginning"},
    {"beleive", "believe"},
    {"calender", "calendar"},
    {"comittee", "committee"},
    {"concensus", "consensus"},
    {"embarass", "embarrass"},
    {"existance", "existence"},
    {"goverment", "government"},
    {"happend", "happened"},
    {"independant", "independent"},
    {"knowlege", "knowledge"},
    {"maintainance", "maintenance"},
    {"neccessary", "necessary"},
    {"noticable", "noticeable"},
    {"occurence", "occurrence"},
    {"persistant", "persistent"},
    {"posession", "possession"},
    {"publically", "publicly"},
    {"recomend", "recommend"},
    {"refered", "referred"},
    {"relevent", "relevant"},
    {"succesful", "successful"},
    {"tommorow", "tomorrow"},
    {"truely", "truly"},
    {"wich", "which"},
    {"thier", "their"},
    {"becuase", "because"},
    {"wrold", "world"},
    {"Teh", "The"},
    {"RECIEVE", "RECEIVE"},
    {"langauge", "language"},
    {"pacakge", "package"},
    {"reposiotry", "repository"},
    {"dependecy", "dependency"},
};

struct Sample
{
    QString word;
    QString intended; // empty for corpus words
};

QList<Sample> corpusMisspellings(const QString &corpus, int every)
{
    SpellChecker checker;
    QSet<QString> seen;
    QStringList words;
    QStringList paths;
    QDirIterator it(corpus, {QStringLiteral("*.md"), QStringLiteral("*.erb")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        paths.append(it.next());
    paths.sort();
    for (const QString &path : std::as_const(paths)) {
        const auto page = Folio::Document::Page::load(path);
        if (!page || !path.sliced(corpus.size() + 1).contains(u'/'))
            continue;
        const Dialect dialect =
            path.contains(QLatin1String("/middleman/")) ? Dialect::Kramdown : Dialect::Goldmark;
        const auto problems = checker.check(page->text(), dialect);
        if (!problems)
            continue;
        for (const auto &problem : *problems) {
            if (!seen.contains(problem.subject)) {
                seen.insert(problem.subject);
                words.append(problem.subject);
            }
        }
    }
    QList<Sample> samples;
    for (qsizetype i = 0; i < words.size(); i += every)
        samples.append({words[i], QString()});
    return samples;
}

struct Tally
{
    int words = 0;
    int sameFirst = 0;
    int hunspellFirstAmongOurs = 0;
    int withIntended = 0;        // words whose intended spelling is known
    int intendedFirstOurs = 0;   // of those, ours first suggests it
    int intendedFirstTheirs = 0; // Hunspell's first suggests it
    double editsMs = 0;
    double hunspellMs = 0;
};

void compare(const char *title, const QList<Sample> &samples, bool listAll)
{
    SpellChecker edits;
    SpellChecker hunspell;
    hunspell.setSuggestionMethod(SpellChecker::SuggestionMethod::HunspellOnly);
    // Load both dictionaries before timing.
    (void)edits.isCorrect(QStringLiteral("word"));
    (void)hunspell.isCorrect(QStringLiteral("word"));
    Tally tally;
    std::printf("\n== %s\n", title);
    for (const Sample &sample : samples) {
        QElapsedTimer timer;
        timer.start();
        const QStringList ours = edits.suggestions(sample.word).value();
        const double oursMs = double(timer.nsecsElapsed()) / 1e6;
        timer.restart();
        const QStringList theirs = hunspell.suggestions(sample.word).value();
        const double theirsMs = double(timer.nsecsElapsed()) / 1e6;
        ++tally.words;
        tally.editsMs += oursMs;
        tally.hunspellMs += theirsMs;
        const bool same = ours.value(0) == theirs.value(0);
        tally.sameFirst += same;
        if (!sample.intended.isEmpty()) {
            ++tally.withIntended;
            tally.intendedFirstOurs += ours.value(0) == sample.intended;
            tally.intendedFirstTheirs += theirs.value(0) == sample.intended;
        }
        tally.hunspellFirstAmongOurs +=
            theirs.isEmpty() ? ours.isEmpty() : ours.contains(theirs[0]);
        if (!same || listAll) {
            const QString intended =
                sample.intended.isEmpty() ? QString() : u'(' + sample.intended + u')';
            std::printf("%s %-20s %-14s %6.2f ms %-50s %6.2f ms hunspell: %s\n", same ? " " : "*",
                        qPrintable(sample.word), qPrintable(intended), oursMs,
                        qPrintable(ours.join(u", ")), theirsMs, qPrintable(theirs.join(u", ")));
        }
    }
    const auto statistics = edits.statistics();
    if (tally.withIntended > 0) {
        std::printf("the intended word first: ours %d of %d, Hunspell's %d of %d\n",
                    tally.intendedFirstOurs, tally.withIntended, tally.intendedFirstTheirs,
                    tally.withIntended);
    }
    std::printf("%d words: first suggestion the same as Hunspell's for %d (%.1f%%); Hunspell's "
                "first among ours for %d (%.1f%%)\n",
                tally.words, tally.sameFirst, 100.0 * tally.sameFirst / tally.words,
                tally.hunspellFirstAmongOurs, 100.0 * tally.hunspellFirstAmongOurs / tally.words);
    std::printf("answered by the edits %lld, by Hunspell_suggest %lld; %lld candidate lookups\n",
                qlonglong(statistics.editSuggestions), qlonglong(statistics.hunspellSuggestCalls),
                qlonglong(statistics.candidateLookups));
    std::printf("time: edits %.0f ms (%.2f ms a word), Hunspell_suggest %.0f ms (%.2f ms a word), "
                "ratio %.1fx\n",
                tally.editsMs, tally.editsMs / tally.words, tally.hunspellMs,
                tally.hunspellMs / tally.words, tally.hunspellMs / tally.editsMs);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int every = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 10;
    const bool listAll = qEnvironmentVariableIsSet("FOLIO_SUGGESTION_LIST_ALL");
    QList<Sample> typos;
    for (const auto &[typo, intended] : ClassicTypos)
        typos.append({QString::fromUtf8(typo), QString::fromUtf8(intended)});
    compare("classic typos", typos, listAll);

    const QString corpus =
        qEnvironmentVariable("FOLIO_CORPUS_DIR", QStringLiteral(FOLIO_CORPUS_DIR));
    const QList<Sample> misspellings = corpusMisspellings(corpus, every);
    if (misspellings.isEmpty()) {
        std::fprintf(stderr, "bench_suggestions: no misspellings in %s\n", qPrintable(corpus));
        return 2;
    }
    compare(qPrintable(QStringLiteral("the corpus's distinct misspellings (every %1)").arg(every)),
            misspellings, listAll);
    return 0;
}
