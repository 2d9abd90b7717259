#include "checks/spellchecker.h"
#include "checks/spellingdictionary.h"
#include "checks/spellingtestsupport.h"
#include "document/page.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

#include <thread>

using namespace Folio;
using namespace Folio::Checks;
using Folio::Markdown::Dialect;
using Folio::Test::DictionaryPath;
using Folio::Test::why;
using Scope = SpellingWords::Scope;

namespace {

// The misspelled words of a page, joined by '|'.
QString misspelled(SpellChecker &checker, const QString &page, Dialect dialect = Dialect::Kramdown)
{
    const auto problems = checker.check(page, dialect);
    if (!problems)
        return QStringLiteral("error: ") + problems.error().message;
    QStringList words;
    for (const Problem &problem : *problems)
        words.append(problem.subject);
    return words.join(u'|');
}

QString largestCorpusPage(Dialect *dialect)
{
    const QString corpus = Test::corpusDir();
    if (corpus.isEmpty())
        return {};
    QString largest;
    qint64 size = 0;
    QDirIterator it(corpus, {QStringLiteral("*.md"), QStringLiteral("*.erb")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        if (it.fileInfo().size() > size) {
            size = it.fileInfo().size();
            largest = it.filePath();
        }
    }
    *dialect =
        largest.contains(QLatin1String("/middleman/")) ? Dialect::Kramdown : Dialect::Goldmark;
    auto page = Document::Page::load(largest);
    return page ? page->text() : QString();
}

} // namespace

class TestSpellChecker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void findsTheSeedPageTypo();
    void reportsProblemsUsersCanAct();
    void skipsMarkup_data();
    void skipsMarkup();
    void judgesWords_data();
    void judgesWords();
    void wordListsTakeEffectAtOnce();
    void wordListsAreSharedByCheckers();
    void ignoreIsForTheSession();
    void pageLanguageChoosesTheDictionary();
    void defaultLanguageFallsBack();
    void missingDictionaryIsAClearError();
    void suggestsTheIntendedWordFirst_data();
    void suggestsTheIntendedWordFirst();
    void suggestionsKeepTheWordsCase_data();
    void suggestionsKeepTheWordsCase();
    void suggestsWordListWords();
    void asksHunspellWhenEditsFindNothing();
    void neverSuggestsNoSuggestWords();
    void recheckScansOnlyTheEditedParagraph();
    void cacheFollowsContextChanges();
    void threads();

private:
    QTemporaryDir m_dir;
};

void TestSpellChecker::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (SpellingDictionary::resolve(u"en_US").isEmpty())
        QSKIP("hunspell-en-us is not installed");
}

void TestSpellChecker::findsTheSeedPageTypo()
{
    const QString seeds = qEnvironmentVariable("FOLIO_SEEDS_DIR");
    auto page = Document::Page::load(seeds + QStringLiteral("/000_52c20bdb3f3e5ccb.txt"));
    if (!page)
        QSKIP("the seed page is not there (FOLIO_SEEDS_DIR)");
    SpellChecker checker;
    const auto problems =
        checker.check(page->text(), Dialect::Kramdown, SpellChecker::Suggestions::Included);
    QVERIFY2(problems, why(problems).constData());
    const auto found = std::find_if(problems->cbegin(), problems->cend(),
                                    [](const Problem &p) { return p.subject == u"serivices"; });
    QVERIFY(found != problems->cend());
    QCOMPARE(found->line, 25);
    QCOMPARE(found->column, 163);
    QCOMPARE(found->length, 9);
    QVERIFY2(found->suggestions.contains(u"services"_qs),
             qPrintable(found->suggestions.join(u", ")));
    QCOMPARE(found->suggestions.first(), u"services"_qs);
    QVERIFY(found->suggestions.size() <= SpellChecker::MaximumSuggestions);
    // The front matter's keys and link targets are not prose; the rest are en_US's gaps.
    QStringList subjects;
    for (const Problem &problem : *problems)
        subjects.append(problem.subject);
    QCOMPARE(subjects.join(u'|'), u"presales|Enablement|presales|serivices|judgement"_qs);
}

