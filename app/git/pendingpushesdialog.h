#pragma once

#include "git/gitservice.h"
#include "propose/handbooksettings.h"
#include "propose/pendingpushes.h"

#include <QDialog>
#include <QList>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace Folio::Git {

class ProposalResultView;

// "Waiting Proposals": the proposals whose commit is safe on a local branch but did not reach
// GitLab (offline, server down, token refused). Send one now, and see its merge request and
// announcement as if it had just been proposed; or forget it (the branch stays).
class PendingPushesDialog : public QDialog
{
    Q_OBJECT

public:
    PendingPushesDialog(GitService *service, const Propose::HandbookSettings &settings,
                        QWidget *parent = nullptr);

    [[nodiscard]] QList<Propose::PendingPush> pushes() const { return m_pushes; }
    [[nodiscard]] bool isSending() const { return !m_sending.isEmpty(); }

public Q_SLOTS:
    // Sends the selected proposal.
    void sendSelected();
    // Asks, then forgets the selected proposal.
    void forgetSelected();
    // While sending: cancels instead of closing, so the answer still has somewhere to go.
    void reject() override;

Q_SIGNALS:
    // A waiting proposal reached the server.
    void sent(const Folio::Propose::ProposeResult &result);

private:
    void onListed(const QList<Propose::PendingPush> &pushes);
    void onListFailed(const Folio::Error &error);
    void onSent(const Propose::ProposeResult &result);
    void onSendFailed(const QString &branch, const Folio::Error &error);
    void updateButtons();
    [[nodiscard]] QString selectedBranch() const;

    GitService *m_service = nullptr; // lives on the git thread
    Propose::HandbookSettings m_settings;
    QList<Propose::PendingPush> m_pushes;
    QString m_sending; // the branch being sent

    QStackedWidget *m_stack = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_forget = nullptr;
    QPushButton *m_cancel = nullptr;
    ProposalResultView *m_result = nullptr;
};

} // namespace Folio::Git
