#include "editor/editorview.h"

#include <QFontDatabase>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>

#include <cmath>

namespace Folio::Editor {

EditorView::EditorView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(std::max(font.pointSizeF(), 10.0));
    setFont(font);
    setTabStopDistance(QFontMetricsF(font).horizontalAdvance(QLatin1Char(' ')) * 4);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setAccessibleName(tr("Page source"));
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this,
            &EditorView::onScrollValueChanged);
}

void EditorView::setPageText(const QString &text)
{
    document()->setUndoRedoEnabled(false);
    setPlainText(text);
    document()->setUndoRedoEnabled(true);
    document()->setModified(false);
    moveCursor(QTextCursor::Start);
}

QString EditorView::pageText() const
{
    QString text = document()->toRawText();
    text.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    return text;
}

double EditorView::topLine() const
{
    // Each source line is one text block; a wrapped line spans several visual lines.
    const QTextBlock block = firstVisibleBlock();
    if (!block.isValid())
        return 1;
    const QRectF rect = blockBoundingGeometry(block).translated(contentOffset());
    const double fraction =
        rect.height() > 0 ? std::clamp(-rect.top() / rect.height(), 0.0, 1.0) : 0.0;
    return block.blockNumber() + 1 + fraction;
}

void EditorView::scrollToLine(double line)
{
    const int number = std::max(0, int(std::floor(line)) - 1);
    const QTextBlock block = document()->findBlockByNumber(number);
    if (!block.isValid())
        return;
    // The scroll bar counts visual lines: a wrapped block contributes several.
    const double within = (line - std::floor(line)) * std::max(1, block.lineCount());
    m_scrollingProgrammatically = true;
    verticalScrollBar()->setValue(block.firstLineNumber() + int(within));
    m_scrollingProgrammatically = false;
}

void EditorView::placeCursor(qsizetype position)
{
    QTextCursor cursor(document());
    cursor.setPosition(int(std::clamp<qsizetype>(position, 0, document()->characterCount() - 1)));
    setTextCursor(cursor);
    ensureCursorVisible();
    setFocus(Qt::OtherFocusReason);
}

void EditorView::onScrollValueChanged()
{
    if (!m_scrollingProgrammatically)
        Q_EMIT scrolledToLine(topLine());
}

} // namespace Folio::Editor