void TestSpellChecker::reportsProblemsUsersCanAct()
{
    SpellChecker checker;
    const QString page = QStringLiteral("---\ntitle: Tpyo here\n---\n\nLine with a serivices-based "
                                        "wrold’s \u00e9t\u00e9 typo.\n");
    const auto problems = checker.check(page, Dialect::Goldmark);
    QVERIFY(problems);
    QCOMPARE(problems->size(), 4);
    const Problem &first = problems->at(0);
    QCOMPARE(first.category, Category::Spelling);
    QCOMPARE(first.severity, Severity::Warning);
    QCOMPARE(first.subject, u"Tpyo"_qs);
    QCOMPARE(first.line, 2);
    QCOMPARE(first.column, 8);
    QCOMPARE(first.length, 4);
    QCOMPARE(first.message, u"\"Tpyo\" is not in the dictionary"_qs);
    QVERIFY(first.suggestions.isEmpty()); // asked for on demand
    QCOMPARE(problems->at(1).subject, u"serivices"_qs);
    QCOMPARE(problems->at(1).line, 5);
    QCOMPARE(problems->at(1).column, 13);
    QCOMPARE(problems->at(2).subject, u"wrold’s"_qs);
    QCOMPARE(problems->at(2).column, 29);
    QCOMPARE(problems->at(3).subject, u"\u00e9t\u00e9"_qs);
    QCOMPARE(problems->at(3).column, 37);

    const auto suggestions = checker.suggestions(QStringLiteral("wrold"));
    QVERIFY(suggestions);
    QVERIFY2(suggestions->contains(u"world"_qs), qPrintable(suggestions->join(u',')));
    QVERIFY(suggestions->size() <= SpellChecker::MaximumSuggestions);
    const auto asked = checker.statistics();
    QVERIFY(checker.suggestions(QStringLiteral("wrold"))); // cached
    QCOMPARE(checker.statistics().hunspellSuggestCalls, asked.hunspellSuggestCalls);
    QCOMPARE(checker.statistics().editSuggestions, asked.editSuggestions);
    QCOMPARE(checker.statistics().candidateLookups, asked.candidateLookups);
}

void TestSpellChecker::suggestsTheIntendedWordFirst_data()
{
    QTest::addColumn<QString>("typo");
    QTest::addColumn<QString>("intended");
    // One slip: swapped, missing, extra or wrong letters, a typical misspelling (REP).
    for (const auto &[typo, intended] :
         {std::pair{"teh", "the"},
          {"wrold", "world"},
          {"thier", "their"},
          {"becuase", "because"},
          {"langauge", "language"},
          {"pacakge", "package"},
          {"reposiotry", "repository"},
          {"enviroment", "environment"},
          {"goverment", "government"},
          {"knowlege", "knowledge"},
          {"untill", "until"},
          {"truely", "truly"},
          {"wierd", "weird"},
          {"recieve", "receive"},
          {"seperate", "separate"},
          {"definately", "definitely"},
          {"occured", "occurred"},
          {"accomodate", "accommodate"},
          {"begining", "beginning"},
          {"beleive", "believe"},
          {"neccessary", "necessary"},
          {"existance", "existence"},
          {"recomend", "recommend"},
          {"succesful", "successful"},
          {"serivices", "services"},
          {"dependecy", "dependency"},
          // Two slips, found among the dictionary's words two edits away.
          {"tommorow", "tomorrow"},
          {"maintainance", "maintenance"}}) {
        QTest::newRow(typo) << QString::fromLatin1(typo) << QString::fromLatin1(intended);
    }
}

void TestSpellChecker::suggestsTheIntendedWordFirst()
{
    QFETCH(QString, typo);
    QFETCH(QString, intended);
    SpellChecker checker;
    const auto suggestions = checker.suggestions(typo);
    QVERIFY2(suggestions, why(suggestions).constData());
    QVERIFY2(suggestions->value(0) == intended, qPrintable(suggestions->join(u", ")));
    QVERIFY(suggestions->size() <= SpellChecker::MaximumSuggestions);
    // Found by the edits, without Hunspell_suggest's 30-45 ms.
    QCOMPARE(checker.statistics().hunspellSuggestCalls, 0);
    QCOMPARE(checker.statistics().editSuggestions, 1);
}

