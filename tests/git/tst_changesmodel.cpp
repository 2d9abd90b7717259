#include "git/changelist.h"
#include "git/changesmodel.h"
#include "git/repository.h"
#include "gittestsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace Folio;
using Folio::Git::Change;
using Folio::Git::ChangeKind;
using Folio::Git::ChangesModel;

namespace {

Change modified(const QString &path)
{
    return Change{path, {}, ChangeKind::None, ChangeKind::Modified};
}

Change untracked(const QString &path)
{
    return Change{path, {}, ChangeKind::None, ChangeKind::Untracked};
}

Git::ChangeList listOf(const QList<Change> &changes)
{
    Git::ChangeList list;
    list.changes = changes;
    list.branch.name = QStringLiteral("main");
    return list;
}

QStringList displayed(const ChangesModel &model)
{
    QStringList rows;
    for (int row = 0; row < model.rowCount(); ++row)
        rows.append(model.index(row).data().toString());
    return rows;
}

} // namespace

class TestChangesModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pagesCheckedOtherFilesNot();
    void checkStatesKeptAcrossRefresh();
    void preciseRowSignals();
    void kindsAndStatusLetters();
    void renameRowFromARealRepository();
    void pageTitlesFromTheFiles();

private:
    std::optional<Test::IsolatedHome> m_home;
    std::optional<Git::GitLibrary> m_git;
};

void TestChangesModel::initTestCase()
{
    m_home.emplace();
    m_git.emplace();
}

