#include "git/conflictresolverwidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Folio::GitPanel {

namespace {

QPushButton *makeButton(const QString &text, const QString &objectName,
                        const QString &accessibleName, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAccessibleName(accessibleName);
    button->setAutoDefault(false);
    return button;
}

} // namespace

ConflictResolverWidget::ConflictResolverWidget(Git::GitService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
{
    auto *intro = new QLabel(tr("Both branches changed these files in different ways. For each "
                                "file, keep your version, take theirs, or edit the file to "
                                "combine them and then mark it resolved."),
                             this);
    intro->setWordWrap(true);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("conflictList"));
    m_list->setAccessibleName(tr("Files with conflicts"));

    m_sides = new QLabel(this);
    m_sides->setObjectName(QStringLiteral("sidesText"));
    m_sides->setWordWrap(true);
    m_sides->setTextFormat(Qt::PlainText);

    m_keepMine = makeButton(tr("&Keep Mine"), QStringLiteral("keepMineButton"),
                            tr("Keep my version of the selected file"), this);
    m_takeTheirs = makeButton(tr("&Take Theirs"), QStringLiteral("takeTheirsButton"),
                              tr("Take their version of the selected file"), this);
    m_markResolved =
        makeButton(tr("I Edited It — &Mark Resolved"), QStringLiteral("markResolvedButton"),
                   tr("Mark the selected file resolved as I edited it"), this);
    m_openFile = makeButton(tr("&Open File"), QStringLiteral("openFileButton"),
                            tr("Open the selected file to edit it"), this);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("resolverMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0); // busy, no known end
    m_progress->setMaximumHeight(8);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Working"));
    m_progress->hide();

    m_complete = makeButton(tr("&Complete Merge"), QStringLiteral("completeButton"),
                            tr("Complete the merge"), this);
    m_abort = makeButton(tr("&Abort Merge…"), QStringLiteral("abortButton"),
                         tr("Abort the merge and go back to before it"), this);

    auto *fileButtons = new QHBoxLayout;
    fileButtons->addWidget(m_keepMine);
    fileButtons->addWidget(m_takeTheirs);
    fileButtons->addWidget(m_markResolved);
    fileButtons->addStretch(1);
    fileButtons->addWidget(m_openFile);

    auto *mergeButtons = new QHBoxLayout;
    mergeButtons->addWidget(m_abort);
    mergeButtons->addStretch(1);
    mergeButtons->addWidget(m_complete);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_sides);
    layout->addLayout(fileButtons);
    layout->addWidget(m_message);
    layout->addWidget(m_progress);
    layout->addLayout(mergeButtons);

    connect(m_keepMine, &QPushButton::clicked, this, &ConflictResolverWidget::keepMine);
    connect(m_takeTheirs, &QPushButton::clicked, this, &ConflictResolverWidget::takeTheirs);
    connect(m_markResolved, &QPushButton::clicked, this, &ConflictResolverWidget::markResolved);
    connect(m_openFile, &QPushButton::clicked, this, &ConflictResolverWidget::openSelectedFile);
    connect(m_complete, &QPushButton::clicked, this, &ConflictResolverWidget::completeMerge);
    connect(m_abort, &QPushButton::clicked, this, &ConflictResolverWidget::abortMerge);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] { updateButtons(); });
    connect(m_list, &QListWidget::itemActivated, this, &ConflictResolverWidget::openSelectedFile);

    using Git::GitService;
    connect(m_service, &GitService::workTreeDescribed, this,
            [this](const QString &workTree, const QString &) { m_workTree = workTree; });
    connect(m_service, &GitService::conflictResolved, this,
            &ConflictResolverWidget::onConflictResolved);
    connect(m_service, &GitService::conflictResolveFailed, this,
            &ConflictResolverWidget::onConflictResolveFailed);
    connect(m_service, &GitService::mergeCompleted, this,
            &ConflictResolverWidget::onMergeCompleted);
    connect(m_service, &GitService::mergeFailed, this, &ConflictResolverWidget::onMergeFailed);
    connect(m_service, &GitService::mergeAborted, this, &ConflictResolverWidget::onMergeAborted);
    callService(m_service, [](GitService *git) { git->describeWorkTree(); });
    updateButtons();
}

void ConflictResolverWidget::setConflicts(const QList<Git::ConflictEntry> &conflicts)
{
    const QString selected = selectedPath();
    m_conflicts = conflicts;
    m_finished = false;
    m_list->clear();
    for (const Git::ConflictEntry &entry : conflicts)
        m_list->addItem(entry.path);
    const QList<QListWidgetItem *> same = m_list->findItems(selected, Qt::MatchExactly);
    m_list->setCurrentRow(same.isEmpty() ? 0 : m_list->row(same.first()));
    updateButtons();
}

QStringList ConflictResolverWidget::conflictedFiles() const
{
    QStringList files;
    for (const Git::ConflictEntry &entry : m_conflicts)
        files.append(entry.path);
    return files;
}

QString ConflictResolverWidget::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QString ConflictResolverWidget::selectedPath() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_conflicts.size() ? m_conflicts.at(row).path : QString();
}

void ConflictResolverWidget::keepMine()
{
    resolve(Git::ConflictResolution::KeepMine);
}

void ConflictResolverWidget::takeTheirs()
{
    resolve(Git::ConflictResolution::TakeTheirs);
}

void ConflictResolverWidget::markResolved()
{
    resolve(Git::ConflictResolution::UseEdited);
}

