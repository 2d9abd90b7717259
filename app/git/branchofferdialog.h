#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Folio::Git {

// Offered before committing to the default branch (main/master): put the change on a branch
// of its own, so it can go through a merge request, or commit to the default branch anyway.
// The settings key git/offerBranchOnDefault (see GitPanel) turns the offer off.
class BranchOfferDialog : public QDialog
{
    Q_OBJECT

public:
    BranchOfferDialog(const QString &defaultBranch, const QString &suggestedName,
                      QWidget *parent = nullptr);

    [[nodiscard]] QString branchName() const;

Q_SIGNALS:
    void branchChosen(const QString &name);
    void defaultBranchChosen();

private:
    void validate();

    QLineEdit *m_name = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_create = nullptr;
};

} // namespace Folio::Git
