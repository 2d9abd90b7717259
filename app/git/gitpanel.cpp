#include "git/gitpanel.h"

#include "git/backupsdialog.h"
#include "git/branchname.h"
#include "git/branchofferdialog.h"
#include "git/changesdelegate.h"
#include "git/changesmodel.h"
#include "git/commitdialog.h"
#include "git/diffview.h"
#include "git/discardconfirmation.h"
#include "git/giterrors.h"
#include "git/identitydialog.h"
#include "git/pendingpushesdialog.h"
#include "git/proposedialog.h"
#include "git/worktreewatcher.h"
#include "widgets/messagebanner.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Folio::Git {

namespace {

QString ageText(qint64 seconds)
{
    const int n = int(seconds);
    if (seconds < 120)
        return GitPanel::tr("%n second(s)", nullptr, n);
    if (seconds < 2 * 3600)
        return GitPanel::tr("%n minute(s)", nullptr, n / 60);
    return GitPanel::tr("%n hour(s)", nullptr, n / 3600);
}

} // namespace

GitPanel::GitPanel(GitService *service, QWidget *parent)
    : QDockWidget(tr("Changes"), parent)
    , m_service(service)
{
    setObjectName(QStringLiteral("gitPanel"));
    setAccessibleName(tr("Changes"));
    toggleViewAction()->setText(tr("&Changes"));
    m_model = new ChangesModel(this);
    m_watcher = new WorkTreeWatcher(this);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    m_headerSlot = new QVBoxLayout;
    m_headerSlot->setContentsMargins(0, 0, 0, 0);
    // Backups stay reachable when nothing is changed: that is when one wants them back.
    m_backups = new QPushButton(tr("&Backups…"), content);
    m_backups->setObjectName(QStringLiteral("backupsButton"));
    m_backups->setAccessibleName(tr("Backups"));
    m_backups->setToolTip(tr("The copies Folio kept before discarding or replacing a file"));
    auto *top = new QHBoxLayout;
    top->addLayout(m_headerSlot, 1);
    top->addWidget(m_backups, 0, Qt::AlignTop);
    layout->addLayout(top);
    m_banner = new Widgets::MessageBanner(content);
    m_banner->setObjectName(QStringLiteral("gitPanelBanner"));
    layout->addWidget(m_banner);

    m_lockBox = new QFrame(content);
    m_lockBox->setObjectName(QStringLiteral("indexLockBox"));
    auto *lockLayout = new QHBoxLayout(m_lockBox);
    lockLayout->setContentsMargins(0, 0, 0, 0);
    m_lockText = new QLabel(m_lockBox);
    m_lockText->setObjectName(QStringLiteral("indexLockText"));
    m_lockText->setWordWrap(true);
    m_lockText->setTextFormat(Qt::PlainText);
    m_removeLock = new QPushButton(tr("Remove the Stale Lock"), m_lockBox);
    m_removeLock->setObjectName(QStringLiteral("removeLockButton"));
    m_removeLock->setAccessibleName(tr("Remove the stale lock"));
    lockLayout->addWidget(m_lockText, 1);
    lockLayout->addWidget(m_removeLock, 0, Qt::AlignTop);
    m_lockBox->hide();
    layout->addWidget(m_lockBox);

    m_stack = new QStackedWidget(content);
    m_state = new QLabel(m_stack);
    m_state->setObjectName(QStringLiteral("gitPanelState"));
    m_state->setAlignment(Qt::AlignCenter);
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::PlainText);
    m_state->setAccessibleName(tr("Changes status"));
    m_diff = new DiffView(content);
    m_splitter = new QSplitter(Qt::Horizontal, m_stack);
    m_splitter->addWidget(createListPane());
    m_splitter->addWidget(m_diff);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 2);
    m_stack->addWidget(m_state);
    m_stack->addWidget(m_splitter);
    layout->addWidget(m_stack, 1);
    setWidget(content);
    showState(tr("No handbook is open."));

    connect(m_service, &GitService::repositoryDescribed, this, &GitPanel::onRepositoryDescribed);
    connect(m_service, &GitService::changesRefreshed, this, &GitPanel::onChangesRefreshed);
    connect(m_service, &GitService::changesFailed, this, &GitPanel::onChangesFailed);
    connect(m_service, &GitService::fileDiffRead, this, &GitPanel::onFileDiffRead);
    connect(m_service, &GitService::fileDiffFailed, this, &GitPanel::onFileDiffFailed);
    connect(m_service, &GitService::committed, this, &GitPanel::onCommitted);
    connect(m_service, &GitService::commitFailed, this, &GitPanel::onCommitFailed);
    connect(m_service, &GitService::identityMissing, this, &GitPanel::onIdentityMissing);
    connect(m_service, &GitService::identityStored, this, &GitPanel::onIdentityStored);
    connect(m_service, &GitService::identityStoreFailed, this, &GitPanel::onIdentityStoreFailed);
    connect(m_service, &GitService::branchSwitched, this, &GitPanel::onBranchSwitched);
    connect(m_service, &GitService::branchSwitchRefused, this,
            [this](const QString &, const QStringList &files) {
                onBranchFailed(tr("these files would be overwritten: %1").arg(files.join(u", ")));
            });
    connect(m_service, &GitService::branchOperationFailed, this, &GitPanel::onBranchFailed);
    connect(m_service, &GitService::indexLockRead, this, &GitPanel::onIndexLockRead);
    // Whoever discarded or restored: the list is out of date now, not at the next poll.
    connect(m_service, &GitService::fileDiscarded, this, &GitPanel::refresh);
    connect(m_service, &GitService::backupRestored, this, &GitPanel::refresh);
    connect(m_service, &GitService::indexLockRemoved, this, &GitPanel::onIndexLockRemoved);
    connect(m_service, &GitService::pendingPushesListed, this, &GitPanel::onPendingPushesListed);
    // A proposal that failed at the push left a waiting commit; one that succeeded may have
    // been the retry of one.
    connect(m_service, &GitService::proposeFailed, this, &GitPanel::requestPendingPushes);
    connect(m_service, &GitService::proposed, this, &GitPanel::requestPendingPushes);
    connect(m_service, &GitService::indexLockRemovalFailed, this,
            &GitPanel::onIndexLockRemovalFailed);

    connect(&m_titles, &QFutureWatcher<TitledChanges>::finished, this, &GitPanel::onTitlesRead);
    connect(m_watcher, &WorkTreeWatcher::changed, this, &GitPanel::refresh);
    connect(m_diff, &DiffView::baseChanged, this, &GitPanel::requestDiff);
    connect(m_removeLock, &QPushButton::clicked, this, [this] {
        m_removeLock->setEnabled(false);
        call([service = m_service] { service->removeStaleIndexLock(); });
    });
    // Polling costs a status scan every few seconds: only while someone can see the result.
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        m_watcher->setPolling(visible && m_info.inRepository);
        if (visible)
            refresh();
    });
    // Whatever happened in a terminal or another editor while Folio was in the background.
    connect(qGuiApp, &QGuiApplication::applicationStateChanged, this,
            [this](Qt::ApplicationState state) {
                if (state == Qt::ApplicationActive)
                    refresh();
            });
    connect(this, &QDockWidget::dockLocationChanged, this, [this](Qt::DockWidgetArea area) {
        m_splitter->setOrientation(area == Qt::LeftDockWidgetArea || area == Qt::RightDockWidgetArea
                                       ? Qt::Vertical
                                       : Qt::Horizontal);
    });
}