void TestChangesModel::pagesCheckedOtherFilesNot()
{
    ChangesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setChanges(
        listOf({modified(QStringLiteral("a.md")), untracked(QStringLiteral("b.png")),
                modified(QStringLiteral("c.md"))}),
        {{QStringLiteral("a.md"), QStringLiteral("Alpha")}, {QStringLiteral("c.md"), QString()}});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(displayed(model), (QStringList{QStringLiteral("Alpha"), QStringLiteral("b.png"),
                                            QStringLiteral("c.md")}));
    QCOMPARE(model.index(0).data(Qt::ToolTipRole).toString(), QStringLiteral("a.md"));
    QCOMPARE(model.index(0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    QCOMPARE(model.index(1).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
    QCOMPARE(model.checkedPaths(), (QStringList{QStringLiteral("a.md"), QStringLiteral("c.md")}));
    QCOMPARE(model.checkedTitles(),
             (QHash<QString, QString>{{QStringLiteral("a.md"), QStringLiteral("Alpha")}}));
    QVERIFY(model.flags(model.index(1)) & Qt::ItemIsUserCheckable);
}

void TestChangesModel::checkStatesKeptAcrossRefresh()
{
    ChangesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QHash<QString, QString> pages = {{QStringLiteral("a.md"), QString()},
                                           {QStringLiteral("c.md"), QString()},
                                           {QStringLiteral("d.md"), QString()}};
    model.setChanges(listOf({modified(QStringLiteral("a.md")), untracked(QStringLiteral("b.png")),
                             modified(QStringLiteral("c.md"))}),
                     pages);
    QSignalSpy checked(&model, &ChangesModel::checkedPathsChanged);
    // The user's choices, through the model interface a view uses.
    QVERIFY(model.setData(model.index(0), Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(model.setData(model.index(1), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(checked.count(), 2);
    QCOMPARE(model.checkedPaths(), (QStringList{QStringLiteral("b.png"), QStringLiteral("c.md")}));

    // A refresh with one more page: the choices stay, the new page is proposed.
    model.setChanges(listOf({modified(QStringLiteral("a.md")), untracked(QStringLiteral("b.png")),
                             modified(QStringLiteral("c.md")), untracked(QStringLiteral("d.md"))}),
                     pages);
    QCOMPARE(model.checkedPaths(), (QStringList{QStringLiteral("b.png"), QStringLiteral("c.md"),
                                                QStringLiteral("d.md")}));
    // In a different order from the service, and with a.md gone: still the same choices.
    model.setChanges(listOf({untracked(QStringLiteral("d.md")), modified(QStringLiteral("c.md")),
                             untracked(QStringLiteral("b.png"))}),
                     pages);
    QCOMPARE(model.checkedPaths(), (QStringList{QStringLiteral("b.png"), QStringLiteral("c.md"),
                                                QStringLiteral("d.md")}));
    // A path that left the list (committed) and comes back starts over as a page: checked.
    model.setChanges(listOf({modified(QStringLiteral("a.md")), untracked(QStringLiteral("b.png"))}),
                     pages);
    QCOMPARE(model.checkedPaths(), (QStringList{QStringLiteral("a.md"), QStringLiteral("b.png")}));
}

void TestChangesModel::preciseRowSignals()
{
    ChangesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setChanges(listOf({modified(QStringLiteral("a.md")), modified(QStringLiteral("c.md")),
                             modified(QStringLiteral("e.md"))}));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const QPersistentModelIndex c = model.index(1);

    Change deleted = modified(QStringLiteral("e.md"));
    deleted.unstaged = ChangeKind::Deleted;
    model.setChanges(listOf({modified(QStringLiteral("b.md")), modified(QStringLiteral("c.md")),
                             modified(QStringLiteral("d.md")), deleted}));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 1);                          // a.md
    QCOMPARE(inserted.count(), 2);                         // b.md, d.md
    QCOMPARE(changed.count(), 1);                          // e.md became deleted
    QCOMPARE(c.row(), 1);                                  // c.md kept its identity
    QCOMPARE(c.data().toString(), QStringLiteral("c.md")); // and a view its selection
    QCOMPARE(displayed(model), (QStringList{QStringLiteral("b.md"), QStringLiteral("c.md"),
                                            QStringLiteral("d.md"), QStringLiteral("e.md")}));

    // An identical refresh signals nothing.
    inserted.clear();
    removed.clear();
    changed.clear();
    model.setChanges(model.changeList());
    QCOMPARE(inserted.count() + removed.count() + changed.count(), 0);

    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestChangesModel::kindsAndStatusLetters()
{
    ChangesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Change added{QStringLiteral("added.md"), {}, ChangeKind::Added, ChangeKind::None};
    Change deleted{QStringLiteral("deleted.md"), {}, ChangeKind::None, ChangeKind::Deleted};
    Change conflicted{QStringLiteral("conflict.md"), {}, ChangeKind::None, ChangeKind::Conflicted};
    Change renamed{QStringLiteral("new.md"), QStringLiteral("old.md"), ChangeKind::Renamed,
                   ChangeKind::None};
    model.setChanges(listOf({added, deleted, conflicted, renamed, modified(QStringLiteral("m.md")),
                             untracked(QStringLiteral("u.md"))}));
    QStringList letters;
    for (int row = 0; row < model.rowCount(); ++row)
        letters.append(model.index(row).data(ChangesModel::StatusLetterRole).toString());
    // Sorted by path: added, conflict, deleted, m, new, u.
    QCOMPARE(letters, (QStringList{QStringLiteral("A"), QStringLiteral("C"), QStringLiteral("D"),
                                   QStringLiteral("M"), QStringLiteral("R"), QStringLiteral("U")}));
    QCOMPARE(model.index(4).data().toString(), QStringLiteral("old.md → new.md"));
    QCOMPARE(ChangeKind(model.index(4).data(ChangesModel::KindRole).toInt()), ChangeKind::Renamed);
    QCOMPARE(model.index(4).data(ChangesModel::OldPathRole).toString(), QStringLiteral("old.md"));
    QCOMPARE(model.index(1).data(ChangesModel::StatusTextRole).toString(),
             QStringLiteral("Conflicted"));
    QCOMPARE(model.index(0).data(Qt::AccessibleTextRole).toString(),
             QStringLiteral("Added: added.md"));
    QCOMPARE(model.rowForPath(QStringLiteral("old.md")), 4);
}

void TestChangesModel::renameRowFromARealRepository()
{
    Test::ScratchRepository repo;
    QVERIFY(repo.init());
    QVERIFY(repo.write(QStringLiteral("guide/old-name.md"),
                       "---\ntitle: Guide\n---\n" + QByteArray(400, 'x') + "\n"));
    QVERIFY(repo.write(QStringLiteral("other.md"), "other\n"));
    FOLIO_GIT(repo.path, QStringLiteral("add"), QStringLiteral("-A"));
    FOLIO_GIT(repo.path, QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("one"));
    FOLIO_GIT(repo.path, QStringLiteral("mv"), QStringLiteral("guide/old-name.md"),
              QStringLiteral("guide/new-name.md"));
    QVERIFY(repo.write(QStringLiteral("other.md"), "other, changed\n"));

    auto repository = Git::Repository::discover(repo.path);
    QVERIFY(repository);
    const auto list = Git::readChanges(*repository);
    QVERIFY2(list, Test::errorText(list).constData());
    ChangesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setChanges(list.value(), Git::readPageTitles(list->changes, repository->workdir()));
    QCOMPARE(displayed(model), (QStringList{QStringLiteral("guide/old-name.md → guide/new-name.md"),
                                            QStringLiteral("other.md")}));
    QCOMPARE(model.title(0), QStringLiteral("Guide"));
    QVERIFY(model.index(0).data(Qt::ToolTipRole).toString().contains(u"guide/old-name.md"));
    // `git status` agrees that this is one rename.
    QVERIFY(Test::cliStatus(repo.path).contains(QStringLiteral("R  guide/new-name.md")));

    // Leaving the rename out of the commit survives the next refresh from disk.
    model.setChecked(QStringLiteral("guide/new-name.md"), false);
    const auto again = Git::readChanges(*repository);
    QVERIFY(again);
    model.setChanges(again.value(), Git::readPageTitles(again->changes, repository->workdir()));
    QCOMPARE(model.checkedPaths(), QStringList{QStringLiteral("other.md")});
}

void TestChangesModel::pageTitlesFromTheFiles()
{
    QTemporaryDir dir;
    const QString root = dir.path() + u'/';
    QVERIFY(Test::writeFile(root + QStringLiteral("a.md"), "---\ntitle: Alpha\n---\ntext\n"));
    QVERIFY(Test::writeFile(root + QStringLiteral("b.md"), "no front matter\n"));
    QVERIFY(Test::writeFile(root + QStringLiteral("c.png"), "png"));
    Change gone{QStringLiteral("d.md"), {}, ChangeKind::None, ChangeKind::Deleted};
    const auto titles =
        Git::readPageTitles({modified(QStringLiteral("a.md")), modified(QStringLiteral("b.md")),
                             untracked(QStringLiteral("c.png")), gone},
                            root);
    QCOMPARE(titles, (QHash<QString, QString>{{QStringLiteral("a.md"), QStringLiteral("Alpha")},
                                              {QStringLiteral("b.md"), QString()},
                                              {QStringLiteral("d.md"), QString()}}));
}

QTEST_GUILESS_MAIN(TestChangesModel)
#include "tst_changesmodel.moc"
