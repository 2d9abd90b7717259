#pragma once

#include "editor/insertioncontext.h"

#include <QFutureWatcher>
#include <QImage>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTextCursor>

class QMimeData;

namespace Folio::Editor {

class EditorView;

// Images pasted (pixels on the clipboard) or dropped (image files) into the editor: each is
// saved into the handbook's image folder for the open page (Handbook::ImagePlacement; PNG for
// pixels, the file's own format for files), then a Markdown image link is inserted where it
// was pasted or dropped, its alt text selected for typing. Encoding and writing run off the UI
// thread; the insertion point follows edits made meanwhile.
class ImageInserter : public QObject
{
    Q_OBJECT

public:
    ImageInserter(EditorView *editor, InsertionContextProvider context, QObject *parent = nullptr);

    // Whether data is for this: pixels without text (a text copy from an office program also
    // carries a picture of itself, and is text), or only local image files.
    [[nodiscard]] static bool accepts(const QMimeData *data);
    // Saves the images of data and inserts their links at the editor's cursor.
    void insert(const QMimeData *data);
    // The same for image files (Insert > Image…).
    void insertFiles(const QStringList &paths);

    [[nodiscard]] bool isBusy() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    // Links were inserted for images saved at these paths (relative to the handbook root).
    void imagesInserted(const QStringList &relativePaths);
    // An image could not be saved: technical text, for the window to show.
    void insertionFailed(const QString &message);

private:
    struct Source
    {
        QImage image;     // pasted pixels
        QString filePath; // or a dropped file
    };
    struct Saved
    {
        QString relativePath;
        QString url;
        QString alt;
        QString error; // empty when saved
    };
    static QList<Saved> save(const InsertionContext &context, const QList<Source> &sources);
    struct Job
    {
        QList<Source> sources;
        InsertionContext context; // the page it was pasted into
        QTextCursor insertAt;     // follows edits while the images are saved
    };
    void enqueue(const QList<Source> &sources);
    void startNext();
    void onSaved();

    QPointer<EditorView> m_editor;
    InsertionContextProvider m_context;
    QList<Job> m_jobs; // the first is running
    QFutureWatcher<QList<Saved>> m_watcher;
};

} // namespace Folio::Editor