void TestSpellChecker::suggestionsKeepTheWordsCase_data()
{
    QTest::addColumn<QString>("typo");
    QTest::addColumn<QString>("first");
    QTest::newRow("capitalized") << "Recieve"
                                 << "Receive";
    QTest::newRow("sentence start") << "Teh"
                                    << "The";
    QTest::newRow("all capitals") << "RECIEVE"
                                  << "RECEIVE";
    QTest::newRow("capitalized, two slips") << "Tommorow"
                                            << "Tomorrow";
    QTest::newRow("a name in lower case") << "monday"
                                          << "Monday";
    QTest::newRow("a name with a slip") << "Mondya"
                                        << "Monday";
    QTest::newRow("possessive") << "wrold's"
                                << "world's";
    QTest::newRow("typographic apostrophe") << "dont\u2019"
                                            << "don't";
}

void TestSpellChecker::suggestionsKeepTheWordsCase()
{
    QFETCH(QString, typo);
    QFETCH(QString, first);
    SpellChecker checker;
    const auto suggestions = checker.suggestions(typo);
    QVERIFY2(suggestions, why(suggestions).constData());
    QVERIFY2(suggestions->value(0) == first, qPrintable(suggestions->join(u", ")));
}

void TestSpellChecker::suggestsWordListWords()
{
    QTemporaryDir dir;
    SpellChecker checker(SpellingWords::open(dir.filePath(QStringLiteral("handbook.txt")),
                                             dir.filePath(QStringLiteral("personal.txt"))));
    QVERIFY(checker.words()->add(QStringLiteral("GitLab"), Scope::Handbook));
    QVERIFY(checker.words()->add(QStringLiteral("kubernetes"), Scope::Personal));
    QVERIFY(checker.words()->add(QStringLiteral("Zendesk"), Scope::Session)); // not offered
    const auto first = [&](const char *typo) {
        return checker.suggestions(QString::fromLatin1(typo)).value().value(0);
    };
    // Only the case wrong: the list's spelling, first.
    QCOMPARE(first("gitlab"), u"GitLab"_qs);
    QCOMPARE(first("Gitlab"), u"GitLab"_qs);
    // One slip, and two: the list's word in the case of the misspelling.
    QCOMPARE(first("Kuberentes"), u"Kubernetes"_qs);
    QCOMPARE(first("kubernets"), u"kubernetes"_qs);
    QCOMPARE(first("Kuberntees"), u"Kubernetes"_qs);
    QCOMPARE(first("GitLba"), u"GitLab"_qs);
    QCOMPARE(checker.statistics().hunspellSuggestCalls, 0);
    QVERIFY(!checker.suggestions(QStringLiteral("Zendsek")).value().contains(u"Zendesk"_qs));
}

void TestSpellChecker::asksHunspellWhenEditsFindNothing()
{
    auto dictionary = SpellingDictionary::open(u"en_US");
    QVERIFY2(dictionary, why(dictionary).constData());
    SpellChecker checker;
    // Nothing two edits away: Hunspell's n-gram search answers, exactly as before.
    for (const QString &word : {u"Vaillancourt"_qs, u"Kryzeviciene"_qs}) {
        const auto suggestions = checker.suggestions(word);
        QVERIFY2(suggestions, why(suggestions).constData());
        QCOMPARE(*suggestions, dictionary->suggest(word, SpellChecker::MaximumSuggestions));
    }
    QCOMPARE(checker.statistics().hunspellSuggestCalls, 2);
    QCOMPARE(checker.statistics().editSuggestions, 0);

    // Right in another case that only Hunspell can name.
    QCOMPARE(checker.suggestions(QStringLiteral("Youtube")).value().value(0), u"YouTube"_qs);
    QCOMPARE(checker.suggestions(QStringLiteral("sql")).value().value(0), u"SQL"_qs);
    QCOMPARE(checker.statistics().hunspellSuggestCalls, 4);

    // The baseline, for comparisons: Hunspell for every word.
    checker.setSuggestionMethod(SpellChecker::SuggestionMethod::HunspellOnly);
    QCOMPARE(checker.suggestions(QStringLiteral("wrold")).value(),
             dictionary->suggest(u"wrold", SpellChecker::MaximumSuggestions));
    QCOMPARE(checker.statistics().hunspellSuggestCalls, 5);
}

