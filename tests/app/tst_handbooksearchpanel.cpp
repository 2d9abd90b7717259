#include "testsupport.h"
#include "webenginetestmain.h"
#include "workspace/handbooksearchpanel.h"
#include "workspace/pageindexer.h"
#include "workspace/searchresultsmodel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Folio;
using namespace Folio::Workspace;

// "Find in Handbook" over a small Hugo handbook and over generated ones, driven with the
// keyboard and the mouse.

namespace {

const QString home = QStringLiteral("content/handbook/_index.md");
const QString sales = QStringLiteral("content/handbook/sales/_index.md");
const QString architects = QStringLiteral("content/handbook/solutions-architects/_index.md");

const QByteArray salesText = "---\n"
                             "title: Sales\n"
                             "---\n"
                             "Merge early.\n"
                             "merged later\n"
                             "  indented merge here\n";

PageIndex build(const QString &root)
{
    const auto handbook = Handbook::Handbook::open(root);
    return handbook ? PageIndexer::build(*handbook) : PageIndex();
}

// A plain folder of generated pages.
PageIndex generate(const QString &folder, int pages, const std::function<QByteArray(int)> &text)
{
    for (int i = 0; i < pages; ++i) {
        if (!Test::writeFile(
                QStringLiteral("%1/p%2.md").arg(folder).arg(i, 5, 10, QLatin1Char('0')), text(i)))
            return {};
    }
    const auto handbook = Handbook::Handbook::openPlainFolder(folder);
    return handbook ? PageIndexer::build(*handbook) : PageIndex();
}

} // namespace

class TestHandbookSearchPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void enterSearchesAndSaysHowMany();
    void typingSearchesAfterAPause();
    void matchCaseAndWholeWordChangeTheResults();
    void resultsStreamInIndexOrder();
    void stopCancels();
    void aSearchMatchingEverythingStopsByItself();
    void activatingALineGivesItsPosition();
    void refusesALineBreak();
    void aChangedHandbookIsOfferedNotSearched();
    void focusSearchSelectsTheText();

private:
    void searchFor(const QString &text);
    [[nodiscard]] QStringList shownPaths() const;

    QTemporaryDir m_dir;
    QString m_root;
    PageIndex m_index;
    QWidget *m_window = nullptr;
    HandbookSearchPanel *m_panel = nullptr;
};

void TestHandbookSearchPanel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_root = m_dir.filePath(QStringLiteral("hugo"));
    QVERIFY(Test::writeFile(m_root + QStringLiteral("/config.toml"), "title = 'x'\n"));
    QVERIFY(Test::writeFile(m_root + u'/' + home,
                            "---\ntitle: Handbook\n---\n# Handbook\n\nThe merge request flow.\n"));
    QVERIFY(Test::writeFile(m_root + u'/' + sales, salesText));
    QVERIFY(Test::writeFile(m_root + u'/' + architects,
                            "---\ntitle: Solutions Architects\n---\nNothing here.\n"));
    m_index = build(m_root);
    QCOMPARE(m_index.size(), 3);
}

