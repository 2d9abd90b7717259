#include "git/identitydialog.h"

#include "git/identity.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Folio::Git {

IdentityDialog::IdentityDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("identityDialog"));
    setWindowTitle(tr("Your Name for Commits"));
    auto *intro = new QLabel(tr("Every saved version of the handbook records who made it. Enter "
                                "the name and email your colleagues know you by. They are kept "
                                "for this handbook only."),
                             this);
    intro->setWordWrap(true);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("identityName"));
    m_name->setAccessibleName(tr("Name"));
    m_name->setPlaceholderText(tr("Ada Lovelace"));
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("identityEmail"));
    m_email->setAccessibleName(tr("Email"));
    m_email->setPlaceholderText(tr("ada@example.com"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("identityProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save and Commit"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Email:"), m_email);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, &IdentityDialog::validate);
    connect(m_email, &QLineEdit::textChanged, this, &IdentityDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

Signature IdentityDialog::identity() const
{
    return {m_name->text().trimmed(), m_email->text().trimmed()};
}

void IdentityDialog::validate()
{
    const auto valid = validateIdentity(identity());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(bool(valid));
    // Say what is missing only once the user has typed something.
    const bool typed = !m_name->text().isEmpty() || !m_email->text().isEmpty();
    const bool nameValid =
        bool(validateIdentity({identity().name, QStringLiteral("someone@example.com")}));
    m_problem->setText(valid || !typed ? QString()
                       : nameValid     ? tr("Enter an email address like name@example.com.")
                                       : tr("Enter your name (without < or >)."));
}

} // namespace Folio::Git
