#include "editor/editapplier.h"

#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextDocument>

#include <algorithm>

namespace Folio::Editor {

bool applyEdit(QPlainTextEdit *editor, const Document::TextEdit &edit,
               Editing::TextSelection selection)
{
    // Edits through a QTextCursor pass by the read-only flag, which only stops typing.
    if (editor->isReadOnly())
        return false;
    QTextDocument *document = editor->document();
    if (!edit.isNoOp()) {
        QTextCursor cursor(document);
        cursor.beginEditBlock();
        cursor.setPosition(int(edit.start));
        cursor.setPosition(int(edit.start + edit.length), QTextCursor::KeepAnchor);
        cursor.insertText(edit.replacement);
        cursor.endEditBlock();
    }
    const int last = document->characterCount() - 1;
    QTextCursor shown(document);
    shown.setPosition(std::clamp(int(selection.anchor), 0, last));
    shown.setPosition(std::clamp(int(selection.position), 0, last), QTextCursor::KeepAnchor);
    editor->setTextCursor(shown);
    editor->ensureCursorVisible();
    return true;
}

Editing::TextSelection selectionOf(const QPlainTextEdit *editor)
{
    const QTextCursor cursor = editor->textCursor();
    return {cursor.anchor(), cursor.position()};
}

} // namespace Folio::Editor
