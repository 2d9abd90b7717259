#pragma once

#include <QString>
#include <QStringView>

namespace Folio::Editing {

// The block markup at the start of one Markdown source line: the list marker (with its
// task-list box), the heading level or the quote marker. Columns are in UTF-16 code units.
class MarkdownLine
{
public:
    enum class ListKind
    {
        None,
        Bullet,  // "- ", "* ", "+ "
        Ordered, // "1. ", "1) "
    };

    [[nodiscard]] static MarkdownLine parse(QStringView line);

    [[nodiscard]] bool isBlank() const { return m_blank; }
    // Leading spaces and tabs.
    [[nodiscard]] qsizetype indent() const { return m_indent; }

    [[nodiscard]] ListKind listKind() const { return m_listKind; }
    [[nodiscard]] bool isListItem() const { return m_listKind != ListKind::None; }
    [[nodiscard]] QChar bullet() const { return m_bullet; }
    [[nodiscard]] int number() const { return m_number; }
    [[nodiscard]] QChar delimiter() const { return m_delimiter; }
    [[nodiscard]] bool isTask() const { return m_task; }
    // Where the list marker starts (== indent) and where the item's text starts (after the
    // marker, its spaces and the task box).
    [[nodiscard]] qsizetype markerEnd() const { return m_markerEnd; }
    // The marker alone ("- ", "12. "), without indentation or task box.
    [[nodiscard]] qsizetype markerWidth() const { return m_markerWidth; }
    // True when the item has no text after its marker.
    [[nodiscard]] bool isEmptyItem() const { return m_listKind != ListKind::None && m_emptyItem; }

    // 1-6 for an ATX heading ("## Title"), 0 otherwise; headingEnd() is where its text starts.
    [[nodiscard]] int headingLevel() const { return m_headingLevel; }
    [[nodiscard]] qsizetype headingEnd() const { return m_headingEnd; }

    // A blockquote line ("> text"); quoteEnd() is where the quoted text starts.
    [[nodiscard]] bool isQuote() const { return m_quoteEnd > 0; }
    [[nodiscard]] qsizetype quoteEnd() const { return m_quoteEnd; }

private:
    bool m_blank = true;
    qsizetype m_indent = 0;
    ListKind m_listKind = ListKind::None;
    QChar m_bullet;
    int m_number = 0;
    QChar m_delimiter;
    bool m_task = false;
    bool m_emptyItem = false;
    qsizetype m_markerEnd = 0;
    qsizetype m_markerWidth = 0;
    int m_headingLevel = 0;
    qsizetype m_headingEnd = 0;
    qsizetype m_quoteEnd = 0;
};

} // namespace Folio::Editing
