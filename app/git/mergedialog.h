#pragma once

#include "git/servicecall.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace Folio::GitPanel {

class ConflictResolverWidget;

// "Merge <branch> into <current>": choose the branch, run the merge on the git worker, then
// show what happened: success, a refusal with the files in the way, or the conflicts to
// resolve (a ConflictResolverWidget). Also continues a merge found in progress (resume()).
// Open it with open() or show(): it never waits for the worker.
class MergeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit MergeDialog(Git::GitService *service, QWidget *parent = nullptr);

    // The branch to preselect once the branches are listed; the default branch otherwise.
    void setTarget(const QString &branch);
    void setCommitter(const Git::Signature &committer);
    void setWorkTreeGuard(WorkTreeGuard guard);
    // Shows the conflicts of a merge left in progress, to complete or abort it.
    void resume(const Git::MergeState &state);
    // "Update from <target>": fetches trackingRef's remote ("origin/main" -> origin), then
    // merges trackingRef into the current branch, with the same refusals, conflicts and
    // results as any merge. Offline, nothing is changed and the dialog says so.
    void updateFrom(const QString &trackingRef);

    [[nodiscard]] QString target() const;
    [[nodiscard]] ConflictResolverWidget *resolver() const { return m_resolver; }
    // What the dialog last said about the outcome (success, refusal, failure).
    [[nodiscard]] QString resultText() const;
    [[nodiscard]] QStringList blockingFiles() const;

public Q_SLOTS:
    void startMerge();
    // Ignored while the worker is merging, so its answer always has somewhere to go.
    void reject() override;

Q_SIGNALS:
    // The merge is done: fast-forwarded, merged, up to date, or completed after conflicts.
    void mergeFinished(const Folio::Git::MergeOutcome &outcome);
    void mergeAborted();
    // Files on disk changed (merge, conflict resolution, abort): reload what is open.
    void workTreeChanged();
    void openFileRequested(const QString &absolutePath);

private:
    enum class Page
    {
        Choose,
        Working,
        Result,
        Conflicts,
    };

    void showPage(Page page);
    void showResult(const QString &text, const QStringList &files = {},
                    const QString &details = {});
    void onBranchesListed(const QList<Git::BranchInfo> &branches, const Git::BranchState &current,
                          const Git::DefaultBranch &defaultBranch);
    void onMergeCompleted(const Git::MergeOutcome &outcome);
    void onMergeStopped(const QList<Git::ConflictEntry> &conflicts);
    void onMergeRefused(const QStringList &blockingFiles, const QString &reason);
    void onMergeFailed(const QString &message);
    void onFetched();
    void onFetchFailed(const Folio::Error &error);
    void mergeBranch(const QString &branch);
    void onResolverCompleted(const Git::MergeOutcome &outcome);
    void onResolverAborted();

    Git::GitService *m_service;
    Git::Signature m_committer;
    WorkTreeGuard m_guard;
    QString m_preferredTarget;
    QString m_current;
    QString m_merging; // the branch being merged, for the messages
    bool m_pending = false;
    bool m_fetching = false;

    QStackedWidget *m_pages = nullptr;
    QLabel *m_intro = nullptr;
    QComboBox *m_targets = nullptr;
    QPushButton *m_merge = nullptr;
    QLabel *m_working = nullptr;
    QLabel *m_result = nullptr;
    QListWidget *m_blocking = nullptr;
    QLabel *m_details = nullptr;
    ConflictResolverWidget *m_resolver = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace Folio::GitPanel
