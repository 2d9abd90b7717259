#include "workspace/quickopenmatcher.h"

#include <QSet>
#include <QTest>

using namespace Folio::Workspace;

namespace {

QuickOpenMatcher handbookMatcher()
{
    return QuickOpenMatcher(QList<QuickOpenMatcher::Candidate>{
        {QStringLiteral("content/handbook/sales/_index.md"), QStringLiteral("Sales")},
        {QStringLiteral("content/handbook/solutions-architects/_index.md"),
         QStringLiteral("Solutions Architects")},
        {QStringLiteral("content/handbook/security/standards.md"),
         QStringLiteral("Security Standards")},
        {QStringLiteral("content/handbook/support/workflows/sla.md"), QStringLiteral("SLA")},
        {QStringLiteral("content/handbook/people-group/anti-harassment.md"),
         QStringLiteral("Anti-Harassment Policy")},
        {QStringLiteral("content/handbook/solutions-architects/demos/_index.md"),
         QStringLiteral("Demos")},
        {QStringLiteral("content/handbook/marketing/brand/index.md"), QStringLiteral("Brand")},
        {QStringLiteral("content/handbook/engineering/onboarding.md"), QString()},
    });
}

QStringList paths(const QList<QuickOpenMatch> &matches)
{
    QStringList list;
    for (const QuickOpenMatch &match : matches)
        list.append(match.path);
    return list;
}

} // namespace

class TestQuickOpenMatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void prefersTitleWordStarts();
    void matchesPathAcrossFolders();
    void exactTitleComesFirst();
    void isCaseInsensitiveAndIgnoresSpaces();
    void wordsMatchSeparately();
    void returnsPositionsForHighlighting();
    void tiesGoToTheShorterPath();
    void rejectsWhatDoesNotMatch();
};

void TestQuickOpenMatcher::prefersTitleWordStarts()
{
    const auto matches = handbookMatcher().match(u"sa");
    QVERIFY(matches.size() >= 2);
    // "Sales" is a title prefix; "Solutions Architects" has both word starts: both above
    // pages where s and a only meet inside words.
    const QStringList top = paths(matches.mid(0, 2));
    QVERIFY2(top.contains(QStringLiteral("content/handbook/solutions-architects/_index.md")),
             qPrintable(paths(matches).join(u'\n')));
    QVERIFY(top.contains(QStringLiteral("content/handbook/sales/_index.md")));
    const auto solArch = handbookMatcher().match(u"solarch");
    QCOMPARE(solArch.first().path,
             QStringLiteral("content/handbook/solutions-architects/_index.md"));
}

void TestQuickOpenMatcher::matchesPathAcrossFolders()
{
    const auto matches = handbookMatcher().match(u"hbsa");
    QVERIFY(!matches.isEmpty());
    QCOMPARE(matches.first().path,
             QStringLiteral("content/handbook/solutions-architects/_index.md"));
    const auto onboarding = handbookMatcher().match(u"eng/onb");
    QCOMPARE(onboarding.first().path, QStringLiteral("content/handbook/engineering/onboarding.md"));
}

void TestQuickOpenMatcher::exactTitleComesFirst()
{
    const auto matches = handbookMatcher().match(u"SLA");
    QCOMPARE(matches.first().title, QStringLiteral("SLA"));
    const auto demos = handbookMatcher().match(u"demos");
    QCOMPARE(demos.first().title, QStringLiteral("Demos"));
}

void TestQuickOpenMatcher::isCaseInsensitiveAndIgnoresSpaces()
{
    const auto matches = handbookMatcher().match(u"SECURITY stand");
    QCOMPARE(matches.first().path, QStringLiteral("content/handbook/security/standards.md"));
}

// What people type: the start of each word. Each word is matched on its own, anywhere in the
// title or the path, and every word must match.
void TestQuickOpenMatcher::wordsMatchSeparately()
{
    const auto matches = handbookMatcher().match(u"sa arch");
    QVERIFY(!matches.isEmpty());
    QCOMPARE(matches.first().title, QStringLiteral("Solutions Architects"));
    for (const QuickOpenMatch &match : matches)
        QVERIFY2(match.title != u"Sales", "every word must match");
    // Highlighted: both words' letters, in order, no duplicates.
    const QList<int> positions = matches.first().titlePositions;
    QVERIFY(positions.contains(10)); // the A of Architects
    QVERIFY(std::is_sorted(positions.cbegin(), positions.cend()));
    QCOMPARE(QSet<int>(positions.cbegin(), positions.cend()).size(), positions.size());
    // A word found only in the folders still counts.
    QCOMPARE(handbookMatcher().match(u"solutions demos").first().path,
             QStringLiteral("content/handbook/solutions-architects/demos/_index.md"));
}

void TestQuickOpenMatcher::returnsPositionsForHighlighting()
{
    const auto matches = handbookMatcher().match(u"anha");
    QCOMPARE(matches.first().title, QStringLiteral("Anti-Harassment Policy"));
    QCOMPARE(matches.first().titlePositions, (QList<int>{0, 1, 5, 6}));
    for (const QuickOpenMatch &match : matches) {
        for (const int p : match.pathPositions)
            QVERIFY(p >= 0 && p < match.path.size());
    }
}

void TestQuickOpenMatcher::tiesGoToTheShorterPath()
{
    const QuickOpenMatcher matcher(QList<QuickOpenMatcher::Candidate>{
        {QStringLiteral("content/b/long-folder/x.md"), QString()},
        {QStringLiteral("content/a/x.md"), QString()}});
    const auto matches = matcher.match(u"x.md");
    QCOMPARE(paths(matches), (QStringList{QStringLiteral("content/a/x.md"),
                                          QStringLiteral("content/b/long-folder/x.md")}));
}

void TestQuickOpenMatcher::rejectsWhatDoesNotMatch()
{
    QVERIFY(handbookMatcher().match(u"zzq").isEmpty());
    QVERIFY(handbookMatcher().match(u"").isEmpty());
    QVERIFY(handbookMatcher().match(u"   ").isEmpty());
    QCOMPARE(handbookMatcher().match(u"a", 3).size(), 3);
}

QTEST_GUILESS_MAIN(TestQuickOpenMatcher)
#include "tst_quickopenmatcher.moc"
