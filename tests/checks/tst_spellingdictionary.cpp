#include "checks/spellingdictionary.h"
#include "checks/spellingtestsupport.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Folio;
using namespace Folio::Checks;
using Folio::Test::DictionaryPath;
using Folio::Test::why;

namespace {

const QString SystemFolder = QStringLiteral("/usr/share/hunspell");

// A two-word dictionary in Latin-1, as many older dictionaries are.
void writeLatin1Dictionary(const QString &folder, const QString &language)
{
    QVERIFY(Test::writeFile(folder + u'/' + language + u".aff", "SET ISO8859-1\nTRY aeioucfr\n"));
    QVERIFY(Test::writeFile(folder + u'/' + language + u".dic",
                            QStringLiteral("2\ncaf\u00e9\nfromage\n").toLatin1()));
}

} // namespace

class TestSpellingDictionary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void normalizedTags_data();
    void normalizedTags();
    void resolvesTags_data();
    void resolvesTags();
    void searchPathsFollowXdg();
    void spellsAndSuggests();
    void addedWordsCount();
    void readsLegacyEncodings();
    void readsSuggestionRules();
    void keepsNoSuggestWordsOut();
    void missingDictionaryIsAClearError();
    void brokenDictionaryIsAClearError();
};

void TestSpellingDictionary::initTestCase()
{
    if (!QFile::exists(SystemFolder + QStringLiteral("/en_US.dic")))
        QSKIP("hunspell-en-us is not installed");
}

void TestSpellingDictionary::normalizedTags_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("normalized");
    QTest::newRow("underscore") << "en_US"
                                << "en_US";
    QTest::newRow("BCP 47") << "en-US"
                            << "en_US";
    QTest::newRow("case") << "EN-us"
                          << "en_US";
    QTest::newRow("language only") << "DE"
                                   << "de";
    QTest::newRow("blanks") << " fr-ca "
                            << "fr_CA";
    QTest::newRow("variant kept") << "de_DE_frami"
                                  << "de_DE_frami";
    QTest::newRow("empty") << ""
                           << "";
}

void TestSpellingDictionary::normalizedTags()
{
    QFETCH(QString, tag);
    QFETCH(QString, normalized);
    QCOMPARE(SpellingDictionary::normalizedTag(tag), normalized);
}

void TestSpellingDictionary::resolvesTags_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("language");
    QTest::newRow("exact") << "de_DE"
                           << "de_DE";
    QTest::newRow("BCP 47") << "de-de"
                            << "de_DE";
    QTest::newRow("language: its main region") << "de"
                                               << "de_DE";
    QTest::newRow("region without a dictionary: the language") << "de_CH"
                                                               << "de_DE";
    QTest::newRow("en means en_US") << "en"
                                    << "en_US";
    QTest::newRow("other region") << "en-GB"
                                  << "en_GB";
    QTest::newRow("variant") << "pt_BR"
                             << "pt_BR_large";
    QTest::newRow("first of the language") << "pt"
                                           << "pt_BR_large";
    QTest::newRow("none") << "xx"
                          << "";
    QTest::newRow("empty") << ""
                           << "";
}

void TestSpellingDictionary::resolvesTags()
{
    QFETCH(QString, tag);
    QFETCH(QString, language);
    QTemporaryDir dir;
    for (const char *name : {"de_AT", "de_DE", "en_GB", "en_AU", "en_US", "pt_BR_large"}) {
        const QString base = dir.path() + u'/' + QLatin1String(name);
        QVERIFY(Test::writeFile(base + u".aff", "SET UTF-8\n"));
        QVERIFY(Test::writeFile(base + u".dic", "0\n"));
    }
    QVERIFY(Test::writeFile(dir.path() + u"/fr_FR.aff", "SET UTF-8\n")); // no .dic: not there
    const DictionaryPath path(dir.path());
    QCOMPARE(SpellingDictionary::availableLanguages(),
             (QStringList{"de_AT", "de_DE", "en_AU", "en_GB", "en_US", "pt_BR_large"}));
    QCOMPARE(SpellingDictionary::resolve(tag), language);
}

