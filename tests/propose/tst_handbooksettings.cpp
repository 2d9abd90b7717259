#include "propose/handbooksettings.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Folio;
using Folio::Propose::HandbookSettings;
using Problem = HandbookSettings::Problem;

namespace {

// "line:column:code" for compact comparisons.
QString position(const Error &error)
{
    return QStringLiteral("%1:%2:%3").arg(error.line).arg(error.column).arg(error.code);
}

QString problemCode(int line, int column, Problem problem)
{
    return QStringLiteral("%1:%2:%3").arg(line).arg(column).arg(static_cast<int>(problem));
}

QStringList positions(const QList<Error> &errors)
{
    QStringList result;
    for (const Error &error : errors)
        result.append(position(error));
    return result;
}

const QByteArray ValidFile = "# Proposing changes\n"
                             "target_branch: main\n"
                             "labels: [SA-HANDBOOK, \"Solutions Architects\"]\n"
                             "reviewers:\n"
                             "  - \"@alice\"\n"
                             "  - bob.smith\n"
                             "assignees: [carol]\n"
                             "announcement: |\n"
                             "  Hi {team_handle}!\n"
                             "  {title}: {mr_url}\n"
                             "dictionary: ./dictionaries/../handbook.dic\n"
                             "offer_branch_on_default: no\n"
                             "team_handle: \"@sa_leaders\"\n"
                             "remove_source_branch: false\n"
                             "draft: true\n"
                             "spelling_language: en-GB\n";

} // namespace

class TestHandbookSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void load_data();
    void load();
    void readsEveryField();
    void defaultsWithoutFile();
    void syntaxErrorAdvisesQuotes();
    void unknownKeyMessages_data();
    void unknownKeyMessages();
    void refusesDictionaryThroughSymlink();
    void refusesHugeFile();
    void refusesFolderInsteadOfFile();
};

