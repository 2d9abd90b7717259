#include "git/branchbar.h"

#include "git/mergedialog.h"
#include "git/newbranchdialog.h"
#include "git/switchrefuseddialog.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QSet>
#include <QToolButton>

namespace Folio::GitPanel {

BranchBar::BranchBar(Git::GitService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
{
    m_button = new QToolButton(this);
    m_button->setObjectName(QStringLiteral("branchButton"));
    m_button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_button->setFocusPolicy(Qt::StrongFocus);
    m_button->setToolTip(tr("Switch, create or merge branches"));

    // popup(), not a QToolButton menu: that one runs a nested event loop until it closes.
    m_menu = new QMenu(this);
    m_menu->setObjectName(QStringLiteral("branchMenu"));
    m_menu->setAccessibleName(tr("Branch menu"));

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("branchProgress"));
    m_progress->setRange(0, 0); // busy, no known end
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(60);
    m_progress->setMaximumHeight(10);
    m_progress->setAccessibleName(tr("Switching branch"));
    m_progress->hide();

    m_continueMerge = new QToolButton(this);
    m_continueMerge->setObjectName(QStringLiteral("continueMergeButton"));
    m_continueMerge->setText(tr("Merge in progress: continue…"));
    m_continueMerge->setAccessibleName(tr("Continue or abort the merge in progress"));
    m_continueMerge->setFocusPolicy(Qt::StrongFocus);
    m_continueMerge->hide();

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("operationNotice"));
    m_notice->setText(tr("Git operation in progress"));
    m_notice->setToolTip(tr("A git operation started outside Folio (such as a rebase) is not "
                            "finished. Finish or abort it with git before switching branches."));
    m_notice->hide();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_button);
    layout->addWidget(m_progress);
    layout->addWidget(m_continueMerge);
    layout->addWidget(m_notice);
    layout->addStretch(1);

    connect(m_button, &QToolButton::clicked, this, &BranchBar::showMenu);
    connect(m_continueMerge, &QToolButton::clicked, this, [this] { continueMerge(); });

    using Git::GitService;
    connect(m_service, &GitService::workTreeDescribed, this,
            [this](const QString &workTree, const QString &) { onRepositoryDescribed(workTree); });
    connect(m_service, &GitService::branchesListed, this, &BranchBar::onBranchesListed);
    connect(m_service, &GitService::branchSwitched, this, &BranchBar::onBranchSwitched);
    connect(m_service, &GitService::branchSwitchRefused, this, &BranchBar::onBranchSwitchRefused);
    connect(m_service, &GitService::branchOperationFailed, this,
            &BranchBar::onBranchOperationFailed);
    connect(m_service, &GitService::mergeStateRead, this, &BranchBar::onMergeStateRead);
    // Whoever merged: the branch tip and the merge state changed.
    connect(m_service, &GitService::mergeCompleted, this, &BranchBar::refresh);
    connect(m_service, &GitService::mergeStopped, this, &BranchBar::refresh);
    connect(m_service, &GitService::mergeAborted, this, &BranchBar::refresh);

    updateDisplay();
    callService(m_service, [](GitService *git) { git->describeWorkTree(); });
}

QString BranchBar::displayText() const
{
    if (!m_hasRepository)
        return tr("No git repository");
    if (m_current.name.isEmpty())
        return m_problem.isEmpty() ? tr("Reading branches…") : tr("Branches unavailable");
    if (m_current.detached)
        return tr("detached at %1").arg(m_current.name);
    if (m_current.unborn)
        return tr("%1 (no commits yet)").arg(m_current.name);
    return m_current.name;
}

void BranchBar::refresh()
{
    if (!m_hasRepository)
        return;
    callService(m_service, [](Git::GitService *git) {
        git->listBranches();
        git->readMergeState(); // a merge may have been started or finished with the git CLI
    });
}

void BranchBar::showMenu()
{
    if (!m_button->isEnabled())
        return;
    m_menu->popup(m_button->mapToGlobal(QPoint(0, m_button->height())));
}

void BranchBar::switchTo(const QString &branch)
{
    for (const Git::BranchInfo &info : std::as_const(m_branches)) {
        if (info.name != branch)
            continue;
        if (info.remote) {
            // Get a remote-only branch as a local one that follows it, as `git switch x` does.
            requestSwitch(branch.section(u'/', 1), branch, true);
            return;
        }
        break;
    }
    requestSwitch(branch, {}, false);
}

