#include "checks/spellingtestsupport.h"
#include "checks/spellingwords.h"
#include "checks/wordlist.h"
#include "propose/handbooksettings.h"
#include "testsupport.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Folio;
using namespace Folio::Checks;
using Folio::Test::why;
using Scope = SpellingWords::Scope;

// WordList (one file) and SpellingWords (the handbook's, the personal and the session's).
class TestSpellingWords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readsWordsCommentsAndDicFiles();
    void addCreatesTheFileAndFolder();
    void addKeepsTheFile_data();
    void addKeepsTheFile();
    void addKeepsEditsMadeMeanwhile();
    void refusesWhatIsNotAWord_data();
    void refusesWhatIsNotAWord();
    void refusesFilesThatAreNotUtf8();
    void acceptedForms_data();
    void acceptedForms();
    void handbookAndPersonalListsPersist();
    void sessionListIsForgotten();
    void brokenListIsReportedAndNeverOverwritten();
    void listPaths();
};

void TestSpellingWords::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSpellingWords::readsWordsCommentsAndDicFiles()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("words.txt"));
    QVERIFY(Test::writeFile(path, "\xEF\xBB\xBF# Team words\r\nGitLab\r\n  Kubernetes  \r\n\r\n"
                                  "GitLab\r\nit\xE2\x80\x99s\r\n"));
    auto list = WordList::load(path);
    QVERIFY2(list, why(list).constData());
    QCOMPARE(list->words(), (QStringList{"GitLab", "Kubernetes", u"it\u2019s"_qs}));
    QVERIFY(list->contains(QStringLiteral("Kubernetes")));
    QVERIFY(!list->contains(QStringLiteral("kubernetes")));

    // A Hunspell .dic: the count line and the flags are not words.
    QVERIFY(Test::writeFile(path, "3\nfoo/AB\nbar\n# note\nbaz/Z\n"));
    list = WordList::load(path);
    QVERIFY(list);
    QCOMPARE(list->words(), (QStringList{"foo", "bar", "baz"}));

    // A file that is not there yet is an empty list.
    list = WordList::load(dir.filePath(QStringLiteral("none.txt")));
    QVERIFY(list);
    QVERIFY(list->words().isEmpty());
}

void TestSpellingWords::addCreatesTheFileAndFolder()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral(".folio/sub/dictionary.txt"));
    auto list = WordList::load(path);
    QVERIFY(list);
    const auto added = list->add(QStringLiteral("GitLab"));
    QVERIFY2(added, why(added).constData());
    QCOMPARE(Test::readFile(path), QByteArray("GitLab\n"));
    QCOMPARE(list->words(), QStringList{"GitLab"});
    QVERIFY(list->add(QStringLiteral("DevSecOps")));
    QCOMPARE(Test::readFile(path), QByteArray("DevSecOps\nGitLab\n"));
}

void TestSpellingWords::addKeepsTheFile_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QString>("word");
    QTest::addColumn<QByteArray>("after");
    QTest::newRow("sorted place, case-insensitive")
        << QByteArray("alpha\ngamma\n") << "Beta" << QByteArray("alpha\nBeta\ngamma\n");
    QTest::newRow("comments and blank lines stay")
        << QByteArray("# Products\nGitLab\n\n# People\nalice\n") << "Jira"
        << QByteArray("# Products\nGitLab\n\n# People\nalice\nJira\n");
    QTest::newRow("before the first greater word")
        << QByteArray("# Products\nGitLab\n\n# People\nalice\nzoe\n") << "Jira"
        << QByteArray("# Products\nGitLab\n\n# People\nalice\nJira\nzoe\n");
    QTest::newRow("last") << QByteArray("# words\nalpha\n") << "zeta"
                          << QByteArray("# words\nalpha\nzeta\n");
    QTest::newRow("CRLF") << QByteArray("alpha\r\ngamma\r\n") << "beta"
                          << QByteArray("alpha\r\nbeta\r\ngamma\r\n");
    QTest::newRow("no final line break")
        << QByteArray("alpha\ngamma") << "zeta" << QByteArray("alpha\ngamma\nzeta");
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF"
                                       "beta\n")
                         << "alpha"
                         << QByteArray("\xEF\xBB\xBF"
                                       "alpha\nbeta\n");
    QTest::newRow("already there")
        << QByteArray("gamma\nalpha\n") << "alpha" << QByteArray("gamma\nalpha\n");
    QTest::newRow("other case is another word")
        << QByteArray("gitlab\n") << "GitLab" << QByteArray("GitLab\ngitlab\n");
    QTest::newRow("apostrophe") << QByteArray("") << u"SA\u2019s"_qs
                                << QByteArray("SA\xE2\x80\x99s\n");
}

