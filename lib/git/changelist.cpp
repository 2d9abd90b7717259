#include "git/changelist.h"

#include "git/giterror_p.h"
#include "git/githandle_p.h"
#include "git/indexlock.h"
#include "git/repositoryaccess_p.h"

#include <QDir>
#include <QFile>

#include <algorithm>

namespace Folio::Git {

ChangeKind Change::kind() const
{
    if (staged == ChangeKind::Conflicted || unstaged == ChangeKind::Conflicted)
        return ChangeKind::Conflicted;
    if (staged == ChangeKind::Renamed || unstaged == ChangeKind::Renamed)
        return ChangeKind::Renamed;
    // Deleted after being added to the index: nothing is left to show but the deletion.
    if (unstaged == ChangeKind::Deleted || staged == ChangeKind::Deleted)
        return ChangeKind::Deleted;
    if (staged == ChangeKind::Added || unstaged == ChangeKind::Untracked)
        return staged == ChangeKind::Added ? ChangeKind::Added : ChangeKind::Untracked;
    if (staged == ChangeKind::TypeChanged || unstaged == ChangeKind::TypeChanged)
        return ChangeKind::TypeChanged;
    if (staged == ChangeKind::None && unstaged == ChangeKind::None)
        return ChangeKind::None;
    return ChangeKind::Modified;
}

namespace {

ChangeKind stagedKind(unsigned int flags)
{
    if (flags & GIT_STATUS_INDEX_RENAMED)
        return ChangeKind::Renamed;
    if (flags & GIT_STATUS_INDEX_NEW)
        return ChangeKind::Added;
    if (flags & GIT_STATUS_INDEX_DELETED)
        return ChangeKind::Deleted;
    if (flags & GIT_STATUS_INDEX_TYPECHANGE)
        return ChangeKind::TypeChanged;
    if (flags & GIT_STATUS_INDEX_MODIFIED)
        return ChangeKind::Modified;
    return ChangeKind::None;
}

ChangeKind unstagedKind(unsigned int flags)
{
    if (flags & GIT_STATUS_WT_RENAMED)
        return ChangeKind::Renamed;
    if (flags & GIT_STATUS_WT_NEW)
        return ChangeKind::Untracked;
    if (flags & GIT_STATUS_WT_DELETED)
        return ChangeKind::Deleted;
    if (flags & GIT_STATUS_WT_TYPECHANGE)
        return ChangeKind::TypeChanged;
    if (flags & GIT_STATUS_WT_MODIFIED)
        return ChangeKind::Modified;
    return ChangeKind::None;
}

QString pathOf(const git_diff_file &file)
{
    return QString::fromUtf8(file.path);
}

Change toChange(const git_status_entry &entry)
{
    Change change;
    if (entry.status & GIT_STATUS_CONFLICTED) {
        change.unstaged = ChangeKind::Conflicted;
    } else {
        change.staged = stagedKind(entry.status);
        change.unstaged = unstagedKind(entry.status);
    }
    // The newest name wins: the work tree's if it has the file, else the index's.
    const git_diff_delta *inIndex = entry.head_to_index;
    const git_diff_delta *inWorkTree = entry.index_to_workdir;
    if (inWorkTree)
        change.path = pathOf(inWorkTree->new_file);
    else if (inIndex)
        change.path = pathOf(inIndex->new_file);
    const QString oldest = inIndex ? pathOf(inIndex->old_file) : pathOf(inWorkTree->old_file);
    if (change.staged == ChangeKind::Renamed || change.unstaged == ChangeKind::Renamed) {
        if (oldest != change.path)
            change.oldPath = oldest;
    }
    return change;
}

QByteArray cleanSubfolder(const QString &subfolder)
{
    QString clean = QDir::cleanPath(QDir::fromNativeSeparators(subfolder));
    while (clean.startsWith(u'/'))
        clean.remove(0, 1);
    if (clean == u"." || clean.isEmpty())
        return {};
    return clean.toUtf8();
}

Result<StatusListPtr> statusList(git_repository *repo, const git_status_options &options)
{
    git_status_list *raw = nullptr;
    const int rc = git_status_list_new(&raw, repo, &options);
    StatusListPtr list(raw);
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot read the changes of the work tree"));
    return StatusListPtr(std::move(list));
}

} // namespace

Result<ChangeList> readChanges(const Repository &repository, const ChangeListOptions &options)
{
    if (repository.isBare())
        return Error{ErrorDomain::Git, GIT_EBAREREPO,
                     QStringLiteral("the repository has no work tree")};
    git_repository *repo = rawRepository(repository);

    git_status_options status = GIT_STATUS_OPTIONS_INIT;
    status.show = GIT_STATUS_SHOW_INDEX_AND_WORKDIR;
    // Only what the panel shows: untracked files one by one, no ignored files (scanning build
    // output and node_modules is the slowest part of a status), no submodules (each one
    // would be opened as a repository of its own).
    status.flags = GIT_STATUS_OPT_INCLUDE_UNTRACKED | GIT_STATUS_OPT_RECURSE_UNTRACKED_DIRS |
                   GIT_STATUS_OPT_EXCLUDE_SUBMODULES | GIT_STATUS_OPT_SORT_CASE_SENSITIVELY;
    if (options.detectRenames) {
        // Only deleted/added pairs are compared, so this costs nothing without such pairs.
        status.flags |=
            GIT_STATUS_OPT_RENAMES_HEAD_TO_INDEX | GIT_STATUS_OPT_RENAMES_INDEX_TO_WORKDIR;
    }
    // Save refreshed stat information like `git status` does: without it, every file touched
    // since the last index write is read and hashed again on every refresh.
    status.flags |= GIT_STATUS_OPT_UPDATE_INDEX;

    QByteArray subfolder = cleanSubfolder(options.subfolder);
    char *pathspec[] = {subfolder.data()};
    if (!subfolder.isEmpty()) {
        // A literal path, not a pattern: folder names may contain '*' or '['. Matching a
        // folder also lets libgit2 walk only that folder.
        status.flags |= GIT_STATUS_OPT_DISABLE_PATHSPEC_MATCH;
        status.pathspec = {pathspec, 1};
    }

    ChangeList result;
    auto list = statusList(repo, status);
    if (!list && list.error().code == GIT_ELOCKED) {
        // Someone holds index.lock: `git status` then skips saving the index, and so do we.
        status.flags &= ~unsigned(GIT_STATUS_OPT_UPDATE_INDEX);
        list = statusList(repo, status);
        result.indexLocked = true;
    }
    if (!list)
        return list.error();
    if (!result.indexLocked) {
        const auto lock = readIndexLock(repository);
        result.indexLocked = lock && lock->exists;
    }

    const size_t count = git_status_list_entrycount(list->get());
    result.changes.reserve(qsizetype(count));
    for (size_t i = 0; i < count; ++i) {
        const git_status_entry *entry = git_status_byindex(list->get(), i);
        if (!entry || entry->status == GIT_STATUS_CURRENT || (entry->status & GIT_STATUS_IGNORED))
            continue;
        result.changes.append(toChange(*entry));
    }
    // libgit2 orders renames by their old name; the panel wants the names it shows sorted.
    std::stable_sort(result.changes.begin(), result.changes.end(),
                     [](const Change &a, const Change &b) { return a.path < b.path; });

    auto branch = repository.branch();
    if (!branch)
        return branch.error();
    result.branch = std::move(branch).value();
    return result;
}

} // namespace Folio::Git
