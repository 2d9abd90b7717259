#pragma once

#include "git/repository.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Folio::Git {

// Asks once for the name and email git records with every commit, when git config has none.
// They are stored for this handbook only (GitService::storeIdentity).
class IdentityDialog : public QDialog
{
    Q_OBJECT

public:
    explicit IdentityDialog(QWidget *parent = nullptr);

    [[nodiscard]] Signature identity() const;

private:
    void validate();

    QLineEdit *m_name = nullptr;
    QLineEdit *m_email = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Folio::Git
