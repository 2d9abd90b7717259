#include "git/commitdialog.h"

#include "git/changesdelegate.h"
#include "git/changesmodel.h"
#include "git/commitmessage.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Folio::Git {

CommitDialog::CommitDialog(ChangesModel *model, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("commitDialog"));
    setWindowTitle(tr("Commit Changes"));
    m_heading = new QLabel(tr("Choose the files to commit:"), this);
    m_files = new QListView(this);
    m_files->setObjectName(QStringLiteral("commitFiles"));
    m_files->setAccessibleName(tr("Files to commit"));
    m_files->setModel(model);
    m_files->setItemDelegate(new ChangesDelegate(m_files));
    m_files->setUniformItemSizes(true);
    auto *messageLabel = new QLabel(tr("&Describe the change:"), this);
    m_message = new QPlainTextEdit(this);
    m_message->setObjectName(QStringLiteral("commitMessage"));
    m_message->setAccessibleName(tr("Commit message"));
    m_message->setTabChangesFocus(true);
    m_message->setMaximumHeight(m_message->fontMetrics().lineSpacing() * 6);
    messageLabel->setBuddy(m_message);
    m_author = new QLabel(this);
    m_author->setObjectName(QStringLiteral("commitAuthor"));
    m_author->setTextFormat(Qt::PlainText);
    m_author->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_commit = buttons->addButton(tr("Commit"), QDialogButtonBox::AcceptRole);
    m_commit->setObjectName(QStringLiteral("commitButton"));
    m_commit->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_files, 1);
    layout->addWidget(messageLabel);
    layout->addWidget(m_message);
    layout->addWidget(m_author);
    layout->addWidget(buttons);
    resize(520, 460);

    connect(m_message, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_settingMessage)
            m_messageEdited = true;
        updateButton();
    });
    connect(model, &ChangesModel::checkedPathsChanged, this, &CommitDialog::onCheckedPathsChanged);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!m_commit->isEnabled())
            return;
        accept();
        Q_EMIT commitRequested(paths(), message());
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setAuthor(std::nullopt);
    onCheckedPathsChanged();
    m_files->setFocus();
    if (model->rowCount() > 0)
        m_files->setCurrentIndex(model->index(0));
}

void CommitDialog::setBranch(const QString &branch)
{
    m_heading->setText(branch.isEmpty() ? tr("Choose the files to commit:")
                                        : tr("Choose the files to commit to %1:").arg(branch));
}

void CommitDialog::setAuthor(const std::optional<Signature> &author)
{
    m_author->setText(author ? tr("Author: %1 <%2>").arg(author->name, author->email)
                             : tr("Author: not set yet. Folio will ask for your name and email."));
}

QString CommitDialog::message() const
{
    return m_message->toPlainText().trimmed();
}

QStringList CommitDialog::paths() const
{
    return m_model->checkedPaths();
}

void CommitDialog::onCheckedPathsChanged()
{
    if (!m_messageEdited) {
        // Follow the choice of files until the user writes a message of their own.
        m_settingMessage = true;
        const QStringList checked = paths();
        m_message->setPlainText(checked.isEmpty()
                                    ? QString()
                                    : defaultCommitMessage(checked, m_model->checkedTitles()));
        m_settingMessage = false;
    }
    updateButton();
}

void CommitDialog::updateButton()
{
    m_commit->setEnabled(!paths().isEmpty() && !message().isEmpty());
}

} // namespace Folio::Git
