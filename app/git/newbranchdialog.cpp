#include "git/newbranchdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Folio::GitPanel {

NewBranchDialog::NewBranchDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("New Branch"));

    auto *intro = new QLabel(tr("A branch is a separate line of work: your changes on it stay "
                                "apart from other branches until you merge them."),
                             this);
    intro->setWordWrap(true);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setAccessibleName(tr("Branch name"));
    m_name->setPlaceholderText(tr("for example: update-pricing-page"));

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("nameMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setAccessibleName(tr("Branch name check"));
    // Room for the longest reason, so the dialog does not jump or clip while typing.
    m_message->setMinimumHeight(m_message->fontMetrics().lineSpacing() * 4);
    m_message->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_start = new QComboBox(this);
    m_start->setObjectName(QStringLiteral("startCombo"));
    m_start->setAccessibleName(tr("Start from"));
    m_start->addItem(tr("The current version"), QString());

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_message);
    form->addRow(tr("&Start from:"), m_start);

    auto *buttons = new QDialogButtonBox(this);
    m_create = buttons->addButton(tr("Create and Switch"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createButton"));
    m_create->setAccessibleName(tr("Create the branch and switch to it"));
    m_create->setDefault(true);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(460); // the name check explains itself in a few lines, not a column

    connect(m_name, &QLineEdit::textChanged, this, &NewBranchDialog::onNameEdited);
    onNameEdited();
}

void NewBranchDialog::setBranches(const QList<Git::BranchInfo> &branches,
                                  const Git::BranchState &current)
{
    m_taken.clear();
    m_start->clear();
    m_start->addItem(current.unborn || current.name.isEmpty()
                         ? tr("The current version")
                         : tr("The current version (%1)").arg(current.name),
                     QString());
    for (const Git::BranchInfo &branch : branches) {
        if (!branch.remote)
            m_taken.append(branch.name);
        if (!branch.current)
            m_start->addItem(branch.name, branch.name);
    }
    onNameEdited();
}

QString NewBranchDialog::name() const
{
    return m_name->text().trimmed();
}

QString NewBranchDialog::startPoint() const
{
    return m_start->currentData().toString();
}

QString NewBranchDialog::problem() const
{
    return m_problem;
}

void NewBranchDialog::onNameEdited()
{
    const QString candidate = name();
    m_problem.clear();
    if (candidate.isEmpty()) {
        m_message->setText(tr("Type a name for the new branch."));
    } else if (m_taken.contains(candidate)) {
        m_problem = tr("A branch named “%1” already exists.").arg(candidate);
    } else if (auto valid = Git::Branches::validateName(candidate); !valid) {
        // The library's reason is technical English; the frame around it is translated.
        m_problem = tr("This name cannot be used: %1").arg(valid.error().message);
    } else {
        m_message->setText(tr("Folio will create “%1” and switch to it.").arg(candidate));
    }
    if (!m_problem.isEmpty())
        m_message->setText(m_problem);
    QPalette colors = palette();
    if (!m_problem.isEmpty())
        colors.setColor(QPalette::WindowText, QColor(0xc0, 0x30, 0x30)); // readable light or dark
    m_message->setPalette(colors);
    m_create->setEnabled(!candidate.isEmpty() && m_problem.isEmpty());
}

} // namespace Folio::GitPanel
