#include "git/commitmessage.h"

#include <QTest>

using Titles = QHash<QString, QString>;

class TestCommitMessage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void message_data();
    void message();
};

void TestCommitMessage::message_data()
{
    QTest::addColumn<QStringList>("paths");
    QTest::addColumn<Titles>("titles");
    QTest::addColumn<QString>("expected");
    QTest::newRow("one page with title")
        << QStringList{"handbook/sales/onboarding.md"}
        << Titles{{"handbook/sales/onboarding.md", "Sales onboarding"}}
        << QStringLiteral("Update Sales onboarding");
    QTest::newRow("one page without title") << QStringList{"handbook/sales/onboarding.md"}
                                            << Titles{} << QStringLiteral("Update onboarding.md");
    QTest::newRow("title whitespace collapsed")
        << QStringList{"a.md"} << Titles{{"a.md", "  Getting\n started "}}
        << QStringLiteral("Update Getting started");
    QTest::newRow("several pages in one folder")
        << QStringList{"handbook/sales/a.md", "handbook/sales/b.md", "handbook/sales/c.md"}
        << Titles{} << QStringLiteral("Update 3 pages in handbook/sales");
    QTest::newRow("common parent folder")
        << QStringList{"handbook/sales/a.md", "handbook/marketing/b.md"} << Titles{}
        << QStringLiteral("Update 2 pages in handbook");
    QTest::newRow("folder names that only share a prefix")
        << QStringList{"handbook/sales/a.md", "handbook/sales-ops/b.md"} << Titles{}
        << QStringLiteral("Update 2 pages in handbook");
    QTest::newRow("nothing in common")
        << QStringList{"a.md", "docs/b.md"} << Titles{} << QStringLiteral("Update 2 pages");
    QTest::newRow("pages and images are files")
        << QStringList{"docs/a.md", "docs/img/a.png"} << Titles{}
        << QStringLiteral("Update 2 files in docs");
    QTest::newRow("duplicates counted once")
        << QStringList{"docs/a.md", "docs/./a.md", "docs/b.md"} << Titles{}
        << QStringLiteral("Update 2 pages in docs");
    QTest::newRow("long title elided")
        << QStringList{"a.md"} << Titles{{"a.md", QString(100, u'x')}}
        << QStringLiteral("Update ") + QString(64, u'x') + QChar(0x2026);
    QTest::newRow("nothing") << QStringList{} << Titles{} << QStringLiteral("Update");
}

void TestCommitMessage::message()
{
    QFETCH(QStringList, paths);
    QFETCH(Titles, titles);
    QFETCH(QString, expected);
    const QString message = Folio::Git::defaultCommitMessage(paths, titles);
    QCOMPARE(message, expected);
    QVERIFY(message.size() <= 72);
}

QTEST_GUILESS_MAIN(TestCommitMessage)
#include "tst_commitmessage.moc"
