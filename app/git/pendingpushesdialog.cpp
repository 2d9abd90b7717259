#include "git/pendingpushesdialog.h"

#include "git/giterrors.h"
#include "git/proposalresultview.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Folio::Git {

namespace {

enum Page
{
    ListPage,
    ResultPage,
};

template<typename F> void call(GitService *service, F &&slot)
{
    QMetaObject::invokeMethod(service, std::forward<F>(slot), Qt::QueuedConnection);
}

} // namespace

PendingPushesDialog::PendingPushesDialog(GitService *service,
                                         const Propose::HandbookSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("pendingPushesDialog"));
    setWindowTitle(tr("Waiting Proposals"));

    auto *listPage = new QWidget(this);
    auto *intro = new QLabel(tr("These proposals are saved as commits on this computer but have "
                                "not reached GitLab yet. Send them when you are online."),
                             listPage);
    intro->setWordWrap(true);
    m_list = new QListWidget(listPage);
    m_list->setObjectName(QStringLiteral("pendingPushesList"));
    m_list->setAccessibleName(tr("Proposals waiting to be sent"));
    m_status = new QLabel(listPage);
    m_status->setObjectName(QStringLiteral("pendingPushesStatus"));
    m_status->setAccessibleName(tr("What happened to the last proposal sent"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, listPage);
    m_send = buttons->addButton(tr("&Send Now"), QDialogButtonBox::ActionRole);
    m_send->setObjectName(QStringLiteral("sendPendingButton"));
    m_send->setAccessibleName(tr("Send the selected proposal now"));
    m_forget = buttons->addButton(tr("&Forget…"), QDialogButtonBox::ActionRole);
    m_forget->setObjectName(QStringLiteral("forgetPendingButton"));
    m_forget->setAccessibleName(tr("Forget the selected proposal"));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelPendingButton"));
    m_cancel->setAccessibleName(tr("Cancel sending"));
    auto *listLayout = new QVBoxLayout(listPage);
    listLayout->addWidget(intro);
    listLayout->addWidget(m_list, 1);
    listLayout->addWidget(m_status);
    listLayout->addWidget(buttons);

    auto *resultPage = new QWidget(this);
    m_result = new ProposalResultView(resultPage);
    auto *resultButtons = new QDialogButtonBox(QDialogButtonBox::Close, resultPage);
    auto *back = resultButtons->addButton(tr("&Back to the List"), QDialogButtonBox::ActionRole);
    back->setObjectName(QStringLiteral("pendingBackButton"));
    auto *resultLayout = new QVBoxLayout(resultPage);
    resultLayout->addWidget(m_result, 1);
    resultLayout->addWidget(resultButtons);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(listPage);
    m_stack->addWidget(resultPage);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);
    resize(520, 440);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(resultButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(back, &QPushButton::clicked, this, [this] { m_stack->setCurrentIndex(ListPage); });
    connect(m_send, &QPushButton::clicked, this, &PendingPushesDialog::sendSelected);
    connect(m_forget, &QPushButton::clicked, this, &PendingPushesDialog::forgetSelected);
    connect(m_cancel, &QPushButton::clicked, this, &PendingPushesDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &PendingPushesDialog::updateButtons);
    connect(m_list, &QListWidget::itemActivated, this, &PendingPushesDialog::sendSelected);

    connect(m_service, &GitService::pendingPushesListed, this, &PendingPushesDialog::onListed);
    connect(m_service, &GitService::pendingPushesFailed, this, &PendingPushesDialog::onListFailed);
    connect(m_service, &GitService::pendingPushSent, this, &PendingPushesDialog::onSent);
    connect(m_service, &GitService::pendingPushFailed, this, &PendingPushesDialog::onSendFailed);
    updateButtons();
    call(m_service, [service = m_service] { service->listPendingPushes(); });
}

