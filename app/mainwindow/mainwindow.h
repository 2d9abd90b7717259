#pragma once

#include "checks/frontmatterschema.h"
#include "document/page.h"
#include "git/gitservice.h"
#include "handbook/handbook.h"
#include "markdown/renderer.h"
#include "preferences/preferencesdialog.h"

#include <QFutureWatcher>
#include <QMainWindow>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <memory>

class QDockWidget;
class QLabel;
class QProgressBar;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTreeView;
class QToolButton;
class QAction;
class QMenu;

namespace Folio::Handbook {
class PageTreeModel;
class PageTreeFilterModel;
} // namespace Folio::Handbook
namespace Folio::Markdown {
class RenderScheduler;
}
namespace Folio::Review {
class ProblemsPanel;
class ReviewController;
} // namespace Folio::Review
namespace Folio::Editor {
class EditorStatus;
class EditorView;
class GoToLineDialog;
class InsertionController;
class FindBar;
class FormattingActions;
} // namespace Folio::Editor
namespace Folio::Document {
class ExternalChangeController;
}
namespace Folio::Preview {
class PreviewView;
class RenderedDiffController;
struct PreviewHit;
} // namespace Folio::Preview
namespace Folio::Widgets {
class MessageBanner;
}
namespace Folio::Git {
class CloneDialog;
class GitPanel;
class KeychainCredentials;
} // namespace Folio::Git
namespace Folio::GitPanel {
class BranchBar;
}
namespace Folio::FrontMatter {
class FrontMatterPanel;
}
namespace Folio::Document {
class RecoveryDialog;
class RecoveryJournal;
class RecoveryRecorder;
struct RecoveryEntry;
} // namespace Folio::Document
namespace Folio::Workspace {
class BacklinksPanel;
class HandbookSearchPanel;
class OutlinePanel;
class QuickOpenDialog;
class PageIndexer;
class WorkspaceWatcher;
} // namespace Folio::Workspace

namespace Folio {

class DistractionFreeMode;

// One window: page tree | editor | preview, with the open page's git state in the status bar
// and the git panel (branch bar, changes, diff, commit, discard, merge) in a dock.
// Composes lib/ pieces; holds no business logic of its own.
//
// Git never rewrites a file underneath unsaved edits: every operation that writes the work
// tree (switch, merge, conflict resolution, discard, restore) first passes maybeSave(). After
// one, the open page is read again from disk, the page tree rescanned and the panel refreshed.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the built-in demo handbook, creating it on first use.
    void openDemoHandbook();
    // File > Clone Handbook…: the clone dialog; the handbook opens once it is cloned.
    void openCloneDialog();
    // Opens a handbook folder, or the handbook that contains a page and then that page.
    void openPath(const QString &path);
    // Opens a page of the open handbook (path relative to its root), showing the anchor
    // fragment when given. Asks about unsaved changes first; returns false when the page is
    // not open afterwards.
    bool openPage(const QString &relativePath, const QString &fragment = QString());
    // Saves the open page; on failure the page stays modified and the reason is shown.
    bool save();
    // After a pause in typing, how long before autosave (File > Autosave) saves the page.
    static constexpr int AutosaveDelayMs = 3000;

