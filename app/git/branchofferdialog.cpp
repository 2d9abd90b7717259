#include "git/branchofferdialog.h"

#include "git/branches.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Folio::Git {

BranchOfferDialog::BranchOfferDialog(const QString &defaultBranch, const QString &suggestedName,
                                     QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("branchOfferDialog"));
    setWindowTitle(tr("Create a Branch for This Change?"));
    auto *intro = new QLabel(
        tr("You are on %1, the branch the handbook is published from. Put this change on a "
           "branch of its own, so colleagues can review it in a merge request before it "
           "reaches %1.")
            .arg(defaultBranch),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    m_name = new QLineEdit(suggestedName, this);
    m_name->setObjectName(QStringLiteral("branchName"));
    m_name->setAccessibleName(tr("Branch name"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("branchNameProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);

    auto *buttons = new QDialogButtonBox(this);
    m_create =
        buttons->addButton(tr("Create a Branch for This Change"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createBranchButton"));
    m_create->setDefault(true);
    QPushButton *anyway = buttons->addButton(tr("Commit to %1 Anyway").arg(defaultBranch),
                                             QDialogButtonBox::ApplyRole);
    anyway->setObjectName(QStringLiteral("commitToDefaultButton"));
    anyway->setAutoDefault(false);
    buttons->addButton(QDialogButtonBox::Cancel);

    auto *form = new QFormLayout;
    form->addRow(tr("&Branch name:"), m_name);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_name, &QLineEdit::textChanged, this, &BranchOfferDialog::validate);
    connect(m_create, &QPushButton::clicked, this, [this] {
        accept();
        Q_EMIT branchChosen(branchName());
    });
    connect(anyway, &QPushButton::clicked, this, [this] {
        accept();
        Q_EMIT defaultBranchChosen();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
    m_name->selectAll();
}

QString BranchOfferDialog::branchName() const
{
    return m_name->text().trimmed();
}

void BranchOfferDialog::validate()
{
    const auto valid = Branches::validateName(branchName());
    m_create->setEnabled(bool(valid));
    m_problem->setText(valid ? QString()
                             : tr("Not a valid branch name: use letters, digits, '-' and '/', "
                                  "without spaces."));
}

} // namespace Folio::Git