void TestSpellChecker::neverSuggestsNoSuggestWords()
{
    // en_US accepts its swear words but flags them NOSUGGEST; Hunspell never offers them.
    SpellChecker checker;
    for (const char *typo : {"fuckk", "shitt", "shiity", "cunts's"}) {
        const auto suggestions = checker.suggestions(QString::fromLatin1(typo));
        QVERIFY(suggestions);
        for (const QString &suggestion : *suggestions) {
            QVERIFY2(!suggestion.contains(u"fuck") && !suggestion.contains(u"shit") &&
                         !suggestion.contains(u"cunt"),
                     qPrintable(suggestions->join(u", ")));
        }
    }
}

void TestSpellChecker::skipsMarkup_data()
{
    // Each rule with a misspelling it must skip and the same misspelling in prose.
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("misspelled");
    QTest::newRow("code span") << "`serivices` and serivices"
                               << "serivices";
    QTest::newRow("fence") << "```\nserivices\n```\nwrold"
                           << "wrold";
    QTest::newRow("indented code") << "Text\n\n    serivices\n\nwrold"
                                   << "wrold";
    QTest::newRow("URL") << "https://serivices.com wrold"
                         << "wrold";
    QTest::newRow("autolink") << "<https://serivices.com> wrold"
                              << "wrold";
    QTest::newRow("link target") << "[wrold](/serivices/)"
                                 << "wrold";
    QTest::newRow("reference definition") << "[serivices]: /x\n\nwrold"
                                          << "wrold";
    QTest::newRow("HTML tag") << "<div class=\"serivices\">wrold</div>"
                              << "wrold";
    QTest::newRow("HTML comment") << "<!-- serivices --> wrold"
                                  << "wrold";
    QTest::newRow("IAL") << "## Heading\n{: .serivices}\n\n{:toc} wrold"
                         << "wrold";
    QTest::newRow("kramdown options") << "{::options serivices=\"x\" /} wrold"
                                      << "wrold";
    QTest::newRow("shortcode tag") << "{{< serivices >}}wrold{{< /serivices >}}"
                                   << "wrold";
    QTest::newRow("ERB") << "<%= serivices %> wrold"
                         << "wrold";
    QTest::newRow("emoji") << ":serivices: wrold"
                           << "wrold";
    QTest::newRow("e-mail") << "serivices@example.com wrold"
                            << "wrold";
    QTest::newRow("mention") << "@serivices wrold"
                             << "wrold";
    QTest::newRow("file name") << "serivices.md wrold"
                               << "wrold";
    QTest::newRow("identifier") << "serivices_list v2serivices wrold"
                                << "wrold";
    QTest::newRow("front matter key and other values")
        << "---\nserivices: wrold\ntitle: wrold\n---\n"
        << "wrold";
}

void TestSpellChecker::skipsMarkup()
{
    QFETCH(QString, page);
    QFETCH(QString, misspelled);
    SpellChecker checker;
    QCOMPARE(::misspelled(checker, page), misspelled);
}

void TestSpellChecker::judgesWords_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("misspelled");
    QTest::newRow("possessives and contractions")
        << "The team's goal, the teams' goals; don't, it's, they’re, we'll."
        << "";
    QTest::newRow("possessive of a misspelling") << "The serivices's cost"
                                                 << "serivices's";
    QTest::newRow("acronyms") << "SA, SAs, SA's, MR, MRs, CI/CD, TL;DR, ASAP"
                              << "";
    QTest::newRow("CamelCase") << "GitLab, GitLab's, JavaScript, DevSecOps, iPhone"
                               << "";
    QTest::newRow("wrong case of a name") << "Gitlab and Javascript"
                                          << "Gitlab|Javascript";
    QTest::newRow("hyphenated") << "well-known, e-mail, Wi-Fi, self-managed"
                                << "";
    QTest::newRow("hyphenated with a typo") << "serivices-based and well-knwon"
                                            << "serivices|"
                                               "knwon";
    QTest::newRow("prefixes and plural compounds")
        << "pre-sales, pre-recorded, add-ons, walk-throughs, co-founder"
        << "";
    QTest::newRow("sentence start") << "Services start here. The end."
                                    << "";
    QTest::newRow("lower-case proper noun") << "on monday"
                                            << "monday";
}

void TestSpellChecker::judgesWords()
{
    QFETCH(QString, page);
    QFETCH(QString, misspelled);
    SpellChecker checker;
    QCOMPARE(::misspelled(checker, page), misspelled);
}