    [[nodiscard]] QString currentPage() const { return m_currentPage; }
    [[nodiscard]] const Handbook::Handbook &handbook() const { return m_handbook; }
    [[nodiscard]] Editor::EditorView *editor() const { return m_editor; }
    // Insert menu: links (Ctrl+K), images (paste, drop), link completion.
    [[nodiscard]] Editor::InsertionController *insertion() const { return m_insertion; }
    // The Format menu, the editor's toolbar and the list keys.
    [[nodiscard]] Editor::FormattingActions *formatting() const { return m_formatting; }
    // Find and replace in the open page, under the editor.
    [[nodiscard]] Editor::FindBar *findBar() const { return m_findBar; }
    [[nodiscard]] Preview::PreviewView *preview() const { return m_preview; }
    [[nodiscard]] QTreeView *pageTree() const { return m_pageTree; }
    [[nodiscard]] Handbook::PageTreeModel *pageModel() const { return m_pageModel; }
    [[nodiscard]] QLineEdit *pageFilterEdit() const { return m_pageFilterEdit; }
    [[nodiscard]] Widgets::MessageBanner *messageBanner() const { return m_banner; }
    // Changes to the open page made outside Folio: its banner, questions and file watch.
    [[nodiscard]] Document::ExternalChangeController *externalChanges() const
    {
        return m_externalChanges;
    }
    // Above the panes while the demo handbook is open: what it is, and how to get a real one.
    [[nodiscard]] Widgets::MessageBanner *demoBanner() const { return m_demoBanner; }
    [[nodiscard]] QLabel *branchLabel() const { return m_branchLabel; }
    [[nodiscard]] QLabel *pageStateLabel() const { return m_pageStateLabel; }
    [[nodiscard]] Git::GitPanel *gitPanel() const { return m_gitPanel; }
    [[nodiscard]] FrontMatter::FrontMatterPanel *frontMatterPanel() const
    {
        return m_frontMatterPanel;
    }
    [[nodiscard]] Workspace::PageIndexer *indexer() const { return m_indexer; }
    [[nodiscard]] Workspace::OutlinePanel *outlinePanel() const { return m_outlinePanel; }
    [[nodiscard]] Workspace::BacklinksPanel *backlinksPanel() const { return m_backlinksPanel; }
    [[nodiscard]] Workspace::QuickOpenDialog *quickOpenDialog() const { return m_quickOpen; }
    [[nodiscard]] Workspace::HandbookSearchPanel *searchPanel() const { return m_searchPanel; }
    [[nodiscard]] Review::ProblemsPanel *problemsPanel() const { return m_problemsPanel; }
    [[nodiscard]] QDockWidget *problemsDock() const { return m_problemsDock; }
    [[nodiscard]] Review::ReviewController *review() const { return m_review; }
    [[nodiscard]] QAction *markMisspellingsAction() const { return m_markMisspellings; }
    // Ctrl+P: the quick-open popup over the window.
    void showQuickOpen();
    // Ctrl+Shift+F: the Find in Handbook dock, focused (with the editor's selection).
    void showHandbookSearch();
    // Puts the editor's cursor on a 1-based line (and 0-based column) of the open page.
    void goToLine(int line, int column = 0);
    // Go > Go to Line… (Ctrl+G): asks for a line of the open page.
    void showGoToLine();
    void showPreferences();
    // F6 / Shift+F6: the keyboard focus to the next or previous shown panel (page tree,
    // editor, preview, then the docks), onto its first control.
    void focusPanel(int step);
    void applyPreferences(const Preferences::Preferences &preferences);
    [[nodiscard]] Editor::GoToLineDialog *goToLineDialog() const { return m_goToLine; }
    // Words, reading time and the cursor's line and column in the status bar.
    [[nodiscard]] Editor::EditorStatus *editorStatus() const { return m_editorStatus; }
    [[nodiscard]] DistractionFreeMode *distractionFreeMode() const { return m_distractionFree; }
    // "3 changes" in the status bar; a click shows or hides the git panel.
    [[nodiscard]] QToolButton *changesBadge() const { return m_changesBadge; }
    [[nodiscard]] GitPanel::BranchBar *branchBar() const { return m_branchBar; }
    [[nodiscard]] Preview::RenderedDiffController *renderedDiff() const { return m_renderedDiff; }
    [[nodiscard]] QMenu *gitMenu() const { return m_gitMenu; }
    // File > Autosave, checked when the page is saved after a pause in typing.
    [[nodiscard]] QAction *autosaveAction() const { return m_autosaveAction; }
    // The panels F6 moves between, in order, as shown now.
    [[nodiscard]] QList<QWidget *> panels() const;
    // Edit > Preferences while it is open.
    [[nodiscard]] Preferences::PreferencesDialog *preferencesDialog() const
    {
        return m_preferencesDialog;
    }
    // Keeps the open page's unsaved edits in the recovery journal.
    [[nodiscard]] Document::RecoveryRecorder *recoveryRecorder() const { return m_recorder; }
    // The dialog offering a crashed Folio's edits, while it is open.
    [[nodiscard]] Document::RecoveryDialog *recoveryDialog() const;
    // Lives on the git thread: call its slots queued (tests set credentials through it).
    [[nodiscard]] Git::GitService *gitService() const { return m_git; }

Q_SIGNALS:
    void handbookOpened();
    void pagesScanned(int count);
    void pageOpened(const QString &relativePath);
    void pageSaved(const QString &relativePath);
    // An autosave failed; the page stays modified and the banner says why.
    void autosaveFailed(const QString &relativePath);
    void gitStateShown();
    // The handbook's index has a new snapshot (after opening, saves, outside changes).
    void indexReady();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void createViewOptions(QMenu *view);
    void setZoomSteps(int steps);
    QWidget *createEmptyState();
    void showEmptyState(const QString &problem);
    bool openHandbook(const Handbook::Handbook &handbook, const QString &page);
    // Shows a page read from disk (or, for a page being recreated, an empty one).
    void showPage(const QString &relativePath, Document::Page page, const QString &fragment);
    bool writePage(bool automatic);
    void autosave();
    void offerRecovery();
    bool restoreFromJournal(const Document::RecoveryEntry &entry);
    void discardFromJournal(const Document::RecoveryEntry &entry);
    [[nodiscard]] bool maybeSave();
    void showError(const QString &text);
    void updateTitle();
    void requestGitState();
    void createGitPanel();
    void createGitMenu();
    void loadHandbookSettings();
    void scanPages();
    void createWorkspace();
    // Selects path (default: the open page) in the tree, if the filter shows it.
    void selectCurrentPageInTree(const QString &path = {});
    void learnFrontMatterSchema(const QList<Handbook::PageEntry> &pages);
    void closePage(const QString &reason);
    void onPageReloaded(const Document::Page &page);
    void onPageMoved(const QString &relativePath);
    void showBranch(const Git::BranchState &branch);
    void discardChanges();

