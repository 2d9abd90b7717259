#include "document/externalchangecontroller.h"

#include "document/externalchangedialog.h"
#include "document/filestamp.h"
#include "document/pagefilewatcher.h"
#include "editor/editorview.h"
#include "widgets/shortcuttext.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScrollBar>
#include <QTextBlock>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Folio::Document {

using Kind = Widgets::MessageBanner::Kind;

ExternalChangeController::ExternalChangeController(Editor::EditorView *editor, QWidget *window)
    : QObject(window)
    , m_editor(editor)
    , m_window(window)
{
    m_banner = new Widgets::MessageBanner(window);
    m_banner->setObjectName(QStringLiteral("externalChangeBanner"));
    m_saveAction = new QAction(tr("Save"), this);
    m_saveAction->setObjectName(QStringLiteral("externalSaveAction"));
    m_saveAction->setToolTip(tr("Write your text to the page's file again"));
    connect(m_saveAction, &QAction::triggered, this, &ExternalChangeController::saveRequested);
    m_closeAction = new QAction(tr("Close"), this);
    m_closeAction->setObjectName(QStringLiteral("externalCloseAction"));
    m_closeAction->setToolTip(tr("Close the page without saving it"));
    connect(m_closeAction, &QAction::triggered, this, [this] {
        const QString page = m_page;
        Q_EMIT closeRequested(tr("%1 was deleted and is closed.").arg(page));
    });

    m_watcher = new PageFileWatcher(this);
    connect(m_watcher, &PageFileWatcher::changedOnDisk, this,
            &ExternalChangeController::onChangedOnDisk);
    connect(m_watcher, &PageFileWatcher::deleted, this, &ExternalChangeController::onDeleted);
    connect(m_watcher, &PageFileWatcher::restored, this, &ExternalChangeController::onRestored);
    connect(m_watcher, &PageFileWatcher::readFailed, this, &ExternalChangeController::onReadFailed);
    connect(&m_search, &QFutureWatcher<QString>::finished, this,
            &ExternalChangeController::onSameFileSearched);
}

ExternalChangeController::~ExternalChangeController()
{
    m_search.waitForFinished();
}

ExternalChangeDialog *ExternalChangeController::question() const
{
    return m_question;
}

void ExternalChangeController::setHandbook(const Handbook::Handbook &handbook)
{
    pageClosed();
    m_handbook = handbook;
}

void ExternalChangeController::pageOpened(const QString &relativePath, const Page &page)
{
    pageClosed();
    m_page = relativePath;
    m_loaded = page;
    m_keptOver.clear();
    m_watcher->watch(m_handbook.absolutePath(relativePath), page.bytes());
}

void ExternalChangeController::pageSaved(const Page &page)
{
    m_loaded = page;
    m_keptOver.clear();
    m_watcher->setBaseline(page.bytes());
    hideBanner();
}

void ExternalChangeController::pageClosed()
{
    ++m_generation;
    m_page.clear();
    m_loaded = Page();
    m_keptOver.clear();
    m_watcher->stop();
    if (m_question)
        m_question->deleteLater();
    m_question.clear();
    hideBanner();
}

void ExternalChangeController::workTreeChanged()
{
    if (m_page.isEmpty())
        return;
    const QString path = m_handbook.absolutePath(m_page);
    if (!QFileInfo::exists(path) && !hasOwnEdits()) {
        // The user settled their edits before the operation: the branch has no such page.
        Q_EMIT closeRequested(
            tr("%1 is not in the handbook any more (on this branch), so it was closed.")
                .arg(m_page));
        return;
    }
    m_watcher->checkNow();
}

QString ExternalChangeController::prepareSave() const
{
    if (m_page.isEmpty())
        return {};
    if (!handbookFolderExists()) {
        return tr("The handbook folder %1 is not there any more (deleted, moved, or on a drive "
                  "that is not mounted), so %2 cannot be saved. Your text is still here, "
                  "unsaved.")
            .arg(QDir::toNativeSeparators(m_handbook.rootPath()), m_page);
    }
    // Deleted with its folder (a whole section removed): Save puts both back.
    const QString folder = QFileInfo(m_handbook.absolutePath(m_page)).absolutePath();
    if (!QFileInfo(folder).isDir() && !QDir().mkpath(folder)) {
        return tr("The folder %1 could not be made again, so %2 cannot be saved. Your text is "
                  "still here, unsaved.")
            .arg(QDir::toNativeSeparators(folder), m_page);
    }
    return {};
}

