#include "git/gitlibrary.h"
#include "git/gitservice.h"
#include "git/gittestsupport.h"
#include "handbook/handbook.h"
#include "markdown/rendereddiff.h"
#include "preview/previewview.h"
#include "preview/rendereddiffcontroller.h"
#include "preview/rendereddiffview.h"
#include "previewtestsupport.h"
#include "webenginetestmain.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Folio;
using namespace Qt::StringLiterals;
using Folio::Preview::RenderedDiffView;

namespace {

// A page of many paragraphs; the ones listed in `edited` say "edited" instead of "original".
QString longPage(int paragraphs, const QList<int> &edited)
{
    QString text = u"---\ntitle: Long\n---\n"_s;
    for (int i = 0; i < paragraphs; ++i) {
        text +=
            u"Paragraph %1 with some words to wrap around the preview width, %2.\n\n"_s.arg(i).arg(
                edited.contains(i) ? u"edited"_s : u"original"_s);
    }
    return text;
}

} // namespace

class TestRenderedDiffView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsInsertionsAndDeletions();
    void nextChangeScrollsFarChangesIntoView();
    void keyboardMovesBetweenChanges();
    void identicalVersionsShowNoMarks();
    void hostileOldVersionRunsNothing();
    void controllerComparesWithARevision();

private:
    // Shows a diff and waits until it is on screen.
    bool show(const QString &oldText, const QString &newText)
    {
        QSignalSpy shown(m_view, &RenderedDiffView::diffShown);
        m_view->showDiff(u"content/page.md"_s, oldText, newText, u"HEAD"_s);
        return shown.wait(20000);
    }
    QVariant evaluate(const QString &script) { return Test::evaluate(m_view->preview(), script); }
    QStringList texts(const QString &selector)
    {
        return evaluate(u"Array.from(document.querySelectorAll('%1')).map(function(e){"
                        u"return e.textContent.trim();})"_s.arg(selector))
            .toStringList();
    }
    int scrollY() { return evaluate(u"window.scrollY"_s).toInt(); }
    // Goes to the next change and waits until the preview has scrolled there.
    bool next()
    {
        QSignalSpy changed(m_view, &RenderedDiffView::changeShown);
        m_view->nextChange();
        return changed.wait(10000);
    }

    QTemporaryDir m_dir;
    Handbook::Handbook m_handbook;
    RenderedDiffView *m_view = nullptr;
};

void TestRenderedDiffView::initTestCase()
{
    QVERIFY(Test::writeFile(m_dir.filePath(u"content/page.md"_s), "# x\n"));
    auto handbook = Handbook::Handbook::open(m_dir.path());
    QVERIFY(handbook);
    m_handbook = handbook.value();
}

void TestRenderedDiffView::init()
{
    m_view = new RenderedDiffView;
    m_view->resize(900, 600);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    m_view->setHandbook(m_handbook);
}

void TestRenderedDiffView::cleanup()
{
    delete m_view;
    m_view = nullptr;
}

void TestRenderedDiffView::showsInsertionsAndDeletions()
{
    QVERIFY(
        show(u"---\ntitle: Guide\n---\nIntro.\n\nThe quick brown fox.\n\nGone paragraph.\n"_s,
             u"---\ntitle: Guide\n---\nIntro.\n\nThe slow brown fox.\n\nNew paragraph here.\n"_s));
    QCOMPARE(texts(u"ins.folio-diff"_s), QStringList{u"slow"_s});
    QCOMPARE(texts(u"del.folio-diff"_s), QStringList{u"quick"_s});
    QCOMPARE(texts(u".folio-diff-ins"_s), QStringList{u"New paragraph here."_s});
    QCOMPARE(texts(u".folio-diff-del"_s), QStringList{u"Gone paragraph."_s});
    QCOMPARE(texts(u".folio-diff-changed"_s), QStringList{u"The quickslow brown fox."_s});
    // Unchanged content is there as the page shows it.
    QCOMPARE(texts(u"h1.folio-title"_s), QStringList{u"Guide"_s});
    // The marks are styled by the handbook stylesheet.
    QVERIFY(evaluate(u"getComputedStyle(document.querySelector('del.folio-diff'))"
                     u".textDecorationLine"_s)
                .toString()
                .contains(u"line-through"_s));
    QVERIFY(evaluate(u"getComputedStyle(document.querySelector('ins.folio-diff'))"
                     u".backgroundColor"_s)
                .toString() != u"rgba(0, 0, 0, 0)"_s);
    QCOMPARE(m_view->summaryText(),
             u"1 block changed, 1 block added, 1 block removed; 4 words added, 3 words removed"_s);
    QCOMPARE(m_view->changeCount(), 1); // the three blocks are next to each other
}

