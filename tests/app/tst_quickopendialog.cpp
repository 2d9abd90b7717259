#include "testsupport.h"
#include "webenginetestmain.h"
#include "workspace/pageindexer.h"
#include "workspace/quickopendelegate.h"
#include "workspace/quickopendialog.h"
#include "workspace/quickopenmodel.h"

#include <QAbstractItemModelTester>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Folio;
using namespace Folio::Workspace;

// Quick open over a small Hugo handbook, driven with the keyboard and the mouse as a user would.

namespace {

const QString sales = QStringLiteral("content/handbook/sales/_index.md");
const QString architects = QStringLiteral("content/handbook/solutions-architects/_index.md");
const QString demos = QStringLiteral("content/handbook/solutions-architects/demos.md");
const QString standards = QStringLiteral("content/handbook/security/standards.md");

QStringList paths(const QList<QuickOpenMatch> &matches)
{
    QStringList list;
    for (const QuickOpenMatch &match : matches)
        list.append(match.path);
    return list;
}

} // namespace

class TestQuickOpenDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void typingRanksTheBestMatchFirst();
    void downAndEnterChooseTheSecondMatch();
    void pageKeysMoveTheSelection();
    void clickChoosesAMatch();
    void escapeCloses();
    void positionsReachTheDelegate();
    void emptyQueryShowsRecentPages();
    void saysItIsIndexingUntilTheIndexArrives();
    void aNewSnapshotIsMatchedWhileOpen();

private:
    void writePage(const QString &path, const QByteArray &text);
    [[nodiscard]] PageIndex buildIndex() const;
    [[nodiscard]] QLabel *status() const
    {
        return m_dialog->findChild<QLabel *>(QStringLiteral("quickOpenStatus"));
    }

    QTemporaryDir m_dir;
    QString m_root;
    PageIndex m_index;
    QWidget *m_window = nullptr;
    QuickOpenDialog *m_dialog = nullptr;
};

void TestQuickOpenDialog::writePage(const QString &path, const QByteArray &text)
{
    QVERIFY(Test::writeFile(m_root + u'/' + path, text));
}

PageIndex TestQuickOpenDialog::buildIndex() const
{
    const auto handbook = Handbook::Handbook::open(m_root);
    if (!handbook)
        return {};
    return PageIndexer::build(*handbook);
}

void TestQuickOpenDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_root = m_dir.filePath(QStringLiteral("hugo"));
    QVERIFY(Test::writeFile(m_root + QStringLiteral("/config.toml"), "title = 'x'\n"));
    writePage(QStringLiteral("content/handbook/_index.md"), "---\ntitle: Handbook\n---\nHi\n");
    writePage(sales, "---\ntitle: Sales\n---\nSell.\n");
    writePage(architects, "---\ntitle: Solutions Architects\n---\nWe help.\n");
    writePage(demos, "---\ntitle: Demos\n---\nShow.\n");
    writePage(standards, "---\ntitle: Security Standards\n---\nSafe.\n");
    writePage(QStringLiteral("content/handbook/support/sla.md"), "---\ntitle: SLA\n---\nFast.\n");
    writePage(QStringLiteral("content/handbook/engineering/onboarding.md"), "Welcome.\n");
    m_index = buildIndex();
    QCOMPARE(m_index.size(), 7);
}

void TestQuickOpenDialog::init()
{
    m_window = new QWidget;
    m_window->resize(900, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_dialog = new QuickOpenDialog(m_window);
    new QAbstractItemModelTester(m_dialog->view()->model(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest, m_dialog);
    m_dialog->setIndex(m_index);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog));
    QVERIFY(m_dialog->lineEdit()->hasFocus());
}

void TestQuickOpenDialog::cleanup()
{
    delete m_window; // and the dialog with it
    m_window = nullptr;
    m_dialog = nullptr;
}

