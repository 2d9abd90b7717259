#include "git/backupsdialog.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace Folio::GitPanel {

namespace {

// The library's reason keys, in the words of the action the user took.
QString reasonText(const QString &reason)
{
    if (reason == QLatin1String("discard"))
        return BackupsDialog::tr("Changes discarded");
    if (reason == QLatin1String("discard-staged"))
        return BackupsDialog::tr("Changes discarded (staged version)");
    if (reason == QLatin1String("merge-resolve"))
        return BackupsDialog::tr("Conflict resolved");
    if (reason == QLatin1String("merge-abort"))
        return BackupsDialog::tr("Merge aborted");
    if (reason == QLatin1String("replaced-by-restore"))
        return BackupsDialog::tr("Replaced by a restored backup");
    return reason;
}

} // namespace

BackupsDialog::BackupsDialog(Git::GitService *service, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
{
    setWindowTitle(tr("Backups"));

    auto *intro = new QLabel(tr("Folio keeps a copy of a file before it replaces or removes it "
                                "(when you discard changes, resolve a conflict or abort a "
                                "merge). Newest first."),
                             this);
    intro->setWordWrap(true);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setAccessibleName(tr("Backups"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setHeaderLabels({tr("Time"), tr("File"), tr("Original location"), tr("Why")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusText"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    m_progress->setAccessibleName(tr("Working"));
    m_progress->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::ActionRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setAccessibleName(tr("Restore the selected backup"));
    m_openFolder = buttons->addButton(tr("&Open Backups Folder"), QDialogButtonBox::ActionRole);
    m_openFolder->setObjectName(QStringLiteral("openFolderButton"));
    m_openFolder->setAccessibleName(tr("Open the backups folder"));
    m_openFolder->setEnabled(false); // until the service says where it is
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
    resize(720, 420);

    connect(m_restore, &QPushButton::clicked, this, &BackupsDialog::restoreSelected);
    connect(m_openFolder, &QPushButton::clicked, this, &BackupsDialog::openBackupsFolder);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] { updateButtons(); });
    connect(m_list, &QTreeWidget::itemActivated, this, &BackupsDialog::restoreSelected);

    using Git::GitService;
    connect(m_service, &GitService::workTreeDescribed, this,
            [this](const QString &, const QString &backupRoot) {
                m_folder = backupRoot;
                updateButtons();
            });
    connect(m_service, &GitService::backupsListed, this, &BackupsDialog::onBackupsListed);
    connect(m_service, &GitService::backupRestored, this, &BackupsDialog::onBackupRestored);
    connect(m_service, &GitService::backupRestoreRefused, this,
            &BackupsDialog::onBackupRestoreRefused);
    connect(m_service, &GitService::backupRestoreFailed, this,
            &BackupsDialog::onBackupRestoreFailed);
    callService(m_service, [](GitService *git) { git->describeWorkTree(); });
    refresh();
}

QString BackupsDialog::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

void BackupsDialog::refresh()
{
    if (m_pending != Pending::None)
        return;
    setPending(Pending::List);
    callService(m_service, [](Git::GitService *git) { git->listBackups(); });
}

void BackupsDialog::restoreSelected()
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (row >= 0 && row < m_backups.size())
        restore(m_backups.at(row), Git::BackupStore::RestoreMode::IfUnchanged);
}

void BackupsDialog::restore(const Git::BackupEntry &entry, Git::BackupStore::RestoreMode mode)
{
    if (m_pending != Pending::None || (m_guard && !m_guard()))
        return;
    showStatus({});
    setPending(Pending::Restore);
    callService(m_service,
                [entry, mode](Git::GitService *git) { git->restoreBackup(entry, mode); });
}

void BackupsDialog::openBackupsFolder()
{
    if (m_folder.isEmpty())
        return;
    QDir().mkpath(m_folder); // before the first backup the folder does not exist yet
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(m_folder)))
        showStatus(tr("The backups folder could not be opened. It is %1").arg(m_folder));
}

