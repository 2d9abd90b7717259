#include "linking/markdownlink.h"

#include <QTest>

using Folio::Linking::MarkdownLink;

class TestMarkdownLink : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatsLinksAndImages();
    void escapesWhatWouldEndTheLinkEarly();
    void findsTheLinkUnderTheCursor_data();
    void findsTheLinkUnderTheCursor();
};

void TestMarkdownLink::formatsLinksAndImages()
{
    QCOMPARE(MarkdownLink::format(QStringLiteral("Sales"),
                                  MarkdownLink::joinTarget(QStringLiteral("/handbook/sales/"),
                                                           QStringLiteral("quota"))),
             QStringLiteral("[Sales](/handbook/sales/#quota)"));
    QCOMPARE(MarkdownLink::joinTarget(QStringLiteral("/handbook/sales/"), QString()),
             QStringLiteral("/handbook/sales/"));
    QCOMPARE(MarkdownLink::format(QStringLiteral("funnel"), QStringLiteral("/images/a.png"), true),
             QStringLiteral("![funnel](/images/a.png)"));
}

void TestMarkdownLink::escapesWhatWouldEndTheLinkEarly()
{
    QCOMPARE(
        MarkdownLink::format(QStringLiteral("see [1]"), QStringLiteral("https://x.test/a b_(c)")),
        QStringLiteral("[see \\[1\\]](https://x.test/a%20b_%28c%29)"));
    // Already escaped brackets stay as they are.
    QCOMPARE(MarkdownLink::format(QStringLiteral("a \\[b"), QStringLiteral("/x/")),
             QStringLiteral("[a \\[b](/x/)"));
    // What format writes, at() reads back.
    const QString line =
        u"Before " + MarkdownLink::format(QStringLiteral("see [1]"), QStringLiteral("/a (b)/")) +
        u" after";
    const auto link = MarkdownLink::at(line, 10);
    QVERIFY(link);
    QCOMPARE(link->start, 7);
    QCOMPARE(link->text, QStringLiteral("see \\[1\\]"));
    QCOMPARE(link->target, QStringLiteral("/a%20%28b%29/"));
    QCOMPARE(line.mid(link->start, link->length).back(), QLatin1Char(')'));
}

void TestMarkdownLink::findsTheLinkUnderTheCursor_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text"); // "<none>" when no link
    QTest::addColumn<QString>("target");
    QTest::addColumn<bool>("image");

    const QString line = QStringLiteral("See [Sales](/handbook/sales/#quota) and ![x](/i.png).");
    QTest::newRow("in the text") << line << 6 << "Sales"
                                 << "/handbook/sales/#quota" << false;
    QTest::newRow("on the bracket") << line << 4 << "Sales"
                                    << "/handbook/sales/#quota" << false;
    QTest::newRow("just after") << line << 35 << "Sales"
                                << "/handbook/sales/#quota" << false;
    QTest::newRow("between") << line << 37 << "<none>"
                             << "" << false;
    QTest::newRow("image") << line << 43 << "x"
                           << "/i.png" << true;
    QTest::newRow("brackets without target") << QStringLiteral("a [b] c [d](/e/)") << 3 << "<none>"
                                             << "" << false;
    QTest::newRow("link after brackets") << QStringLiteral("a [b] c [d](/e/)") << 9 << "d"
                                         << "/e/" << false;
    QTest::newRow("image inside a link")
        << QStringLiteral("[![logo](/l.png)](/home/)") << 3 << "logo"
        << "/l.png" << true;
    QTest::newRow("link around an image")
        << QStringLiteral("[![logo](/l.png)](/home/)") << 19 << "![logo](/l.png)"
        << "/home/" << false;
    QTest::newRow("unclosed") << QStringLiteral("[a](/b/") << 2 << "<none>"
                              << "" << false;
}

void TestMarkdownLink::findsTheLinkUnderTheCursor()
{
    QFETCH(QString, line);
    QFETCH(int, column);
    QFETCH(QString, text);
    QFETCH(QString, target);
    QFETCH(bool, image);
    const auto link = MarkdownLink::at(line, column);
    if (text == QLatin1String("<none>")) {
        QVERIFY2(!link, qPrintable(link ? link->text : QString()));
        return;
    }
    QVERIFY(link);
    QCOMPARE(link->text, text);
    QCOMPARE(link->target, target);
    QCOMPARE(link->image, image);
    QVERIFY(column >= link->start && column <= link->start + link->length);
    const QString written = line.mid(link->start, link->length);
    QVERIFY(
        written.startsWith(image ? QString(QStringLiteral("![") + text) : QString(u'[' + text)));
    QVERIFY(written.endsWith(u'(' + target + u')'));
}

QTEST_GUILESS_MAIN(TestMarkdownLink)
#include "tst_markdownlink.moc"