void TestSpellChecker::wordListsTakeEffectAtOnce()
{
    QTemporaryDir dir;
    const QString handbookPath = dir.filePath(QStringLiteral(".folio/dictionary.txt"));
    const QString personalPath = dir.filePath(QStringLiteral("data/dictionary.txt"));
    SpellChecker checker(SpellingWords::open(handbookPath, personalPath));
    const QString page = QStringLiteral("Kubernetes and kubernetes, Kubernetes's pods on Gitaly "
                                        "in Zendesk");
    QCOMPARE(misspelled(checker, page), u"Kubernetes|kubernetes|Kubernetes's|Gitaly|Zendesk"_qs);

    auto added = checker.words()->add(QStringLiteral("kubernetes"), Scope::Handbook);
    QVERIFY2(added, why(added).constData());
    QCOMPARE(misspelled(checker, page), u"Gitaly|Zendesk"_qs);
    added = checker.words()->add(QStringLiteral("Gitaly"), Scope::Personal);
    QVERIFY2(added, why(added).constData());
    QCOMPARE(misspelled(checker, page), u"Zendesk"_qs);
    QCOMPARE(misspelled(checker, QStringLiteral("gitaly")), u"gitaly"_qs); // a name stays one
    QCOMPARE(misspelled(checker, QStringLiteral("Gitaly's GITALY")), QString());

    // Hunspell knows them too: they are offered as replacements.
    const auto suggestions = checker.suggestions(QStringLiteral("Kuberntes"));
    QVERIFY(suggestions);
    QVERIFY2(suggestions->contains(u"Kubernetes"_qs), qPrintable(suggestions->join(u',')));

    QFile handbookFile(handbookPath);
    QVERIFY(handbookFile.open(QIODevice::ReadOnly));
    QCOMPARE(handbookFile.readAll(), QByteArray("kubernetes\n"));
    QFile personalFile(personalPath);
    QVERIFY(personalFile.open(QIODevice::ReadOnly));
    QCOMPARE(personalFile.readAll(), QByteArray("Gitaly\n"));

    // Another checker over the same files, as in the next session, accepts them.
    SpellChecker next(SpellingWords::open(handbookPath, personalPath));
    QCOMPARE(misspelled(next, page), u"Zendesk"_qs);
}

void TestSpellChecker::wordListsAreSharedByCheckers()
{
    QTemporaryDir dir;
    const auto words = SpellingWords::open(dir.filePath(QStringLiteral("handbook.txt")),
                                           dir.filePath(QStringLiteral("personal.txt")));
    SpellChecker editor(words);
    SpellChecker preview(words);
    const QString page = QStringLiteral("Zendesk tickets");
    QCOMPARE(misspelled(editor, page), u"Zendesk"_qs);
    QCOMPARE(misspelled(preview, page), u"Zendesk"_qs);
    QVERIFY(editor.words()->add(QStringLiteral("Zendesk"), Scope::Handbook));
    QCOMPARE(misspelled(preview, page), QString());
    QCOMPARE(misspelled(editor, page), QString());

    // A word removed from the file (by hand, by git) counts no more after a reload.
    QVERIFY(Test::writeFile(dir.filePath(QStringLiteral("handbook.txt")), "# none\n"));
    QVERIFY(words->reload());
    QCOMPARE(misspelled(editor, page), u"Zendesk"_qs);
    const auto correct = editor.isCorrect(QStringLiteral("Zendesk"));
    QVERIFY(correct);
    QVERIFY(!*correct);
}

void TestSpellChecker::ignoreIsForTheSession()
{
    QTemporaryDir dir;
    const QString handbookPath = dir.filePath(QStringLiteral("handbook.txt"));
    const QString personalPath = dir.filePath(QStringLiteral("personal.txt"));
    SpellChecker checker(SpellingWords::open(handbookPath, personalPath));
    QVERIFY(checker.words()->add(QStringLiteral("serivices"), Scope::Session));
    QCOMPARE(misspelled(checker, QStringLiteral("serivices wrold")), u"wrold"_qs);
    QVERIFY(!QFile::exists(handbookPath));
    QVERIFY(!QFile::exists(personalPath));
    // Ignored words are not offered as replacements.
    const auto suggestions = checker.suggestions(QStringLiteral("serivicse"));
    QVERIFY(suggestions);
    QVERIFY(!suggestions->contains(u"serivices"_qs));

    SpellChecker nextSession(SpellingWords::open(handbookPath, personalPath));
    QCOMPARE(misspelled(nextSession, QStringLiteral("serivices wrold")), u"serivices|wrold"_qs);
}

