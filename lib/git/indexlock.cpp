#include "git/indexlock.h"

#include "git/giterror_p.h"
#include "git/giterrors.h"
#include "git/indexlock_p.h"
#include "git/repository.h"

#include <git2.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace Folio::Git {

namespace {

QString lockPath(const Repository &repository)
{
    return QDir(repository.gitDir()).filePath(QStringLiteral("index.lock"));
}

// True when a process we can see has the file open. Only Linux has /proc; elsewhere, and for
// processes of other users, this says false and the age rule alone decides.
bool openByAnyProcess(const QString &path)
{
#ifdef Q_OS_LINUX
    const QString target = QFileInfo(path).canonicalFilePath();
    if (target.isEmpty())
        return false;
    const QStringList pids =
        QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : pids) {
        bool isPid = false;
        pid.toLongLong(&isPid);
        if (!isPid)
            continue;
        QDirIterator fds(QStringLiteral("/proc/") % pid % QStringLiteral("/fd"),
                         QDir::System | QDir::Files | QDir::NoDotAndDotDot);
        while (fds.hasNext()) {
            if (QFile::symLinkTarget(fds.next()) == target)
                return true;
        }
    }
#else
    Q_UNUSED(path)
#endif
    return false;
}

IndexLockState stateOf(const QString &path)
{
    IndexLockState state;
    state.path = path;
    const QFileInfo info(path);
    state.exists = info.exists();
    if (!state.exists)
        return state;
    state.modified = info.lastModified();
    state.ageSeconds = state.modified.secsTo(QDateTime::currentDateTime());
    state.inUse = openByAnyProcess(path);
    return state;
}

QString describe(const IndexLockState &state)
{
    return QStringLiteral("%1 exists (last written %2 s ago): another git program is changing "
                          "the repository, or one stopped without cleaning up. Close other git "
                          "programs; if none is running, the lock can be removed")
        .arg(state.path)
        .arg(state.ageSeconds);
}

} // namespace

Result<IndexLockState> readIndexLock(const Repository &repository)
{
    if (repository.isBare())
        return Error{ErrorDomain::Git, GIT_EBAREREPO,
                     QStringLiteral("the repository has no index")};
    return stateOf(lockPath(repository));
}

Result<bool> removeStaleIndexLock(const Repository &repository, std::chrono::seconds minimumAge)
{
    const auto first = readIndexLock(repository);
    if (!first)
        return first.error();
    const IndexLockState &state = first.value();
    if (!state.exists)
        return false;
    const auto refuse = [&](const QString &why) {
        return Error{ErrorDomain::Git, int(GitErrorCode::IndexLocked),
                     QStringLiteral("not removing %1: %2").arg(state.path, why)};
    };
    if (state.inUse)
        return refuse(QStringLiteral("a running program has it open"));
    // A clock set back makes the age negative: treat that as recent, not as stale.
    if (state.ageSeconds < minimumAge.count()) {
        return refuse(QStringLiteral("it was written %1 s ago, a git program may still be "
                                     "working (stale after %2 s)")
                          .arg(state.ageSeconds)
                          .arg(minimumAge.count()));
    }
    // Read again right before removing: a writer may have started since the first look.
    const QFileInfo again(state.path);
    if (!again.exists())
        return false;
    if (again.lastModified() != state.modified)
        return refuse(QStringLiteral("it changed while being checked"));
    QFile lock(state.path);
    if (!lock.remove()) {
        return Error{ErrorDomain::File, int(lock.error()),
                     QStringLiteral("cannot remove %1: %2").arg(state.path, lock.errorString())};
    }
    return true;
}

Error lockAwareGitError(const Repository &repository, int code, const QString &action)
{
    Error error = gitError(code, action);
    if (code != GIT_ELOCKED || repository.isBare())
        return error;
    // GIT_ELOCKED is also used for reference locks: only the index lock gets the explanation.
    const IndexLockState state = stateOf(lockPath(repository));
    if (!state.exists)
        return error;
    const QString detail = gitError(code, QString()).message;
    error.code = int(GitErrorCode::IndexLocked);
    error.message = action % u": " % describe(state) % u" (" % detail % u')';
    return error;
}

} // namespace Folio::Git
