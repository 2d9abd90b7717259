#include "document/externalchangecontroller.h"
#include "document/externalchangedialog.h"
#include "document/pagefilewatcher.h"
#include "editor/editorview.h"
#include "git/gitlibrary.h"
#include "handbook/pagetreemodel.h"
#include "mainwindow/mainwindow.h"
#include "preview/rendereddiffview.h"
#include "testsupport.h"
#include "webenginetestmain.h"
#include "widgets/messagebanner.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QToolButton>
#include <QTreeView>

using namespace Folio;
using Document::ExternalChangeController;
using Document::ExternalChangeDialog;

// The open page changed by other programs while Folio shows it, driven through the real window:
// written in place by a shell, replaced by a rename (mv), checked out by the git command line,
// with and without unsaved edits (the question answered with the mouse), deleted, renamed
// (mv, git mv), and the whole handbook folder removed.

namespace {

const QString guide = QStringLiteral("content/handbook/guide.md");

// A page long enough to scroll: 200 numbered lines under a front matter.
QByteArray guideText(const QByteArray &line10 = "Line 10 of the guide.")
{
    QByteArray text = "---\ntitle: Guide\n---\n";
    for (int i = 1; i <= 200; ++i)
        text += (i == 10 ? line10 : "Line " + QByteArray::number(i) + " of the guide.") + '\n';
    return text;
}

// Writes bytes into the file in place, from another process (the way `echo >` does).
bool writeInPlace(const QString &path, const QByteArray &bytes)
{
    return Test::run(QStringLiteral("sh"),
                     {QStringLiteral("-c"), QStringLiteral("printf '%s' \"$1\" > \"$2\""),
                      QStringLiteral("sh"), QString::fromUtf8(bytes), path})
               .exitCode == 0;
}

// Writes a temporary file next to path and renames it over path (editors, git, rsync).
bool replaceByRename(const QString &path, const QByteArray &bytes)
{
    const QString temporary = path + QStringLiteral(".tmp~");
    return Test::writeFile(temporary, bytes) &&
           Test::run(QStringLiteral("mv"), {temporary, path}).exitCode == 0;
}

QToolButton *bannerButton(Widgets::MessageBanner *banner, const QString &actionName)
{
    for (auto *button : banner->findChildren<QToolButton *>()) {
        if (button->defaultAction() && button->defaultAction()->objectName() == actionName)
            return button;
    }
    return nullptr;
}

} // namespace

class TestExternalChanges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanPageIsReloadedKeepingCursorAndScroll();
    void replacedByRenameIsReloadedEachTime();
    void gitCheckoutOfAnotherVersionIsReloaded();
    void unsavedEditsKeepMine();
    void unsavedEditsTakeTheirsAndUndoBringsThemBack();
    void unsavedEditsCompareThenChoose();
    void quickWritesAskOnce();
    void folioOwnSavesAreNotOutsideChanges();
    void deletedPageKeepsTheTextAndSaveWritesItAgain();
    void deletedPageCanBeClosed();
    void pageRenamedWithMvIsFollowed();
    void pageMovedWithGitMvIsFollowedWithItsEdits();
    void handbookFolderRemovedKeepsTheText();
    void autosaveNeverWritesOverAnOutsideChange();

private:
    QString path(const QString &relative) const { return m_root + u'/' + relative; }
    bool git(const QStringList &arguments) const
    {
        const Test::ProcessResult result = Test::git(m_root, arguments);
        if (result.exitCode != 0)
            qWarning() << "git" << arguments << result.err;
        return result.exitCode == 0;
    }
    void openGuide();
    void typeAtEnd(const QString &text);
    ExternalChangeController *external() const { return m_window->externalChanges(); }

    QTemporaryDir m_home;
    QString m_root;
    MainWindow *m_window = nullptr;
    Git::GitLibrary m_git;
};

void TestExternalChanges::initTestCase()
{
    Test::useTemporaryHome(m_home);
    // Unsaved edits stay unsaved while these tests look at them (autosave has its own test).
    QSettings().setValue(QStringLiteral("editor/autosave"), false);
}

