#pragma once

#include "core/result.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <memory>

struct git_repository;

namespace Folio::Git {

enum class FileStatus
{
    Unmodified,
    Modified,  // changed in the work tree or the index
    Added,     // new in the index
    Untracked, // new, not yet added
    Deleted,
    Renamed,
    Conflicted,
    Ignored,
};

struct BranchState
{
    QString name; // "main"; for a detached HEAD the short commit id
    bool detached = false;
    bool unborn = false; // no commit yet
};

struct Signature
{
    QString name;
    QString email;
};

// A libgit2 repository. Like every libgit2 object it must be used from one thread at a time:
// the app keeps it on its git worker thread.
class Repository
{
public:
    Repository(Repository &&) noexcept;
    Repository &operator=(Repository &&) noexcept;
    ~Repository();

    // Opens the repository containing path (a folder or file inside the work tree).
    [[nodiscard]] static Result<Repository> discover(const QString &path);
    // Creates a repository whose first branch is initialBranch.
    [[nodiscard]] static Result<Repository> init(const QString &path, const QString &initialBranch,
                                                 bool bare = false);

    // True when error only says that there is no repository (or no such object).
    [[nodiscard]] static bool isNotFound(const Error &error);

    [[nodiscard]] QString workdir() const; // with a trailing '/', empty for a bare repository
    [[nodiscard]] QString gitDir() const;
    [[nodiscard]] bool isBare() const;

    [[nodiscard]] Result<BranchState> branch() const;
    // Status of one file; path is absolute or relative to the work tree.
    [[nodiscard]] Result<FileStatus> fileStatus(const QString &path) const;

    // Stages every change in the work tree, like `git add --all`.
    [[nodiscard]] Result<void> stageAll();
    // Commits the index on top of HEAD (or as the first commit); returns the commit id.
    [[nodiscard]] Result<QString> commit(const QString &message, const Signature &author);

    [[nodiscard]] Result<void> addRemote(const QString &name, const QString &url);
    [[nodiscard]] Result<QString> remoteUrl(const QString &name) const;
    // Pushes local branch to the same name on remote and records it as the branch's upstream.
    [[nodiscard]] Result<void> pushBranch(const QString &remote, const QString &branch);

private:
    friend git_repository *rawRepository(const Repository &repository);
    struct Private;
    explicit Repository(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace Folio::Git

Q_DECLARE_METATYPE(Folio::Git::FileStatus)
Q_DECLARE_METATYPE(Folio::Git::BranchState)
