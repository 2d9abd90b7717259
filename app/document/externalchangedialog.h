#pragma once

#include "handbook/handbook.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace Folio::Preview {
class RenderedDiffView;
}

namespace Folio::Document {

// Asks what to do when another program changed the open page while it has unsaved edits:
// Keep Mine (the edits stay; saving replaces the file), Take Theirs (the file's text is
// loaded; Ctrl+Z brings the edits back) or Compare (the rendered differences between the
// file and the edits, then one of the two). Closing the dialog keeps the edits: nothing is
// lost by not answering.
class ExternalChangeDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice
    {
        KeepMine,
        TakeTheirs,
    };

    ExternalChangeDialog(const Handbook::Handbook &handbook, const QString &relativePath,
                         QWidget *parent = nullptr);

    // The file's text and the editor's; called again when the file changes once more while
    // the question is open (the comparison follows).
    void setTexts(const QString &diskText, const QString &bufferText);

    [[nodiscard]] Choice choice() const { return m_choice; }
    [[nodiscard]] QPushButton *keepMineButton() const { return m_keepMine; }
    [[nodiscard]] QPushButton *takeTheirsButton() const { return m_takeTheirs; }
    [[nodiscard]] QPushButton *compareButton() const { return m_compare; }
    // Null until Compare was pressed.
    [[nodiscard]] Preview::RenderedDiffView *diffView() const { return m_diffView; }

private:
    void showComparison();

    Handbook::Handbook m_handbook;
    QString m_page;
    QString m_diskText;
    QString m_bufferText;
    Choice m_choice = Choice::KeepMine;
    QLabel *m_text = nullptr;
    QPushButton *m_keepMine = nullptr;
    QPushButton *m_takeTheirs = nullptr;
    QPushButton *m_compare = nullptr;
    Preview::RenderedDiffView *m_diffView = nullptr;
};

} // namespace Folio::Document
