#pragma once

#include "git/servicecall.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace Folio::GitPanel {

// The files a merge stopped on, one choice per file (keep mine, take theirs, or "I edited it"),
// then Complete or Abort. Every choice is a request to the GitService; the list shows what the
// service answers, never what the widget assumes.
class ConflictResolverWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ConflictResolverWidget(Git::GitService *service, QWidget *parent = nullptr);

    // The files still in conflict (repository-relative), e.g. from mergeStopped or a
    // MergeState found when the repository was opened.
    void setConflicts(const QList<Git::ConflictEntry> &conflicts);
    void setCommitter(const Git::Signature &committer) { m_committer = committer; }
    void setWorkTreeGuard(WorkTreeGuard guard) { m_guard = std::move(guard); }

    [[nodiscard]] QStringList conflictedFiles() const;
    [[nodiscard]] bool isBusy() const { return m_pending != Pending::None; }
    // The inline message (a refusal or failure), empty when there is none.
    [[nodiscard]] QString message() const;

public Q_SLOTS:
    void keepMine();
    void takeTheirs();
    void markResolved();
    void openSelectedFile();
    void completeMerge();
    // Asks for confirmation first.
    void abortMerge();

Q_SIGNALS:
    // absolutePath of a conflicted file the user wants to edit; the main window opens it.
    void openFileRequested(const QString &absolutePath);
    void mergeCompleted(const Folio::Git::MergeOutcome &outcome);
    void mergeAborted();
    // Files on disk were rewritten (a side was taken, or the merge aborted): reload them.
    void workTreeChanged();
    void busyChanged(bool busy);

private:
    enum class Pending
    {
        None,
        Resolve,
        Complete,
        Abort,
    };

    void resolve(Git::ConflictResolution resolution);
    void setPending(Pending pending);
    void showMessage(const QString &text);
    void updateButtons();
    [[nodiscard]] QString selectedPath() const;

    void onConflictResolved(const QString &path, const QList<Git::ConflictEntry> &remaining);
    void onConflictResolveFailed(const QString &path, const QString &message);
    void onMergeCompleted(const Git::MergeOutcome &outcome);
    void onMergeFailed(const QString &message);
    void onMergeAborted();

    Git::GitService *m_service;
    Git::Signature m_committer;
    WorkTreeGuard m_guard;
    QString m_workTree;
    QList<Git::ConflictEntry> m_conflicts;
    Pending m_pending = Pending::None;
    Git::ConflictResolution m_resolution = Git::ConflictResolution::KeepMine;
    bool m_finished = false; // completed or aborted: nothing left to do here

    QListWidget *m_list = nullptr;
    QLabel *m_sides = nullptr;
    QLabel *m_message = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_keepMine = nullptr;
    QPushButton *m_takeTheirs = nullptr;
    QPushButton *m_markResolved = nullptr;
    QPushButton *m_openFile = nullptr;
    QPushButton *m_complete = nullptr;
    QPushButton *m_abort = nullptr;
};

} // namespace Folio::GitPanel
