#pragma once

#include "core/error.h"
#include "git/cloneoperation.h"
#include "git/transportoptions.h"

#include <QDialog>
#include <QString>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace Folio::Widgets {
class MessageBanner;
}

namespace Folio::Git {

class GitService;

// "Clone Handbook…": a repository address, the folder to clone into (~/<repository name> until
// the user picks another) and "only the latest version" (a shallow clone, on by default: a
// handbook's history is large); then GitService::cloneRepository() with objects, bytes, stage
// and Cancel. A cancelled or failed clone leaves no folder behind (CloneOperation removes it)
// and comes back to the form saying why, so the address can be fixed and tried again. On
// success the dialog accepts; result() says where the handbook is.
class CloneDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Step
    {
        Form,
        Progress,
    };

    explicit CloneDialog(GitService *service, QWidget *parent = nullptr);
    // Cancels a clone still running, so that its half-made folder is removed rather than
    // completed for nobody (and the git thread is free when the window closes).
    ~CloneDialog() override;

    [[nodiscard]] Step step() const;
    [[nodiscard]] bool isCloning() const { return m_inFlight; }
    // Why the form cannot be cloned as it is (as the form shows it); empty when it can.
    [[nodiscard]] QString problem() const;
    // The clone, once the dialog accepted.
    [[nodiscard]] const CloneResult &result() const { return m_result; }
    // One line for the status bar after a successful clone.
    [[nodiscard]] QString completionMessage() const;

    // What the Clone button does: sends the request to the service and shows the progress.
    // Does nothing while problem() is not empty.
    void clone();

    // Esc or the window's close button while cloning cancels and waits for the answer: the
    // clone's folder is gone when the form comes back.
    void reject() override;

Q_SIGNALS:
    // Emitted just before the dialog accepts.
    void cloned(const Folio::Git::CloneResult &result);

private:
    QWidget *createForm();
    QWidget *createProgress();
    void showStep(Step step);
    void updateDefaultFolder();
    void updateForm();
    void fitContents();
    [[nodiscard]] QString destination() const;
    [[nodiscard]] QString urlProblem() const;
    [[nodiscard]] QString folderProblem() const;
    void browse();
    void cancelClone();

    void onProgress(const TransferProgress &progress);
    void onCloned(const CloneResult &result);
    void onCloneFailed(const Folio::Error &error);

    GitService *m_service = nullptr; // lives on the git thread
    bool m_inFlight = false;
    bool m_folderEdited = false;
    CloneRequest m_request;
    CloneResult m_result;
    qint64 m_objects = 0;
    qint64 m_totalObjects = 0;
    qint64 m_bytes = 0;

    QStackedWidget *m_stack = nullptr;
    Widgets::MessageBanner *m_banner = nullptr;
    QLineEdit *m_url = nullptr;
    QLabel *m_urlProblem = nullptr;
    QLineEdit *m_folder = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_folderProblem = nullptr;
    QCheckBox *m_shallow = nullptr;
    QLabel *m_shallowNote = nullptr;
    QPushButton *m_cloneButton = nullptr;

    QLabel *m_source = nullptr;
    QLabel *m_stage = nullptr;
    QProgressBar *m_bar = nullptr;
    QLabel *m_objectsLabel = nullptr;
    QLabel *m_bytesLabel = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace Folio::Git