void ConflictResolverWidget::resolve(Git::ConflictResolution resolution)
{
    const QString path = selectedPath();
    if (path.isEmpty() || isBusy() || (m_guard && !m_guard()))
        return;
    showMessage({});
    m_resolution = resolution;
    setPending(Pending::Resolve);
    callService(m_service, [path, resolution](Git::GitService *git) {
        git->resolveConflict(path, resolution);
    });
}

void ConflictResolverWidget::openSelectedFile()
{
    const QString path = selectedPath();
    if (!path.isEmpty())
        Q_EMIT openFileRequested(m_workTree.isEmpty() ? path : m_workTree + path);
}

void ConflictResolverWidget::completeMerge()
{
    if (!m_conflicts.isEmpty() || isBusy())
        return;
    showMessage({});
    setPending(Pending::Complete);
    callService(m_service,
                [committer = m_committer](Git::GitService *git) { git->completeMerge(committer); });
}

void ConflictResolverWidget::abortMerge()
{
    if (isBusy())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Abort Merge"),
                                tr("Abort the merge and put every file back as it was before?"),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("abortConfirmation"));
    box->setInformativeText(tr("Changes you made to conflicted files during the merge are saved "
                               "to backups first."));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *confirm = box->addButton(tr("Abort Merge"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmAbortButton"));
    confirm->setAccessibleName(tr("Abort the merge"));
    QPushButton *keep = box->addButton(tr("Keep Merging"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepMergingButton"));
    keep->setAccessibleName(tr("Keep merging"));
    box->setDefaultButton(keep); // the safe choice for a reflexive Enter
    connect(confirm, &QPushButton::clicked, this, [this] {
        if (isBusy() || (m_guard && !m_guard()))
            return;
        showMessage({});
        setPending(Pending::Abort);
        callService(m_service, [](Git::GitService *git) { git->abortMerge(); });
    });
    box->open();
}

void ConflictResolverWidget::setPending(Pending pending)
{
    const bool wasBusy = isBusy();
    m_pending = pending;
    m_progress->setVisible(isBusy());
    updateButtons();
    if (wasBusy != isBusy())
        Q_EMIT busyChanged(isBusy());
}

void ConflictResolverWidget::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void ConflictResolverWidget::updateButtons()
{
    const bool idle = !isBusy() && !m_finished;
    const int row = m_list->currentRow();
    const bool selected = row >= 0 && row < m_conflicts.size();
    m_keepMine->setEnabled(idle && selected);
    m_takeTheirs->setEnabled(idle && selected);
    m_markResolved->setEnabled(idle && selected);
    m_openFile->setEnabled(selected);
    m_complete->setEnabled(idle && m_conflicts.isEmpty());
    m_abort->setEnabled(idle);
    m_list->setEnabled(idle);

    if (m_finished) {
        m_sides->clear();
        return;
    }
    if (m_conflicts.isEmpty()) {
        m_sides->setText(tr("No conflicts left: complete the merge to record it."));
        return;
    }
    if (!selected) {
        m_sides->clear();
        return;
    }
    const Git::ConflictEntry &entry = m_conflicts.at(row);
    if (!entry.hasOurs)
        m_sides->setText(tr("You deleted this file and they changed it. “Keep Mine” deletes it."));
    else if (!entry.hasTheirs)
        m_sides->setText(
            tr("They deleted this file and you changed it. “Take Theirs” deletes it."));
    else
        m_sides->setText(tr("Both branches changed this file."));
}

void ConflictResolverWidget::onConflictResolved(const QString &,
                                                const QList<Git::ConflictEntry> &remaining)
{
    if (m_pending != Pending::Resolve)
        return; // another view's request; its answer is still the repository's truth
    setPending(Pending::None);
    setConflicts(remaining);
    Q_EMIT workTreeChanged();
    if (remaining.isEmpty())
        m_complete->setFocus();
}

void ConflictResolverWidget::onConflictResolveFailed(const QString &path, const QString &message)
{
    if (m_pending != Pending::Resolve)
        return;
    setPending(Pending::None);
    if (m_resolution == Git::ConflictResolution::UseEdited) {
        showMessage(tr("“%1” was not marked resolved: %2.\nOpen the file, keep the text you "
                       "want between the <<<<<<<, ======= and >>>>>>> lines, delete those lines, "
                       "save, then mark it resolved again.")
                        .arg(path, message));
        m_openFile->setFocus();
    } else {
        showMessage(tr("“%1” could not be resolved: %2").arg(path, message));
    }
}

void ConflictResolverWidget::onMergeCompleted(const Git::MergeOutcome &outcome)
{
    if (m_pending != Pending::Complete)
        return;
    m_finished = true;
    setPending(Pending::None);
    Q_EMIT workTreeChanged();
    Q_EMIT mergeCompleted(outcome);
}

void ConflictResolverWidget::onMergeFailed(const QString &message)
{
    if (m_pending != Pending::Complete && m_pending != Pending::Abort)
        return;
    const bool completing = m_pending == Pending::Complete;
    setPending(Pending::None);
    showMessage(completing ? tr("The merge could not be completed: %1").arg(message)
                           : tr("The merge could not be aborted: %1").arg(message));
}

void ConflictResolverWidget::onMergeAborted()
{
    if (m_pending != Pending::Abort)
        return;
    m_finished = true;
    m_conflicts.clear();
    m_list->clear();
    setPending(Pending::None);
    Q_EMIT workTreeChanged();
    Q_EMIT mergeAborted();
}

} // namespace Folio::GitPanel