void TestExternalChanges::init()
{
    // A fresh handbook in git for every test: the tests change, delete and move its pages.
    m_root = m_home.filePath(QStringLiteral("handbook"));
    QDir(m_root).removeRecursively();
    QVERIFY(QDir().mkpath(m_root));
    QVERIFY(Test::writeFile(path(QStringLiteral("config.toml")), "title = \"Test\"\n"));
    QVERIFY(Test::writeFile(path(QStringLiteral("content/handbook/_index.md")),
                            "---\ntitle: Handbook\n---\nSee the [guide](guide/).\n"));
    QVERIFY(Test::writeFile(path(guide), guideText("Line 10, first version.")));
    QVERIFY(git({QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"),
                 QStringLiteral("main")}));
    QVERIFY(git({QStringLiteral("add"), QStringLiteral(".")}));
    QVERIFY(git({QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("first")}));
    QVERIFY(Test::writeFile(path(guide), guideText()));
    QVERIFY(git({QStringLiteral("commit"), QStringLiteral("-qam"), QStringLiteral("second")}));

    m_window = new MainWindow;
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestExternalChanges::cleanup()
{
    m_window->editor()->document()->setModified(false);
    delete m_window;
    m_window = nullptr;
}

void TestExternalChanges::openGuide()
{
    QSignalSpy scanned(m_window, &MainWindow::pagesScanned);
    m_window->openPath(path(guide));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentPage(), guide, 10000);
    QVERIFY(scanned.count() > 0 || scanned.wait(10000));
    QCOMPARE(m_window->editor()->pageText().toUtf8(), guideText());
}

void TestExternalChanges::typeAtEnd(const QString &text)
{
    Editor::EditorView *editor = m_window->editor();
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, text);
    QVERIFY(editor->document()->isModified());
}

void TestExternalChanges::cleanPageIsReloadedKeepingCursorAndScroll()
{
    openGuide();
    Editor::EditorView *editor = m_window->editor();
    m_window->goToLine(150, 5);
    QScrollBar *scroll = editor->verticalScrollBar();
    QVERIFY(scroll->maximum() > 100);
    scroll->setValue(scroll->maximum() / 2);
    const int scrolled = scroll->value();
    QSignalSpy asked(external(), &ExternalChangeController::questionAsked);

    // Another program rewrites line 10 (longer, so keeping the character offset would not
    // keep the line).
    const QByteArray theirs = guideText("Line 10, rewritten by another program at length.");
    QVERIFY(writeInPlace(path(guide), theirs));
    QTRY_COMPARE_WITH_TIMEOUT(editor->pageText().toUtf8(), theirs, 5000);
    QVERIFY(!editor->document()->isModified());
    QVERIFY(!m_window->isWindowModified());
    QCOMPARE(editor->textCursor().blockNumber(), 149);
    QCOMPARE(editor->textCursor().positionInBlock(), 5);
    QCOMPARE(scroll->value(), scrolled);
    QCOMPARE(asked.count(), 0);
    QVERIFY(!external()->question());
    // Typing and saving now builds on their version.
    typeAtEnd(QStringLiteral("Mine."));
    QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(Test::readFile(path(guide)), theirs + "Mine.");
}

void TestExternalChanges::replacedByRenameIsReloadedEachTime()
{
    openGuide();
    Editor::EditorView *editor = m_window->editor();
    const QByteArray first = guideText("Line 10, saved by vim.");
    QVERIFY(replaceByRename(path(guide), first));
    QTRY_COMPARE_WITH_TIMEOUT(editor->pageText().toUtf8(), first, 5000);
    // The rename dropped the watch on the old file: the new one is watched as well.
    const QByteArray second = guideText("Line 10, saved by vim again.");
    QVERIFY(replaceByRename(path(guide), second));
    QTRY_COMPARE_WITH_TIMEOUT(editor->pageText().toUtf8(), second, 5000);
    QVERIFY(!editor->document()->isModified());
    QCOMPARE(m_window->currentPage(), guide);
}

void TestExternalChanges::gitCheckoutOfAnotherVersionIsReloaded()
{
    openGuide();
    Editor::EditorView *editor = m_window->editor();
    QVERIFY(
        git({QStringLiteral("checkout"), QStringLiteral("HEAD~1"), QStringLiteral("--"), guide}));
    QTRY_COMPARE_WITH_TIMEOUT(editor->pageText().toUtf8(), guideText("Line 10, first version."),
                              5000);
    QVERIFY(!editor->document()->isModified());
    QCOMPARE(m_window->currentPage(), guide);
    QVERIFY(!external()->banner()->isVisible());
}