void TestHandbookSearchPanel::init()
{
    m_window = new QWidget;
    m_panel = new HandbookSearchPanel(m_window);
    m_window->resize(500, 700);
    m_panel->resize(500, 700);
    new QAbstractItemModelTester(m_panel->model(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest, m_panel);
    m_panel->setIndex(m_index);
    m_window->show();
    m_window->activateWindow(); // shortcuts (F5) work in the active window
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

void TestHandbookSearchPanel::cleanup()
{
    delete m_window;
    m_window = nullptr;
    m_panel = nullptr;
}

void TestHandbookSearchPanel::searchFor(const QString &text)
{
    QSignalSpy finished(m_panel, &HandbookSearchPanel::searchFinished);
    m_panel->lineEdit()->setFocus();
    m_panel->lineEdit()->selectAll();
    QTest::keyClicks(m_panel->lineEdit(), text);
    QTest::keyClick(m_panel->lineEdit(), Qt::Key_Return);
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.last().first().toBool(), true);
}

QStringList TestHandbookSearchPanel::shownPaths() const
{
    QStringList paths;
    for (int row = 0; row < m_panel->model()->rowCount(); ++row)
        paths.append(m_panel->model()->index(row, 0).data(SearchResultsModel::PathRole).toString());
    return paths;
}

void TestHandbookSearchPanel::enterSearchesAndSaysHowMany()
{
    QVERIFY(!m_panel->stopButton()->isEnabled());
    searchFor(QStringLiteral("merge"));
    QCOMPARE(shownPaths(), (QStringList{home, sales}));
    QCOMPARE(m_panel->statusText(), QStringLiteral("4 matches in 2 pages"));
    QVERIFY(!m_panel->stopButton()->isEnabled());
    const QModelIndex salesRow = m_panel->model()->index(1, 0);
    QCOMPARE(salesRow.data().toString(), QStringLiteral("Sales — %1 (3)").arg(sales));
    QCOMPARE(m_panel->model()->rowCount(salesRow), 3);
    QVERIFY(m_panel->view()->isExpanded(salesRow));
    const QModelIndex line = m_panel->model()->index(0, 0, salesRow);
    QCOMPARE(line.data().toString(), QStringLiteral("4: Merge early."));
    QCOMPARE(line.data(SearchResultsModel::RangesRole).value<QList<LineMatch::Range>>(),
             (QList<LineMatch::Range>{{0, 5}}));

    searchFor(QStringLiteral("zebra"));
    QCOMPARE(m_panel->model()->rowCount(), 0);
    QCOMPARE(m_panel->statusText(), QStringLiteral("No matches"));
    searchFor(QStringLiteral("nothing"));
    QCOMPARE(m_panel->statusText(), QStringLiteral("1 match in 1 page"));
}

void TestHandbookSearchPanel::typingSearchesAfterAPause()
{
    QSignalSpy finished(m_panel, &HandbookSearchPanel::searchFinished);
    QTest::keyClicks(m_panel->lineEdit(), QStringLiteral("early"));
    // Not at every keystroke: after the pause.
    QVERIFY(!m_panel->isSearching());
    QCOMPARE(m_panel->model()->rowCount(), 0);
    QVERIFY(finished.wait(HandbookSearchPanel::TypingDelayMs + 5000));
    QCOMPARE(shownPaths(), (QStringList{sales}));
    // Clearing the text clears the results.
    m_panel->lineEdit()->clear();
    QCOMPARE(m_panel->model()->rowCount(), 0);
    QVERIFY(m_panel->statusText().isEmpty());
}

void TestHandbookSearchPanel::matchCaseAndWholeWordChangeTheResults()
{
    searchFor(QStringLiteral("merge"));
    QCOMPARE(m_panel->model()->matchCount(), 4);

    QSignalSpy finished(m_panel, &HandbookSearchPanel::searchFinished);
    QTest::mouseClick(m_panel->matchCaseBox(), Qt::LeftButton);
    QVERIFY(m_panel->matchCaseBox()->isChecked());
    QVERIFY(finished.wait(5000));
    QCOMPARE(m_panel->model()->matchCount(), 3); // not "Merge early."

    QTest::mouseClick(m_panel->wholeWordBox(), Qt::LeftButton);
    QVERIFY(finished.wait(5000));
    QCOMPARE(m_panel->model()->matchCount(), 2); // not "merged" either
    QCOMPARE(m_panel->statusText(), QStringLiteral("2 matches in 2 pages"));

    QTest::mouseClick(m_panel->matchCaseBox(), Qt::LeftButton);
    QVERIFY(finished.wait(5000));
    QCOMPARE(m_panel->model()->matchCount(), 3); // "Merge early." again
}

void TestHandbookSearchPanel::resultsStreamInIndexOrder()
{
    // 2,000 pages of about 1 KB: several chunks searched in parallel, results in batches.
    const PageIndex index =
        generate(m_dir.filePath(QStringLiteral("stream")), 2000, [](int i) -> QByteArray {
            QByteArray text = "# Page " + QByteArray::number(i) + "\n" + QByteArray(1000, 'x');
            if (i % 10 == 0)
                text += "\nthe needle\n";
            return text;
        });
    QCOMPARE(index.size(), 2000);
    m_panel->setIndex(index);
    QSignalSpy inserted(m_panel->model(), &SearchResultsModel::rowsInserted);
    QSignalSpy reset(m_panel->model(), &SearchResultsModel::modelReset);
    QSignalSpy finished(m_panel, &HandbookSearchPanel::searchFinished);
    m_panel->lineEdit()->setText(QStringLiteral("needle"));
    m_panel->search();
    const int resetsAtStart = int(reset.size());
    QVERIFY(m_panel->isSearching());
    QVERIFY(m_panel->stopButton()->isEnabled());
    QCOMPARE(m_panel->statusText(), QStringLiteral("Searching…"));
    QVERIFY(finished.wait(10000));
    // Rows were inserted batch by batch, never by resetting the model.
    QCOMPARE(reset.size(), resetsAtStart);
    QVERIFY2(inserted.size() > 1, qPrintable(QString::number(inserted.size())));
    QCOMPARE(m_panel->model()->pageCount(), 200);
    const QList<PageMatches> &pages = m_panel->model()->pages();
    for (qsizetype i = 1; i < pages.size(); ++i)
        QVERIFY(pages[i - 1].page < pages[i].page);
    QCOMPARE(pages.first().path, QStringLiteral("p00000.md"));
    QCOMPARE(m_panel->statusText(), QStringLiteral("200 matches in 200 pages"));
}

void TestHandbookSearchPanel::stopCancels()
{
    // Every character matches: long enough to stop it half way.
    const PageIndex index =
        generate(m_dir.filePath(QStringLiteral("slow")), 200,
                 [](int) -> QByteArray { return QByteArray(200000, 'a') + '\n'; });
    QCOMPARE(index.size(), 200);
    m_panel->setIndex(index);
    QSignalSpy finished(m_panel, &HandbookSearchPanel::searchFinished);
    m_panel->lineEdit()->setText(QStringLiteral("a"));
    QTest::keyClick(m_panel->lineEdit(), Qt::Key_Return);
    QVERIFY(m_panel->isSearching());
    QTest::mouseClick(m_panel->stopButton(), Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(!m_panel->isSearching());
    QVERIFY(!m_panel->stopButton()->isEnabled());
    QVERIFY2(m_panel->statusText().startsWith(QStringLiteral("Stopped: ")),
             qPrintable(m_panel->statusText()));
    QVERIFY(m_panel->statusText().endsWith(QStringLiteral(" so far")));
    QVERIFY(m_panel->model()->pageCount() < 200);
}

void TestHandbookSearchPanel::aSearchMatchingEverythingStopsByItself()
{
    // 30,000 matching lines: far more than anyone reads, and a heavy list to build.
    const PageIndex index = generate(m_dir.filePath(QStringLiteral("many")), 60, [](int) {
        QByteArray text;
        for (int line = 0; line < 500; ++line)
            text += "x marks the spot\n";
        return text;
    });
    m_panel->setIndex(index);
    QSignalSpy finished(m_panel, &HandbookSearchPanel::searchFinished);
    m_panel->lineEdit()->setText(QStringLiteral("x"));
    QTest::keyClick(m_panel->lineEdit(), Qt::Key_Return);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().toBool(), false);
    const int shown = m_panel->model()->matchCount();
    QCOMPARE(shown, HandbookSearchPanel::MaximumMatches);
    QVERIFY2(m_panel->statusText().startsWith(QStringLiteral("Stopped at ")),
             qPrintable(m_panel->statusText()));
}

void TestHandbookSearchPanel::activatingALineGivesItsPosition()
{
    searchFor(QStringLiteral("indented"));
    QCOMPARE(shownPaths(), (QStringList{sales}));
    QSignalSpy activated(m_panel, &HandbookSearchPanel::matchActivated);
    QTreeView *view = m_panel->view();
    const QModelIndex page = m_panel->model()->index(0, 0);
    const QModelIndex line = m_panel->model()->index(0, 0, page);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(line).center());
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first(), (QList<QVariant>{sales, 6, 2}));

    view->setFocus();
    view->setCurrentIndex(page);
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(activated.size(), 2);
    QCOMPARE(activated.last(), (QList<QVariant>{sales, 0, 0}));
    view->setCurrentIndex(line);
    QTest::keyClick(view, Qt::Key_Enter, Qt::KeypadModifier);
    QCOMPARE(activated.size(), 3);
    QCOMPARE(activated.last(), (QList<QVariant>{sales, 6, 2}));
}

