#include "git/discardoperation.h"

#include "git/giterror_p.h"
#include "git/githandle_p.h"
#include "git/operationsupport_p.h"
#include "git/repositoryaccess_p.h"

#include <QFile>
#include <QFileInfo>

namespace Folio::Git {

using namespace Internal;

DiscardOperation::DiscardOperation(Repository &repository, BackupStore &backups)
    : m_repository(repository)
    , m_backups(backups)
{}

Result<DiscardOutcome> DiscardOperation::discard(const QString &path, DiscardSource source)
{
    git_repository *repo = rawRepository(m_repository);
    if (auto idle = requireNoOperationInProgress(repo, QStringLiteral("discard changes")); !idle)
        return idle.error();
    auto relative = repositoryRelativePath(repo, path);
    if (!relative)
        return relative.error();
    const QString rel = relative.value();
    const QString workdir = QFile::decodeName(git_repository_workdir(repo));
    const QString absolute = workdir + rel;

    DiscardOutcome outcome;
    outcome.relativePath = rel;
    auto status = m_repository.fileStatus(rel);
    if (!status)
        return status.error();
    outcome.statusBefore = status.value();
    unsigned int flags = 0;
    int rc = git_status_file(&flags, repo, utf8(rel).constData());
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot read the status of %1").arg(rel));
    if (flags & GIT_STATUS_CONFLICTED)
        return Error{ErrorDomain::Git, GIT_EUNMERGED,
                     QStringLiteral("%1 has a merge conflict: resolve it instead").arg(rel)};
    if (flags & GIT_STATUS_IGNORED)
        return Error{
            ErrorDomain::Git, GIT_EINVALIDSPEC,
            QStringLiteral("%1 is ignored by git: there are no changes to discard").arg(rel)};

    constexpr unsigned int worktreeChanges = GIT_STATUS_WT_NEW | GIT_STATUS_WT_MODIFIED |
                                             GIT_STATUS_WT_DELETED | GIT_STATUS_WT_TYPECHANGE |
                                             GIT_STATUS_WT_RENAMED;
    constexpr unsigned int stagedChanges = GIT_STATUS_INDEX_NEW | GIT_STATUS_INDEX_MODIFIED |
                                           GIT_STATUS_INDEX_DELETED | GIT_STATUS_INDEX_TYPECHANGE |
                                           GIT_STATUS_INDEX_RENAMED;
    const bool resetIndex = source == DiscardSource::Head && (flags & stagedChanges);
    if (!resetIndex && !(flags & worktreeChanges))
        return outcome; // nothing to discard

    auto index = repositoryIndex(repo);
    if (!index)
        return index.error();

    // 1. Keep every version that is about to disappear, durably, before touching anything.
    const QFileInfo info(absolute);
    std::optional<QByteArray> onDisk;
    if (info.exists() || info.isSymLink()) {
        auto kept = m_backups.backupFile(absolute, workdir, rel, QStringLiteral("discard"));
        if (!kept)
            return kept.error();
        QFile file(kept->copyPath);
        if (file.open(QIODevice::ReadOnly))
            onDisk = file.readAll();
        outcome.backups.append(std::move(kept).value());
    }
    if (resetIndex) {
        // A staged version the work tree no longer has exists only in git's index.
        auto staged = indexContent(repo, index.value().get(), rel);
        if (!staged)
            return staged.error();
        if (staged.value() && staged.value() != onDisk) {
            auto kept = m_backups.backupBytes(*staged.value(), absolute, workdir, rel,
                                              QStringLiteral("discard-staged"));
            if (!kept)
                return kept.error();
            outcome.backups.append(std::move(kept).value());
        }
    }

    // 2. Restore: the index entry from HEAD, then the file from the index.
    if (resetIndex) {
        auto tree = headTree(repo);
        if (!tree)
            return tree.error();
        if (auto reset = resetIndexPath(index.value().get(), tree.value().get(), rel); !reset)
            return reset.error();
        rc = git_index_write(index.value().get());
        if (rc != 0)
            return gitError(rc, QStringLiteral("cannot write the index"));
    }
    if (auto restored = forceCheckoutPaths(repo, index.value().get(), {rel}); !restored)
        return restored.error();

    // 3. Remember what the discard left, so restoring the backup later knows it loses nothing.
    for (BackupEntry &entry : outcome.backups) {
        if (auto recorded = m_backups.recordLeftBehind(entry); !recorded)
            return recorded.error();
    }
    outcome.removed = !QFileInfo::exists(absolute);
    return outcome;
}

} // namespace Folio::Git
