#pragma once

#include "git/servicecall.h"

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace Folio::GitPanel {

// The copies Folio kept before it replaced or removed a file, newest first, with Restore and
// "Open Backups Folder". When the file changed since the backup, restoring asks whether to keep
// both or to replace the file (whose current version is then backed up too).
class BackupsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BackupsDialog(Git::GitService *service, QWidget *parent = nullptr);

    // Asked before a restore rewrites a file; false cancels it (unsaved edits in an editor).
    void setWorkTreeGuard(WorkTreeGuard guard) { m_guard = std::move(guard); }

    [[nodiscard]] QList<Git::BackupEntry> backups() const { return m_backups; }
    [[nodiscard]] QTreeWidget *list() const { return m_list; }
    [[nodiscard]] QString backupsFolder() const { return m_folder; }
    [[nodiscard]] QString statusText() const;

public Q_SLOTS:
    void refresh();
    // Restores the selected backup.
    void restoreSelected();
    void openBackupsFolder();

Q_SIGNALS:
    // writtenPath is the original file, or the copy next to it when both were kept.
    void restored(const Folio::Git::BackupEntry &entry, const QString &writtenPath);

private:
    enum class Pending
    {
        None,
        List,
        Restore,
    };

    void restore(const Git::BackupEntry &entry, Git::BackupStore::RestoreMode mode);
    void setPending(Pending pending);
    void showStatus(const QString &text);
    void updateButtons();

    void onBackupsListed(const QList<Git::BackupEntry> &backups);
    void onBackupRestored(const Git::BackupEntry &entry, const QString &writtenPath);
    void onBackupRestoreRefused(const Git::BackupEntry &entry, const QString &message);
    void onBackupRestoreFailed(const QString &message);

    Git::GitService *m_service;
    WorkTreeGuard m_guard;
    QList<Git::BackupEntry> m_backups;
    QString m_folder;
    Pending m_pending = Pending::None;

    QTreeWidget *m_list = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_restore = nullptr;
    QPushButton *m_openFolder = nullptr;
};

} // namespace Folio::GitPanel
