#include "editor/linkcompleter.h"

#include "editor/editorview.h"
#include "workspace/pagescanner.h"

#include <QKeyEvent>
#include <QListWidget>
#include <QScrollBar>
#include <QTextBlock>

#include <utility>

namespace Folio::Editor {

LinkCompleter::LinkCompleter(EditorView *editor, InsertionContextProvider context, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_context(std::move(context))
{
    m_popup = new QListWidget(editor);
    m_popup->setObjectName(QStringLiteral("linkCompletionPopup"));
    m_popup->setFocusPolicy(Qt::NoFocus);
    m_popup->setAccessibleName(tr("Link completions"));
    m_popup->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_popup->setFrameShape(QFrame::Box);
    m_popup->hide();
    connect(m_popup, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { accept(m_popup->row(item)); });

    editor->installEventFilter(this);
    connect(editor->document(), &QTextDocument::contentsChange, this,
            &LinkCompleter::onContentsChange);
    connect(editor, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        const bool typed = std::exchange(m_typed, false);
        if ((typed || (m_popup && m_popup->isVisible())) && !m_inserting)
            update();
    });
}

const Linking::LinkCompletion &LinkCompleter::completion(const Workspace::PageIndex &index)
{
    if (!m_completion || !m_completion->index().isSameSnapshot(index))
        m_completion.emplace(index);
    return *m_completion;
}

QList<Workspace::PageHeading> LinkCompleter::headingsOfText(const InsertionContext &context,
                                                            const QString &text)
{
    return Workspace::PageScanner::scanText(context.handbook, context.page, text.toUtf8()).headings;
}

void LinkCompleter::onContentsChange(int position, int removed, int added)
{
    Q_UNUSED(position)
    // Only typing asks for completion (a character or two in, or out); loading a page or
    // pasting does not. The cursor has its new place only at cursorPositionChanged.
    if (!m_inserting && added + removed > 0 && added <= 2 && removed <= 2)
        m_typed = true;
}

void LinkCompleter::update()
{
    if (!m_popup)
        return; // the editor is being destroyed
    const QTextCursor cursor = m_editor->textCursor();
    if (cursor.hasSelection() || m_editor->isReadOnly()) {
        hide();
        return;
    }
    const QTextBlock block = cursor.block();
    const QString before = block.text().left(cursor.positionInBlock());
    m_current = Linking::LinkCompletion::contextAt(before);
    m_blockPosition = block.position();
    if (m_current.kind == Linking::CompletionContext::Kind::None) {
        hide();
        return;
    }
    const InsertionContext context = m_context();
    if (context.index.isEmpty()) {
        hide();
        return;
    }
    const Linking::LinkCompletion &links = completion(context.index);
    QList<Linking::CompletionItem> items;
    if (m_current.kind == Linking::CompletionContext::Kind::Page) {
        items = links.pages(m_current.typed);
    } else {
        const QString page = links.pageFor(m_current.pageTarget, context.page);
        const QList<Workspace::PageHeading> outline =
            page.isEmpty()         ? QList<Workspace::PageHeading>()
            : page == context.page ? headingsOfText(context, m_editor->pageText())
                                   : context.index.outline(page);
        items = Linking::LinkCompletion::headings(outline, m_current.typed);
    }
    // Nothing left to offer, or only what is typed already.
    if (items.isEmpty() || (items.size() == 1 && items.first().insertText == m_current.typed)) {
        hide();
        return;
    }

    m_popup->clear();
    for (const Linking::CompletionItem &offer : std::as_const(items)) {
        auto *item = new QListWidgetItem(offer.label + u'\n' + offer.detail, m_popup);
        item->setData(Qt::UserRole, offer.insertText);
        item->setToolTip(offer.detail);
    }
    m_popup->setCurrentRow(0);

    // Under the cursor, inside the editor, as wide as the longest offer allows.
    const QRect caret = m_editor->cursorRect();
    const int rows = std::min<int>(int(items.size()), 8);
    const int height = m_popup->sizeHintForRow(0) * rows + 2 * m_popup->frameWidth();
    const int width =
        std::min(m_editor->viewport()->width(), std::max(280, m_popup->sizeHintForColumn(0) + 24));
    QPoint topLeft = m_editor->viewport()->mapTo(m_editor, caret.bottomLeft());
    if (topLeft.y() + height > m_editor->height())
        topLeft.setY(
            std::max(0, m_editor->viewport()->mapTo(m_editor, caret.topLeft()).y() - height));
    topLeft.setX(std::clamp(topLeft.x(), 0, std::max(0, m_editor->width() - width)));
    m_popup->setGeometry(QRect(topLeft, QSize(width, height)));
    m_popup->show();
    m_popup->raise();
}

void LinkCompleter::accept(int row)
{
    const QListWidgetItem *item = m_popup->item(row);
    if (!item)
        return;
    QTextCursor cursor = m_editor->textCursor();
    const int start = m_blockPosition + int(m_current.start);
    if (start > cursor.position())
        return;
    cursor.setPosition(start, QTextCursor::KeepAnchor);
    m_inserting = true;
    cursor.insertText(item->data(Qt::UserRole).toString());
    m_editor->setTextCursor(cursor);
    m_inserting = false;
    hide();
}

void LinkCompleter::hide()
{
    if (m_popup)
        m_popup->hide();
    m_current = {};
}

bool LinkCompleter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && m_popup && m_popup->isVisible()) {
        if (event->type() == QEvent::FocusOut &&
            static_cast<QFocusEvent *>(event)->reason() != Qt::PopupFocusReason) {
            hide();
        } else if (event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            const int count = m_popup->count();
            switch (key->key()) {
            case Qt::Key_Down:
            case Qt::Key_Up:
            case Qt::Key_PageDown:
            case Qt::Key_PageUp: {
                const int step = key->key() == Qt::Key_Down       ? 1
                                 : key->key() == Qt::Key_Up       ? -1
                                 : key->key() == Qt::Key_PageDown ? 8
                                                                  : -8;
                m_popup->setCurrentRow(std::clamp(m_popup->currentRow() + step, 0, count - 1));
                return true;
            }
            case Qt::Key_Return:
            case Qt::Key_Enter:
            case Qt::Key_Tab:
                if (key->modifiers() & ~Qt::KeypadModifier)
                    break;
                accept(m_popup->currentRow());
                return true;
            case Qt::Key_Escape:
                hide();
                return true;
            default:
                break;
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Folio::Editor
