#include "document/recoverydialog.h"
#include "document/recoveryjournal.h"
#include "document/recoveryrecorder.h"
#include "editor/editorview.h"
#include "git/gitlibrary.h"
#include "guiapplication.h"
#include "mainwindow/mainwindow.h"
#include "preview/rendereddiffview.h"
#include "testsupport.h"
#include "webenginetestmain.h"
#include "widgets/messagebanner.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <cstdio>
#include <memory>
#include <sys/stat.h>

using namespace Folio;
using Document::RecoveryDialog;
using Document::RecoveryJournal;

namespace {

constexpr auto ChildMode = "--crash-child";
const QString Page = QStringLiteral("content/handbook/page.md");
const QByteArray Original = "---\ntitle: Travel\n---\n\n# Travel\n\nBook trains early.\n";
const QString Typed = QStringLiteral("Ask your manager first.");

QStringList entryFiles()
{
    return QDir(RecoveryJournal::defaultFolder())
        .entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
}

// The real window in this process, as the app's main() makes it: opens the page, types at its
// end like a user, prints a marker, and runs until killed. Autosave is off, so only the
// journal keeps the edits.
int runCrashChild(int argc, char *argv[])
{
    Folio::App::prepareGuiApplication();
    QApplication app(argc, argv);
    Folio::App::setApplicationIdentity();
    const Git::GitLibrary git;
    const QString root = QString::fromLocal8Bit(argv[2]);
    const QString page = QString::fromLocal8Bit(argv[3]);
    const QString text = QString::fromLocal8Bit(argv[4]);
    QSettings().setValue(QStringLiteral("editor/autosave"), false);

    MainWindow window;
    window.show();
    window.openPath(root + u'/' + page);
    QElapsedTimer waited;
    waited.start();
    while (window.currentPage() != page && waited.elapsed() < 30000)
        QTest::qWait(20);
    if (window.currentPage() != page) {
        std::fprintf(stderr, "the page did not open\n");
        return 2;
    }
    window.editor()->setFocus();
    window.editor()->moveCursor(QTextCursor::End);
    QTest::keyClicks(window.editor(), text);
    // When the last key went in, by the clock the test reads too.
    std::printf("TYPED %lld\n", QDateTime::currentMSecsSinceEpoch());
    std::fflush(stdout);
    return QApplication::exec();
}

// Answers the next modal message box with button.
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, qApp, [=] {
        QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
        qobject_cast<QMessageBox *>(QApplication::activeModalWidget())->button(button)->click();
    });
}

} // namespace

class TestRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void killedWindowsEditsAreRestored();
    void fileChangedSinceTheCrashShowsTheDifferenceAndDecideLaterKeepsIt();
    void aPageDeletedSinceIsCreatedAgainOnSave();
    void discardingUndoingOrClosingLeavesNoEntry();
    void autosaveSavesAfterAPauseAndUndoStillWorks();
    void autosaveOffWritesNothingButTheJournal();
    void failedAutosaveKeepsTheEditsAndSaysWhyOnce();

private:
    QString pagePath() const { return m_root + u'/' + Page; }
    // Starts the child window, waits for its typing, checks the journal has it within 2 s,
    // then kills it with SIGKILL.
    void crashAfterTyping();
    MainWindow *openWindow();
    RecoveryDialog *waitForDialog(MainWindow *window);

    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_handbook;
    QString m_root;
    std::unique_ptr<MainWindow> m_window;
    Git::GitLibrary m_git;
};

void TestRecovery::initTestCase()
{
    qputenv("HOME", m_home.path().toUtf8());
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    QVERIFY(RecoveryJournal::defaultFolder().startsWith(m_home.path()));
}

void TestRecovery::init()
{
    m_handbook = std::make_unique<QTemporaryDir>();
    m_root = QDir(m_handbook->path()).canonicalPath();
    // A Hugo handbook: opening the page alone finds the same root as opening the folder.
    QVERIFY(Test::writeFile(m_root + QStringLiteral("/config.toml"), "title = \"Test\"\n"));
    QVERIFY(Test::writeFile(pagePath(), Original));
    QVERIFY(entryFiles().isEmpty());
}

void TestRecovery::cleanup()
{
    if (m_window)
        m_window->editor()->document()->setModified(false);
    m_window.reset();
    for (const QString &file : entryFiles())
        QFile::remove(QDir(RecoveryJournal::defaultFolder()).filePath(file));
}

