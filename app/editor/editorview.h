#pragma once

#include "checks/problem.h"

#include <QPlainTextEdit>
#include <QPointer>

#include <functional>

namespace Folio::Editor {

class MarkdownSyntaxHighlighter;

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
    // Puts the cursor on a 1-based line and column (UTF-16 code units), clamped to the text.
    void placeCursor(int line, int column);

    // Underlines the problems' spans (line, column, length); each underline then follows the
    // text as it is edited until the next call. Problems without a span are not underlined.
    void setProblems(const QList<Checks::Problem> &problems);
    [[nodiscard]] const QList<Checks::Problem> &problems() const { return m_problems; }
    // The problem underlined at a text position, with its current span; nullptr when none.
    [[nodiscard]] const Checks::Problem *problemAt(int position, QTextCursor *span = nullptr) const;
    // Called to add actions for the problem under the mouse to the context menu (suggestions,
    // "Add to dictionary"...), which shows them above the standard actions. span selects the
    // problem's text as it is now.
    using ProblemMenuProvider =
        std::function<void(QMenu *menu, const Checks::Problem &problem, const QTextCursor &span)>;
    void setProblemMenuProvider(ProblemMenuProvider provider);
    // Pasted or dropped data that is not inserted as text (images): accepts() says whether the
    // handler takes it, insert() then inserts it at the text cursor (a drop has put the cursor
    // where the data was dropped).
    struct MimeDataHandler
    {
        std::function<bool(const QMimeData *data)> accepts;
        std::function<void(const QMimeData *data)> insert;
    };
    void setMimeDataHandler(MimeDataHandler handler);
    // Menus shown as submenus at the end of the context menu (Format, Insert), so the
    // commands are a right click away; the window owns them.
    void addContextSubmenu(QMenu *menu);
    // The context menu for a point of the view: the problem's actions, the standard ones,
    // then the submenus. The caller owns it.
    [[nodiscard]] QMenu *createContextMenu(const QPoint &position);

    // Zoom in font-size steps of one point from the default size (0), clamped to what stays
    // readable; zoomFactor() is the font's size against the default.
    void setZoomSteps(int steps);
    [[nodiscard]] int zoomSteps() const { return m_zoomSteps; }
    [[nodiscard]] double zoomFactor() const;
    static constexpr int MinZoomSteps = -5;
    static constexpr int MaxZoomSteps = 20;

    // The font at zoom 0 (Preferences); zooming keeps its steps from it.
    void setBaseFont(const QFont &font);

    // Long lines wrap at the window's edge (on) or scroll sideways (off).
    void setSoftWrap(bool wrap);
    [[nodiscard]] bool softWrap() const { return lineWrapMode() != QPlainTextEdit::NoWrap; }

    [[nodiscard]] MarkdownSyntaxHighlighter *highlighter() const { return m_highlighter; }

    // Background highlights (the find bar's matches), shown with the problems' underlines.
    void setSearchHighlights(const QList<QTextEdit::ExtraSelection> &highlights);

Q_SIGNALS:
    void zoomChanged(int steps);
    // The user scrolled (wheel, scroll bar, keyboard): line is now at the top.
    void scrolledToLine(double line);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;
    [[nodiscard]] bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    void onScrollValueChanged();
    // The underlines first: problemAt() finds a problem by its index among them.
    void showExtraSelections();

    void applyFont();

    bool m_scrollingProgrammatically = false;
    double m_defaultPointSize = 10;
    int m_zoomSteps = 0;
    MarkdownSyntaxHighlighter *m_highlighter = nullptr;
    QList<Checks::Problem> m_problems; // the underlined ones, in m_underlines' order
    QList<QTextEdit::ExtraSelection> m_underlines;
    QList<QTextEdit::ExtraSelection> m_searchHighlights;
    ProblemMenuProvider m_problemMenuProvider;
    MimeDataHandler m_mimeDataHandler;
    QList<QPointer<QMenu>> m_contextSubmenus;
};

} // namespace Folio::Editor