void TestSpellingDictionary::searchPathsFollowXdg()
{
    const QByteArray oldDirs = qgetenv("XDG_DATA_DIRS");
    const QByteArray oldHome = qgetenv("XDG_DATA_HOME");
    qputenv("XDG_DATA_DIRS", "/opt/a/share:/opt/b/share/");
    qputenv("XDG_DATA_HOME", "/home/me/.data");
    const QStringList paths = SpellingDictionary::searchPaths();
    qputenv("XDG_DATA_DIRS", oldDirs);
    qputenv("XDG_DATA_HOME", oldHome);
    QCOMPARE(paths, (QStringList{"/home/me/.data/hunspell", "/opt/a/share/hunspell",
                                 "/opt/b/share/hunspell", "/usr/share/hunspell",
                                 "/usr/share/myspell/dicts", "/usr/share/myspell"}));
    const DictionaryPath path(QStringLiteral("/x:/y"));
    QCOMPARE(SpellingDictionary::searchPaths(), (QStringList{"/x", "/y"}));
}

void TestSpellingDictionary::spellsAndSuggests()
{
    auto dictionary = SpellingDictionary::open(u"en-US");
    QVERIFY2(dictionary, why(dictionary).constData());
    QCOMPARE(dictionary->language(), QStringLiteral("en_US"));
    QVERIFY(dictionary->spell(u"services"));
    QVERIFY(dictionary->spell(u"The"));
    QVERIFY(dictionary->spell(u"don’t")); // en_US reads U+2019 as '
    QVERIFY(!dictionary->spell(u"serivices"));
    QVERIFY(!dictionary->spell(u""));
    const QStringList suggestions = dictionary->suggest(u"serivices", 3);
    QVERIFY(!suggestions.isEmpty() && suggestions.size() <= 3);
    QCOMPARE(suggestions.first(), QStringLiteral("services"));
    QVERIFY(dictionary->suggest(u"serivices", 0).isEmpty());
}

void TestSpellingDictionary::addedWordsCount()
{
    auto dictionary = SpellingDictionary::open(u"en_US");
    QVERIFY(dictionary);
    QVERIFY(!dictionary->spell(u"Kubernetes"));
    dictionary->add(u"kubernetes");
    QVERIFY(dictionary->spell(u"kubernetes"));
    QVERIFY(dictionary->spell(u"Kubernetes"));
    // Another dictionary object is not affected.
    auto other = SpellingDictionary::open(u"en_US");
    QVERIFY(other);
    QVERIFY(!other->spell(u"kubernetes"));
}

void TestSpellingDictionary::readsSuggestionRules()
{
    auto english = SpellingDictionary::open(u"en_US");
    QVERIFY2(english, why(english).constData());
    const auto &rules = english->suggestionRules();
    QVERIFY(rules.tryCharacters.startsWith(u"esia"));
    // en_US has no KEY: Hunspell's QWERTY default.
    QCOMPARE(rules.keyboardRows, QStringList({u"qwertyuiop"_qs, u"asdfghjkl"_qs, u"zxcvbnm"_qs}));
    QVERIFY(rules.replacements.contains(std::pair(u"alot"_qs, u"a lot"_qs)));
    QVERIFY(rules.splitSuggestions);
    QVERIFY(rules.suffixes.contains(std::pair(u"y"_qs, u"ies"_qs)));
    QVERIFY(rules.suffixes.contains(std::pair(QString(), u"ly"_qs)));
    QCOMPARE(rules.suffixes.count(std::pair(QString(), u"s"_qs)), 1);
    QVERIFY(english->listedWords().size() > 40000);
    QVERIFY(english->listedWords().contains(u"Monday"_qs));

    // Another dictionary's rules, in Latin-1, with two-character flags.
    QTemporaryDir dir;
    QVERIFY(Test::writeFile(dir.filePath(QStringLiteral("xx_XX.aff")),
                            QByteArray("SET ISO8859-1\nFLAG long\nTRY \xe9"
                                       "ab\nKEY az|qs\n"
                                       "REP 2\nREP ^ph f\nREP oo$ ou\nMAP 1\nMAP e\xe9(ee)\n"
                                       "NOSPLITSUGS\nNOSUGGEST !!\n")));
    QVERIFY(Test::writeFile(dir.filePath(QStringLiteral("xx_XX.dic")),
                            QByteArray("3\nb\xe9zier/AB\nbad/CC!!\nand\\/or\n")));
    const DictionaryPath path(dir.path());
    auto other = SpellingDictionary::open(u"xx_XX");
    QVERIFY2(other, why(other).constData());
    const auto &otherRules = other->suggestionRules();
    QCOMPARE(otherRules.tryCharacters, u"\u00e9ab"_qs);
    QCOMPARE(otherRules.keyboardRows, QStringList({u"az"_qs, u"qs"_qs}));
    const QList<std::pair<QString, QString>> replacements = {{u"^ph"_qs, u"f"_qs},
                                                             {u"oo$"_qs, u"ou"_qs}};
    QCOMPARE(otherRules.replacements, replacements);
    QCOMPARE(otherRules.relatedCharacters, QList<QStringList>({{u"e"_qs, u"\u00e9"_qs, u"ee"_qs}}));
    QVERIFY(!otherRules.splitSuggestions);
    QCOMPARE(other->listedWords(), QStringList({u"b\u00e9zier"_qs, u"and/or"_qs}));
    QVERIFY(!other->isSuggestible(u"bad"));
    QVERIFY(other->isSuggestible(u"b\u00e9zier"));
}

