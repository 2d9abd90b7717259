#include "git/commitoperation.h"

#include "git/changelist.h"
#include "git/giterror_p.h"
#include "git/giterrors.h"
#include "git/githandle_p.h"
#include "git/identity.h"
#include "git/indexlock_p.h"
#include "git/repositoryaccess_p.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <tuple>
#include <type_traits>

namespace Folio::Git {

namespace {

template<typename Function> struct ParentsParameter;
template<typename R, typename... Args> struct ParentsParameter<R (*)(Args...)>
{
    using type = std::tuple_element_t<9, std::tuple<Args...>>;
};
// The parents parameter's constness differs between libgit2 point releases.
using CommitParents = ParentsParameter<decltype(&git_commit_create)>::type;

Error error(GitErrorCode code, const QString &message)
{
    return Error{ErrorDomain::Git, int(code), message};
}

// "docs/a.md" from "./docs//a.md"; empty for anything outside the work tree.
QString normalized(const QString &path)
{
    QString clean = QDir::cleanPath(QDir::fromNativeSeparators(path));
    if (clean.startsWith(QLatin1String("./")))
        clean.remove(0, 2);
    if (clean.isEmpty() || clean == u"." || clean.startsWith(u'/') || clean == u".." ||
        clean.startsWith(QLatin1String("../")))
        return {};
    return clean;
}

// Adds the other name of every rename among paths.
Result<QStringList> withRenamePartners(const Repository &repository, QStringList paths)
{
    auto changes = readChanges(repository);
    if (!changes)
        return changes.error();
    const QSet<QString> chosen(paths.cbegin(), paths.cend());
    for (const Change &change : changes->changes) {
        if (change.oldPath.isEmpty())
            continue;
        if (chosen.contains(change.path) && !chosen.contains(change.oldPath))
            paths.append(change.oldPath);
        else if (chosen.contains(change.oldPath) && !chosen.contains(change.path))
            paths.append(change.path);
    }
    paths.sort();
    paths.removeDuplicates();
    return paths;
}

// At any stage: a conflicted file has entries at stages 1-3 only.
bool inIndex(git_index *index, const char *path)
{
    for (int stage = 0; stage <= 3; ++stage) {
        if (git_index_get_bypath(index, path, stage))
            return true;
    }
    return false;
}

Result<CommitPtr> headCommit(git_repository *repo)
{
    git_oid headId;
    int rc = git_reference_name_to_id(&headId, repo, "HEAD");
    if (rc == GIT_ENOTFOUND || rc == GIT_EUNBORNBRANCH)
        return CommitPtr(); // first commit of the branch
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot read HEAD"));
    git_commit *raw = nullptr;
    rc = git_commit_lookup(&raw, repo, &headId);
    CommitPtr commit(raw);
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot read the HEAD commit"));
    return CommitPtr(std::move(commit));
}

} // namespace

Result<CommitResult> commitPaths(const Repository &repository, const CommitRequest &request)
{
    if (repository.isBare())
        return Error{ErrorDomain::Git, GIT_EBAREREPO,
                     QStringLiteral("the repository has no work tree")};
    git_repository *repo = rawRepository(repository);
    if (git_repository_state(repo) != GIT_REPOSITORY_STATE_NONE) {
        return error(GitErrorCode::OperationInProgress,
                     QStringLiteral("a merge, rebase or similar operation is in progress: "
                                    "finish or abort it before committing chosen files"));
    }

    // The author first: asking for it is the UI's job and must come before any change.
    Signature author;
    if (request.author) {
        author = *request.author;
    } else {
        auto identity = configuredIdentity(repository);
        if (!identity)
            return identity.error();
        if (!identity.value())
            return error(GitErrorCode::IdentityMissing,
                         QStringLiteral("no user.name and user.email in the git configuration"));
        author = **identity;
    }

    git_buf messageBuf = GIT_BUF_INIT;
    int rc = git_message_prettify(&messageBuf, request.message.toUtf8().constData(), 0, '#');
    std::unique_ptr<git_buf, BufDeleter> messageOwner(&messageBuf);
    if (rc != 0)
        return gitError(rc, QStringLiteral("invalid commit message"));
    if (messageBuf.size == 0)
        return Error{ErrorDomain::Git, GIT_EINVALID, QStringLiteral("the commit message is empty")};

    QStringList chosen;
    for (const QString &path : request.paths) {
        const QString clean = normalized(path);
        if (clean.isEmpty())
            return Error{ErrorDomain::Git, GIT_EINVALIDSPEC,
                         QStringLiteral("%1 is not a path inside the work tree").arg(path)};
        chosen.append(clean);
    }
    if (chosen.isEmpty())
        return error(GitErrorCode::NothingToCommit, QStringLiteral("no files were chosen"));
    auto expanded = withRenamePartners(repository, chosen);
    if (!expanded)
        return expanded.error();
    const QStringList paths = std::move(expanded).value();

    auto parent = headCommit(repo);
    if (!parent)
        return parent.error();
    TreePtr headTree;
    if (*parent) {
        git_tree *rawTree = nullptr;
        rc = git_commit_tree(&rawTree, parent->get());
        headTree.reset(rawTree);
        if (rc != 0)
            return gitError(rc, QStringLiteral("cannot read the tree of HEAD"));
    }

    // 1. Stage the chosen paths in the real index, from the work tree.
    git_index *rawIndex = nullptr;
    rc = git_repository_index(&rawIndex, repo);
    IndexPtr index(rawIndex);
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot open the index"));
    // Forced: another program (the git CLI) may have changed the index since we last read it,
    // and whatever this shared index object holds in memory must not leak into the commit.
    rc = git_index_read(index.get(), 1);
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot read the index"));
    // A staging that fails halfway is dropped by re-reading the file: the repository's index
    // object is shared with the change list, which would otherwise show it as staged.
    const auto abandon = [&](Error failure) {
        const int reloadRc = git_index_read(index.get(), 1);
        if (reloadRc != 0)
            failure.message += u" (" % gitError(reloadRc, QString()).message % u')';
        return failure;
    };
    const QString root = repository.workdir();
    for (const QString &path : paths) {
        const QByteArray utf8 = path.toUtf8();
        const QFileInfo file(root + path);
        if (file.exists() || file.isSymLink()) {
            rc = git_index_add_bypath(index.get(), utf8.constData());
            if (rc != 0)
                return abandon(gitError(rc, QStringLiteral("cannot stage %1").arg(path)));
            continue;
        }
        bool inHead = false;
        if (headTree) {
            git_tree_entry *rawEntry = nullptr;
            rc = git_tree_entry_bypath(&rawEntry, headTree.get(), utf8.constData());
            TreeEntryPtr entry(rawEntry);
            if (rc != 0 && rc != GIT_ENOTFOUND)
                return abandon(gitError(rc, QStringLiteral("cannot look up %1").arg(path)));
            inHead = rc == 0;
        }
        if (!inHead && !inIndex(index.get(), utf8.constData())) {
            return abandon(
                Error{ErrorDomain::Git, GIT_ENOTFOUND,
                      QStringLiteral("%1 is neither in the work tree nor in git").arg(path)});
        }
        rc = git_index_remove_bypath(index.get(), utf8.constData());
        if (rc != 0)
            return abandon(
                gitError(rc, QStringLiteral("cannot stage the deletion of %1").arg(path)));
    }
    // Written before the commit: if the index is locked, nothing has happened yet.
    rc = git_index_write(index.get());
    if (rc != 0)
        return abandon(lockAwareGitError(repository, rc, QStringLiteral("cannot save the index")));

    // 2. The commit's tree: HEAD plus the chosen paths only, built in a private index so that
    //    other staged changes stay staged and out of the commit.
    git_index *rawOnly = nullptr;
    rc = git_index_new(&rawOnly);
    IndexPtr only(rawOnly);
    if (rc == 0 && headTree)
        rc = git_index_read_tree(only.get(), headTree.get());
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot prepare the commit"));
    for (const QString &path : paths) {
        const QByteArray utf8 = path.toUtf8();
        if (const git_index_entry *staged =
                git_index_get_bypath(index.get(), utf8.constData(), 0)) {
            rc = git_index_add(only.get(), staged);
        } else {
            rc = git_index_remove(only.get(), utf8.constData(), 0);
            if (rc == GIT_ENOTFOUND) // not in HEAD either: nothing to remove
                rc = 0;
        }
        if (rc != 0)
            return gitError(rc, QStringLiteral("cannot prepare the commit of %1").arg(path));
    }
    git_oid treeId;
    rc = git_index_write_tree_to(&treeId, only.get(), repo);
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot write the tree"));
    const bool unchanged = headTree ? git_oid_equal(&treeId, git_tree_id(headTree.get())) != 0
                                    : git_index_entrycount(only.get()) == 0;
    if (unchanged) {
        return error(GitErrorCode::NothingToCommit,
                     QStringLiteral("the chosen files have no changes to commit"));
    }
    git_tree *rawTree = nullptr;
    rc = git_tree_lookup(&rawTree, repo, &treeId);
    TreePtr tree(rawTree);
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot read the new tree"));

    // 3. The commit. Updating "HEAD" checks that it still points to parent, so a commit made
    //    meanwhile by another program is not overwritten.
    git_signature *rawSignature = nullptr;
    rc = git_signature_now(&rawSignature, author.name.toUtf8().constData(),
                           author.email.toUtf8().constData());
    SignaturePtr signature(rawSignature);
    if (rc != 0)
        return gitError(rc, QStringLiteral("invalid author"));
    std::remove_pointer_t<CommitParents> parents[] = {parent->get()};
    git_oid commitId;
    rc = git_commit_create(&commitId, repo, "HEAD", signature.get(), signature.get(), nullptr,
                           messageBuf.ptr, tree.get(), *parent ? 1 : 0, parents);
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot commit"));

    CommitResult result;
    char id[GIT_OID_SHA1_HEXSIZE + 1] = {};
    git_oid_tostr(id, sizeof id, &commitId);
    result.id = QString::fromLatin1(id);
    if (auto branch = repository.branch(); branch && !branch->detached)
        result.branch = branch->name;
    result.paths = paths;
    result.author = author;
    return result;
}

} // namespace Folio::Git
