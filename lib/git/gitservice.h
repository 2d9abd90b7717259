#pragma once

#include "git/repository.h"

#include <QObject>
#include <QString>

#include <optional>

namespace Folio::Git {

// What the status bar shows about the open page.
struct PageGitState
{
    QString pagePath; // absolute path the state is for
    bool inRepository = false;
    BranchState branch;
    FileStatus status = FileStatus::Unmodified;
    QString error; // set when git could not be read; the rest is then empty
};

// Owns the handbook's libgit2 repository on a worker thread: move it to a QThread and call
// its slots through queued connections; results come back as value-type signals.
class GitService : public QObject
{
    Q_OBJECT

public:
    explicit GitService(QObject *parent = nullptr);
    ~GitService() override;

public Q_SLOTS:
    // Opens the repository containing path; closes the previous one.
    void openRepository(const QString &path);
    // Reads branch and status for the page at absolutePath; answers with pageStateRead().
    void readPageState(const QString &absolutePath);

Q_SIGNALS:
    void pageStateRead(const Folio::Git::PageGitState &state);

private:
    std::optional<Repository> m_repository;
    QString m_openError;
};

} // namespace Folio::Git

Q_DECLARE_METATYPE(Folio::Git::PageGitState)
