#include "checks/frontmatterchecker.h"
#include "checks/frontmatterschemalearner.h"
#include "document/page.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QTest>

using namespace Folio;
using namespace Folio::Checks;

namespace {

QString page(const QString &yaml)
{
    return u"---\n" + yaml + u"---\nbody\n";
}

QStringList keysOf(const QList<Problem> &problems)
{
    QStringList keys;
    for (const Problem &problem : problems)
        keys.append(problem.key + u':' + severityName(problem.severity));
    return keys;
}

} // namespace

class TestFrontMatterSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInSchemaPerEra();
    void learnsLayoutValues();
    void learnsTypes();
    void nearMissKeys_data();
    void nearMissKeys();
    void checksAPage();
    void checksTheCorpus();
};

void TestFrontMatterSchema::builtInSchemaPerEra()
{
    const auto middleman = FrontMatterSchema::builtIn(Handbook::Era::Middleman);
    QCOMPARE(middleman.field(QStringLiteral("title"))->requirement, FieldRequirement::Required);
    QCOMPARE(middleman.field(QStringLiteral("description"))->requirement,
             FieldRequirement::Recommended);
    QCOMPARE(middleman.field(QStringLiteral("layout"))->requirement, FieldRequirement::Recommended);
    QVERIFY(!middleman.field(QStringLiteral("toc_hide")));
    const auto hugo = FrontMatterSchema::builtIn(Handbook::Era::Hugo);
    QVERIFY(!hugo.field(QStringLiteral("layout")));
    QCOMPARE(hugo.field(QStringLiteral("toc_hide"))->type, FieldType::Boolean);
    QCOMPARE(hugo.field(QStringLiteral("aliases"))->type, FieldType::List);
    QCOMPARE(hugo.fields().first().key, QStringLiteral("title"));
    const auto mixed = FrontMatterSchema::builtIn(Handbook::Era::Mixed);
    QCOMPARE(mixed.field(QStringLiteral("layout"))->requirement, FieldRequirement::Optional);
    QVERIFY(mixed.field(QStringLiteral("toc_hide")));
}

void TestFrontMatterSchema::learnsLayoutValues()
{
    FrontMatterSchemaLearner learner(Handbook::Era::Middleman);
    for (int i = 0; i < 4; ++i)
        learner.addPage(page(QStringLiteral("layout: handbook-page-toc\ntitle: Page %1\n").arg(i)));
    learner.addPage(page(QStringLiteral("layout: markdown_page\ntitle: A\n")));
    learner.addPage(page(QStringLiteral("layout: \"markdown_page\"\ntitle: B\n")));
    learner.addPage(page(QStringLiteral("layout: handbok-page-toc\ntitle: C\n")));
    learner.addPage(page(QStringLiteral("title: [broken\n"))); // teaches nothing
    QCOMPARE(learner.pageCount(), 7);
    const FrontMatterSchema schema = learner.schema();
    const FieldSpec *layout = schema.field(QStringLiteral("layout"));
    QVERIFY(layout);
    QCOMPARE(layout->pageCount, 7);
    QCOMPARE(layout->allowedValues,
             QStringList({QStringLiteral("handbook-page-toc"), QStringLiteral("markdown_page")}));
    QVERIFY(schema.field(QStringLiteral("title"))->allowedValues.isEmpty());

    const auto problems = FrontMatterChecker::check(
        page(QStringLiteral("layout: handbok-page-toc\ntitle: C\ndescription: d\n")), schema);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().severity, Severity::Info);
    QCOMPARE(problems.first().line, 2);
    QVERIFY(problems.first().message.contains(u"handbook-page-toc, markdown_page"));
}

void TestFrontMatterSchema::learnsTypes()
{
    FrontMatterSchemaLearner learner(Handbook::Era::Plain);
    learner.addPage(page(QStringLiteral(
        "title: A\nhidden: true\nreviewers: [a, b]\nstarted: \"2025-05-08\"\norder: 3\n"
        "nav:\n  main: x\nmixed: text\n")));
    learner.addPage(page(QStringLiteral(
        "title: B\nhidden: false\nreviewers:\n  - c\nstarted: 2024-01-01\norder: -1\n"
        "mixed: [a]\nempty:\n")));
    const FrontMatterSchema schema = learner.schema();
    QCOMPARE(schema.field(QStringLiteral("hidden"))->type, FieldType::Boolean);
    QCOMPARE(schema.field(QStringLiteral("reviewers"))->type, FieldType::List);
    QCOMPARE(schema.field(QStringLiteral("started"))->type, FieldType::Date);
    QCOMPARE(schema.field(QStringLiteral("order"))->type, FieldType::Number);
    QCOMPARE(schema.field(QStringLiteral("nav"))->type, FieldType::Mapping);
    QCOMPARE(schema.field(QStringLiteral("mixed"))->type, FieldType::Any);
    QCOMPARE(schema.field(QStringLiteral("empty"))->type, FieldType::Any);
    QCOMPARE(schema.field(QStringLiteral("hidden"))->pageCount, 2);

    const auto problems = FrontMatterChecker::check(
        page(QStringLiteral("title: C\ndescription: d\nhidden: \"yes\"\nreviewers: x\n")), schema);
    QCOMPARE(keysOf(problems),
             QStringList({QStringLiteral("hidden:warning"), QStringLiteral("reviewers:warning")}));
    QVERIFY(problems.first().message.contains(u"true or false"));
}

