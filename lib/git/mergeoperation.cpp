#include "git/mergeoperation.h"

#include "git/backupstore.h"
#include "git/giterror_p.h"
#include "git/githandle_p.h"
#include "git/operationsupport_p.h"
#include "git/repositoryaccess_p.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <vector>

namespace Folio::Git {

using namespace Internal;

namespace {

Result<AnnotatedCommitPtr> resolveTheirs(git_repository *repo, const QString &branch)
{
    const QByteArray name = utf8(branch);
    git_reference *rawRef = nullptr;
    int rc = git_reference_dwim(&rawRef, repo, name.constData());
    ReferencePtr ref(rawRef);
    git_annotated_commit *raw = nullptr;
    // From the reference when there is one: MERGE_MSG then names the branch, not an id.
    if (rc == 0)
        rc = git_annotated_commit_from_ref(&raw, repo, ref.get());
    else if (rc == GIT_ENOTFOUND)
        rc = git_annotated_commit_from_revspec(&raw, repo, name.constData());
    AnnotatedCommitPtr commit(raw);
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot find %1").arg(branch));
    return commit;
}

Result<SignaturePtr> makeSignature(git_repository *repo, const Signature &who)
{
    git_signature *raw = nullptr;
    const int rc =
        who.name.isEmpty() || who.email.isEmpty()
            ? git_signature_default(&raw, repo)
            : git_signature_now(&raw, utf8(who.name).constData(), utf8(who.email).constData());
    SignaturePtr signature(raw);
    if (rc != 0)
        return gitError(rc, QStringLiteral("no author for the merge commit (set a name and an "
                                           "e-mail address)"));
    return signature;
}

QList<ConflictEntry> conflictsOf(git_index *index, int *rc)
{
    QList<ConflictEntry> result;
    git_index_conflict_iterator *rawIterator = nullptr;
    *rc = git_index_conflict_iterator_new(&rawIterator, index);
    ConflictIteratorPtr iterator(rawIterator);
    if (*rc != 0)
        return result;
    const git_index_entry *ancestor = nullptr;
    const git_index_entry *ours = nullptr;
    const git_index_entry *theirs = nullptr;
    while ((*rc = git_index_conflict_next(&ancestor, &ours, &theirs, iterator.get())) == 0) {
        const git_index_entry *named = ours ? ours : theirs ? theirs : ancestor;
        result.append({QString::fromUtf8(named->path), ancestor != nullptr, ours != nullptr,
                       theirs != nullptr});
    }
    if (*rc == GIT_ITEROVER)
        *rc = 0;
    return result;
}

// Paths whose index entry differs between tree and index (conflicted ones included).
Result<QSet<QString>> changedPaths(git_repository *repo, git_tree *tree, git_index *index)
{
    git_diff *rawDiff = nullptr;
    git_diff_options options = GIT_DIFF_OPTIONS_INIT;
    int rc = git_diff_tree_to_index(&rawDiff, repo, tree, index, &options);
    DiffPtr diff(rawDiff);
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot compare the index with HEAD"));
    QSet<QString> paths;
    const size_t count = git_diff_num_deltas(diff.get());
    for (size_t i = 0; i < count; ++i) {
        const git_diff_delta *delta = git_diff_get_delta(diff.get(), i);
        paths.insert(QString::fromUtf8(delta->old_file.path));
        paths.insert(QString::fromUtf8(delta->new_file.path));
    }
    const QList<ConflictEntry> conflicts = conflictsOf(index, &rc);
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot read the conflicts"));
    for (const ConflictEntry &conflict : conflicts)
        paths.insert(conflict.path);
    return paths;
}

// Work-tree paths with changes the index does not have, untracked files included.
Result<QSet<QString>> dirtyWorktreePaths(git_repository *repo)
{
    git_status_options options = GIT_STATUS_OPTIONS_INIT;
    options.show = GIT_STATUS_SHOW_WORKDIR_ONLY;
    options.flags = GIT_STATUS_OPT_INCLUDE_UNTRACKED | GIT_STATUS_OPT_RECURSE_UNTRACKED_DIRS;
    git_status_list *rawList = nullptr;
    const int rc = git_status_list_new(&rawList, repo, &options);
    StatusListPtr list(rawList);
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot read the status"));
    QSet<QString> paths;
    const size_t count = git_status_list_entrycount(list.get());
    for (size_t i = 0; i < count; ++i) {
        const git_status_entry *entry = git_status_byindex(list.get(), i);
        if (entry->status == GIT_STATUS_CURRENT || !entry->index_to_workdir)
            continue;
        paths.insert(QString::fromUtf8(entry->index_to_workdir->old_file.path));
        paths.insert(QString::fromUtf8(entry->index_to_workdir->new_file.path));
    }
    return paths;
}

QStringList sorted(const QSet<QString> &set)
{
    QStringList list(set.begin(), set.end());
    list.sort();
    return list;
}

// First line of MERGE_MSG ("Merge branch 'x'") completed as git does ("... into main").
Result<QString> mergeMessage(git_repository *repo, const Repository &repository)
{
    git_buf buf = GIT_BUF_INIT;
    const int rc = git_repository_message(&buf, repo);
    std::unique_ptr<git_buf, BufDeleter> guard(&buf);
    QString message;
    if (rc == 0)
        message = QString::fromUtf8(buf.ptr, qsizetype(buf.size)).section(u'\n', 0, 0).trimmed();
    else if (rc != GIT_ENOTFOUND)
        return gitError(rc, QStringLiteral("cannot read the merge message"));
    if (message.isEmpty())
        message = QStringLiteral("Merge");
    // libgit2 names remote-tracking branches by their full reference; git by the short name.
    message.replace(QLatin1String("'refs/remotes/"), QLatin1String("'"))
        .replace(QLatin1String("'refs/heads/"), QLatin1String("'"));
    auto branch = repository.branch();
    if (!branch)
        return branch.error();
    if (!branch->detached && !message.contains(QLatin1String(" into ")))
        message += QStringLiteral(" into ") + branch->name;
    return message;
}

} // namespace

MergeOperation::MergeOperation(Repository &repository, BackupStore *backups)
    : m_repository(repository)
    , m_backups(backups)
{}

Result<MergeAnalysis> MergeOperation::analyze(const QString &branch) const
{
    git_repository *repo = rawRepository(m_repository);
    auto theirs = resolveTheirs(repo, branch);
    if (!theirs)
        return theirs.error();
    git_merge_analysis_t analysis = GIT_MERGE_ANALYSIS_NONE;
    git_merge_preference_t preference = GIT_MERGE_PREFERENCE_NONE;
    const git_annotated_commit *heads[] = {theirs.value().get()};
    const int rc = git_merge_analysis(&analysis, &preference, repo, heads, 1);
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot compare with %1").arg(branch));
    if (analysis & GIT_MERGE_ANALYSIS_UP_TO_DATE)
        return MergeAnalysis::UpToDate;
    if (analysis & GIT_MERGE_ANALYSIS_FASTFORWARD)
        return MergeAnalysis::FastForward;
    return MergeAnalysis::Normal;
}

Result<MergeOutcome> MergeOperation::merge(const QString &branch, const Signature &committer)
{
    git_repository *repo = rawRepository(m_repository);
    if (auto idle = requireNoOperationInProgress(repo, QStringLiteral("merge")); !idle)
        return idle.error();
    auto theirs = resolveTheirs(repo, branch);
    if (!theirs)
        return theirs.error();
    const git_oid *theirsId = git_annotated_commit_id(theirs.value().get());
    git_merge_analysis_t analysis = GIT_MERGE_ANALYSIS_NONE;
    git_merge_preference_t preference = GIT_MERGE_PREFERENCE_NONE;
    const git_annotated_commit *heads[] = {theirs.value().get()};
    int rc = git_merge_analysis(&analysis, &preference, repo, heads, 1);
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot compare with %1").arg(branch));

    MergeOutcome outcome;
    if (analysis & GIT_MERGE_ANALYSIS_UP_TO_DATE) {
        auto head = headCommit(repo);
        if (!head)
            return head.error();
        outcome.status = MergeStatus::UpToDate;
        outcome.commitId =
            head.value() ? oidToString(git_commit_id(head.value().get())) : QString();
        return outcome;
    }

    const bool fastForward = (analysis & GIT_MERGE_ANALYSIS_FASTFORWARD) &&
                             !(preference & GIT_MERGE_PREFERENCE_NO_FASTFORWARD);
    if (fastForward || (analysis & GIT_MERGE_ANALYSIS_UNBORN)) {
        git_object *rawTarget = nullptr;
        rc = git_object_lookup(&rawTarget, repo, theirsId, GIT_OBJECT_COMMIT);
        ObjectPtr target(rawTarget);
        if (rc != 0)
            return gitError(rc, QStringLiteral("cannot read %1").arg(branch));
        auto checkout = safeCheckout(repo, target.get());
        if (!checkout)
            return checkout.error();
        if (!checkout->applied) {
            outcome.status = MergeStatus::Refused;
            outcome.blockingFiles = checkout->conflictingFiles;
            outcome.reason = QStringLiteral("uncommitted changes would be overwritten");
            return outcome;
        }
        const QByteArray reflog = "merge " + utf8(branch) + ": Fast-forward";
        git_reference *rawHead = nullptr;
        rc = git_reference_lookup(&rawHead, repo, "HEAD");
        ReferencePtr head(rawHead);
        if (rc == 0 && git_reference_type(head.get()) == GIT_REFERENCE_SYMBOLIC) {
            // Move the branch HEAD names only if nobody moved it meanwhile; create it when
            // HEAD was unborn.
            const char *branchRef = git_reference_symbolic_target(head.get());
            git_oid current;
            git_reference *rawMoved = nullptr;
            rc = git_reference_name_to_id(&current, repo, branchRef);
            if (rc == 0)
                rc = git_reference_create_matching(&rawMoved, repo, branchRef, theirsId, 1,
                                                   &current, reflog.constData());
            else if (rc == GIT_ENOTFOUND)
                rc = git_reference_create(&rawMoved, repo, branchRef, theirsId, 0,
                                          reflog.constData());
            ReferencePtr moved(rawMoved);
        } else if (rc == 0) {
            rc = git_repository_set_head_detached(repo, theirsId);
        }
        if (rc != 0)
            return gitError(rc, QStringLiteral("cannot move HEAD to %1").arg(branch));
        outcome.status = MergeStatus::FastForwarded;
        outcome.commitId = oidToString(theirsId);
        return outcome;
    }
    if (preference & GIT_MERGE_PREFERENCE_FASTFORWARD_ONLY)
        return Error{
            ErrorDomain::Git, GIT_ENONFASTFORWARD,
            QStringLiteral("merge.ff is \"only\" and %1 cannot be fast-forwarded").arg(branch)};

    // A real merge. Refuse up front whatever could make abort() inexact or lose work.
    auto ours = headCommit(repo);
    if (!ours)
        return ours.error();
    auto tree = headTree(repo);
    if (!tree)
        return tree.error();
    auto index = repositoryIndex(repo);
    if (!index)
        return index.error();
    auto staged = changedPaths(repo, tree.value().get(), index.value().get());
    if (!staged)
        return staged.error();
    if (!staged->isEmpty()) {
        outcome.status = MergeStatus::Refused;
        outcome.blockingFiles = sorted(staged.value());
        outcome.reason = QStringLiteral("there are staged changes: commit them first");
        return outcome;
    }
    git_commit *rawTheirs = nullptr;
    rc = git_commit_lookup(&rawTheirs, repo, theirsId);
    CommitPtr theirsCommit(rawTheirs);
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot read %1").arg(branch));
    git_merge_options mergeOptions = GIT_MERGE_OPTIONS_INIT;
    git_index *rawMerged = nullptr;
    rc = git_merge_commits(&rawMerged, repo, ours.value().get(), theirsCommit.get(), &mergeOptions);
    IndexPtr merged(rawMerged);
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot merge %1").arg(branch));
    auto touched = changedPaths(repo, tree.value().get(), merged.get());
    if (!touched)
        return touched.error();
    auto dirty = dirtyWorktreePaths(repo);
    if (!dirty)
        return dirty.error();
    if (touched->intersects(dirty.value())) {
        outcome.status = MergeStatus::Refused;
        outcome.blockingFiles = sorted(touched.value() & dirty.value());
        outcome.reason = QStringLiteral("the merge would change files with uncommitted changes");
        return outcome;
    }

    QStringList collisions;
    const git_checkout_options checkoutOptions = safeCheckoutOptions(&collisions);
    rc = git_merge(repo, heads, 1, &mergeOptions, &checkoutOptions);
    if (rc == GIT_ECONFLICT) {
        // libgit2 found what the check above cannot see (an ignored file in the way) and wrote
        // nothing; it also removed the merge state again.
        outcome.status = MergeStatus::Refused;
        collisions.removeDuplicates();
        collisions.sort();
        outcome.blockingFiles = collisions;
        outcome.reason = gitError(rc, {}).message;
        return outcome;
    }
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot merge %1").arg(branch));

    auto left = conflicts();
    if (!left)
        return left.error();
    if (!left->isEmpty()) {
        outcome.status = MergeStatus::Conflicted;
        outcome.conflicts = left.value();
        auto message = mergeMessage(repo, m_repository);
        if (message)
            outcome.message = message.value();
        outcome.commitId = oidToString(git_commit_id(ours.value().get()));
        return outcome;
    }
    auto message = mergeMessage(repo, m_repository);
    if (!message)
        return message.error();
    auto commit = complete(committer);
    if (!commit)
        return commit.error();
    outcome.status = MergeStatus::Merged;
    outcome.commitId = commit.value();
    outcome.message = message.value();
    return outcome;
}

Result<MergeState> MergeOperation::state() const
{
    git_repository *repo = rawRepository(m_repository);
    MergeState result;
    const int state = git_repository_state(repo);
    if (state < 0)
        return gitError(state, QStringLiteral("cannot read the repository state"));
    if (state == GIT_REPOSITORY_STATE_NONE)
        return result;
    if (state != GIT_REPOSITORY_STATE_MERGE) {
        result.operation = RepositoryOperation::Other;
        return result;
    }
    result.operation = RepositoryOperation::Merge;
    QStringList ids;
    int rc = git_repository_mergehead_foreach(
        repo,
        [](const git_oid *id, void *payload) {
            static_cast<QStringList *>(payload)->append(oidToString(id));
            return 0;
        },
        &ids);
    if (rc != 0 && rc != GIT_ENOTFOUND)
        return gitError(rc, QStringLiteral("cannot read MERGE_HEAD"));
    result.theirsId = ids.value(0);
    auto message = mergeMessage(repo, m_repository);
    if (!message)
        return message.error();
    result.message = message.value();
    auto left = conflicts();
    if (!left)
        return left.error();
    result.conflicts = left.value();
    return result;
}

Result<QList<ConflictEntry>> MergeOperation::conflicts() const
{
    auto index = repositoryIndex(rawRepository(m_repository));
    if (!index)
        return index.error();
    int rc = 0;
    QList<ConflictEntry> result = conflictsOf(index.value().get(), &rc);
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot read the conflicts"));
    return result;
}

Result<void> MergeOperation::resolve(const QString &path, ConflictResolution resolution, bool force)
{
    git_repository *repo = rawRepository(m_repository);
    auto relative = repositoryRelativePath(repo, path);
    if (!relative)
        return relative.error();
    const QString rel = relative.value();
    const QByteArray native = utf8(rel);
    const QString workdir = QFile::decodeName(git_repository_workdir(repo));
    const QString absolute = workdir + rel;
    auto index = repositoryIndex(repo);
    if (!index)
        return index.error();
    const git_index_entry *ancestor = nullptr;
    const git_index_entry *ours = nullptr;
    const git_index_entry *theirs = nullptr;
    int rc =
        git_index_conflict_get(&ancestor, &ours, &theirs, index.value().get(), native.constData());
    if (rc == GIT_ENOTFOUND)
        return Error{ErrorDomain::Git, GIT_ENOTFOUND,
                     QStringLiteral("%1 has no merge conflict").arg(rel)};
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot read the conflict of %1").arg(rel));

    const QFileInfo info(absolute);
    const bool onDisk = info.exists() || info.isSymLink();
    if (resolution == ConflictResolution::UseEdited) {
        if (onDisk) {
            QFile file(absolute);
            if (!file.open(QIODevice::ReadOnly))
                return Error{ErrorDomain::File, EACCES,
                             QStringLiteral("cannot read %1: %2").arg(rel, file.errorString())};
            const QByteArray bytes = file.readAll();
            const bool markers = bytes.startsWith("<<<<<<<") || bytes.startsWith(">>>>>>>") ||
                                 bytes.contains("\n<<<<<<<") || bytes.contains("\n>>>>>>>");
            if (markers && !force)
                return Error{ErrorDomain::Git, GIT_EUNMERGED,
                             QStringLiteral("%1 still contains conflict markers (<<<<<<< or "
                                            ">>>>>>>)")
                                 .arg(rel)};
            rc = git_index_add_bypath(index.value().get(), native.constData());
        } else {
            rc = git_index_conflict_remove(index.value().get(), native.constData());
            if (rc == 0 || rc == GIT_ENOTFOUND)
                rc = git_index_remove_bypath(index.value().get(), native.constData());
        }
        if (rc == 0)
            rc = git_index_write(index.value().get());
        if (rc != 0)
            return gitError(rc, QStringLiteral("cannot mark %1 as resolved").arg(rel));
        return {};
    }

    // Copy the chosen side before the conflict entries that own it are removed.
    const git_index_entry *chosen = resolution == ConflictResolution::KeepMine ? ours : theirs;
    std::optional<git_index_entry> entry;
    if (chosen) {
        entry = *chosen;
        entry->path = native.constData();
        GIT_INDEX_ENTRY_STAGE_SET(&*entry, 0);
    }
    if (m_backups && onDisk) {
        // The user may have started editing the file before choosing a side.
        auto kept = m_backups->backupFile(absolute, workdir, rel, QStringLiteral("merge-resolve"));
        if (!kept)
            return kept.error();
    }
    rc = git_index_conflict_remove(index.value().get(), native.constData());
    if (rc == 0)
        rc = entry ? git_index_add(index.value().get(), &*entry) : 0;
    if (rc == 0)
        rc = git_index_write(index.value().get());
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot resolve %1").arg(rel));
    return forceCheckoutPaths(repo, index.value().get(), {rel});
}

Result<QString> MergeOperation::complete(const Signature &committer)
{
    git_repository *repo = rawRepository(m_repository);
    if (git_repository_state(repo) != GIT_REPOSITORY_STATE_MERGE)
        return Error{ErrorDomain::Git, GIT_ENOTFOUND, QStringLiteral("no merge is in progress")};
    auto index = repositoryIndex(repo);
    if (!index)
        return index.error();
    int rc = 0;
    const QList<ConflictEntry> left = conflictsOf(index.value().get(), &rc);
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot read the conflicts"));
    if (!left.isEmpty()) {
        QStringList paths;
        for (const ConflictEntry &conflict : left)
            paths.append(conflict.path);
        return Error{ErrorDomain::Git, GIT_EUNMERGED,
                     QStringLiteral("%1 file(s) still have conflicts: %2")
                         .arg(left.size())
                         .arg(paths.join(QLatin1String(", ")))};
    }

    auto signature = makeSignature(repo, committer);
    if (!signature)
        return signature.error();
    auto message = mergeMessage(repo, m_repository);
    if (!message)
        return message.error();
    git_oid treeId;
    rc = git_index_write_tree(&treeId, index.value().get());
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot write the merged tree"));
    git_tree *rawTree = nullptr;
    rc = git_tree_lookup(&rawTree, repo, &treeId);
    TreePtr tree(rawTree);
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot read the merged tree"));

    auto head = headCommit(repo);
    if (!head)
        return head.error();
    std::vector<CommitPtr> parents;
    parents.push_back(std::move(head).value());
    std::vector<git_oid> theirIds;
    rc = git_repository_mergehead_foreach(
        repo,
        [](const git_oid *id, void *payload) {
            static_cast<std::vector<git_oid> *>(payload)->push_back(*id);
            return 0;
        },
        &theirIds);
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot read MERGE_HEAD"));
    for (const git_oid &id : theirIds) {
        git_commit *raw = nullptr;
        rc = git_commit_lookup(&raw, repo, &id);
        parents.emplace_back(raw);
        if (rc != 0)
            return gitError(rc, QStringLiteral("cannot read the merged commit"));
    }
    std::vector<CommitParent> parentPointers;
    for (const CommitPtr &parent : parents) {
        if (parent)
            parentPointers.push_back(parent.get());
    }
    git_oid commitId;
    rc = git_commit_create(&commitId, repo, "HEAD", signature.value().get(),
                           signature.value().get(), nullptr, utf8(message.value()).constData(),
                           tree.get(), parentPointers.size(), parentPointers.data());
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot commit the merge"));
    rc = git_repository_state_cleanup(repo);
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot leave the merging state"));
    return oidToString(&commitId);
}

Result<void> MergeOperation::abort()
{
    git_repository *repo = rawRepository(m_repository);
    if (git_repository_state(repo) != GIT_REPOSITORY_STATE_MERGE)
        return Error{ErrorDomain::Git, GIT_ENOTFOUND, QStringLiteral("no merge is in progress")};
    auto tree = headTree(repo);
    if (!tree)
        return tree.error();
    auto index = repositoryIndex(repo);
    if (!index)
        return index.error();
    // merge() refused to start with staged changes, so every difference between the index and
    // HEAD is the merge's own: those are exactly the files to put back.
    auto changed = changedPaths(repo, tree.value().get(), index.value().get());
    if (!changed)
        return changed.error();
    const QStringList paths = sorted(changed.value());
    const QString workdir = QFile::decodeName(git_repository_workdir(repo));

    std::vector<BackupEntry> kept;
    if (m_backups) {
        int rc = 0;
        const QList<ConflictEntry> open = conflictsOf(index.value().get(), &rc);
        if (rc != 0)
            return gitError(rc, QStringLiteral("cannot read the conflicts"));
        QSet<QString> conflicted;
        for (const ConflictEntry &conflict : open)
            conflicted.insert(conflict.path);
        for (const QString &path : paths) {
            const QString absolute = workdir + path;
            if (!QFileInfo(absolute).isFile())
                continue;
            // A file equal to what the merge staged holds nothing of the user's.
            auto staged = indexContent(repo, index.value().get(), path);
            if (!staged)
                return staged.error();
            if (!conflicted.contains(path) && staged.value()) {
                QFile file(absolute);
                if (file.open(QIODevice::ReadOnly) && file.readAll() == *staged.value())
                    continue;
            }
            auto entry =
                m_backups->backupFile(absolute, workdir, path, QStringLiteral("merge-abort"));
            if (!entry)
                return entry.error();
            kept.push_back(std::move(entry).value());
        }
    }

    for (const QString &path : paths) {
        if (auto reset = resetIndexPath(index.value().get(), tree.value().get(), path); !reset)
            return reset.error();
    }
    int rc = git_index_write(index.value().get());
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot write the index"));
    if (auto restored = forceCheckoutPaths(repo, index.value().get(), paths); !restored)
        return restored.error();
    rc = git_repository_state_cleanup(repo);
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot leave the merging state"));
    for (BackupEntry &entry : kept) {
        if (auto recorded = m_backups->recordLeftBehind(entry); !recorded)
            return recorded.error();
    }
    return {};
}

} // namespace Folio::Git