bool ExternalChangeController::mayAutosave()
{
    if (m_page.isEmpty())
        return true;
    if (m_question || m_watcher->isMissing())
        return false;
    QFile file(m_handbook.absolutePath(m_page));
    if (!file.open(QIODevice::ReadOnly))
        return false; // deleted or unreadable: the watcher reports it, the user decides
    const QByteArray onDisk = file.readAll();
    if (onDisk == m_loaded.bytes() || (!m_keptOver.isEmpty() && onDisk == m_keptOver))
        return true;
    m_watcher->checkNow(); // not reported yet: ask now rather than write over it
    return false;
}

bool ExternalChangeController::hasOwnEdits() const
{
    // Compared by text rather than the modified flag: a page marked unsaved because its file
    // was deleted holds nothing that reading the file again would lose.
    return m_editor->pageText() != m_loaded.text();
}

bool ExternalChangeController::handbookFolderExists() const
{
    return !m_handbook.rootPath().isEmpty() && QFileInfo(m_handbook.rootPath()).isDir();
}

void ExternalChangeController::onChangedOnDisk(const QByteArray &bytes)
{
    auto page = Page::fromBytes(bytes);
    if (!page) {
        showBanner(Kind::Warning,
                   tr("%1 was changed by another program and is not a page Folio can show any "
                      "more: %2. Your text is still here; saving replaces the file with it.")
                       .arg(m_page, page.error().toString()),
                   false);
        return;
    }
    if (m_question) {
        // Still asking about an earlier version: the answer applies to this one.
        m_onDisk = page.value();
        m_question->setTexts(m_onDisk.text(), m_editor->pageText());
        return;
    }
    if (!hasOwnEdits()) {
        load(page.value(), false);
        return;
    }
    ask(page.value());
}

