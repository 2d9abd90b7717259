#include "workspace/outlinepanel.h"

#include "editor/editorview.h"
#include "workspace/pagescanner.h"

#include <QHeaderView>
#include <QLabel>
#include <QTextBlock>
#include <QTextDocument>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Folio::Workspace {

namespace {

// Re-reading the page waits for a pause in typing; the scan itself takes a few
// milliseconds even for the largest handbook page.
constexpr int readDelayMs = 250;

} // namespace

OutlinePanel::OutlinePanel(QWidget *parent)
    : QDockWidget(tr("Outline"), parent)
{
    setObjectName(QStringLiteral("outlinePanel"));
    auto *body = new QWidget(this);
    m_view = new QTreeWidget(body);
    m_view->setObjectName(QStringLiteral("outlineView"));
    m_view->setAccessibleName(tr("Headings of the page"));
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setExpandsOnDoubleClick(false);
    m_empty = new QLabel(tr("This page has no headings."), body);
    m_empty->setWordWrap(true);
    m_empty->hide();
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_empty);
    layout->addWidget(m_view, 1);
    setWidget(body);

    const auto activate = [this](QTreeWidgetItem *item) {
        const int index = int(m_items.indexOf(item));
        if (index >= 0)
            Q_EMIT headingActivated(m_headings[index].line, m_headings[index].id);
    };
    connect(m_view, &QTreeWidget::itemActivated, this, activate);
    connect(m_view, &QTreeWidget::itemClicked, this, activate);
    m_readTimer.setSingleShot(true);
    connect(&m_readTimer, &QTimer::timeout, this, &OutlinePanel::readText);
}

void OutlinePanel::setEditor(Editor::EditorView *editor)
{
    if (m_editor) {
        disconnect(m_editor, nullptr, this, nullptr);
        disconnect(m_editor->document(), nullptr, this, nullptr);
    }
    m_editor = editor;
    if (editor) {
        // The document's signal, not the view's: a page is loaded with the view's signals
        // blocked.
        connect(editor->document(), &QTextDocument::contentsChanged, this,
                &OutlinePanel::scheduleRead);
        connect(editor, &QPlainTextEdit::cursorPositionChanged, this, &OutlinePanel::followCursor);
    }
    readText();
}

void OutlinePanel::showPage(Markdown::Dialect dialect)
{
    m_dialect = dialect;
    m_hasPage = true;
    readText();
}

void OutlinePanel::showNoPage()
{
    m_hasPage = false;
    readText();
}

void OutlinePanel::scheduleRead()
{
    // A page just loaded (nothing shown yet) is read on the next turn of the event loop;
    // typing waits for a pause.
    m_readTimer.start(m_headings.isEmpty() ? 0 : readDelayMs);
}

void OutlinePanel::readText()
{
    m_readTimer.stop();
    // A read-only page (not UTF-8, or a file Folio may not write) has an outline too.
    const QString text = m_editor && m_hasPage ? m_editor->pageText() : QString();
    m_page = PageScanner::scan(text.toUtf8(), m_dialect);
    const QList<PageHeading> &headings = m_page.headings;
    if (headings != m_headings) {
        m_headings = headings;
        m_view->clear();
        m_items.clear();
        // Nest each heading under the nearest one above it with a lower level.
        QList<QTreeWidgetItem *> stack;
        QList<int> levels;
        for (const PageHeading &heading : std::as_const(m_headings)) {
            while (!levels.isEmpty() && levels.last() >= heading.level) {
                levels.removeLast();
                stack.removeLast();
            }
            auto *item =
                stack.isEmpty() ? new QTreeWidgetItem(m_view) : new QTreeWidgetItem(stack.last());
            item->setText(0, heading.text.isEmpty() ? tr("(empty heading)") : heading.text);
            item->setToolTip(0, heading.id.isEmpty()
                                    ? tr("Line %1").arg(heading.line)
                                    : tr("Line %1, #%2").arg(heading.line).arg(heading.id));
            m_items.append(item);
            stack.append(item);
            levels.append(heading.level);
        }
        m_view->expandAll();
        m_current = -2; // select again
    }
    m_empty->setVisible(m_editor && m_hasPage && m_headings.isEmpty());
    followCursor();
    Q_EMIT outlineUpdated();
}

void OutlinePanel::followCursor()
{
    if (!m_editor)
        return;
    const int line = m_editor->textCursor().blockNumber() + 1;
    const int current = m_page.headingIndexAtLine(line);
    if (current == m_current)
        return;
    m_current = current;
    if (current >= 0 && current < m_items.size()) {
        m_view->setCurrentItem(m_items[current]);
        m_view->scrollToItem(m_items[current]);
    } else {
        m_view->setCurrentItem(nullptr);
    }
}

} // namespace Folio::Workspace
