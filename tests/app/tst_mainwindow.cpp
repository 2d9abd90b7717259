#include "editor/editorview.h"
#include "frontmatter/fieldeditor.h"
#include "frontmatter/frontmatterpanel.h"
#include "git/clonedialog.h"
#include "git/gitlibrary.h"
#include "guiapplication.h"
#include "handbook/demohandbook.h"
#include "handbook/pagetreemodel.h"
#include "mainwindow/mainwindow.h"
#include "preview/previewschemehandler.h"
#include "preview/previewview.h"
#include "previewtestsupport.h"
#include "webenginetestmain.h"
#include "widgets/messagebanner.h"
#include "workspace/backlinkspanel.h"
#include "workspace/handbooksearchpanel.h"
#include "workspace/outlinepanel.h"
#include "workspace/quickopendialog.h"
#include "workspace/searchresultsmodel.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

#include <functional>

using namespace Folio;

namespace {

using Test::evaluate;

QString previewText(Preview::PreviewView *preview, const QString &selector)
{
    return evaluate(
               preview,
               QStringLiteral(
                   "(function(){var e=document.querySelector('%1');return e?e.textContent:'';})()")
                   .arg(selector))
        .toString();
}

// Types text like a user, Enter for each newline.
void type(QWidget *widget, const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(widget, Qt::Key_Return);
        if (!lines[i].isEmpty())
            QTest::keyClicks(widget, lines[i]);
    }
}

// Answers the next modal message box with button.
void answerNextMessageBox(QMessageBox::StandardButton button, QString *text = nullptr)
{
    QTimer::singleShot(0, qApp, [=] {
        QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (text)
            *text = box->text();
        box->button(button)->click();
    });
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void opensDemoHandbookWithRenderedPreview();
    void pageTreeShowsTitlesAndOpensPages();
    void typingUpdatesPreviewAndTitle();
    void filterFindsAPageAndEnterOpensIt();
    void backlinksAndOutlineNavigateTheHandbook();
    void quickOpenAndFindInHandbookOpenPages();
    void ctrlSSavesAndUpdatesGitState();
    void savingKeepsNonBreakingSpaces();
    void frontMatterFormEditsAndSavesOnlyTheTitle();
    void imagesLoadFromTheHandbook();
    void pageScriptsNeverRun();
    void previewLinkOpensThePage();
    void previewLinkToAnAnchorShowsIt();
    void clickingAWordInThePreviewPutsTheCursorOnIt();
    void badPagesShowAMessageAndAreNotWritten_data();
    void badPagesShowAMessageAndAreNotWritten();
    void badPathsShowAMessage();
    void opensAPageGivenOnTheCommandLine();
    void closingWithUnsavedChangesAsks();
    void cloningIsOfferedWhereHandbooksAreOpened();

private:
    QString demoPage(const QString &relative) const { return m_demo + u'/' + relative; }

    QTemporaryDir m_home;
    QString m_demo;
    MainWindow *m_window = nullptr;
    Git::GitLibrary m_git;
};

void TestMainWindow::initTestCase()
{
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    qputenv("HOME", m_home.path().toUtf8());
    // These tests are about edits left unsaved (and share one demo handbook): autosave, on by
    // default, would save them after any pause longer than its delay (tst_recovery tests it).
    QSettings().setValue(QStringLiteral("editor/autosave"), false);
    m_demo = Handbook::DemoHandbook::defaultLocation();
    QVERIFY(m_demo.startsWith(m_home.path()));
}

