#include "editor/insertioncontroller.h"

#include "editor/editorview.h"
#include "editor/imageinserter.h"
#include "editor/linkcompleter.h"
#include "editor/linkdialog.h"
#include "linking/markdownlink.h"

#include <QAction>
#include <QFileDialog>
#include <QMenu>
#include <QTextBlock>

namespace Folio::Editor {

InsertionController::InsertionController(EditorView *editor, InsertionContextProvider context,
                                         QObject *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_context(std::move(context))
{
    m_linkDialog = new LinkDialog(editor);
    connect(m_linkDialog, &QDialog::accepted, this, &InsertionController::onLinkDialogAccepted);
    m_completer = new LinkCompleter(editor, m_context, this);
    m_images = new ImageInserter(editor, m_context, this);
    connect(m_images, &ImageInserter::insertionFailed, this, &InsertionController::insertionFailed);
    editor->setMimeDataHandler(
        {&ImageInserter::accepts, [this](const QMimeData *data) { m_images->insert(data); }});

    m_linkAction = new QAction(tr("&Link…"), this);
    m_linkAction->setObjectName(QStringLiteral("insertLinkAction"));
    m_linkAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_linkAction->setStatusTip(tr("Link the selection to a page of the handbook or a web address"));
    connect(m_linkAction, &QAction::triggered, this, &InsertionController::insertLink);
    m_imageAction = new QAction(tr("&Image…"), this);
    m_imageAction->setObjectName(QStringLiteral("insertImageAction"));
    m_imageAction->setStatusTip(
        tr("Copy an image into the handbook's image folder for this page and show it here"));
    connect(m_imageAction, &QAction::triggered, this, &InsertionController::chooseImages);
}

void InsertionController::addActions(QMenu *menu)
{
    menu->addAction(m_linkAction);
    menu->addAction(m_imageAction);
}

void InsertionController::insertLink()
{
    if (!m_editor || m_editor->isReadOnly())
        return;
    const InsertionContext context = m_context();
    QTextCursor cursor = m_editor->textCursor();
    QString text = cursor.selectedText().replace(QChar::ParagraphSeparator, QLatin1Char(' '));
    QString target;
    m_linkStart = cursor.selectionStart();
    m_linkEnd = cursor.selectionEnd();
    // Inside a link: edit it rather than nest a new one in it.
    const QTextBlock block = cursor.block();
    if (const auto link =
            Linking::MarkdownLink::at(block.text(), cursor.position() - block.position());
        link && !link->image && m_linkStart >= block.position() + link->start &&
        m_linkEnd <= block.position() + link->start + link->length) {
        text = link->text;
        target = link->target;
        m_linkStart = block.position() + int(link->start);
        m_linkEnd = m_linkStart + int(link->length);
    }
    const Linking::LinkCompletion *completion =
        context.index.isEmpty() ? nullptr : &m_completer->completion(context.index);
    m_linkDialog->prepare(completion, context.page,
                          context.page.isEmpty()
                              ? QList<Workspace::PageHeading>()
                              : LinkCompleter::headingsOfText(context, m_editor->pageText()),
                          text, target);
    m_linkDialog->open();
}

void InsertionController::onLinkDialogAccepted()
{
    const QString target = m_linkDialog->linkTarget();
    if (!m_editor || target.isEmpty())
        return;
    const QString link = Linking::MarkdownLink::format(m_linkDialog->linkText(), target);
    QTextCursor cursor(m_editor->document());
    cursor.setPosition(m_linkStart);
    cursor.setPosition(m_linkEnd, QTextCursor::KeepAnchor);
    cursor.insertText(link); // one undo step
    m_editor->setTextCursor(cursor);
    m_editor->setFocus(Qt::OtherFocusReason);
}

void InsertionController::chooseImages()
{
    if (!m_editor || m_editor->isReadOnly())
        return;
    const QStringList files =
        QFileDialog::getOpenFileNames(m_editor, tr("Insert Image"), QString(),
                                      tr("Images (*.png *.jpg *.jpeg *.gif *.svg *.webp)"));
    m_images->insertFiles(files);
}

} // namespace Folio::Editor