GitPanel::~GitPanel()
{
    m_titles.waitForFinished();
}

QWidget *GitPanel::createListPane()
{
    auto *pane = new QWidget(this);
    m_summary = new QLabel(pane);
    m_summary->setObjectName(QStringLiteral("changesSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_list = new QListView(pane);
    m_list->setObjectName(QStringLiteral("changesList"));
    m_list->setAccessibleName(tr("Changed files"));
    m_list->setAccessibleDescription(
        tr("Space includes or leaves out a file from the next commit; Enter shows its "
           "changes; Ctrl+Enter or a double-click opens the page."));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new ChangesDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->installEventFilter(this);
    m_commit = new QPushButton(tr("Commit…"), pane);
    m_commit->setObjectName(QStringLiteral("commitButton"));
    m_commit->setAccessibleName(tr("Commit"));
    m_commit->setToolTip(tr("Save a version of the checked files in git"));
    m_commit->setEnabled(false);
    m_propose = new QPushButton(tr("Propose…"), pane);
    m_propose->setObjectName(QStringLiteral("proposeChangesButton"));
    m_propose->setAccessibleName(tr("Propose changes"));
    m_propose->setToolTip(tr("Send the changed pages to GitLab as a merge request"));
    m_propose->setEnabled(false);
    m_discard = new QPushButton(tr("&Discard…"), pane);
    m_discard->setObjectName(QStringLiteral("discardChangesButton"));
    m_discard->setAccessibleName(tr("Discard the selected file's changes"));
    m_discard->setToolTip(tr("Put the selected file back as it was in the last commit (your "
                             "version is kept in Backups)"));
    m_discard->setEnabled(false);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);

    // Proposals that did not reach GitLab: easy to forget once the Propose dialog is closed.
    m_waitingRow = new QWidget(pane);
    m_waitingRow->setObjectName(QStringLiteral("waitingProposalsRow"));
    m_waitingText = new QLabel(m_waitingRow);
    m_waitingText->setObjectName(QStringLiteral("waitingProposalsText"));
    m_waitingText->setWordWrap(true);
    auto *sendWaiting = new QPushButton(tr("Send &Now…"), m_waitingRow);
    sendWaiting->setObjectName(QStringLiteral("sendWaitingButton"));
    sendWaiting->setAccessibleName(tr("Send the waiting proposals"));
    auto *waitingLayout = new QHBoxLayout(m_waitingRow);
    waitingLayout->setContentsMargins(0, 0, 0, 0);
    waitingLayout->addWidget(m_waitingText, 1);
    waitingLayout->addWidget(sendWaiting);
    m_waitingRow->hide();
    connect(sendWaiting, &QPushButton::clicked, this, &GitPanel::openPendingPushesDialog);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_discard);
    buttons->addWidget(m_commit);
    buttons->addWidget(m_propose);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_waitingRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &GitPanel::requestDiff);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &GitPanel::updateDiscardButton);
    connect(m_model, &QAbstractItemModel::modelReset, this, &GitPanel::updateDiscardButton);
    connect(m_list, &QWidget::customContextMenuRequested, this, &GitPanel::onContextMenuRequested);
    connect(m_discard, &QPushButton::clicked, this, &GitPanel::discardSelected);
    connect(m_backups, &QPushButton::clicked, this, &GitPanel::openBackupsDialog);
    connect(m_list, &QListView::doubleClicked, this, &GitPanel::onActivated);
    connect(m_commit, &QPushButton::clicked, this, &GitPanel::openCommitDialog);
    connect(m_propose, &QPushButton::clicked, this, &GitPanel::openProposeDialog);
    connect(m_model, &ChangesModel::checkedPathsChanged, this, &GitPanel::updateSummary);
    return pane;
}

