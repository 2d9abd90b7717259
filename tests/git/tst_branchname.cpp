#include "git/branches.h"
#include "git/branchname.h"
#include "git/gitlibrary.h"

#include <QTest>

using namespace Folio;

class TestBranchName : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void suggestion_data();
    void suggestion();

private:
    Git::GitLibrary m_git;
};

void TestBranchName::suggestion_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("expected");
    QTest::newRow("email and title") << QStringLiteral("ada.lovelace@example.com")
                                     << QStringLiteral("Getting started: the \"basics\"")
                                     << QStringLiteral("ada-lovelace-getting-started-the-basics");
    QTest::newRow("name with accents") << QStringLiteral("Zoë Müller") << QStringLiteral("Über uns")
                                       << QStringLiteral("zoe-muller-uber-uns");
    QTest::newRow("page path") << QStringLiteral("sam")
                               << QStringLiteral("content/handbook/sales/pricing.md")
                               << QStringLiteral("sam-pricing");
    QTest::newRow("section page names its folder")
        << QStringLiteral("sam") << QStringLiteral("sites/handbook/source/sales/index.html.md")
        << QStringLiteral("sam-sales");
    QTest::newRow("nothing usable")
        << QStringLiteral("@@") << QStringLiteral("日本語") << QStringLiteral("folio-change");
    QTest::newRow("long title is cut")
        << QStringLiteral("a")
        << QStringLiteral("A very long page title that goes on and on and on and on forever")
        << QStringLiteral("a-a-very-long-page-title-that-goes-on-and");
}

void TestBranchName::suggestion()
{
    QFETCH(QString, user);
    QFETCH(QString, subject);
    QFETCH(QString, expected);
    const QString name = Git::suggestedBranchName(user, subject);
    QCOMPARE(name, expected);
    QVERIFY(Git::Branches::validateName(name));
}

QTEST_GUILESS_MAIN(TestBranchName)
#include "tst_branchname.moc"
