#pragma once

#include "git/servicecall.h"

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;

namespace Folio::GitPanel {

// "Discard my changes to this file?", saying plainly that the current version is saved to
// backups first; on confirmation asks the GitService to discard and reports the answer.
// ask() is the one-line use: it opens the dialog (window-modal, without blocking) and returns.
class DiscardConfirmation : public QDialog
{
    Q_OBJECT

public:
    // absolutePath: the file to discard; status picks the wording (a new file is removed).
    DiscardConfirmation(Git::GitService *service, const QString &absolutePath,
                        Git::FileStatus status = Git::FileStatus::Modified,
                        QWidget *parent = nullptr);

    static DiscardConfirmation *ask(Git::GitService *service, const QString &absolutePath,
                                    Git::FileStatus status, QWidget *parent);

    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] QString errorText() const;

public Q_SLOTS:
    // What the Discard button does.
    void discard();
    void reject() override; // ignored while the worker is discarding

Q_SIGNALS:
    // The file was restored (or removed, when it was new); outcome.backups lists what was kept.
    void discarded(const Folio::Git::DiscardOutcome &outcome);
    void discardFailed(const QString &message);

private:
    void onFileDiscarded(const Git::DiscardOutcome &outcome);
    void onDiscardFailed(const QString &path, const QString &message);
    void setBusy(bool busy);

    Git::GitService *m_service;
    QString m_path;
    bool m_pending = false;
    QLabel *m_error = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_discard = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace Folio::GitPanel
