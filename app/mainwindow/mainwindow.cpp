#include "mainwindow/mainwindow.h"

#include "about/aboutdialog.h"
#include "checks/frontmatterschemalearner.h"
#include "checks/pagereviewer.h"
#include "checks/problemsmodel.h"
#include "core/versions.h"
#include "document/externalchangecontroller.h"
#include "document/recoverydialog.h"
#include "document/recoveryjournal.h"
#include "document/recoveryrecorder.h"
#include "editor/editorstatus.h"
#include "editor/editorview.h"
#include "editor/findbar.h"
#include "editor/formattingactions.h"
#include "editor/gotolinedialog.h"
#include "editor/insertioncontroller.h"
#include "frontmatter/frontmatterpanel.h"
#include "git/branchbar.h"
#include "git/clonedialog.h"
#include "git/diffview.h"
#include "git/gitlibrary.h"
#include "git/gitpanel.h"
#include "git/keychaincredentials.h"
#include "handbook/demohandbook.h"
#include "handbook/pagetreefiltermodel.h"
#include "handbook/pagetreemodel.h"
#include "mainwindow/distractionfreemode.h"
#include "mainwindow/pagetreedelegate.h"
#include "markdown/renderscheduler.h"
#include "markdown/sourcemap.h"
#include "preferences/preferences.h"
#include "preferences/preferencesdialog.h"
#include "preview/previewview.h"
#include "preview/rendereddiffcontroller.h"
#include "propose/handbooksettings.h"
#include "review/problemspanel.h"
#include "review/reviewcontroller.h"
#include "widgets/messagebanner.h"
#include "widgets/shortcuttext.h"
#include "workspace/backlinkspanel.h"
#include "workspace/handbooksearchpanel.h"
#include "workspace/outlinepanel.h"
#include "workspace/pageindexer.h"
#include "workspace/quickopendialog.h"
#include "workspace/workspacewatcher.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTextBlock>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Folio {

namespace {

// About the open page only, so it never reads as contradicting the Changes badge (which
// counts every changed file).
QString statusText(const Git::PageGitState &state)
{
    using Git::FileStatus;
    switch (state.status) {
    case FileStatus::Unmodified:
        return MainWindow::tr("This page: as last committed");
    case FileStatus::Modified:
        return MainWindow::tr("This page: changed since the last commit");
    case FileStatus::Added:
    case FileStatus::Untracked:
        return MainWindow::tr("This page: new, not committed yet");
    case FileStatus::Deleted:
        return MainWindow::tr("This page: deleted, not committed yet");
    case FileStatus::Renamed:
        return MainWindow::tr("This page: renamed, not committed yet");
    case FileStatus::Conflicted:
        return MainWindow::tr("This page: merge conflict");
    case FileStatus::Ignored:
        return MainWindow::tr("This page: ignored by git");
    }
    return {};
}

QString branchText(const Git::BranchState &branch)
{
    QString text =
        branch.detached ? MainWindow::tr("detached at %1").arg(branch.name) : branch.name;
    if (branch.unborn)
        text = MainWindow::tr("%1 (no commits yet)").arg(text);
    return MainWindow::tr("Branch: %1").arg(text);
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    m_pageModel = new Handbook::PageTreeModel(this);
    m_pageTree = new QTreeView(this);
    m_pageFilter = new Handbook::PageTreeFilterModel(this);
    m_pageFilter->setSourceModel(m_pageModel);
    m_pageTree->setModel(m_pageFilter);
    m_pageTree->setItemDelegate(new PageTreeDelegate(m_pageTree));
    m_pageTree->setHeaderHidden(true);
    m_pageTree->setUniformRowHeights(true);
    m_pageTree->setAccessibleName(tr("Pages"));
    connect(m_pageTree, &QTreeView::activated, this, &MainWindow::onTreeActivated);
    connect(m_pageTree, &QTreeView::clicked, this, &MainWindow::onTreeActivated);
    m_pageFilterEdit = new QLineEdit(this);
    m_pageFilterEdit->setObjectName(QStringLiteral("pageFilter"));
    m_pageFilterEdit->setPlaceholderText(tr("Filter pages"));
    m_pageFilterEdit->setAccessibleName(tr("Filter pages by title or path"));
    m_pageFilterEdit->setClearButtonEnabled(true);
    connect(m_pageFilterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_pageFilter->setFilterText(text);
        // Matches deep in the tree are what the user is looking for: show them all.
        if (m_pageFilter->isFiltering())
            m_pageTree->expandAll();
        else
            m_pageTree->expandToDepth(1);
        selectCurrentPageInTree();
    });
    // Down from the filter goes to the matches, as in a search field.
    m_pageFilterEdit->installEventFilter(this);
    auto *treePane = new QWidget(this);
    auto *treeLayout = new QVBoxLayout(treePane);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    treeLayout->setSpacing(2);
    treeLayout->addWidget(m_pageFilterEdit);
    treeLayout->addWidget(m_pageTree, 1);