void TestRenderedDiffView::nextChangeScrollsFarChangesIntoView()
{
    QVERIFY(show(longPage(150, {}), longPage(150, {3, 140})));
    QCOMPARE(m_view->changeCount(), 2);
    QCOMPARE(texts(u"ins.folio-diff"_s), (QStringList{u"edited"_s, u"edited"_s}));
    QCOMPARE(scrollY(), 0);

    QVERIFY(next());
    QCOMPARE(m_view->currentChange(), 0);
    const int first = scrollY();
    QVERIFY(next());
    QCOMPARE(m_view->currentChange(), 1);
    const int second = scrollY();
    QVERIFY2(second > first + 3000, qPrintable(u"%1 -> %2"_s.arg(first).arg(second)));
    // The change is inside the viewport now, and marked as the current one.
    const QVariantMap rect = evaluate(u"(function(){var r=document.querySelector('.folio-current')"
                                      u".getBoundingClientRect();return {top:r.top,bottom:r.bottom,"
                                      u"height:window.innerHeight};})()"_s)
                                 .toMap();
    QVERIFY(rect.value(u"top"_s).toDouble() >= 0);
    QVERIFY(rect.value(u"bottom"_s).toDouble() <= rect.value(u"height"_s).toDouble());
    QVERIFY(evaluate(u"document.querySelector('.folio-current').textContent"_s)
                .toString()
                .contains(u"Paragraph 140 "_s));

    // Back up: the first change again, near the top.
    QSignalSpy changed(m_view, &RenderedDiffView::changeShown);
    m_view->previousChange();
    QVERIFY(changed.wait(10000));
    QCOMPARE(m_view->currentChange(), 0);
    QCOMPARE(scrollY(), first);
}

void TestRenderedDiffView::keyboardMovesBetweenChanges()
{
    QVERIFY(show(longPage(150, {}), longPage(150, {3, 140})));
    QWidget *target = m_view->preview()->focusProxy();
    QVERIFY(target);
    target->setFocus();
    QSignalSpy changed(m_view, &RenderedDiffView::changeShown);
    QTest::keyClick(target, Qt::Key_F7);
    QVERIFY(changed.wait(10000));
    QTest::keyClick(target, Qt::Key_Down, Qt::AltModifier);
    QVERIFY(changed.wait(10000));
    QCOMPARE(m_view->currentChange(), 1);
    QVERIFY(scrollY() > 3000);
    QTest::keyClick(target, Qt::Key_F7, Qt::ShiftModifier);
    QVERIFY(changed.wait(10000));
    QCOMPARE(m_view->currentChange(), 0);
}

void TestRenderedDiffView::identicalVersionsShowNoMarks()
{
    const QString page = longPage(5, {2});
    QVERIFY(show(page, page));
    QCOMPARE(
        evaluate(u"document.querySelectorAll('ins, del, [class*=folio-diff]').length"_s).toInt(),
        0);
    QCOMPARE(m_view->changeCount(), 0);
    QCOMPARE(m_view->summaryText(), u"No changes"_s);
    m_view->nextChange(); // nothing to go to: no crash, nothing marked
    QCOMPARE(m_view->currentChange(), -1);
}