void TestMainWindow::init()
{
    m_window = new MainWindow;
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestMainWindow::cleanup()
{
    m_window->editor()->document()->setModified(false);
    delete m_window;
    m_window = nullptr;
}

void TestMainWindow::opensDemoHandbookWithRenderedPreview()
{
    QSignalSpy updated(m_window->preview(), &Preview::PreviewView::contentUpdated);
    m_window->openDemoHandbook();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->currentPage().isEmpty(), 10000);
    QCOMPARE(m_window->currentPage(), QStringLiteral("content/handbook/_index.md"));
    QVERIFY(updated.wait(20000) || updated.count() > 0);

    const QString title = Handbook::Handbook::readTitle(demoPage(m_window->currentPage()));
    QVERIFY(!title.isEmpty());
    QCOMPARE(previewText(m_window->preview(), QStringLiteral("#folio-content h1")), title);
    QVERIFY(!previewText(m_window->preview(), QStringLiteral("#folio-content h2")).isEmpty());
    // Front matter is not shown as text.
    const QString body = previewText(m_window->preview(), QStringLiteral("#folio-content"));
    QVERIFY2(!body.contains(QStringLiteral("title:")), qPrintable(body));
    QVERIFY(m_window->windowTitle().contains(title));
}

void TestMainWindow::pageTreeShowsTitlesAndOpensPages()
{
    QSignalSpy scanned(m_window, &MainWindow::pagesScanned);
    m_window->openDemoHandbook();
    QVERIFY(scanned.wait(10000));
    QVERIFY(scanned.first().first().toInt() >= 4);

    Handbook::PageTreeModel *model = m_window->pageModel();
    const QString sales = QStringLiteral("sites/handbook/source/handbook/sales/index.html.md");
    const QModelIndex source = model->indexForPath(sales);
    QVERIFY(source.isValid());
    QCOMPARE(source.data().toString(), Handbook::Handbook::readTitle(demoPage(sales)));
    // The tree shows the model through its filter.
    const auto *filter = qobject_cast<const QSortFilterProxyModel *>(m_window->pageTree()->model());
    QVERIFY(filter);
    const QModelIndex index = filter->mapFromSource(source);

    // A click in the tree opens the page.
    m_window->pageTree()->scrollTo(index);
    const QRect rect = m_window->pageTree()->visualRect(index);
    QVERIFY(rect.isValid());
    QTest::mouseClick(m_window->pageTree()->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(m_window->currentPage(), sales);
    QCOMPARE(m_window->editor()->pageText().toUtf8(), Test::readFile(demoPage(sales)));
    QTRY_VERIFY_WITH_TIMEOUT(
        previewText(m_window->preview(), QStringLiteral("#folio-content h1")) ==
            index.data().toString(),
        20000);
}

void TestMainWindow::filterFindsAPageAndEnterOpensIt()
{
    QSignalSpy scanned(m_window, &MainWindow::pagesScanned);
    m_window->openDemoHandbook();
    QVERIFY(scanned.wait(10000));
    const QString discovery =
        QStringLiteral("sites/handbook/source/handbook/sales/discovery-calls/index.html.md");
    QVERIFY(QFile::exists(demoPage(discovery)));
    const QString title = Handbook::Handbook::readTitle(demoPage(discovery));

    QLineEdit *filter = m_window->pageFilterEdit();
    filter->setFocus();
    type(filter, title.left(6).toLower());
    QTreeView *tree = m_window->pageTree();
    // Only the match and the folders above it are left.
    int pages = 0;
    const auto walk = [&](const QModelIndex &parent, auto &&self) -> void {
        for (int row = 0; row < tree->model()->rowCount(parent); ++row) {
            const QModelIndex index = tree->model()->index(row, 0, parent);
            if (!index.data(Handbook::PageTreeModel::PathRole).toString().isEmpty())
                ++pages;
            self(index, self);
        }
    };
    walk({}, walk);
    QVERIFY2(pages >= 1 && pages <= 3, qPrintable(QString::number(pages)));
    QTest::keyClick(filter, Qt::Key_Return);
    QTRY_COMPARE(m_window->currentPage(), discovery);
    QVERIFY(tree->hasFocus());
    // Esc in the filter clears it and the whole tree is back.
    filter->setFocus();
    QTest::keyClick(filter, Qt::Key_Escape);
    QCOMPARE(filter->text(), QString());
    QCOMPARE(tree->currentIndex().data(Handbook::PageTreeModel::PathRole).toString(), discovery);
}

void TestMainWindow::backlinksAndOutlineNavigateTheHandbook()
{
    QSignalSpy indexed(m_window, &MainWindow::indexReady);
    m_window->openDemoHandbook();
    QVERIFY(indexed.wait(20000));
    const QString sa = QStringLiteral("content/handbook/solutions-architects/_index.md");
    QVERIFY(m_window->openPage(sa));

    // The home page links here twice.
    Workspace::BacklinksPanel *backlinks = m_window->backlinksPanel();
    QTRY_VERIFY(backlinks->backlinks().size() >= 2);
    const Workspace::Backlink first = backlinks->backlinks().first();
    QCOMPARE(first.fromPath, QStringLiteral("content/handbook/_index.md"));
    QVERIFY2(first.lineText.contains(QStringLiteral("[Solutions Architects]")),
             qPrintable(first.lineText));
    QListWidget *list = backlinks->view();
    Q_EMIT list->itemActivated(list->item(0));
    QCOMPARE(m_window->currentPage(), first.fromPath);
    QCOMPARE(m_window->editor()->textCursor().blockNumber() + 1, first.line);

    // The outline of the open page; a heading puts the cursor on its line.
    Workspace::OutlinePanel *outline = m_window->outlinePanel();
    QTRY_VERIFY(!outline->headings().isEmpty());
    const Workspace::PageHeading heading = outline->headings().last();
    QTreeWidgetItemIterator it(outline->view());
    QTreeWidgetItem *last = nullptr;
    for (; *it; ++it)
        last = *it;
    Q_EMIT outline->view()->itemActivated(last, 0);
    QCOMPARE(m_window->editor()->textCursor().blockNumber() + 1, heading.line);

    // A save reaches the index: a new link from this page shows on the target's backlinks.
    Editor::EditorView *editor = m_window->editor();
    editor->moveCursor(QTextCursor::End);
    type(editor, QStringLiteral("\nAlso see [discovery](/handbook/sales/discovery-calls/).\n"));
    indexed.clear();
    QVERIFY(m_window->save());
    QVERIFY(indexed.wait(20000));
    QVERIFY(m_window->openPage(
        QStringLiteral("sites/handbook/source/handbook/sales/discovery-calls/index.html.md")));
    bool found = false;
    for (const Workspace::Backlink &link : backlinks->backlinks())
        found = found || (link.fromPath == first.fromPath &&
                          link.lineText.contains(QStringLiteral("Also see")));
    QVERIFY(found);
    QVERIFY(
        Test::git(m_demo, {QStringLiteral("checkout"), QStringLiteral("--"), QStringLiteral(".")})
            .exitCode == 0);
}

void TestMainWindow::quickOpenAndFindInHandbookOpenPages()
{
    QSignalSpy indexed(m_window, &MainWindow::indexReady);
    m_window->openDemoHandbook();
    QVERIFY(indexed.wait(20000));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->currentPage().isEmpty(), 10000);

    // Ctrl+P, a few letters of a title, Enter.
    QTest::keyClick(m_window, Qt::Key_P, Qt::ControlModifier);
    Workspace::QuickOpenDialog *quickOpen = m_window->quickOpenDialog();
    QTRY_VERIFY(quickOpen->isVisible());
    QTest::keyClicks(quickOpen->lineEdit(), QStringLiteral("discov"));
    QTRY_VERIFY(!quickOpen->matches().isEmpty());
    QTest::keyClick(quickOpen->lineEdit(), Qt::Key_Return);
    QTRY_COMPARE(
        m_window->currentPage(),
        QStringLiteral("sites/handbook/source/handbook/sales/discovery-calls/index.html.md"));
    QVERIFY(!quickOpen->isVisible());

    // Ctrl+Shift+F, a word, Enter; a result line opens its page at the match.
    QTest::keyClick(m_window, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    Workspace::HandbookSearchPanel *search = m_window->searchPanel();
    QTRY_VERIFY(search->isVisible());
    QTRY_VERIFY(search->lineEdit()->hasFocus());
    search->lineEdit()->clear();
    QTest::keyClicks(search->lineEdit(), QStringLiteral("enviroment"));
    QTest::keyClick(search->lineEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!search->isSearching() && search->model()->matchCount() >= 1, 10000);
    QSignalSpy activated(search, &Workspace::HandbookSearchPanel::matchActivated);
    QAbstractItemView *view = search->view();
    const QModelIndex page = view->model()->index(0, 0);
    const QModelIndex line = view->model()->index(0, 0, page);
    QVERIFY(line.isValid());
    view->setCurrentIndex(line);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    const QString path = activated[0][0].toString();
    QCOMPARE(m_window->currentPage(), path);
    const int typo = int(m_window->editor()->pageText().indexOf(QStringLiteral("enviroment")));
    QVERIFY(typo > 0);
    QCOMPARE(m_window->editor()->textCursor().position(), typo);
}

void TestMainWindow::typingUpdatesPreviewAndTitle()
{
    m_window->openDemoHandbook();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->currentPage().isEmpty(), 10000);
    QVERIFY(!m_window->isWindowModified());
    Editor::EditorView *editor = m_window->editor();
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);
    type(editor, QStringLiteral("\n## Typed by a test\n"));
    QVERIFY(m_window->isWindowModified());
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("[*]")));
    QTRY_VERIFY_WITH_TIMEOUT(
        evaluate(m_window->preview(),
                 QStringLiteral("Array.from(document.querySelectorAll('h2')).some(function(h){"
                                "return h.textContent === 'Typed by a test';})"))
            .toBool(),
        20000);
    // Typing never writes the file by itself.
    QVERIFY(!Test::readFile(demoPage(m_window->currentPage())).contains("Typed by a test"));
}

