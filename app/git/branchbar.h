#pragma once

#include "git/servicecall.h"

#include <QWidget>

class QLabel;
class QMenu;
class QProgressBar;
class QToolButton;

namespace Folio::GitPanel {

class MergeDialog;
class NewBranchDialog;

// A compact bar: the current branch ("main", "detached at abc1234", "main (no commits yet)")
// on a button whose menu switches branches, creates one, or merges another into this one.
// Everything runs on the GitService's worker; the bar is disabled and shows progress while it
// does. A refused switch is explained in a dialog; nothing is ever forced.
class BranchBar : public QWidget
{
    Q_OBJECT

public:
    explicit BranchBar(Git::GitService *service, QWidget *parent = nullptr);

    void setWorkTreeGuard(WorkTreeGuard guard) { m_guard = std::move(guard); }
    void setCommitter(const Git::Signature &committer) { m_committer = committer; }

    [[nodiscard]] Git::BranchState current() const { return m_current; }
    [[nodiscard]] QList<Git::BranchInfo> branches() const { return m_branches; }
    [[nodiscard]] bool isBusy() const { return m_busy; }
    [[nodiscard]] QString displayText() const;
    [[nodiscard]] QToolButton *branchButton() const { return m_button; }
    [[nodiscard]] QMenu *branchMenu() const { return m_menu; }

    // Open their dialog (non-modal to the event loop: open(), never exec()) and return it.
    NewBranchDialog *openNewBranchDialog();
    MergeDialog *openMergeDialog(const QString &target = {});
    // Shows the merge left in progress, when there is one.
    MergeDialog *continueMerge();
    // Fetches the default branch from its remote and merges it into the current branch
    // (MergeDialog::updateFrom). Null when the default branch has no remote to update from.
    MergeDialog *updateFromTarget();
    // The remote-tracking branch updateFromTarget() brings in ("origin/main"), empty if none.
    [[nodiscard]] QString updateSource() const { return m_default.trackingRef; }

public Q_SLOTS:
    // Re-reads the branches, e.g. after a commit or a fetch.
    void refresh();
    // A local branch, or a remote-tracking one ("origin/x") to get as a local tracking branch.
    void switchTo(const QString &branch);
    void showMenu();

Q_SIGNALS:
    // HEAD now names another branch (or the branch moved with a merge).
    void branchChanged(const Folio::Git::BranchState &current);
    // Files on disk were rewritten by a switch, merge, conflict resolution or abort.
    void workTreeChanged();
    void openFileRequested(const QString &absolutePath);
    void busyChanged(bool busy);

private:
    void setBusy(bool busy);
    void rebuildMenu();
    void updateDisplay();
    void requestSwitch(const QString &branch, const QString &startPoint, bool create);
    [[nodiscard]] QString mergeTarget() const;

    void onRepositoryDescribed(const QString &workTree);
    void onBranchesListed(const QList<Git::BranchInfo> &branches, const Git::BranchState &current,
                          const Git::DefaultBranch &defaultBranch);
    void onBranchSwitched(const Git::BranchState &current);
    void onBranchSwitchRefused(const QString &branch, const QStringList &conflictingFiles);
    void onBranchOperationFailed(const QString &message);
    void onMergeStateRead(const Git::MergeState &state);

    Git::GitService *m_service;
    WorkTreeGuard m_guard;
    Git::Signature m_committer;

    bool m_hasRepository = false;
    QString m_problem; // why the branches cannot be read
    QList<Git::BranchInfo> m_branches;
    Git::BranchState m_current;
    Git::DefaultBranch m_default;
    Git::MergeState m_mergeState;
    QString m_switching; // the branch this bar asked to switch to; empty when none
    bool m_busy = false;

    QToolButton *m_button = nullptr;
    QMenu *m_menu = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_continueMerge = nullptr;
    QLabel *m_notice = nullptr;
};

} // namespace Folio::GitPanel
