#pragma once

#include "document/textedit.h"
#include "editing/formattededit.h"

class QPlainTextEdit;

namespace Folio::Editor {

// Applies an edit to the editor as one undo step, then shows selection (positions in the
// text after the edit). A read-only editor is left alone: returns false.
bool applyEdit(QPlainTextEdit *editor, const Document::TextEdit &edit,
               Editing::TextSelection selection);
inline bool applyEdit(QPlainTextEdit *editor, const Editing::FormattedEdit &formatted)
{
    return applyEdit(editor, formatted.edit, formatted.selection);
}

// The editor's selection as positions in its text.
[[nodiscard]] Editing::TextSelection selectionOf(const QPlainTextEdit *editor);

} // namespace Folio::Editor