void TestMainWindow::ctrlSSavesAndUpdatesGitState()
{
    QSignalSpy gitShown(m_window, &MainWindow::gitStateShown);
    m_window->openDemoHandbook();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->currentPage().isEmpty(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(gitShown.count() > 0, 10000);
    QCOMPARE(m_window->branchLabel()->text(), QStringLiteral("Branch: main"));
    QCOMPARE(m_window->pageStateLabel()->text(), QStringLiteral("This page: as last committed"));

    Editor::EditorView *editor = m_window->editor();
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);
    type(editor, QStringLiteral("Saved line.\n"));
    gitShown.clear();
    QSignalSpy saved(m_window, &MainWindow::pageSaved);
    QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(saved.count(), 1);
    QVERIFY(!m_window->isWindowModified());
    QCOMPARE(Test::readFile(demoPage(m_window->currentPage())), editor->pageText().toUtf8());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->pageStateLabel()->text(),
                              QStringLiteral("This page: changed since the last commit"), 10000);
    // The tree marks the page as changed.
    QTRY_COMPARE_WITH_TIMEOUT(m_window->pageModel()
                                  ->indexForPath(m_window->currentPage())
                                  .data(Handbook::PageTreeModel::BadgeRole)
                                  .toString(),
                              QStringLiteral("M"), 10000);

    // What git itself sees agrees.
    const auto status =
        Test::git(m_demo, {QStringLiteral("status"), QStringLiteral("--porcelain")});
    QCOMPARE(status.out.trimmed(), QByteArray("M ") + m_window->currentPage().toUtf8());
    QCOMPARE(
        Test::git(m_demo, {QStringLiteral("checkout"), QStringLiteral("--"), QStringLiteral(".")})
            .exitCode,
        0);
}

