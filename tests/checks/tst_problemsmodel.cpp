#include "checks/problemsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Folio::Checks;

namespace {

Problem problem(Category category, int line, Severity severity = Severity::Warning,
                const QString &message = QStringLiteral("x"))
{
    Problem p;
    p.category = category;
    p.line = line;
    p.column = 1;
    p.length = 1;
    p.severity = severity;
    p.message = message;
    return p;
}

QStringList messages(const ProblemsModel &model, const QString &path)
{
    QStringList result;
    const QModelIndex page = model.pageIndex(path);
    for (int row = 0; row < model.rowCount(page); ++row)
        result.append(model.index(row, 0, page).data().toString());
    return result;
}

} // namespace

class TestProblemsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pagesAreSortedAndProblemsInPageOrder()
    {
        ProblemsModel model;
        QAbstractItemModelTester tester(&model);
        model.setPageProblems(
            QStringLiteral("b.md"),
            {problem(Category::Spelling, 9, Severity::Warning, QStringLiteral("nine")),
             problem(Category::Link, 2, Severity::Error, QStringLiteral("two"))});
        model.setPageProblems(QStringLiteral("a.md"), {problem(Category::Link, 1)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("a.md"));
        QCOMPARE(messages(model, QStringLiteral("b.md")),
                 QStringList({QStringLiteral("two"), QStringLiteral("nine")}));
        // A page's severity is its worst problem's.
        QCOMPARE(model.pageIndex(QStringLiteral("b.md")).data(ProblemsModel::SeverityRole).toInt(),
                 int(Severity::Error));
        QCOMPARE(model.problemCount(), 3);
        QCOMPARE(model.count(Severity::Error), 1);
    }

    void replacingAPageKeepsOtherRowsAndAnEmptyListRemovesIt()
    {
        ProblemsModel model;
        QAbstractItemModelTester tester(&model);
        model.setPageProblems(QStringLiteral("a.md"), {problem(Category::Link, 1)});
        model.setPageProblems(QStringLiteral("b.md"),
                              {problem(Category::Spelling, 1), problem(Category::Spelling, 2)});
        const QPersistentModelIndex a = model.pageIndex(QStringLiteral("a.md"));
        model.setPageProblems(QStringLiteral("b.md"),
                              {problem(Category::Spelling, 5), problem(Category::Spelling, 6),
                               problem(Category::Spelling, 7)});
        QCOMPARE(model.rowCount(model.pageIndex(QStringLiteral("b.md"))), 3);
        model.setPageProblems(QStringLiteral("b.md"), {problem(Category::Spelling, 5)});
        QCOMPARE(model.rowCount(model.pageIndex(QStringLiteral("b.md"))), 1);
        QVERIFY(a.isValid());
        QSignalSpy counts(&model, &ProblemsModel::countsChanged);
        model.setPageProblems(QStringLiteral("b.md"), {});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(counts.size(), 1);
        QVERIFY(!model.pageIndex(QStringLiteral("b.md")).isValid());
    }

    void hidingACategoryHidesItsProblemsAndEmptyPages()
    {
        ProblemsModel model;
        QAbstractItemModelTester tester(&model);
        model.setHandbookProblems(
            {{QStringLiteral("a.md"), {problem(Category::Spelling, 1), problem(Category::Link, 2)}},
             {QStringLiteral("b.md"), {problem(Category::Spelling, 3)}}});
        QCOMPARE(model.problemCount(), 3);
        model.setCategoryVisible(Category::Spelling, false);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.problemCount(), 1);
        // A page whose only problems are hidden still gets its new problems while hidden...
        model.setPageProblems(QStringLiteral("b.md"),
                              {problem(Category::Spelling, 3), problem(Category::Spelling, 4)});
        QCOMPARE(model.rowCount(), 1);
        // ...and shows them when the category comes back.
        model.setCategoryVisible(Category::Spelling, true);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.problems(QStringLiteral("b.md")).size(), 2);
        QCOMPARE(model.problemCount(), 4);
    }

    void aWordAddedToADictionaryLeavesEveryPage()
    {
        ProblemsModel model;
        QAbstractItemModelTester tester(&model);
        Problem typo = problem(Category::Spelling, 1);
        typo.subject = QStringLiteral("Gainsight");
        Problem other = problem(Category::Spelling, 2);
        other.subject = QStringLiteral("recieve");
        model.setHandbookProblems({{QStringLiteral("a.md"), {typo, other}},
                                   {QStringLiteral("b.md"), {typo}},
                                   {QStringLiteral("c.md"), {problem(Category::Link, 1)}}});
        model.forgetMisspelling(QStringLiteral("Gainsight"));
        QCOMPARE(model.rowCount(), 2); // b.md had nothing else
        QCOMPARE(model.problems(QStringLiteral("a.md")).size(), 1);
        QCOMPARE(model.problems(QStringLiteral("a.md")).first().subject, QStringLiteral("recieve"));
    }
};

QTEST_GUILESS_MAIN(TestProblemsModel)
#include "tst_problemsmodel.moc"