void GitPanel::setHandbook(const Handbook::Handbook &handbook)
{
    m_handbook = handbook;
    m_info = {};
    m_described = false;
    m_refreshQueued = false;
    ++m_titleSerial; // a title job still running is for the previous handbook
    m_diffQueued.reset();
    m_pendingCommit.reset();
    m_awaitedBranch.clear();
    m_commitInFlight = false;
    m_watcher->stop();
    m_watcher->setPolling(false);
    m_model->clear();
    m_diff->setTargetBranch({});
    m_diff->showMessage(tr("Select a file to see what changed."));
    m_banner->hide();
    m_lockBox->hide();
    onPendingPushesListed({});
    showState(tr("Reading the changes…"));
    if (m_changeCount != -1) {
        m_changeCount = -1;
        Q_EMIT changeCountChanged(m_changeCount);
    }
    call([service = m_service, root = handbook.rootPath()] { service->describeRepository(root); });
}

void GitPanel::setHeaderWidget(QWidget *widget)
{
    delete m_header;
    m_header = widget;
    if (widget)
        m_headerSlot->addWidget(widget);
}

QString GitPanel::stateText() const
{
    return m_stack->currentWidget() == m_state ? m_state->text() : QString();
}

void GitPanel::showState(const QString &text)
{
    m_state->setText(text);
    m_stack->setCurrentWidget(m_state);
    updateSummary();
}

