#pragma once

#include "git/gitservice.h"
#include "handbook/handbook.h"
#include "propose/handbooksettings.h"

#include <QDockWidget>
#include <QFutureWatcher>
#include <QPointer>

#include <chrono>
#include <functional>
#include <optional>

class QDialog;
class QLabel;
class QListView;
class QPoint;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QVBoxLayout;

namespace Folio::Widgets {
class MessageBanner;
}

namespace Folio::Git {

class ChangesModel;
class CommitDialog;
class DiffView;
class WorkTreeWatcher;

// The "Changes" dock: what changed in the handbook since the last commit, the diff of the
// selected file, and committing the chosen files. It asks GitService (on its worker thread)
// and shows the answers; it never waits for one.
//
// The list refreshes after saves (refresh()), commits, re-activation of the application, and
// changes on disk (WorkTreeWatcher, polling while the panel is visible). At most one refresh
// is in flight; requests meanwhile collapse into one that follows it.
//
// Discarding a file's changes (button, context menu) goes through DiscardConfirmation, which
// backs the file up first; Backups… lists those copies. Both ask the work-tree guard first.
class GitPanel : public QDockWidget
{
    Q_OBJECT

public:
    GitPanel(GitService *service, QWidget *parent = nullptr);
    ~GitPanel() override;

    // The handbook whose changes to list. Call right after asking the service to open its
    // repository: the service answers in order.
    void setHandbook(const Handbook::Handbook &handbook);
    // Reads the change list again (coalesced with any refresh in flight).
    void refresh();
    // A widget shown above the list, such as a branch bar. The panel takes ownership and
    // deletes the previous one.
    void setHeaderWidget(QWidget *widget);
    [[nodiscard]] QWidget *headerWidget() const { return m_header; }

    // Asked before a discard or a restore rewrites a file; false cancels it. The main window
    // saves, or asks about, unsaved edits here. (The branch widgets' WorkTreeGuard.)
    void setWorkTreeGuard(std::function<bool()> guard) { m_guard = std::move(guard); }
    // Before committing on the default branch, offer to create a branch for the change instead
    // (the handbook's offer_branch_on_default). True until told otherwise.
    void setOfferBranchOnDefault(bool offer) { m_offerBranch = offer; }
    [[nodiscard]] bool offersBranchOnDefault() const { return m_offerBranch; }

    // Opens the commit dialog for the checked files.
    void openCommitDialog();
    // The handbook's .folio.yml, for proposing changes (labels, target, template).
    void setHandbookSettings(const Propose::HandbookSettings &settings);
    [[nodiscard]] const Propose::HandbookSettings &handbookSettings() const { return m_settings; }
    // The user's default labels and target branch for merge requests (Preferences); empty
    // ones leave the handbook settings' in force.
    void setProposalPreferences(const QStringList &labels, const QString &targetBranch);
    [[nodiscard]] const QStringList &preferredLabels() const { return m_preferredLabels; }
    [[nodiscard]] const QString &preferredTargetBranch() const { return m_preferredTargetBranch; }
    // "Propose Changes…": the changed pages as a GitLab merge request (ProposeDialog). False
    // when there is no changed page to propose.
    bool openProposeDialog();
    // Asks to discard the selected file's changes; false when no file is selected.
    bool discardSelected();
    // Selects the row of a page (path relative to the handbook); false when it is not listed.
    bool selectPage(const QString &relativePath);
    // The copies kept by discards, conflict resolutions and merge aborts, to restore one.
    void openBackupsDialog();
    // "Waiting Proposals": proposals whose commit did not reach the server yet.
    void openPendingPushesDialog();
    // How many proposals wait to be sent (0 until the service has answered).
    [[nodiscard]] int pendingPushCount() const { return m_pendingPushCount; }

    // The changed pages as the list shows them: handbook-relative path -> a one-letter badge
    // ("M" modified, "A" added, "D" deleted, "R" renamed, "U" in conflict).
    [[nodiscard]] QHash<QString, QString> changedPages() const;
    // -1 when the handbook is not in a git repository (or none is open yet).
    [[nodiscard]] int changeCount() const { return m_changeCount; }
    [[nodiscard]] ChangesModel *model() const { return m_model; }
    [[nodiscard]] QListView *changesView() const { return m_list; }
    [[nodiscard]] DiffView *diffView() const { return m_diff; }
    [[nodiscard]] WorkTreeWatcher *watcher() const { return m_watcher; }
    [[nodiscard]] Widgets::MessageBanner *messageBanner() const { return m_banner; }
    // The sentence shown instead of the list (no changes, not a repository...), empty when the
    // list is shown.
    [[nodiscard]] QString stateText() const;

Q_SIGNALS:
    // Double-click or Ctrl+Enter on a page: path relative to the handbook root.
    void pageOpenRequested(const QString &relativePath);
    void changeCountChanged(int count);
    void pendingPushCountChanged(int count);
    // The list now shows the result of a refresh (for tests and the status bar).
    void changesShown();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct TitledChanges
    {
        ChangeList list;
        QHash<QString, QString> titles;
        int serial = 0;
    };