void TestSpellChecker::pageLanguageChoosesTheDictionary()
{
    // A tiny German dictionary next to the system's en_US.
    QTemporaryDir dir;
    QVERIFY(Test::writeFile(dir.filePath(QStringLiteral("de_DE.aff")),
                            "SET UTF-8\nTRY esianrtolcdughmbfwkzp\n"));
    QVERIFY(Test::writeFile(dir.filePath(QStringLiteral("de_DE.dic")),
                            "3\nHallo\nWelt\nStra\xC3\x9F"
                            "e\n"));
    for (const char *file : {"en_US.aff", "en_US.dic"}) {
        QVERIFY(QFile::link(QStringLiteral("/usr/share/hunspell/") + QLatin1String(file),
                            dir.filePath(QLatin1String(file))));
    }
    const DictionaryPath path(dir.path());
    SpellChecker checker;

    const QString german = QStringLiteral("---\ntitle: Hallo Welt\nlang: de\n---\nHallo Wlet, "
                                          "Stra\u00dfe world\n");
    QCOMPARE(checker.languageFor(german), u"de_DE"_qs);
    QCOMPARE(misspelled(checker, german), u"Wlet|world"_qs);
    const auto suggestions = checker.suggestions(QStringLiteral("Wlet"), QStringLiteral("de-DE"));
    QVERIFY(suggestions);
    QCOMPARE(suggestions->value(0), u"Welt"_qs);

    const QString english =
        QStringLiteral("---\ntitle: Hello\n---\nHallo Wlet, Stra\u00dfe world\n");
    QCOMPARE(checker.languageFor(english), u"en_US"_qs);
    QCOMPARE(misspelled(checker, english), u"Hallo|Wlet|Stra\u00dfe"_qs);

    // A lang without a dictionary here: the default language.
    const QString french = QStringLiteral("---\nlang: fr\n---\nHello world\n");
    QCOMPARE(checker.languageFor(french), u"en_US"_qs);
    QCOMPARE(misspelled(checker, french), QString());

    // The handbook's spelling_language for pages without lang.
    checker.setDefaultLanguage(QStringLiteral("de"));
    QCOMPARE(checker.defaultLanguage(), u"de"_qs);
    QCOMPARE(checker.languageFor(english), u"de_DE"_qs);
    QCOMPARE(misspelled(checker, english), u"Hello|Wlet|world"_qs);
    QCOMPARE(checker.languageFor(QStringLiteral("---\nlang: en-US\n---\n")), u"en_US"_qs);
}

void TestSpellChecker::defaultLanguageFallsBack()
{
    SpellChecker checker;
    checker.setDefaultLanguage(QStringLiteral("tlh")); // no Klingon dictionary here
    QCOMPARE(checker.languageFor(QStringLiteral("Text")), u"en_US"_qs);
    QCOMPARE(misspelled(checker, QStringLiteral("Hello wrold")), u"wrold"_qs);
}

void TestSpellChecker::missingDictionaryIsAClearError()
{
    QTemporaryDir dir;
    const DictionaryPath path(dir.path());
    SpellChecker checker;
    const auto problems = checker.check(QStringLiteral("Hello wrold"), Dialect::Goldmark);
    QVERIFY(!problems);
    QCOMPARE(problems.error().domain, ErrorDomain::Spelling);
    QCOMPARE(problems.error().code, int(SpellingDictionary::Problem::NotFound));
    QVERIFY2(problems.error().message.contains(u"en_US") &&
                 problems.error().message.contains(dir.path()),
             qPrintable(problems.error().message));
    QVERIFY(!checker.suggestions(QStringLiteral("wrold")));
    QVERIFY(!checker.isCorrect(QStringLiteral("wrold")));
}