// The Front Matter dock on a page with CRLF line endings: typing a new title in the form
// and saving changes only the title's bytes on disk.
void TestMainWindow::frontMatterFormEditsAndSavesOnlyTheTitle()
{
    m_window->openDemoHandbook();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->currentPage().isEmpty(), 10000);
    const QString page = QStringLiteral("content/handbook/crlf.md");
    const QByteArray original = "---\r\n# keep me\r\ntitle: \"Old title\"\r\nweight: 3\r\n---\r\n"
                                "Body\r\n";
    QVERIFY(Test::writeFile(demoPage(page), original));
    QVERIFY(m_window->openPage(page));
    FrontMatter::FrontMatterPanel *panel = m_window->frontMatterPanel();
    // The test screen is small: the dock starts hidden, and Ctrl+Shift+M shows it.
    QVERIFY(m_window->width() < 1200);
    QVERIFY(!panel->isVisible());
    QTest::keyClick(m_window, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(panel->isVisible());
    const auto titleEdit = [panel]() -> QLineEdit * {
        auto *editor = panel->fieldEditor(QStringLiteral("title"));
        return editor ? editor->findChild<QLineEdit *>() : nullptr;
    };
    QTRY_VERIFY(titleEdit() && titleEdit()->text() == QStringLiteral("Old title"));
    QLineEdit *title = titleEdit();
    title->setFocus();
    title->selectAll();
    type(title, QStringLiteral("New title"));
    // Saved at once, before the form's pause: what was typed is in the save.
    QVERIFY(m_window->save());
    QByteArray expected = original;
    expected.replace("\"Old title\"", "\"New title\"");
    QCOMPARE(Test::readFile(demoPage(page)), expected);
    // The handbook's schema reached the form: the recommended description is offered.
    QTRY_VERIFY_WITH_TIMEOUT(panel->shownKeys().contains(QStringLiteral("description")), 10000);
    QVERIFY(QFile::remove(demoPage(page)));
}