    m_editor = new Editor::EditorView(this);
    m_editor->setReadOnly(true);
    m_banner = new Widgets::MessageBanner(this);
    m_externalChanges = new Document::ExternalChangeController(m_editor, this);
    connect(m_externalChanges, &Document::ExternalChangeController::pageReloaded, this,
            &MainWindow::onPageReloaded);
    connect(m_externalChanges, &Document::ExternalChangeController::pageMoved, this,
            &MainWindow::onPageMoved);
    connect(m_externalChanges, &Document::ExternalChangeController::closeRequested, this,
            &MainWindow::closePage);
    connect(m_externalChanges, &Document::ExternalChangeController::saveRequested, this,
            &MainWindow::save);
    auto *editorPane = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editorPane);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->setSpacing(0);
    m_formatting = new Editor::FormattingActions(m_editor, this);
    connect(m_formatting, &Editor::FormattingActions::commandRefused, this,
            [this](const QString &reason) { statusBar()->showMessage(reason, 5000); });
    m_findBar = new Editor::FindBar(m_editor, editorPane, editorPane);
    editorLayout->addWidget(m_formatting->toolBar());
    editorLayout->addWidget(m_banner);
    editorLayout->addWidget(m_externalChanges->banner());
    editorLayout->addWidget(m_editor, 1);
    editorLayout->addWidget(m_findBar);

    m_preview = new Preview::PreviewView(this);
    m_preview->setAccessibleName(tr("Preview"));
    connect(m_preview, &Preview::PreviewView::pageLinkActivated, this,
            [this](const QString &page, const QString &fragment) { openPage(page, fragment); });
    // Scroll sync both ways, by source line; each side ignores the echo of its own scrolling.
    connect(m_editor, &Editor::EditorView::scrolledToLine, m_preview,
            &Preview::PreviewView::scrollToLine);
    connect(m_preview, &Preview::PreviewView::scrolledToLine, m_editor,
            &Editor::EditorView::scrollToLine);
    connect(m_preview, &Preview::PreviewView::wordClicked, this, &MainWindow::onPreviewWordClicked);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(treePane);
    m_splitter->addWidget(editorPane);
    m_splitter->addWidget(m_preview);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 1);
    m_splitter->setSizes({240, 560, 560});

    // Above all three panes, so it reads as being about the handbook, not the open page (the
    // editor's banner is cleared whenever a page opens).
    m_demoBanner = new Widgets::MessageBanner(this);
    m_demoBanner->setObjectName(QStringLiteral("demoBanner"));
    auto *handbookPane = new QWidget(this);
    auto *handbookLayout = new QVBoxLayout(handbookPane);
    handbookLayout->setContentsMargins(0, 0, 0, 0);
    handbookLayout->setSpacing(0);
    handbookLayout->addWidget(m_demoBanner);
    handbookLayout->addWidget(m_splitter, 1);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(createEmptyState());
    m_stack->addWidget(handbookPane);
    setCentralWidget(m_stack);

    m_branchLabel = new QLabel(this);
    m_branchLabel->setAccessibleName(tr("Current branch"));
    m_pageStateLabel = new QLabel(this);
    m_pageStateLabel->setAccessibleName(tr("Page changes"));
    m_editorStatus = new Editor::EditorStatus(m_editor, this);
    statusBar()->addPermanentWidget(m_editorStatus);
    statusBar()->addPermanentWidget(m_pageStateLabel);
    statusBar()->addPermanentWidget(m_branchLabel);

    m_git = new Git::GitService;
    // Tokens from the system keychain, asked for in a dialog when missing or refused; kept
    // only once the server accepted them.
    m_credentials =
        std::make_shared<Git::KeychainCredentials>(std::make_unique<Git::SystemKeychain>(), this);
    m_git->setCredentialProvider(m_credentials);
    const auto confirm = [credentials = m_credentials.get()] { credentials->confirmToken(); };
    const auto discard = [credentials = m_credentials.get()] { credentials->discardToken(); };
    connect(m_git, &Git::GitService::proposed, m_credentials.get(), confirm);
    connect(m_git, &Git::GitService::pushed, m_credentials.get(), confirm);
    connect(m_git, &Git::GitService::fetched, m_credentials.get(), confirm);
    connect(m_git, &Git::GitService::cloned, m_credentials.get(), confirm);
    connect(m_git, &Git::GitService::proposeFailed, m_credentials.get(), discard);
    connect(m_git, &Git::GitService::pushFailed, m_credentials.get(), discard);
    connect(m_git, &Git::GitService::fetchFailed, m_credentials.get(), discard);
    connect(m_git, &Git::GitService::cloneFailed, m_credentials.get(), discard);
    m_git->moveToThread(&m_gitThread);
    connect(&m_gitThread, &QThread::finished, m_git, &QObject::deleteLater);
    connect(m_git, &Git::GitService::pageStateRead, this, &MainWindow::onGitStateRead);
    m_gitThread.setObjectName(QStringLiteral("git"));
    m_gitThread.start();
    createGitPanel();
    m_frontMatterPanel = new FrontMatter::FrontMatterPanel(this);
    addDockWidget(Qt::RightDockWidgetArea, m_frontMatterPanel);
    m_frontMatterPanel->setEditor(m_editor);
    createWorkspace();
    // After FormattingActions on purpose: Qt asks the newest event filter first, so an open
    // completion list takes Enter and Tab before the list keys continue or nest the list.
    m_insertion = new Editor::InsertionController(
        m_editor,
        [this] {
            return Editor::InsertionContext{m_handbook, m_currentPage, m_indexer->current()};
        },
        this);
    connect(m_insertion, &Editor::InsertionController::insertionFailed, this,
            &MainWindow::showError);

    createActions();
    applyPreferences(Preferences::Preferences::load());

    // Unsaved edits survive a crash: a second after the user stops typing they are in the
    // journal, until the page is saved or they are discarded.
    m_journal = std::make_shared<Document::RecoveryJournal>();
    m_recorder = new Document::RecoveryRecorder(m_journal, this);
    m_recorder->setTextProvider([this]() -> std::optional<QString> {
        if (m_currentPage.isEmpty() || !m_editor->document()->isModified())
            return std::nullopt;
        return m_editor->pageText();
    });
    connect(m_recorder, &Document::RecoveryRecorder::failed, this, [this](const Error &error) {
        if (std::exchange(m_journalFailureShown, true))
            return;
        m_banner->showMessage(Widgets::MessageBanner::Kind::Warning,
                              tr("Folio cannot keep a copy of your unsaved edits in case it "
                                 "stops unexpectedly: %1")
                                  .arg(error.toString()));
    });
    // Saved, undone back to the file, discarded: nothing left to protect.
    connect(m_editor->document(), &QTextDocument::modificationChanged, this, [this](bool modified) {
        if (!modified)
            m_recorder->forget();
    });
    m_autosaveTimer.setSingleShot(true);
    m_autosaveTimer.setInterval(AutosaveDelayMs);
    connect(&m_autosaveTimer, &QTimer::timeout, this, &MainWindow::autosave);

    m_renderer = new Markdown::RenderScheduler(this);
    connect(m_renderer, &Markdown::RenderScheduler::rendered, this, &MainWindow::onRendered);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &MainWindow::onTextChanged);
    connect(m_editor->document(), &QTextDocument::modificationChanged, this,
            &QWidget::setWindowModified);
    connect(&m_schemaWatcher, &QFutureWatcher<Checks::FrontMatterSchema>::finished, this, [this] {
        m_frontMatterPanel->setSchema(m_schemaWatcher.result());
        m_review->reviewer()->setSchema(m_schemaWatcher.result());
    });
    connect(&m_scanWatcher, &QFutureWatcher<QList<Handbook::PageEntry>>::finished, this,
            &MainWindow::onPagesScanned);

    // A comfortable size for three panes, never larger than the screen.
    const QRect available = screen()->availableGeometry();
    resize(std::min(1400, available.width() * 9 / 10), std::min(860, available.height() * 9 / 10));
    // The panel is for glancing at changes: the page being edited keeps most of the height.
    resizeDocks({m_gitPanel}, {height() / 4}, Qt::Vertical);
    resizeDocks({m_frontMatterPanel}, {300}, Qt::Horizontal);
    // On a small screen the tree, editor and preview need the width: the docks on the right
    // are one shortcut away (View menu).
    if (width() < 1200) {
        m_frontMatterPanel->hide();
        m_outlinePanel->hide();
        m_backlinksPanel->hide();
    }
    updateTitle();
}