void TestExternalChanges::unsavedEditsKeepMine()
{
    openGuide();
    QSignalSpy asked(external(), &ExternalChangeController::questionAsked);
    typeAtEnd(QStringLiteral("My own words."));
    const QString mine = m_window->editor()->pageText();
    const QByteArray theirs = guideText("Line 10, theirs.");
    QVERIFY(writeInPlace(path(guide), theirs));
    QVERIFY(asked.wait(5000));
    ExternalChangeDialog *dialog = external()->question();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QTest::mouseClick(dialog->keepMineButton(), Qt::LeftButton);

    QTRY_VERIFY(!external()->question());
    QCOMPARE(m_window->editor()->pageText(), mine);
    QVERIFY(m_window->editor()->document()->isModified());
    QCOMPARE(Test::readFile(path(guide)), theirs);
    // Not asked again about the same version (the poll looks at it again).
    external()->watcher()->setPollInterval(std::chrono::milliseconds(50));
    QTest::qWait(400);
    QCOMPARE(asked.count(), 1);
    // The next save replaces their file with the edits.
    m_window->activateWindow(); // back from the question
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QTest::keyClick(m_window->editor(), Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(Test::readFile(path(guide)), mine.toUtf8());
    QVERIFY(!m_window->editor()->document()->isModified());
}

void TestExternalChanges::unsavedEditsTakeTheirsAndUndoBringsThemBack()
{
    openGuide();
    QSignalSpy asked(external(), &ExternalChangeController::questionAsked);
    typeAtEnd(QStringLiteral("Words that must not be lost."));
    const QString mine = m_window->editor()->pageText();
    const QByteArray theirs = guideText("Line 10, theirs to take.");
    QVERIFY(writeInPlace(path(guide), theirs));
    QVERIFY(asked.wait(5000));
    ExternalChangeDialog *dialog = external()->question();
    QVERIFY(dialog);
    QTest::mouseClick(dialog->takeTheirsButton(), Qt::LeftButton);

    QTRY_VERIFY(!external()->question());
    Editor::EditorView *editor = m_window->editor();
    QCOMPARE(editor->pageText().toUtf8(), theirs);
    QVERIFY(!editor->document()->isModified());
    QCOMPARE(Test::readFile(path(guide)), theirs);
    // Ctrl+Z brings the user's text back, as unsaved edits.
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(editor->pageText(), mine);
    QVERIFY(editor->document()->isModified());
    QCOMPARE(Test::readFile(path(guide)), theirs);
}

void TestExternalChanges::unsavedEditsCompareThenChoose()
{
    openGuide();
    QSignalSpy asked(external(), &ExternalChangeController::questionAsked);
    typeAtEnd(QStringLiteral("A paragraph of mine."));
    const QString mine = m_window->editor()->pageText();
    const QByteArray theirs = guideText("Line 10, theirs to compare.");
    QVERIFY(writeInPlace(path(guide), theirs));
    QVERIFY(asked.wait(5000));
    ExternalChangeDialog *dialog = external()->question();
    QVERIFY(dialog);
    QVERIFY(!dialog->diffView());
    QTest::mouseClick(dialog->compareButton(), Qt::LeftButton);
    QVERIFY(dialog->diffView());
    QSignalSpy shown(dialog->diffView(), &Preview::RenderedDiffView::diffShown);
    QVERIFY(shown.count() > 0 || shown.wait(20000));
    // Their line 10 against mine, and my words at the end.
    QVERIFY(dialog->diffView()->changeCount() >= 1);
    QVERIFY(!dialog->diffView()->summaryText().isEmpty());
    QVERIFY(dialog->diffView()->isVisible());
    QVERIFY(!dialog->compareButton()->isEnabled());

    QTest::mouseClick(dialog->keepMineButton(), Qt::LeftButton);
    QTRY_VERIFY(!external()->question());
    QCOMPARE(m_window->editor()->pageText(), mine);
    QVERIFY(m_window->editor()->document()->isModified());
    QCOMPARE(Test::readFile(path(guide)), theirs);
}

void TestExternalChanges::quickWritesAskOnce()
{
    openGuide();
    QSignalSpy asked(external(), &ExternalChangeController::questionAsked);
    typeAtEnd(QStringLiteral("Typing while a script writes."));
    QVERIFY(writeInPlace(path(guide), guideText("Line 10, write one.")));
    QVERIFY(writeInPlace(path(guide), guideText("Line 10, write two.")));
    QVERIFY(asked.wait(5000));
    // One more while the question is open: folded into it.
    const QByteArray last = guideText("Line 10, write three.");
    QVERIFY(writeInPlace(path(guide), last));
    QTest::qWait(600);
    QCOMPARE(asked.count(), 1);
    ExternalChangeDialog *dialog = external()->question();
    QVERIFY(dialog);
    QTest::mouseClick(dialog->takeTheirsButton(), Qt::LeftButton);
    QTRY_VERIFY(!external()->question());
    QCOMPARE(m_window->editor()->pageText().toUtf8(), last);
    QTest::qWait(400);
    QCOMPARE(asked.count(), 1);
}

void TestExternalChanges::folioOwnSavesAreNotOutsideChanges()
{
    openGuide();
    external()->watcher()->setPollInterval(std::chrono::milliseconds(50));
    QSignalSpy asked(external(), &ExternalChangeController::questionAsked);
    QSignalSpy reloaded(external(), &ExternalChangeController::pageReloaded);
    Editor::EditorView *editor = m_window->editor();
    for (int i = 0; i < 3; ++i) {
        typeAtEnd(QStringLiteral(" More."));
        const QString typed = editor->pageText();
        // As the autosave does: through MainWindow::save().
        QVERIFY(m_window->save());
        QCOMPARE(Test::readFile(path(guide)), typed.toUtf8());
        QTest::qWait(300);
        QCOMPARE(editor->pageText(), typed);
    }
    QCOMPARE(asked.count(), 0);
    QCOMPARE(reloaded.count(), 0);
    QVERIFY(!external()->banner()->isVisible());
    // The undo history of what was typed survives the saves.
    QVERIFY(editor->document()->isUndoAvailable());
}

void TestExternalChanges::deletedPageKeepsTheTextAndSaveWritesItAgain()
{
    openGuide();
    typeAtEnd(QStringLiteral("Still here."));
    QVERIFY(m_window->save());
    const QString text = m_window->editor()->pageText();
    QCOMPARE(Test::run(QStringLiteral("rm"), {path(guide)}).exitCode, 0);

    Widgets::MessageBanner *banner = external()->banner();
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 5000);
    QVERIFY2(banner->text().contains(QStringLiteral("deleted")), qPrintable(banner->text()));
    QVERIFY(banner->text().contains(guide));
    QCOMPARE(m_window->currentPage(), guide);
    QCOMPARE(m_window->editor()->pageText(), text);
    QVERIFY(m_window->editor()->document()->isModified());
    QVERIFY(m_window->isWindowModified());
    QVERIFY(!QFile::exists(path(guide)));

    QToolButton *save = bannerButton(banner, QStringLiteral("externalSaveAction"));
    QVERIFY(save);
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(Test::readFile(path(guide)), text.toUtf8());
    QVERIFY(!m_window->editor()->document()->isModified());
    QVERIFY(!banner->isVisible());
    // Watched again: a later outside write is seen.
    const QByteArray theirs = guideText("Line 10, after the page came back.");
    QVERIFY(writeInPlace(path(guide), theirs));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->editor()->pageText().toUtf8(), theirs, 5000);
}