void TestMainWindow::savingKeepsNonBreakingSpaces()
{
    m_window->openDemoHandbook();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->currentPage().isEmpty(), 10000);
    const QString page = QStringLiteral("content/handbook/nbsp.md");
    const QByteArray original = "---\r\ntitle: Spaces\r\n---\r\n10\xC2\xA0"
                                "GB and a\ttab\r\nsecond line\r\n";
    QVERIFY(Test::writeFile(demoPage(page), original));
    QVERIFY(m_window->openPage(page));
    Editor::EditorView *editor = m_window->editor();
    editor->moveCursor(QTextCursor::End);
    type(editor, QStringLiteral("third"));
    QVERIFY(m_window->save());
    QCOMPARE(Test::readFile(demoPage(page)), original + "third");
    QVERIFY(QFile::remove(demoPage(page)));
}

void TestMainWindow::imagesLoadFromTheHandbook()
{
    m_window->openDemoHandbook();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->currentPage().isEmpty(), 10000);
    QSignalSpy updated(m_window->preview(), &Preview::PreviewView::contentUpdated);
    QVERIFY(m_window->openPage(QStringLiteral("content/handbook/solutions-architects/_index.md")));
    QVERIFY(updated.wait(20000));
    const QString images = QStringLiteral(
        "(function(){var i=document.querySelectorAll('#folio-content img');if(!i.length)return -1;"
        "var n=0;i.forEach(function(x){if(x.complete&&x.naturalWidth>0)n++;});return "
        "n===i.length?1:0;})()");
    QTRY_COMPARE_WITH_TIMEOUT(evaluate(m_window->preview(), images).toInt(), 1, 20000);
}