MainWindow::~MainWindow()
{
    // Children are deleted after this body: no edit signal may reach the recorder meanwhile.
    // An entry of edits still unsaved stays in the journal, offered at the next start.
    disconnect(m_editor->document(), nullptr, this, nullptr);
    disconnect(m_editor, nullptr, this, nullptr);
    m_autosaveTimer.stop();
    m_recorder->waitForIdle();
    // A clone still running is cancelled (and its folder removed) rather than waited for.
    delete m_cloneDialog;
    m_gitThread.quit();
    m_gitThread.wait();
    m_scanWatcher.waitForFinished();
    m_schemaWatcher.waitForFinished();
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *clone = file->addAction(tr("&Clone Handbook…"), this, &MainWindow::openCloneDialog);
    clone->setObjectName(QStringLiteral("cloneAction"));
    clone->setStatusTip(tr("Copy a handbook from its git server to this computer"));
    QAction *open =
        file->addAction(tr("&Open Handbook…"), this, &MainWindow::onOpenHandbookTriggered);
    open->setObjectName(QStringLiteral("openAction"));
    open->setShortcut(QKeySequence::Open);
    open->setStatusTip(tr("Open a handbook folder that is already on this computer"));
    file->addAction(tr("Open &Demo Handbook"), this, &MainWindow::openDemoHandbook);
    // The same actions, so a first run (which opens the demo) shows how to get a real handbook.
    m_demoBanner->addAction(clone);
    m_demoBanner->addAction(open);
    file->addSeparator();
    m_saveAction = file->addAction(tr("&Save"), this, &MainWindow::save);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setEnabled(false);
    m_autosaveAction = file->addAction(tr("&Autosave"));
    m_autosaveAction->setObjectName(QStringLiteral("autosaveAction"));
    m_autosaveAction->setCheckable(true);
    m_autosaveAction->setStatusTip(
        tr("Save the page by itself a few seconds after you stop typing"));
    // Checked or not by applyPreferences(), right after the actions are made.
    connect(m_autosaveAction, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(QLatin1String(Preferences::Keys::Autosave), on);
        if (on && !m_currentPage.isEmpty() && m_editor->document()->isModified())
            m_autosaveTimer.start();
        else if (!on)
            m_autosaveTimer.stop();
    });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    // Qt's "more" button, shown when the window is too narrow for every menu.
    if (auto *more = menuBar()->findChild<QWidget *>(QStringLiteral("qt_menubar_ext_button")))
        more->setAccessibleName(tr("More menus"));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    // The editor's own commands, also for mouse users; the focused text field handles the
    // keys itself, so these act on the page wherever the focus is otherwise.
    const auto editorCommand = [this, edit](const QString &text, QKeySequence::StandardKey key,
                                            const QString &name, auto slot) {
        QAction *action = edit->addAction(text, m_editor, slot);
        action->setObjectName(name);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        return action;
    };
    QAction *undo = editorCommand(tr("&Undo"), QKeySequence::Undo, QStringLiteral("undoAction"),
                                  &QPlainTextEdit::undo);
    QAction *redo = editorCommand(tr("Re&do"), QKeySequence::Redo, QStringLiteral("redoAction"),
                                  &QPlainTextEdit::redo);
    undo->setEnabled(false);
    redo->setEnabled(false);
    connect(m_editor, &QPlainTextEdit::undoAvailable, undo, &QAction::setEnabled);
    connect(m_editor, &QPlainTextEdit::redoAvailable, redo, &QAction::setEnabled);
    edit->addSeparator();
    QAction *cut = editorCommand(tr("Cu&t"), QKeySequence::Cut, QStringLiteral("cutAction"),
                                 &QPlainTextEdit::cut);
    QAction *copy = editorCommand(tr("&Copy"), QKeySequence::Copy, QStringLiteral("copyAction"),
                                  &QPlainTextEdit::copy);
    editorCommand(tr("&Paste"), QKeySequence::Paste, QStringLiteral("pasteAction"),
                  &QPlainTextEdit::paste);
    editorCommand(tr("Select &All"), QKeySequence::SelectAll, QStringLiteral("selectAllAction"),
                  &QPlainTextEdit::selectAll);
    cut->setEnabled(false);
    copy->setEnabled(false);
    connect(m_editor, &QPlainTextEdit::copyAvailable, copy, &QAction::setEnabled);
    connect(m_editor, &QPlainTextEdit::copyAvailable, cut,
            [this, cut](bool selected) { cut->setEnabled(selected && !m_editor->isReadOnly()); });
    edit->addSeparator();
    edit->addAction(m_findBar->findAction());
    edit->addAction(m_findBar->replaceAction());
    edit->addAction(m_findBar->findNextAction());
    edit->addAction(m_findBar->findPreviousAction());
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("Pr&eferences…"), this, &MainWindow::showPreferences);
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    // The platform's key where it has one (KDE: Ctrl+Shift+,), else the common Ctrl+,.
    preferences->setShortcuts(QKeySequence::keyBindings(QKeySequence::Preferences).isEmpty()
                                  ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Comma)}
                                  : QKeySequence::keyBindings(QKeySequence::Preferences));
    preferences->setMenuRole(QAction::PreferencesRole);
    preferences->setStatusTip(tr("Choose the editor's font, autosave, the spelling language, the "
                                 "preview's colours and defaults for merge requests"));
    menuBar()->addMenu(m_formatting->menu());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *showTree = view->addAction(tr("Page &Tree"));
    showTree->setCheckable(true);
    showTree->setChecked(true);
    connect(showTree, &QAction::toggled, m_pageTree->parentWidget(), &QWidget::setVisible);
    QAction *showPreview = view->addAction(tr("&Preview"));
    showPreview->setCheckable(true);
    showPreview->setChecked(true);
    connect(showPreview, &QAction::toggled, m_preview, &QWidget::setVisible);
    QAction *showChanges = m_gitPanel->toggleViewAction();
    showChanges->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    view->addAction(showChanges);
    QAction *showFrontMatter = m_frontMatterPanel->toggleViewAction();
    showFrontMatter->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    view->addAction(showFrontMatter);
    QAction *showOutline = m_outlinePanel->toggleViewAction();
    showOutline->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    view->addAction(showOutline);
    QAction *showBacklinks = m_backlinksPanel->toggleViewAction();
    showBacklinks->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    view->addAction(showBacklinks);
    createViewOptions(view);

    QMenu *insert = menuBar()->addMenu(tr("&Insert"));
    insert->setObjectName(QStringLiteral("insertMenu"));
    m_insertion->addActions(insert);
    m_editor->addContextSubmenu(m_formatting->menu());
    m_editor->addContextSubmenu(insert);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->setObjectName(QStringLiteral("goMenu"));
    QAction *goToPage = go->addAction(tr("Go to &Page…"), this, &MainWindow::showQuickOpen);
    goToPage->setObjectName(QStringLiteral("quickOpenAction"));
    goToPage->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    goToPage->setStatusTip(tr("Open a page by typing part of its title or path"));
    QAction *find = go->addAction(tr("&Find in Handbook…"), this, &MainWindow::showHandbookSearch);
    find->setObjectName(QStringLiteral("findInHandbookAction"));
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    find->setStatusTip(tr("Search the text of every page"));
    QAction *goToLineAction = go->addAction(tr("Go to &Line…"), this, &MainWindow::showGoToLine);
    goToLineAction->setObjectName(QStringLiteral("goToLineAction"));
    goToLineAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    goToLineAction->setStatusTip(tr("Put the cursor on a line of the page by its number"));
    go->addSeparator();
    QAction *nextPanel = go->addAction(tr("Ne&xt Panel"), this, [this] { focusPanel(1); });
    nextPanel->setObjectName(QStringLiteral("nextPanelAction"));
    nextPanel->setShortcut(QKeySequence(Qt::Key_F6));
    nextPanel->setStatusTip(tr("Move the keyboard focus to the next panel"));
    QAction *previousPanel = go->addAction(tr("Pre&vious Panel"), this, [this] { focusPanel(-1); });
    previousPanel->setObjectName(QStringLiteral("previousPanelAction"));
    previousPanel->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    previousPanel->setStatusTip(tr("Move the keyboard focus to the previous panel"));
    view->addAction(m_searchDock->toggleViewAction());
    QAction *showProblems = m_problemsDock->toggleViewAction();
    showProblems->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    view->addAction(showProblems);
    m_markMisspellings = view->addAction(tr("Mark &Misspellings in Preview"));
    m_markMisspellings->setObjectName(QStringLiteral("markMisspellingsAction"));
    m_markMisspellings->setCheckable(true);
    m_markMisspellings->setStatusTip(
        tr("Underline the words the spelling check does not know in the preview too"));
    m_markMisspellings->setChecked(
        QSettings().value(QStringLiteral("preview/markMisspellings"), true).toBool());
    m_preview->setMarksShown(m_markMisspellings->isChecked());
    connect(m_markMisspellings, &QAction::toggled, this, [this](bool shown) {
        m_preview->setMarksShown(shown);
        QSettings().setValue(QStringLiteral("preview/markMisspellings"), shown);
    });
    QAction *checkHandbook = view->addAction(tr("Chec&k Whole Handbook"), this, [this] {
        m_problemsDock->show();
        m_problemsDock->raise();
        m_review->checkHandbook();
    });
    checkHandbook->setObjectName(QStringLiteral("checkHandbookAction"));
    checkHandbook->setStatusTip(
        tr("Check the spelling, links and front matter of every page of the handbook"));
    go->addSeparator();
    QAction *nextProblem = go->addAction(tr("&Next Problem"), this, [this] {
        m_problemsDock->show();
        m_problemsPanel->activateNext();
    });
    nextProblem->setObjectName(QStringLiteral("nextProblemAction"));
    nextProblem->setShortcut(QKeySequence(Qt::Key_F8));
    QAction *previousProblem = go->addAction(tr("P&revious Problem"), this, [this] {
        m_problemsDock->show();
        m_problemsPanel->activateNext(true);
    });
    previousProblem->setObjectName(QStringLiteral("previousProblemAction"));
    previousProblem->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));

    createGitMenu();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Folio"), this, [this] {
        Versions versions = Versions::current();
        // The libgit2 loaded, rather than the one built against.
        versions.libgit2 = Git::GitLibrary::version();
        auto *dialog = new About::AboutDialog(versions, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
}

QList<QWidget *> MainWindow::panels() const
{
    QList<QWidget *> shown;
    const QList<QWidget *> all = {
        m_pageTree->parentWidget(), m_editor,   m_preview,    m_frontMatterPanel, m_outlinePanel,
        m_backlinksPanel,           m_gitPanel, m_searchDock, m_problemsDock};
    for (QWidget *panel : all) {
        if (panel && panel->isVisible())
            shown.append(panel);
    }
    return shown;
}

void MainWindow::focusPanel(int step)
{
    const QList<QWidget *> shown = panels();
    if (shown.isEmpty())
        return;
    const QWidget *focused = QApplication::focusWidget();
    qsizetype current = -1;
    for (qsizetype i = 0; i < shown.size() && current < 0; ++i) {
        if (focused && (focused == shown[i] || shown[i]->isAncestorOf(focused)))
            current = i;
    }
    const qsizetype count = shown.size();
    qsizetype index = current >= 0 ? current : (step > 0 ? count - 1 : 0);
    for (qsizetype tried = 0; tried < count; ++tried) {
        index = (index + step + count) % count;
        QWidget *panel = shown[index];
        // The panel's first control in the window's tab order takes the focus (widgets moved
        // into a dock keep their place in the chain, so walk the window's whole chain).
        QWidget *widget = this;
        do {
            widget = widget->nextInFocusChain();
            if ((widget == panel || panel->isAncestorOf(widget)) &&
                (widget->focusPolicy() & Qt::TabFocus) && widget->isVisible() &&
                widget->isEnabled()) {
                widget->setFocus(Qt::TabFocusReason);
                return;
            }
        } while (widget != this);
    }
}