void TestHandbookSettings::load_data()
{
    QTest::addColumn<bool>("fileExists");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");        // "line:column:code" of a fatal error, or ""
    QTest::addColumn<QStringList>("problems"); // "line:column:code" of each problem
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<QString>("targetBranch");
    QTest::addColumn<QString>("announcement");

    const QStringList defaultLabels{QStringLiteral("SA-HANDBOOK")};
    const QString noError;
    const QStringList none;
    const auto yamlError = [](int line, int column) {
        return QStringLiteral("%1:%2:0").arg(line).arg(column);
    };

    QTest::newRow("valid file") << true << ValidFile << noError << none
                                << QStringList{"SA-HANDBOOK", "Solutions Architects"} << "main"
                                << "Hi {team_handle}!\n{title}: {mr_url}";
    QTest::newRow("no file") << false << QByteArray() << noError << none << defaultLabels << ""
                             << "";
    QTest::newRow("empty file") << true << QByteArray() << noError << none << defaultLabels << ""
                                << "";
    QTest::newRow("only comments")
        << true << QByteArray("# nothing yet\n") << noError << none << defaultLabels << ""
        << "";
    QTest::newRow("syntax error: unclosed list")
        << true << QByteArray("target_branch: main\nlabels: [a, b\n") << yamlError(3, 1) << none
        << none << ""
        << "";
    QTest::newRow("syntax error: bad indentation")
        << true << QByteArray("labels:\n  - a\n - b\n") << yamlError(3, 2) << none << none << ""
        << "";
    QTest::newRow("syntax error: unquoted @")
        << true << QByteArray("draft: true\nteam_handle: @sa_leaders\n") << yamlError(2, 14) << none
        << none << ""
        << "";
    QTest::newRow("not a mapping") << true << QByteArray("- labels\n- draft\n")
                                   << problemCode(1, 1, Problem::NotAMapping) << none << none << ""
                                   << "";
    QTest::newRow("wrong types keep the valid fields")
        << true
        << QByteArray("labels: 5\n"
                      "target_branch: [main]\n"
                      "draft: maybe\n"
                      "reviewers: {alice: yes}\n"
                      "announcement: Hello {title}\n")
        << noError
        << QStringList{problemCode(1, 9, Problem::WrongType),
                       problemCode(2, 16, Problem::WrongType),
                       problemCode(3, 8, Problem::WrongType),
                       problemCode(4, 12, Problem::WrongType)}
        << defaultLabels << ""
        << "Hello {title}";
    QTest::newRow("list items of the wrong type")
        << true << QByteArray("labels:\n  - docs\n  - [nested]\n  - \"\"\n  - docs\n") << noError
        << QStringList{problemCode(3, 5, Problem::WrongType),
                       problemCode(4, 5, Problem::InvalidValue)}
        << QStringList{"docs"} << ""
        << "";
    QTest::newRow("empty list means no labels")
        << true << QByteArray("labels: []\n") << noError << none << QStringList() << ""
        << "";
    QTest::newRow("unknown key with suggestion")
        << true << QByteArray("lables: [docs]\ntarget_branch: main\n") << noError
        << QStringList{problemCode(1, 1, Problem::UnknownKey)} << defaultLabels << "main"
        << "";
    QTest::newRow("duplicate key: the first counts")
        << true << QByteArray("target_branch: main\ntarget_branch: develop\n") << noError
        << QStringList{problemCode(2, 1, Problem::DuplicateKey)} << defaultLabels << "main"
        << "";
    QTest::newRow("dictionary escaping the root")
        << true << QByteArray("draft: false\ndictionary: ../../etc/words\n") << noError
        << QStringList{problemCode(2, 13, Problem::OutsideRoot)} << defaultLabels << ""
        << "";
    QTest::newRow("absolute dictionary")
        << true << QByteArray("dictionary: /usr/share/dict/words\n") << noError
        << QStringList{problemCode(1, 13, Problem::OutsideRoot)} << defaultLabels << ""
        << "";
    QTest::newRow("dictionary in the home folder")
        << true << QByteArray("dictionary: ~/words.dic\n") << noError
        << QStringList{problemCode(1, 13, Problem::OutsideRoot)} << defaultLabels << ""
        << "";
    QTest::newRow("invalid target branch")
        << true << QByteArray("target_branch: my branch\n") << noError
        << QStringList{problemCode(1, 16, Problem::InvalidValue)} << defaultLabels << ""
        << "";
    QTest::newRow("spelling language: a name, not a tag")
        << true << QByteArray("spelling_language: English (US)\nlabels: [docs]\n") << noError
        << QStringList{problemCode(1, 20, Problem::InvalidValue)} << QStringList{"docs"} << ""
        << "";
    QTest::newRow("spelling language: a list")
        << true << QByteArray("spelling_language: [en, de]\n") << noError
        << QStringList{problemCode(1, 20, Problem::WrongType)} << defaultLabels << ""
        << "";
    QTest::newRow("spelling language: tags")
        << true << QByteArray("spelling_language: de_DE_frami\n") << noError << none
        << defaultLabels << ""
        << "";
    QTest::newRow("invalid user name")
        << true << QByteArray("reviewers: [alice, \"bob smith\"]\n") << noError
        << QStringList{problemCode(1, 20, Problem::InvalidValue)} << defaultLabels << ""
        << "";
    QTest::newRow("CRLF file")
        << true
        << QByteArray("target_branch: main\r\nlabels: [docs]\r\nannouncement: |\r\n  Hi\r\n  "
                      "{mr_url}\r\nlables: x\r\n")
        << noError << QStringList{problemCode(6, 1, Problem::UnknownKey)} << QStringList{"docs"}
        << "main"
        << "Hi\n{mr_url}";
    QTest::newRow("BOM") << true
                         << QByteArray(
                                "\xEF\xBB\xBFtarget_branch: main\nlabels: [docs]\ndraft: 3\n")
                         << noError << QStringList{problemCode(3, 8, Problem::WrongType)}
                         << QStringList{"docs"} << "main"
                         << "";
    QTest::newRow("not UTF-8") << true << QByteArray("labels: [caf\xE9]\n")
                               << QStringLiteral("0:0:0") << none << none << ""
                               << "";
}