void GitPanel::showError(const QString &text)
{
    m_banner->showMessage(Widgets::MessageBanner::Kind::Error, text);
}

void GitPanel::onRepositoryDescribed(const RepositoryInfo &info)
{
    if (info.handbookRoot != m_handbook.rootPath())
        return; // about a handbook opened before this one
    const bool first = !m_described;
    m_info = info;
    m_described = true;
    const DefaultBranch &target = info.defaultBranch;
    m_diff->setTargetBranch(!target.trackingRef.isEmpty() ? target.trackingRef
                            : target.existsLocally        ? target.name
                                                          : QString());
    if (m_commitDialog)
        m_commitDialog->setAuthor(info.identity);
    if (!first)
        return;
    if (!info.inRepository) {
        showState(tr("This handbook is not in a git repository, so there are no changes to "
                     "list."));
        return;
    }
    m_watcher->watch(info.gitDir, m_handbook.rootPath());
    m_watcher->setPolling(isVisible());
    refresh();
    requestPendingPushes();
}

void GitPanel::requestPendingPushes()
{
    if (m_described && m_info.inRepository)
        call([service = m_service] { service->listPendingPushes(); });
}

void GitPanel::onPendingPushesListed(const QList<Propose::PendingPush> &pushes)
{
    const int count = int(pushes.size());
    m_waitingText->setText(
        tr("%n proposal(s) did not reach GitLab yet. Their commits are safe on this computer.",
           nullptr, count));
    m_waitingRow->setVisible(count > 0);
    if (count != m_pendingPushCount) {
        m_pendingPushCount = count;
        Q_EMIT pendingPushCountChanged(count);
    }
}

void GitPanel::openPendingPushesDialog()
{
    if (m_pendingDialog) {
        m_pendingDialog->raise();
        m_pendingDialog->activateWindow();
        return;
    }
    auto *dialog = new PendingPushesDialog(m_service, m_settings, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PendingPushesDialog::sent, this, &GitPanel::refresh);
    m_pendingDialog = dialog;
    dialog->open();
}

void GitPanel::refresh()
{
    if (!m_described || !m_info.inRepository)
        return;
    if (m_refreshInFlight) {
        m_refreshQueued = true;
        return;
    }
    sendRefresh();
}

void GitPanel::sendRefresh()
{
    m_refreshInFlight = true;
    ChangeListOptions options;
    options.subfolder = m_info.subfolder;
    call([service = m_service, options] { service->refreshChanges(options); });
}

void GitPanel::finishRefreshAnswer()
{
    if (m_unrequestedRefreshes > 0)
        --m_unrequestedRefreshes;
    else
        m_refreshInFlight = false;
    if (!m_refreshInFlight && m_refreshQueued) {
        m_refreshQueued = false;
        refresh();
    }
}

void GitPanel::onChangesRefreshed(const ChangeList &list)
{
    finishRefreshAnswer();
    if (!m_described || !m_info.inRepository)
        return; // a list from the repository of the previous handbook
    // Page titles come from the files: read them off the UI thread, newest list wins.
    const int serial = ++m_titleSerial;
    m_titles.setFuture(QtConcurrent::run([list, workdir = m_info.workdir, serial] {
        return TitledChanges{list, readPageTitles(list.changes, workdir), serial};
    }));
}

void GitPanel::onChangesFailed(const Folio::Error &error)
{
    finishRefreshAnswer();
    if (!m_described || !m_info.inRepository)
        return;
    showError(tr("Could not read the changes: %1").arg(error.message));
}

void GitPanel::onTitlesRead()
{
    if (m_titles.future().resultCount() == 0)
        return;
    const TitledChanges result = m_titles.result();
    if (result.serial != m_titleSerial)
        return;
    const QString selected = selectedPath();
    m_model->setChanges(result.list, result.titles);
    const int count = m_model->rowCount();
    if (count == 0)
        showState(tr("No changes — edit a page and save it."));
    else
        m_stack->setCurrentWidget(m_splitter);
    // A diff rather than an empty pane: the first change is what there is to review.
    if (count > 0 && !m_list->currentIndex().isValid())
        m_list->setCurrentIndex(m_model->index(0));
    updateSummary();
    if (result.list.indexLocked || m_lockBox->isVisible())
        call([service = m_service] { service->readIndexLock(); });
    // The selected file may have changed again: show its diff as it is now.
    if (!selected.isEmpty() && selected == selectedPath())
        requestDiff();
    if (count != m_changeCount) {
        m_changeCount = count;
        Q_EMIT changeCountChanged(count);
    }
    Q_EMIT changesShown();
}

