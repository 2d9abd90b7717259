#include "document/frontmatter.h"

#include <QTest>

using namespace Folio;
using namespace Folio::Document;
using Kind = FrontMatterBlock::Kind;

class TestFrontMatter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void locatesBlock_data();
    void locatesBlock();
    void readsValues();
    void reportsYamlErrorsAtPageLines();
    void refusesDeepNesting();
    void unterminatedIsAnError();
};

void TestFrontMatter::locatesBlock_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("yaml");
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("bodyLine");
    QTest::newRow("none") << QStringLiteral("# Title\n") << int(Kind::None) << QString()
                          << QStringLiteral("# Title\n") << 1;
    QTest::newRow("yaml") << QStringLiteral("---\ntitle: A\n---\n# B\n") << int(Kind::Yaml)
                          << QStringLiteral("title: A\n") << QStringLiteral("# B\n") << 4;
    QTest::newRow("dots close") << QStringLiteral("---\na: 1\n...\nx") << int(Kind::Yaml)
                                << QStringLiteral("a: 1\n") << QStringLiteral("x") << 4;
    QTest::newRow("empty") << QStringLiteral("---\n---\nbody") << int(Kind::Yaml) << QString()
                           << QStringLiteral("body") << 3;
    QTest::newRow("toml") << QStringLiteral("+++\ntitle = 'A'\n+++\nbody") << int(Kind::Toml)
                          << QStringLiteral("title = 'A'\n") << QStringLiteral("body") << 4;
    QTest::newRow("thematic break later") << QStringLiteral("text\n---\n") << int(Kind::None)
                                          << QString() << QStringLiteral("text\n---\n") << 1;
    QTest::newRow("no newline after close") << QStringLiteral("---\na: 1\n---") << int(Kind::Yaml)
                                            << QStringLiteral("a: 1\n") << QString() << 3;
}

void TestFrontMatter::locatesBlock()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    QFETCH(QString, yaml);
    QFETCH(QString, body);
    QFETCH(int, bodyLine);
    const FrontMatterBlock block = FrontMatterBlock::locate(text);
    QCOMPARE(int(block.kind), kind);
    if (block.kind != Kind::None)
        QCOMPARE(text.mid(block.contentStart, block.contentEnd - block.contentStart), yaml);
    QCOMPARE(text.mid(block.bodyStart), body);
    QCOMPARE(block.bodyFirstLine, bodyLine);
}

void TestFrontMatter::readsValues()
{
    const QString text = QStringLiteral(
        "---\n# a comment\ntitle: \"Solutions: Architects\"\n"
        "description: >-\n  Folded\n  text\naliases:\n  - /a/\n  - /b/\n---\nbody\n");
    const auto fm = FrontMatter::parse(text, FrontMatterBlock::locate(text));
    QVERIFY(fm);
    QCOMPARE(fm->text(QStringLiteral("title")), QStringLiteral("Solutions: Architects"));
    QCOMPARE(fm->text(QStringLiteral("description")), QStringLiteral("Folded text"));
    QCOMPARE(fm->values().value(QStringLiteral("aliases")).toList().size(), 2);
    QCOMPARE(fm->text(QStringLiteral("aliases")), QString());
}

void TestFrontMatter::reportsYamlErrorsAtPageLines()
{
    const QString text = QStringLiteral("---\ntitle: ok\ndescription: [unclosed\n---\nbody\n");
    const auto fm = FrontMatter::parse(text, FrontMatterBlock::locate(text));
    QVERIFY(!fm);
    QCOMPARE(fm.error().domain, ErrorDomain::Yaml);
    QVERIFY2(fm.error().line >= 3, qPrintable(fm.error().toString()));

    const QString list = QStringLiteral("---\n- just\n- a list\n---\n");
    const auto notMap = FrontMatter::parse(list, FrontMatterBlock::locate(list));
    QVERIFY(!notMap);
    QVERIFY(notMap.error().message.contains(QStringLiteral("mapping")));
}

void TestFrontMatter::refusesDeepNesting()
{
    const QString deep =
        QStringLiteral("---\na: ") + QString(100000, QLatin1Char('[')) + QStringLiteral("\n---\n");
    const auto fm = FrontMatter::parse(deep, FrontMatterBlock::locate(deep));
    QVERIFY(!fm);
    QVERIFY(fm.error().message.contains(QStringLiteral("nested")));

    QString blocks = QStringLiteral("---\n");
    for (int i = 0; i < 200; ++i)
        blocks += QString(i * 2, QLatin1Char(' ')) + QStringLiteral("k%1:\n").arg(i);
    blocks += QStringLiteral("---\n");
    const auto indented = FrontMatter::parse(blocks, FrontMatterBlock::locate(blocks));
    QVERIFY(!indented);
    QVERIFY(indented.error().message.contains(QStringLiteral("nested")));
}

void TestFrontMatter::unterminatedIsAnError()
{
    const QString text = QStringLiteral("---\ntitle: A\n# Heading\n");
    const FrontMatterBlock block = FrontMatterBlock::locate(text);
    QCOMPARE(block.kind, Kind::Unterminated);
    QCOMPARE(block.bodyStart, 0);
    const auto fm = FrontMatter::parse(text, block);
    QVERIFY(!fm);
    QVERIFY(fm.error().message.contains(QStringLiteral("closing")));
}

QTEST_GUILESS_MAIN(TestFrontMatter)
#include "tst_frontmatter.moc"