    void onWorkTreeChanged();
    void onFileOpenRequested(const QString &absolutePath);
    void onRepositoryDescribed(const Git::RepositoryInfo &info);

    void onOpenHandbookTriggered();
    void onTextChanged();
    void onPagesScanned();
    void onRendered(const Markdown::RenderedPage &page);
    void onGitStateRead(const Git::PageGitState &state);
    void onTreeActivated(const QModelIndex &index);
    void onPreviewWordClicked(const Preview::PreviewHit &hit);

    Handbook::Handbook m_handbook;
    QString m_currentPage;
    QString m_currentTitle;
    Document::Page m_page;
    QString m_pageAfterScan;
    bool m_firstScan = false; // the scan after opening a handbook opens its home page

    QStackedWidget *m_stack = nullptr;
    QSplitter *m_splitter = nullptr;
    QTreeView *m_pageTree = nullptr;
    Handbook::PageTreeModel *m_pageModel = nullptr;
    Handbook::PageTreeFilterModel *m_pageFilter = nullptr;
    QLineEdit *m_pageFilterEdit = nullptr;
    Editor::EditorView *m_editor = nullptr;
    Editor::InsertionController *m_insertion = nullptr;
    Editor::FormattingActions *m_formatting = nullptr;
    Editor::FindBar *m_findBar = nullptr;
    Preview::PreviewView *m_preview = nullptr;
    Widgets::MessageBanner *m_banner = nullptr;
    Document::ExternalChangeController *m_externalChanges = nullptr;
    Widgets::MessageBanner *m_demoBanner = nullptr;
    QLabel *m_emptyStateLabel = nullptr;
    QLabel *m_branchLabel = nullptr;
    QLabel *m_pageStateLabel = nullptr;
    QToolButton *m_changesBadge = nullptr;
    QAction *m_saveAction = nullptr;
    Editor::EditorStatus *m_editorStatus = nullptr;
    Editor::GoToLineDialog *m_goToLine = nullptr;
    DistractionFreeMode *m_distractionFree = nullptr;
    QPointer<Git::CloneDialog> m_cloneDialog;

    Markdown::RenderScheduler *m_renderer = nullptr;
    QFutureWatcher<QList<Handbook::PageEntry>> m_scanWatcher;
    QFutureWatcher<Checks::FrontMatterSchema> m_schemaWatcher;
    QThread m_gitThread;
    Git::GitService *m_git = nullptr;                        // lives on m_gitThread
    std::shared_ptr<Git::KeychainCredentials> m_credentials; // asked on m_gitThread
    Git::GitPanel *m_gitPanel = nullptr;
    FrontMatter::FrontMatterPanel *m_frontMatterPanel = nullptr;
    Workspace::PageIndexer *m_indexer = nullptr;
    Workspace::WorkspaceWatcher *m_workspaceWatcher = nullptr;
    Workspace::OutlinePanel *m_outlinePanel = nullptr;
    Workspace::BacklinksPanel *m_backlinksPanel = nullptr;
    QProgressBar *m_indexProgress = nullptr;
    Workspace::QuickOpenDialog *m_quickOpen = nullptr;
    Workspace::HandbookSearchPanel *m_searchPanel = nullptr;
    QDockWidget *m_searchDock = nullptr;
    Review::ProblemsPanel *m_problemsPanel = nullptr;
    QDockWidget *m_problemsDock = nullptr;
    Review::ReviewController *m_review = nullptr;
    QAction *m_markMisspellings = nullptr;
    QStringList m_recentPages; // most recent first, for quick open
    GitPanel::BranchBar *m_branchBar = nullptr;
    Preview::RenderedDiffController *m_renderedDiff = nullptr;
    QMenu *m_gitMenu = nullptr;
    QList<QAction *> m_repositoryActions; // enabled while the handbook is in a repository
    std::shared_ptr<Document::RecoveryJournal> m_journal;
    Document::RecoveryRecorder *m_recorder = nullptr;
    QPointer<Document::RecoveryDialog> m_recoveryDialog;
    bool m_journalFailureShown = false; // once per page: the banner would repeat every second
    QAction *m_autosaveAction = nullptr;
    QPointer<Preferences::PreferencesDialog> m_preferencesDialog;
    QTimer m_autosaveTimer;
    bool m_autosaveFailureShown = false; // until a save works or another page opens
};

} // namespace Folio