void BranchBar::requestSwitch(const QString &branch, const QString &startPoint, bool create)
{
    if (branch.isEmpty() || m_busy || (m_guard && !m_guard()))
        return;
    m_switching = branch;
    setBusy(true);
    callService(m_service, [branch, startPoint, create](Git::GitService *git) {
        if (create)
            git->createBranch(branch, startPoint);
        else
            git->switchBranch(branch);
    });
}

NewBranchDialog *BranchBar::openNewBranchDialog()
{
    auto *dialog = new NewBranchDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setBranches(m_branches, m_current);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { requestSwitch(dialog->name(), dialog->startPoint(), true); });
    dialog->open();
    return dialog;
}

MergeDialog *BranchBar::openMergeDialog(const QString &target)
{
    auto *dialog = new MergeDialog(m_service, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setCommitter(m_committer);
    dialog->setWorkTreeGuard(m_guard);
    dialog->setTarget(target.isEmpty() ? mergeTarget() : target);
    connect(dialog, &MergeDialog::openFileRequested, this, &BranchBar::openFileRequested);
    connect(dialog, &MergeDialog::workTreeChanged, this, &BranchBar::workTreeChanged);
    dialog->open();
    return dialog;
}

MergeDialog *BranchBar::updateFromTarget()
{
    if (m_default.trackingRef.isEmpty())
        return nullptr;
    MergeDialog *dialog = openMergeDialog(m_default.trackingRef);
    dialog->updateFrom(m_default.trackingRef);
    // The fetch moved the remote-tracking branches, the merge perhaps the current one.
    connect(dialog, &QDialog::finished, this, &BranchBar::refresh);
    return dialog;
}

MergeDialog *BranchBar::continueMerge()
{
    if (m_mergeState.operation != Git::RepositoryOperation::Merge)
        return nullptr;
    MergeDialog *dialog = openMergeDialog();
    dialog->resume(m_mergeState);
    return dialog;
}

QString BranchBar::mergeTarget() const
{
    if (m_default.existsLocally && m_default.name != m_current.name)
        return m_default.name;
    return m_default.trackingRef;
}

void BranchBar::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    m_progress->setVisible(busy);
    updateDisplay();
    Q_EMIT busyChanged(busy);
}

void BranchBar::updateDisplay()
{
    const QString text = displayText();
    m_button->setText(text + QStringLiteral(" ▾"));
    m_button->setAccessibleName(tr("Branch: %1").arg(text));
    m_button->setToolTip(m_problem.isEmpty() ? tr("Switch, create or merge branches")
                                             : tr("Cannot read the branches: %1").arg(m_problem));
    m_button->setEnabled(m_hasRepository && !m_busy);
    m_continueMerge->setVisible(m_hasRepository &&
                                m_mergeState.operation == Git::RepositoryOperation::Merge);
    m_continueMerge->setEnabled(!m_busy);
    m_notice->setVisible(m_hasRepository &&
                         m_mergeState.operation == Git::RepositoryOperation::Other);
}

