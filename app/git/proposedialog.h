#pragma once

#include "core/result.h"
#include "git/gitservice.h"
#include "handbook/handbook.h"
#include "propose/handbooksettings.h"
#include "propose/proposalplan.h"
#include "propose/proposeoperation.h"

#include <QDialog>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace Folio::Git {

class ProposalResultView;

// "Propose Changes…": the pages to send, the merge request's title, description, target,
// labels, draft, reviewers and assignees, and the branch it goes on; then the stages of
// GitService::propose() with Cancel; then the merge request's link and the announcement to
// paste in the team's chat, or what went wrong. The plan itself is ProposalPlanBuilder's; the
// dialog only collects what the user chose.
class ProposeDialog : public QDialog
{
    Q_OBJECT

public:
    struct Input
    {
        QList<Handbook::PageEntry> pages; // the changed pages, relative to the handbook root
        QString handbookRoot;
        Propose::HandbookSettings settings;
        QString author;        // the user's name from git config; empty when not configured
        QString defaultBranch; // the remote's default branch, used when the settings name none
        // The user's defaults (Preferences), over the settings' when not empty.
        QStringList preferredLabels;
        QString preferredTargetBranch;
    };

    // The pages of the dialog, in order.
    enum class Step
    {
        Form,
        Progress,
        Result,
        Failure,
    };

    ProposeDialog(GitService *service, const Input &input, QWidget *parent = nullptr);

    [[nodiscard]] Step step() const;
    // The plan made from what the dialog shows; the error when it cannot be proposed.
    [[nodiscard]] Result<Propose::ProposalPlan> plan() const;

    // What the Propose button does: sends the plan to the service and shows the progress.
    void propose();

    // Esc or the window's close button while a proposal runs cancels it and waits for the
    // answer, rather than dropping a result (a merge request may already exist).
    void reject() override;

Q_SIGNALS:
    // The proposal reached the server.
    void proposed(const Folio::Propose::ProposeResult &result);

private:
    void cancelProposal();
    QWidget *createForm();
    QWidget *createProgress();
    QWidget *createResult();
    QWidget *createFailure();
    [[nodiscard]] QList<Handbook::PageEntry> checkedPages() const;
    void updateDefaults();
    void showStep(Step step);

    void onStageChanged(Propose::ProposeOperation::Stage stage);
    void retryPush();
    void onProposed(const Propose::ProposeResult &result);
    void onProposeFailed(const Folio::Error &error);
    void onPendingPushSent(const Propose::ProposeResult &result);
    void onPendingPushFailed(const QString &branch, const Folio::Error &error);

    GitService *m_service = nullptr; // lives on the git thread
    Input m_input;
    QString m_uniqueId; // keeps the proposed branch name stable while the dialog is open
    bool m_inFlight = false;
    bool m_titleEdited = false;
    bool m_branchEdited = false;
    bool m_settingDefaults = false;
    std::optional<Propose::ProposalPlan> m_sent;
    std::optional<Propose::ProposeOperation::Stage> m_lastStage;
    // The branch of a commit that did not reach the server, to send again (or to forget when
    // the user proposes anew); empty when there is none.
    QString m_waitingBranch;
    bool m_retrying = false;

    QStackedWidget *m_stack = nullptr;
    QListWidget *m_pages = nullptr;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLineEdit *m_target = nullptr;
    QLineEdit *m_labels = nullptr;
    QCheckBox *m_draft = nullptr;
    QLineEdit *m_reviewers = nullptr;
    QLineEdit *m_assignees = nullptr;
    QLineEdit *m_branch = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_propose = nullptr;
    QLabel *m_stage = nullptr;
    QPushButton *m_cancel = nullptr;
    ProposalResultView *m_result = nullptr;
    QLabel *m_failure = nullptr;
    QPushButton *m_retry = nullptr;
};

} // namespace Folio::Git