MainWindow *TestRecovery::openWindow()
{
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        return nullptr;
    return m_window.get();
}

RecoveryDialog *TestRecovery::waitForDialog(MainWindow *window)
{
    const auto shown = [window] {
        return window->recoveryDialog() && window->recoveryDialog()->isVisible();
    };
    return QTest::qWaitFor(shown, 10000) ? window->recoveryDialog() : nullptr;
}

void TestRecovery::crashAfterTyping()
{
    QProcess child;
    child.setProgram(QCoreApplication::applicationFilePath());
    child.setArguments({QLatin1String(ChildMode), m_root, Page, Typed});
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start();
    QVERIFY(child.waitForStarted());
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += child.readAllStandardOutput()).contains('\n'), 60000);
    QVERIFY2(out.startsWith("TYPED "), out.constData());
    const qint64 lastKey = out.mid(6).trimmed().toLongLong();
    const auto sinceLastKey = [lastKey] { return QDateTime::currentMSecsSinceEpoch() - lastKey; };

    // The entry appears within 2 s of the last keystroke, with everything typed.
    QString entryText;
    qint64 latency = -1;
    while (sinceLastKey() < 5000) {
        const QStringList files = entryFiles();
        if (!files.isEmpty()) {
            auto entry = RecoveryJournal::read(
                QDir(RecoveryJournal::defaultFolder()).filePath(files.first()));
            if (entry && entry->text.endsWith(Typed)) {
                latency = sinceLastKey();
                entryText = entry->text;
                break;
            }
        }
        QTest::qWait(10);
    }
    qInfo("journal entry written %lld ms after the last keystroke", latency);
    QCOMPARE(entryText, QString::fromUtf8(Original) + Typed);
    QVERIFY2(latency >= 0 && latency < 2000, qPrintable(QString::number(latency)));

    // While that Folio runs, its edits are its own: no other Folio offers them.
    {
        RecoveryJournal another(RecoveryJournal::defaultFolder());
        QVERIFY(another.orphans(m_root).entries.isEmpty());
    }

    child.kill(); // SIGKILL: no close event, no destructor, no chance to clean up
    QVERIFY(child.waitForFinished(10000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    QCOMPARE(Test::readFile(pagePath()), Original); // autosave was off: nothing saved
    QCOMPARE(entryFiles().size(), 1);
}

void TestRecovery::killedWindowsEditsAreRestored()
{
    crashAfterTyping();
    if (QTest::currentTestFailed())
        return;

    MainWindow *window = openWindow();
    QVERIFY(window);
    window->autosaveAction()->setChecked(true); // the crashed window had it off
    window->openPath(m_root);
    RecoveryDialog *dialog = waitForDialog(window);
    QVERIFY(dialog);
    QCOMPARE(dialog->entries().size(), 1);
    QCOMPARE(dialog->list()->topLevelItem(0)->text(0), Page);
    QVERIFY2(!dialog->stateLabel()->text().contains(QStringLiteral("changed on disk")),
             qPrintable(dialog->stateLabel()->text()));

    QTest::mouseClick(dialog->restoreButton(), Qt::LeftButton);
    QTRY_VERIFY(!window->recoveryDialog());
    QCOMPARE(window->currentPage(), Page);
    QCOMPARE(window->editor()->pageText(), QString::fromUtf8(Original) + Typed);
    QVERIFY(window->editor()->document()->isModified());
    QVERIFY(window->isWindowModified());
    QCOMPARE(Test::readFile(pagePath()), Original); // the user saves, not the restore

    // The edits are this Folio's now: its own entry replaced the crashed one's.
    const QString session = window->recoveryRecorder()->journal()->session();
    QTRY_VERIFY(entryFiles().size() == 1 && entryFiles().first().startsWith(session));
    // Not autosaved behind the user's back either (autosave is on by default).
    QVERIFY(window->autosaveAction()->isChecked());
    QTest::qWait(MainWindow::AutosaveDelayMs + 500);
    QCOMPARE(Test::readFile(pagePath()), Original);

    QVERIFY(window->save());
    QCOMPARE(Test::readFile(pagePath()), Original + Typed.toUtf8());
    QVERIFY(!window->editor()->document()->isModified());
    QTRY_VERIFY(entryFiles().isEmpty()); // saved: nothing left to recover

    // A relaunch offers nothing.
    m_window.reset();
    window = openWindow();
    window->openPath(m_root);
    QTRY_COMPARE(window->currentPage(), Page); // the home page, with no question first
    QTest::qWait(200);
    QVERIFY(!window->recoveryDialog());
}

void TestRecovery::fileChangedSinceTheCrashShowsTheDifferenceAndDecideLaterKeepsIt()
{
    crashAfterTyping();
    if (QTest::currentTestFailed())
        return;
    const QByteArray theirs = "---\ntitle: Travel\n---\n\n# Travel\n\nBook flights early.\n";
    QVERIFY(Test::writeFile(pagePath(), theirs));

    MainWindow *window = openWindow();
    QVERIFY(window);
    window->openPath(m_root);
    RecoveryDialog *dialog = waitForDialog(window);
    QVERIFY(dialog);
    QVERIFY2(dialog->stateLabel()->text().contains(QStringLiteral("changed on disk")),
             qPrintable(dialog->stateLabel()->text()));
    QCOMPARE(dialog->list()->topLevelItem(0)->text(2), QStringLiteral("Changed on disk since"));
    // The difference between the page on disk now and the recovered text, rendered.
    Preview::RenderedDiffView *diff = dialog->diffView();
    QTRY_VERIFY_WITH_TIMEOUT(diff->changeCount() > 0, 20000);
    QCOMPARE(diff->page(), Page);
    QString html;
    for (const Markdown::RenderedDiffBlock &block : diff->diff().blocks)
        html += block.html;
    QVERIFY2(html.contains(QStringLiteral("flights")), qPrintable(html)); // theirs, on disk
    QVERIFY2(html.contains(QStringLiteral("trains")), qPrintable(html));  // the recovered text
    QVERIFY2(html.contains(QStringLiteral("manager")), qPrintable(html));

    // Decide Later: nothing is lost, and the question comes again next time.
    QTest::mouseClick(dialog->laterButton(), Qt::LeftButton);
    QTRY_VERIFY(!window->recoveryDialog());
    QCOMPARE(entryFiles().size(), 1);
    QTRY_COMPARE(window->currentPage(), Page);
    QCOMPARE(window->editor()->pageText().toUtf8(), theirs);
    m_window.reset();
    QCOMPARE(entryFiles().size(), 1);

    window = openWindow();
    window->openPath(m_root);
    dialog = waitForDialog(window);
    QVERIFY(dialog);
    QCOMPARE(dialog->entries().size(), 1);
    QTest::mouseClick(dialog->discardButton(), Qt::LeftButton);
    QTRY_VERIFY(!window->recoveryDialog());
    QVERIFY(entryFiles().isEmpty());
    QCOMPARE(Test::readFile(pagePath()), theirs);
    QTRY_COMPARE(window->currentPage(), Page);
    QCOMPARE(window->editor()->pageText().toUtf8(), theirs);
    QVERIFY(!window->editor()->document()->isModified());
}

// The edits of a Folio that ended with them unsaved, the page deleted since: the dialog says
// so, and Restore brings the page back once saved. (How a real crash leaves them is tested
// above; here the journal of a session that ended stands in for it.)
void TestRecovery::aPageDeletedSinceIsCreatedAgainOnSave()
{
    {
        RecoveryJournal ended(RecoveryJournal::defaultFolder());
        Document::RecoveryEntry entry;
        entry.handbookRoot = m_root;
        entry.relativePath = QStringLiteral("content/handbook/new.md");
        entry.baseChecksum = RecoveryJournal::checksum("# New\n");
        entry.text = QStringLiteral("# New\n\nWritten before the crash.\n");
        QVERIFY(ended.write(entry));
    }
    const QString page = m_root + QStringLiteral("/content/handbook/new.md");
    QVERIFY(!QFile::exists(page));

    MainWindow *window = openWindow();
    QVERIFY(window);
    window->openPath(m_root);
    RecoveryDialog *dialog = waitForDialog(window);
    QVERIFY(dialog);
    QVERIFY2(dialog->stateLabel()->text().contains(QStringLiteral("deleted or moved")),
             qPrintable(dialog->stateLabel()->text()));
    QCOMPARE(dialog->list()->topLevelItem(0)->text(2), QStringLiteral("Deleted or moved since"));
    QTest::mouseClick(dialog->restoreButton(), Qt::LeftButton);
    QTRY_VERIFY(!window->recoveryDialog());
    QCOMPARE(window->currentPage(), QStringLiteral("content/handbook/new.md"));
    QCOMPARE(window->editor()->pageText(), QStringLiteral("# New\n\nWritten before the crash.\n"));
    QVERIFY(window->editor()->document()->isModified());
    QVERIFY(!QFile::exists(page));
    QVERIFY(window->save());
    QCOMPARE(Test::readFile(page), QByteArray("# New\n\nWritten before the crash.\n"));
    QTRY_VERIFY(entryFiles().isEmpty());
}

// Only edits still unsaved have an entry: discarding them when another page opens, undoing
// back to the file, or quitting with Discard removes it.
void TestRecovery::discardingUndoingOrClosingLeavesNoEntry()
{
    QVERIFY(Test::writeFile(m_root + QStringLiteral("/content/handbook/other.md"), "# Other\n"));
    MainWindow *window = openWindow();
    QVERIFY(window);
    window->autosaveAction()->setChecked(false);
    window->openPath(pagePath());
    QTRY_COMPARE(window->currentPage(), Page);
    QCOMPARE(entryFiles().size(), 0); // opened, not edited
    Editor::EditorView *editor = window->editor();
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);

    QTest::keyClicks(editor, Typed);
    QTRY_COMPARE(entryFiles().size(), 1);
    answerNextMessageBox(QMessageBox::Discard);
    QVERIFY(window->openPage(QStringLiteral("content/handbook/other.md")));
    QTRY_COMPARE(entryFiles().size(), 0);
    QCOMPARE(Test::readFile(pagePath()), Original);

    QVERIFY(window->openPage(Page));
    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, QStringLiteral("x"));
    QTRY_COMPARE(entryFiles().size(), 1);
    QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!editor->document()->isModified());
    QTRY_COMPARE(entryFiles().size(), 0);
    QTest::qWait(Document::RecoveryRecorder::IdleDelayMs + 300); // nothing comes back
    QCOMPARE(entryFiles().size(), 0);

    QTest::keyClicks(editor, Typed);
    QTRY_COMPARE(entryFiles().size(), 1);
    answerNextMessageBox(QMessageBox::Discard);
    QVERIFY(window->close());
    QCOMPARE(entryFiles().size(), 0); // before the window is gone, not some time later
    QCOMPARE(Test::readFile(pagePath()), Original);
}

