#include "git/operationsupport_p.h"

#include "git/giterror_p.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <vector>

namespace Folio::Git::Internal {

QString oidToString(const git_oid *id)
{
    char text[GIT_OID_SHA1_HEXSIZE + 1] = {};
    git_oid_tostr(text, sizeof text, id);
    return QString::fromLatin1(text);
}

QByteArray utf8(const QString &s)
{
    return s.toUtf8();
}

Result<QString> repositoryRelativePath(git_repository *repo, const QString &path)
{
    const char *workdir = git_repository_workdir(repo);
    if (!workdir)
        return Error{ErrorDomain::Git, GIT_EBAREREPO,
                     QStringLiteral("the repository has no work tree")};
    if (path.isEmpty())
        return Error{ErrorDomain::Git, GIT_EINVALIDSPEC, QStringLiteral("no file given")};
    QString relative = QDir::fromNativeSeparators(path);
    if (QFileInfo(path).isAbsolute()) {
        // Compare canonical forms: the handbook may have been opened through a symlink. The
        // file itself may be gone (a deleted page), so canonicalize its folder.
        const QString canonicalRoot = QFileInfo(QFile::decodeName(workdir)).canonicalFilePath();
        const QFileInfo file(path);
        QString folder = QFileInfo(file.absolutePath()).canonicalFilePath();
        if (folder.isEmpty()) // the whole folder is gone: keep the path as given
            folder = file.absolutePath();
        relative = QDir(canonicalRoot).relativeFilePath(folder % u'/' % file.fileName());
    }
    relative = QDir::cleanPath(relative);
    if (relative.startsWith(QLatin1String("../")) || relative == QLatin1String("..") ||
        relative == QLatin1String(".") || QFileInfo(relative).isAbsolute())
        return Error{ErrorDomain::Git, GIT_ENOTFOUND,
                     QStringLiteral("%1 is outside the repository").arg(path)};
    return relative;
}

Result<CommitPtr> headCommit(git_repository *repo)
{
    git_oid id;
    int rc = git_reference_name_to_id(&id, repo, "HEAD");
    if (rc == GIT_ENOTFOUND || rc == GIT_EUNBORNBRANCH)
        return CommitPtr();
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot read HEAD"));
    git_commit *raw = nullptr;
    rc = git_commit_lookup(&raw, repo, &id);
    CommitPtr commit(raw);
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot read the HEAD commit"));
    return commit;
}

Result<TreePtr> headTree(git_repository *repo)
{
    auto commit = headCommit(repo);
    if (!commit)
        return commit.error();
    if (!commit.value())
        return TreePtr();
    git_tree *raw = nullptr;
    const int rc = git_commit_tree(&raw, commit.value().get());
    TreePtr tree(raw);
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot read the HEAD tree"));
    return tree;
}

git_checkout_options safeCheckoutOptions(QStringList *files)
{
    git_checkout_options options = GIT_CHECKOUT_OPTIONS_INIT;
    // SAFE without ALLOW_CONFLICTS: libgit2 plans every file first and, on any collision with
    // an uncommitted change or an untracked file, returns before writing anything.
    // An ignored file (local notes, build output) is still the user's: never overwrite it either.
    options.checkout_strategy = GIT_CHECKOUT_SAFE | GIT_CHECKOUT_DONT_OVERWRITE_IGNORED;
    options.notify_flags = GIT_CHECKOUT_NOTIFY_CONFLICT;
    options.notify_payload = files;
    options.notify_cb = [](git_checkout_notify_t, const char *path, const git_diff_file *,
                           const git_diff_file *, const git_diff_file *, void *payload) {
        static_cast<QStringList *>(payload)->append(QString::fromUtf8(path));
        return 0; // keep going so that every colliding file is listed
    };
    return options;
}

Result<SafeCheckout> safeCheckout(git_repository *repo, const git_object *target)
{
    SafeCheckout result;
    const git_checkout_options options = safeCheckoutOptions(&result.conflictingFiles);
    const int rc = git_checkout_tree(repo, target, &options);
    if (rc == GIT_ECONFLICT || (rc != 0 && !result.conflictingFiles.isEmpty())) {
        result.conflictingFiles.removeDuplicates();
        result.conflictingFiles.sort();
        return result;
    }
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot check out the files"));
    result.applied = true;
    return result;
}

Result<void> requireNoOperationInProgress(git_repository *repo, const QString &action)
{
    const int state = git_repository_state(repo);
    if (state < 0)
        return gitError(state, QStringLiteral("cannot read the repository state"));
    if (state == GIT_REPOSITORY_STATE_NONE)
        return {};
    const QString what = state == GIT_REPOSITORY_STATE_MERGE
                             ? QStringLiteral("a merge is in progress: complete or abort it first")
                             : QStringLiteral("another git operation (rebase, cherry-pick, revert "
                                              "or bisect) is in progress");
    return Error{ErrorDomain::Git, GIT_EUNMERGED,
                 QStringLiteral("cannot %1: %2").arg(action, what)};
}

Result<IndexPtr> repositoryIndex(git_repository *repo)
{
    git_index *raw = nullptr;
    int rc = git_repository_index(&raw, repo);
    IndexPtr index(raw);
    if (rc == 0)
        rc = git_index_read(index.get(), 0); // pick up changes the git CLI or another process made
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot read the index"));
    return index;
}

} // namespace Folio::Git::Internal

