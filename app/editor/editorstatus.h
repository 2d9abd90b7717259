#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;

namespace Folio::Editor {

class EditorView;

// The editor's part of the status bar: the page's words and reading time, and the cursor's
// "Ln X, Col Y". The position follows every move; the count waits for a pause in typing on
// long pages, where counting costs more than a keystroke should.
class EditorStatus : public QWidget
{
    Q_OBJECT

public:
    explicit EditorStatus(EditorView *editor, QWidget *parent = nullptr);

    [[nodiscard]] QLabel *wordCountLabel() const { return m_words; }
    [[nodiscard]] QLabel *positionLabel() const { return m_position; }

private:
    void onTextChanged();
    void updateWordCount();
    void updatePosition();

    EditorView *m_editor;
    QLabel *m_words;
    QLabel *m_position;
    QTimer m_countTimer;
};

} // namespace Folio::Editor