void TestHandbookSettings::load()
{
    QFETCH(bool, fileExists);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    QFETCH(QStringList, problems);
    QFETCH(QStringList, labels);
    QFETCH(QString, targetBranch);
    QFETCH(QString, announcement);

    QTemporaryDir root;
    QVERIFY(root.isValid());
    if (fileExists)
        QVERIFY(Test::writeFile(root.filePath(HandbookSettings::FileName), bytes));

    const auto settings = HandbookSettings::load(root.path());
    if (!error.isEmpty()) {
        QVERIFY2(!settings, "a fatal error was expected");
        QCOMPARE(position(settings.error()), error);
        QVERIFY(!settings.error().message.isEmpty());
        return;
    }
    QVERIFY2(settings, qPrintable(settings ? QString() : settings.error().toString()));
    QStringList messages;
    for (const Error &problem : settings->problems()) {
        messages.append(problem.toString());
        QCOMPARE(problem.domain, ErrorDomain::Proposal);
    }
    QVERIFY2(positions(settings->problems()) == problems, qPrintable(messages.join(u'\n')));
    QCOMPARE(settings->labels(), labels);
    QCOMPARE(settings->targetBranch(), targetBranch);
    QCOMPARE(settings->announcement(), announcement);
}

void TestHandbookSettings::readsEveryField()
{
    QTemporaryDir root;
    QVERIFY(Test::writeFile(root.filePath(HandbookSettings::FileName), ValidFile));
    const auto settings = HandbookSettings::load(root.path());
    QVERIFY(settings);
    QVERIFY(settings->problems().isEmpty());
    QCOMPARE(settings->reviewers(), QStringList({"alice", "bob.smith"}));
    QCOMPARE(settings->assignees(), QStringList({"carol"}));
    QCOMPARE(settings->dictionary(), QStringLiteral("handbook.dic"));
    QCOMPARE(settings->offerBranchOnDefault(), false);
    QCOMPARE(settings->teamHandle(), QStringLiteral("@sa_leaders"));
    QCOMPARE(settings->removeSourceBranch(), false);
    QCOMPARE(settings->draft(), true);
    QCOMPARE(settings->spellingLanguage(), QStringLiteral("en-GB"));

    // A handle typed without '@' (YAML needs quotes around one with it) still mentions.
    const auto bare = HandbookSettings::parse("team_handle: sa_leaders\n");
    QVERIFY(bare);
    QCOMPARE(bare->teamHandle(), QStringLiteral("@sa_leaders"));
}

void TestHandbookSettings::defaultsWithoutFile()
{
    const HandbookSettings settings;
    QCOMPARE(settings.targetBranch(), QString());
    QCOMPARE(settings.labels(), QStringList{"SA-HANDBOOK"});
    QVERIFY(settings.reviewers().isEmpty());
    QVERIFY(settings.assignees().isEmpty());
    QCOMPARE(settings.announcement(), QString());
    QCOMPARE(settings.dictionary(), QString());
    QCOMPARE(settings.offerBranchOnDefault(), true);
    QCOMPARE(settings.teamHandle(), QString());
    QCOMPARE(settings.removeSourceBranch(), true);
    QCOMPARE(settings.draft(), false);
    QCOMPARE(settings.spellingLanguage(), QString());
    QVERIFY(settings.problems().isEmpty());
}

void TestHandbookSettings::syntaxErrorAdvisesQuotes()
{
    const auto settings = HandbookSettings::parse("team_handle: @sa_leaders\n");
    QVERIFY(!settings);
    QCOMPARE(settings.error().domain, ErrorDomain::Yaml);
    QVERIFY2(settings.error().message.contains(QLatin1String("\"@name\"")),
             qPrintable(settings.error().message));
    QVERIFY(settings.error().toString().startsWith(QLatin1String("line 1, column 14: ")));
}

