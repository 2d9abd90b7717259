#include "git/branchcommit.h"

#include "git/giterror_p.h"
#include "git/giterrors.h"
#include "git/identity.h"
#include "git/operationsupport_p.h"
#include "git/repositoryaccess_p.h"

#include <QFileInfo>

#include <algorithm>

namespace Folio::Git {

namespace {

using Internal::utf8;

using MergeFileResultPtr =
    std::unique_ptr<git_merge_file_result, void (*)(git_merge_file_result *)>;

Error typedError(GitErrorCode code, const QString &message)
{
    return Error{ErrorDomain::Git, int(code), message};
}

// One side of a file: absent, or a blob with its mode.
struct Side
{
    bool present = false;
    git_oid id = {};
    git_filemode_t mode = GIT_FILEMODE_BLOB;
};

bool sameSide(const Side &a, const Side &b)
{
    if (a.present != b.present)
        return false;
    return !a.present || (git_oid_equal(&a.id, &b.id) && a.mode == b.mode);
}

Result<Side> treeSide(git_tree *tree, const QString &path)
{
    Side side;
    if (!tree)
        return side;
    git_tree_entry *rawEntry = nullptr;
    const int rc = git_tree_entry_bypath(&rawEntry, tree, utf8(path).constData());
    TreeEntryPtr entry(rawEntry);
    if (rc == GIT_ENOTFOUND)
        return side;
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot read %1").arg(path));
    if (git_tree_entry_type(entry.get()) != GIT_OBJECT_BLOB)
        return side; // a folder or submodule where a page was: treated as absent
    side.present = true;
    side.id = *git_tree_entry_id(entry.get());
    side.mode = git_tree_entry_filemode(entry.get());
    return side;
}

// The work-tree file as git would stage it (clean filters such as autocrlf applied).
Result<Side> workTreeSide(git_repository *repo, const QString &workdir, const QString &path)
{
    Side side;
    const QFileInfo file(workdir + path);
    if (!file.exists() && !file.isSymLink())
        return side;
    if (file.isDir())
        return Error{ErrorDomain::Git, GIT_EINVALIDSPEC,
                     QStringLiteral("%1 is a folder, not a page").arg(path)};
    const int rc = git_blob_create_from_workdir(&side.id, repo, utf8(path).constData());
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot read %1").arg(path));
    side.present = true;
    side.mode = file.isSymLink()      ? GIT_FILEMODE_LINK
                : file.isExecutable() ? GIT_FILEMODE_BLOB_EXECUTABLE
                                      : GIT_FILEMODE_BLOB;
    return side;
}

Result<BlobPtr> lookupBlob(git_repository *repo, const git_oid &id, const QString &path)
{
    git_blob *rawBlob = nullptr;
    const int rc = git_blob_lookup(&rawBlob, repo, &id);
    BlobPtr blob(rawBlob);
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot read %1").arg(path));
    return blob;
}

// Three-way merge of one file whose three versions all exist. nullopt: the changes collide.
Result<std::optional<Side>> mergeFile(git_repository *repo, const QString &path, const Side &base,
                                      const Side &ours, const Side &theirs)
{
    const Side *sides[] = {&base, &ours, &theirs};
    BlobPtr blobs[3];
    git_merge_file_input inputs[3];
    const QByteArray pathBytes = utf8(path);
    for (int i = 0; i < 3; ++i) {
        auto blob = lookupBlob(repo, sides[i]->id, path);
        if (!blob)
            return blob.error();
        blobs[i] = std::move(*blob);
        git_merge_file_input_init(&inputs[i], GIT_MERGE_FILE_INPUT_VERSION);
        inputs[i].ptr = static_cast<const char *>(git_blob_rawcontent(blobs[i].get()));
        inputs[i].size = size_t(git_blob_rawsize(blobs[i].get()));
        inputs[i].path = pathBytes.constData();
        inputs[i].mode = unsigned(sides[i]->mode);
    }
    if (git_blob_is_binary(blobs[1].get()) || git_blob_is_binary(blobs[2].get()))
        return std::optional<Side>();
    git_merge_file_result raw = {};
    int rc = git_merge_file(&raw, &inputs[0], &inputs[1], &inputs[2], nullptr);
    MergeFileResultPtr result(&raw, git_merge_file_result_free);
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot merge %1").arg(path));
    if (!raw.automergeable)
        return std::optional<Side>();
    Side merged;
    merged.present = true;
    merged.mode = git_filemode_t(raw.mode);
    rc = git_blob_create_from_buffer(&merged.id, repo, raw.ptr, raw.len);
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot store the merged %1").arg(path));
    return std::optional<Side>(merged);
}

Result<CommitPtr> resolveCommit(git_repository *repo, const QString &revision)
{
    git_object *rawObject = nullptr;
    int rc = git_revparse_single(&rawObject, repo, utf8(revision).constData());
    ObjectPtr object(rawObject);
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot find %1").arg(revision));
    git_object *rawPeeled = nullptr;
    rc = git_object_peel(&rawPeeled, object.get(), GIT_OBJECT_COMMIT);
    ObjectPtr peeled(rawPeeled);
    if (rc != 0)
        return gitError(rc, QStringLiteral("%1 is not a commit").arg(revision));
    return CommitPtr(reinterpret_cast<git_commit *>(peeled.release()));
}

} // namespace

Result<BranchCommitResult> commitToNewBranch(const Repository &repository,
                                             const BranchCommitRequest &request)
{
    if (repository.isBare())
        return Error{ErrorDomain::Git, GIT_EBAREREPO,
                     QStringLiteral("the repository has no work tree")};
    git_repository *repo = rawRepository(repository);
    const QString action = QStringLiteral("cannot create branch %1").arg(request.branch);

    // Checks that cost nothing come before any object is written.
    git_reference *rawExisting = nullptr;
    int rc =
        git_branch_lookup(&rawExisting, repo, utf8(request.branch).constData(), GIT_BRANCH_LOCAL);
    ReferencePtr existing(rawExisting);
    if (rc == 0)
        return Error{ErrorDomain::Git, GIT_EEXISTS,
                     action % QStringLiteral(": a branch of that name exists already")};
    int valid = 0;
    if (git_branch_name_is_valid(&valid, utf8(request.branch).constData()) != 0 || !valid)
        return Error{ErrorDomain::Git, GIT_EINVALIDSPEC,
                     action % QStringLiteral(": not a valid branch name")};

    Signature author;
    if (request.author) {
        author = *request.author;
    } else {
        auto identity = configuredIdentity(repository);
        if (!identity)
            return identity.error();
        if (!identity.value())
            return typedError(GitErrorCode::IdentityMissing,
                              QStringLiteral("no user.name and user.email in the git "
                                             "configuration"));
        author = **identity;
    }

    git_buf messageBuf = GIT_BUF_INIT;
    rc = git_message_prettify(&messageBuf, request.message.toUtf8().constData(), 0, '#');
    std::unique_ptr<git_buf, BufDeleter> messageOwner(&messageBuf);
    if (rc != 0)
        return gitError(rc, QStringLiteral("invalid commit message"));
    if (messageBuf.size == 0)
        return Error{ErrorDomain::Git, GIT_EINVALID, QStringLiteral("the commit message is empty")};

    auto start = resolveCommit(repo, request.startPoint);
    if (!start)
        return start.error();
    git_tree *rawStartTree = nullptr;
    rc = git_commit_tree(&rawStartTree, start->get());
    TreePtr startTree(rawStartTree);
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot read %1").arg(request.startPoint));
    auto baseTree = Internal::headTree(repo); // null on an unborn branch: every file is new
    if (!baseTree)
        return baseTree.error();

    git_index *rawIndex = nullptr;
    rc = git_index_new(&rawIndex);
    IndexPtr index(rawIndex);
    if (rc == 0)
        rc = git_index_read_tree(index.get(), startTree.get());
    if (rc != 0)
        return gitError(rc, action);

    const QString workdir = repository.workdir();
    BranchCommitResult result;
    QStringList collisions;
    QStringList relativePaths;
    for (const QString &path : request.paths) {
        auto relative = Internal::repositoryRelativePath(repo, path);
        if (!relative)
            return relative.error();
        if (!relativePaths.contains(*relative))
            relativePaths.append(*relative);
    }
    for (const QString &path : std::as_const(relativePaths)) {
        auto base = treeSide(baseTree->get(), path);
        auto theirs = treeSide(startTree.get(), path);
        auto ours = workTreeSide(repo, workdir, path);
        if (!base)
            return base.error();
        if (!theirs)
            return theirs.error();
        if (!ours)
            return ours.error();

        Side wanted = *ours;
        if (sameSide(*base, *ours) || sameSide(*ours, *theirs)) {
            wanted = *theirs; // no edit to carry, or upstream made the same one
        } else if (!sameSide(*base, *theirs)) {
            // Both the user and upstream changed the file since HEAD.
            if (!base->present || !ours->present || !theirs->present) {
                collisions.append(path);
                continue;
            }
            auto merged = mergeFile(repo, path, *base, *ours, *theirs);
            if (!merged)
                return merged.error();
            if (!*merged) {
                collisions.append(path);
                continue;
            }
            wanted = **merged;
            result.merged.append(path);
        }
        if (sameSide(wanted, *theirs))
            continue;
        const QByteArray pathBytes = utf8(path);
        if (!wanted.present) {
            rc = git_index_remove_bypath(index.get(), pathBytes.constData());
        } else {
            git_index_entry entry = {};
            entry.mode = unsigned(wanted.mode);
            entry.id = wanted.id;
            entry.path = pathBytes.constData();
            rc = git_index_add(index.get(), &entry);
        }
        if (rc != 0)
            return gitError(rc, QStringLiteral("cannot stage %1").arg(path));
        result.paths.append(path);
    }
    if (!collisions.isEmpty()) {
        return typedError(
            GitErrorCode::ChangedUpstream,
            QStringLiteral("%1 changed on %2 since your copy, in the same places "
                           "as your edits: update your copy from %2 first, then "
                           "propose again (%3)")
                .arg(collisions.size() == 1 ? collisions.first() : QStringLiteral("some pages"),
                     request.startPoint, collisions.join(QStringLiteral(", "))));
    }
    if (result.paths.isEmpty())
        return typedError(
            GitErrorCode::NothingToCommit,
            QStringLiteral("the chosen pages have no change against %1").arg(request.startPoint));

    git_oid treeId;
    rc = git_index_write_tree_to(&treeId, index.get(), repo);
    if (rc != 0)
        return gitError(rc, action);
    git_tree *rawTree = nullptr;
    rc = git_tree_lookup(&rawTree, repo, &treeId);
    TreePtr tree(rawTree);
    if (rc != 0)
        return gitError(rc, action);

    git_signature *rawSignature = nullptr;
    rc = git_signature_now(&rawSignature, author.name.toUtf8().constData(),
                           author.email.toUtf8().constData());
    SignaturePtr signature(rawSignature);
    if (rc != 0)
        return gitError(rc, QStringLiteral("invalid author"));
    Internal::CommitParent parents[] = {start->get()};
    git_oid commitId;
    // No reference updated here: the branch is created from the finished commit, so a
    // failure in between leaves no half-made branch.
    rc = git_commit_create(&commitId, repo, nullptr, signature.get(), signature.get(), nullptr,
                           messageBuf.ptr, tree.get(), 1, parents);
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot commit"));
    git_commit *rawCommit = nullptr;
    rc = git_commit_lookup(&rawCommit, repo, &commitId);
    CommitPtr commit(rawCommit);
    git_reference *rawBranch = nullptr;
    if (rc == 0)
        rc = git_branch_create(&rawBranch, repo, utf8(request.branch).constData(), commit.get(), 0);
    ReferencePtr branch(rawBranch);
    if (rc != 0)
        return gitError(rc, action);

    result.branch = request.branch;
    result.commitId = Internal::oidToString(&commitId);
    result.startId = Internal::oidToString(git_commit_id(start->get()));
    std::sort(result.paths.begin(), result.paths.end());
    result.author = author;
    return result;
}

} // namespace Folio::Git
