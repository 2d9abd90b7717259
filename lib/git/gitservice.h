#pragma once

#include "core/error.h"
#include "git/changelist.h"
#include "git/commitoperation.h"
#include "git/filediff.h"
#include "git/indexlock.h"
#include "git/repository.h"

#include <QByteArray>
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
// its slots through queued connections; results come back as value-type signals. Every slot
// answers with exactly one signal (a success or a failure one).
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

    // The git panel. Answers changesRefreshed() or changesFailed(). The options are kept for
    // the refresh that follows a commit.
    void refreshChanges(const Folio::Git::ChangeListOptions &options);
    // Answers fileDiffRead() or fileDiffFailed().
    void readFileDiff(const Folio::Git::FileDiffRequest &request);
    // The committed bytes of a page, for a rendered diff. Answers fileAtRevisionRead() or
    // fileAtRevisionFailed().
    void readFileAtRevision(const QString &path, const QString &revision);
    // Answers committed() followed by changesRefreshed(), or identityMissing() (ask the user,
    // storeIdentity(), then send the request again), or commitFailed().
    void commitFiles(const Folio::Git::CommitRequest &request);
    // Into the repository's own config. Answers identityStored() or identityStoreFailed().
    void storeIdentity(const Folio::Git::Signature &identity);
    // Answers indexLockRead().
    void readIndexLock();
    // Only when the user asked for it (see indexlock.h). Answers indexLockRemoved() or
    // indexLockRemovalFailed().
    void removeStaleIndexLock();

Q_SIGNALS:
    void pageStateRead(const Folio::Git::PageGitState &state);
    void changesRefreshed(const Folio::Git::ChangeList &changes);
    void changesFailed(const Folio::Error &error);
    void fileDiffRead(const Folio::Git::FileDiff &diff);
    void fileDiffFailed(const QString &path, const Folio::Error &error);
    void fileAtRevisionRead(const QString &path, const QString &revision,
                            const QByteArray &content);
    void fileAtRevisionFailed(const QString &path, const QString &revision,
                              const Folio::Error &error);
    void committed(const Folio::Git::CommitResult &result);
    void commitFailed(const Folio::Error &error);
    void identityMissing(const Folio::Git::CommitRequest &request);
    void identityStored(const Folio::Git::Signature &identity);
    void identityStoreFailed(const Folio::Error &error);
    void indexLockRead(const Folio::Git::IndexLockState &state);
    void indexLockRemoved(bool removed); // false: there was no lock
    void indexLockRemovalFailed(const Folio::Error &error);

private:
    // The open repository, or the error saying why there is none.
    [[nodiscard]] Result<const Repository *> repository() const;

    std::optional<Repository> m_repository;
    QString m_openError;
    ChangeListOptions m_changeOptions;
};

} // namespace Folio::Git

Q_DECLARE_METATYPE(Folio::Git::PageGitState)
