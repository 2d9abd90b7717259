#pragma once

#include "editing/markdownhighlighter.h"

#include <QPalette>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

#include <array>

namespace Folio::Editor {

// Colours the editor's Markdown with Editing::MarkdownHighlighter's spans. QSyntaxHighlighter
// calls highlightBlock() for the edited line only, and for the lines below only while their
// state (front matter, fenced code, comments) changes.
class MarkdownSyntaxHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit MarkdownSyntaxHighlighter(QTextDocument *document);

    // Picks colours that read on this palette's base (light or dark) and re-colours the page.
    void setPalette(const QPalette &palette);
    [[nodiscard]] QTextCharFormat formatFor(Editing::MarkupKind kind) const;

    // How many lines were highlighted since the document was set: what an edit cost.
    [[nodiscard]] qint64 highlightedBlockCount() const { return m_highlightedBlocks; }

protected:
    void highlightBlock(const QString &text) override;

private:
    static constexpr int KindCount = int(Editing::MarkupKind::HtmlTag) + 1;
    std::array<QTextCharFormat, KindCount> m_formats;
    qint64 m_highlightedBlocks = 0;
};

} // namespace Folio::Editor
