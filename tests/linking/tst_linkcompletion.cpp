#include "handbook/handbook.h"
#include "linking/linkcompletion.h"
#include "testsupport.h"
#include "workspace/pageindexer.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Folio;
using Linking::CompletionContext;
using Linking::CompletionItem;
using Linking::LinkCompletion;

namespace {

QStringList inserts(const QList<CompletionItem> &items)
{
    QStringList list;
    for (const CompletionItem &item : items)
        list.append(item.insertText);
    return list;
}

} // namespace

class TestLinkCompletion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void detectsWhatToComplete_data();
    void detectsWhatToComplete();
    void offersPagesByUrlThenByTitle();
    void offersTheHeadingsOfTheLinkedPage();

private:
    QTemporaryDir m_dir;
    LinkCompletion m_completion;
};

void TestLinkCompletion::initTestCase()
{
    QVERIFY(Test::writeFile(m_dir.filePath(QStringLiteral("content/handbook/_index.md")),
                            "---\ntitle: Handbook\n---\n# Handbook\n"));
    QVERIFY(Test::writeFile(m_dir.filePath(QStringLiteral("content/handbook/sales/_index.md")),
                            "---\ntitle: Sales\n---\n## Quota setting\n\n## Territories\n\n"
                            "## Deal desk {#desk}\n"));
    QVERIFY(
        Test::writeFile(m_dir.filePath(QStringLiteral("content/handbook/sales/discovery-calls.md")),
                        "---\ntitle: Discovery Calls\n---\n## Before the call\n"));
    QVERIFY(Test::writeFile(
        m_dir.filePath(QStringLiteral("content/handbook/solutions-architects/_index.md")),
        "---\ntitle: Solutions Architects\n---\n## Engagement\n"));
    auto handbook = Handbook::Handbook::open(m_dir.path());
    QVERIFY(handbook);
    m_completion = LinkCompletion(Workspace::PageIndexer::build(*handbook));
    QCOMPARE(m_completion.index().size(), 4);
}

void TestLinkCompletion::detectsWhatToComplete_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("start");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("pageTarget");
    const int none = int(CompletionContext::Kind::None);
    const int page = int(CompletionContext::Kind::Page);
    const int heading = int(CompletionContext::Kind::Heading);

    QTest::newRow("handbook url") << "See [sales](/handbook/" << page << 12 << "/handbook/"
                                  << "";
    QTest::newRow("partial url") << "[x](/handbook/sa" << page << 4 << "/handbook/sa"
                                 << "";
    QTest::newRow("slash only") << "[x](/" << page << 4 << "/"
                                << "";
    QTest::newRow("anchor of a page") << "[x](/handbook/sales/#quo" << heading << 21 << "quo"
                                      << "/handbook/sales/";
    QTest::newRow("own anchor") << "Read [below](#" << heading << 14 << ""
                                << "";
    QTest::newRow("relative page anchor") << "[x](../sales/#t" << heading << 14 << "t"
                                          << "../sales/";
    QTest::newRow("second link on the line")
        << "[a](/a/) and [b](/handbook/d" << page << 17 << "/handbook/d"
        << "";
    QTest::newRow("closed link") << "[x](/handbook/sales/)" << none << -1 << ""
                                 << "";
    QTest::newRow("after the link") << "[x](/handbook/) more" << none << -1 << ""
                                    << "";
    QTest::newRow("image") << "![shot](/ima" << none << -1 << ""
                           << "";
    QTest::newRow("external") << "[x](https://example.com/" << none << -1 << ""
                              << "";
    QTest::newRow("external anchor") << "[x](https://example.com/#a" << none << -1 << ""
                                     << "";
    QTest::newRow("protocol relative") << "[x](//cdn" << none << -1 << ""
                                       << "";
    QTest::newRow("no opening bracket") << "x](/handbook/" << none << -1 << ""
                                        << "";
    QTest::newRow("relative without anchor") << "[x](sales/" << none << -1 << ""
                                             << "";
    QTest::newRow("plain text") << "just /handbook/ text" << none << -1 << ""
                                << "";
}

