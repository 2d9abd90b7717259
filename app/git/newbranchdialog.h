#pragma once

#include "git/branches.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Folio::GitPanel {

// Asks for a new branch's name (checked as it is typed, with the reason shown under the field)
// and where it starts (the current version unless chosen otherwise). A form only: the caller
// sends the request when it is accepted.
class NewBranchDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewBranchDialog(QWidget *parent = nullptr);

    // Existing branches (names already taken, start points offered) and the current one.
    void setBranches(const QList<Git::BranchInfo> &branches, const Git::BranchState &current);

    [[nodiscard]] QString name() const;
    // Empty for the current version (HEAD), else a branch name such as "origin/main".
    [[nodiscard]] QString startPoint() const;
    // Why the name cannot be used, or empty.
    [[nodiscard]] QString problem() const;

private:
    void onNameEdited();

    QLineEdit *m_name = nullptr;
    QLabel *m_message = nullptr;
    QComboBox *m_start = nullptr;
    QPushButton *m_create = nullptr;
    QStringList m_taken;
    QString m_problem;
};

} // namespace Folio::GitPanel
