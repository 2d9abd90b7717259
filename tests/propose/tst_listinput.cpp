#include "propose/listinput.h"

#include <QTest>

using namespace Folio;
using namespace Qt::StringLiterals;

// Labels, reviewers and assignees typed in one line read the same in the propose dialog
// and in Preferences.
class TestListInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
};

void TestListInput::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("items");
    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("commas") << u"docs, SA-HANDBOOK"_s << QStringList{u"docs"_s, u"SA-HANDBOOK"_s};
    QTest::newRow("spaces and commas") << u" a,b  c ,, "_s << QStringList{u"a"_s, u"b"_s, u"c"_s};
    QTest::newRow("handles") << u"@ada @grace"_s << QStringList{u"ada"_s, u"grace"_s};
    QTest::newRow("a lone @") << u"@ , x"_s << QStringList{u"x"_s};
    QTest::newRow("each once, in order")
        << u"docs, SA-HANDBOOK, docs @docs"_s << QStringList{u"docs"_s, u"SA-HANDBOOK"_s};
}

void TestListInput::parses()
{
    QFETCH(QString, text);
    QFETCH(QStringList, items);
    QCOMPARE(Propose::parseListInput(text), items);
}

QTEST_GUILESS_MAIN(TestListInput)
#include "tst_listinput.moc"