void TestMainWindow::pageScriptsNeverRun()
{
    m_window->openDemoHandbook();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->currentPage().isEmpty(), 10000);
    const QString page = QStringLiteral("content/handbook/hostile.md");
    QVERIFY(Test::writeFile(
        demoPage(page),
        "---\ntitle: Hostile\n---\n# Hostile\n\n"
        "<img src=\"nope.png\" onerror=\"document.body.setAttribute('data-pwned','1')\">\n\n"
        "<div "
        "onmouseover=\"x()\"><script>document.body.setAttribute('data-pwned','2')</script></"
        "div>\n\n"
        "<img id=\"local\" src=\"file:///etc/hostname\">\n\n"
        "![up](../../../../../../../../etc/hostname)\n"));
    QSignalSpy updated(m_window->preview(), &Preview::PreviewView::contentUpdated);
    QVERIFY(m_window->openPage(page));
    QVERIFY(updated.wait(20000));
    QTest::qWait(500); // give a handler the time it would need to fire
    QCOMPARE(
        evaluate(m_window->preview(), QStringLiteral("document.body.getAttribute('data-pwned')")),
        QVariant());
    QCOMPARE(
        evaluate(m_window->preview(),
                 QStringLiteral(
                     "(function(){var n=0;document.querySelectorAll('img').forEach(function(x){"
                     "if(x.naturalWidth>0)n++;});return n;})()"))
            .toInt(),
        0);
    QVERIFY(QFile::remove(demoPage(page)));
}

void TestMainWindow::previewLinkOpensThePage()
{
    m_window->openDemoHandbook();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->currentPage().isEmpty(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(
        !previewText(m_window->preview(), QStringLiteral("#folio-content h1")).isEmpty(), 20000);
    const QVariant clicked = evaluate(
        m_window->preview(),
        QStringLiteral("(function(){var a=document.querySelector('a[href^=\"/handbook/sales\"]');"
                       "if(!a)return '';a.click();return a.getAttribute('href');})()"));
    QVERIFY2(!clicked.toString().isEmpty(), "the demo's home page links to the sales pages");
    const QString expected = m_window->handbook().pageForUrl(clicked.toString());
    QVERIFY(!expected.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentPage(), expected, 10000);
}

void TestMainWindow::previewLinkToAnAnchorShowsIt()
{
    m_window->openDemoHandbook();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->currentPage().isEmpty(), 10000);
    QSignalSpy updated(m_window->preview(), &Preview::PreviewView::contentUpdated);
    QVERIFY(m_window->openPage(
        QStringLiteral("content/handbook/solutions-architects/demo-environments.md")));
    QVERIFY(updated.wait(20000));
    const QVariant clicked = evaluate(
        m_window->preview(),
        QStringLiteral("(function(){var a=document.querySelector('a[href*=\"#working-with-us\"]');"
                       "if(!a)return '';a.click();return a.getAttribute('href');})()"));
    QVERIFY2(!clicked.toString().isEmpty(), "the demo links to an anchor on another page");
    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentPage(),
                              QStringLiteral("content/handbook/solutions-architects/_index.md"),
                              10000);
    // The heading with that id is at the top of the preview.
    QTRY_VERIFY_WITH_TIMEOUT(
        evaluate(m_window->preview(),
                 QStringLiteral("(function(){var h=document.getElementById("
                                "'working-with-us');return h&&window.scrollY>0&&"
                                "Math.abs(h.getBoundingClientRect().top)<40;})()"))
            .toBool(),
        20000);
}

void TestMainWindow::clickingAWordInThePreviewPutsTheCursorOnIt()
{
    m_window->openDemoHandbook();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->currentPage().isEmpty(), 10000);
    QSignalSpy updated(m_window->preview(), &Preview::PreviewView::contentUpdated);
    QVERIFY(m_window->openPage(QStringLiteral("content/handbook/solutions-architects/_index.md")));
    QVERIFY(updated.wait(20000));
    // The demo's deliberate typo, as drawn in the preview.
    const QString locate =
        QStringLiteral("(function(){var "
                       "w=document.createTreeWalker(document.getElementById('folio-content'),"
                       "NodeFilter.SHOW_TEXT);"
                       "for(var n=w.nextNode();n;n=w.nextNode()){var "
                       "i=n.data.indexOf('enviroment');if(i<0)continue;"
                       "n.parentElement.scrollIntoView();var "
                       "r=document.createRange();r.setStart(n,i+2);r.setEnd(n,i+5);"
                       "var b=r.getBoundingClientRect();return "
                       "{x:b.left+b.width/2,y:b.top+b.height/2};}return null;})()");
    QVariantMap rect;
    QTRY_VERIFY_WITH_TIMEOUT(!(rect = evaluate(m_window->preview(), locate).toMap()).isEmpty(),
                             10000);
    QTest::qWait(200); // let the scroll settle before clicking
    rect = evaluate(m_window->preview(), locate).toMap();
    const QPoint point(int(rect.value(QStringLiteral("x")).toDouble()),
                       int(rect.value(QStringLiteral("y")).toDouble()));
    QTest::mouseClick(m_window->preview()->focusProxy(), Qt::LeftButton, {}, point);
    const int typo = int(m_window->editor()->pageText().indexOf(QStringLiteral("enviroment")));
    QVERIFY(typo > 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->editor()->textCursor().position(), typo, 10000);
}