void TestExternalChanges::deletedPageCanBeClosed()
{
    openGuide();
    QVERIFY(QFile::remove(path(guide)));
    Widgets::MessageBanner *banner = external()->banner();
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 5000);
    QToolButton *close = bannerButton(banner, QStringLiteral("externalCloseAction"));
    QVERIFY(close);
    QTest::mouseClick(close, Qt::LeftButton);
    QVERIFY(m_window->currentPage().isEmpty());
    QVERIFY(m_window->editor()->isReadOnly());
    QVERIFY(!QFile::exists(path(guide)));
}

void TestExternalChanges::pageRenamedWithMvIsFollowed()
{
    openGuide();
    const QString renamed = QStringLiteral("content/handbook/how-to.md");
    QSignalSpy scanned(m_window, &MainWindow::pagesScanned);
    QCOMPARE(Test::run(QStringLiteral("mv"), {path(guide), path(renamed)}).exitCode, 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentPage(), renamed, 5000);
    QCOMPARE(m_window->editor()->pageText().toUtf8(), guideText());
    QVERIFY(!m_window->editor()->document()->isModified());
    QVERIFY(external()->banner()->isVisible());
    QVERIFY2(external()->banner()->text().contains(renamed),
             qPrintable(external()->banner()->text()));
    // The tree selects it under its new path once rescanned.
    QTRY_VERIFY_WITH_TIMEOUT(!scanned.isEmpty(), 10000);
    QTRY_COMPARE(m_window->pageTree()->currentIndex().data(Handbook::PageTreeModel::PathRole),
                 QVariant(renamed));
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("Guide")));

    typeAtEnd(QStringLiteral("Edited after the move."));
    QVERIFY(m_window->save());
    QCOMPARE(Test::readFile(path(renamed)), m_window->editor()->pageText().toUtf8());
    QVERIFY(!QFile::exists(path(guide)));
}