void TestSpellingWords::addKeepsTheFile()
{
    QFETCH(QByteArray, before);
    QFETCH(QString, word);
    QFETCH(QByteArray, after);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dictionary.txt"));
    QVERIFY(Test::writeFile(path, before));
    auto list = WordList::load(path);
    QVERIFY(list);
    const auto added = list->add(word);
    QVERIFY2(added, why(added).constData());
    QCOMPARE(Test::readFile(path), after);
    QVERIFY(list->contains(word));
}

void TestSpellingWords::addKeepsEditsMadeMeanwhile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dictionary.txt"));
    QVERIFY(Test::writeFile(path, "alpha\n"));
    auto list = WordList::load(path);
    QVERIFY(list);
    QVERIFY(Test::writeFile(path, "alpha\nomega\n")); // a git update, another window
    QVERIFY(list->add(QStringLiteral("beta")));
    QCOMPARE(Test::readFile(path), QByteArray("alpha\nbeta\nomega\n"));
    QCOMPARE(list->words(), (QStringList{"alpha", "beta", "omega"}));
}

void TestSpellingWords::refusesWhatIsNotAWord_data()
{
    QTest::addColumn<QString>("word");
    QTest::newRow("empty") << "";
    QTest::newRow("blank") << "  ";
    QTest::newRow("two words") << "New York";
    QTest::newRow("line break") << "a\nb";
    QTest::newRow("comment") << "#channel";
    QTest::newRow("flags") << "word/AB";
}

void TestSpellingWords::refusesWhatIsNotAWord()
{
    QFETCH(QString, word);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dictionary.txt"));
    auto list = WordList::load(path);
    QVERIFY(list);
    const auto added = list->add(word);
    QVERIFY(!added);
    QCOMPARE(added.error().domain, ErrorDomain::Spelling);
    QVERIFY(!QFile::exists(path));
}

void TestSpellingWords::refusesFilesThatAreNotUtf8()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dictionary.txt"));
    const QByteArray latin1 = "caf\xE9\n";
    QVERIFY(Test::writeFile(path, latin1));
    const auto list = WordList::load(path);
    QVERIFY(!list);
    QCOMPARE(list.error().domain, ErrorDomain::Encoding);
    QVERIFY(list.error().message.contains(path));
    // Adding re-reads the file and refuses too: nothing is lost.
    WordList empty(path);
    QVERIFY(!empty.add(QStringLiteral("word")));
    QCOMPARE(Test::readFile(path), latin1);
}

void TestSpellingWords::acceptedForms_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QStringList>("forms");
    QTest::newRow("lower case") << "kubernetes"
                                << QStringList{"kubernetes", "KUBERNETES", "Kubernetes"};
    QTest::newRow("capitalized") << "Kubernetes" << QStringList{"Kubernetes", "KUBERNETES"};
    QTest::newRow("CamelCase") << "GitLab" << QStringList{"GitLab", "GITLAB"};
    QTest::newRow("apostrophe") << u"it\u2019s"_qs << QStringList{"it's", "IT'S", "It's"};
    QTest::newRow("acronym") << "SAs" << QStringList{"SAs", "SAS"};
}

void TestSpellingWords::acceptedForms()
{
    QFETCH(QString, word);
    QFETCH(QStringList, forms);
    QCOMPARE(SpellingWords::acceptedForms(word), forms);
}

