#pragma once

#include "checks/handbookchecker.h"
#include "checks/problem.h"
#include "handbook/handbook.h"
#include "workspace/pageindex.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>

class QMenu;
class QTextCursor;

namespace Folio::Checks {
class PageReviewer;
}
namespace Folio::Editor {
class EditorView;
}
namespace Folio::Preview {
class PreviewView;
}
namespace Folio::Propose {
class HandbookSettings;
}

namespace Folio::Review {

class ProblemsPanel;

// Review while editing: the open page is checked (spelling, links, front matter) a moment
// after each pause in typing, off the UI thread; its problems are underlined in the editor,
// its misspellings marked in the preview, and everything listed in the Problems dock, which
// can also check the whole handbook. The editor's context menu offers the fixes.
class ReviewController : public QObject
{
    Q_OBJECT

public:
    // The pause in typing after which the page is checked again.
    static constexpr int TypingDelayMs = 300;

    ReviewController(Editor::EditorView *editor, Preview::PreviewView *preview,
                     ProblemsPanel *panel, QObject *parent = nullptr);
    ~ReviewController() override;

    // A handbook was opened: its word lists and language come from its settings. Word lists
    // that cannot be read are reported through message().
    void setHandbook(const Handbook::Handbook &handbook, const Propose::HandbookSettings &settings);
    // The user's spelling language (Preferences), over the handbook's; empty: the handbook's.
    // Checks the open page again.
    void setPreferredSpellingLanguage(const QString &language);
    // The language pages are checked in when they do not name one.
    [[nodiscard]] QString spellingLanguage() const;
    void setIndex(const Workspace::PageIndex &index);
    // The editor now shows this page (relative path); empty: no page.
    void setPage(const QString &path);

    void checkHandbook();
    void stopHandbookCheck();
    [[nodiscard]] bool isCheckingHandbook() const { return m_handbookJob.isRunning(); }

    [[nodiscard]] Checks::PageReviewer *reviewer() const { return m_reviewer; }
    // The open page's problems as last checked.
    [[nodiscard]] const QList<Checks::Problem> &pageProblems() const { return m_pageProblems; }

Q_SIGNALS:
    // The open page was checked; problems are in the editor, preview and dock.
    void pageReviewed();
    // A whole-handbook check ended (completed: not stopped).
    void handbookChecked(bool completed);
    // The user asked to see a problem: open the page and put the cursor at line:column.
    void problemActivated(const QString &path, int line, int column);
    // A word list file inside the handbook changed (a word was added): git has a change.
    void handbookFileChanged(const QString &absolutePath);
    // Something the user should know (a word list that cannot be read, no dictionary).
    void message(const QString &text);

private:
    void requestReview();
    void onReviewed(quint64 revision, const QString &path, const QList<Checks::Problem> &problems);
    void onHandbookChecked();
    void fillProblemMenu(QMenu *menu, const Checks::Problem &problem, const QTextCursor &span);
    void addWord(const QString &word, int scope);

    Editor::EditorView *m_editor = nullptr;
    Preview::PreviewView *m_preview = nullptr;
    ProblemsPanel *m_panel = nullptr;
    Checks::PageReviewer *m_reviewer = nullptr;
    Handbook::Handbook m_handbook;
    QString m_handbookLanguage;  // the handbook's settings'
    QString m_preferredLanguage; // the user's, over it
    Workspace::PageIndex m_index;
    bool m_indexed = false;
    QString m_page;
    quint64 m_revision = 0; // of the editor's text, bumped on every change
    QTimer m_typingTimer;
    QList<Checks::Problem> m_pageProblems;
    bool m_handbookChecked = false; // the dock lists every page's problems
    QFutureWatcher<QList<Checks::PageProblems>> m_handbookJob;
    std::shared_ptr<std::atomic_bool> m_handbookCancelled;
};

} // namespace Folio::Review
