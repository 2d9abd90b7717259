#include "editor/editorview.h"

#include "editor/markdownsyntaxhighlighter.h"

#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QMenu>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>

#include <cmath>
#include <utility>

namespace Folio::Editor {

EditorView::EditorView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_defaultPointSize = std::max(font.pointSizeF(), 10.0);
    setFont(font);
    applyFont();
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setAccessibleName(tr("Page source"));
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this,
            &EditorView::onScrollValueChanged);
    m_highlighter = new MarkdownSyntaxHighlighter(document());
    m_highlighter->setPalette(palette());
}

void EditorView::setZoomSteps(int steps)
{
    steps = std::clamp(steps, MinZoomSteps, MaxZoomSteps);
    if (steps == m_zoomSteps)
        return;
    m_zoomSteps = steps;
    applyFont();
    Q_EMIT zoomChanged(m_zoomSteps);
}

double EditorView::zoomFactor() const
{
    return (m_defaultPointSize + m_zoomSteps) / m_defaultPointSize;
}

void EditorView::setBaseFont(const QFont &font)
{
    m_defaultPointSize = font.pointSizeF() > 0 ? font.pointSizeF() : 10.0;
    setFont(font);
    applyFont();
}

void EditorView::applyFont()
{
    QFont zoomed = font();
    zoomed.setPointSizeF(m_defaultPointSize + m_zoomSteps);
    setFont(zoomed);
    setTabStopDistance(QFontMetricsF(zoomed).horizontalAdvance(QLatin1Char(' ')) * 4);
}

void EditorView::setSoftWrap(bool wrap)
{
    setLineWrapMode(wrap ? QPlainTextEdit::WidgetWidth : QPlainTextEdit::NoWrap);
}

void EditorView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    // Light to dark (or back): the highlighting's colours follow the new palette.
    if (event->type() == QEvent::PaletteChange && m_highlighter)
        m_highlighter->setPalette(palette());
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

void EditorView::placeCursor(int line, int column)
{
    const QTextBlock block = document()->findBlockByNumber(std::max(0, line - 1));
    if (!block.isValid()) {
        placeCursor(document()->characterCount() - 1);
        return;
    }
    placeCursor(block.position() + std::clamp(column - 1, 0, std::max(0, block.length() - 1)));
}

namespace {

QTextCharFormat underlineFormat(const Checks::Problem &problem)
{
    QTextCharFormat format;
    // Spelling in red as every word processor does; link and front-matter errors in orange,
    // so the two read apart; information dotted, as it asks for nothing.
    if (problem.severity == Checks::Severity::Info) {
        format.setUnderlineStyle(QTextCharFormat::DotLine);
        format.setUnderlineColor(QColor(0x3d, 0x8e, 0xd8));
    } else {
        format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        format.setUnderlineColor(problem.category == Checks::Category::Spelling
                                     ? QColor(0xe0, 0x1b, 0x24)
                                     : QColor(0xe6, 0x7e, 0x22));
    }
    return format;
}

} // namespace

void EditorView::setProblems(const QList<Checks::Problem> &problems)
{
    m_problems.clear();
    m_underlines.clear();
    for (const Checks::Problem &problem : problems) {
        const QTextBlock block = document()->findBlockByNumber(problem.line - 1);
        if (problem.line < 1 || problem.column < 1 || problem.length < 1 || !block.isValid())
            continue;
        const int start = problem.column - 1;
        if (start + problem.length > block.length() - 1)
            continue; // the text changed since the check: the next one will tell
        QTextEdit::ExtraSelection underline;
        underline.cursor = QTextCursor(block);
        underline.cursor.setPosition(block.position() + start);
        underline.cursor.setPosition(block.position() + start + problem.length,
                                     QTextCursor::KeepAnchor);
        underline.format = underlineFormat(problem);
        underline.format.setToolTip(problem.message);
        m_underlines.append(underline);
        m_problems.append(problem);
    }
    showExtraSelections();
}

void EditorView::setSearchHighlights(const QList<QTextEdit::ExtraSelection> &highlights)
{
    m_searchHighlights = highlights;
    showExtraSelections();
}

void EditorView::showExtraSelections()
{
    // Copies of a QTextCursor share its position: the underlines keep following the edits.
    setExtraSelections(m_underlines + m_searchHighlights);
}

const Checks::Problem *EditorView::problemAt(int position, QTextCursor *span) const
{
    // The selections' cursors follow edits, so they know where each problem is now.
    const QList<QTextEdit::ExtraSelection> current = extraSelections();
    for (qsizetype i = 0; i < current.size() && i < m_problems.size(); ++i) {
        const QTextCursor &cursor = current[i].cursor;
        if (cursor.hasSelection() && position >= cursor.selectionStart() &&
            position <= cursor.selectionEnd()) {
            if (span)
                *span = cursor;
            return &m_problems[i];
        }
    }
    return nullptr;
}

void EditorView::setProblemMenuProvider(ProblemMenuProvider provider)
{
    m_problemMenuProvider = std::move(provider);
}

void EditorView::setMimeDataHandler(MimeDataHandler handler)
{
    m_mimeDataHandler = std::move(handler);
}

bool EditorView::canInsertFromMimeData(const QMimeData *source) const
{
    return (m_mimeDataHandler.accepts && m_mimeDataHandler.accepts(source)) ||
           QPlainTextEdit::canInsertFromMimeData(source);
}

void EditorView::insertFromMimeData(const QMimeData *source)
{
    if (m_mimeDataHandler.accepts && m_mimeDataHandler.accepts(source))
        m_mimeDataHandler.insert(source);
    else
        QPlainTextEdit::insertFromMimeData(source);
}

void EditorView::addContextSubmenu(QMenu *menu)
{
    m_contextSubmenus.append(menu);
}

QMenu *EditorView::createContextMenu(const QPoint &position)
{
    // The problem's actions first, where the eye lands, then the standard ones.
    auto *menu = new QMenu(this);
    const int textPosition = cursorForPosition(position).position();
    QTextCursor span;
    if (const Checks::Problem *problem = problemAt(textPosition, &span);
        problem && m_problemMenuProvider) {
        m_problemMenuProvider(menu, *problem, span);
        if (!menu->isEmpty())
            menu->addSeparator();
    }
    QMenu *standard = createStandardContextMenu(position);
    standard->setParent(menu, standard->windowFlags());
    menu->addActions(standard->actions());
    bool separated = false;
    for (const QPointer<QMenu> &submenu : std::as_const(m_contextSubmenus)) {
        if (!submenu || isReadOnly())
            continue;
        if (!std::exchange(separated, true))
            menu->addSeparator();
        menu->addMenu(submenu);
    }
    return menu;
}

void EditorView::contextMenuEvent(QContextMenuEvent *event)
{
    const std::unique_ptr<QMenu> menu(createContextMenu(event->pos()));
    menu->exec(event->globalPos());
}

void EditorView::onScrollValueChanged()
{
    if (!m_scrollingProgrammatically)
        Q_EMIT scrolledToLine(topLine());
}

} // namespace Folio::Editor