void TestRecovery::autosaveSavesAfterAPauseAndUndoStillWorks()
{
    MainWindow *window = openWindow();
    QVERIFY(window);
    window->autosaveAction()->setChecked(true);
    QCOMPARE(QSettings().value(QStringLiteral("editor/autosave")).toBool(), true);
    window->openPath(pagePath());
    QTRY_COMPARE(window->currentPage(), Page);
    window->editor()->setFocus();
    window->editor()->moveCursor(QTextCursor::End);
    QSignalSpy saved(window, &MainWindow::pageSaved);
    QTest::keyClicks(window->editor(), Typed);
    QVERIFY(window->editor()->document()->isModified());

    // Not while typing goes on...
    QTest::qWait(MainWindow::AutosaveDelayMs / 2);
    QCOMPARE(Test::readFile(pagePath()), Original);
    // ...but after the pause, by itself.
    QTRY_COMPARE_WITH_TIMEOUT(Test::readFile(pagePath()), Original + Typed.toUtf8(),
                              MainWindow::AutosaveDelayMs * 3);
    QCOMPARE(saved.count(), 1);
    QVERIFY(!window->editor()->document()->isModified());
    QTRY_VERIFY(entryFiles().isEmpty()); // saved: nothing to recover

    // Ctrl+Z still undoes the typing: the autosave kept the undo history.
    const QString before = window->editor()->pageText();
    QTest::keyClick(window->editor(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(window->editor()->pageText() != before);
    for (int i = 0; i < Typed.size() && window->editor()->pageText().toUtf8() != Original; ++i)
        QTest::keyClick(window->editor(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(window->editor()->pageText().toUtf8(), Original);
    QVERIFY(window->editor()->document()->isModified());
    // The undo is an edit like any other: saved after the next pause.
    QTRY_COMPARE_WITH_TIMEOUT(Test::readFile(pagePath()), Original,
                              MainWindow::AutosaveDelayMs * 3);
}

void TestRecovery::autosaveOffWritesNothingButTheJournal()
{
    MainWindow *window = openWindow();
    QVERIFY(window);
    window->autosaveAction()->setChecked(false);
    QCOMPARE(QSettings().value(QStringLiteral("editor/autosave")).toBool(), false);
    window->openPath(pagePath());
    QTRY_COMPARE(window->currentPage(), Page);
    window->editor()->setFocus();
    window->editor()->moveCursor(QTextCursor::End);
    QTest::keyClicks(window->editor(), Typed);

    QTRY_COMPARE(entryFiles().size(), 1); // protected against a crash all the same
    QTest::qWait(MainWindow::AutosaveDelayMs + 1000);
    QCOMPARE(Test::readFile(pagePath()), Original);
    QVERIFY(window->editor()->document()->isModified());

    // A new window remembers the choice.
    window->editor()->document()->setModified(false);
    QTRY_VERIFY(entryFiles().isEmpty()); // clean again: no entry
    m_window.reset();
    window = openWindow();
    QVERIFY(!window->autosaveAction()->isChecked());
    window->autosaveAction()->setChecked(true);
}

void TestRecovery::failedAutosaveKeepsTheEditsAndSaysWhyOnce()
{
    MainWindow *window = openWindow();
    QVERIFY(window);
    window->autosaveAction()->setChecked(true);
    window->openPath(pagePath());
    QTRY_COMPARE(window->currentPage(), Page);

    // The page's folder becomes read-only. root ignores permissions, so there the folder is
    // bind-mounted read-only over itself instead: writes fail with EROFS while the page stays
    // as it is (replacing the folder would be an outside change, which autosave waits on).
    const QString folder = QFileInfo(pagePath()).absolutePath();
    const bool root = ::geteuid() == 0;
    if (root) {
        const Test::ProcessResult bound =
            Test::run(QStringLiteral("mount"), {QStringLiteral("--bind"), folder, folder});
        if (bound.exitCode != 0)
            QSKIP(qPrintable(QStringLiteral("cannot bind-mount here: ") +
                             QString::fromLocal8Bit(bound.err)));
        const Test::ProcessResult readOnly =
            Test::run(QStringLiteral("mount"),
                      {QStringLiteral("-o"), QStringLiteral("remount,ro,bind"), folder});
        if (readOnly.exitCode != 0) {
            Test::run(QStringLiteral("umount"), {folder});
            QSKIP(qPrintable(QStringLiteral("cannot remount read-only here: ") +
                             QString::fromLocal8Bit(readOnly.err)));
        }
    } else {
        QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0555) == 0);
    }
    const auto restoreFolder = [&] {
        if (root)
            Test::run(QStringLiteral("umount"), {folder});
        else
            ::chmod(QFile::encodeName(folder).constData(), 0755);
    };

    window->editor()->setFocus();
    window->editor()->moveCursor(QTextCursor::End);
    QSignalSpy failed(window, &MainWindow::autosaveFailed);
    QTest::keyClicks(window->editor(), Typed);
    const bool failedOnce = failed.wait(MainWindow::AutosaveDelayMs * 3);
    if (!failedOnce)
        restoreFolder();
    QVERIFY(failedOnce);
    QVERIFY(window->editor()->document()->isModified());
    Widgets::MessageBanner *banner = window->messageBanner();
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("Autosave could not save")),
             qPrintable(banner->text()));
    // The journal still protects the edits.
    QTRY_COMPARE(entryFiles().size(), 1);

    // The next failed autosave does not pester the user again.
    banner->hide();
    QTest::keyClicks(window->editor(), QStringLiteral(" Twice."));
    const bool failedTwice = failed.wait(MainWindow::AutosaveDelayMs * 3);
    restoreFolder();
    QVERIFY(failedTwice);
    QVERIFY(!banner->isVisible());
    QVERIFY(window->editor()->document()->isModified());

    // Once the folder is writable again, the next pause saves everything.
    QTest::keyClicks(window->editor(), QStringLiteral(" Done."));
    QTRY_COMPARE_WITH_TIMEOUT(Test::readFile(pagePath()),
                              Original + Typed.toUtf8() + " Twice. Done.",
                              MainWindow::AutosaveDelayMs * 3);
    QVERIFY(!window->editor()->document()->isModified());
    QTRY_VERIFY(entryFiles().isEmpty());
}

int main(int argc, char *argv[])
{
    if (argc == 5 && qstrcmp(argv[1], ChildMode) == 0)
        return runCrashChild(argc, argv);
    Folio::App::prepareGuiApplication();
    QApplication app(argc, argv);
    Folio::Test::setUpTestApplication(&app);
    TestRecovery test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_recovery.moc"
