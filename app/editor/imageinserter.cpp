#include "editor/imageinserter.h"

#include "editor/editorview.h"
#include "handbook/imageplacement.h"
#include "linking/markdownlink.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>
#include <QtConcurrent>

namespace Folio::Editor {

namespace {

bool isImageFile(const QString &path)
{
    static const QStringList suffixes = {
        QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("jpeg"),
        QStringLiteral("gif"), QStringLiteral("svg"), QStringLiteral("webp"),
    };
    const QFileInfo info(path);
    return info.isFile() && suffixes.contains(info.suffix().toLower());
}

QStringList imageFiles(const QMimeData *data)
{
    QStringList files;
    for (const QUrl &url : data->urls()) {
        if (!url.isLocalFile() || !isImageFile(url.toLocalFile()))
            return {}; // all or nothing: a folder or a document among them is not ours
        files.append(url.toLocalFile());
    }
    return files;
}

} // namespace

ImageInserter::ImageInserter(EditorView *editor, InsertionContextProvider context, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_context(std::move(context))
{
    connect(&m_watcher, &QFutureWatcher<QList<Saved>>::finished, this, &ImageInserter::onSaved);
}

bool ImageInserter::accepts(const QMimeData *data)
{
    if (!data)
        return false;
    if (data->hasUrls())
        return !imageFiles(data).isEmpty();
    return data->hasImage() && !data->hasText();
}

void ImageInserter::insert(const QMimeData *data)
{
    if (!accepts(data))
        return;
    QList<Source> sources;
    if (data->hasUrls()) {
        for (const QString &file : imageFiles(data))
            sources.append({QImage(), file});
    } else {
        sources.append({qvariant_cast<QImage>(data->imageData()), QString()});
    }
    enqueue(sources);
}

void ImageInserter::insertFiles(const QStringList &paths)
{
    QList<Source> sources;
    for (const QString &path : paths) {
        if (isImageFile(path))
            sources.append({QImage(), path});
    }
    if (!sources.isEmpty())
        enqueue(sources);
}

void ImageInserter::enqueue(const QList<Source> &sources)
{
    if (!m_editor || m_editor->isReadOnly())
        return;
    InsertionContext context = m_context();
    if (context.page.isEmpty()) {
        Q_EMIT insertionFailed(tr("Open a page before adding images to it."));
        return;
    }
    m_jobs.append({sources, std::move(context), m_editor->textCursor()});
    if (m_jobs.size() == 1)
        startNext();
}

void ImageInserter::startNext()
{
    if (m_jobs.isEmpty())
        return;
    m_watcher.setFuture(
        QtConcurrent::run(&ImageInserter::save, m_jobs.first().context, m_jobs.first().sources));
}

QList<ImageInserter::Saved> ImageInserter::save(const InsertionContext &context,
                                                const QList<Source> &sources)
{
    QList<Saved> saved;
    for (const Source &source : sources) {
        Saved one;
        QByteArray bytes;
        QString suffix;
        if (source.filePath.isEmpty()) {
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            if (source.image.isNull() || !source.image.save(&buffer, "PNG")) {
                one.error = QStringLiteral("the pasted image could not be encoded as PNG");
                saved.append(one);
                continue;
            }
            suffix = QStringLiteral("png");
            one.alt = tr("Describe the image");
        } else {
            QFile file(source.filePath);
            if (!file.open(QIODevice::ReadOnly)) {
                one.error = QStringLiteral("%1: %2").arg(source.filePath, file.errorString());
                saved.append(one);
                continue;
            }
            bytes = file.readAll();
            if (file.error() != QFileDevice::NoError) {
                one.error = QStringLiteral("%1: %2").arg(source.filePath, file.errorString());
                saved.append(one);
                continue;
            }
            const QFileInfo info(source.filePath);
            suffix = info.suffix().toLower();
            one.alt = info.completeBaseName()
                          .replace(QLatin1Char('-'), QLatin1Char(' '))
                          .replace(QLatin1Char('_'), QLatin1Char(' '));
        }
        const Result<Handbook::ImagePlacement> placed =
            Handbook::ImagePlacement::save(context.handbook, context.page, suffix, bytes);
        if (placed) {
            one.relativePath = placed->relativePath;
            one.url = placed->url;
        } else {
            one.error = placed.error().toString();
        }
        saved.append(one);
    }
    return saved;
}

void ImageInserter::onSaved()
{
    const QList<Saved> saved = m_watcher.result();
    Job job = m_jobs.takeFirst();
    QStringList links;
    QStringList paths;
    for (const Saved &one : saved) {
        if (!one.error.isEmpty()) {
            Q_EMIT insertionFailed(one.error);
            continue;
        }
        links.append(Linking::MarkdownLink::format(one.alt, one.url, true));
        paths.append(one.relativePath);
    }
    if (!links.isEmpty() && m_context().page != job.context.page) {
        // Another page is open now: its text is not where the images were pasted.
        Q_EMIT insertionFailed(tr("The image was saved as %1, but its page is no longer open.")
                                   .arg(paths.join(QStringLiteral(", "))));
    } else if (!links.isEmpty() && m_editor && !m_editor->isReadOnly()) {
        QTextCursor cursor = job.insertAt;
        const int start = cursor.selectionStart();
        cursor.insertText(links.join(QLatin1Char('\n')));
        // The first image's alt text, selected: typing describes the image.
        cursor.setPosition(start + 2);
        cursor.setPosition(start + int(links.first().indexOf(QLatin1String("]("))),
                           QTextCursor::KeepAnchor);
        m_editor->setTextCursor(cursor);
        m_editor->setFocus(Qt::OtherFocusReason);
        Q_EMIT imagesInserted(paths);
    }
    startNext();
}

} // namespace Folio::Editor