void TestSpellingWords::handbookAndPersonalListsPersist()
{
    QTemporaryDir dir;
    const QString handbookPath = dir.filePath(QStringLiteral("handbook/.folio/dictionary.txt"));
    const QString personalPath = dir.filePath(QStringLiteral("data/dictionary.txt"));
    QList<Error> problems;
    const auto words = SpellingWords::open(handbookPath, personalPath, &problems);
    QVERIFY(problems.isEmpty());
    const quint64 generation = words->generation();
    QVERIFY(!words->accepts(QStringLiteral("Kubernetes")));

    auto added = words->add(QStringLiteral("kubernetes"), Scope::Handbook);
    QVERIFY2(added, why(added).constData());
    QVERIFY(words->generation() > generation);
    QVERIFY(words->accepts(QStringLiteral("Kubernetes")));
    QVERIFY(words->accepts(QStringLiteral("kubernetes")));
    QVERIFY(!words->accepts(QStringLiteral("kuBernetes")));
    added = words->add(QStringLiteral("Tanuki"), Scope::Personal);
    QVERIFY2(added, why(added).constData());
    QVERIFY(words->accepts(QStringLiteral("TANUKI")));
    QVERIFY(!words->accepts(QStringLiteral("tanuki")));

    QFile handbookFile(handbookPath);
    QVERIFY(handbookFile.open(QIODevice::ReadOnly));
    QCOMPARE(handbookFile.readAll(), QByteArray("kubernetes\n"));
    QFile personalFile(personalPath);
    QVERIFY(personalFile.open(QIODevice::ReadOnly));
    QCOMPARE(personalFile.readAll(), QByteArray("Tanuki\n"));

    // Another instance (another window, the next start) reads them.
    const auto again = SpellingWords::open(handbookPath, personalPath);
    QCOMPARE(again->words(Scope::Handbook), QStringList{"kubernetes"});
    QCOMPARE(again->words(Scope::Personal), QStringList{"Tanuki"});
    QVERIFY(again->accepts(QStringLiteral("Kubernetes")));
    const auto snapshot = again->snapshot();
    QCOMPARE(snapshot.dictionaryWords, (QStringList{"kubernetes", "Tanuki"}));
    QCOMPARE(snapshot.generation, again->generation());

    // A change on disk shows after reload().
    QVERIFY(Test::writeFile(handbookPath, "kubernetes\nGitaly\n"));
    QVERIFY(!again->accepts(QStringLiteral("Gitaly")));
    QVERIFY(again->reload());
    QVERIFY(again->accepts(QStringLiteral("Gitaly")));
}

void TestSpellingWords::sessionListIsForgotten()
{
    QTemporaryDir dir;
    const QString handbookPath = dir.filePath(QStringLiteral("dictionary.txt"));
    const QString personalPath = dir.filePath(QStringLiteral("personal.txt"));
    const auto words = SpellingWords::open(handbookPath, personalPath);
    QVERIFY(words->add(QStringLiteral("serivices"), Scope::Session));
    QVERIFY(words->accepts(QStringLiteral("serivices")));
    QCOMPARE(words->words(Scope::Session), QStringList{"serivices"});
    QVERIFY(words->snapshot().dictionaryWords.isEmpty()); // not a word to suggest
    QVERIFY(!QFile::exists(handbookPath));
    QVERIFY(!QFile::exists(personalPath));
    QVERIFY(!SpellingWords::open(handbookPath, personalPath)->accepts("serivices"));
    QVERIFY(!words->add(QStringLiteral("two words"), Scope::Session));

    // Without files, only the session list works.
    SpellingWords none;
    QVERIFY(!none.add(QStringLiteral("word"), Scope::Handbook));
    QVERIFY(none.add(QStringLiteral("word"), Scope::Session));
}

void TestSpellingWords::brokenListIsReportedAndNeverOverwritten()
{
    QTemporaryDir dir;
    const QString handbookPath = dir.filePath(QStringLiteral("dictionary.txt"));
    QVERIFY(Test::writeFile(handbookPath, "caf\xE9\n"));
    QList<Error> problems;
    const auto words = SpellingWords::open(handbookPath, QString(), &problems);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().domain, ErrorDomain::Encoding);
    QVERIFY(!words->add(QStringLiteral("word"), Scope::Handbook));
    QCOMPARE(Test::readFile(handbookPath), QByteArray("caf\xE9\n"));
    QVERIFY(!words->add(QStringLiteral("word"), Scope::Personal)); // no personal file given
}

void TestSpellingWords::listPaths()
{
    QTemporaryDir dir;
    auto settings = Propose::HandbookSettings::parse("labels: []\n", dir.path());
    QVERIFY(settings);
    QCOMPARE(SpellingWords::handbookListPath(dir.path(), *settings),
             dir.path() + QStringLiteral("/.folio/dictionary.txt"));
    settings = Propose::HandbookSettings::parse("dictionary: docs/words.txt\n", dir.path());
    QVERIFY(settings);
    QCOMPARE(SpellingWords::handbookListPath(dir.path(), *settings),
             dir.path() + QStringLiteral("/docs/words.txt"));
    QCOMPARE(SpellingWords::personalListPath(),
             QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                 QStringLiteral("/dictionary.txt"));
}

QTEST_GUILESS_MAIN(TestSpellingWords)
#include "tst_spellingwords.moc"