void TestHandbookSearchPanel::refusesALineBreak()
{
    m_panel->lineEdit()->setText(QStringLiteral("merge\nearly"));
    QTest::keyClick(m_panel->lineEdit(), Qt::Key_Return);
    QVERIFY(!m_panel->isSearching());
    QCOMPARE(m_panel->model()->rowCount(), 0);
    QVERIFY2(m_panel->statusText().contains(QStringLiteral("one line")),
             qPrintable(m_panel->statusText()));
}

void TestHandbookSearchPanel::aChangedHandbookIsOfferedNotSearched()
{
    searchFor(QStringLiteral("merge"));
    QCOMPARE(m_panel->model()->matchCount(), 4);
    m_panel->setIndex(m_index); // the same snapshot: nothing changed
    QVERIFY(!m_panel->isChangedHintShown());

    QVERIFY(Test::writeFile(m_root + u'/' + sales, salesText + "merge once more\n"));
    const PageIndex changed = build(m_root);
    QVERIFY(Test::writeFile(m_root + u'/' + sales, salesText));
    m_panel->setIndex(changed);
    QVERIFY(m_panel->isChangedHintShown());
    QVERIFY(!m_panel->isSearching());
    QCOMPARE(m_panel->model()->matchCount(), 4);

    QSignalSpy finished(m_panel, &HandbookSearchPanel::searchFinished);
    m_panel->view()->setFocus();
    QTest::keyClick(m_panel->view(), Qt::Key_F5);
    QVERIFY(!m_panel->isChangedHintShown());
    QVERIFY(finished.wait(5000));
    QCOMPARE(m_panel->model()->matchCount(), 5);
}

void TestHandbookSearchPanel::focusSearchSelectsTheText()
{
    m_panel->lineEdit()->setText(QStringLiteral("old"));
    m_panel->view()->setFocus();
    m_panel->focusSearch();
    QVERIFY(m_panel->lineEdit()->hasFocus());
    QCOMPARE(m_panel->lineEdit()->selectedText(), QStringLiteral("old"));
    m_panel->focusSearch(QStringLiteral("request"));
    QCOMPARE(m_panel->lineEdit()->selectedText(), QStringLiteral("request"));
}

FOLIO_WIDGETS_TEST_MAIN(TestHandbookSearchPanel)
#include "tst_handbooksearchpanel.moc"