void TestQuickOpenDialog::typingRanksTheBestMatchFirst()
{
    QVERIFY(m_dialog->matches().isEmpty()); // no recent pages given
    // QuickOpenMatcher ignores white space: "sa arch" would be "saarch", which needs two a's
    // before "rch"; "sol arch" is what a user types for this page.
    QTest::keyClicks(m_dialog->lineEdit(), QStringLiteral("sol arch"));
    QVERIFY(!m_dialog->matches().isEmpty());
    QCOMPARE(m_dialog->matches().first().path, architects);
    QCOMPARE(m_dialog->view()->model()->rowCount(), m_dialog->matches().size());
    QCOMPARE(m_dialog->view()->currentIndex().row(), 0);
    QCOMPARE(m_dialog->view()->currentIndex().data(QuickOpenModel::PathRole).toString(),
             architects);
    // Word starts count: both "Sales" and "Solutions Architects" are above the rest for "sa".
    m_dialog->lineEdit()->clear();
    QTest::keyClicks(m_dialog->lineEdit(), QStringLiteral("sa"));
    QVERIFY(m_dialog->matches().size() >= 2);
    QVERIFY(paths(m_dialog->matches().mid(0, 2)).contains(architects));
    QVERIFY(paths(m_dialog->matches().mid(0, 2)).contains(sales));
    // Every keystroke matches again.
    QTest::keyClick(m_dialog->lineEdit(), Qt::Key_Backspace);
    QTest::keyClicks(m_dialog->lineEdit(), QStringLiteral("zzz"));
    QVERIFY(m_dialog->matches().isEmpty());
    QVERIFY(status()->isVisibleTo(m_dialog));
}

void TestQuickOpenDialog::downAndEnterChooseTheSecondMatch()
{
    QSignalSpy chosen(m_dialog, &QuickOpenDialog::pageChosen);
    QTest::keyClicks(m_dialog->lineEdit(), QStringLiteral("sa"));
    QVERIFY(m_dialog->matches().size() >= 2);
    const QString second = m_dialog->matches().at(1).path;
    QTest::keyClick(m_dialog->lineEdit(), Qt::Key_Down);
    QVERIFY(m_dialog->lineEdit()->hasFocus()); // the focus stays where the typing is
    QCOMPARE(m_dialog->view()->currentIndex().row(), 1);
    QTest::keyClick(m_dialog->lineEdit(), Qt::Key_Return);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.first().first().toString(), second);
    QVERIFY(!m_dialog->isVisible());
}

void TestQuickOpenDialog::pageKeysMoveTheSelection()
{
    QTest::keyClicks(m_dialog->lineEdit(), QStringLiteral("s"));
    const int rows = int(m_dialog->matches().size());
    QVERIFY(rows >= 3);
    QTest::keyClick(m_dialog->lineEdit(), Qt::Key_PageDown);
    QCOMPARE(m_dialog->view()->currentIndex().row(), rows - 1); // all of them fit in the list
    QTest::keyClick(m_dialog->lineEdit(), Qt::Key_Up);
    QCOMPARE(m_dialog->view()->currentIndex().row(), rows - 2);
    QTest::keyClick(m_dialog->lineEdit(), Qt::Key_PageUp);
    QCOMPARE(m_dialog->view()->currentIndex().row(), 0);
    QCOMPARE(m_dialog->lineEdit()->text(), QStringLiteral("s"));
}

void TestQuickOpenDialog::clickChoosesAMatch()
{
    QSignalSpy chosen(m_dialog, &QuickOpenDialog::pageChosen);
    QTest::keyClicks(m_dialog->lineEdit(), QStringLiteral("s"));
    QVERIFY(m_dialog->matches().size() >= 3);
    const QString third = m_dialog->matches().at(2).path;
    QListView *view = m_dialog->view();
    const QRect rect = view->visualRect(view->model()->index(2, 0));
    QVERIFY(rect.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.first().first().toString(), third);
    QVERIFY(!m_dialog->isVisible());
}

void TestQuickOpenDialog::escapeCloses()
{
    QSignalSpy chosen(m_dialog, &QuickOpenDialog::pageChosen);
    QTest::keyClicks(m_dialog->lineEdit(), QStringLiteral("sales"));
    QTest::keyClick(m_dialog->lineEdit(), Qt::Key_Escape);
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(chosen.size(), 0);
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    // Opened again, it starts afresh.
    m_dialog->show();
    QVERIFY(m_dialog->lineEdit()->text().isEmpty());
}