void TestSpellingDictionary::keepsNoSuggestWordsOut()
{
    // en_US flags its slurs and swear words NOSUGGEST: right when written, never offered.
    auto dictionary = SpellingDictionary::open(u"en_US");
    QVERIFY2(dictionary, why(dictionary).constData());
    QVERIFY(dictionary->spell(u"shitty"));
    QVERIFY(!dictionary->isSuggestible(u"shitty"));
    QVERIFY(!dictionary->isSuggestible(u"Fucking")); // a form of a flagged word
    QVERIFY(!dictionary->isSuggestible(u"well shit"));
    QVERIFY(!dictionary->listedWords().contains(u"shitty"_qs));
    QVERIFY(dictionary->isSuggestible(u"raccoon")); // "coon" inside is no matter
    QVERIFY(dictionary->isSuggestible(u"services"));
}

void TestSpellingDictionary::readsLegacyEncodings()
{
    QTemporaryDir dir;
    writeLatin1Dictionary(dir.path(), QStringLiteral("fr_FR"));
    const DictionaryPath path(dir.path());
    auto dictionary = SpellingDictionary::open(u"fr");
    QVERIFY2(dictionary, why(dictionary).constData());
    QVERIFY(dictionary->spell(u"caf\u00e9"));
    QVERIFY(!dictionary->spell(u"cafe"));
    QVERIFY(!dictionary->spell(u"\u65e5\u672c")); // not writable in Latin-1: unknown
    QCOMPARE(dictionary->suggest(u"cafe", 5).value(0), QStringLiteral("caf\u00e9"));
}

void TestSpellingDictionary::missingDictionaryIsAClearError()
{
    QTemporaryDir dir;
    const DictionaryPath path(dir.path());
    QVERIFY(SpellingDictionary::availableLanguages().isEmpty());
    const auto dictionary = SpellingDictionary::open(u"en_US");
    QVERIFY(!dictionary);
    QCOMPARE(dictionary.error().domain, ErrorDomain::Spelling);
    QCOMPARE(dictionary.error().code, int(SpellingDictionary::Problem::NotFound));
    QVERIFY2(dictionary.error().message.contains(u"\"en_US\"") &&
                 dictionary.error().message.contains(dir.path()) &&
                 dictionary.error().message.contains(u"hunspell-en-us"),
             qPrintable(dictionary.error().message));

    // Another language is missing, but some are installed: they are named.
    writeLatin1Dictionary(dir.path(), QStringLiteral("fr_FR"));
    const auto german = SpellingDictionary::open(u"de");
    QVERIFY(!german);
    QVERIFY2(german.error().message.contains(u"installed: fr_FR"),
             qPrintable(german.error().message));
}

void TestSpellingDictionary::brokenDictionaryIsAClearError()
{
    QTemporaryDir dir;
    QVERIFY(Test::writeFile(dir.path() + u"/xx_XX.aff", "SET KLINGON-8\n"));
    QVERIFY(Test::writeFile(dir.path() + u"/xx_XX.dic", "1\nword\n"));
    const DictionaryPath path(dir.path());
    const auto dictionary = SpellingDictionary::open(u"xx");
    QVERIFY(!dictionary);
    QCOMPARE(dictionary.error().code, int(SpellingDictionary::Problem::UnsupportedEncoding));
    QVERIFY2(dictionary.error().message.contains(u"KLINGON-8"),
             qPrintable(dictionary.error().message));
}

QTEST_GUILESS_MAIN(TestSpellingDictionary)
#include "tst_spellingdictionary.moc"
