#pragma once

#include "document/textedit.h"

#include <QString>
#include <QStringView>

#include <algorithm>

namespace Folio::Editing {

// A selection in the page text: anchor is where it started, position where the cursor is
// (they are equal for a plain cursor). UTF-16 code units of the text with '\n' line endings.
struct TextSelection
{
    qsizetype anchor = 0;
    qsizetype position = 0;

    [[nodiscard]] static TextSelection cursor(qsizetype at) { return {at, at}; }
    [[nodiscard]] static TextSelection range(qsizetype from, qsizetype to) { return {from, to}; }
    [[nodiscard]] qsizetype start() const { return std::min(anchor, position); }
    [[nodiscard]] qsizetype end() const { return std::max(anchor, position); }
    [[nodiscard]] bool isEmpty() const { return anchor == position; }

    friend bool operator==(const TextSelection &, const TextSelection &) = default;
};

// What a formatting command does to the page: one replacement (one undo step), and the
// selection to show afterwards, in the text after the edit.
struct FormattedEdit
{
    Document::TextEdit edit;
    TextSelection selection;

    // The smallest edit that turns text[from, to) into replacement; selection is kept.
    [[nodiscard]] static FormattedEdit replacing(QStringView text, qsizetype from, qsizetype to,
                                                 const QString &replacement,
                                                 TextSelection selection);
};

// The start of the line that holds position, and the end of that line (before its '\n').
[[nodiscard]] qsizetype lineStartAt(QStringView text, qsizetype position);
[[nodiscard]] qsizetype lineEndAt(QStringView text, qsizetype position);

} // namespace Folio::Editing
