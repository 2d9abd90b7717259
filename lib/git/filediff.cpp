#include "git/filediff.h"

#include "git/giterror_p.h"
#include "git/githandle_p.h"
#include "git/repositoryaccess_p.h"

namespace Folio::Git {

namespace {

ChangeKind kindOf(git_delta_t status)
{
    switch (status) {
    case GIT_DELTA_ADDED:
        return ChangeKind::Added;
    case GIT_DELTA_DELETED:
        return ChangeKind::Deleted;
    case GIT_DELTA_MODIFIED:
        return ChangeKind::Modified;
    case GIT_DELTA_RENAMED:
        return ChangeKind::Renamed;
    case GIT_DELTA_TYPECHANGE:
        return ChangeKind::TypeChanged;
    case GIT_DELTA_UNTRACKED:
        return ChangeKind::Untracked;
    case GIT_DELTA_CONFLICTED:
        return ChangeKind::Conflicted;
    default:
        return ChangeKind::None;
    }
}

// The tree a revision points to; a null tree for a branch with no commit yet, which makes
// every file of the work tree an addition.
Result<TreePtr> treeOf(git_repository *repo, const QString &revision, bool unbornIsEmpty)
{
    git_object *raw = nullptr;
    const QByteArray spec = (revision % u"^{tree}").toUtf8();
    const int rc = git_revparse_single(&raw, repo, spec.constData());
    ObjectPtr object(raw);
    if (rc == GIT_ENOTFOUND || rc == GIT_EUNBORNBRANCH) {
        if (unbornIsEmpty && git_repository_head_unborn(repo) == 1)
            return TreePtr();
    }
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot find the revision %1").arg(revision));
    // A typed handle for the tree ^{tree} resolved to (from the object cache, no new read).
    git_tree *rawTree = nullptr;
    const int lookupRc = git_tree_lookup(&rawTree, repo, git_object_id(object.get()));
    TreePtr tree(rawTree);
    if (lookupRc != 0)
        return gitError(lookupRc, QStringLiteral("cannot read the tree of %1").arg(revision));
    return TreePtr(std::move(tree));
}

QString lineText(const git_diff_line &line)
{
    qsizetype length = qsizetype(line.content_len);
    if (length > 0 && line.content[length - 1] == '\n')
        --length;
    if (length > 0 && line.content[length - 1] == '\r')
        --length;
    return QString::fromUtf8(line.content, length);
}

// Pairs each run of removed lines with the run of added lines that follows it, line by line,
// and marks the words that differ in each pair.
void emphasizeWords(DiffHunk &hunk)
{
    QList<DiffLine> &lines = hunk.lines;
    qsizetype i = 0;
    while (i < lines.size()) {
        if (lines[i].kind != DiffLineKind::Removed) {
            ++i;
            continue;
        }
        const qsizetype removedStart = i;
        while (i < lines.size() && lines[i].kind == DiffLineKind::Removed)
            ++i;
        const qsizetype addedStart = i;
        while (i < lines.size() && lines[i].kind == DiffLineKind::Added)
            ++i;
        const qsizetype pairs = std::min(addedStart - removedStart, i - addedStart);
        for (qsizetype k = 0; k < pairs; ++k) {
            DiffLine &removed = lines[removedStart + k];
            DiffLine &added = lines[addedStart + k];
            WordDiff words = diffWords(removed.text, added.text);
            removed.emphasis = std::move(words.removed);
            added.emphasis = std::move(words.added);
        }
    }
}

Result<FileDiff> readPatch(git_diff *diff, size_t index)
{
    git_patch *raw = nullptr;
    const int rc = git_patch_from_diff(&raw, diff, index);
    PatchPtr patch(raw);
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot compute the diff"));
    // Loading the contents (done by git_patch_from_diff) is what settles the binary flag.
    const git_diff_delta *delta =
        patch ? git_patch_get_delta(patch.get()) : git_diff_get_delta(diff, index);
    FileDiff result;
    result.kind = kindOf(delta->status);
    result.path = QString::fromUtf8(delta->new_file.path);
    if (delta->status == GIT_DELTA_RENAMED)
        result.oldPath = QString::fromUtf8(delta->old_file.path);
    result.binary = (delta->flags & GIT_DIFF_FLAG_BINARY) != 0;
    if (!patch || result.binary)
        return result;

    const size_t hunkCount = git_patch_num_hunks(patch.get());
    for (size_t h = 0; h < hunkCount; ++h) {
        const git_diff_hunk *rawHunk = nullptr;
        size_t lineCount = 0;
        int hunkRc = git_patch_get_hunk(&rawHunk, &lineCount, patch.get(), h);
        if (hunkRc != 0)
            return gitError(hunkRc, QStringLiteral("cannot read a diff hunk"));
        DiffHunk hunk;
        hunk.oldStart = rawHunk->old_start;
        hunk.oldCount = rawHunk->old_lines;
        hunk.newStart = rawHunk->new_start;
        hunk.newCount = rawHunk->new_lines;
        hunk.header = QString::fromUtf8(rawHunk->header, qsizetype(rawHunk->header_len)).trimmed();
        for (size_t l = 0; l < lineCount; ++l) {
            const git_diff_line *rawLine = nullptr;
            hunkRc = git_patch_get_line_in_hunk(&rawLine, patch.get(), h, l);
            if (hunkRc != 0)
                return gitError(hunkRc, QStringLiteral("cannot read a diff line"));
            DiffLine line;
            switch (rawLine->origin) {
            case GIT_DIFF_LINE_ADDITION:
                line.kind = DiffLineKind::Added;
                break;
            case GIT_DIFF_LINE_DELETION:
                line.kind = DiffLineKind::Removed;
                break;
            case GIT_DIFF_LINE_CONTEXT:
                line.kind = DiffLineKind::Context;
                break;
            case GIT_DIFF_LINE_CONTEXT_EOFNL:
            case GIT_DIFF_LINE_ADD_EOFNL:
            case GIT_DIFF_LINE_DEL_EOFNL:
                // "\ No newline at end of file" always follows the line it is about.
                if (!hunk.lines.isEmpty())
                    hunk.lines.last().noNewlineAtEnd = true;
                continue;
            default:
                continue;
            }
            line.oldNumber = std::max(rawLine->old_lineno, 0);
            line.newNumber = std::max(rawLine->new_lineno, 0);
            line.text = lineText(*rawLine);
            hunk.lines.append(std::move(line));
        }
        emphasizeWords(hunk);
        result.hunks.append(std::move(hunk));
    }
    return result;
}

} // namespace

Result<FileDiff> diffFile(const Repository &repository, const FileDiffRequest &request)
{
    git_repository *repo = rawRepository(repository);
    QByteArray path = request.path.toUtf8();
    QByteArray oldPath = request.oldPath.toUtf8();
    char *paths[] = {path.data(), oldPath.data()};

    git_diff_options options = GIT_DIFF_OPTIONS_INIT;
    // Literal paths; an untracked file shows as all added, like a new page should. The indent
    // heuristic is git's default since 2.14, so hunks look like the CLI's.
    options.flags = GIT_DIFF_DISABLE_PATHSPEC_MATCH | GIT_DIFF_INCLUDE_UNTRACKED |
                    GIT_DIFF_RECURSE_UNTRACKED_DIRS | GIT_DIFF_SHOW_UNTRACKED_CONTENT |
                    GIT_DIFF_INCLUDE_TYPECHANGE | GIT_DIFF_IGNORE_SUBMODULES |
                    GIT_DIFF_INDENT_HEURISTIC;
    options.pathspec = {paths, request.oldPath.isEmpty() ? size_t(1) : size_t(2)};
    options.context_lines = uint32_t(std::max(0, request.contextLines));

    git_diff *rawDiff = nullptr;
    int rc = 0;
    if (request.base == DiffBase::Index) {
        rc = git_diff_index_to_workdir(&rawDiff, repo, nullptr, &options);
    } else {
        const bool head = request.base == DiffBase::Head;
        auto tree = treeOf(repo, head ? QStringLiteral("HEAD") : request.revision, head);
        if (!tree)
            return tree.error();
        // With the index, like `git diff <rev>`: a staged deletion is a deletion.
        rc = git_diff_tree_to_workdir_with_index(&rawDiff, repo, tree->get(), &options);
    }
    DiffPtr diff(rawDiff);
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot compare %1").arg(request.path));

    if (!request.oldPath.isEmpty()) {
        git_diff_find_options find = GIT_DIFF_FIND_OPTIONS_INIT;
        find.flags = GIT_DIFF_FIND_RENAMES | GIT_DIFF_FIND_FOR_UNTRACKED;
        rc = git_diff_find_similar(diff.get(), &find);
        if (rc != 0)
            return gitError(rc, QStringLiteral("cannot detect the rename of %1").arg(request.path));
    }

    const size_t count = git_diff_num_deltas(diff.get());
    for (size_t i = 0; i < count; ++i) {
        const git_diff_delta *delta = git_diff_get_delta(diff.get(), i);
        if (qstrcmp(delta->new_file.path, path.constData()) == 0)
            return readPatch(diff.get(), i);
    }
    // Not changed at all.
    FileDiff unchanged;
    unchanged.path = request.path;
    return unchanged;
}

Result<QByteArray> fileAtRevision(const Repository &repository, const QString &path,
                                  const QString &revision)
{
    git_repository *repo = rawRepository(repository);
    auto tree = treeOf(repo, revision, false);
    if (!tree)
        return tree.error();
    git_tree_entry *rawEntry = nullptr;
    int rc = git_tree_entry_bypath(&rawEntry, tree->get(), path.toUtf8().constData());
    TreeEntryPtr entry(rawEntry);
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot find %1 in %2").arg(path, revision));
    if (git_tree_entry_type(entry.get()) != GIT_OBJECT_BLOB)
        return Error{ErrorDomain::Git, GIT_ENOTFOUND,
                     QStringLiteral("%1 is not a file in %2").arg(path, revision)};
    git_blob *rawBlob = nullptr;
    rc = git_blob_lookup(&rawBlob, repo, git_tree_entry_id(entry.get()));
    BlobPtr blob(rawBlob);
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot read %1 in %2").arg(path, revision));
    const auto size = git_blob_rawsize(blob.get());
    return QByteArray(static_cast<const char *>(git_blob_rawcontent(blob.get())), qsizetype(size));
}

} // namespace Folio::Git
