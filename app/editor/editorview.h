#pragma once

#include <QPlainTextEdit>

namespace Folio::Editor {

// The Markdown source editor. Holds text only; loading and saving belong to the page.
class EditorView : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit EditorView(QWidget *parent = nullptr);

    // Replaces the text without leaving an undo step and marks the document unmodified.
    void setPageText(const QString &text);
    // The text exactly as typed. Unlike toPlainText(), keeps non-breaking spaces (which
    // QTextDocument::toPlainText() turns into plain spaces, silently changing pages).
    [[nodiscard]] QString pageText() const;

    // The 1-based source line at the top of the view; the fraction tells how far into it.
    [[nodiscard]] double topLine() const;
    // Scrolls so that line (fractions within it) is at the top, without echoing scrolledToLine().
    void scrollToLine(double line);
    // Puts the cursor at a position of the text and shows it.
    void placeCursor(qsizetype position);

Q_SIGNALS:
    // The user scrolled (wheel, scroll bar, keyboard): line is now at the top.
    void scrolledToLine(double line);

private:
    void onScrollValueChanged();

    bool m_scrollingProgrammatically = false;
};

} // namespace Folio::Editor