void GitPanel::updateSummary()
{
    const int count = m_model->rowCount();
    const QString branch = m_model->changeList().branch.name;
    if (branch.isEmpty())
        m_summary->setText(tr("%n change(s)", nullptr, count));
    else
        m_summary->setText(tr("%n change(s) on %1", nullptr, count).arg(branch));
    m_commit->setEnabled(m_info.inRepository && !m_commitInFlight &&
                         !m_model->checkedPaths().isEmpty());
    bool anyPage = false;
    for (int row = 0; row < count && !anyPage; ++row)
        anyPage = m_model->isPage(row);
    m_propose->setEnabled(m_info.inRepository && anyPage);
    updateDiscardButton();
}

QString GitPanel::selectedPath() const
{
    return m_list->currentIndex().data(ChangesModel::PathRole).toString();
}

QHash<QString, QString> GitPanel::changedPages() const
{
    QHash<QString, QString> pages;
    if (!m_described || !m_info.inRepository)
        return pages;
    for (const Change &change : m_model->changeList().changes) {
        const QString path = handbookRelative(change.path);
        if (path.isEmpty())
            continue;
        QString badge;
        switch (change.kind()) {
        case ChangeKind::Added:
        case ChangeKind::Untracked:
            badge = QStringLiteral("A");
            break;
        case ChangeKind::Deleted:
            badge = QStringLiteral("D");
            break;
        case ChangeKind::Renamed:
            badge = QStringLiteral("R");
            break;
        case ChangeKind::Conflicted:
            badge = QStringLiteral("U");
            break;
        case ChangeKind::Modified:
        case ChangeKind::TypeChanged:
        case ChangeKind::None:
            badge = QStringLiteral("M");
            break;
        }
        pages.insert(path, badge);
    }
    return pages;
}

QString GitPanel::handbookRelative(const QString &repositoryPath) const
{
    if (m_info.subfolder.isEmpty())
        return repositoryPath;
    const QString prefix = m_info.subfolder + u'/';
    return repositoryPath.startsWith(prefix) ? repositoryPath.mid(prefix.size()) : QString();
}

void GitPanel::requestDiff()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid()) {
        m_diffQueued.reset();
        m_diff->showMessage(tr("Select a file to see what changed."));
        return;
    }
    const FileDiffRequest request =
        m_diff->request(current.data(ChangesModel::PathRole).toString(),
                        current.data(ChangesModel::OldPathRole).toString());
    if (m_diffInFlight)
        m_diffQueued = request;
    else
        sendDiff(request);
}

void GitPanel::sendDiff(const FileDiffRequest &request)
{
    m_diffInFlight = true;
    call([service = m_service, request] { service->readFileDiff(request); });
}

void GitPanel::onFileDiffRead(const FileDiff &diff)
{
    m_diffInFlight = false;
    if (m_diffQueued) {
        // The user moved on meanwhile: this answer is already out of date.
        const FileDiffRequest next = *m_diffQueued;
        m_diffQueued.reset();
        sendDiff(next);
        return;
    }
    if (diff.path == selectedPath())
        m_diff->showDiff(diff);
}

void GitPanel::onFileDiffFailed(const QString &path, const Folio::Error &error)
{
    m_diffInFlight = false;
    if (m_diffQueued) {
        const FileDiffRequest next = *m_diffQueued;
        m_diffQueued.reset();
        sendDiff(next);
        return;
    }
    if (path == selectedPath())
        m_diff->showMessage(tr("Cannot show the changes of %1: %2").arg(path, error.message));
}

void GitPanel::onActivated(const QModelIndex &index)
{
    if (!index.data(ChangesModel::IsPageRole).toBool() ||
        ChangeKind(index.data(ChangesModel::KindRole).toInt()) == ChangeKind::Deleted)
        return;
    const QString page = handbookRelative(index.data(ChangesModel::PathRole).toString());
    if (!page.isEmpty())
        Q_EMIT pageOpenRequested(page);
}

