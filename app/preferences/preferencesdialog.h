#pragma once

#include "preferences/preferences.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFontComboBox;
class QLineEdit;
class QSpinBox;

namespace Folio::Preferences {

// Edit > Preferences: the editor's font, autosave, the spelling language, the preview's
// colours and the defaults for merge requests. Shows the values it is given; preferences()
// is what the user chose once the dialog is accepted.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    // What applies when a preference is left empty, shown so the user knows what "default"
    // means for the open handbook.
    struct Defaults
    {
        QString spellingLanguage; // the handbook's
        QStringList labels;       // the handbook's
        QString targetBranch;     // the handbook's, else the remote's default branch
    };

    PreferencesDialog(const Preferences &current, const Defaults &defaults,
                      QWidget *parent = nullptr);

    [[nodiscard]] Preferences preferences() const;

private:
    void showValues(const Preferences &preferences);
    void updateFontControls();

    QCheckBox *m_systemFont = nullptr;
    QFontComboBox *m_fontFamily = nullptr;
    QSpinBox *m_fontSize = nullptr;
    QCheckBox *m_autosave = nullptr;
    QComboBox *m_spellingLanguage = nullptr;
    QComboBox *m_previewTheme = nullptr;
    QLineEdit *m_labels = nullptr;
    QLineEdit *m_targetBranch = nullptr;
};

} // namespace Folio::Preferences