void TestMainWindow::badPagesShowAMessageAndAreNotWritten_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16)
                            << QStringLiteral("binary");
    // Invalid UTF-8 opens read-only instead: tst_badinput.
}

void TestMainWindow::badPagesShowAMessageAndAreNotWritten()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    m_window->openDemoHandbook();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->currentPage().isEmpty(), 10000);
    const QString before = m_window->currentPage();
    const QString page = QStringLiteral("content/handbook/bad.md");
    QVERIFY(Test::writeFile(demoPage(page), bytes));
    QVERIFY(!m_window->openPage(page));
    QVERIFY(m_window->messageBanner()->isVisible());
    QVERIFY2(m_window->messageBanner()->text().contains(message),
             qPrintable(m_window->messageBanner()->text()));
    QCOMPARE(m_window->currentPage(), before);
    QVERIFY(m_window->save());
    QCOMPARE(Test::readFile(demoPage(page)), bytes);
    QVERIFY(QFile::remove(demoPage(page)));
}

void TestMainWindow::badPathsShowAMessage()
{
    // Nothing open yet: the window says why instead of showing an empty editor.
    m_window->openPath(m_home.filePath(QStringLiteral("missing")));
    auto *label = m_window->findChild<QLabel *>();
    QVERIFY(label);
    QTRY_VERIFY(m_window->findChildren<QLabel *>().size() > 0);
    bool saidMissing = false;
    for (QLabel *l : m_window->findChildren<QLabel *>())
        saidMissing =
            saidMissing || (l->isVisible() && l->text().contains(QStringLiteral("does not exist")));
    QVERIFY(saidMissing);

    QTemporaryDir notHandbook;
    QVERIFY(Test::writeFile(notHandbook.filePath(QStringLiteral("photo.jpg")), "jpg"));
    m_window->openDemoHandbook();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->currentPage().isEmpty(), 10000);
    m_window->openPath(notHandbook.path());
    QVERIFY(m_window->messageBanner()->isVisible());
    QVERIFY(m_window->messageBanner()->text().contains(QStringLiteral("not a handbook")));
    QVERIFY(!m_window->currentPage().isEmpty()); // the open handbook stays open
}

void TestMainWindow::opensAPageGivenOnTheCommandLine()
{
    QVERIFY(Handbook::DemoHandbook::ensure());
    const QString page =
        QStringLiteral("content/handbook/solutions-architects/demo-environments.md");
    m_window->openPath(demoPage(page));
    QCOMPARE(m_window->currentPage(), page);
    QCOMPARE(QDir(m_window->handbook().rootPath()).canonicalPath(), QDir(m_demo).canonicalPath());
}

