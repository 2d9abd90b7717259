#pragma once

#include <QString>
#include <QStringView>

namespace Folio::Document {

// One replacement in a text: what an editor puts on its undo stack. Positions are in UTF-16
// code units of the page text (the text with '\n' line endings, see Page).
struct TextEdit
{
    qsizetype start = 0;
    qsizetype length = 0;
    QString replacement;

    // True when applying the edit changes nothing.
    [[nodiscard]] bool isNoOp() const { return length == 0 && replacement.isEmpty(); }
    [[nodiscard]] QString appliedTo(QStringView text) const;

    // The smallest single replacement that turns before into after: the common beginning and
    // end are left out, never splitting a surrogate pair.
    [[nodiscard]] static TextEdit between(QStringView before, QStringView after);

    friend bool operator==(const TextEdit &, const TextEdit &) = default;
};

} // namespace Folio::Document
