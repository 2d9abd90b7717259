#pragma once

#include "editor/insertioncontext.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;

namespace Folio::Editor {

class EditorView;
class ImageInserter;
class LinkCompleter;
class LinkDialog;

// The Insert menu's commands for the editor: Link… (Ctrl+K, a page picker; edits the link
// under the cursor), Image… (files), image paste and drop, and link completion while typing.
class InsertionController : public QObject
{
    Q_OBJECT

public:
    InsertionController(EditorView *editor, InsertionContextProvider context,
                        QObject *parent = nullptr);

    // Adds the commands to menu (and their shortcuts to the window).
    void addActions(QMenu *menu);

    // Ctrl+K: opens the link dialog; accepting it inserts the link as one undo step.
    void insertLink();
    // Insert > Image…: asks for image files.
    void chooseImages();

    [[nodiscard]] LinkDialog *linkDialog() const { return m_linkDialog; }
    [[nodiscard]] LinkCompleter *completer() const { return m_completer; }
    [[nodiscard]] ImageInserter *images() const { return m_images; }
    [[nodiscard]] QAction *linkAction() const { return m_linkAction; }

Q_SIGNALS:
    // Something could not be inserted; the text says why.
    void insertionFailed(const QString &message);

private:
    void onLinkDialogAccepted();

    QPointer<EditorView> m_editor;
    InsertionContextProvider m_context;
    LinkDialog *m_linkDialog = nullptr;
    LinkCompleter *m_completer = nullptr;
    ImageInserter *m_images = nullptr;
    QAction *m_linkAction = nullptr;
    QAction *m_imageAction = nullptr;
    int m_linkStart = 0; // the text the dialog's link replaces
    int m_linkEnd = 0;
};

} // namespace Folio::Editor