QString PendingPushesDialog::selectedBranch() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void PendingPushesDialog::updateButtons()
{
    const bool idle = m_sending.isEmpty();
    const bool selected = !selectedBranch().isEmpty();
    m_send->setEnabled(idle && selected);
    m_forget->setEnabled(idle && selected);
    m_cancel->setVisible(!idle);
    m_cancel->setEnabled(!idle);
    m_list->setEnabled(idle);
}

void PendingPushesDialog::onListed(const QList<Propose::PendingPush> &pushes)
{
    const QString selected = selectedBranch();
    m_pushes = pushes;
    m_list->clear();
    const QLocale locale;
    for (const Propose::PendingPush &push : pushes) {
        const QString title = push.plan.title.isEmpty() ? push.branch : push.plan.title;
        auto *item = new QListWidgetItem(
            tr("%1\nbranch %2, saved %3")
                .arg(title, push.branch,
                     locale.toString(push.createdAt.toLocalTime(), QLocale::ShortFormat)),
            m_list);
        item->setData(Qt::UserRole, push.branch);
        if (!push.lastError.isEmpty())
            item->setToolTip(tr("Last attempt: %1").arg(push.lastError));
        if (push.branch == selected || (selected.isEmpty() && m_list->count() == 1))
            m_list->setCurrentItem(item);
    }
    if (pushes.isEmpty() && m_sending.isEmpty() && m_status->text().isEmpty())
        m_status->setText(tr("No proposal is waiting: everything reached GitLab."));
    updateButtons();
}

void PendingPushesDialog::onListFailed(const Folio::Error &error)
{
    m_status->setText(tr("Cannot read the waiting proposals: %1").arg(error.message));
}

void PendingPushesDialog::sendSelected()
{
    const QString branch = selectedBranch();
    if (branch.isEmpty() || !m_sending.isEmpty())
        return;
    m_sending = branch;
    m_status->setText(tr("Sending branch %1 to GitLab…").arg(branch));
    updateButtons();
    call(m_service, [service = m_service, branch, settings = m_settings] {
        service->retryPendingPush(branch, settings);
    });
}

void PendingPushesDialog::forgetSelected()
{
    const QString branch = selectedBranch();
    if (branch.isEmpty() || !m_sending.isEmpty())
        return;
    QMessageBox question(QMessageBox::Question, tr("Forget the Proposal?"),
                         tr("Folio will stop offering to send this proposal. Its commit stays on "
                            "branch %1 on this computer.")
                             .arg(branch),
                         QMessageBox::Cancel, this);
    QPushButton *forget = question.addButton(tr("&Forget"), QMessageBox::DestructiveRole);
    question.setObjectName(QStringLiteral("forgetPendingQuestion"));
    question.exec();
    if (question.clickedButton() != forget)
        return;
    m_status->clear();
    call(m_service, [service = m_service, branch] { service->forgetPendingPush(branch); });
}

void PendingPushesDialog::reject()
{
    if (!m_sending.isEmpty()) {
        // Direct, not queued: the worker is busy with the push (see cancelTransfer()).
        m_service->cancelTransfer();
        m_cancel->setEnabled(false);
        m_status->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

void PendingPushesDialog::onSent(const Propose::ProposeResult &result)
{
    if (result.branch != m_sending)
        return;
    m_sending.clear();
    m_service->withdrawCancel(); // a Cancel that came after the end
    m_status->clear();
    m_result->showResult(result);
    m_stack->setCurrentIndex(ResultPage);
    updateButtons();
    Q_EMIT sent(result);
}

void PendingPushesDialog::onSendFailed(const QString &branch, const Folio::Error &error)
{
    if (branch != m_sending)
        return;
    m_sending.clear();
    m_service->withdrawCancel(); // a Cancel that came after the end
    if (isNetworkUnavailable(error))
        m_status->setText(tr("GitLab still cannot be reached; the proposal keeps waiting. %1")
                              .arg(error.message));
    else if (hasCode(error, GitErrorCode::Cancelled))
        m_status->setText(tr("Sending cancelled; the proposal keeps waiting."));
    else
        m_status->setText(tr("Could not send it: %1").arg(error.message));
    updateButtons();
}

} // namespace Folio::Git