void TestQuickOpenDialog::positionsReachTheDelegate()
{
    QTest::keyClicks(m_dialog->lineEdit(), QStringLiteral("sol arch"));
    const QModelIndex first = m_dialog->view()->model()->index(0, 0);
    const QString title = first.data(QuickOpenModel::TitleRole).toString();
    const auto positions = first.data(QuickOpenModel::TitlePositionsRole).value<QList<int>>();
    QCOMPARE(positions, m_dialog->matches().first().titlePositions);
    QString matched;
    for (const int position : positions)
        matched += title.at(position).toLower();
    QCOMPARE(matched, QStringLiteral("solarch"));

    // The delegate draws those characters differently (bold): the same row painted without
    // positions looks different.
    QuickOpenModel model;
    QuickOpenMatch match = m_dialog->matches().first();
    model.setMatches({match});
    match.titlePositions.clear();
    match.pathPositions.clear();
    QuickOpenModel plainModel;
    plainModel.setMatches({match});
    QuickOpenDelegate delegate;
    const auto paint = [&delegate](const QuickOpenModel &rows) {
        QStyleOptionViewItem option;
        option.rect = QRect(0, 0, 400, 48);
        option.state = QStyle::State_Enabled;
        option.palette = QPalette(Qt::white);
        QImage image(option.rect.size(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        delegate.paint(&painter, option, rows.index(0));
        return image;
    };
    const QImage highlighted = paint(model);
    const QImage plain = paint(plainModel);
    QVERIFY(highlighted != plain);
    QVERIFY(plain != QImage(plain.size(), plain.format())); // something was drawn at all
}

void TestQuickOpenDialog::emptyQueryShowsRecentPages()
{
    m_dialog->setRecentPages({demos, QStringLiteral("content/handbook/gone.md"), sales});
    QCOMPARE(paths(m_dialog->matches()), (QStringList{demos, sales}));
    QCOMPARE(m_dialog->matches().first().title, QStringLiteral("Demos"));
    QTest::keyClicks(m_dialog->lineEdit(), QStringLiteral("secstd"));
    QCOMPARE(m_dialog->matches().first().path, standards);
    m_dialog->lineEdit()->clear();
    QCOMPARE(paths(m_dialog->matches()), (QStringList{demos, sales}));
}

void TestQuickOpenDialog::saysItIsIndexingUntilTheIndexArrives()
{
    QuickOpenDialog dialog(m_window);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QLabel *label = dialog.findChild<QLabel *>(QStringLiteral("quickOpenStatus"));
    QVERIFY(label->isVisibleTo(&dialog));
    QVERIFY(label->text().contains(QStringLiteral("Indexing")));
    QTest::keyClicks(dialog.lineEdit(), QStringLiteral("sales"));
    QVERIFY(dialog.matches().isEmpty());
    dialog.setIndex(m_index);
    QVERIFY(!dialog.matches().isEmpty());
    QCOMPARE(dialog.matches().first().path, sales);
    QVERIFY(!label->isVisibleTo(&dialog));
}

void TestQuickOpenDialog::aNewSnapshotIsMatchedWhileOpen()
{
    QTest::keyClicks(m_dialog->lineEdit(), QStringLiteral("handover"));
    QVERIFY(m_dialog->matches().isEmpty());
    writePage(QStringLiteral("content/handbook/sales/handover.md"),
              "---\ntitle: Handover\n---\nNext.\n");
    const PageIndex updated = buildIndex();
    QVERIFY(QFile::remove(m_root + QStringLiteral("/content/handbook/sales/handover.md")));
    m_dialog->setIndex(updated);
    QVERIFY(!m_dialog->matches().isEmpty());
    QCOMPARE(m_dialog->matches().first().title, QStringLiteral("Handover"));
    // The same snapshot again changes nothing (and builds no matcher).
    m_dialog->setIndex(updated);
    QCOMPARE(m_dialog->matches().first().title, QStringLiteral("Handover"));
}

FOLIO_WIDGETS_TEST_MAIN(TestQuickOpenDialog)
#include "tst_quickopendialog.moc"
