#include "git/mergedialog.h"

#include "git/conflictresolverwidget.h"
#include "git/giterrors.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Folio::GitPanel {

namespace {

QLabel *wrappedLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

MergeDialog::MergeDialog(Git::GitService *service, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
{
    setWindowTitle(tr("Merge"));
    m_pages = new QStackedWidget(this);

    // Choose: which branch to bring in.
    auto *choose = new QWidget(m_pages);
    m_intro = wrappedLabel(QStringLiteral("introText"), choose);
    m_targets = new QComboBox(choose);
    m_targets->setObjectName(QStringLiteral("targetCombo"));
    m_targets->setAccessibleName(tr("Branch to merge"));
    m_merge = new QPushButton(tr("&Merge"), choose);
    m_merge->setObjectName(QStringLiteral("mergeButton"));
    m_merge->setAccessibleName(tr("Start the merge"));
    m_merge->setDefault(true);
    m_merge->setEnabled(false); // until the branches are listed
    auto *form = new QFormLayout;
    form->addRow(tr("&Branch to merge:"), m_targets);
    auto *chooseLayout = new QVBoxLayout(choose);
    chooseLayout->addWidget(m_intro);
    chooseLayout->addLayout(form);
    chooseLayout->addStretch(1);
    chooseLayout->addWidget(m_merge, 0, Qt::AlignRight);

    // Working: the worker is merging.
    auto *working = new QWidget(m_pages);
    m_working = wrappedLabel(QStringLiteral("workingText"), working);
    auto *progress = new QProgressBar(working);
    progress->setRange(0, 0);
    progress->setTextVisible(false);
    progress->setAccessibleName(tr("Merging"));
    auto *workingLayout = new QVBoxLayout(working);
    workingLayout->addWidget(m_working);
    workingLayout->addWidget(progress);
    workingLayout->addStretch(1);

    // Result: success, refusal or failure.
    auto *result = new QWidget(m_pages);
    m_result = wrappedLabel(QStringLiteral("resultText"), result);
    m_blocking = new QListWidget(result);
    m_blocking->setObjectName(QStringLiteral("blockingFiles"));
    m_blocking->setAccessibleName(tr("Files in the way"));
    m_details = wrappedLabel(QStringLiteral("detailsText"), result);
    auto *resultLayout = new QVBoxLayout(result);
    resultLayout->addWidget(m_result);
    resultLayout->addWidget(m_blocking, 1);
    resultLayout->addWidget(m_details);
    resultLayout->addStretch(1);

    // Conflicts: resolve, complete or abort.
    m_resolver = new ConflictResolverWidget(service, m_pages);

    m_pages->addWidget(choose);
    m_pages->addWidget(working);
    m_pages->addWidget(result);
    m_pages->addWidget(m_resolver);

    auto *buttons = new QDialogButtonBox(this);
    m_close = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_close->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(buttons);
    resize(520, 380);

    connect(m_merge, &QPushButton::clicked, this, &MergeDialog::startMerge);
    connect(m_resolver, &ConflictResolverWidget::mergeCompleted, this,
            &MergeDialog::onResolverCompleted);
    connect(m_resolver, &ConflictResolverWidget::mergeAborted, this,
            &MergeDialog::onResolverAborted);
    connect(m_resolver, &ConflictResolverWidget::workTreeChanged, this,
            &MergeDialog::workTreeChanged);
    connect(m_resolver, &ConflictResolverWidget::openFileRequested, this,
            &MergeDialog::openFileRequested);
    connect(m_resolver, &ConflictResolverWidget::busyChanged, m_close, &QWidget::setDisabled);

    using Git::GitService;
    connect(m_service, &GitService::branchesListed, this, &MergeDialog::onBranchesListed);
    connect(m_service, &GitService::mergeCompleted, this, &MergeDialog::onMergeCompleted);
    connect(m_service, &GitService::mergeStopped, this, &MergeDialog::onMergeStopped);
    connect(m_service, &GitService::mergeRefused, this, &MergeDialog::onMergeRefused);
    connect(m_service, &GitService::mergeFailed, this, &MergeDialog::onMergeFailed);
    connect(m_service, &GitService::fetched, this, &MergeDialog::onFetched);
    connect(m_service, &GitService::fetchFailed, this, &MergeDialog::onFetchFailed);
    callService(m_service, [](GitService *git) { git->listBranches(); });
    showPage(Page::Choose);
}

void MergeDialog::setTarget(const QString &branch)
{
    m_preferredTarget = branch;
    if (const int index = m_targets->findData(branch); index >= 0)
        m_targets->setCurrentIndex(index);
}

void MergeDialog::setCommitter(const Git::Signature &committer)
{
    m_committer = committer;
    m_resolver->setCommitter(committer);
}

void MergeDialog::setWorkTreeGuard(WorkTreeGuard guard)
{
    m_guard = guard;
    m_resolver->setWorkTreeGuard(std::move(guard));
}

void MergeDialog::resume(const Git::MergeState &state)
{
    setWindowTitle(state.message.isEmpty() ? tr("Merge in Progress")
                                           : state.message.section(u'\n', 0, 0));
    m_resolver->setConflicts(state.conflicts);
    showPage(Page::Conflicts);
}

QString MergeDialog::target() const
{
    return m_targets->currentData().toString();
}

QString MergeDialog::resultText() const
{
    return m_result->text();
}

QStringList MergeDialog::blockingFiles() const
{
    QStringList files;
    for (int row = 0; row < m_blocking->count(); ++row)
        files.append(m_blocking->item(row)->text());
    return files;
}

void MergeDialog::updateFrom(const QString &trackingRef)
{
    const QString remote = trackingRef.section(u'/', 0, 0);
    if (trackingRef.isEmpty() || remote.isEmpty() || m_pending || (m_guard && !m_guard()))
        return;
    setWindowTitle(tr("Update from %1").arg(trackingRef));
    m_merging = trackingRef;
    m_pending = true;
    m_fetching = true;
    m_working->setText(tr("Getting the latest version of “%1” from GitLab…").arg(trackingRef));
    showPage(Page::Working);
    // Unlike a merge, a download can be stopped.
    m_close->setEnabled(true);
    callService(m_service, [remote](Git::GitService *git) { git->fetchRemote(remote); });
}

void MergeDialog::onFetched()
{
    if (!m_fetching)
        return;
    m_fetching = false;
    m_service->withdrawCancel(); // a Cancel that came after the end
    m_pending = false;
    mergeBranch(m_merging);
}

void MergeDialog::onFetchFailed(const Folio::Error &error)
{
    if (!m_fetching)
        return;
    m_fetching = false;
    m_service->withdrawCancel(); // a Cancel that came after the end
    m_pending = false;
    if (Git::hasCode(error, Git::GitErrorCode::Cancelled))
        showResult(tr("Update cancelled: nothing was changed."));
    else if (Git::isNetworkUnavailable(error))
        showResult(tr("GitLab could not be reached, so nothing was changed. Update again when "
                      "you are online."),
                   {}, tr("Details: %1").arg(error.message));
    else
        showResult(
            tr("Could not get the latest version of “%1”: nothing was changed.").arg(m_merging), {},
            tr("Details: %1").arg(error.message));
}

void MergeDialog::startMerge()
{
    const QString branch = target();
    if (branch.isEmpty() || m_pending || (m_guard && !m_guard()))
        return;
    mergeBranch(branch);
}

void MergeDialog::mergeBranch(const QString &branch)
{
    m_merging = branch;
    m_pending = true;
    m_working->setText(tr("Merging “%1” into “%2”…").arg(branch, m_current));
    showPage(Page::Working);
    callService(m_service, [branch, committer = m_committer](Git::GitService *git) {
        git->mergeBranch(branch, committer);
    });
}

void MergeDialog::reject()
{
    if (m_fetching) {
        // Direct, not queued: the worker is busy with the download (see cancelTransfer()).
        m_service->cancelTransfer();
        m_close->setEnabled(false);
        m_working->setText(tr("Cancelling…"));
        return;
    }
    if (!m_pending && !m_resolver->isBusy())
        QDialog::reject();
}

void MergeDialog::showPage(Page page)
{
    m_pages->setCurrentIndex(static_cast<int>(page));
    m_close->setEnabled(page != Page::Working);
    switch (page) {
    case Page::Choose:
        m_close->setText(tr("Cancel"));
        m_close->setAccessibleName(tr("Cancel"));
        m_targets->setFocus();
        break;
    case Page::Working:
        break;
    case Page::Result:
        m_close->setText(tr("Close"));
        m_close->setAccessibleName(tr("Close"));
        m_close->setFocus();
        break;
    case Page::Conflicts:
        // Closing leaves the merge in progress; the branch bar offers to continue it.
        m_close->setText(tr("Continue Later"));
        m_close->setAccessibleName(tr("Close and continue the merge later"));
        break;
    }
}

void MergeDialog::showResult(const QString &text, const QStringList &files, const QString &details)
{
    m_result->setText(text);
    m_blocking->clear();
    m_blocking->addItems(files);
    m_blocking->setVisible(!files.isEmpty());
    m_details->setText(details);
    m_details->setVisible(!details.isEmpty());
    showPage(Page::Result);
}

void MergeDialog::onBranchesListed(const QList<Git::BranchInfo> &branches,
                                   const Git::BranchState &current,
                                   const Git::DefaultBranch &defaultBranch)
{
    m_current = current.name;
    if (current.detached)
        m_intro->setText(tr("Bring the changes from another branch into the current version "
                            "(detached at %1).")
                             .arg(current.name));
    else
        m_intro->setText(
            tr("Bring the changes from another branch into “%1”, the branch you are on.")
                .arg(current.name));

    const QString previous = target();
    m_targets->clear();
    for (const Git::BranchInfo &branch : branches) {
        if (!branch.current)
            m_targets->addItem(branch.name, branch.name);
    }
    QString wanted = !previous.isEmpty() ? previous : m_preferredTarget;
    if (wanted.isEmpty() || m_targets->findData(wanted) < 0) {
        // The default branch, locally if it is not the current one, else as on the server.
        wanted = defaultBranch.name != current.name && defaultBranch.existsLocally
                     ? defaultBranch.name
                     : defaultBranch.trackingRef;
    }
    if (const int index = m_targets->findData(wanted); index >= 0)
        m_targets->setCurrentIndex(index);
    m_merge->setEnabled(m_targets->count() > 0);
    if (m_targets->count() == 0)
        m_intro->setText(tr("There is no other branch to merge into “%1”.").arg(current.name));
}

void MergeDialog::onMergeCompleted(const Git::MergeOutcome &outcome)
{
    if (!m_pending)
        return; // the resolver's completion, or another view's merge
    m_pending = false;
    switch (outcome.status) {
    case Git::MergeStatus::UpToDate:
        showResult(tr("Nothing to merge: “%1” already has every change from “%2”.")
                       .arg(m_current, m_merging));
        break;
    case Git::MergeStatus::FastForwarded:
        showResult(tr("Done: “%1” now has every change from “%2”.").arg(m_current, m_merging));
        break;
    default:
        showResult(
            tr("Done: the changes from “%1” were merged into “%2”.").arg(m_merging, m_current));
        break;
    }
    Q_EMIT workTreeChanged();
    Q_EMIT mergeFinished(outcome);
}

void MergeDialog::onMergeStopped(const QList<Git::ConflictEntry> &conflicts)
{
    if (!m_pending)
        return;
    m_pending = false;
    setWindowTitle(tr("Merge “%1” into “%2”: Conflicts").arg(m_merging, m_current));
    m_resolver->setConflicts(conflicts);
    showPage(Page::Conflicts);
    Q_EMIT workTreeChanged();
}

void MergeDialog::onMergeRefused(const QStringList &blockingFiles, const QString &reason)
{
    if (!m_pending)
        return;
    m_pending = false;
    showResult(
        tr("Nothing was changed. Merging “%1” would overwrite changes that are not "
           "committed yet in these files:")
            .arg(m_merging),
        blockingFiles,
        tr("Commit or discard these changes first, then merge again.\nDetails: %1").arg(reason));
}

void MergeDialog::onMergeFailed(const QString &message)
{
    if (!m_pending)
        return;
    m_pending = false;
    showResult(tr("The merge could not be done: %1").arg(message));
}

void MergeDialog::onResolverCompleted(const Git::MergeOutcome &outcome)
{
    showResult(
        m_merging.isEmpty()
            ? tr("Done: the merge was completed.")
            : tr("Done: the changes from “%1” were merged into “%2”.").arg(m_merging, m_current));
    Q_EMIT mergeFinished(outcome);
}

void MergeDialog::onResolverAborted()
{
    showResult(tr("The merge was aborted: every file is back as it was before the merge."));
    Q_EMIT mergeAborted();
}

} // namespace Folio::GitPanel