    template<typename F> void call(F &&slot)
    {
        QMetaObject::invokeMethod(m_service, std::forward<F>(slot), Qt::QueuedConnection);
    }

    QWidget *createListPane();
    void sendRefresh();
    void finishRefreshAnswer();
    void showState(const QString &text);
    void updateSummary();
    void requestDiff();
    void sendDiff(const FileDiffRequest &request);
    void startCommit(const CommitRequest &request);
    void sendCommit(const CommitRequest &request);
    void showError(const QString &text);
    [[nodiscard]] QString selectedPath() const;
    [[nodiscard]] QString handbookRelative(const QString &repositoryPath) const;
    [[nodiscard]] bool onDefaultBranch() const;

    void onRepositoryDescribed(const RepositoryInfo &info);
    void onChangesRefreshed(const ChangeList &list);
    void onChangesFailed(const Folio::Error &error);
    void onTitlesRead();
    void onFileDiffRead(const FileDiff &diff);
    void onFileDiffFailed(const QString &path, const Folio::Error &error);
    void onCommitted(const CommitResult &result);
    void onCommitFailed(const Folio::Error &error);
    void onIdentityMissing(const CommitRequest &request);
    void onIdentityStored(const Signature &identity);
    void onIdentityStoreFailed(const Folio::Error &error);
    void onBranchSwitched(const BranchState &branch);
    void onBranchFailed(const QString &message);
    void onIndexLockRead(const IndexLockState &state);
    void onIndexLockRemoved(bool removed);
    void onIndexLockRemovalFailed(const Folio::Error &error);
    void onActivated(const QModelIndex &index);
    void onContextMenuRequested(const QPoint &position);
    void updateDiscardButton();
    void requestPendingPushes();
    void onPendingPushesListed(const QList<Propose::PendingPush> &pushes);

    GitService *m_service = nullptr; // lives on the git thread: only call() its slots
    Handbook::Handbook m_handbook;
    RepositoryInfo m_info;
    bool m_described = false; // m_info answers for m_handbook

    // Refresh bookkeeping (see refresh()).
    bool m_refreshInFlight = false;
    bool m_refreshQueued = false;
    int m_unrequestedRefreshes = 0; // changesRefreshed the service sends after a commit
    int m_titleSerial = 0;
    QFutureWatcher<TitledChanges> m_titles;

    // The diff shown, and the one asked for while another was in flight.
    bool m_diffInFlight = false;
    std::optional<FileDiffRequest> m_diffQueued;

    // The commit under way: it may wait for a branch to be created or an identity stored.
    bool m_commitInFlight = false;
    std::optional<CommitRequest> m_pendingCommit;
    QString m_awaitedBranch;
    bool m_identityAsked = false;
    QPointer<CommitDialog> m_commitDialog;
    QPointer<QDialog> m_proposeDialog;
    QPointer<QDialog> m_pendingDialog;
    int m_pendingPushCount = 0;
    QWidget *m_waitingRow = nullptr;
    QLabel *m_waitingText = nullptr;
    Propose::HandbookSettings m_settings;
    QStringList m_preferredLabels;
    QString m_preferredTargetBranch;

    int m_changeCount = -1;
    bool m_offerBranch = true;
    std::function<bool()> m_guard;
    QPointer<QDialog> m_backupsDialog;

    ChangesModel *m_model = nullptr;
    WorkTreeWatcher *m_watcher = nullptr;
    QVBoxLayout *m_headerSlot = nullptr;
    QWidget *m_header = nullptr;
    Widgets::MessageBanner *m_banner = nullptr;
    QWidget *m_lockBox = nullptr;
    QLabel *m_lockText = nullptr;
    QPushButton *m_removeLock = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_state = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_summary = nullptr;
    QListView *m_list = nullptr;
    QPushButton *m_commit = nullptr;
    QPushButton *m_propose = nullptr;
    QPushButton *m_discard = nullptr;
    QPushButton *m_backups = nullptr;
    DiffView *m_diff = nullptr;
};

} // namespace Folio::Git