void TestLinkCompletion::detectsWhatToComplete()
{
    QFETCH(QString, line);
    QFETCH(int, kind);
    QFETCH(int, start);
    QFETCH(QString, typed);
    QFETCH(QString, pageTarget);
    const CompletionContext context = LinkCompletion::contextAt(line);
    QCOMPARE(int(context.kind), kind);
    if (context.kind == CompletionContext::Kind::None)
        return;
    QCOMPARE(context.start, start);
    QCOMPARE(context.typed, typed);
    QCOMPARE(line.mid(context.start), typed); // what a choice replaces is what was typed
    QCOMPARE(context.pageTarget, pageTarget);
}

void TestLinkCompletion::offersPagesByUrlThenByTitle()
{
    // Everything under /handbook/, by URL.
    QList<CompletionItem> items = m_completion.pages(u"/handbook/");
    QCOMPARE(inserts(items),
             (QStringList{QStringLiteral("/handbook/"), QStringLiteral("/handbook/sales/"),
                          QStringLiteral("/handbook/sales/discovery-calls/"),
                          QStringLiteral("/handbook/solutions-architects/")}));
    QCOMPARE(items[1].label, QStringLiteral("Sales"));
    QCOMPARE(items[1].detail, QStringLiteral("/handbook/sales/"));

    // Narrowed by the URL as typed, those first; then title matches ("Solutions Architects"
    // has the letters s, a as word starts).
    QCOMPARE(inserts(m_completion.pages(u"/handbook/sa")),
             (QStringList{QStringLiteral("/handbook/sales/"),
                          QStringLiteral("/handbook/sales/discovery-calls/"),
                          QStringLiteral("/handbook/solutions-architects/")}));
    QCOMPARE(m_completion.pages(u"/handbook/sales/d").first().insertText,
             QStringLiteral("/handbook/sales/discovery-calls/"));
    // A title that is not a URL prefix still finds its page.
    items = m_completion.pages(u"/handbook/disc");
    QVERIFY(!items.isEmpty());
    QCOMPARE(items.first().insertText, QStringLiteral("/handbook/sales/discovery-calls/"));
    QCOMPARE(items.first().label, QStringLiteral("Discovery Calls"));
    items = m_completion.pages(u"/handbook/architects");
    QCOMPARE(inserts(items), QStringList{QStringLiteral("/handbook/solutions-architects/")});
    QVERIFY(m_completion.pages(u"/handbook/zzzq").isEmpty());
}

void TestLinkCompletion::offersTheHeadingsOfTheLinkedPage()
{
    const QString from = QStringLiteral("content/handbook/sales/discovery-calls.md");
    const QString sales = m_completion.pageFor(QStringLiteral("/handbook/sales/"), from);
    QCOMPARE(sales, QStringLiteral("content/handbook/sales/_index.md"));
    QCOMPARE(m_completion.pageFor(QStringLiteral("../"), from), sales); // relative to its URL
    QCOMPARE(m_completion.pageFor(QString(), from), from);
    QVERIFY(m_completion.pageFor(QStringLiteral("/handbook/nowhere/"), from).isEmpty());

    const QList<Workspace::PageHeading> outline = m_completion.index().outline(sales);
    QList<CompletionItem> items = LinkCompletion::headings(outline, u"");
    QCOMPARE(inserts(items), (QStringList{QStringLiteral("quota-setting"),
                                          QStringLiteral("territories"), QStringLiteral("desk")}));
    QCOMPARE(items[0].label, QStringLiteral("Quota setting"));
    QCOMPARE(items[2].label, QStringLiteral("Deal desk"));
    QCOMPARE(items[2].detail, QStringLiteral("#desk"));
    // Filtered by id or text, prefixes first.
    QCOMPARE(inserts(LinkCompletion::headings(outline, u"de")),
             QStringList{QStringLiteral("desk")});
    QCOMPARE(inserts(LinkCompletion::headings(outline, u"T")),
             (QStringList{QStringLiteral("territories"), QStringLiteral("quota-setting")}));
}

QTEST_GUILESS_MAIN(TestLinkCompletion)
#include "tst_linkcompletion.moc"
