#include "handbook/pagetreefiltermodel.h"
#include "handbook/pagetreemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Folio::Handbook;

class TestPageTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buildsTreeWithTitles();
    void collapsesFoldersWithoutPages();
    void replacingPagesResetsCleanly();
    void badgesMarkPagesAndTheFoldersAboveThem();
    void filterKeepsMatchesInTheirPlace();

private:
    static QList<PageEntry> pages();
};

QList<PageEntry> TestPageTreeModel::pages()
{
    return {
        {QStringLiteral("content/handbook/_index.md"), QStringLiteral("Acme Handbook")},
        {QStringLiteral("content/handbook/sa/_index.md"), QStringLiteral("Solutions Architects")},
        {QStringLiteral("content/handbook/sa/demo-environments.md"),
         QStringLiteral("Demo environments")},
        {QStringLiteral("content/handbook/sa/zz.md"), QString()},
        {QStringLiteral("sites/handbook/source/handbook/sales/index.html.md"),
         QStringLiteral("Sales")},
        {QStringLiteral("sites/handbook/source/handbook/sales/discovery/index.html.md"),
         QStringLiteral("Discovery")},
    };
}

void TestPageTreeModel::buildsTreeWithTitles()
{
    PageTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPages(pages());
    QCOMPARE(model.pageCount(), 6);

    const QModelIndex sa = model.indexForPath(QStringLiteral("content/handbook/sa/_index.md"));
    QVERIFY(sa.isValid());
    QCOMPARE(sa.data().toString(), QStringLiteral("Solutions Architects"));
    QCOMPARE(sa.data(Qt::ToolTipRole).toString(), QStringLiteral("content/handbook/sa/_index.md"));
    QCOMPARE(model.rowCount(sa), 2);
    QCOMPARE(model.index(0, 0, sa).data().toString(), QStringLiteral("Demo environments"));
    // A page without a title shows its file name.
    QCOMPARE(model.index(1, 0, sa).data().toString(), QStringLiteral("zz"));
    QCOMPARE(model.index(1, 0, sa).data(PageTreeModel::PathRole).toString(),
             QStringLiteral("content/handbook/sa/zz.md"));
    QCOMPARE(sa.parent(), model.indexForPath(QStringLiteral("content/handbook/_index.md")));
}

void TestPageTreeModel::collapsesFoldersWithoutPages()
{
    PageTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPages(pages());
    QStringList top;
    for (int row = 0; row < model.rowCount(); ++row)
        top.append(model.index(row, 0).data().toString());
    // "sites/handbook/source/handbook" holds nothing but the sales section: one row, the section.
    QCOMPARE(top, (QStringList{QStringLiteral("Acme Handbook"), QStringLiteral("Sales")}));
    const QModelIndex sales =
        model.indexForPath(QStringLiteral("sites/handbook/source/handbook/sales/index.html.md"));
    QCOMPARE(sales, model.index(1, 0));
    QCOMPARE(model.rowCount(sales), 1);
    QCOMPARE(model.index(0, 0, sales).data().toString(), QStringLiteral("Discovery"));

    // Folders without an index page that hold several things stay as folders.
    model.setPages({{QStringLiteral("docs/a/x.md"), QStringLiteral("X")},
                    {QStringLiteral("docs/b/y.md"), QStringLiteral("Y")}});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("docs"));
    QCOMPARE(model.index(0, 0).data(PageTreeModel::PathRole).toString(), QString());
    QCOMPARE(model.rowCount(model.index(0, 0)), 2);
}

void TestPageTreeModel::replacingPagesResetsCleanly()
{
    PageTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setPages(pages());
    model.setPages({{QStringLiteral("a.md"), QStringLiteral("A")}});
    QCOMPARE(reset.count(), 2);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(!model.indexForPath(QStringLiteral("content/handbook/_index.md")).isValid());
    model.setPages({});
    QCOMPARE(model.rowCount(), 0);
}

