#pragma once

#include <QDialog>
#include <QStringList>

class QListWidget;

namespace Folio::GitPanel {

// Explains a refused branch switch in plain words: which files are in the way, that nothing
// was changed, and what to do (commit or discard those changes first). Offers no "force".
class SwitchRefusedDialog : public QDialog
{
    Q_OBJECT

public:
    SwitchRefusedDialog(const QString &branch, const QStringList &conflictingFiles,
                        QWidget *parent = nullptr);

    [[nodiscard]] QStringList files() const { return m_files; }

private:
    QStringList m_files;
    QListWidget *m_list = nullptr;
};

} // namespace Folio::GitPanel
