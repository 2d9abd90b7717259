#include "editing/textsearch.h"

#include <QTest>

using namespace Folio;
using namespace Qt::StringLiterals;
using Editing::SearchOptions;
using Editing::TextMatch;
using Editing::TextSearch;

Q_DECLARE_METATYPE(Folio::Editing::SearchOptions)

class TestTextSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsMatches_data();
    void findsMatches();
    void invalidRegularExpressionSaysWhere();
    void emptyQueryIsAnError();
    void replaceAllIsOneEdit();
    void regularExpressionReplacementUsesGroups();
    void replaceAllWithoutMatchesChangesNothing();
};

void TestTextSearch::findsMatches_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("query");
    QTest::addColumn<SearchOptions>("options");
    QTest::addColumn<QList<qsizetype>>("starts");
    QTest::newRow("ignores case") << u"The cat, the hat"_s << u"the"_s << SearchOptions{}
                                  << QList<qsizetype>{0, 9};
    QTest::newRow("match case") << u"The cat, the hat"_s << u"the"_s
                                << SearchOptions{true, false, false} << QList<qsizetype>{9};
    QTest::newRow("whole word") << u"cat concat cat."_s << u"cat"_s
                                << SearchOptions{false, true, false} << QList<qsizetype>{0, 11};
    QTest::newRow("plain text is not a pattern")
        << u"axb a.b"_s << u"a.b"_s << SearchOptions{} << QList<qsizetype>{4};
    QTest::newRow("regular expression")
        << u"axb a.b"_s << u"a.b"_s << SearchOptions{false, false, true} << QList<qsizetype>{0, 4};
    QTest::newRow("empty matches are left out")
        << u"axxb"_s << u"x*"_s << SearchOptions{false, false, true} << QList<qsizetype>{1};
    QTest::newRow("non-ASCII ignoring case")
        << u"Ärger ärger"_s << u"ärger"_s << SearchOptions{} << QList<qsizetype>{0, 6};
}

void TestTextSearch::findsMatches()
{
    QFETCH(QString, text);
    QFETCH(QString, query);
    QFETCH(SearchOptions, options);
    QFETCH(QList<qsizetype>, starts);
    const Result<TextSearch> search = TextSearch::create(query, options);
    QVERIFY(search);
    QList<qsizetype> found;
    for (const TextMatch &match : search->findAll(text))
        found.append(match.start);
    QCOMPARE(found, starts);
}

void TestTextSearch::invalidRegularExpressionSaysWhere()
{
    const Result<TextSearch> search = TextSearch::create(u"ab(c"_s, {false, false, true});
    QVERIFY(!search);
    QCOMPARE(search.error().domain, ErrorDomain::Search);
    QVERIFY(!search.error().message.isEmpty());
    QCOMPARE(search.error().column, 5);
    // The same text as plain text is fine.
    QVERIFY(TextSearch::create(u"ab(c"_s, {}));
}

void TestTextSearch::emptyQueryIsAnError()
{
    QVERIFY(!TextSearch::create(QString(), {}));
}

void TestTextSearch::replaceAllIsOneEdit()
{
    const QString text = u"intro cat concat cat outro"_s;
    const Result<TextSearch> search = TextSearch::create(u"cat"_s, {});
    QVERIFY(search);
    qsizetype count = 0;
    const Document::TextEdit edit = search->replaceAll(text, u"dog"_s, &count);
    QCOMPARE(count, 3);
    QCOMPARE(edit.appliedTo(text), u"intro dog condog dog outro"_s);
    // Only the span from the first to the last match is replaced.
    QCOMPARE(edit.start, 6);
    QCOMPARE(edit.start + edit.length, 20);
}

void TestTextSearch::regularExpressionReplacementUsesGroups()
{
    const QString text = u"see [Home](/handbook/) and [Sales](/sales/)"_s;
    const Result<TextSearch> search =
        TextSearch::create(uR"(\[(\w+)\]\(([^)]+)\))"_s, {false, false, true});
    QVERIFY(search);
    const Document::TextEdit edit = search->replaceAll(text, uR"($2 \1 $$)"_s);
    QCOMPARE(edit.appliedTo(text), u"see /handbook/ Home $ and /sales/ Sales $"_s);
    const QList<TextMatch> matches = search->findAll(text);
    QCOMPARE(matches.size(), 2);
    QCOMPARE(search->replacementFor(text, matches[1], u"<$1>"_s), u"<Sales>"_s);
}

void TestTextSearch::replaceAllWithoutMatchesChangesNothing()
{
    const Result<TextSearch> search = TextSearch::create(u"zebra"_s, {});
    QVERIFY(search);
    qsizetype count = -1;
    QVERIFY(search->replaceAll(u"no stripes here"_s, u"x"_s, &count).isNoOp());
    QCOMPARE(count, 0);
}

QTEST_GUILESS_MAIN(TestTextSearch)
#include "tst_textsearch.moc"
