#include "git/branches.h"

#include "git/giterror_p.h"
#include "git/githandle_p.h"
#include "git/operationsupport_p.h"
#include "git/repositoryaccess_p.h"

#include <algorithm>

namespace Folio::Git {

using namespace Internal;

namespace {

const QLatin1String headsPrefix("refs/heads/");
const QLatin1String remotesPrefix("refs/remotes/");

Result<BranchInfo> describe(git_repository *repo, git_reference *ref, git_branch_t type)
{
    BranchInfo info;
    info.remote = type == GIT_BRANCH_REMOTE;
    info.refName = QString::fromUtf8(git_reference_name(ref));
    const char *shortName = nullptr;
    int rc = git_branch_name(&shortName, ref);
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot read the name of %1").arg(info.refName));
    info.name = QString::fromUtf8(shortName);
    if (!info.remote) {
        rc = git_branch_is_head(ref);
        if (rc < 0)
            return gitError(rc, QStringLiteral("cannot read HEAD"));
        info.current = rc == 1;
    }

    git_object *rawObject = nullptr;
    rc = git_reference_peel(&rawObject, ref, GIT_OBJECT_COMMIT);
    ObjectPtr object(rawObject);
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot read the commit of %1").arg(info.name));
    auto *commit = reinterpret_cast<git_commit *>(object.get());
    const git_oid *tip = git_commit_id(commit);
    info.commitId = oidToString(tip);
    const char *summary = git_commit_summary(commit);
    info.commitSummary = summary ? QString::fromUtf8(summary) : QString();
    info.commitTime = QDateTime::fromSecsSinceEpoch(git_commit_time(commit), Qt::UTC);

    if (info.remote)
        return info;
    git_reference *rawUpstream = nullptr;
    rc = git_branch_upstream(&rawUpstream, ref);
    ReferencePtr upstream(rawUpstream);
    if (rc == GIT_ENOTFOUND) // no upstream configured, or its remote branch is gone
        return info;
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot read the upstream of %1").arg(info.name));
    rc = git_branch_name(&shortName, upstream.get());
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot read the upstream of %1").arg(info.name));
    info.upstream = QString::fromUtf8(shortName);
    const git_oid *upstreamTip = git_reference_target(upstream.get());
    if (upstreamTip) {
        size_t ahead = 0;
        size_t behind = 0;
        rc = git_graph_ahead_behind(&ahead, &behind, repo, tip, upstreamTip);
        if (rc != 0)
            return gitError(
                rc, QStringLiteral("cannot compare %1 with %2").arg(info.name, info.upstream));
        info.ahead = int(ahead);
        info.behind = int(behind);
    }
    return info;
}

Result<bool> referenceExists(git_repository *repo, const QString &refName)
{
    git_reference *raw = nullptr;
    const int rc = git_reference_lookup(&raw, repo, utf8(refName).constData());
    ReferencePtr ref(raw);
    if (rc == GIT_ENOTFOUND)
        return false;
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot read %1").arg(refName));
    return true;
}

} // namespace

Branches::Branches(Repository &repository)
    : m_repository(repository)
{}

Result<QList<BranchInfo>> Branches::list(BranchKind kind) const
{
    git_repository *repo = rawRepository(m_repository);
    const git_branch_t flags = kind == BranchKind::Local    ? GIT_BRANCH_LOCAL
                               : kind == BranchKind::Remote ? GIT_BRANCH_REMOTE
                                                            : GIT_BRANCH_ALL;
    git_branch_iterator *rawIterator = nullptr;
    int rc = git_branch_iterator_new(&rawIterator, repo, flags);
    BranchIteratorPtr iterator(rawIterator);
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot list the branches"));

    QList<BranchInfo> branches;
    git_reference *rawRef = nullptr;
    git_branch_t type = GIT_BRANCH_LOCAL;
    while ((rc = git_branch_next(&rawRef, &type, iterator.get())) == 0) {
        ReferencePtr ref(rawRef);
        // refs/remotes/origin/HEAD only says which branch is the remote's default.
        if (git_reference_type(ref.get()) == GIT_REFERENCE_SYMBOLIC)
            continue;
        auto info = describe(repo, ref.get(), type);
        if (!info)
            return info.error();
        branches.append(std::move(info).value());
    }
    if (rc != GIT_ITEROVER)
        return gitError(rc, QStringLiteral("cannot list the branches"));
    std::sort(branches.begin(), branches.end(), [](const BranchInfo &a, const BranchInfo &b) {
        if (a.remote != b.remote)
            return !a.remote;
        return a.name < b.name;
    });
    return branches;
}

Result<BranchState> Branches::current() const
{
    return m_repository.branch();
}

Result<DefaultBranch> Branches::defaultBranch() const
{
    git_repository *repo = rawRepository(m_repository);
    DefaultBranch result;
    git_reference *rawRemoteHead = nullptr;
    int rc = git_reference_lookup(&rawRemoteHead, repo, "refs/remotes/origin/HEAD");
    ReferencePtr remoteHead(rawRemoteHead);
    if (rc == 0 && git_reference_type(remoteHead.get()) == GIT_REFERENCE_SYMBOLIC) {
        const QString target = QString::fromUtf8(git_reference_symbolic_target(remoteHead.get()));
        const QString prefix = remotesPrefix + QLatin1String("origin/");
        if (target.startsWith(prefix)) {
            result.name = target.mid(prefix.size());
            result.trackingRef = QStringLiteral("origin/") + result.name;
        }
    } else if (rc != 0 && rc != GIT_ENOTFOUND) {
        return gitError(rc, QStringLiteral("cannot read origin/HEAD"));
    }

    if (result.name.isEmpty()) {
        // No origin/HEAD (a repository created locally, or cloned by a tool that skips it).
        for (const QString &candidate : {QStringLiteral("main"), QStringLiteral("master")}) {
            const QString local = headsPrefix + candidate;
            const QString tracking = remotesPrefix + QLatin1String("origin/") + candidate;
            for (const QString &ref : {local, tracking}) {
                auto exists = referenceExists(repo, ref);
                if (!exists)
                    return exists.error();
                if (*exists && result.name.isEmpty())
                    result.name = candidate;
            }
            if (!result.name.isEmpty())
                break;
        }
        if (result.name.isEmpty())
            return Error{ErrorDomain::Git, GIT_ENOTFOUND,
                         QStringLiteral("the repository has no origin/HEAD, main or master")};
        auto tracking =
            referenceExists(repo, remotesPrefix + QLatin1String("origin/") + result.name);
        if (!tracking)
            return tracking.error();
        if (*tracking)
            result.trackingRef = QStringLiteral("origin/") + result.name;
    }
    auto local = referenceExists(repo, headsPrefix + result.name);
    if (!local)
        return local.error();
    result.existsLocally = *local;
    return result;
}

Result<void> Branches::validateName(const QString &name)
{
    int valid = 0;
    const QByteArray bytes = utf8(name);
    const int rc = name.isEmpty() ? 0 : git_branch_name_is_valid(&valid, bytes.constData());
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot check the branch name %1").arg(name));
    // git_branch_name_is_valid accepts names git itself refuses to create.
    if (!valid || name.startsWith(u'-') || name.contains(u' '))
        return Error{ErrorDomain::Git, GIT_EINVALIDSPEC,
                     QStringLiteral("\"%1\" is not a valid branch name: use letters, digits, '-', "
                                    "'_', '.' and '/' (no spaces, no '..', not starting with '-' "
                                    "or ending with '/', '.' or '.lock')")
                         .arg(name)};
    return {};
}

Result<SwitchOutcome> Branches::createAndSwitch(const QString &name, const QString &startPoint)
{
    git_repository *repo = rawRepository(m_repository);
    if (auto valid = validateName(name); !valid)
        return valid.error();
    if (auto idle = requireNoOperationInProgress(repo, QStringLiteral("create a branch")); !idle)
        return idle.error();
    const QString refName = headsPrefix + name;
    auto exists = referenceExists(repo, refName);
    if (!exists)
        return exists.error();
    if (*exists)
        return Error{ErrorDomain::Git, GIT_EEXISTS,
                     QStringLiteral("a branch named \"%1\" already exists").arg(name)};

    CommitPtr start;
    QString upstream; // set when starting from a remote-tracking branch, as git does
    if (startPoint.isEmpty()) {
        auto head = headCommit(repo);
        if (!head)
            return head.error();
        start = std::move(head).value();
        if (!start) {
            // Nothing committed yet: the new branch is as unborn as the current one.
            const int rc = git_repository_set_head(repo, utf8(refName).constData());
            if (rc != 0)
                return gitError(rc, QStringLiteral("cannot switch to %1").arg(name));
            auto state = current();
            if (!state)
                return state.error();
            return SwitchOutcome{true, state.value(), {}};
        }
    } else {
        git_object *rawObject = nullptr;
        int rc = git_revparse_single(&rawObject, repo, utf8(startPoint).constData());
        ObjectPtr object(rawObject);
        if (rc != 0)
            return gitError(rc, QStringLiteral("cannot find %1").arg(startPoint));
        git_object *rawPeeled = nullptr;
        rc = git_object_peel(&rawPeeled, object.get(), GIT_OBJECT_COMMIT);
        ObjectPtr peeled(rawPeeled);
        if (rc != 0)
            return gitError(rc, QStringLiteral("%1 is not a commit").arg(startPoint));
        start.reset(reinterpret_cast<git_commit *>(peeled.release()));
        git_reference *rawRemote = nullptr;
        rc = git_branch_lookup(&rawRemote, repo, utf8(startPoint).constData(), GIT_BRANCH_REMOTE);
        ReferencePtr remote(rawRemote);
        if (rc == 0)
            upstream = startPoint;
        else if (rc != GIT_ENOTFOUND)
            return gitError(rc, QStringLiteral("cannot read %1").arg(startPoint));
    }

    git_reference *rawBranch = nullptr;
    int rc = git_branch_create(&rawBranch, repo, utf8(name).constData(), start.get(), 0);
    ReferencePtr branch(rawBranch);
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot create the branch %1").arg(name));

    auto checkout = safeCheckout(repo, reinterpret_cast<const git_object *>(start.get()));
    if (!checkout || !checkout->applied) {
        // Leave nothing behind: the user asked for a branch *and* a switch.
        const int deleted = git_branch_delete(branch.get());
        if (!checkout)
            return checkout.error();
        if (deleted != 0)
            return gitError(deleted, QStringLiteral("cannot remove the branch %1 again").arg(name));
        auto state = current();
        if (!state)
            return state.error();
        return SwitchOutcome{false, state.value(), checkout->conflictingFiles};
    }
    if (!upstream.isEmpty()) {
        rc = git_branch_set_upstream(branch.get(), utf8(upstream).constData());
        if (rc != 0)
            return gitError(rc, QStringLiteral("cannot make %1 track %2").arg(name, upstream));
    }
    rc = git_repository_set_head(repo, utf8(refName).constData());
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot switch to %1").arg(name));
    auto state = current();
    if (!state)
        return state.error();
    return SwitchOutcome{true, state.value(), {}};
}

Result<SwitchOutcome> Branches::switchTo(const QString &name)
{
    git_repository *repo = rawRepository(m_repository);
    if (auto idle = requireNoOperationInProgress(repo, QStringLiteral("switch branches")); !idle)
        return idle.error();
    if (name.isEmpty())
        return Error{ErrorDomain::Git, GIT_EINVALIDSPEC, QStringLiteral("no branch given")};

    git_reference *rawBranch = nullptr;
    int rc = git_branch_lookup(&rawBranch, repo, utf8(name).constData(), GIT_BRANCH_LOCAL);
    ReferencePtr branch(rawBranch);
    if (rc == GIT_ENOTFOUND) {
        // Like `git switch feature` with only origin/feature: create the local tracking branch.
        auto remotes = list(BranchKind::Remote);
        if (!remotes)
            return remotes.error();
        QStringList matches;
        for (const BranchInfo &remote : remotes.value()) {
            if (remote.name.section(u'/', 1) == name)
                matches.append(remote.name);
        }
        if (matches.size() == 1)
            return createAndSwitch(name, matches.first());
        if (matches.size() > 1)
            return Error{ErrorDomain::Git, GIT_EAMBIGUOUS,
                         QStringLiteral("\"%1\" exists on several remotes: %2")
                             .arg(name, matches.join(QLatin1String(", ")))};
        return gitError(rc, QStringLiteral("there is no branch named \"%1\"").arg(name));
    }
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot find the branch %1").arg(name));

    rc = git_branch_is_head(branch.get());
    if (rc < 0)
        return gitError(rc, QStringLiteral("cannot read HEAD"));
    if (rc == 1) {
        auto state = current();
        if (!state)
            return state.error();
        return SwitchOutcome{true, state.value(), {}};
    }

    git_object *rawCommit = nullptr;
    rc = git_reference_peel(&rawCommit, branch.get(), GIT_OBJECT_COMMIT);
    ObjectPtr commit(rawCommit);
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot read the commit of %1").arg(name));
    auto checkout = safeCheckout(repo, commit.get());
    if (!checkout)
        return checkout.error();
    if (!checkout->applied) {
        auto state = current();
        if (!state)
            return state.error();
        return SwitchOutcome{false, state.value(), checkout->conflictingFiles};
    }
    rc = git_repository_set_head(repo, git_reference_name(branch.get()));
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot switch to %1").arg(name));
    auto state = current();
    if (!state)
        return state.error();
    return SwitchOutcome{true, state.value(), {}};
}

} // namespace Folio::Git
