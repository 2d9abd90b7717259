#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace Folio::Linking {

// A Markdown inline link or image as written on one line: `[text](target)`, `![alt](target)`.
// Builds the text the editor inserts and finds the link under the cursor, so that Ctrl+K
// edits a link in place instead of nesting a new one in it.
struct MarkdownLink
{
    QString text;   // as written between the brackets
    QString target; // as written between the parentheses, e.g. "/handbook/sales/#quota"
    bool image = false;
    qsizetype start = -1; // in the line, at '[' (or '!' for an image)
    qsizetype length = 0; // up to and including ')'

    // `[text](target)` or `![text](target)`. Brackets in text are escaped so they cannot close
    // the link early; characters that would end the target (spaces, parentheses, angle
    // brackets) are percent-encoded.
    [[nodiscard]] static QString format(const QString &text, const QString &target,
                                        bool image = false);
    // A link target: url, then '#' and anchor when there is one.
    [[nodiscard]] static QString joinTarget(const QString &url, const QString &anchor);
    // The link or image whose text spans column (0-based; a column just after ')' counts) on
    // line; none when the column is outside every link.
    [[nodiscard]] static std::optional<MarkdownLink> at(QStringView line, qsizetype column);
};

} // namespace Folio::Linking