void TestSpellChecker::recheckScansOnlyTheEditedParagraph()
{
    Dialect dialect = Dialect::Kramdown;
    QString page = largestCorpusPage(&dialect);
    if (page.isEmpty())
        QSKIP("FOLIO_CORPUS_DIR is not set");
    SpellChecker checker;
    const auto first = checker.check(page, dialect);
    QVERIFY(first);
    const SpellChecker::Statistics cold = checker.statistics();
    QVERIFY(cold.blocksScanned > 500);
    QVERIFY(cold.hunspellSpellCalls > 1000);

    // Unchanged: nothing scanned, nothing looked up.
    checker.resetStatistics();
    const auto again = checker.check(page, dialect);
    QVERIFY(again);
    QCOMPARE(*again, *first);
    QCOMPARE(checker.statistics().blocksScanned, 0);
    QCOMPARE(checker.statistics().wordLookups, 0);
    QCOMPARE(checker.statistics().hunspellSpellCalls, 0);

    // One word of a paragraph in the middle edited into a typo.
    const qsizetype at = page.indexOf(QLatin1String(" product "), page.size() / 2);
    QVERIFY(at > 0);
    page.replace(at + 1, 7, QStringLiteral("prodcut"));
    checker.resetStatistics();
    const auto edited = checker.check(page, dialect);
    QVERIFY(edited);
    const SpellChecker::Statistics warm = checker.statistics();
    QCOMPARE(warm.blocksScanned, 1);
    QCOMPARE(warm.blocksReused, cold.blocksScanned + cold.blocksReused - 1);
    QVERIFY2(warm.wordLookups < 400, qPrintable(QString::number(warm.wordLookups)));
    QVERIFY2(warm.hunspellSpellCalls <= 2, qPrintable(QString::number(warm.hunspellSpellCalls)));
    QCOMPARE(edited->size(), first->size() + 1);

    // The same answer as a fresh checker's full check.
    SpellChecker fresh;
    const auto full = fresh.check(page, dialect);
    QVERIFY(full);
    QCOMPARE(*edited, *full);
    const auto typo = std::find_if(edited->cbegin(), edited->cend(),
                                   [](const Problem &p) { return p.subject == u"prodcut"; });
    QVERIFY(typo != edited->cend());
    QCOMPARE(page.split(u'\n').at(typo->line - 1).mid(typo->column - 1, typo->length),
             u"prodcut"_qs);
}

void TestSpellChecker::cacheFollowsContextChanges()
{
    // Opening a fence above turns the blocks below into code: the same texts, new answers.
    SpellChecker checker;
    const QString below = QStringLiteral("Para wrold\n\nMore serivices\n");
    QCOMPARE(misspelled(checker, QStringLiteral("Intro\n\n") + below), u"wrold|serivices"_qs);
    QCOMPARE(misspelled(checker, QStringLiteral("Intro\n```\n\n") + below), QString());
    QCOMPARE(misspelled(checker, QStringLiteral("Intro\n\n") + below), u"wrold|serivices"_qs);
    // The dialect decides for kramdown comments.
    const QString comment = QStringLiteral("{::comment}\nwrold\n{:/comment}\n");
    QCOMPARE(misspelled(checker, comment, Dialect::Kramdown), QString());
    QCOMPARE(misspelled(checker, comment, Dialect::Goldmark), u"wrold"_qs);
}

void TestSpellChecker::threads()
{
    const QString corpus = Test::corpusDir();
    if (corpus.isEmpty())
        QSKIP("FOLIO_CORPUS_DIR is not set");
    QList<QString> pages;
    QDirIterator it(corpus + QStringLiteral("/hugo"), {QStringLiteral("*.md")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext() && pages.size() < 40) {
        auto page = Document::Page::load(it.next());
        QVERIFY(page);
        pages.append(page->text());
    }
    const auto words = std::make_shared<SpellingWords>();
    QList<QList<Problem>> expected;
    {
        SpellChecker sequential(words);
        for (const QString &page : std::as_const(pages))
            expected.append(sequential.check(page, Dialect::Goldmark).value());
    }
    // One checker per thread (their dictionaries created and destroyed at the same time), and
    // one checker shared by all threads.
    SpellChecker shared(words);
    std::atomic<int> mismatches{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            SpellChecker own(words);
            for (qsizetype i = 0; i < pages.size(); ++i) {
                const qsizetype k = (i + t * 7) % pages.size();
                SpellChecker &checker = (i % 2) ? shared : own;
                const auto problems = checker.check(pages[k], Dialect::Goldmark);
                if (!problems || *problems != expected[k])
                    ++mismatches;
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(mismatches.load(), 0);
}

QTEST_GUILESS_MAIN(TestSpellChecker)
#include "tst_spellchecker.moc"