void TestHandbookSettings::unknownKeyMessages_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("message");
    QTest::newRow("swapped letters")
        << QByteArray("lables: []\n")
        << QStringLiteral("unknown key \"lables\"; did you mean \"labels\"?");
    QTest::newRow("singular") << QByteArray("reviewer: [a]\n")
                              << QStringLiteral("unknown key \"reviewer\"; did you mean "
                                                "\"reviewers\"?");
    QTest::newRow("dashes") << QByteArray("target-branch: main\n")
                            << QStringLiteral("unknown key \"target-branch\"; did you mean "
                                              "\"target_branch\"?");
    QTest::newRow("spelling") << QByteArray("speling_language: de\n")
                              << QStringLiteral("unknown key \"speling_language\"; did you mean "
                                                "\"spelling_language\"?");
    QTest::newRow("capitals") << QByteArray("Draft: true\n")
                              << QStringLiteral("unknown key \"Draft\"; did you mean \"draft\"?");
    QTest::newRow("nothing close")
        << QByteArray("colour: blue\n")
        << QStringLiteral("unknown key \"colour\"; known keys: target_branch, labels, reviewers, "
                          "assignees, announcement, dictionary, spelling_language, "
                          "offer_branch_on_default, "
                          "team_handle, remove_source_branch, draft");
}

void TestHandbookSettings::unknownKeyMessages()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, message);
    const auto settings = HandbookSettings::parse(yaml);
    QVERIFY(settings);
    QCOMPARE(settings->problems().size(), 1);
    QCOMPARE(settings->problems().first().code, static_cast<int>(Problem::UnknownKey));
    QCOMPARE(settings->problems().first().message, message);
}

void TestHandbookSettings::refusesDictionaryThroughSymlink()
{
    QTemporaryDir outside;
    QTemporaryDir root;
    QVERIFY(Test::writeFile(outside.filePath(QStringLiteral("words.dic")), "secret\n"));
    QVERIFY(QFile::link(outside.path(), root.filePath(QStringLiteral("elsewhere"))));
    QVERIFY(Test::writeFile(root.filePath(QStringLiteral("dict/handbook.dic")), "words\n"));

    const auto escaping = HandbookSettings::parse("dictionary: elsewhere/words.dic\n", root.path());
    QVERIFY(escaping);
    QCOMPARE(escaping->dictionary(), QString());
    QCOMPARE(positions(escaping->problems()),
             QStringList{problemCode(1, 13, Problem::OutsideRoot)});

    const auto inside = HandbookSettings::parse("dictionary: dict\\handbook.dic\n", root.path());
    QVERIFY(inside);
    QVERIFY(inside->problems().isEmpty());
    QCOMPARE(inside->dictionary(), QStringLiteral("dict/handbook.dic"));
}

void TestHandbookSettings::refusesHugeFile()
{
    QTemporaryDir root;
    QByteArray huge = "labels: [docs]\n";
    huge += QByteArray(HandbookSettings::MaximumSize, '#');
    QVERIFY(Test::writeFile(root.filePath(HandbookSettings::FileName), huge));
    const auto settings = HandbookSettings::load(root.path());
    QVERIFY(!settings);
    QCOMPARE(settings.error().domain, ErrorDomain::File);

    // Hostile nesting is refused before yaml-cpp can overflow the stack.
    const auto deep = HandbookSettings::parse("labels: " + QByteArray(10000, '[') + "\n");
    QVERIFY(!deep);
}

void TestHandbookSettings::refusesFolderInsteadOfFile()
{
    QTemporaryDir root;
    QVERIFY(QDir(root.path()).mkdir(HandbookSettings::FileName));
    QVERIFY(!HandbookSettings::load(root.path()));
}

QTEST_GUILESS_MAIN(TestHandbookSettings)
#include "tst_handbooksettings.moc"