void MainWindow::showPreferences()
{
    if (m_preferencesDialog) {
        m_preferencesDialog->raise();
        m_preferencesDialog->activateWindow();
        return;
    }
    const Propose::HandbookSettings &settings = m_gitPanel->handbookSettings();
    const Preferences::PreferencesDialog::Defaults defaults{
        settings.spellingLanguage(), settings.labels(), settings.targetBranch()};
    auto *dialog =
        new Preferences::PreferencesDialog(Preferences::Preferences::load(), defaults, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Preferences::Preferences chosen = dialog->preferences();
        chosen.save();
        applyPreferences(chosen);
    });
    m_preferencesDialog = dialog;
    dialog->open();
}

void MainWindow::applyPreferences(const Preferences::Preferences &preferences)
{
    m_editor->setBaseFont(preferences.editorFont());
    m_autosaveAction->setChecked(preferences.autosave);
    m_review->setPreferredSpellingLanguage(preferences.spellingLanguage);
    m_preview->setTheme(preferences.previewTheme);
    m_gitPanel->setProposalPreferences(preferences.defaultLabels, preferences.targetBranch);
}

void MainWindow::createGitPanel()
{
    m_gitPanel = new Git::GitPanel(m_git, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_gitPanel);
    const auto guard = [this] { return maybeSave(); };
    m_gitPanel->setWorkTreeGuard(guard);
    connect(this, &MainWindow::pageSaved, m_gitPanel, &Git::GitPanel::refresh);
    // The tree marks the pages the Changes panel lists.
    connect(m_gitPanel, &Git::GitPanel::changesShown, this,
            [this] { m_pageModel->setBadges(m_gitPanel->changedPages()); });

    m_branchBar = new GitPanel::BranchBar(m_git);
    m_branchBar->setWorkTreeGuard(guard);
    m_gitPanel->setHeaderWidget(m_branchBar);
    connect(m_branchBar, &GitPanel::BranchBar::branchChanged, this, &MainWindow::showBranch);
    connect(m_branchBar, &GitPanel::BranchBar::workTreeChanged, this,
            &MainWindow::onWorkTreeChanged);
    connect(m_branchBar, &GitPanel::BranchBar::openFileRequested, this,
            &MainWindow::onFileOpenRequested);
    // Discards and restores may come from the panel, its menu or the Backups dialog.
    connect(m_git, &Git::GitService::fileDiscarded, this, &MainWindow::onWorkTreeChanged);
    connect(m_git, &Git::GitService::backupRestored, this, &MainWindow::onWorkTreeChanged);
    // A commit moves the branch: ahead/behind and the merge offer change.
    connect(m_git, &Git::GitService::committed, m_branchBar, &GitPanel::BranchBar::refresh);
    connect(m_git, &Git::GitService::repositoryDescribed, this, &MainWindow::onRepositoryDescribed);

    m_renderedDiff = new Preview::RenderedDiffController(m_git, this, this);
    // Unsaved edits are part of "what changed": the open page's text comes from the editor.
    m_renderedDiff->setCurrentTextProvider([this](const QString &page) -> std::optional<QString> {
        if (page.isEmpty() || page != m_currentPage)
            return std::nullopt;
        return m_editor->pageText();
    });
    connect(m_gitPanel->diffView(), &Git::DiffView::renderedDiffRequested, m_renderedDiff,
            &Preview::RenderedDiffController::showRenderedDiff);
    connect(m_renderedDiff, &Preview::RenderedDiffController::failed, this, &MainWindow::showError);
    connect(m_gitPanel, &Git::GitPanel::pageOpenRequested, this,
            [this](const QString &page) { openPage(page); });
    // A commit or a new branch changes what the status bar says about the open page.
    auto updatePageState = [this] {
        if (!m_currentPage.isEmpty())
            requestGitState();
    };
    connect(m_git, &Git::GitService::committed, this, updatePageState);
    connect(m_git, &Git::GitService::branchSwitched, this, updatePageState);

    m_changesBadge = new QToolButton(this);
    m_changesBadge->setObjectName(QStringLiteral("changesBadge"));
    m_changesBadge->setAutoRaise(true);
    m_changesBadge->setAccessibleName(tr("Changes"));
    m_changesBadge->setToolTip(tr("Show or hide the list of changes"));
    m_changesBadge->hide();
    statusBar()->addPermanentWidget(m_changesBadge);
    connect(m_gitPanel, &Git::GitPanel::changeCountChanged, this, [this](int count) {
        m_changesBadge->setVisible(count >= 0);
        for (QAction *action : std::as_const(m_repositoryActions))
            action->setEnabled(count >= 0);
        const int n = std::max(count, 0);
        m_changesBadge->setText(tr("%n change(s)", nullptr, n));
    });
    connect(m_changesBadge, &QToolButton::clicked, this, [this] {
        m_gitPanel->setVisible(!m_gitPanel->isVisible());
        if (m_gitPanel->isVisible())
            m_gitPanel->raise();
    });
}

void MainWindow::createWorkspace()
{
    m_indexer = new Workspace::PageIndexer(this);
    m_workspaceWatcher = new Workspace::WorkspaceWatcher(this);
    connect(m_workspaceWatcher, &Workspace::WorkspaceWatcher::changed, m_indexer,
            &Workspace::PageIndexer::updatePages);

    // Reading every page of a big handbook takes a moment: say so, and how far it is.
    m_indexProgress = new QProgressBar(this);
    m_indexProgress->setObjectName(QStringLiteral("indexProgress"));
    m_indexProgress->setAccessibleName(tr("Indexing the handbook"));
    m_indexProgress->setMaximumWidth(160);
    m_indexProgress->setFormat(tr("Indexing %v of %m"));
    m_indexProgress->hide();
    statusBar()->addWidget(m_indexProgress);
    connect(m_indexer, &Workspace::PageIndexer::progressChanged, this, [this](int done, int total) {
        m_indexProgress->setRange(0, total);
        m_indexProgress->setValue(done);
        m_indexProgress->setVisible(done < total);
    });
    connect(m_indexer, &Workspace::PageIndexer::indexReady, this,
            [this](const Workspace::PageIndex &index) {
                m_indexProgress->hide();
                m_backlinksPanel->setIndex(index);
                Q_EMIT indexReady();
            });

    m_outlinePanel = new Workspace::OutlinePanel(this);
    m_outlinePanel->setEditor(m_editor);
    m_outlinePanel->showNoPage();
    connect(m_outlinePanel, &Workspace::OutlinePanel::headingActivated, this,
            [this](int line, const QString &id) {
                goToLine(line);
                if (!id.isEmpty())
                    m_preview->scrollToId(id);
            });
    m_backlinksPanel = new Workspace::BacklinksPanel(this);
    connect(m_backlinksPanel, &Workspace::BacklinksPanel::backlinkActivated, this,
            [this](const QString &path, int line) {
                if (openPage(path))
                    goToLine(line);
            });
    m_quickOpen = new Workspace::QuickOpenDialog(this);
    connect(m_quickOpen, &Workspace::QuickOpenDialog::pageChosen, this,
            [this](const QString &path) { openPage(path); });
    m_searchPanel = new Workspace::HandbookSearchPanel(this);
    m_searchDock = new QDockWidget(tr("Find in Handbook"), this);
    m_searchDock->setObjectName(QStringLiteral("searchDock"));
    m_searchDock->setWidget(m_searchPanel);
    connect(m_searchPanel, &Workspace::HandbookSearchPanel::matchActivated, this,
            [this](const QString &path, int line, int column) {
                if (openPage(path) && line > 0)
                    goToLine(line, column);
            });
    connect(m_indexer, &Workspace::PageIndexer::indexReady, this,
            [this](const Workspace::PageIndex &index) {
                m_quickOpen->setIndex(index);
                m_searchPanel->setIndex(index);
            });
    addDockWidget(Qt::RightDockWidgetArea, m_outlinePanel);
    addDockWidget(Qt::RightDockWidgetArea, m_backlinksPanel);
    tabifyDockWidget(m_frontMatterPanel, m_outlinePanel);
    tabifyDockWidget(m_outlinePanel, m_backlinksPanel);
    m_frontMatterPanel->raise();
    // Results want the width of the window, like the changes: beside them, shown on demand.
    addDockWidget(Qt::BottomDockWidgetArea, m_searchDock);
    tabifyDockWidget(m_gitPanel, m_searchDock);
    m_searchDock->hide();

    m_problemsPanel = new Review::ProblemsPanel(this);
    m_problemsDock = new QDockWidget(tr("Problems"), this);
    m_problemsDock->setObjectName(QStringLiteral("problemsDock"));
    m_problemsDock->setWidget(m_problemsPanel);
    m_review = new Review::ReviewController(m_editor, m_preview, m_problemsPanel, this);
    connect(m_review, &Review::ReviewController::problemActivated, this,
            [this](const QString &path, int line, int column) {
                if (openPage(path) && line > 0)
                    goToLine(line, column - 1);
            });
    connect(m_review, &Review::ReviewController::handbookFileChanged, m_gitPanel,
            &Git::GitPanel::refresh);
    connect(m_review, &Review::ReviewController::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 15000); });
    connect(m_indexer, &Workspace::PageIndexer::indexReady, m_review,
            &Review::ReviewController::setIndex);
    // The dock's title counts what there is to fix, so a closed tab still tells.
    connect(m_problemsPanel->model(), &Checks::ProblemsModel::countsChanged, this, [this] {
        const int count = m_problemsPanel->model()->problemCount();
        m_problemsDock->setWindowTitle(count > 0 ? tr("Problems (%1)").arg(count) : tr("Problems"));
    });
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
    tabifyDockWidget(m_gitPanel, m_problemsDock);
    m_gitPanel->raise();
}