void TestFrontMatterSchema::nearMissKeys_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("suggestion");
    QTest::newRow("decription") << "decription"
                                << "description";
    QTest::newRow("Title") << "Title"
                           << "title";
    QTest::newRow("Description") << "Description"
                                 << "description";
    QTest::newRow("twitter_imag") << "twitter_imag"
                                  << "twitter_image";
    QTest::newRow("toc-hide") << "toc-hide"
                              << "toc_hide";
    QTest::newRow("aliase") << "aliase"
                            << "aliases";
    QTest::newRow("known key") << "description"
                               << "";
    QTest::newRow("unrelated") << "job"
                               << "";
    QTest::newRow("far") << "descr"
                         << "";
}

void TestFrontMatterSchema::nearMissKeys()
{
    QFETCH(QString, key);
    QFETCH(QString, suggestion);
    QCOMPARE(FrontMatterSchema::builtIn(Handbook::Era::Mixed).nearMiss(key), suggestion);
}

void TestFrontMatterSchema::checksAPage()
{
    const auto schema = FrontMatterSchema::builtIn(Handbook::Era::Hugo);
    const auto problems = FrontMatterChecker::check(
        page(QStringLiteral("Title: Nick's README\ndecription: Security\ntoc_hide: 1\n")), schema);
    QCOMPARE(keysOf(problems),
             QStringList({QStringLiteral("title:error"), QStringLiteral("description:info"),
                          QStringLiteral("Title:warning"), QStringLiteral("decription:warning"),
                          QStringLiteral("toc_hide:warning")}));
    QCOMPARE(problems[2].suggestions, QStringList{QStringLiteral("title")});
    QCOMPARE(problems[2].line, 2);
    QCOMPARE(problems[2].column, 1);
    QCOMPARE(problems[3].suggestions, QStringList{QStringLiteral("description")});

    const auto broken = FrontMatterChecker::check(page(QStringLiteral("title: [x\n")), schema);
    QCOMPARE(broken.size(), 1);
    QCOMPARE(broken.first().severity, Severity::Error);
    QVERIFY(broken.first().line >= 2);

    const auto empty = FrontMatterChecker::check(page(QStringLiteral("title: \"\"\n")), schema);
    QCOMPARE(keysOf(empty),
             QStringList({QStringLiteral("description:info"), QStringLiteral("title:error")}));
}

void TestFrontMatterSchema::checksTheCorpus()
{
    const QString corpus = Test::corpusDir();
    if (corpus.isEmpty())
        QSKIP("FOLIO_CORPUS_DIR is not set");
    QElapsedTimer timer;
    timer.start();
    struct Era
    {
        const char *folder;
        Handbook::Era era;
    };
    QStringList nearMisses;
    for (const Era &era :
         {Era{"middleman", Handbook::Era::Middleman}, Era{"hugo", Handbook::Era::Hugo}}) {
        QStringList texts;
        QDirIterator it(QDir(corpus).filePath(QString::fromLatin1(era.folder)), QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            auto page = Document::Page::load(it.next());
            QVERIFY(page);
            texts.append(page->text());
        }
        FrontMatterSchemaLearner learner(era.era);
        for (const QString &text : std::as_const(texts))
            learner.addPage(text);
        QCOMPARE(learner.pageCount(), 150);
        const FrontMatterSchema schema = learner.schema();
        if (era.era == Handbook::Era::Middleman) {
            const FieldSpec *layout = schema.field(QStringLiteral("layout"));
            QVERIFY(layout);
            QVERIFY(layout->allowedValues.contains(u"handbook-page-toc"));
            QVERIFY(layout->allowedValues.size() <= 4);
            qInfo("Middleman layouts: %s", qPrintable(layout->allowedValues.join(u", ")));
        }
        for (const QString &text : std::as_const(texts)) {
            for (const Problem &problem : FrontMatterChecker::check(text, schema)) {
                QVERIFY2(problem.severity != Severity::Error || problem.key == u"title",
                         qPrintable(problem.message));
                if (!problem.suggestions.isEmpty())
                    nearMisses.append(problem.key + u" -> " + problem.suggestions.first());
            }
        }
    }
    nearMisses.sort();
    QCOMPARE(nearMisses, QStringList({QStringLiteral("Description -> description"),
                                      QStringLiteral("Title -> title"),
                                      QStringLiteral("decription -> description")}));
    qInfo("300 pages learned and checked in %lld ms", timer.elapsed());
}

QTEST_GUILESS_MAIN(TestFrontMatterSchema)
#include "tst_frontmatterschema.moc"