void GitPanel::updateDiscardButton()
{
    m_discard->setEnabled(m_info.inRepository && m_list->currentIndex().isValid());
}

void GitPanel::onContextMenuRequested(const QPoint &position)
{
    const QModelIndex index = m_list->indexAt(position);
    if (index.isValid())
        m_list->setCurrentIndex(index);
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("changesContextMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const QModelIndex current = m_list->currentIndex();
    QAction *open =
        menu->addAction(tr("&Open Page"), this, [this] { onActivated(m_list->currentIndex()); });
    open->setObjectName(QStringLiteral("openPageAction"));
    open->setEnabled(current.data(ChangesModel::IsPageRole).toBool() &&
                     ChangeKind(current.data(ChangesModel::KindRole).toInt()) !=
                         ChangeKind::Deleted);
    QAction *discard = menu->addAction(tr("&Discard Changes…"), this, &GitPanel::discardSelected);
    discard->setObjectName(QStringLiteral("discardAction"));
    discard->setEnabled(current.isValid());
    menu->addSeparator();
    QAction *backups = menu->addAction(tr("&Backups…"), this, &GitPanel::openBackupsDialog);
    backups->setObjectName(QStringLiteral("backupsAction"));
    // popup(), not exec(): no nested event loop under the panel.
    menu->popup(m_list->viewport()->mapToGlobal(position));
}

bool GitPanel::discardSelected()
{
    const QModelIndex current = m_list->currentIndex();
    if (!m_info.inRepository || !current.isValid())
        return false;
    // Unsaved edits of this file would be lost with no backup: settle them first.
    if (m_guard && !m_guard())
        return true;
    FileStatus status = FileStatus::Modified;
    switch (ChangeKind(current.data(ChangesModel::KindRole).toInt())) {
    case ChangeKind::Untracked:
        status = FileStatus::Untracked;
        break;
    case ChangeKind::Added:
        status = FileStatus::Added;
        break;
    default:
        break;
    }
    const QString path = m_info.workdir + current.data(ChangesModel::PathRole).toString();
    auto *dialog = Folio::GitPanel::DiscardConfirmation::ask(m_service, path, status, window());
    dialog->setObjectName(QStringLiteral("discardConfirmation"));
    return true;
}

bool GitPanel::selectPage(const QString &relativePath)
{
    const QString path =
        m_info.subfolder.isEmpty() ? relativePath : m_info.subfolder + u'/' + relativePath;
    const int row = m_model->rowForPath(path);
    if (row < 0)
        return false;
    m_list->setCurrentIndex(m_model->index(row));
    return true;
}

void GitPanel::openBackupsDialog()
{
    if (m_backupsDialog) {
        m_backupsDialog->raise();
        m_backupsDialog->activateWindow();
        return;
    }
    auto *dialog = new Folio::GitPanel::BackupsDialog(m_service, window());
    dialog->setObjectName(QStringLiteral("backupsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWorkTreeGuard(m_guard);
    m_backupsDialog = dialog;
    dialog->open();
}

bool GitPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (key->modifiers() & Qt::ControlModifier)
                onActivated(m_list->currentIndex());
            else if (m_list->currentIndex().isValid())
                m_diff->setFocus(Qt::ShortcutFocusReason);
            return true;
        }
    }
    return QDockWidget::eventFilter(watched, event);
}

// ---- Committing ---------------------------------------------------------------------------

bool GitPanel::onDefaultBranch() const
{
    const BranchState &branch = m_model->changeList().branch;
    // On an unborn branch a new branch would leave the default one without any commit.
    return !branch.detached && !branch.unborn && !m_info.defaultBranch.name.isEmpty() &&
           branch.name == m_info.defaultBranch.name;
}