void MainWindow::showQuickOpen()
{
    if (m_handbook.rootPath().isEmpty())
        return;
    m_quickOpen->setRecentPages(m_recentPages);
    m_quickOpen->open();
}

void MainWindow::showHandbookSearch()
{
    if (m_handbook.rootPath().isEmpty())
        return;
    m_searchDock->show();
    m_searchDock->raise();
    // A word selected in the editor is what the user wants to find, as in most editors.
    const QString selected = m_editor->textCursor().selectedText();
    m_searchPanel->focusSearch(selected.contains(QChar::ParagraphSeparator) ? QString() : selected);
}

void MainWindow::goToLine(int line, int column)
{
    const QTextBlock block = m_editor->document()->findBlockByNumber(std::max(0, line - 1));
    if (!block.isValid())
        return;
    m_editor->placeCursor(block.position() + std::clamp(column, 0, block.length() - 1));
    m_editor->setFocus(Qt::OtherFocusReason);
}

void MainWindow::showGoToLine()
{
    if (m_currentPage.isEmpty())
        return;
    if (!m_goToLine) {
        m_goToLine = new Editor::GoToLineDialog(this);
        connect(m_goToLine, &Editor::GoToLineDialog::lineChosen, this,
                [this](int line, int column) { goToLine(line, column - 1); });
    }
    m_goToLine->ask(m_editor->textCursor().blockNumber() + 1, m_editor->document()->blockCount());
}

void MainWindow::createViewOptions(QMenu *view)
{
    view->addSeparator();
    // Ctrl+= as well as Ctrl++: on most keyboards + needs Shift.
    QAction *zoomIn =
        view->addAction(tr("Zoom &In"), this, [this] { setZoomSteps(m_editor->zoomSteps() + 1); });
    zoomIn->setObjectName(QStringLiteral("zoomInAction"));
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    QAction *zoomOut =
        view->addAction(tr("Zoom &Out"), this, [this] { setZoomSteps(m_editor->zoomSteps() - 1); });
    zoomOut->setObjectName(QStringLiteral("zoomOutAction"));
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction *zoomReset = view->addAction(tr("&Reset Zoom"), this, [this] { setZoomSteps(0); });
    zoomReset->setObjectName(QStringLiteral("zoomResetAction"));
    zoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    setZoomSteps(QSettings().value(QStringLiteral("view/zoom"), 0).toInt());
    // The preview may reload its shell; its zoom must follow the editor's again.
    connect(m_preview, &QWebEngineView::loadFinished, this,
            [this] { m_preview->setZoomFactor(m_editor->zoomFactor()); });

    QAction *softWrap = view->addAction(tr("Soft &Wrap"));
    softWrap->setObjectName(QStringLiteral("softWrapAction"));
    softWrap->setCheckable(true);
    softWrap->setStatusTip(
        tr("Wrap long lines at the editor's edge instead of scrolling sideways"));
    softWrap->setChecked(QSettings().value(QStringLiteral("editor/softWrap"), true).toBool());
    m_editor->setSoftWrap(softWrap->isChecked());
    connect(softWrap, &QAction::toggled, this, [this](bool wrap) {
        m_editor->setSoftWrap(wrap);
        QSettings().setValue(QStringLiteral("editor/softWrap"), wrap);
    });

    m_distractionFree = new DistractionFreeMode(this, {m_pageTree->parentWidget(), m_preview});
    QAction *distractionFree = view->addAction(tr("&Distraction-Free Mode"));
    distractionFree->setObjectName(QStringLiteral("distractionFreeAction"));
    distractionFree->setCheckable(true);
    distractionFree->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F11), QKeySequence(Qt::Key_F11)});
    distractionFree->setStatusTip(tr("Only the page's text, full screen; %1 leaves")
                                      .arg(Widgets::shortcutText(QKeySequence(Qt::Key_Escape))));
    connect(distractionFree, &QAction::toggled, m_distractionFree, &DistractionFreeMode::setActive);
    connect(m_distractionFree, &DistractionFreeMode::activeChanged, distractionFree,
            &QAction::setChecked);
    connect(m_distractionFree, &DistractionFreeMode::activeChanged, this, [this](bool active) {
        if (active)
            m_editor->setFocus(Qt::OtherFocusReason);
    });
}

void MainWindow::setZoomSteps(int steps)
{
    m_editor->setZoomSteps(steps);
    m_preview->setZoomFactor(m_editor->zoomFactor());
    QSettings().setValue(QStringLiteral("view/zoom"), m_editor->zoomSteps());
}

void MainWindow::createGitMenu()
{
    m_gitMenu = menuBar()->addMenu(tr("G&it"));
    m_gitMenu->setObjectName(QStringLiteral("gitMenu"));
    // Every entry shows the panel first: the dialogs and the branch menu belong to it.
    const auto add = [this](const QString &text, const QString &name, const QString &tip,
                            const QKeySequence &shortcut, auto &&slot) {
        QAction *action = m_gitMenu->addAction(text);
        action->setObjectName(name);
        action->setStatusTip(tip);
        action->setShortcut(shortcut);
        action->setEnabled(false); // until the handbook is known to be in a repository
        connect(action, &QAction::triggered, this, [this, slot] {
            m_gitPanel->show();
            m_gitPanel->raise();
            slot();
        });
        m_repositoryActions.append(action);
        return action;
    };
    add(tr("&Commit…"), QStringLiteral("commitAction"),
        tr("Save a version of the checked files in git"),
        QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C), [this] {
            if (m_gitPanel->changeCount() == 0)
                statusBar()->showMessage(tr("Nothing to commit: no file has changed."), 5000);
            else
                m_gitPanel->openCommitDialog();
        });
    add(tr("&Propose Changes…"), QStringLiteral("proposeAction"),
        tr("Send the changed pages to GitLab as a merge request"), QKeySequence(), [this] {
            if (!m_gitPanel->openProposeDialog())
                statusBar()->showMessage(tr("Nothing to propose: no page has changed."), 5000);
        });
    add(tr("Send &Waiting Proposals…"), QStringLiteral("waitingProposalsAction"),
        tr("Send the proposals that did not reach GitLab"), QKeySequence(),
        [this] { m_gitPanel->openPendingPushesDialog(); });
    add(tr("&Update from GitLab…"), QStringLiteral("updateAction"),
        tr("Get the latest version of the handbook and merge it into your branch"),
        QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_U), [this] {
            // A merge left half-way is finished before an update starts another one.
            if (m_branchBar->continueMerge())
                return;
            if (!m_branchBar->updateFromTarget())
                statusBar()->showMessage(
                    tr("Nothing to update from: this handbook has no GitLab remote."), 5000);
        });
    m_gitMenu->addSeparator();
    add(tr("&New Branch…"), QStringLiteral("newBranchAction"), tr("Start a branch for a change"),
        QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N),
        [this] { m_branchBar->openNewBranchDialog(); });
    add(tr("&Switch Branch"), QStringLiteral("switchBranchAction"),
        tr("Choose the branch to work on"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_B), [this] {
            m_branchBar->branchButton()->setFocus(Qt::ShortcutFocusReason);
            m_branchBar->showMenu();
        });
    add(tr("&Merge…"), QStringLiteral("mergeAction"),
        tr("Bring the changes of another branch into this one"), QKeySequence(), [this] {
            // A merge left half-way is finished before another one starts.
            if (!m_branchBar->continueMerge())
                m_branchBar->openMergeDialog();
        });
    m_gitMenu->addSeparator();
    add(tr("&Discard Changes…"), QStringLiteral("discardAction"),
        tr("Put the selected file back as it was in the last commit"), QKeySequence(),
        [this] { discardChanges(); });
    add(tr("&Backups…"), QStringLiteral("backupsAction"),
        tr("The copies Folio kept before discarding or replacing a file"), QKeySequence(),
        [this] { m_gitPanel->openBackupsDialog(); });
    m_gitMenu->addSeparator();
    m_gitMenu->addAction(m_gitPanel->toggleViewAction());
}