void BackupsDialog::setPending(Pending pending)
{
    m_pending = pending;
    m_progress->setVisible(pending != Pending::None);
    updateButtons();
}

void BackupsDialog::showStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void BackupsDialog::updateButtons()
{
    m_restore->setEnabled(m_pending == Pending::None && m_list->currentItem() != nullptr);
    m_openFolder->setEnabled(!m_folder.isEmpty());
    m_openFolder->setToolTip(m_folder);
}

void BackupsDialog::onBackupsListed(const QList<Git::BackupEntry> &backups)
{
    if (m_pending == Pending::List)
        setPending(Pending::None);
    const QString selectedId =
        m_list->currentItem() ? m_list->currentItem()->data(0, Qt::UserRole).toString() : QString();
    m_backups = backups; // the store lists newest first
    m_list->clear();
    const QLocale locale;
    for (const Git::BackupEntry &entry : backups) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, locale.toString(entry.time.toLocalTime(), QLocale::ShortFormat));
        item->setText(1, entry.relativePath);
        item->setText(2, QDir::toNativeSeparators(QFileInfo(entry.originalPath).path()));
        item->setText(3, reasonText(entry.reason));
        item->setToolTip(2, QDir::toNativeSeparators(entry.originalPath));
        item->setData(0, Qt::UserRole, entry.id);
        if (entry.id == selectedId)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    const QString none = tr("No backups yet.");
    if (backups.isEmpty())
        showStatus(none);
    else if (statusText() == none)
        showStatus({});
    updateButtons();
}

void BackupsDialog::onBackupRestored(const Git::BackupEntry &entry, const QString &writtenPath)
{
    if (m_pending != Pending::Restore)
        return;
    setPending(Pending::None);
    showStatus(writtenPath == entry.originalPath
                   ? tr("Restored %1.").arg(QDir::toNativeSeparators(writtenPath))
                   : tr("Restored next to the current file, as %1.")
                         .arg(QDir::toNativeSeparators(writtenPath)));
    Q_EMIT restored(entry, writtenPath);
    refresh(); // replacing made a new backup of what was replaced
}

void BackupsDialog::onBackupRestoreRefused(const Git::BackupEntry &entry, const QString &)
{
    if (m_pending != Pending::Restore)
        return;
    setPending(Pending::None);
    auto *box =
        new QMessageBox(QMessageBox::Question, tr("Restore Backup"),
                        tr("“%1” has changed since this backup was taken.").arg(entry.relativePath),
                        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("restoreChoice"));
    box->setInformativeText(tr("Keep both: the backup is restored next to the file, under a new "
                               "name.\nReplace: the backup replaces the file; its current "
                               "version is saved to backups first."));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *both = box->addButton(tr("&Keep Both"), QMessageBox::AcceptRole);
    both->setObjectName(QStringLiteral("keepBothButton"));
    both->setAccessibleName(tr("Keep both versions"));
    QPushButton *replace =
        box->addButton(tr("&Replace (Current Version Is Backed Up)"), QMessageBox::DestructiveRole);
    replace->setObjectName(QStringLiteral("replaceButton"));
    replace->setAccessibleName(tr("Replace the file; its current version is backed up"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    box->setDefaultButton(both);
    connect(both, &QPushButton::clicked, this,
            [this, entry] { restore(entry, Git::BackupStore::RestoreMode::KeepBoth); });
    connect(replace, &QPushButton::clicked, this,
            [this, entry] { restore(entry, Git::BackupStore::RestoreMode::Replace); });
    box->open();
}

void BackupsDialog::onBackupRestoreFailed(const QString &message)
{
    if (m_pending == Pending::None)
        return;
    const bool listing = m_pending == Pending::List;
    setPending(Pending::None);
    showStatus(listing ? tr("The backups could not be listed: %1").arg(message)
                       : tr("The backup was not restored: %1").arg(message));
}

} // namespace Folio::GitPanel