void TestMainWindow::closingWithUnsavedChangesAsks()
{
    m_window->openDemoHandbook();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->currentPage().isEmpty(), 10000);
    const QString path = demoPage(m_window->currentPage());
    const QByteArray before = Test::readFile(path);
    m_window->editor()->moveCursor(QTextCursor::End);
    type(m_window->editor(), QStringLiteral("unsaved"));

    QString question;
    answerNextMessageBox(QMessageBox::Cancel, &question);
    QVERIFY(!m_window->close());
    QVERIFY(m_window->isVisible());
    QVERIFY(question.contains(QStringLiteral("not saved")));
    QVERIFY(m_window->isWindowModified());

    answerNextMessageBox(QMessageBox::Discard);
    QVERIFY(m_window->close());
    QCOMPARE(Test::readFile(path), before);

    m_window->show();
    answerNextMessageBox(QMessageBox::Save);
    QVERIFY(m_window->close());
    QVERIFY(Test::readFile(path).endsWith("unsaved\n") || Test::readFile(path).contains("unsaved"));
    QCOMPARE(
        Test::git(m_demo, {QStringLiteral("checkout"), QStringLiteral("--"), QStringLiteral(".")})
            .exitCode,
        0);
}

// Wherever Folio invites the user to open a handbook, cloning one is offered too: the File menu,
// the empty window, and the banner over the demo handbook that a first run opens.
void TestMainWindow::cloningIsOfferedWhereHandbooksAreOpened()
{
    const auto dialogOpens = [this](const std::function<void()> &how) {
        how();
        QTRY_VERIFY(m_window->findChild<Git::CloneDialog *>());
        QPointer<Git::CloneDialog> dialog = m_window->findChild<Git::CloneDialog *>();
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->step(), Git::CloneDialog::Step::Form);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!dialog); // closed and deleted
    };

    auto *emptyClone = m_window->findChild<QPushButton *>(QStringLiteral("emptyStateCloneButton"));
    QVERIFY(emptyClone);
    QVERIFY(emptyClone->isVisible());
    dialogOpens([emptyClone] { QTest::mouseClick(emptyClone, Qt::LeftButton); });
    if (QTest::currentTestFailed())
        return;

    QMenu *file = m_window->menuBar()->actions().value(0)->menu();
    QVERIFY(file);
    auto *clone = m_window->findChild<QAction *>(QStringLiteral("cloneAction"));
    auto *open = m_window->findChild<QAction *>(QStringLiteral("openAction"));
    QVERIFY(clone && open);
    QCOMPARE(file->actions().indexOf(clone), 0);
    QCOMPARE(file->actions().indexOf(open), 1);
    QCOMPARE(clone->text(), QStringLiteral("&Clone Handbook…"));
    // A second trigger brings the open dialog forward instead of stacking another.
    dialogOpens([clone] {
        clone->trigger();
        clone->trigger();
    });
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_window->findChildren<Git::CloneDialog *>().size(), 0);

    m_window->openDemoHandbook();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->currentPage().isEmpty(), 10000);
    Widgets::MessageBanner *banner = m_window->demoBanner();
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("demo handbook")), qPrintable(banner->text()));
    QList<QAction *> offered;
    for (auto *button : banner->findChildren<QToolButton *>()) {
        if (button->isVisible() && button->defaultAction())
            offered.append(button->defaultAction());
    }
    QCOMPARE(offered, (QList<QAction *>{clone, open}));
    // The banner survives opening pages (unlike the editor's, which is about the page).
    const QString other =
        QStringLiteral("content/handbook/solutions-architects/demo-environments.md");
    QVERIFY(m_window->openPage(other));
    QVERIFY(banner->isVisible());
    for (auto *button : banner->findChildren<QToolButton *>()) {
        if (button->defaultAction() == clone) {
            dialogOpens([button] { QTest::mouseClick(button, Qt::LeftButton); });
            if (QTest::currentTestFailed())
                return;
        }
    }

    // Not shown over a handbook of the user's own.
    QTemporaryDir own;
    QVERIFY(Test::writeFile(own.filePath(QStringLiteral("index.md")), "# Own\n"));
    m_window->openPath(own.path());
    QTRY_COMPARE(m_window->currentPage(), QStringLiteral("index.md"));
    QVERIFY(!banner->isVisible());
}

FOLIO_WEBENGINE_TEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
