#pragma once

#include "editing/formattededit.h"

#include <QString>

#include <optional>

namespace Folio::Test {

// Texts with their selection written in: "‸" is the cursor, "«" the anchor and "»" the
// cursor end of a selection. Reads well in QCOMPARE failures.
struct MarkedText
{
    QString text;
    Editing::TextSelection selection;

    static MarkedText parse(QString marked)
    {
        MarkedText result;
        const qsizetype cursor = marked.indexOf(u'‸');
        if (cursor >= 0) {
            marked.remove(cursor, 1);
            result.selection = Editing::TextSelection::cursor(cursor);
        } else {
            qsizetype anchor = marked.indexOf(u'«');
            qsizetype position = marked.indexOf(u'»');
            if (anchor >= 0 && position >= 0) {
                marked.remove(anchor, 1);
                if (position > anchor)
                    --position;
                marked.remove(position, 1);
                if (anchor > position)
                    --anchor;
                result.selection = {anchor, position};
            }
        }
        result.text = marked;
        return result;
    }

    static QString write(QString text, Editing::TextSelection selection)
    {
        if (selection.isEmpty())
            return text.insert(selection.position, u'‸');
        if (selection.anchor > selection.position) {
            text.insert(selection.anchor, u'«');
            return text.insert(selection.position, u'»');
        }
        text.insert(selection.position, u'»');
        return text.insert(selection.anchor, u'«');
    }

    // The marked text after a command's edit, with the command's selection.
    static QString applied(const QString &text, const Editing::FormattedEdit &edit)
    {
        return write(edit.edit.appliedTo(text), edit.selection);
    }
    static QString applied(const QString &text, const std::optional<Editing::FormattedEdit> &edit)
    {
        return edit ? applied(text, *edit) : QStringLiteral("<nothing>");
    }
};

} // namespace Folio::Test
