#pragma once

#include "core/error.h"
#include "handbook/handbook.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

namespace Folio::Git {
class GitService;
}

namespace Folio::Preview {

class RenderedDiffView;

// Answers the git panel's "show rendered diff" for a page: reads the page as committed in
// the base revision through the GitService (on its worker thread), takes the page's current
// text (the editor's, unsaved edits included, or the file on disk) and shows both compared
// in a RenderedDiffView: its own window unless setView() gave one to embed (a dock tab).
class RenderedDiffController : public QObject
{
    Q_OBJECT

public:
    // The page's current text, when an editor has it open; nullopt to read the file.
    using CurrentText = std::function<std::optional<QString>(const QString &handbookPath)>;

    // git lives on its worker thread and must outlive this controller. windowParent is the
    // parent of the window the controller creates (the main window), may be null.
    RenderedDiffController(Git::GitService *git, QWidget *windowParent, QObject *parent = nullptr);
    ~RenderedDiffController() override;

    // Also takes the git work tree's root as the folder above the handbook that holds .git;
    // setWorkTreeRoot() overrides it.
    void setHandbook(const Handbook::Handbook &handbook);
    void setWorkTreeRoot(const QString &absolutePath);
    void setCurrentTextProvider(CurrentText provider);
    // Shows diffs in this view instead of a window of the controller's own.
    void setView(RenderedDiffView *view);
    // The view diffs are shown in (created on first use when none was set).
    [[nodiscard]] RenderedDiffView *view();

public Q_SLOTS:
    // path relative to the work tree, as the git panel lists it; baseRevision "HEAD", "main",
    // "origin/main" or a commit id. A page the revision does not have shows as all added.
    void showRenderedDiff(const QString &path, const QString &baseRevision);

Q_SIGNALS:
    // Nothing could be shown: a translated message for the window's banner.
    void failed(const QString &message);
    // The view now shows the page's diff.
    void shown(const QString &handbookPath, const QString &baseRevision);

private:
    void onFileAtRevisionRead(const QString &path, const QString &revision,
                              const QByteArray &content);
    void onFileAtRevisionFailed(const QString &path, const QString &revision,
                                const Folio::Error &error);
    void show(const QString &oldText);

    QPointer<Git::GitService> m_git;
    QPointer<QWidget> m_windowParent;
    QPointer<RenderedDiffView> m_view;
    bool m_ownsView = false;
    Handbook::Handbook m_handbook;
    QString m_workTreeRoot; // absolute, no trailing '/'
    CurrentText m_currentText;

    // The request waiting for git's answer.
    QString m_pendingPath; // relative to the work tree
    QString m_pendingRevision;
    QString m_pendingPage; // relative to the handbook
};

} // namespace Folio::Preview