void MainWindow::discardChanges()
{
    if (m_gitPanel->discardSelected())
        return;
    // Nothing selected in the panel: the open page, when it has changes.
    if (!m_currentPage.isEmpty() && m_gitPanel->selectPage(m_currentPage)) {
        m_gitPanel->discardSelected();
        return;
    }
    statusBar()->showMessage(tr("Select a changed file in the Changes panel first."), 5000);
}

QWidget *MainWindow::createEmptyState()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    m_emptyStateLabel = new QLabel(tr("No handbook is open."), page);
    m_emptyStateLabel->setAlignment(Qt::AlignCenter);
    m_emptyStateLabel->setWordWrap(true);
    m_emptyStateLabel->setTextFormat(Qt::PlainText);
    m_emptyStateLabel->setAccessibleName(tr("Status"));
    layout->addWidget(m_emptyStateLabel);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto *clone = new QPushButton(tr("Clone Handbook…"), page);
    clone->setObjectName(QStringLiteral("emptyStateCloneButton"));
    auto *open = new QPushButton(tr("Open Handbook…"), page);
    auto *demo = new QPushButton(tr("Open Demo Handbook"), page);
    connect(clone, &QPushButton::clicked, this, &MainWindow::openCloneDialog);
    connect(open, &QPushButton::clicked, this, &MainWindow::onOpenHandbookTriggered);
    connect(demo, &QPushButton::clicked, this, &MainWindow::openDemoHandbook);
    buttons->addWidget(clone);
    buttons->addWidget(open);
    buttons->addWidget(demo);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(2);
    return page;
}

void MainWindow::showEmptyState(const QString &problem)
{
    m_emptyStateLabel->setText(problem.isEmpty() ? tr("No handbook is open.") : problem);
    m_stack->setCurrentIndex(0);
}

void MainWindow::showError(const QString &text)
{
    m_banner->showMessage(Widgets::MessageBanner::Kind::Error, text);
}

void MainWindow::openDemoHandbook()
{
    const auto location = Handbook::DemoHandbook::ensure();
    if (!location) {
        showEmptyState(
            tr("The demo handbook could not be created: %1").arg(location.error().toString()));
        return;
    }
    openPath(location.value());
}

void MainWindow::openCloneDialog()
{
    if (m_cloneDialog) {
        m_cloneDialog->raise();
        m_cloneDialog->activateWindow();
        return;
    }
    auto *dialog = new Git::CloneDialog(m_git, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Once the dialog is closed, so that questions about unsaved edits come on their own.
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString message = dialog->completionMessage();
        openPath(dialog->result().path);
        statusBar()->showMessage(message, 15000);
    });
    m_cloneDialog = dialog;
    dialog->open();
}

void MainWindow::openPath(const QString &path)
{
    auto handbook = Handbook::Handbook::open(path);
    if (!handbook) {
        if (m_handbook.rootPath().isEmpty())
            showEmptyState(tr("Cannot open %1.\n%2").arg(path, handbook.error().toString()));
        else
            showError(tr("Cannot open %1: %2").arg(path, handbook.error().toString()));
        return;
    }
    const QFileInfo info(path);
    const QString page =
        info.isFile() ? handbook->relativePath(info.absoluteFilePath()) : QString();
    openHandbook(handbook.value(), page);
}

bool MainWindow::openHandbook(const Handbook::Handbook &handbook, const QString &page)
{
    if (!maybeSave())
        return false;
    m_recorder->clearPage();
    m_autosaveTimer.stop();
    m_handbook = handbook;
    m_externalChanges->setHandbook(handbook);
    m_currentPage.clear();
    m_currentTitle.clear();
    m_page = Document::Page();
    m_editor->setPageText(QString());
    m_editor->setReadOnly(true);
    m_outlinePanel->showNoPage();
    m_saveAction->setEnabled(false);
    m_banner->hide();
    m_preview->setHandbook(handbook);
    m_pageModel->setPages({});
    m_branchLabel->clear();
    m_pageStateLabel->clear();
    m_stack->setCurrentIndex(1);
    const QString demoRoot =
        QFileInfo(Handbook::DemoHandbook::defaultLocation()).canonicalFilePath();
    if (!demoRoot.isEmpty() && QFileInfo(handbook.rootPath()).canonicalFilePath() == demoRoot) {
        m_demoBanner->showMessage(
            Widgets::MessageBanner::Kind::Information,
            tr("This is Folio's demo handbook, yours to try things on: its commits and merge "
               "requests stay on this computer. To work on your team's handbook, clone it from "
               "its git server, or open a copy you already have."));
    } else {
        m_demoBanner->hide();
    }

    QMetaObject::invokeMethod(
        m_git, [git = m_git, root = handbook.rootPath()] { git->openRepository(root); },
        Qt::QueuedConnection);
    m_gitPanel->setHandbook(handbook); // after openRepository: the service answers in order
    loadHandbookSettings();
    m_renderedDiff->setHandbook(handbook);

    m_backlinksPanel->setPage({});
    m_backlinksPanel->setIndex({});
    m_recentPages.clear();
    m_quickOpen->setIndex({});
    m_searchPanel->setIndex({});
    m_indexer->index(handbook);
    m_workspaceWatcher->watch(handbook);
    if (handbook.era() == Handbook::Era::Plain)
        statusBar()->showMessage(
            tr("%1 is not a Hugo or Middleman handbook: showing it as a plain folder of "
               "Markdown pages.")
                .arg(handbook.rootPath()),
            10000);

    m_pageAfterScan = page;
    if (!page.isEmpty())
        openPage(page);
    m_firstScan = true;
    scanPages();
    updateTitle();
    offerRecovery();
    Q_EMIT handbookOpened();
    return true;
}

Document::RecoveryDialog *MainWindow::recoveryDialog() const
{
    return m_recoveryDialog;
}

void MainWindow::offerRecovery()
{
    delete m_recoveryDialog; // about the handbook open before
    const Document::RecoveryScan scan = m_journal->orphans(m_handbook.rootPath());
    if (scan.entries.isEmpty() && scan.problems.isEmpty())
        return;
    auto *dialog = new Document::RecoveryDialog(m_handbook, scan.entries, scan.problems, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &Document::RecoveryDialog::restoreRequested, this,
            [this, dialog](const Document::RecoveryEntry &entry) {
                if (restoreFromJournal(entry))
                    dialog->markDone(entry.file);
            });
    connect(dialog, &Document::RecoveryDialog::discardRequested, this,
            [dialog](const Document::RecoveryEntry &entry) {
                if (auto removed = Document::RecoveryJournal::removeFile(entry.file); !removed)
                    dialog->showProblem(
                        tr("The edits could not be discarded: %1").arg(removed.error().toString()));
                else
                    dialog->markDone(entry.file);
            });
    m_recoveryDialog = dialog;
    dialog->open();
}