void ExternalChangeController::ask(const Page &disk)
{
    m_onDisk = disk;
    auto *dialog = new ExternalChangeDialog(m_handbook, m_page, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setTexts(disk.text(), m_editor->pageText());
    connect(dialog, &QDialog::finished, this, &ExternalChangeController::onAnswered);
    m_question = dialog;
    dialog->open();
    Q_EMIT questionAsked(m_page);
}

void ExternalChangeController::onAnswered(int result)
{
    Q_UNUSED(result)
    ExternalChangeDialog *dialog = m_question;
    m_question.clear();
    if (!dialog || m_page.isEmpty())
        return;
    if (dialog->choice() == ExternalChangeDialog::Choice::TakeTheirs) {
        load(m_onDisk, true);
        showBanner(Kind::Information,
                   tr("%1 now shows the file's text. %2 brings yours back.")
                       .arg(m_page, Widgets::shortcutText(QKeySequence::Undo)),
                   false);
    } else {
        m_keptOver = m_onDisk.bytes();
        showBanner(Kind::Information,
                   tr("You kept your text of %1: saving replaces the file that was changed on "
                      "disk.")
                       .arg(m_page),
                   false);
    }
}

void ExternalChangeController::onDeleted()
{
    if (m_question) {
        m_question->deleteLater(); // nothing to take any more; the edits stay
        m_question.clear();
    }
    if (!handbookFolderExists()) {
        m_editor->document()->setModified(true);
        showBanner(Kind::Error,
                   tr("The handbook folder %1 is not there any more (deleted, moved, or on a "
                      "drive that is not mounted). Your text of %2 is still here, unsaved; it "
                      "can be saved once the folder is back.")
                       .arg(QDir::toNativeSeparators(m_handbook.rootPath()), m_page),
                   false);
        return;
    }
    // Renamed or moved (git mv, a file manager) keeps the inode: look for it off the UI
    // thread, a big handbook has thousands of files.
    m_searchGeneration = m_generation;
    m_search.setFuture(
        QtConcurrent::run([root = m_handbook.rootPath(), stamp = m_watcher->lastStamp()] {
            return FileStamp::findSameFile(root, stamp);
        }));
}

void ExternalChangeController::onSameFileSearched()
{
    if (m_searchGeneration != m_generation || m_page.isEmpty() || !m_watcher->isMissing())
        return; // another page is open, or the file came back meanwhile
    const QString found = m_search.result();
    const QString relative = found.isEmpty() ? QString() : m_handbook.relativePath(found);
    if (!relative.isEmpty() && m_handbook.isPagePath(relative)) {
        const QString old = m_page;
        m_page = relative;
        m_watcher->follow(found);
        Q_EMIT pageMoved(relative);
        showBanner(Kind::Information,
                   tr("%1 was moved to %2 by another program; Folio now edits it there.")
                       .arg(old, relative),
                   false);
        return;
    }
    m_editor->document()->setModified(true);
    showBanner(Kind::Warning,
               tr("%1 was deleted by another program. Your text is still here, unsaved: Save "
                  "writes the page again, Close closes it.")
                   .arg(m_page),
               true);
}

void ExternalChangeController::onRestored(const QByteArray &bytes)
{
    hideBanner();
    auto page = Page::fromBytes(bytes);
    if (page && page->text() == m_editor->pageText()) {
        // Back as it was (a branch switched back, a folder remounted): nothing is unsaved.
        m_loaded = page.value();
        m_keptOver.clear();
        m_watcher->setBaseline(bytes);
        m_editor->document()->setModified(false);
        Q_EMIT pageReloaded(m_loaded);
        return;
    }
    onChangedOnDisk(bytes);
}

void ExternalChangeController::onReadFailed(const Folio::Error &error)
{
    showBanner(Kind::Warning,
               tr("%1 cannot be read any more: %2. Your text is still here.")
                   .arg(m_page, error.toString()),
               false);
}

void ExternalChangeController::load(const Page &page, bool undoable)
{
    replaceEditorText(page.text(), undoable);
    m_loaded = page;
    m_keptOver.clear();
    m_watcher->setBaseline(page.bytes());
    Q_EMIT pageReloaded(page);
}

void ExternalChangeController::replaceEditorText(const QString &text, bool undoable)
{
    // Keep the reader where they were (line and column, scroll), without taking the focus.
    const QTextCursor before = m_editor->textCursor();
    const int line = before.blockNumber();
    const int column = before.positionInBlock();
    const int scroll = m_editor->verticalScrollBar()->value();
    QTextDocument *document = m_editor->document();
    {
        const QSignalBlocker blocker(m_editor);
        if (undoable) {
            // One undo step: Ctrl+Z brings back what the user had typed.
            QTextCursor all(document);
            all.beginEditBlock();
            all.select(QTextCursor::Document);
            all.insertText(text);
            all.endEditBlock();
            document->setModified(false);
        } else {
            m_editor->setPageText(text);
        }
    }
    const QTextBlock block =
        document->findBlockByNumber(std::min(line, document->blockCount() - 1));
    QTextCursor cursor(document);
    cursor.setPosition(block.position() + std::clamp(column, 0, block.length() - 1));
    m_editor->setTextCursor(cursor);
    m_editor->verticalScrollBar()->setValue(scroll);
}

void ExternalChangeController::showBanner(Widgets::MessageBanner::Kind kind, const QString &text,
                                          bool withActions)
{
    if (withActions) {
        m_banner->addAction(m_saveAction);
        m_banner->addAction(m_closeAction);
    } else {
        m_banner->removeAction(m_saveAction);
        m_banner->removeAction(m_closeAction);
    }
    m_banner->showMessage(kind, text);
}

void ExternalChangeController::hideBanner()
{
    m_banner->removeAction(m_saveAction);
    m_banner->removeAction(m_closeAction);
    m_banner->hide();
}

} // namespace Folio::Document
