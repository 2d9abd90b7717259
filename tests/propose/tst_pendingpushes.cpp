#include "propose/pendingpushes.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Folio;
using Folio::Propose::PendingPush;
using Folio::Propose::PendingPushes;

class TestPendingPushes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noFileIsAnEmptyList();
    void addFindReplaceRemove();
    void damagedFileIsAnErrorAndKept();

private:
    static PendingPush entry(const QString &branch, const QString &title)
    {
        PendingPush push;
        push.branch = branch;
        push.commitId = QStringLiteral("0123456789abcdef0123456789abcdef01234567");
        push.plan.title = title;
        push.plan.description = QStringLiteral("line 1\nline 2");
        push.plan.sourceBranch = branch;
        push.plan.targetBranch = QStringLiteral("main");
        push.plan.labels = {QStringLiteral("SA-HANDBOOK")};
        push.plan.reviewers = {QStringLiteral("ada")};
        push.plan.draft = true;
        push.plan.removeSourceBranch = false;
        push.plan.pages = {{QStringLiteral("handbook/sa/index.md"), QStringLiteral("SA")}};
        push.plan.author = QStringLiteral("Jane Doe");
        push.lastError = QStringLiteral("could not connect");
        return push;
    }
};

void TestPendingPushes::noFileIsAnEmptyList()
{
    QTemporaryDir gitDir;
    auto list = PendingPushes(gitDir.path()).list();
    QVERIFY(list);
    QVERIFY(list->isEmpty());
    QVERIFY(PendingPushes(gitDir.path()).remove(QStringLiteral("nothing")));
    QVERIFY(!QFileInfo::exists(PendingPushes(gitDir.path()).filePath()));
}

void TestPendingPushes::addFindReplaceRemove()
{
    QTemporaryDir gitDir;
    PendingPushes store(gitDir.path());
    QCOMPARE(store.filePath(), gitDir.filePath(QStringLiteral("folio/pending-pushes.json")));
    QVERIFY(store.add(entry(QStringLiteral("jane-a"), QStringLiteral("First"))));
    QVERIFY(store.add(entry(QStringLiteral("jane-b"), QStringLiteral("Second"))));

    auto found = PendingPushes(gitDir.path()).find(QStringLiteral("jane-a"));
    QVERIFY(found && *found);
    const PendingPush &a = **found;
    const PendingPush expected = entry(QStringLiteral("jane-a"), QStringLiteral("First"));
    QCOMPARE(a.commitId, expected.commitId);
    QCOMPARE(a.remote, QStringLiteral("origin"));
    QCOMPARE(a.plan.title, expected.plan.title);
    QCOMPARE(a.plan.description, expected.plan.description);
    QCOMPARE(a.plan.targetBranch, expected.plan.targetBranch);
    QCOMPARE(a.plan.labels, expected.plan.labels);
    QCOMPARE(a.plan.reviewers, expected.plan.reviewers);
    QCOMPARE(a.plan.draft, true);
    QCOMPARE(a.plan.removeSourceBranch, false);
    QCOMPARE(a.plan.pages.size(), 1);
    QCOMPARE(a.plan.pages.first().path, expected.plan.pages.first().path);
    QCOMPARE(a.plan.pages.first().title, expected.plan.pages.first().title);
    QCOMPARE(a.plan.author, expected.plan.author);
    QCOMPARE(a.lastError, expected.lastError);
    QVERIFY(a.createdAt.isValid());

    // Same branch again: replaced in place, first time kept.
    PendingPush again = entry(QStringLiteral("jane-a"), QStringLiteral("First, edited"));
    again.createdAt = a.createdAt.addDays(1);
    QVERIFY(store.add(again));
    auto list = store.list();
    QVERIFY(list);
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).plan.title, QStringLiteral("First, edited"));
    QCOMPARE(list->at(0).createdAt, a.createdAt);
    QCOMPARE(list->at(1).branch, QStringLiteral("jane-b"));

    QVERIFY(store.remove(QStringLiteral("jane-a")));
    list = store.list();
    QVERIFY(list);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().branch, QStringLiteral("jane-b"));
}

void TestPendingPushes::damagedFileIsAnErrorAndKept()
{
    QTemporaryDir gitDir;
    PendingPushes store(gitDir.path());
    QVERIFY(Test::writeFile(store.filePath(), "{ not json"));
    QVERIFY(!store.list());
    QVERIFY(!store.add(entry(QStringLiteral("x"), QStringLiteral("X"))));
    QCOMPARE(Test::readFile(store.filePath()), QByteArray("{ not json"));
}

QTEST_GUILESS_MAIN(TestPendingPushes)
#include "tst_pendingpushes.moc"