void TestRenderedDiffView::hostileOldVersionRunsNothing()
{
    // The old version comes from git, written by anyone: it goes through the same renderer and
    // sanitizer, and the preview runs no page script anyway.
    const QString hostile =
        u"Hello <img src=\"nope.png\" onerror=\"document.body.setAttribute('data-pwned','img')\">"
        u" world.\n\n<script>document.body.setAttribute('data-pwned','script')</script>\n\n"
        u"<a id=\"js\" "
        u"href=\"javascript:document.body.setAttribute('data-pwned','link')\">x</a>\n\n"
        u"<svg onload=\"document.body.setAttribute('data-pwned','svg')\"></svg>\n"_s;
    const QString fixed = u"Hello world.\n\nA safe paragraph.\n"_s;
    QVERIFY(show(hostile, fixed));
    QVERIFY(!texts(u".folio-diff-del, del.folio-diff"_s).isEmpty());
    const QUrl before = m_view->preview()->url();
    evaluate(u"var a=document.querySelector('a'); if (a) a.click(); true"_s);
    QTest::qWait(1000); // time for a handler, a navigation or a load to happen
    QCOMPARE(evaluate(u"document.body.getAttribute('data-pwned')"_s), QVariant());
    QCOMPARE(
        evaluate(u"document.querySelectorAll('script, svg, [onerror], [onload]').length"_s).toInt(),
        0);
    QCOMPARE(m_view->preview()->url(), before);

    // And the other way round: the hostile version as the new one.
    QVERIFY(show(fixed, hostile));
    QTest::qWait(1000);
    QCOMPARE(evaluate(u"document.body.getAttribute('data-pwned')"_s), QVariant());
    QCOMPARE(
        evaluate(u"document.querySelectorAll('script, svg, [onerror], [onload]').length"_s).toInt(),
        0);
}

// What the lead wires to the git panel: the page's committed text from the GitService (on its
// thread), the current text from the editor or the disk, shown in the view.
void TestRenderedDiffView::controllerComparesWithARevision()
{
    Test::IsolatedHome home;
    Git::GitLibrary library;
    Test::ScratchRepository repo;
    QVERIFY(repo.init());
    // The page is in a subfolder: the panel's paths are the work tree's.
    const QString root = repo.path + u"/handbook"_s;
    QVERIFY(Test::writeFile(root + u"/content/page.md"_s, "Old words here.\n\nSame.\n"));
    FOLIO_GIT(repo.path, u"add"_s, u"."_s);
    FOLIO_GIT(repo.path, u"commit"_s, u"-q"_s, u"-m"_s, u"page"_s);
    QVERIFY(Test::writeFile(root + u"/content/page.md"_s, "New words here.\n\nSame.\n"));
    QVERIFY(Test::writeFile(root + u"/content/fresh.md"_s, "Brand new page.\n"));
    auto handbook = Handbook::Handbook::open(root);
    QVERIFY(handbook);

    QThread thread;
    auto *service = new Git::GitService;
    service->moveToThread(&thread);
    connect(&thread, &QThread::finished, service, &QObject::deleteLater);
    thread.start();
    const auto stop = qScopeGuard([&] {
        thread.quit();
        thread.wait();
    });
    QMetaObject::invokeMethod(
        service, [service, root] { service->openRepository(root); }, Qt::QueuedConnection);

    Preview::RenderedDiffController controller(service, nullptr);
    controller.setHandbook(handbook.value());
    controller.setView(m_view);
    QSignalSpy failed(&controller, &Preview::RenderedDiffController::failed);
    const auto showAndWait = [&](const QString &path) {
        QSignalSpy shown(m_view, &RenderedDiffView::diffShown);
        controller.showRenderedDiff(path, u"HEAD"_s);
        return shown.wait(20000);
    };

    // Disk against HEAD.
    QVERIFY(showAndWait(u"handbook/content/page.md"_s));
    const QString page = handbook->relativePath(root + u"/content/page.md"_s);
    QCOMPARE(m_view->page(), page);
    QCOMPARE(texts(u"ins.folio-diff"_s), QStringList{u"New"_s});
    QCOMPARE(texts(u"del.folio-diff"_s), QStringList{u"Old"_s});

    // The editor's unsaved text wins over the disk.
    controller.setCurrentTextProvider([page](const QString &asked) -> std::optional<QString> {
        if (asked == page)
            return u"Edited words here.\n\nSame.\n"_s;
        return std::nullopt;
    });
    QVERIFY(showAndWait(u"handbook/content/page.md"_s));
    QCOMPARE(texts(u"ins.folio-diff"_s), QStringList{u"Edited"_s});

    // A page HEAD does not have yet is all new.
    QVERIFY(showAndWait(u"handbook/content/fresh.md"_s));
    QCOMPARE(texts(u".folio-diff-ins"_s), QStringList{u"Brand new page."_s});
    QVERIFY(failed.isEmpty());

    // Not a page: said so, nothing shown.
    controller.showRenderedDiff(u"handbook/content/picture.png"_s, u"HEAD"_s);
    QCOMPARE(failed.size(), 1);
}

FOLIO_WEBENGINE_TEST_MAIN(TestRenderedDiffView)
#include "tst_rendereddiffview.moc"