void TestPageTreeModel::badgesMarkPagesAndTheFoldersAboveThem()
{
    PageTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPages(pages());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setBadges(
        {{QStringLiteral("content/handbook/sa/demo-environments.md"), QStringLiteral("M")},
         {QStringLiteral("not/a/page.md"), QStringLiteral("A")}});
    QVERIFY(!changed.isEmpty());
    const QModelIndex demo =
        model.indexForPath(QStringLiteral("content/handbook/sa/demo-environments.md"));
    QCOMPARE(demo.data(PageTreeModel::BadgeRole).toString(), QStringLiteral("M"));
    const QModelIndex sa = model.indexForPath(QStringLiteral("content/handbook/sa/_index.md"));
    QCOMPARE(sa.data(PageTreeModel::BadgeRole).toString(), QString());
    QCOMPARE(sa.data(PageTreeModel::BadgedBelowRole).toInt(), 1);
    QCOMPARE(sa.parent().data(PageTreeModel::BadgedBelowRole).toInt(), 1);
    const QModelIndex sales =
        model.indexForPath(QStringLiteral("sites/handbook/source/handbook/sales/index.html.md"));
    QCOMPARE(sales.data(PageTreeModel::BadgedBelowRole).toInt(), 0);
    // A rescan keeps them; clearing removes them.
    model.setPages(pages());
    QCOMPARE(model.indexForPath(QStringLiteral("content/handbook/sa/demo-environments.md"))
                 .data(PageTreeModel::BadgeRole)
                 .toString(),
             QStringLiteral("M"));
    model.setBadges({});
    QCOMPARE(model.indexForPath(QStringLiteral("content/handbook/sa/_index.md"))
                 .data(PageTreeModel::BadgedBelowRole)
                 .toInt(),
             0);
}

void TestPageTreeModel::filterKeepsMatchesInTheirPlace()
{
    PageTreeModel model;
    model.setPages(pages());
    PageTreeFilterModel filter;
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&model);
    const auto visiblePaths = [&filter] {
        QStringList paths;
        const auto walk = [&](const QModelIndex &parent, auto &&self) -> void {
            for (int row = 0; row < filter.rowCount(parent); ++row) {
                const QModelIndex index = filter.index(row, 0, parent);
                const QString path = index.data(PageTreeModel::PathRole).toString();
                if (!path.isEmpty())
                    paths.append(path);
                self(index, self);
            }
        };
        walk({}, walk);
        return paths;
    };
    QCOMPARE(visiblePaths().size(), 6);

    // By title, any case; the folders above the match stay so it keeps its place.
    filter.setFilterText(QStringLiteral("DEMO"));
    QCOMPARE(visiblePaths(),
             (QStringList{QStringLiteral("content/handbook/_index.md"),
                          QStringLiteral("content/handbook/sa/_index.md"),
                          QStringLiteral("content/handbook/sa/demo-environments.md")}));
    // Every word must match, in the title or the path.
    filter.setFilterText(QStringLiteral("sales discov"));
    QCOMPARE(visiblePaths(),
             (QStringList{
                 QStringLiteral("sites/handbook/source/handbook/sales/index.html.md"),
                 QStringLiteral("sites/handbook/source/handbook/sales/discovery/index.html.md")}));
    // Enter opens the page that matches, not the folder page above it.
    QCOMPARE(filter.firstMatch().data(PageTreeModel::PathRole).toString(),
             QStringLiteral("sites/handbook/source/handbook/sales/discovery/index.html.md"));
    filter.setFilterText(QStringLiteral("zz.md"));
    QVERIFY(visiblePaths().contains(QStringLiteral("content/handbook/sa/zz.md")));
    // Accents do not matter.
    filter.setFilterText(QStringLiteral("Démo"));
    QVERIFY(visiblePaths().contains(QStringLiteral("content/handbook/sa/demo-environments.md")));
    filter.setFilterText(QStringLiteral("nothing like this"));
    QCOMPARE(visiblePaths(), QStringList());
    filter.setFilterText(QString());
    QCOMPARE(visiblePaths().size(), 6);
}

QTEST_GUILESS_MAIN(TestPageTreeModel)
#include "tst_pagetreemodel.moc"