void GitPanel::openCommitDialog()
{
    if (!m_info.inRepository || m_commitInFlight || m_model->checkedPaths().isEmpty())
        return;
    if (m_commitDialog) {
        m_commitDialog->raise();
        m_commitDialog->activateWindow();
        return;
    }
    auto *dialog = new CommitDialog(m_model, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setBranch(m_model->changeList().branch.name);
    dialog->setAuthor(m_info.identity);
    connect(dialog, &CommitDialog::commitRequested, this,
            [this](const QStringList &paths, const QString &message) {
                startCommit(CommitRequest{paths, message, std::nullopt});
            });
    m_commitDialog = dialog;
    dialog->open();
    // The author may have been set in a terminal meanwhile.
    call(
        [service = m_service, root = m_handbook.rootPath()] { service->describeRepository(root); });
}

void GitPanel::setHandbookSettings(const Propose::HandbookSettings &settings)
{
    m_settings = settings;
    m_offerBranch = settings.offerBranchOnDefault();
}

void GitPanel::setProposalPreferences(const QStringList &labels, const QString &targetBranch)
{
    m_preferredLabels = labels;
    m_preferredTargetBranch = targetBranch;
}

bool GitPanel::openProposeDialog()
{
    if (m_proposeDialog) {
        m_proposeDialog->raise();
        m_proposeDialog->activateWindow();
        return true;
    }
    ProposeDialog::Input input;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString page = handbookRelative(m_model->change(row).path);
        if (m_model->isPage(row) && !page.isEmpty())
            input.pages.append({page, m_model->title(row)});
    }
    if (!m_info.inRepository || input.pages.isEmpty())
        return false;
    input.handbookRoot = m_handbook.rootPath();
    input.settings = m_settings;
    input.author = m_info.identity ? m_info.identity->name : QString();
    input.defaultBranch = m_info.defaultBranch.name;
    input.preferredLabels = m_preferredLabels;
    input.preferredTargetBranch = m_preferredTargetBranch;
    auto *dialog = new ProposeDialog(m_service, input, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProposeDialog::proposed, this, &GitPanel::refresh);
    m_proposeDialog = dialog;
    dialog->open();
    return true;
}

void GitPanel::startCommit(const CommitRequest &request)
{
    if (m_commitInFlight)
        return;
    m_identityAsked = false;
    m_commitInFlight = true;
    updateSummary();
    if (!m_offerBranch || !onDefaultBranch()) {
        sendCommit(request);
        return;
    }
    QString subject = request.paths.value(0);
    const QHash<QString, QString> titles = m_model->checkedTitles();
    for (const QString &path : request.paths) {
        if (!titles.value(path).isEmpty()) {
            subject = titles.value(path);
            break;
        }
    }
    const QString user = m_info.identity ? m_info.identity->email : qEnvironmentVariable("USER");
    auto *offer = new BranchOfferDialog(m_info.defaultBranch.name,
                                        suggestedBranchName(user, subject), window());
    offer->setAttribute(Qt::WA_DeleteOnClose);
    connect(offer, &BranchOfferDialog::branchChosen, this, [this, request](const QString &name) {
        m_pendingCommit = request;
        m_awaitedBranch = name;
        call([service = m_service, name] { service->createBranch(name); });
    });
    connect(offer, &BranchOfferDialog::defaultBranchChosen, this,
            [this, request] { sendCommit(request); });
    connect(offer, &QDialog::rejected, this, [this] {
        m_commitInFlight = false;
        updateSummary();
    });
    offer->open();
}

void GitPanel::sendCommit(const CommitRequest &request)
{
    m_commitInFlight = true;
    m_pendingCommit = request;
    updateSummary();
    call([service = m_service, request] { service->commitFiles(request); });
}

void GitPanel::onBranchSwitched(const BranchState &branch)
{
    if (m_awaitedBranch.isEmpty() || branch.name != m_awaitedBranch) {
        refresh(); // switched by someone else: another branch, other changes
        return;
    }
    m_awaitedBranch.clear();
    if (m_pendingCommit)
        sendCommit(*m_pendingCommit);
}

void GitPanel::onBranchFailed(const QString &message)
{
    if (m_awaitedBranch.isEmpty())
        return;
    const QString branch = m_awaitedBranch;
    m_awaitedBranch.clear();
    m_pendingCommit.reset();
    m_commitInFlight = false;
    updateSummary();
    showError(
        tr("Could not create the branch %1, so nothing was committed: %2").arg(branch, message));
}