void BranchBar::rebuildMenu()
{
    m_menu->clear();
    const bool idle = m_mergeState.operation == Git::RepositoryOperation::None;
    const QString finishFirst = tr("Finish or abort the merge in progress first");

    m_menu->addSection(tr("Switch to"));
    QSet<QString> local;
    for (const Git::BranchInfo &branch : std::as_const(m_branches)) {
        if (branch.remote)
            continue;
        local.insert(branch.name);
        QAction *action = m_menu->addAction(branch.name);
        action->setObjectName(QStringLiteral("branch:") + branch.name);
        action->setCheckable(true);
        action->setChecked(branch.current);
        action->setEnabled(idle || branch.current);
        if (!branch.upstream.isEmpty())
            action->setToolTip(tr("Follows %1: %2 ahead, %3 behind")
                                   .arg(branch.upstream)
                                   .arg(branch.ahead)
                                   .arg(branch.behind));
        if (!branch.current)
            connect(action, &QAction::triggered, this,
                    [this, name = branch.name] { switchTo(name); });
    }
    for (const Git::BranchInfo &branch : std::as_const(m_branches)) {
        if (!branch.remote || local.contains(branch.name.section(u'/', 1)))
            continue;
        QAction *action = m_menu->addAction(branch.name);
        action->setObjectName(QStringLiteral("branch:") + branch.name);
        action->setToolTip(tr("Creates a local branch “%1” that follows %2")
                               .arg(branch.name.section(u'/', 1), branch.name));
        action->setEnabled(idle);
        connect(action, &QAction::triggered, this, [this, name = branch.name] { switchTo(name); });
    }
    m_menu->setToolTipsVisible(true);
    m_menu->addSeparator();

    QAction *create =
        m_menu->addAction(tr("&New Branch…"), this, [this] { openNewBranchDialog(); });
    create->setObjectName(QStringLiteral("newBranchAction"));
    create->setEnabled(idle);
    if (!idle)
        create->setToolTip(finishFirst);

    const QString target = mergeTarget();
    const QString into = m_current.detached ? tr("the current version") : m_current.name;
    QAction *merge =
        m_menu->addAction(target.isEmpty() ? tr("&Merge a Branch into %1…").arg(into)
                                           : tr("&Merge %1 into %2…").arg(target, into),
                          this, [this] { openMergeDialog(); });
    merge->setObjectName(QStringLiteral("mergeAction"));
    merge->setEnabled(idle && m_branches.size() > 1);
    if (!idle)
        merge->setToolTip(finishFirst);

    if (!m_default.trackingRef.isEmpty()) {
        QAction *update = m_menu->addAction(tr("&Update from %1…").arg(m_default.trackingRef), this,
                                            [this] { updateFromTarget(); });
        update->setObjectName(QStringLiteral("updateFromTargetAction"));
        update->setToolTip(
            idle ? tr("Get the latest version from GitLab and merge it into %1").arg(into)
                 : finishFirst);
        update->setEnabled(idle);
    }

    if (m_mergeState.operation == Git::RepositoryOperation::Merge) {
        QAction *resume = m_menu->addAction(tr("&Continue the Merge in Progress…"), this,
                                            [this] { continueMerge(); });
        resume->setObjectName(QStringLiteral("continueMergeAction"));
    }
}

void BranchBar::onRepositoryDescribed(const QString &workTree)
{
    m_hasRepository = !workTree.isEmpty();
    m_branches.clear();
    m_current = {};
    m_default = {};
    m_mergeState = {};
    m_problem.clear();
    rebuildMenu();
    updateDisplay();
    refresh();
}

void BranchBar::onBranchesListed(const QList<Git::BranchInfo> &branches,
                                 const Git::BranchState &current,
                                 const Git::DefaultBranch &defaultBranch)
{
    m_hasRepository = true;
    m_problem.clear();
    m_branches = branches;
    m_current = current;
    m_default = defaultBranch;
    rebuildMenu();
    updateDisplay();
}

void BranchBar::onBranchSwitched(const Git::BranchState &current)
{
    if (!m_switching.isEmpty()) {
        m_switching.clear();
        setBusy(false);
    }
    m_current = current;
    updateDisplay();
    Q_EMIT branchChanged(current);
    Q_EMIT workTreeChanged();
    refresh();
}

void BranchBar::onBranchSwitchRefused(const QString &branch, const QStringList &conflictingFiles)
{
    if (m_switching.isEmpty())
        return; // another view asked; it explains its own refusal
    m_switching.clear();
    setBusy(false);
    auto *dialog = new SwitchRefusedDialog(branch, conflictingFiles, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void BranchBar::onBranchOperationFailed(const QString &message)
{
    if (m_switching.isEmpty()) {
        m_problem = message; // listing failed
        updateDisplay();
        return;
    }
    const QString branch = m_switching;
    m_switching.clear();
    setBusy(false);
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Cannot Switch Branch"),
                        tr("Folio could not switch to “%1”. Nothing was changed.").arg(branch),
                        QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("branchErrorBox"));
    box->setInformativeText(message);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void BranchBar::onMergeStateRead(const Git::MergeState &state)
{
    m_mergeState = state;
    rebuildMenu();
    updateDisplay();
}

} // namespace Folio::GitPanel
