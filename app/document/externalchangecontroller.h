#pragma once

#include "document/page.h"
#include "handbook/handbook.h"
#include "widgets/messagebanner.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

class QAction;

namespace Folio::Editor {
class EditorView;
}

namespace Folio::Document {

class ExternalChangeDialog;
class PageFileWatcher;

// What the editor does when the open page changes on disk behind Folio's back (another editor,
// a script, git on the command line) or after Folio's own git operations. Never a silent loss:
// - no unsaved edits: the page is read again, the cursor's line and column and the scroll
//   position kept;
// - unsaved edits: one question per version on disk (ExternalChangeDialog), later writes while
//   it is open only update it;
// - deleted: the text stays, marked unsaved, with a banner offering Save (writes the page back)
//   and Close; moved or renamed inside the handbook (same file, found by inode): followed;
// - the handbook folder gone (deleted, drive unmounted): the text stays, saving is refused
//   with a clear message until it is back.
// MainWindow tells it about opens, saves and closes and applies what it reports.
class ExternalChangeController : public QObject
{
    Q_OBJECT

public:
    // The banner is made here, for the window to place above the editor; questions are
    // asked over window.
    ExternalChangeController(Editor::EditorView *editor, QWidget *window);
    ~ExternalChangeController() override;

    [[nodiscard]] Widgets::MessageBanner *banner() const { return m_banner; }
    [[nodiscard]] PageFileWatcher *watcher() const { return m_watcher; }
    // The question being asked, or null.
    [[nodiscard]] ExternalChangeDialog *question() const;

    void setHandbook(const Handbook::Handbook &handbook);
    // The editor now shows page, read from relativePath.
    void pageOpened(const QString &relativePath, const Page &page);
    // Folio wrote page (its bytes) to the open page's file.
    void pageSaved(const Page &page);
    void pageClosed();
    // One of Folio's own git operations may have rewritten or removed the open page: looked
    // at now. A page gone without unsaved edits in it is closed, as the branch has none.
    void workTreeChanged();

    // Why the open page cannot be saved now (the handbook folder is gone), or an empty string;
    // makes the page's folder again when only that was deleted.
    [[nodiscard]] QString prepareSave() const;
    // Whether an autosave may write the page now: not while a question is open, and not when
    // the file holds a version the user has not seen (then the question comes first). Only
    // the user's own Save replaces a file another program changed.
    [[nodiscard]] bool mayAutosave();

Q_SIGNALS:
    // The editor shows page, read again from disk (its text may equal what was shown).
    void pageReloaded(const Folio::Document::Page &page);
    // The page was moved on disk; the editor keeps its text, now for relativePath.
    void pageMoved(const QString &relativePath);
    void closeRequested(const QString &reason);
    void saveRequested();
    // The user is being asked about a version on disk (tests and diagnostics).
    void questionAsked(const QString &relativePath);

private:
    void onChangedOnDisk(const QByteArray &bytes);
    void onDeleted();
    void onRestored(const QByteArray &bytes);
    void onReadFailed(const Folio::Error &error);
    void onSameFileSearched();
    void ask(const Page &disk);
    void onAnswered(int result);
    void load(const Page &page, bool undoable);
    void replaceEditorText(const QString &text, bool undoable);
    [[nodiscard]] bool hasOwnEdits() const;
    [[nodiscard]] bool handbookFolderExists() const;
    void showBanner(Widgets::MessageBanner::Kind kind, const QString &text, bool withActions);
    void hideBanner();

    Editor::EditorView *m_editor = nullptr;
    QWidget *m_window = nullptr;
    Widgets::MessageBanner *m_banner = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_closeAction = nullptr;
    PageFileWatcher *m_watcher = nullptr;
    Handbook::Handbook m_handbook;
    QString m_page;        // relative to the handbook's root; empty when no page is open
    Page m_loaded;         // what the editor last loaded from or saved to disk
    Page m_onDisk;         // the version the open question is about
    QByteArray m_keptOver; // the version on disk the user chose Keep Mine over
    QPointer<ExternalChangeDialog> m_question;
    QFutureWatcher<QString> m_search; // looking for the page's file elsewhere after a delete
    int m_generation = 0;             // counts pages opened and closed
    int m_searchGeneration = -1;      // m_generation when the search started
};

} // namespace Folio::Document