void GitPanel::onIdentityMissing(const CommitRequest &request)
{
    if (!m_commitInFlight)
        return;
    if (m_identityAsked) {
        // Stored, yet still missing: asking again would loop.
        m_commitInFlight = false;
        updateSummary();
        showError(tr("Nothing was committed: git still finds no name and email to record."));
        return;
    }
    m_identityAsked = true;
    m_pendingCommit = request;
    auto *dialog = new IdentityDialog(window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        call([service = m_service, identity = dialog->identity()] {
            service->storeIdentity(identity);
        });
    });
    connect(dialog, &QDialog::rejected, this, [this] {
        m_commitInFlight = false;
        m_pendingCommit.reset();
        updateSummary();
        showError(tr("Nothing was committed: git needs your name and email to record who made "
                     "the change."));
    });
    dialog->open();
}

void GitPanel::onIdentityStored(const Signature &identity)
{
    m_info.identity = identity;
    if (m_commitInFlight && m_identityAsked && m_pendingCommit)
        sendCommit(*m_pendingCommit); // the retry the user expects: no second click
}

void GitPanel::onIdentityStoreFailed(const Folio::Error &error)
{
    if (!m_commitInFlight)
        return;
    m_commitInFlight = false;
    m_pendingCommit.reset();
    updateSummary();
    showError(
        tr("Could not save your name and email, so nothing was committed: %1").arg(error.message));
}

void GitPanel::onCommitted(const CommitResult &result)
{
    // The service follows every commit with a refresh of its own.
    ++m_unrequestedRefreshes;
    if (!m_commitInFlight)
        return;
    m_commitInFlight = false;
    m_pendingCommit.reset();
    m_identityAsked = false;
    updateSummary();
    const QString branch = result.branch.isEmpty() ? tr("a detached HEAD") : result.branch;
    const int files = int(result.paths.size());
    m_banner->showMessage(
        Widgets::MessageBanner::Kind::Information,
        tr("Committed %n file(s) to %1 (%2)", nullptr, files).arg(branch, result.id.left(7)));
}

void GitPanel::onCommitFailed(const Folio::Error &error)
{
    if (!m_commitInFlight)
        return;
    m_commitInFlight = false;
    m_pendingCommit.reset();
    updateSummary();
    if (isIndexLocked(error)) {
        call([service = m_service] { service->readIndexLock(); });
        showError(tr("Nothing was committed: git's index is locked (see the explanation above)."));
    } else if (hasCode(error, GitErrorCode::NothingToCommit)) {
        m_banner->showMessage(Widgets::MessageBanner::Kind::Information,
                              tr("Nothing to commit: the chosen files have no changes."));
    } else if (hasCode(error, GitErrorCode::OperationInProgress)) {
        showError(tr("Nothing was committed: a merge is under way. Finish or abort it first."));
    } else {
        showError(tr("Commit failed: %1").arg(error.message));
    }
    refresh();
}

// ---- index.lock ---------------------------------------------------------------------------

void GitPanel::onIndexLockRead(const IndexLockState &state)
{
    if (!state.exists) {
        m_lockBox->hide();
        return;
    }
    const bool stale = !state.inUse && state.ageSeconds >= staleIndexLockAge.count();
    QString text = tr("Git's index is locked (%1). Another git program may be running, or one "
                      "crashed and left the lock behind. Until the lock is gone, nothing can be "
                      "committed.")
                       .arg(state.path);
    if (stale)
        text += u' ' + tr("The lock has not changed for %1 and no program has it open, so it "
                          "is safe to remove.")
                           .arg(ageText(state.ageSeconds));
    else if (state.inUse)
        text += u' ' + tr("A program still has it open: wait until it has finished.");
    else
        text += u' ' + tr("It changed %1 ago: wait a minute in case a git program is still "
                          "working.")
                           .arg(ageText(state.ageSeconds));
    m_lockText->setText(text);
    m_removeLock->setEnabled(stale);
    m_lockBox->show();
}

void GitPanel::onIndexLockRemoved(bool removed)
{
    m_lockBox->hide();
    if (removed)
        m_banner->showMessage(Widgets::MessageBanner::Kind::Information,
                              tr("Removed the stale lock. You can commit again."));
    refresh();
}

void GitPanel::onIndexLockRemovalFailed(const Folio::Error &error)
{
    showError(tr("The lock was not removed: %1").arg(error.message));
    call([service = m_service] { service->readIndexLock(); });
}

} // namespace Folio::Git