void TestExternalChanges::pageMovedWithGitMvIsFollowedWithItsEdits()
{
    openGuide();
    typeAtEnd(QStringLiteral("Unsaved while git moves the file."));
    const QString mine = m_window->editor()->pageText();
    const QString moved = QStringLiteral("content/handbook/guides/guide.md");
    QVERIFY(QDir().mkpath(path(QStringLiteral("content/handbook/guides"))));
    QVERIFY(git({QStringLiteral("mv"), guide, moved}));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentPage(), moved, 5000);
    QCOMPARE(m_window->editor()->pageText(), mine);
    QVERIFY(m_window->editor()->document()->isModified());
    QVERIFY(!external()->question());

    QVERIFY(m_window->save());
    QCOMPARE(Test::readFile(path(moved)), mine.toUtf8());
    QVERIFY(!QFile::exists(path(guide)));
}

void TestExternalChanges::handbookFolderRemovedKeepsTheText()
{
    openGuide();
    typeAtEnd(QStringLiteral("Written just before the folder went."));
    const QString mine = m_window->editor()->pageText();
    QVERIFY(QDir(m_root).removeRecursively());

    Widgets::MessageBanner *banner = external()->banner();
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 5000);
    QVERIFY2(banner->text().contains(QStringLiteral("handbook folder")),
             qPrintable(banner->text()));
    QCOMPARE(m_window->editor()->pageText(), mine);
    QVERIFY(m_window->editor()->document()->isModified());

    // Saving says why it cannot, and keeps the text unsaved.
    QTest::keyClick(m_window->editor(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY(m_window->messageBanner()->isVisible());
    QVERIFY2(m_window->messageBanner()->text().contains(QStringLiteral("not there any more")),
             qPrintable(m_window->messageBanner()->text()));
    QVERIFY(m_window->editor()->document()->isModified());
    QCOMPARE(m_window->editor()->pageText(), mine);
    QVERIFY(!QFileInfo::exists(m_root));
    // The window goes on working (the index poll and the watchers run over the missing folder).
    QTest::qWait(6000);
    typeAtEnd(QStringLiteral(" Still typing."));
    QCOMPARE(m_window->editor()->pageText(), mine + QStringLiteral(" Still typing."));
}

void TestExternalChanges::autosaveNeverWritesOverAnOutsideChange()
{
    m_window->autosaveAction()->setChecked(true);
    const auto restore = qScopeGuard([this] { m_window->autosaveAction()->setChecked(false); });
    openGuide();
    // The watcher's own reports come late here, so the autosave meets the change first.
    external()->watcher()->setPollInterval(std::chrono::milliseconds(0));
    external()->watcher()->setSettleDelay(std::chrono::milliseconds(60'000));
    QSignalSpy asked(external(), &ExternalChangeController::questionAsked);
    typeAtEnd(QStringLiteral("Typed before their change."));
    const QByteArray theirs = guideText("Line 10, theirs.");
    QVERIFY(writeInPlace(path(guide), theirs));
    // The autosave after the pause does not write; it asks instead.
    QVERIFY(asked.wait(MainWindow::AutosaveDelayMs + 5000));
    QCOMPARE(Test::readFile(path(guide)), theirs);
    QVERIFY(m_window->editor()->document()->isModified());

    // Keep Mine: from then on autosave may replace their version.
    ExternalChangeDialog *dialog = external()->question();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QTest::mouseClick(dialog->keepMineButton(), Qt::LeftButton);
    QTRY_VERIFY(!external()->question());
    m_window->activateWindow();
    typeAtEnd(QStringLiteral(" More."));
    const QString mine = m_window->editor()->pageText();
    QTRY_COMPARE_WITH_TIMEOUT(Test::readFile(path(guide)), mine.toUtf8(),
                              MainWindow::AutosaveDelayMs + 5000);
    QCOMPARE(asked.count(), 1);
}

FOLIO_WEBENGINE_TEST_MAIN(TestExternalChanges)
#include "tst_externalchanges.moc"
