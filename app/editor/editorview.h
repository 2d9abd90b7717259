#pragma once

#include "checks/problem.h"

#include <QPlainTextEdit>

#include <functional>

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

    // Background highlights (the find bar's matches), shown with the problems' underlines.
    void setSearchHighlights(const QList<QTextEdit::ExtraSelection> &highlights);

Q_SIGNALS:
    // The user scrolled (wheel, scroll bar, keyboard): line is now at the top.
    void scrolledToLine(double line);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void onScrollValueChanged();
    // The underlines first: problemAt() finds a problem by its index among them.
    void showExtraSelections();

    bool m_scrollingProgrammatically = false;
    QList<Checks::Problem> m_problems; // the underlined ones, in m_underlines' order
    QList<QTextEdit::ExtraSelection> m_underlines;
    QList<QTextEdit::ExtraSelection> m_searchHighlights;
    ProblemMenuProvider m_problemMenuProvider;
};

} // namespace Folio::Editor
