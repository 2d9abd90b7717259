#include "preview/rendereddiffcontroller.h"

#include "document/page.h"
#include "git/gitservice.h"
#include "git/repository.h"
#include "preview/rendereddiffview.h"

#include <QDir>
#include <QFileInfo>

namespace Folio::Preview {

namespace {

// The folder holding .git at or above the handbook root: the git panel's paths are relative
// to it, and a handbook may be a subfolder of its repository.
QString workTreeAbove(const QString &handbookRoot)
{
    QDir dir(handbookRoot);
    do {
        if (QFileInfo::exists(dir.filePath(QStringLiteral(".git"))))
            return dir.absolutePath();
    } while (dir.cdUp());
    return handbookRoot;
}

} // namespace

RenderedDiffController::RenderedDiffController(Git::GitService *git, QWidget *windowParent,
                                               QObject *parent)
    : QObject(parent)
    , m_git(git)
    , m_windowParent(windowParent)
{
    // Queued: the service answers from its worker thread.
    connect(git, &Git::GitService::fileAtRevisionRead, this,
            &RenderedDiffController::onFileAtRevisionRead);
    connect(git, &Git::GitService::fileAtRevisionFailed, this,
            &RenderedDiffController::onFileAtRevisionFailed);
}

RenderedDiffController::~RenderedDiffController()
{
    if (m_ownsView)
        delete m_view;
}

void RenderedDiffController::setHandbook(const Handbook::Handbook &handbook)
{
    m_handbook = handbook;
    m_workTreeRoot = workTreeAbove(handbook.rootPath());
    m_pendingPath.clear();
    if (m_view)
        m_view->setHandbook(handbook);
}

void RenderedDiffController::setWorkTreeRoot(const QString &absolutePath)
{
    m_workTreeRoot = QDir::cleanPath(absolutePath);
}

void RenderedDiffController::setCurrentTextProvider(CurrentText provider)
{
    m_currentText = std::move(provider);
}

void RenderedDiffController::setView(RenderedDiffView *view)
{
    if (m_ownsView)
        delete m_view;
    m_ownsView = false;
    m_view = view;
    if (m_view)
        m_view->setHandbook(m_handbook);
}

RenderedDiffView *RenderedDiffController::view()
{
    if (!m_view) {
        auto *window = new RenderedDiffView(m_windowParent);
        window->setWindowFlag(Qt::Window);
        window->resize(960, 760);
        window->setHandbook(m_handbook);
        m_view = window;
        m_ownsView = true;
    }
    return m_view;
}

void RenderedDiffController::showRenderedDiff(const QString &path, const QString &baseRevision)
{
    const QString absolute = QDir::cleanPath(m_workTreeRoot + QLatin1Char('/') + path);
    const QString page = m_handbook.relativePath(absolute);
    if (page.isEmpty() || !Handbook::Handbook::isPageFileName(QFileInfo(page).fileName())) {
        Q_EMIT failed(
            tr("%1 is not a page of the handbook: there is no rendered diff for it.").arg(path));
        return;
    }
    if (!m_git) {
        Q_EMIT failed(tr("Git is not available."));
        return;
    }
    m_pendingPath = path;
    m_pendingRevision = baseRevision;
    m_pendingPage = page;
    QMetaObject::invokeMethod(
        m_git, [git = m_git, path, baseRevision] { git->readFileAtRevision(path, baseRevision); },
        Qt::QueuedConnection);
}

void RenderedDiffController::onFileAtRevisionRead(const QString &path, const QString &revision,
                                                  const QByteArray &content)
{
    if (path != m_pendingPath || revision != m_pendingRevision)
        return; // someone else's question, or one asked before the latest
    m_pendingPath.clear();
    const auto old = Document::Page::fromBytes(content);
    if (!old) {
        Q_EMIT failed(
            tr("The page as of %1 cannot be read: %2").arg(revision, old.error().toString()));
        return;
    }
    show(old->text());
}

void RenderedDiffController::onFileAtRevisionFailed(const QString &path, const QString &revision,
                                                    const Folio::Error &error)
{
    if (path != m_pendingPath || revision != m_pendingRevision)
        return;
    m_pendingPath.clear();
    if (Git::Repository::isNotFound(error)) {
        show(QString()); // a page new since the revision: all of it is added
        return;
    }
    Q_EMIT failed(tr("Cannot read %1 as of %2: %3").arg(path, revision, error.toString()));
}

void RenderedDiffController::show(const QString &oldText)
{
    std::optional<QString> current = m_currentText ? m_currentText(m_pendingPage) : std::nullopt;
    if (!current) {
        const QString file = m_handbook.absolutePath(m_pendingPage);
        if (!QFileInfo::exists(file)) {
            current = QString(); // deleted in the work tree: all of it is removed
        } else if (auto page = Document::Page::load(file)) {
            current = page->text();
        } else {
            Q_EMIT failed(tr("Cannot read %1: %2").arg(m_pendingPage, page.error().toString()));
            return;
        }
    }
    RenderedDiffView *target = view();
    target->showDiff(m_pendingPage, oldText, *current, m_pendingRevision);
    if (m_ownsView) {
        target->setWindowTitle(tr("Rendered Diff: %1").arg(m_pendingPage));
        target->show();
        target->raise();
        target->activateWindow();
    }
    Q_EMIT shown(m_pendingPage, m_pendingRevision);
}

} // namespace Folio::Preview
