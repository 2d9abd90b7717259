#include "git/discardconfirmation.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Folio::GitPanel {

DiscardConfirmation::DiscardConfirmation(Git::GitService *service, const QString &absolutePath,
                                         Git::FileStatus status, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_path(absolutePath)
{
    setWindowTitle(tr("Discard Changes"));
    const QString name = QFileInfo(absolutePath).fileName();
    const bool isNew = status == Git::FileStatus::Untracked || status == Git::FileStatus::Added;

    auto *question = new QLabel(
        isNew
            ? tr("Discard “%1”? It was never committed, so discarding removes the file.").arg(name)
            : tr("Discard your changes to “%1”? It goes back to the last committed version.")
                  .arg(name),
        this);
    question->setObjectName(QStringLiteral("questionText"));
    question->setWordWrap(true);
    question->setTextFormat(Qt::PlainText);

    auto *safety = new QLabel(tr("Your current version is saved to backups first: you can get it "
                                 "back any time from Backups."),
                              this);
    safety->setObjectName(QStringLiteral("safetyText"));
    safety->setWordWrap(true);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorText"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Discarding"));
    m_progress->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_discard = buttons->addButton(tr("&Discard Changes"), QDialogButtonBox::DestructiveRole);
    m_discard->setObjectName(QStringLiteral("discardButton"));
    m_discard->setAccessibleName(tr("Discard the changes to %1").arg(name));
    m_discard->setAutoDefault(false);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setAccessibleName(tr("Keep the changes"));
    m_cancel->setDefault(true); // the safe answer for a reflexive Enter
    connect(m_discard, &QPushButton::clicked, this, &DiscardConfirmation::discard);
    connect(m_cancel, &QPushButton::clicked, this, &DiscardConfirmation::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addWidget(safety);
    layout->addWidget(m_error);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);

    connect(m_service, &Git::GitService::fileDiscarded, this,
            &DiscardConfirmation::onFileDiscarded);
    connect(m_service, &Git::GitService::discardFailed, this,
            &DiscardConfirmation::onDiscardFailed);
}

DiscardConfirmation *DiscardConfirmation::ask(Git::GitService *service, const QString &absolutePath,
                                              Git::FileStatus status, QWidget *parent)
{
    auto *dialog = new DiscardConfirmation(service, absolutePath, status, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QString DiscardConfirmation::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void DiscardConfirmation::discard()
{
    if (m_pending)
        return;
    m_error->hide();
    setBusy(true);
    callService(m_service, [path = m_path](Git::GitService *git) { git->discardFile(path); });
}

void DiscardConfirmation::reject()
{
    if (!m_pending)
        QDialog::reject();
}

void DiscardConfirmation::setBusy(bool busy)
{
    m_pending = busy;
    m_progress->setVisible(busy);
    m_discard->setEnabled(!busy);
    m_cancel->setEnabled(!busy);
}

void DiscardConfirmation::onFileDiscarded(const Git::DiscardOutcome &outcome)
{
    // The outcome names the file relative to its repository.
    if (!m_pending || !QDir::cleanPath(m_path).endsWith(u'/' + outcome.relativePath))
        return;
    setBusy(false);
    Q_EMIT discarded(outcome);
    accept();
}

void DiscardConfirmation::onDiscardFailed(const QString &path, const QString &message)
{
    if (!m_pending || path != m_path)
        return;
    setBusy(false);
    m_error->setText(tr("The changes were not discarded: %1").arg(message));
    m_error->show();
    m_discard->setEnabled(false); // trying again would fail the same way
    m_cancel->setText(tr("Close"));
    Q_EMIT discardFailed(message);
}

} // namespace Folio::GitPanel
