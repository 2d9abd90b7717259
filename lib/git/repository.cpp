#include "git/repository.h"

#include "git/giterror_p.h"
#include "git/githandle_p.h"
#include "git/repositoryaccess_p.h"

#include <QDir>
#include <QFileInfo>

#include <tuple>
#include <type_traits>

namespace Folio::Git {

struct Repository::Private
{
    RepositoryPtr repo;
};

Repository::Repository(std::unique_ptr<Private> p)
    : d(std::move(p))
{}
Repository::Repository(Repository &&) noexcept = default;
Repository &Repository::operator=(Repository &&) noexcept = default;
Repository::~Repository() = default;

git_repository *rawRepository(const Repository &repository)
{
    return repository.d->repo.get();
}

namespace {

template<typename Function> struct ParentsParameter;
template<typename R, typename... Args> struct ParentsParameter<R (*)(Args...)>
{
    using type = std::tuple_element_t<9, std::tuple<Args...>>;
};
using CommitParents = ParentsParameter<decltype(&git_commit_create)>::type;

QByteArray utf8(const QString &s)
{
    return s.toUtf8();
}

} // namespace

Result<Repository> Repository::discover(const QString &path)
{
    git_repository *raw = nullptr;
    const int rc = git_repository_open_ext(&raw, QFile::encodeName(path).constData(), 0, nullptr);
    RepositoryPtr repo(raw);
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot open a git repository at %1").arg(path));
    return Repository(std::make_unique<Private>(Private{std::move(repo)}));
}

Result<Repository> Repository::init(const QString &path, const QString &initialBranch, bool bare)
{
    git_repository_init_options options = GIT_REPOSITORY_INIT_OPTIONS_INIT;
    options.flags = GIT_REPOSITORY_INIT_MKPATH | GIT_REPOSITORY_INIT_NO_REINIT;
    if (bare)
        options.flags |= GIT_REPOSITORY_INIT_BARE;
    const QByteArray head = utf8(initialBranch);
    options.initial_head = head.constData();
    git_repository *raw = nullptr;
    const int rc = git_repository_init_ext(&raw, QFile::encodeName(path).constData(), &options);
    RepositoryPtr repo(raw);
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot create a git repository at %1").arg(path));
    return Repository(std::make_unique<Private>(Private{std::move(repo)}));
}

bool Repository::isNotFound(const Error &error)
{
    return error.domain == ErrorDomain::Git && error.code == GIT_ENOTFOUND;
}

QString Repository::workdir() const
{
    const char *dir = git_repository_workdir(d->repo.get());
    return dir ? QFile::decodeName(dir) : QString();
}

QString Repository::gitDir() const
{
    return QFile::decodeName(git_repository_path(d->repo.get()));
}

bool Repository::isBare() const
{
    return git_repository_is_bare(d->repo.get()) == 1;
}

Result<BranchState> Repository::branch() const
{
    BranchState state;
    git_reference *raw = nullptr;
    int rc = git_repository_head(&raw, d->repo.get());
    ReferencePtr head(raw);
    if (rc == GIT_EUNBORNBRANCH || rc == GIT_ENOTFOUND) {
        // HEAD names a branch that has no commit yet: read the name from HEAD itself.
        git_reference *symbolic = nullptr;
        rc = git_reference_lookup(&symbolic, d->repo.get(), "HEAD");
        ReferencePtr headRef(symbolic);
        if (rc != 0)
            return gitError(rc, QStringLiteral("cannot read HEAD"));
        const char *target = git_reference_symbolic_target(headRef.get());
        QString name = target ? QString::fromUtf8(target) : QString();
        name.remove(QLatin1String("refs/heads/"));
        state.name = name;
        state.unborn = true;
        return state;
    }
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot read HEAD"));

    if (git_repository_head_detached(d->repo.get()) == 1) {
        char id[GIT_OID_SHA1_HEXSIZE + 1] = {};
        git_oid_tostr(id, sizeof id, git_reference_target(head.get()));
        state.name = QString::fromLatin1(id, 7);
        state.detached = true;
        return state;
    }
    const char *shortName = nullptr;
    rc = git_branch_name(&shortName, head.get());
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot read the current branch"));
    state.name = QString::fromUtf8(shortName);
    return state;
}

Result<FileStatus> Repository::fileStatus(const QString &path) const
{
    QString relative = path;
    if (QFileInfo(path).isAbsolute()) {
        const QString root = workdir();
        if (root.isEmpty())
            return Error{ErrorDomain::Git, GIT_EBAREREPO,
                         QStringLiteral("the repository has no work tree")};
        // Compare canonical forms: the user may have opened the page through a symlink.
        const QString canonicalRoot = QFileInfo(root).canonicalFilePath();
        const QFileInfo file(path);
        const QString canonicalFile =
            file.exists()
                ? file.canonicalFilePath()
                : QFileInfo(file.absolutePath()).canonicalFilePath() % u'/' % file.fileName();
        relative = QDir(canonicalRoot).relativeFilePath(canonicalFile);
        if (relative.startsWith(QLatin1String("../")))
            return Error{ErrorDomain::Git, GIT_ENOTFOUND,
                         QStringLiteral("%1 is outside the repository").arg(path)};
    }
    unsigned int flags = 0;
    const int rc = git_status_file(&flags, d->repo.get(), utf8(relative).constData());
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot read the status of %1").arg(relative));

    if (flags & GIT_STATUS_CONFLICTED)
        return FileStatus::Conflicted;
    if (flags & GIT_STATUS_IGNORED)
        return FileStatus::Ignored;
    if (flags & (GIT_STATUS_WT_DELETED | GIT_STATUS_INDEX_DELETED))
        return FileStatus::Deleted;
    if (flags & (GIT_STATUS_WT_RENAMED | GIT_STATUS_INDEX_RENAMED))
        return FileStatus::Renamed;
    if (flags & GIT_STATUS_INDEX_NEW)
        return FileStatus::Added;
    if (flags & GIT_STATUS_WT_NEW)
        return FileStatus::Untracked;
    if (flags & (GIT_STATUS_WT_MODIFIED | GIT_STATUS_INDEX_MODIFIED | GIT_STATUS_WT_TYPECHANGE |
                 GIT_STATUS_INDEX_TYPECHANGE))
        return FileStatus::Modified;
    return FileStatus::Unmodified;
}

Result<void> Repository::stageAll()
{
    git_index *raw = nullptr;
    int rc = git_repository_index(&raw, d->repo.get());
    IndexPtr index(raw);
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot read the index"));
    char star[] = "*";
    char *patterns[] = {star};
    const git_strarray all = {patterns, 1};
    rc = git_index_add_all(index.get(), &all, GIT_INDEX_ADD_DEFAULT, nullptr, nullptr);
    if (rc == 0)
        rc = git_index_update_all(index.get(), &all, nullptr, nullptr);
    if (rc == 0)
        rc = git_index_write(index.get());
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot stage the changes"));
    return {};
}

Result<QString> Repository::commit(const QString &message, const Signature &author)
{
    git_index *rawIndex = nullptr;
    int rc = git_repository_index(&rawIndex, d->repo.get());
    IndexPtr index(rawIndex);
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot read the index"));
    git_oid treeId;
    rc = git_index_write_tree(&treeId, index.get());
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot write the tree"));
    git_tree *rawTree = nullptr;
    rc = git_tree_lookup(&rawTree, d->repo.get(), &treeId);
    TreePtr tree(rawTree);
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot read the tree"));

    git_signature *rawSignature = nullptr;
    rc = git_signature_now(&rawSignature, utf8(author.name).constData(),
                           utf8(author.email).constData());
    SignaturePtr signature(rawSignature);
    if (rc != 0)
        return gitError(rc, QStringLiteral("invalid author"));

    // The first commit of a branch has no parent.
    git_oid headId;
    CommitPtr parent;
    rc = git_reference_name_to_id(&headId, d->repo.get(), "HEAD");
    if (rc == 0) {
        git_commit *rawParent = nullptr;
        rc = git_commit_lookup(&rawParent, d->repo.get(), &headId);
        parent.reset(rawParent);
        if (rc != 0)
            return gitError(rc, QStringLiteral("cannot read HEAD"));
    } else if (rc != GIT_ENOTFOUND && rc != GIT_EUNBORNBRANCH) {
        return gitError(rc, QStringLiteral("cannot read HEAD"));
    }

    // The parents parameter's constness differs between libgit2 point releases: take the
    // element type from the signature of the libgit2 we build against.
    std::remove_pointer_t<CommitParents> parents[] = {parent.get()};
    git_oid commitId;
    rc = git_commit_create(&commitId, d->repo.get(), "HEAD", signature.get(), signature.get(),
                           nullptr, utf8(message).constData(), tree.get(), parent ? 1 : 0, parents);
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot commit"));
    char id[GIT_OID_SHA1_HEXSIZE + 1] = {};
    git_oid_tostr(id, sizeof id, &commitId);
    return QString::fromLatin1(id);
}

Result<void> Repository::addRemote(const QString &name, const QString &url)
{
    git_remote *raw = nullptr;
    const int rc =
        git_remote_create(&raw, d->repo.get(), utf8(name).constData(), utf8(url).constData());
    RemotePtr remote(raw);
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot add the remote %1").arg(name));
    return {};
}

Result<QString> Repository::remoteUrl(const QString &name) const
{
    git_remote *raw = nullptr;
    const int rc = git_remote_lookup(&raw, d->repo.get(), utf8(name).constData());
    RemotePtr remote(raw);
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot find the remote %1").arg(name));
    const char *url = git_remote_url(remote.get());
    return url ? QString::fromUtf8(url) : QString();
}

Result<void> Repository::pushBranch(const QString &remoteName, const QString &branchName)
{
    git_remote *rawRemote = nullptr;
    int rc = git_remote_lookup(&rawRemote, d->repo.get(), utf8(remoteName).constData());
    RemotePtr remote(rawRemote);
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot find the remote %1").arg(remoteName));

    QByteArray refspec = "refs/heads/" + utf8(branchName) + ":refs/heads/" + utf8(branchName);
    char *specs[] = {refspec.data()};
    const git_strarray refspecs = {specs, 1};
    git_push_options options = GIT_PUSH_OPTIONS_INIT;
    // A server-side rejection (hook, protected branch) does not fail git_remote_push: it only
    // reaches this per-reference callback.
    QString rejection;
    options.callbacks.payload = &rejection;
    options.callbacks.push_update_reference = [](const char *ref, const char *status,
                                                 void *payload) {
        if (status)
            *static_cast<QString *>(payload) =
                QString::fromUtf8(ref) % u": " % QString::fromUtf8(status);
        return 0;
    };
    rc = git_remote_push(remote.get(), &refspecs, &options);
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot push %1 to %2").arg(branchName, remoteName));
    if (!rejection.isEmpty()) {
        return Error{ErrorDomain::Git, GIT_ERROR,
                     QStringLiteral("%1 rejected the push: %2").arg(remoteName, rejection)};
    }

    git_reference *rawBranch = nullptr;
    rc = git_branch_lookup(&rawBranch, d->repo.get(), utf8(branchName).constData(),
                           GIT_BRANCH_LOCAL);
    ReferencePtr branch(rawBranch);
    if (rc == 0)
        rc =
            git_branch_set_upstream(branch.get(), utf8(remoteName % u'/' % branchName).constData());
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot set the upstream of %1").arg(branchName));
    return {};
}

} // namespace Folio::Git