namespace Folio::Git::Internal {

Result<void> resetIndexPath(git_index *index, git_tree *tree, const QString &path)
{
    const QByteArray native = utf8(path);
    TreeEntryPtr entry;
    if (tree) {
        git_tree_entry *raw = nullptr;
        const int rc = git_tree_entry_bypath(&raw, tree, native.constData());
        entry.reset(raw);
        if (rc != 0 && rc != GIT_ENOTFOUND)
            return gitError(rc, QStringLiteral("cannot read %1 from the last commit").arg(path));
    }
    int rc = git_index_conflict_remove(index, native.constData());
    if (rc != 0 && rc != GIT_ENOTFOUND)
        return gitError(rc, QStringLiteral("cannot clear the conflict of %1").arg(path));
    if (entry) {
        git_index_entry indexEntry = {};
        indexEntry.mode = git_tree_entry_filemode(entry.get());
        indexEntry.id = *git_tree_entry_id(entry.get());
        indexEntry.path = native.constData();
        rc = git_index_add(index, &indexEntry);
    } else {
        rc = git_index_remove_bypath(index, native.constData());
    }
    if (rc != 0 && rc != GIT_ENOTFOUND)
        return gitError(rc, QStringLiteral("cannot reset %1 in the index").arg(path));
    return {};
}

Result<void> forceCheckoutPaths(git_repository *repo, git_index *index, const QStringList &paths)
{
    const QString workdir = QFile::decodeName(git_repository_workdir(repo));
    QList<QByteArray> tracked;
    for (const QString &path : paths) {
        if (git_index_get_bypath(index, utf8(path).constData(), 0)) {
            tracked.append(utf8(path));
            continue;
        }
        // Not in the index: the file must go, like git removes a file a reset un-adds.
        const QString absolute = workdir + path;
        const QFileInfo info(absolute);
        if ((info.exists() || info.isSymLink()) && !QFile::remove(absolute))
            return Error{ErrorDomain::File, EACCES, QStringLiteral("cannot remove %1").arg(path)};
        // Folders this leaves empty go too, as with git; the work tree's root stays.
        const QString root = QDir::cleanPath(workdir);
        for (QString folder = info.absolutePath();
             folder.startsWith(root + u'/') &&
             QDir(folder).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System |
                                  QDir::NoDotAndDotDot);
             folder = QFileInfo(folder).absolutePath()) {
            if (!QDir().rmdir(folder))
                break;
        }
    }
    if (tracked.isEmpty()) // an empty path list would mean "every file"
        return {};
    std::vector<char *> strings;
    strings.reserve(size_t(tracked.size()));
    for (QByteArray &path : tracked)
        strings.push_back(path.data());
    git_checkout_options options = GIT_CHECKOUT_OPTIONS_INIT;
    options.checkout_strategy = GIT_CHECKOUT_FORCE | GIT_CHECKOUT_DISABLE_PATHSPEC_MATCH;
    options.paths = {strings.data(), strings.size()};
    const int rc = git_checkout_index(repo, index, &options);
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot restore the files"));
    return {};
}

Result<std::optional<QByteArray>> indexContent(git_repository *repo, git_index *index,
                                               const QString &path)
{
    const git_index_entry *entry = git_index_get_bypath(index, utf8(path).constData(), 0);
    if (!entry)
        return std::optional<QByteArray>();
    git_blob *raw = nullptr;
    const int rc = git_blob_lookup(&raw, repo, &entry->id);
    BlobPtr blob(raw);
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot read the staged version of %1").arg(path));
    return std::optional<QByteArray>(
        QByteArray(static_cast<const char *>(git_blob_rawcontent(blob.get())),
                   qsizetype(git_blob_rawsize(blob.get()))));
}

} // namespace Folio::Git::Internal
