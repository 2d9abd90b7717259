#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace Folio::Editor {

// Go > Go to Line…: a line number, or "line:column", within the page's lines.
class GoToLineDialog : public QDialog
{
    Q_OBJECT

public:
    explicit GoToLineDialog(QWidget *parent = nullptr);

    // Shows the dialog for a page of lineCount lines, the current line filled in and selected.
    void ask(int currentLine, int lineCount);
    [[nodiscard]] QLineEdit *lineEdit() const { return m_edit; }

Q_SIGNALS:
    // line is 1-based and within the page; column is 1-based, 1 when not given.
    void lineChosen(int line, int column);

private:
    void onAccepted();

    QLabel *m_label;
    QLineEdit *m_edit;
    int m_lineCount = 1;
};

} // namespace Folio::Editor