bool MainWindow::restoreFromJournal(const Document::RecoveryEntry &entry)
{
    if (!maybeSave())
        return false;
    const QString absolute = m_handbook.absolutePath(entry.relativePath);
    Document::Page page; // a page deleted since is created again by the save
    if (QFileInfo::exists(absolute)) {
        auto loaded = Document::Page::load(absolute);
        if (!loaded) {
            if (m_recoveryDialog)
                m_recoveryDialog->showProblem(
                    tr("Cannot open %1: %2").arg(entry.relativePath, loaded.error().toString()));
            return false;
        }
        page = std::move(loaded).value();
    }
    showPage(entry.relativePath, std::move(page), QString());
    // One undoable edit over the page on disk: the buffer is modified until the user saves.
    QTextCursor cursor(m_editor->document());
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    cursor.insertText(entry.text);
    cursor.endEditBlock();
    m_editor->moveCursor(QTextCursor::Start);
    // The user decides when restored edits reach the file: not autosaved until edited again.
    m_autosaveTimer.stop();
    // Ours now: kept under this session, and the crashed one's entry goes once that is written.
    m_recorder->journalNowReplacing(entry.file);
    return true;
}

void MainWindow::onPagesScanned()
{
    const QList<Handbook::PageEntry> pages = m_scanWatcher.result();
    m_pageModel->setPages(pages);
    m_pageTree->expandToDepth(1);
    const bool firstScan = std::exchange(m_firstScan, false);
    if (firstScan && m_currentPage.isEmpty() && m_pageAfterScan.isEmpty() && !pages.isEmpty()) {
        // Start where a reader of the site starts: the handbook's home page.
        QString home = m_handbook.pageForUrl(QStringLiteral("/handbook/"));
        if (home.isEmpty())
            home = m_handbook.pageForUrl(QStringLiteral("/"));
        openPage(home.isEmpty() ? pages.first().path : home);
    } else if (!m_currentPage.isEmpty()) {
        selectCurrentPageInTree();
    }
    Q_EMIT pagesScanned(int(pages.size()));
    learnFrontMatterSchema(pages);
}

void MainWindow::learnFrontMatterSchema(const QList<Handbook::PageEntry> &pages)
{
    // The form offers the keys and values the handbook's own pages use. Reading every page
    // takes a while on a big handbook: off the UI thread, the built-in schema meanwhile.
    m_frontMatterPanel->setSchema(Checks::FrontMatterSchema::builtIn(m_handbook.era()));
    m_schemaWatcher.setFuture(QtConcurrent::run([handbook = m_handbook, pages] {
        Checks::FrontMatterSchemaLearner learner(handbook.era());
        for (const Handbook::PageEntry &page : pages) {
            QFile file(handbook.absolutePath(page.path));
            // The front matter is at the top; a page's body teaches nothing.
            if (file.open(QIODevice::ReadOnly))
                learner.addPage(QString::fromUtf8(file.read(256 * 1024)));
        }
        return learner.schema();
    }));
}

bool MainWindow::openPage(const QString &relativePath, const QString &fragment)
{
    if (relativePath == m_currentPage && !m_currentPage.isEmpty()) {
        if (!fragment.isEmpty())
            m_preview->scrollToId(fragment);
        return true;
    }
    if (!maybeSave())
        return false;
    const QString absolute = m_handbook.absolutePath(relativePath);
    auto page = Document::Page::loadForEditing(absolute);
    if (!page) {
        showError(tr("Cannot open %1: %2").arg(relativePath, page.error().toString()));
        selectCurrentPageInTree();
        return false;
    }
    showPage(relativePath, std::move(page).value(), fragment);
    return true;
}

void MainWindow::showPage(const QString &relativePath, Document::Page page, const QString &fragment)
{
    m_banner->hide();
    const bool readOnly = page.isReadOnly();
    if (readOnly) {
        m_banner->showMessage(Widgets::MessageBanner::Kind::Warning,
                              tr("%1 is open read-only, so Folio cannot damage it: %2")
                                  .arg(relativePath, page.readOnlyReason()));
    }
    m_page = std::move(page);
    m_currentPage = relativePath;
    // The page left was saved or its edits discarded (maybeSave): its entry goes.
    m_recorder->setPage(m_handbook.rootPath(), relativePath, m_page.bytes());
    m_journalFailureShown = false;
    m_autosaveFailureShown = false;
    m_autosaveTimer.stop();
    m_editor->setPlaceholderText(QString());
    m_currentTitle.clear(); // the first render, started below, brings the title
    {
        const QSignalBlocker blocker(m_editor);
        m_editor->setPageText(m_page.text());
    }
    m_editor->setReadOnly(readOnly);
    m_saveAction->setEnabled(!readOnly);
    setWindowModified(false);
    m_externalChanges->pageOpened(relativePath, m_page);
    selectCurrentPageInTree(relativePath);
    m_preview->showPage(relativePath, fragment);
    m_renderer->setOptions(m_handbook.renderOptions(relativePath));
    m_outlinePanel->showPage(m_handbook.renderOptions(relativePath).dialect);
    m_recentPages.removeAll(relativePath);
    m_recentPages.prepend(relativePath);
    if (m_recentPages.size() > 20)
        m_recentPages.removeLast();
    m_backlinksPanel->setPage(relativePath);
    m_review->setPage(relativePath);
    m_renderer->request(m_page.text());
    updateTitle();
    requestGitState();
    Q_EMIT pageOpened(relativePath);
}

bool MainWindow::save()
{
    return writePage(false);
}

void MainWindow::autosave()
{
    if (m_currentPage.isEmpty() || !m_autosaveAction->isChecked() || m_editor->isReadOnly() ||
        !m_editor->document()->isModified())
        return;
    // Not while a question is open (it may be "Save these changes?": its answer decides).
    if (QApplication::activeModalWidget()) {
        m_autosaveTimer.start();
        return;
    }
    // Another program changed the file and the user has not answered yet: their answer decides;
    // typing again tries again.
    if (!m_externalChanges->mayAutosave())
        return;
    writePage(true);
}

bool MainWindow::writePage(bool automatic)
{
    if (m_currentPage.isEmpty() || m_page.isReadOnly())
        return false;
    m_autosaveTimer.stop();
    m_frontMatterPanel->flush(); // what was just typed in the form belongs to this save
    const QString text = m_editor->pageText();
    if (const QString problem = m_externalChanges->prepareSave(); !problem.isEmpty()) {
        showError(problem);
        return false;
    }
    if (auto saved = m_page.save(m_handbook.absolutePath(m_currentPage), text); !saved) {
        if (!automatic) {
            showError(tr("Could not save %1. Your changes are still here, unsaved.\n%2")
                          .arg(m_currentPage, saved.error().toString()));
        } else if (!std::exchange(m_autosaveFailureShown, true)) {
            // Once: autosave tries again after every pause, and the reason stays the same.
            showError(tr("Autosave could not save %1. Your changes are still here, unsaved, and "
                         "kept in case Folio stops; save them once the problem is fixed.\n%2")
                          .arg(m_currentPage, saved.error().toString()));
        }
        if (automatic)
            Q_EMIT autosaveFailed(m_currentPage);
        return false;
    }
    m_externalChanges->pageSaved(m_page);
    m_autosaveFailureShown = false;
    // Not setPageText(): the undo history stays, so Ctrl+Z after an autosave still undoes.
    m_editor->document()->setModified(false);
    m_recorder->setPage(m_handbook.rootPath(), m_currentPage, m_page.bytes()); // the new base
    m_banner->hide();
    statusBar()->showMessage(automatic ? tr("Autosaved %1").arg(m_currentPage)
                                       : tr("Saved %1").arg(m_currentPage),
                             3000);
    requestGitState();
    m_workspaceWatcher->notifyChanged({m_currentPage});
    Q_EMIT pageSaved(m_currentPage);
    return true;
}

bool MainWindow::maybeSave()
{
    // Typing in the form not yet written goes into this page, not the next one.
    m_frontMatterPanel->flush();
    if (m_currentPage.isEmpty() || !m_editor->document()->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved changes"),
        tr("%1 has changes that are not saved. Save them?")
            .arg(m_currentTitle.isEmpty() ? m_currentPage : m_currentTitle),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    // Saved or discarded: a clean shutdown leaves no entry behind.
    m_autosaveTimer.stop();
    m_recorder->forget();
    m_recorder->waitForIdle();
    event->accept();
}

void MainWindow::onOpenHandbookTriggered()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Open Handbook"), m_handbook.rootPath());
    if (!folder.isEmpty())
        openPath(folder);
}

