#pragma once

#include "git/repository.h"

#include <QDialog>

#include <optional>

class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;

namespace Folio::Git {

class ChangesModel;

// Chooses what to commit and says why: the changed files with checkboxes (the panel's own
// ChangesModel, so choices made in either place are the same), a message proposed from the
// chosen pages that the user may rewrite, and the author git will record.
class CommitDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CommitDialog(ChangesModel *model, QWidget *parent = nullptr);

    void setBranch(const QString &branch);
    // std::nullopt: git config has no author yet; Folio asks when committing.
    void setAuthor(const std::optional<Signature> &author);

    [[nodiscard]] QString message() const;
    [[nodiscard]] QStringList paths() const;

Q_SIGNALS:
    void commitRequested(const QStringList &paths, const QString &message);

private:
    void onCheckedPathsChanged();
    void updateButton();

    ChangesModel *m_model = nullptr;
    QListView *m_files = nullptr;
    QPlainTextEdit *m_message = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_author = nullptr;
    QPushButton *m_commit = nullptr;
    bool m_messageEdited = false; // then choosing files no longer rewrites it
    bool m_settingMessage = false;
};

} // namespace Folio::Git
