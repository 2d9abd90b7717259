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
};

} // namespace Folio::Editor