void MainWindow::onTextChanged()
{
    if (m_currentPage.isEmpty())
        return;
    m_renderer->request(m_editor->pageText());
    m_recorder->pageEdited();
    if (m_autosaveAction->isChecked() && !m_editor->isReadOnly())
        m_autosaveTimer.start();
}

void MainWindow::onRendered(const Markdown::RenderedPage &page)
{
    if (page.title != m_currentTitle) {
        m_currentTitle = page.title;
        updateTitle();
    }
    m_preview->setContent(page);
}

void MainWindow::onPreviewWordClicked(const Preview::PreviewHit &hit)
{
    const qsizetype position = Markdown::SourceMap::locateWord(
        m_editor->pageText(), hit.firstLine, hit.lastLine, hit.word, hit.occurrence);
    if (position >= 0)
        m_editor->placeCursor(position);
}

void MainWindow::requestGitState()
{
    QMetaObject::invokeMethod(
        m_git,
        [git = m_git, path = m_handbook.absolutePath(m_currentPage)] { git->readPageState(path); },
        Qt::QueuedConnection);
}

void MainWindow::onGitStateRead(const Git::PageGitState &state)
{
    if (state.pagePath != m_handbook.absolutePath(m_currentPage))
        return; // an answer about a page that is no longer open
    if (!state.error.isEmpty()) {
        m_branchLabel->setText(tr("Git: %1").arg(state.error));
        m_pageStateLabel->clear();
    } else if (!state.inRepository) {
        m_branchLabel->setText(tr("Not in a git repository"));
        m_pageStateLabel->clear();
    } else {
        showBranch(state.branch);
        m_pageStateLabel->setText(statusText(state));
    }
    Q_EMIT gitStateShown();
}

void MainWindow::showBranch(const Git::BranchState &branch)
{
    m_branchLabel->setText(branchText(branch));
}

void MainWindow::loadHandbookSettings()
{
    using Propose::HandbookSettings;
    auto settings = HandbookSettings::load(m_handbook.rootPath());
    const HandbookSettings values = settings ? settings.value() : HandbookSettings();
    m_gitPanel->setHandbookSettings(values);
    m_review->setHandbook(m_handbook, values);
    QStringList problems;
    if (!settings)
        problems.append(settings.error().toString());
    for (const Error &problem : values.problems())
        problems.append(problem.toString());
    if (!problems.isEmpty()) {
        // In the panel's banner: the editor's banner clears when a page opens.
        m_gitPanel->messageBanner()->showMessage(
            Widgets::MessageBanner::Kind::Warning,
            tr("Problems in %1 (the defaults are used instead):\n%2")
                .arg(HandbookSettings::FileName, problems.join(u'\n')));
    }
}

void MainWindow::scanPages()
{
    m_scanWatcher.setFuture(
        QtConcurrent::run([handbook = m_handbook] { return handbook.scanPages(); }));
}

void MainWindow::onRepositoryDescribed(const Git::RepositoryInfo &info)
{
    if (info.handbookRoot != m_handbook.rootPath() || !info.inRepository)
        return;
    m_renderedDiff->setWorkTreeRoot(info.workdir);
    if (info.identity)
        m_branchBar->setCommitter(*info.identity);
}

void MainWindow::onWorkTreeChanged()
{
    m_workspaceWatcher->notifyChanged({QString()}); // a checkout or merge may touch any page
    m_externalChanges->workTreeChanged();
    m_gitPanel->refresh();
    scanPages(); // a branch may have other pages
    if (!m_currentPage.isEmpty())
        requestGitState();
}

void MainWindow::onPageReloaded(const Document::Page &page)
{
    // The controller put the text in the editor; the page's bytes are the next save's base.
    m_page = page;
    m_recorder->setPage(m_handbook.rootPath(), m_currentPage, m_page.bytes());
    if (m_editor->document()->isModified())
        m_recorder->pageEdited(); // Take Theirs is undoable: the journal follows the editor
    setWindowModified(m_editor->document()->isModified());
    m_review->setPage(m_currentPage);
    m_renderer->request(m_editor->pageText());
}

void MainWindow::onPageMoved(const QString &relativePath)
{
    const QString old = std::exchange(m_currentPage, relativePath);
    std::replace(m_recentPages.begin(), m_recentPages.end(), old, relativePath);
    m_preview->showPage(relativePath);
    m_renderer->setOptions(m_handbook.renderOptions(relativePath));
    m_outlinePanel->showPage(m_handbook.renderOptions(relativePath).dialect);
    m_backlinksPanel->setPage(relativePath);
    m_review->setPage(relativePath);
    m_renderer->request(m_editor->pageText());
    m_workspaceWatcher->notifyChanged({old, relativePath});
    // The journal entry moves with the page.
    m_recorder->setPage(m_handbook.rootPath(), relativePath, m_page.bytes());
    if (m_editor->document()->isModified())
        m_recorder->pageEdited();
    // The tree learns the new path from a scan; onPagesScanned() selects the open page.
    scanPages();
    updateTitle();
    requestGitState();
}

void MainWindow::closePage(const QString &reason)
{
    m_externalChanges->pageClosed();
    m_recorder->clearPage();
    m_autosaveTimer.stop();
    m_currentPage.clear();
    m_review->setPage({});
    m_currentTitle.clear();
    m_page = Document::Page();
    {
        const QSignalBlocker blocker(m_editor);
        m_editor->setPageText(QString());
    }
    m_editor->setReadOnly(true);
    m_editor->setPlaceholderText(tr("No page is open. Choose one in the page tree."));
    m_outlinePanel->showNoPage();
    m_saveAction->setEnabled(false);
    setWindowModified(false);
    m_preview->clear();
    m_pageTree->clearSelection();
    m_pageStateLabel->clear();
    m_banner->showMessage(Widgets::MessageBanner::Kind::Information, reason);
    updateTitle();
}

void MainWindow::onFileOpenRequested(const QString &absolutePath)
{
    const QString page = m_handbook.relativePath(absolutePath);
    if (!page.isEmpty() && Handbook::Handbook::isPageFileName(QFileInfo(page).fileName())) {
        openPage(page);
        return;
    }
    m_banner->showMessage(
        Widgets::MessageBanner::Kind::Information,
        page.isEmpty()
            ? tr("%1 is outside the handbook, so Folio does not open it. It is "
                 "at %2")
                  .arg(QFileInfo(absolutePath).fileName(), QDir::toNativeSeparators(absolutePath))
            : tr("%1 is not a page, so Folio does not open it. It is at %2")
                  .arg(page, QDir::toNativeSeparators(absolutePath)));
}

void MainWindow::selectCurrentPageInTree(const QString &path)
{
    const QModelIndex index = m_pageFilter->mapFromSource(
        m_pageModel->indexForPath(path.isEmpty() ? m_currentPage : path));
    if (index.isValid())
        m_pageTree->setCurrentIndex(index);
    else
        m_pageTree->selectionModel()->clearCurrentIndex();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_pageFilterEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return ||
            key->key() == Qt::Key_Enter) {
            // Enter opens the first matching page; Down walks the matches.
            m_pageTree->setFocus(Qt::ShortcutFocusReason);
            const QModelIndex first = m_pageFilter->firstMatch();
            if (first.isValid()) {
                m_pageTree->setCurrentIndex(first);
                if (key->key() != Qt::Key_Down)
                    onTreeActivated(first);
            }
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_pageFilterEdit->text().isEmpty()) {
            m_pageFilterEdit->clear();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::onTreeActivated(const QModelIndex &index)
{
    const QString path = index.data(Handbook::PageTreeModel::PathRole).toString();
    if (!path.isEmpty())
        openPage(path);
}

void MainWindow::updateTitle()
{
    // Every title keeps the [*] placeholder that setWindowModified() fills in.
    if (m_handbook.rootPath().isEmpty()) {
        setWindowTitle(QStringLiteral("Folio[*]"));
        return;
    }
    const QString page =
        m_currentTitle.isEmpty() ? QFileInfo(m_currentPage).fileName() : m_currentTitle;
    setWindowTitle(page.isEmpty() ? m_handbook.name() + QStringLiteral("[*]")
                                  : tr("%1[*] — %2").arg(page, m_handbook.name()));
}

} // namespace Folio
